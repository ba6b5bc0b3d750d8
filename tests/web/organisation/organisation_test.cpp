// The organisation pages over HTTP, on both databases: every route × every role × a target inside and
// outside the viewer's reach, asserting the status and whether HR details appear; plus search, 404s,
// the audit trail and what each page shows.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// Region Midtjylland ─┬─ Aarhus Universitetshospital (led by Lene) ─ Hjertesygdomme (Nina, Emma)
//                     └─ Regionshospitalet Gødstrup (no leader; Ole)
// Rita leads the region. Each role's login is a person by e-mail where the role needs one; HR and
// the editor are scoped to Aarhus Universitetshospital.
class OrganisationPages : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    using app::LeadershipRow;
    using app::PersonRow;
    using app::UnitRow;
    const std::vector<UnitRow> units = {
        {"RM", "Region Midtjylland", "", domain::UnitKind::Region},
        {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital},
        {"AUH-KARD", "Hjertesygdomme", "AUH", domain::UnitKind::Department},
        {"RHG", "Regionshospitalet Gødstrup", "RM", domain::UnitKind::Hospital},
    };
    const std::vector<PersonRow> people = {
        {"E-RITA-1001", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E-LENE-1002", "Lene", "Leder", "leder@rm.test", "Hospitalsdirektør", "AUH"},
        {"E-NINA-1003", "Nina", "Nielsen", "nina@rm.test", "Sygeplejerske", "AUH-KARD"},
        {"E-EMMA-1004", "Emma", "Ebbesen", "", "Lægesekretær", "AUH-KARD"},
        {"E-OLE-1005", "Ole", "Olsen", "ole@rm.test", "Portør", "RHG"},
    };
    const std::vector<LeadershipRow> leaderships = {
        {"RM", "E-RITA-1001", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E-LENE-1002", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
    };
    const auto snapshot = SeedOrganisation({units, people, leaderships});
    const auto& organisation = snapshot->organisation;
    auh_ = organisation.FindUnitByExternalId("AUH")->id;
    rhg_ = organisation.FindUnitByExternalId("RHG")->id;
    inside_ = organisation.FindPersonByEmployeeNo("E-EMMA-1004")->id;
    outside_ = organisation.FindPersonByEmployeeNo("E-OLE-1005")->id;

    CreateUser("nina@rm.test", {Role::Medarbejder}, "Nina Nielsen");
    CreateUser("leder@rm.test", {Role::Leder}, "Lene Leder");
    CreateScopedUser("hr@rm.test", Role::Hr);
    CreateUser("kl@rm.test", {Role::Koncernledelse}, "Koncern Ledelse");
    CreateScopedUser("red@rm.test", Role::Redaktoer);
    CreateUser("admin@rm.test", {Role::Administrator}, "Admin Istrator");
  }

  void CreateScopedUser(const std::string& email, Role role) {
    auto created = portal().auth().CreateAccount({email, "Scoped User", {role}, kPassword}, {{role, auh_}});
    ASSERT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message);
  }

  static std::string EmailFor(Role role) {
    switch (role) {
      case Role::Medarbejder: return "nina@rm.test";
      case Role::Leder: return "leder@rm.test";
      case Role::Hr: return "hr@rm.test";
      case Role::Koncernledelse: return "kl@rm.test";
      case Role::Redaktoer: return "red@rm.test";
      case Role::Administrator: return "admin@rm.test";
    }
    return "";
  }

  long long CountAudit(const std::string& action, const std::string& subject) {
    const auto events =
        portal().store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(1000); });
    return std::count_if(events.begin(), events.end(), [&](const app::AuditEvent& event) {
      return event.action == action && event.subject == subject;
    });
  }

  domain::UnitId auh_ = 0;
  domain::UnitId rhg_ = 0;
  domain::PersonId inside_ = 0;
  domain::PersonId outside_ = 0;
};

