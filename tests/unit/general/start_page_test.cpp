// The start page mechanism without a database: the order of tasks and news, the cut of the news, a
// failing contributor that takes only its own items with it, and whose units a person answers for.
#include "app/general/start_page.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

namespace lp::app {
namespace {

using std::chrono::year_month_day;

constexpr year_month_day Day(int y, unsigned m, unsigned d) {
  return year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

StartTask Task(std::string title, std::optional<year_month_day> due, bool overdue) {
  return {std::move(title), "", "/", "Åbn", due, overdue};
}

TEST(StartPageOrder, OverdueFirstThenByDueDateThenUndatedInTheOrderGiven) {
  StartPage page;
  page.tasks = {Task("uden dato 1", std::nullopt, false),           Task("senere", Day(2027, 3, 1), false),
                Task("overskredet sent", Day(2026, 12, 1), true),   Task("snart", Day(2026, 12, 20), false),
                Task("overskredet uden dato", std::nullopt, true),  Task("uden dato 2", std::nullopt, false),
                Task("overskredet tidligt", Day(2026, 11, 1), true)};
  SortStartPage(page);
  std::vector<std::string> titles;
  for (const auto& task : page.tasks) titles.push_back(task.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"overskredet tidligt", "overskredet sent", "overskredet uden dato",
                                              "snart", "senere", "uden dato 1", "uden dato 2"}));
}

TEST(StartPageOrder, NewsNewestFirstAndNoMoreThanTheLimit) {
  StartPage page;
  for (unsigned d = 1; d <= kMaxStartNews + 3; ++d) {
    page.news.push_back({"nyt " + std::to_string(d), "", "/", Day(2026, 11, d)});
  }
  SortStartPage(page);
  ASSERT_EQ(page.news.size(), kMaxStartNews);
  EXPECT_EQ(page.news.front().title, "nyt " + std::to_string(kMaxStartNews + 3));
  EXPECT_EQ(page.news.back().title, "nyt 4");
}

TEST(StartPageService, AFailingModuleLosesOnlyItsOwnItemsAndIsNamed) {
  StartPageService service([] { return domain::FromUnixSeconds(1'796'000'000); });
  service.Add("først",
              [](const StartRequest&, StartPage& page) { page.tasks.push_back(Task("a", std::nullopt, false)); });
  service.Add("fejler", [](const StartRequest&, StartPage& page) {
    page.tasks.push_back(Task("halvt", std::nullopt, false));
    page.news.push_back({"halvt", "", "/", Day(2026, 12, 1)});
    page.chain = StartChain{};
    throw std::runtime_error("databasen svarer ikke");
  });
  service.Add("sidst", [](const StartRequest& request, StartPage& page) {
    page.news.push_back({"b", "", "/", request.today});
  });
  OrganisationContext context{std::make_shared<OrganisationSnapshot>(), Viewer{}};
  const auto page = service.For(context);
  ASSERT_EQ(page.tasks.size(), 1U);
  EXPECT_EQ(page.tasks[0].title, "a");
  ASSERT_EQ(page.news.size(), 1U);
  EXPECT_EQ(page.news[0].title, "b");
  EXPECT_EQ(page.news[0].on, service.Today());
  EXPECT_FALSE(page.chain.has_value());
  ASSERT_EQ(page.unavailable.size(), 1U);
  EXPECT_EQ(page.unavailable[0].module, "fejler");
  EXPECT_EQ(page.unavailable[0].error, "databasen svarer ikke");
}

}  // namespace
}  // namespace lp::app
