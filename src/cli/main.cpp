#include "cli/main.hpp"

#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <optional>

#include "app/organisation_service.hpp"
#include "app/security.hpp"
#include "cli/bootstrap.hpp"
#include "cli/demo_data.hpp"

namespace lp::cli {
namespace {

constexpr int kFailed = 1;
constexpr int kUsage = 2;

std::string ReadPasswordFromStdin() {
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

int RunMigrate(const Config& config) {
  auto store = OpenConfiguredStore(config);
  const auto applied = store->Migrate();
  for (const auto& migration : applied) std::cout << "applied " << migration.version << " " << migration.name << "\n";
  const auto all = store->Migrations();
  std::cout << "database is at version " << (all.empty() ? 0 : all.back().version) << " (" << store->Dialect() << "), "
            << applied.size() << " migration(s) applied now\n";
  return 0;
}

int RunDemoData(const Config& config, const std::string& size_text) {
  const auto size = ParseDemoSize(size_text);
  if (!size) {
    std::cerr << "--size must be small, default or large\n";
    return kUsage;
  }
  auto store = OpenConfiguredStore(config);
  store->Migrate();
  app::AuthService auth(*store, AuthSettingsFrom(config));
  const auto result = LoadDemoData(*store, auth, *size);
  std::cout << "demo data (" << DemoSizeName(*size) << "): " << result.accounts_created << " demo login(s) created, "
            << result.accounts_existing << " already there\n";
  return 0;
}

int RunCreateUser(const Config& config, const std::string& email, const std::string& name,
                  const std::vector<std::string>& role_codes, const std::vector<std::string>& scope_unit_ids,
                  bool password_stdin) {
  std::vector<domain::Role> roles;
  for (const auto& code : role_codes) {
    const auto role = domain::ParseRole(code);
    if (!role) {
      std::cerr << "unknown role '" << code
                << "' (use medarbejder, leder, hr, koncernledelse, redaktoer or administrator)\n";
      return kUsage;
    }
    if (std::find(roles.begin(), roles.end(), *role) == roles.end()) roles.push_back(*role);
  }
  const bool scopable = std::any_of(roles.begin(), roles.end(), domain::RoleIsScopable);
  if (!scope_unit_ids.empty() && !scopable) {
    std::cerr << "--scope limits the roles hr and redaktoer; give one of them with --role\n";
    return kUsage;
  }
  std::string password;
  if (password_stdin) {
    password = ReadPasswordFromStdin();
    if (password.empty()) {
      std::cerr << "no password on standard input\n";
      return kFailed;
    }
  }
  auto store = OpenConfiguredStore(config);
  store->Migrate();
  app::AuthService auth(*store, AuthSettingsFrom(config));
  // A scope names the unit by the HR system's unit id; it limits every scopable role given.
  std::vector<domain::RoleScope> scopes;
  if (!scope_unit_ids.empty()) {
    app::OrganisationService organisation(*store);
    const auto snapshot = organisation.Current();
    for (const auto& unit_id : scope_unit_ids) {
      const auto* unit = snapshot->organisation.FindUnitByExternalId(unit_id);
      if (unit == nullptr) {
        std::cerr << "unknown unit '" << unit_id << "' for --scope (use the HR system's unit id)\n";
        return kFailed;
      }
      for (const auto role : roles) {
        if (domain::RoleIsScopable(role)) scopes.push_back({role, unit->id});
      }
    }
  }
  auto created = auth.CreateAccount({email, name, roles, password}, scopes);
  if (!created) {
    std::cerr << created.error().message << "\n";
    for (const auto& field : created.error().field_errors)
      std::cerr << "  " << field.field << ": " << field.message << "\n";
    return kFailed;
  }
  std::cout << "created user " << created.value() << " <" << email << ">\n";
  return 0;
}

int RunServe(const Config& config) {
  PortalInstance portal(config);
  const auto port = portal.Listen();
  if (const auto demo = LoadedDemoSize(portal.store())) {
    std::cout << "\nDemo data is loaded (" << *demo << "). Demo logins, password '" << kDemoPassword << "':\n";
    for (const auto& account : DemoAccounts()) {
      std::cout << "  " << domain::RoleLabel(account.role) << ": " << account.email << "\n";
    }
  }
  std::cout << "\nLedelsesportalen serves on http://" << ParseListen(config.Get("listen")).host << ":" << port << "  ("
            << portal.store().Dialect() << ")\n"
            << std::flush;
  portal.Run(true);
  spdlog::info("stopped");
  return 0;
}

}  // namespace

int Main(int argc, char** argv) {
  CLI::App cli{"Ledelsesportalen: Region Midtjylland's leadership portal", "ledelsesportal"};
  cli.footer(SettingsHelp());
  cli.set_version_flag("--version", std::string("ledelsesportal ") + LP_VERSION);
  cli.require_subcommand(1);
  std::optional<std::string> config_file;
  cli.add_option("--config", config_file, "Configuration file (key = value lines)")->envname("LP_CONFIG");

  auto* serve = cli.add_subcommand("serve", "Migrate the database and serve the portal over HTTP");
  auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations");
  auto* demo = cli.add_subcommand("demo-data", "Load synthetic demo data (idempotent)");
  std::string demo_size = "default";
  demo->add_option("--size", demo_size, "small, default or large")
      ->check(CLI::IsMember({"small", "default", "large"}))
      ->capture_default_str();
  auto* create_user = cli.add_subcommand("create-user", "Create a local user account");
  std::string email;
  std::string name;
  std::vector<std::string> roles;
  bool password_stdin = false;
  create_user->add_option("--email", email, "E-mail address (the login name)")->required();
  create_user->add_option("--name", name, "Full name")->required();
  create_user
      ->add_option("--role", roles,
                   "Role, repeatable: medarbejder, leder, hr, koncernledelse, redaktoer, administrator")
      ->required();
  std::vector<std::string> scopes;
  create_user->add_option("--scope", scopes,
                          "Unit id from the HR system, repeatable: limits the roles hr and redaktoer to that "
                          "unit and the units below it (without --scope they hold for the whole region)");
  create_user->add_flag("--password-stdin", password_stdin,
                        "Read the password from standard input (never from the command line)");
  for (auto* sub : {serve, migrate, demo, create_user}) sub->footer(SettingsHelp());

  try {
    cli.parse(argc, argv);
  } catch (const CLI::Success& success) {
    return cli.exit(success);
  } catch (const CLI::ParseError& error) {
    cli.exit(error);
    return kUsage;
  }

  try {
    app::InitialiseCrypto();
    const auto config = Config::Load(config_file);
    spdlog::set_level(spdlog::level::from_str(config.Get("log_level")));
    if (*serve) return RunServe(config);
    if (*migrate) return RunMigrate(config);
    if (*demo) return RunDemoData(config, demo_size);
    if (*create_user) return RunCreateUser(config, email, name, roles, scopes, password_stdin);
  } catch (const std::exception& error) {
    std::cerr << "ledelsesportal: " << error.what() << "\n";
    return kFailed;
  }
  return kUsage;
}

}  // namespace lp::cli