// The rules, written down independently of app/organisation_access.cpp.
bool SeesHrDetails(Role role, bool inside) {
  switch (role) {
    case Role::Leder:
    case Role::Hr: return inside;
    case Role::Koncernledelse:
    case Role::Administrator: return true;
    case Role::Medarbejder:
    case Role::Redaktoer: return false;
  }
  return false;
}

bool MaySeeDataCheck(Role role) { return role == Role::Hr || role == Role::Administrator; }

TEST_F(OrganisationPages, EveryRouteAnswersEveryRoleInsideAndOutsideItsReach) {
  for (const auto role : domain::kAllRoles) {
    auto client = SignedInClient(EmailFor(role));
    const auto name = std::string(domain::RoleCode(role));
    for (const std::string route : {"/organisation", "/organisation?q=Emma", "/min-ledelseskaede"}) {
      const auto page = client.Get(route);
      EXPECT_EQ(page.status, 200) << name << " " << route;
      EXPECT_THAT(page.body, Not(HasSubstr("E-EMMA-1004"))) << name << " " << route;
      EXPECT_THAT(page.body, Not(HasSubstr("E-OLE-1005"))) << name << " " << route;
    }
    for (const auto unit : {auh_, rhg_}) {
      const auto page = client.Get("/organisation/enheder/" + std::to_string(unit));
      EXPECT_EQ(page.status, 200) << name << " unit " << unit;
      EXPECT_THAT(page.body, Not(HasSubstr("Medarbejdernummer"))) << name;
    }
    for (const bool inside : {true, false}) {
      const auto person = inside ? inside_ : outside_;
      const auto employee_no = inside ? "E-EMMA-1004" : "E-OLE-1005";
      const auto subject = "person:" + std::to_string(person);
      const auto logged_before = CountAudit("person.viewed", subject);
      const auto page = client.Get("/organisation/personer/" + std::to_string(person));
      const auto where = name + (inside ? " inside" : " outside");
      EXPECT_EQ(page.status, 200) << where;
      EXPECT_THAT(page.body, HasSubstr(inside ? "Emma Ebbesen" : "Ole Olsen")) << where;
      if (SeesHrDetails(role, inside)) {
        EXPECT_THAT(page.body, HasSubstr("HR-oplysninger")) << where;
        EXPECT_THAT(page.body, HasSubstr(employee_no)) << where;
        EXPECT_EQ(CountAudit("person.viewed", subject), logged_before + 1) << where;
      } else {
        EXPECT_THAT(page.body, Not(HasSubstr("HR-oplysninger"))) << where;
        EXPECT_THAT(page.body, Not(HasSubstr(employee_no))) << where;
        EXPECT_EQ(CountAudit("person.viewed", subject), logged_before) << where;
      }
    }
    const auto check = client.Get("/organisation/datakontrol");
    EXPECT_EQ(check.status, MaySeeDataCheck(role) ? 200 : 403) << name;
    if (role == Role::Hr) {
      // Scoped to Aarhus: Gødstrup's missing leader is outside the reach.
      EXPECT_THAT(check.body, HasSubstr("Hjertesygdomme"));
      EXPECT_THAT(check.body, Not(HasSubstr("Regionshospitalet Gødstrup")));
    }
    if (role == Role::Administrator) {
      EXPECT_THAT(check.body, HasSubstr("Regionshospitalet Gødstrup"));
    }
  }
}

