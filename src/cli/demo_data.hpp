#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "app/organisation/hr_import.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/store.hpp"
#include "app/translation/translation_repository.hpp"
#include "domain/platform/role.hpp"

namespace lp::cli {

enum class DemoSize { Small, Default, Large };
std::optional<DemoSize> ParseDemoSize(std::string_view text);
std::string_view DemoSizeName(DemoSize size);

struct DemoAccount {
  std::string_view email;
  std::string_view name;
  domain::Role role;
};

// The synthetic demo logins, one for each role. They exist only where demo data was loaded.
std::span<const DemoAccount> DemoAccounts();
// Shared by every demo login; printed at start-up when demo data is loaded. Never used outside the demo.
inline constexpr std::string_view kDemoPassword = "Demo-Ledelsesportal-2026";

struct DemoResult {
  int accounts_created = 0;
  int accounts_existing = 0;
  // The demo region's import (demo_region.hpp): planned and applied like an HR import with source
  // "demo-data"; nothing is written when it changes nothing.
  app::ImportReport organisation;
  // The Regionssekretariat's example translation (version 1 with a MED discussion) was published by
  // this run; false when it was there already or the unit is missing.
  bool translation_published = false;
};

// The demo unit whose example translation the demo data publishes (Regionssekretariatet), and the
// content file it is built from (format: content/demo/README.md).
inline constexpr std::string_view kDemoTranslationUnit = "ADM-SEK";
inline constexpr std::string_view kDemoTranslationFile = "demo/regionssekretariatet-oversaettelse.md";
// The translation in that format: the text after the "# " heading up to the first theme is the
// introduction; each "## " section is a theme with its "værdier:" line, its "- " bullets and the two
// "### " texts. Throws std::runtime_error for a theme without a known value.
app::TranslationContent ParseDemoTranslation(std::string_view markdown);

// Loads the demo data idempotently (running it again creates nothing twice): the demo logins and the
// synthetic region of that size, which goes through the HR import's checks, plan and safety limit,
// and the Regionssekretariat's translation (published as version 1, discussed in its LokalMED, at
// fixed moments so the demo is the same everywhere). leder@'s unit gets none, so it inherits.
// Remembers that the database holds demo data, so `serve` can print the demo logins.
DemoResult LoadDemoData(app::Store& store, app::AuthService& auth, DemoSize size,
                        const app::ImportOptions& options = {});
// The size of the demo data in the database, if any was loaded.
std::optional<std::string> LoadedDemoSize(app::Store& store);

}  // namespace lp::cli
