#include "cli/main.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "app/notifications/mail_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/jobs.hpp"
#include "app/platform/security.hpp"
#include "cli/bootstrap.hpp"
#include "cli/demo_data.hpp"
#include "cli/demo_region.hpp"
#include "cli/import_command.hpp"
#include "cli/logging.hpp"
#include "domain/platform/danish_format.hpp"

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

// `jobs list`: every job with its schedule and its last run.
int RunJobsList(const Config& config) {
  PortalInstance portal(config);
  for (const auto& job : portal.jobs().Jobs()) {
    const auto runs =
        portal.store().Read([&](app::Transaction& tx) { return tx.Get<app::JobRepository>().RecentRuns(job.name, 1); });
    std::cout << job.name << "\t" << app::DescribeSchedule(job.schedule) << "\t";
    if (runs.empty()) {
      std::cout << "aldrig kørt";
    } else {
      const auto& run = runs.front();
      std::cout << "sidst " << domain::FormatDateTime(run.started_at) << ": "
                << (!run.ok   ? "kører eller afbrudt"
                    : *run.ok ? "ok"
                              : "fejl")
                << (run.detail.empty() ? "" : " – ") << run.detail;
    }
    std::cout << "\n  " << job.description << "\n";
  }
  return 0;
}

// `jobs run NAME`: runs the job now (recorded as started by hand), unless another process runs it.
int RunJobsRun(const Config& config, const std::string& name) {
  PortalInstance portal(config);
  const auto* job = portal.jobs().Find(name);
  if (job == nullptr) {
    std::cerr << "no job named '" << name << "'; `ledelsesportal jobs list` shows them\n";
    return kUsage;
  }
  const auto started = std::chrono::steady_clock::now();
  const auto outcome = app::RunJob(portal.store(), *job, app::ProcessOwner(), app::JobStart::Manual, app::SystemNow);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  if (!outcome.ran) {
    std::cerr << name << " is running in another process now; try again when it is done\n";
    return kFailed;
  }
  // The time in seconds with a decimal point (operations scripts and bench/chain-status.sh read it).
  std::cout << name << ": " << (outcome.ok ? "ok" : "failed") << " – " << outcome.detail
            << fmt::format(" ({:.3f} s)", took.count()) << "\n";
  return outcome.ok ? 0 : kFailed;
}

// `send-test-mail --to ADDRESS`: one mail through the configured server, at once.
int RunSendTestMail(const Config& config, const std::string& to) {
  PortalInstance portal(config);
  auto& mail = portal.services().Get<app::MailService>();
  if (const auto problem = mail.CheckServer()) {
    std::cerr << "the mail server cannot be used: " << *problem << "\n";
    return kFailed;
  }
  const auto result = mail.SendTestMail(to, app::ProcessOwner());
  if (!result) {
    std::cerr << result.error().message << "\n";
    for (const auto& field : result.error().field_errors) std::cerr << field.message << "\n";
    return kFailed;
  }
  std::cout << "test mail to " << to << ": " << result.value() << "\n";
  return result.value().starts_with("1 sendt") ? 0 : kFailed;
}

int RunMigrate(const Config& config) {
  auto store = OpenConfiguredStore(config);
  const auto applied = store->Migrate();
  for (const auto& migration : applied) std::cout << "applied " << migration.version << " " << migration.name << "\n";
  for (const auto& line : LoadDefaultContent(*store)) std::cout << line << "\n";
  const auto all = store->Migrations();
  std::cout << "database is at version " << (all.empty() ? 0 : all.back().version) << " (" << store->Dialect() << "), "
            << applied.size() << " migration(s) applied now\n";
  return 0;
}