TEST_F(OrganisationPages, HrDetailsNameThePersonsPortalAccess) {
  auto admin = SignedInClient("admin@rm.test");
  const auto nina = portal().organisation().Current()->organisation.FindPersonByEmployeeNo("E-NINA-1003")->id;
  const auto with_login = admin.Get("/organisation/personer/" + std::to_string(nina));
  EXPECT_EQ(with_login.status, 200);
  EXPECT_THAT(with_login.body, HasSubstr("Adgang til portalen"));
  EXPECT_THAT(with_login.body, HasSubstr("<li>Medarbejder</li>"));

  // Emma has no e-mail and so no login.
  const auto without_login = admin.Get("/organisation/personer/" + std::to_string(inside_));
  EXPECT_THAT(without_login.body, HasSubstr("ikke noget login"));

  // The HR scope is named with its unit; an employee sees none of it.
  CreateScopedUser("ole@rm.test", Role::Hr);
  const auto scoped = admin.Get("/organisation/personer/" + std::to_string(outside_));
  EXPECT_THAT(scoped.body, HasSubstr("HR (for Aarhus Universitetshospital)"));
  auto employee = SignedInClient("nina@rm.test");
  const auto hidden = employee.Get("/organisation/personer/" + std::to_string(outside_));
  EXPECT_THAT(hidden.body, Not(HasSubstr("Adgang til portalen")));
}

TEST_F(OrganisationPages, AnonymousVisitorsAreSentToLogin) {
  const std::vector<std::string> routes = {"/organisation", "/organisation/enheder/" + std::to_string(auh_),
                                           "/organisation/personer/" + std::to_string(inside_), "/min-ledelseskaede",
                                           "/organisation/datakontrol"};
  for (const auto& route : routes) {
    const auto response = Client().Get(route);
    EXPECT_EQ(response.status, 303) << route;
    EXPECT_THAT(response.Header("location"), HasSubstr("/log-ind?next=")) << route;
  }
}

