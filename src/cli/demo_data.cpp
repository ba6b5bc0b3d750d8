#include "cli/demo_data.hpp"

#include <array>

#include "cli/demo_activation.hpp"
#include "cli/demo_region.hpp"
#include "cli/import_command.hpp"
#include "domain/email.hpp"

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

DemoResult LoadDemoData(app::Store& store, app::AuthService& auth, DemoSize size, const app::ImportOptions& options) {
  DemoResult result;
  for (const auto& account : kDemoAccounts) {
    const auto email = std::string(account.email);
    const bool exists = store.Read([&](app::Transaction& tx) { return tx.Users().FindByEmail(email).has_value(); });
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
  if (result.organisation.outcome != app::ImportOutcome::Applied) return result;
  LoadDemoActivation(store);
  store.Write([&](app::Transaction& tx) {
    tx.Settings().InsertIfAbsent(std::string(kDemoSetting), std::string(DemoSizeName(size)));
  });
  return result;
}

std::optional<std::string> LoadedDemoSize(app::Store& store) {
  return store.Read([](app::Transaction& tx) { return tx.Settings().Get(std::string(kDemoSetting)); });
}

}  // namespace lp::cli