void WriteTextFile(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

int RunDemoData(const Config& config, const std::string& size_text, const std::optional<std::string>& csv_dir,
                bool force) {
  const auto size = ParseDemoSize(size_text);
  if (!size) {
    std::cerr << "--size must be small, default or large\n";
    return kUsage;
  }
  if (csv_dir) {
    // The region as HR would export it, instead of loading it: for the import benchmark and for HR.
    const auto rows = GenerateDemoRegion(*size);
    const std::filesystem::path dir(*csv_dir);
    std::filesystem::create_directories(dir);
    WriteTextFile(dir / "units.csv", UnitsCsv(rows));
    WriteTextFile(dir / "people.csv", PeopleCsv(rows));
    std::cout << "demo data (" << DemoSizeName(*size) << "): wrote " << (dir / "units.csv").string() << " ("
              << rows.units.size() << " units) and " << (dir / "people.csv").string() << " (" << rows.people.size()
              << " people)\n";
    return 0;
  }
  auto store = OpenConfiguredStore(config);
  store->Migrate();
  LoadDefaultContent(*store);
  app::AuthService auth(*store, AuthSettingsFrom(config));
  const auto result = LoadDemoData(*store, auth, *size, {MaxDeactivationShare(config), force});
  std::cout << "demo data (" << DemoSizeName(*size) << "): " << result.accounts_created << " demo login(s) created, "
            << result.accounts_existing << " already there\n";
  for (const auto& line : result.organisation.summary) std::cout << line << "\n";
  if (result.organisation.outcome == app::ImportOutcome::Applied) return 0;
  // Typically a smaller size over a larger one, or demo data over an imported organisation.
  std::cerr << "demo-data: the demo region would deactivate too much of the stored organisation; nothing was "
               "loaded (use --force to replace it anyway, or a fresh database)\n";
  return kFailed;
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
  UseBufferedServerLog();
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
  spdlog::default_logger()->flush();
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
  std::optional<std::string> demo_csv_dir;
  demo->add_option("--write-csv", demo_csv_dir,
                   "Write the demo region as DIR/units.csv and DIR/people.csv (the HR export format) instead of "
                   "loading it; no database is touched");
  bool demo_force = false;
  demo->add_flag("--force", demo_force,
                 "Load the region even when it would deactivate more than LP_IMPORT_MAX_DEACTIVATION_SHARE of the "
                 "stored organisation (e.g. small over default)");
  auto* import = cli.add_subcommand(
      "import",
      "Import the organisation from the HR export (units.csv, people.csv): check, compare and apply all or nothing. "
      "Exit status 0 applied (with --dry-run: would apply), 1 refused or failed, 2 wrong usage");
  ImportCommand import_command;
  import->add_option("--units", import_command.units_path, "The units file: unit_id;name;parent_id;kind")->required();
  import
      ->add_option("--people", import_command.people_path,
                   "The people file: employee_no;first_name;last_name;email;title;unit_id;leads_unit_ids;"
                   "leader_since;leader_kind")
      ->required();
  import->add_flag("--dry-run", import_command.dry_run, "Check the files and show what would change; write nothing");
  import->add_flag("--force", import_command.force,
                   "Apply even when the import would deactivate more than LP_IMPORT_MAX_DEACTIVATION_SHARE of the "
                   "active people or units (the run records that it was forced)");
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
  auto* jobs = cli.add_subcommand("jobs", "The recurring jobs (reminders, mail, digests, purges)");
  jobs->require_subcommand(1);
  auto* jobs_list = jobs->add_subcommand("list", "List the jobs with their schedule and last run");
  auto* jobs_run = jobs->add_subcommand("run", "Run one job now");
  std::string job_name;
  jobs_run->add_option("NAME", job_name, "The job's name, as `jobs list` shows it")->required();
  auto* test_mail = cli.add_subcommand("send-test-mail", "Send a test mail through the configured mail server");
  std::string test_mail_to;
  test_mail->add_option("--to", test_mail_to, "The address to send it to")->required();
  for (auto* sub : {serve, migrate, demo, import, create_user, jobs, test_mail}) sub->footer(SettingsHelp());

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
    if (*demo) return RunDemoData(config, demo_size, demo_csv_dir, demo_force);
    if (*import) {
      const double max_share = MaxDeactivationShare(config);
      import_command.max_file_bytes =
          static_cast<std::size_t>(config.GetInt("max_upload_bytes", 1024, 1024LL * 1024 * 1024));
      auto store = OpenConfiguredStore(config);
      if (!import_command.dry_run) {
        store->Migrate();
      } else if (std::ranges::any_of(store->Migrations(), [](const auto& m) { return !m.applied; })) {
        // A dry run writes nothing, not even the schema: a new binary's dry run must not migrate production.
        std::cerr << "The database is not migrated (run ledelsesportal migrate); a dry run changes nothing.\n";
        return kFailed;
      }
      return RunImport(*store, import_command, max_share, std::cout, std::cerr, ::isatty(STDERR_FILENO) == 1);
    }
    if (*create_user) return RunCreateUser(config, email, name, roles, scopes, password_stdin);
    if (*jobs_list) return RunJobsList(config);
    if (*jobs_run) return RunJobsRun(config, job_name);
    if (*test_mail) return RunSendTestMail(config, test_mail_to);
  } catch (const std::exception& error) {
    std::cerr << "ledelsesportal: " << error.what() << "\n";
    return kFailed;
  }
  return kUsage;
}

}  // namespace lp::cli