TEST_F(OrganisationPages, NavigationShowsTheDataCheckOnlyToThoseAllowed) {
  // The main menu: the desktop one, up to its end.
  const auto main_menu = [](const std::string& body) {
    const auto start = body.find("aria-label=\"Hovedmenu\"");
    return start == std::string::npos ? std::string() : body.substr(start, body.find("</nav>", start) - start);
  };
  // The organisation section's side menu.
  const auto section_menu = [](const std::string& body) {
    const auto start = body.find("<nav aria-label=\"Organisationen\">");
    return start == std::string::npos ? std::string() : body.substr(start, body.find("</nav>", start) - start);
  };
  for (const auto role : domain::kAllRoles) {
    auto client = SignedInClient(EmailFor(role));
    const auto start = client.Get("/");
    EXPECT_THAT(start.body, HasSubstr("href=\"/organisation\"")) << domain::RoleCode(role);
    EXPECT_THAT(start.body, HasSubstr("href=\"/min-ledelseskaede\"")) << domain::RoleCode(role);
    // The menu holds the portal's sections; the profile is linked from the header, upkeep from the
    // organisation page, Min ledelseskæde from the organisation section's side menu.
    const auto menu = main_menu(start.body);
    EXPECT_THAT(menu, HasSubstr("<a href=\"/organisation\" class=\"nav-link\"><span>Organisationen</span>"))
        << domain::RoleCode(role);
    EXPECT_THAT(menu, Not(HasSubstr("href=\"/min-ledelseskaede\""))) << domain::RoleCode(role);
    EXPECT_THAT(section_menu(client.Get("/organisation").body),
                HasSubstr("<a href=\"/min-ledelseskaede\" class=\"nav-link\"><span>Min ledelseskæde</span>"))
        << domain::RoleCode(role);
    EXPECT_THAT(menu, Not(HasSubstr("href=\"/organisation/datakontrol\""))) << domain::RoleCode(role);
    EXPECT_THAT(menu, Not(HasSubstr("href=\"/min-profil\""))) << domain::RoleCode(role);
    EXPECT_THAT(start.body, HasSubstr("class=\"function-link portal-profile-link d-print-none\""))
        << domain::RoleCode(role);
    const auto page = client.Get("/organisation");
    if (MaySeeDataCheck(role)) {
      EXPECT_THAT(start.body, HasSubstr("href=\"/organisation/datakontrol\"")) << domain::RoleCode(role);
      EXPECT_THAT(page.body, HasSubstr("Vedligehold af organisationsdata")) << domain::RoleCode(role);
      EXPECT_THAT(page.body, HasSubstr("<a href=\"/organisation/datakontrol\">Datakontrol</a>"))
          << domain::RoleCode(role);
    } else {
      EXPECT_THAT(start.body, Not(HasSubstr("href=\"/organisation/datakontrol\""))) << domain::RoleCode(role);
      EXPECT_THAT(page.body, Not(HasSubstr("Vedligehold af organisationsdata"))) << domain::RoleCode(role);
    }
  }
  // A page inside a part marks the part's entry, without calling it the current page.
  auto admin = SignedInClient("admin@rm.test");
  const auto check_menu = main_menu(admin.Get("/organisation/datakontrol").body);
  EXPECT_THAT(check_menu,
              HasSubstr("<li class=\"active current\"><a href=\"/organisation\" class=\"nav-link\"><span>"));
  EXPECT_THAT(check_menu, Not(HasSubstr("aria-current")));
  const auto check_side = section_menu(admin.Get("/organisation/datakontrol").body);
  EXPECT_THAT(check_side,
              HasSubstr("<li class=\"active current\"><a href=\"/organisation\" class=\"nav-link\"><span>"));
  EXPECT_THAT(check_side, Not(HasSubstr("aria-current")));
  EXPECT_THAT(section_menu(admin.Get("/min-ledelseskaede").body),
              HasSubstr("<a href=\"/min-ledelseskaede\" class=\"nav-link\" aria-current=\"page\">"));
  // The main menu groups the parts into sections, in the section order, shown by what the role may
  // open: "Mål og opfølgning" holds Målbilleder, which everyone reads (the follow-up in it is only for
  // those who follow up; its own tests check that).
  const auto labels = [&](const std::string& body) {
    std::vector<std::string> found;
    const auto menu = main_menu(body);
    for (auto at = menu.find("<span>"); at != std::string::npos; at = menu.find("<span>", at + 1)) {
      found.push_back(menu.substr(at + 6, menu.find("</span>", at) - at - 6));
    }
    return found;
  };
  EXPECT_THAT(labels(admin.Get("/").body),
              ::testing::ElementsAre("Ledelsesgrundlaget", "Mål og opfølgning", "Lederudvikling", "Organisationen"));
  EXPECT_THAT(labels(SignedInClient(EmailFor(domain::Role::Medarbejder)).Get("/").body),
              ::testing::ElementsAre("Ledelsesgrundlaget", "Mål og opfølgning", "Lederudvikling", "Organisationen"));
  EXPECT_THAT(main_menu(admin.Get("/organisation").body),
              HasSubstr("<a href=\"/organisation\" class=\"nav-link\" aria-current=\"page\">"));
  EXPECT_THAT(main_menu(admin.Get("/organisationer").body), Not(HasSubstr("active current")));
  // A module's pages under a unit's address belong to the module's part, not to Organisationen.
  const auto foundation_menu = [](const std::string& body) {
    const auto start = body.find("<nav aria-label=\"Ledelsesgrundlaget\">");
    return start == std::string::npos ? std::string() : body.substr(start, body.find("</nav>", start) - start);
  };
  const auto unit_address = "/organisation/enheder/" + std::to_string(auh_);
  for (const auto& [suffix, href] : std::vector<std::pair<std::string, std::string>>{
           {"/plan", "/aktivering"}, {"/oversaettelse/versioner", "/vores-oversaettelse"}, {"/dialog", "/dialog"}}) {
    const auto body = admin.Get(unit_address + suffix).body;
    EXPECT_THAT(main_menu(body), HasSubstr("<li class=\"active current\"><a href=\"/ledelsesgrundlag\"")) << suffix;
    EXPECT_THAT(main_menu(body), Not(HasSubstr("<li class=\"active current\"><a href=\"/organisation\""))) << suffix;
    EXPECT_THAT(foundation_menu(body), HasSubstr("<li class=\"active current\"><a href=\"" + href + "\"")) << suffix;
  }
  EXPECT_THAT(main_menu(admin.Get(unit_address).body),
              HasSubstr("<li class=\"active current\"><a href=\"/organisation\""));

  // HR scoped to a hospital checks its data but imports nothing: the region's import is not linked.
  const auto hr_page = SignedInClient("hr@rm.test").Get("/organisation");
  EXPECT_THAT(hr_page.body, Not(HasSubstr("href=\"/organisation/import\"")));
  EXPECT_THAT(SignedInClient("admin@rm.test").Get("/organisation").body,
              HasSubstr("<a href=\"/organisation/import\">HR-import</a>"));
}

