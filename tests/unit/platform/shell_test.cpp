#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "web/platform/module.hpp"

namespace lp::web {
namespace {

std::vector<std::string> Hrefs(const Shell& shell) {
  std::vector<std::string> hrefs;
  for (const auto& item : shell.Navigation()) hrefs.emplace_back(item.href);
  return hrefs;
}

TEST(Shell, ListsTheModulesNavigationByOrderWhateverTheOrderTheyRegistered) {
  Shell shell;
  shell.AddNavigation({"/c", "C", "", app::kSignedIn, &kOrganisationSection, 30});
  shell.AddNavigation({"/a", "A", "", app::kSignedIn, &kFoundationSection, 10});
  shell.AddNavigation({"/b", "B", "", app::kSignedIn, nullptr, 20});
  shell.AddNavigation({"/a2", "A2", "", app::kSignedIn, &kFoundationSection, 10});  // a tie keeps its place

  EXPECT_EQ(Hrefs(shell), (std::vector<std::string>{"/a", "/a2", "/b", "/c"}));
}

TEST(Shell, FindsAFlashMessageByItsCodeAndNothingForAnUnknownCode) {
  Shell shell;
  shell.AddFlash({"activation-plan-saved", "success", "Planens noter er gemt."});
  shell.AddFlash({"delegate-added", "success", "Stedfortræderen er tilføjet."});

  const auto* found = shell.FindFlash("delegate-added");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->text, "Stedfortræderen er tilføjet.");
  EXPECT_EQ(shell.FindFlash("delegate"), nullptr);
  EXPECT_EQ(shell.FindFlash(""), nullptr);
}

}  // namespace
}  // namespace lp::web
