#include "cli/demo_data.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/translation/translation_repository.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <stdexcept>

#include "app/platform/default_content.hpp"
#include "domain/platform/danish_format.hpp"

#include "cli/demo_activation.hpp"
#include "cli/demo_goals.hpp"
#include "cli/demo_programmes.hpp"
#include "cli/demo_region.hpp"
#include "cli/import_command.hpp"
#include "domain/platform/email.hpp"

namespace lp::cli {
namespace {

using domain::Role;

// Synthetic people: the names are common Danish names in made-up combinations.
constexpr std::array kDemoAccounts = {
    DemoAccount{"medarbejder@demo.ledelsesportal.dk", "Mette Holm Kjærgaard", Role::Medarbejder},
    DemoAccount{"leder@demo.ledelsesportal.dk", "Lars Østergaard Friis", Role::Leder},
    DemoAccount{"hr@demo.ledelsesportal.dk", "Hanne Bach Rasmussen", Role::Hr},
    DemoAccount{"koncernledelse@demo.ledelsesportal.dk", "Karsten Lund Møller", Role::Koncernledelse},
    DemoAccount{"redaktoer@demo.ledelsesportal.dk", "Rikke Ahmadi Nørgaard", Role::Redaktoer},
    DemoAccount{"administrator@demo.ledelsesportal.dk", "Anders Vestergaard Poulsen", Role::Administrator},
};

constexpr std::string_view kDemoSetting = "demo_data_size";

// The demo translation's fixed moments: published on the launch day of the foundation, discussed in
// MED two weeks later.
constexpr std::chrono::year_month_day kDemoPublishedOn{std::chrono::year{2026}, std::chrono::month{6},
                                                       std::chrono::day{4}};
constexpr std::chrono::year_month_day kDemoMedHeldOn{std::chrono::year{2026}, std::chrono::month{6},
                                                     std::chrono::day{18}};
constexpr std::string_view kDemoTranslationAuthor = "koncernledelse@demo.ledelsesportal.dk";

std::string_view TrimLine(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line;
}

void AppendParagraphLine(std::string& text, std::string_view line) {
  if (line.empty()) {
    if (!text.empty() && !text.ends_with("\n\n")) text += text.ends_with('\n') ? "\n" : "\n\n";
    return;
  }
  if (!text.empty() && !text.ends_with('\n')) text += '\n';
  text += line;
}

std::string TrimText(std::string text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

// Publishes the Regionssekretariat's example translation when the unit has none yet.
bool PublishDemoTranslation(app::Store& store) {
  const auto markdown = app::DefaultContent(kDemoTranslationFile);
  if (!markdown) throw std::runtime_error("the demo translation " + std::string(kDemoTranslationFile) + " is missing");
  const auto content = ParseDemoTranslation(*markdown);
  return store.Write([&](app::Transaction& tx) {
    const auto records = tx.Get<app::OrganisationRepository>().LoadAll();
    const auto unit = std::ranges::find(records.units, kDemoTranslationUnit, &domain::Unit::external_id);
    if (unit == records.units.end()) return false;
    auto& translations = tx.Get<app::TranslationRepository>();
    if (translations.LatestPublished(unit->id) || translations.Draft(unit->id)) return false;
    const auto author = tx.Get<app::UserRepository>().FindByEmail(std::string(kDemoTranslationAuthor));
    if (!author) return false;
    const auto published_at = *domain::CopenhagenMidnight(kDemoPublishedOn) + std::chrono::hours{10};
    const auto id = translations.CreateDraft(unit->id, std::nullopt, content, author->user.id, published_at);
    translations.Publish(id, 1, 1, author->user.id, published_at);
    app::MedDiscussion discussion;
    discussion.unit = unit->id;
    discussion.version = id;
    discussion.held_on = kDemoMedHeldOn;
    discussion.committee = "LokalMED for Regionssekretariatet";
    discussion.remarks =
        "Udvalget bakker op om de fire temaer og foreslår, at oversættelsen tages op igen på et personalemøde "
        "efter et halvt år.";
    discussion.recorded_by = author->user.id;
    discussion.recorded_at = *domain::CopenhagenMidnight(kDemoMedHeldOn) + std::chrono::hours{14};
    translations.AddMedDiscussion(discussion);
    tx.Get<app::AuditRepository>().Append({published_at, author->user.id, "translation.published",
                                           "unit:" + std::to_string(unit->id), "", "demo-data: version 1"});
    return true;
  });
}

}  // namespace

std::optional<DemoSize> ParseDemoSize(std::string_view text) {
  if (text == "small") return DemoSize::Small;
  if (text == "default") return DemoSize::Default;
  if (text == "large") return DemoSize::Large;
  return std::nullopt;
}

std::string_view DemoSizeName(DemoSize size) {
  switch (size) {
    case DemoSize::Small: return "small";
    case DemoSize::Default: return "default";
    case DemoSize::Large: return "large";
  }
  return "default";
}

std::span<const DemoAccount> DemoAccounts() { return kDemoAccounts; }

app::TranslationContent ParseDemoTranslation(std::string_view markdown) {
  app::TranslationContent content;
  enum class Part { Heading, Introduction, Theme, Employees, Leaders } part = Part::Heading;
  std::size_t start = 0;
  while (start < markdown.size()) {
    auto end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    const auto line = TrimLine(markdown.substr(start, end - start));
    start = end + 1;
    if (part == Part::Heading) {
      if (line.starts_with("# ")) part = Part::Introduction;
      continue;
    }
    if (line.starts_with("## ")) {
      content.themes.emplace_back().title = std::string(TrimLine(line.substr(3)));
      part = Part::Theme;
      continue;
    }
    if (content.themes.empty()) {
      AppendParagraphLine(content.introduction, line);
      continue;
    }
    auto& theme = content.themes.back();
    if (line.starts_with("### ")) {
      part = line.find("forvente af os") != std::string_view::npos ? Part::Employees : Part::Leaders;
      continue;
    }
    if (part == Part::Theme) {
      constexpr std::string_view kValues = "værdier:";
      if (line.starts_with(kValues)) {
        auto rest = line.substr(kValues.size());
        while (!rest.empty()) {
          const auto comma = std::min(rest.find(','), rest.size());
          const auto code = TrimLine(rest.substr(0, comma));
          const auto value = app::ParseRegionalValue(code);
          if (!value) throw std::runtime_error("unknown value in the demo translation: " + std::string(code));
          theme.values.push_back(*value);
          rest = comma < rest.size() ? rest.substr(comma + 1) : std::string_view{};
        }
        std::ranges::sort(theme.values);
      } else if (line.starts_with("- ")) {
        if (!theme.bullets.empty()) theme.bullets += '\n';
        theme.bullets += TrimLine(line.substr(2));
      }
      continue;
    }
    AppendParagraphLine(part == Part::Employees ? theme.employees_can_expect : theme.leaders_expect, line);
  }
  content.introduction = TrimText(std::move(content.introduction));
  for (auto& theme : content.themes) {
    if (theme.values.empty()) throw std::runtime_error("a theme of the demo translation has no value: " + theme.title);
    theme.employees_can_expect = TrimText(std::move(theme.employees_can_expect));
    theme.leaders_expect = TrimText(std::move(theme.leaders_expect));
  }
  return content;
}

DemoResult LoadDemoData(app::Store& store, app::AuthService& auth, DemoSize size, const app::ImportOptions& options) {
  DemoResult result;
  for (const auto& account : kDemoAccounts) {
    const auto email = std::string(account.email);
    const bool exists =
        store.Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindByEmail(email).has_value(); });
    if (exists) {
      ++result.accounts_existing;
      continue;
    }
    std::vector<Role> roles{account.role};
    // A leader is also an employee; top management and HR lead too.
    if (account.role == Role::Koncernledelse || account.role == Role::Hr) roles.push_back(Role::Leder);
    auto created = auth.CreateAccount({email, std::string(account.name), roles, std::string(kDemoPassword)});
    if (created) {
      ++result.accounts_created;
    } else if (created.error().kind == app::ErrorKind::Conflict) {
      ++result.accounts_existing;  // created by a concurrent run
    } else {
      throw std::runtime_error("demo account " + email + " could not be created: " + created.error().message);
    }
  }
  result.organisation =
      ImportOrganisation(store, GenerateDemoRegion(size), options, "demo-data", ImportMode::ApplyIfChanged);
  result.translation_published = PublishDemoTranslation(store);
  if (result.organisation.outcome != app::ImportOutcome::Applied) return result;
  LoadDemoActivation(store);
  LoadDemoProgrammes(store);
  LoadDemoGoals(store, size, app::SystemNow());
  store.Write([&](app::Transaction& tx) {
    tx.Get<app::SettingRepository>().InsertIfAbsent(std::string(kDemoSetting), std::string(DemoSizeName(size)));
  });
  return result;
}

std::optional<std::string> LoadedDemoSize(app::Store& store) {
  return store.Read(
      [](app::Transaction& tx) { return tx.Get<app::SettingRepository>().Get(std::string(kDemoSetting)); });
}

}  // namespace lp::cli