TEST_F(OrganisationPages, SearchFindsUnitsAndPeopleAndExplainsNoResultsAndTooLongQueries) {
  auto client = SignedInClient("nina@rm.test");
  const auto found = client.Get("/organisation?q=hjerte");
  EXPECT_EQ(found.status, 200);
  EXPECT_THAT(found.body, HasSubstr("Hjertesygdomme"));
  EXPECT_THAT(found.body, HasSubstr("Resultater for"));
  const auto person = client.Get("/organisation?q=ebbesen");
  EXPECT_THAT(person.body, HasSubstr("href=\"/organisation/personer/" + std::to_string(inside_) + "\""));
  const auto none = client.Get("/organisation?q=zzzz");
  EXPECT_EQ(none.status, 200);
  EXPECT_THAT(none.body, HasSubstr("Ingen enheder eller personer matcher"));
  const auto too_long = client.Get("/organisation?q=" + std::string(101, 'a'));
  EXPECT_EQ(too_long.status, 422);
  EXPECT_THAT(too_long.body, HasSubstr("Søgningen må højst være på 100 tegn."));
  EXPECT_THAT(too_long.body, HasSubstr("aria-invalid=\"true\""));
  const auto empty = client.Get("/organisation?q=");
  EXPECT_EQ(empty.status, 200);
  EXPECT_THAT(empty.body, Not(HasSubstr("Resultater for")));
  EXPECT_THAT(empty.body, HasSubstr("Aarhus Universitetshospital"));
}

TEST_F(OrganisationPages, UnknownUnitsAndPeopleAreDanish404s) {
  auto client = SignedInClient("nina@rm.test");
  const auto unit = client.Get("/organisation/enheder/987654");
  EXPECT_EQ(unit.status, 404);
  EXPECT_THAT(unit.body, HasSubstr("Enheden findes ikke."));
  const auto person = client.Get("/organisation/personer/987654");
  EXPECT_EQ(person.status, 404);
  EXPECT_THAT(person.body, HasSubstr("Personen findes ikke."));
}

TEST_F(OrganisationPages, TheUnitPageShowsLeadersChainSubUnitsAndEmployees) {
  auto client = SignedInClient("nina@rm.test");
  const auto page = client.Get("/organisation/enheder/" + std::to_string(auh_));
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Aarhus Universitetshospital</h1>"));
  EXPECT_THAT(page.body, HasSubstr("Lene Leder"));
  EXPECT_THAT(page.body, HasSubstr("Region Midtjylland"));
  EXPECT_THAT(page.body, HasSubstr("Rita Regionsen"));
  EXPECT_THAT(page.body, HasSubstr("Hjertesygdomme"));
  const auto emma = client.Get("/organisation/personer/" + std::to_string(inside_));
  EXPECT_THAT(emma.body, HasSubstr("Lægesekretær i <a href=\"/organisation/enheder/"));
  const auto gap = client.Get("/organisation/enheder/" + std::to_string(rhg_));
  EXPECT_THAT(gap.body, HasSubstr("Enheden har ingen leder."));
  EXPECT_THAT(gap.body, HasSubstr("Ole Olsen"));
}

TEST_F(OrganisationPages, MinLedelseskaedeShowsWhatALeaderLeadsAndExplainsItToOthers) {
  const auto leader = SignedInClient("leder@rm.test").Get("/min-ledelseskaede");
  EXPECT_EQ(leader.status, 200);
  EXPECT_THAT(leader.body, HasSubstr("Det leder du"));
  EXPECT_THAT(leader.body, HasSubstr("Hjertesygdomme"));
  EXPECT_THAT(leader.body, HasSubstr("Rita Regionsen"));
  const auto employee = SignedInClient("nina@rm.test").Get("/min-ledelseskaede");
  EXPECT_THAT(employee.body, HasSubstr("Du er ikke registreret som leder"));
  EXPECT_THAT(employee.body, HasSubstr("Lene Leder"));
  const auto unlinked = SignedInClient("admin@rm.test").Get("/min-ledelseskaede");
  EXPECT_EQ(unlinked.status, 200);
  EXPECT_THAT(unlinked.body, HasSubstr("Vi kan ikke finde dig i organisationen"));
}

TEST_F(OrganisationPages, AUnitWithManyEmployeesListsThemAHundredAPage) {
  portal().store().Write([](app::Transaction& tx) {
    std::vector<app::PersonRow> people;
    for (int i = 0; i < 150; ++i) {
      const auto number = std::to_string(3000 + i);
      people.push_back({"E-MANGE-" + number, "Medarbejder", "Nummer " + number, "", "Portør", "RHG"});
    }
    tx.Get<app::OrganisationRepository>().UpsertPeople(people);
  });
  portal().organisation().Reload();
  auto client = SignedInClient("nina@rm.test");
  const auto base = "/organisation/enheder/" + std::to_string(rhg_);
  const auto first = client.Get(base);
  EXPECT_EQ(first.status, 200);
  EXPECT_THAT(first.body, HasSubstr("<nav class=\"portal-pager d-print-none\" aria-label=\"Sider med medarbejdere\">"));
  EXPECT_THAT(first.body, HasSubstr("Side 1 af 2."));
  EXPECT_THAT(first.body, HasSubstr("href=\"" + base + "?side=2#employees-heading\" rel=\"next\""));
  EXPECT_THAT(first.body, Not(HasSubstr("rel=\"prev\"")));
  const auto second = client.Get(base + "?side=2");
  EXPECT_THAT(second.body, HasSubstr("Side 2 af 2."));
  EXPECT_THAT(second.body, HasSubstr("href=\"" + base + "?side=1#employees-heading\" rel=\"prev\""));
  EXPECT_THAT(second.body, Not(HasSubstr("rel=\"next\"")));
  EXPECT_THAT(client.Get(base + "?side=x").body, HasSubstr("Side 1 af 2."));  // a bad page number shows the first
  EXPECT_THAT(client.Get("/organisation/enheder/" + std::to_string(auh_)).body, Not(HasSubstr("portal-pager")));
}

TEST_F(OrganisationPages, AnImportByAnotherProcessIsNoticedWithoutARestart) {
  auto client = SignedInClient("nina@rm.test");
  EXPECT_THAT(client.Get("/organisation?q=Nyborg").body, HasSubstr("Ingen enheder eller personer matcher"));
  // Written straight to the database, as the import command in another process would.
  portal().store().Write([](app::Transaction& tx) {
    const std::vector<app::PersonRow> people = {{"E-NY-2001", "Nanna", "Nyborg", "nanna@rm.test", "Jordemoder", "RHG"}};
    tx.Get<app::OrganisationRepository>().UpsertPeople(people);
    app::ImportRun run;
    run.at = domain::FromUnixSeconds(1'780'000'100);
    run.source = "cli: test";
    tx.Get<app::OrganisationRepository>().RecordImportRun(run);
  });
  // The service checks at most every few seconds; poll rather than sleep a fixed time.
  bool found = false;
  for (int attempt = 0; attempt < 100 && !found; ++attempt) {
    found = client.Get("/organisation?q=Nyborg").body.find("Nanna Nyborg") != std::string::npos;
    if (!found) std::this_thread::sleep_for(std::chrono::milliseconds{100});
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace lp::testing
