// The start page per person over HTTP, on both databases: what waits for a leader (a plan to make, an
// empty plan, overdue activities), for the leader above (a plan to approve) and for an employee who
// is responsible for an activity; what is new (a round that started, the unit's plan approved, a
// translation published); the chain status for a leader of leaders; and nothing waiting.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "domain/platform/danish_format.hpp"
#include "support/page_text.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// Region Midtjylland (Rita) ─┬─ Aarhus Universitetshospital (Lene; Sara works there)
//                            │    └─ Hjertesygdomme (Nina; no leader)
//                            └─ Regionshospitalet Gødstrup (Ole)
class StartPage : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {
        {"RM", "Region Midtjylland", "", domain::UnitKind::Region},
        {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital},
        {"AUH-KARD", "Hjertesygdomme", "AUH", domain::UnitKind::Department},
        {"RHG", "Regionshospitalet Gødstrup", "RM", domain::UnitKind::Hospital},
    };
    const std::vector<app::PersonRow> people = {
        {"E1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E2", "Lene", "Leder", "lene@rm.test", "Hospitalsdirektør", "AUH"},
        {"E3", "Nina", "Nielsen", "nina@rm.test", "Sygeplejerske", "AUH-KARD"},
        {"E4", "Ole", "Olsen", "ole@rm.test", "Hospitalsdirektør", "RHG"},
        {"E5", "Sara", "Sørensen", "sara@rm.test", "HR-konsulent", "AUH"},
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
        {"RHG", "E4", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
    };
    const auto snapshot = SeedOrganisation({units, people, leaderships});
    auh_ = snapshot->organisation.FindUnitByExternalId("AUH")->id;
    sara_ = snapshot->organisation.FindPersonByEmployeeNo("E5")->id;
    CreateUser("rita@rm.test", {Role::Leder}, "Rita Regionsen");
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("nina@rm.test", {Role::Medarbejder}, "Nina Nielsen");
    CreateUser("sara@rm.test", {Role::Medarbejder}, "Sara Sørensen");
    CreateUser("kl@rm.test", {Role::Koncernledelse}, "Koncern Ledelse");
  }

  static std::chrono::year_month_day Today() { return domain::ToCopenhagenTime(app::SystemNow()).date; }
  static std::string DaysFromToday(int days) {
    return domain::FormatIsoDate(std::chrono::year_month_day{std::chrono::sys_days{Today()} + std::chrono::days{days}});
  }
  static std::string Danish(const std::string& iso) { return domain::FormatDate(*domain::ParseDate(iso)); }

  // A round that started five days ago, with its deadline in sixty days.
  void CreateRound() {
    auto kl = SignedInClient("kl@rm.test");
    kl.Get("/aktivering/runder/ny");
    const auto created = kl.PostForm("/aktivering/runder/ny", {{"name", "Aktivering 2027"},
                                                               {"description", ""},
                                                               {"starts_on", DaysFromToday(-5)},
                                                               {"plan_deadline", DaysFromToday(60)},
                                                               {"_csrf", kl.csrf_token()}});
    ASSERT_EQ(created.status, 303) << created.body;
  }

  std::string PlanPath() const { return "/organisation/enheder/" + std::to_string(auh_) + "/plan"; }

  // Lene creates AUH's plan and returns its id.
  std::string CreatePlan(HttpClient& lene) {
    const auto page = lene.Get(PlanPath());
    const auto round = FirstMatch(page.body, "name=\"round\" value=\"([0-9]+)\"");
    EXPECT_EQ(lene.PostForm(PlanPath(), {{"round", round}, {"_csrf", lene.csrf_token()}}).status, 303);
    return FirstMatch(lene.Get(PlanPath()).body, "/aktivering/planer/([0-9]+)/noter");
  }

  void AddActivity(HttpClient& lene, const std::string& plan, const std::string& title, const std::string& planned_on,
                   const std::string& person = "") {
    const auto path = "/aktivering/planer/" + plan + "/aktiviteter/ny";
    lene.Get(path);
    const auto added = lene.PostForm(path, {{"kind", "med"},
                                            {"title", title},
                                            {"planned_on", planned_on},
                                            {"responsible_person", person},
                                            {"responsible", person.empty() ? "MED-formanden" : ""},
                                            {"participants", ""},
                                            {"_csrf", lene.csrf_token()}});
    EXPECT_EQ(added.status, 303) << added.body;
  }

  domain::UnitId auh_ = 0;
  domain::PersonId sara_ = 0;
};

TEST_F(StartPage, AnEmployeeWithNothingWaitingIsToldSoAndStillFindsThePortalsParts) {
  auto nina = SignedInClient("nina@rm.test");
  const auto page = nina.Get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Velkommen, Nina Nielsen"));
  EXPECT_THAT(page.body, HasSubstr("Der venter ikke noget på dig lige nu."));
  EXPECT_THAT(page.body, HasSubstr("Intet nyt for dig de seneste 30 dage."));
  EXPECT_THAT(page.body, Not(HasSubstr("Status under dig")));
  EXPECT_THAT(page.body, HasSubstr("Det finder du i portalen"));
  EXPECT_THAT(page.body, HasSubstr("href=\"/aktivering\""));
}

TEST_F(StartPage, ALeaderIsToldWhatToDoWhyAndWhereAndTheLeaderAboveSeesTheChain) {
  CreateRound();
  auto lene = SignedInClient("lene@rm.test");
  auto start = lene.Get("/");
  EXPECT_THAT(start.body, HasSubstr("Lav en aktiveringsplan for Aarhus Universitetshospital"));
  EXPECT_THAT(start.body, HasSubstr("Du er leder af Aarhus Universitetshospital."));
  EXPECT_THAT(start.body, HasSubstr("Frist " + Danish(DaysFromToday(60))));
  EXPECT_THAT(start.body, HasSubstr("href=\"" + PlanPath() + "\""));
  EXPECT_THAT(start.body, HasSubstr("Lav en oversættelse af ledelsesgrundlaget for Aarhus Universitetshospital"));
  EXPECT_THAT(start.body, HasSubstr("Aktiveringsrunden „Aktivering 2027“ er startet"));

  // An empty plan asks for activities; an overdue one is counted; Sara is responsible for one.
  const auto plan = CreatePlan(lene);
  start = lene.Get("/");
  EXPECT_THAT(start.body, Not(HasSubstr("Lav en aktiveringsplan for Aarhus")));
  EXPECT_THAT(start.body, HasSubstr("Tilføj aktiviteter til planen for Aarhus Universitetshospital"));
  AddActivity(lene, plan, "Dialog i LMU", DaysFromToday(-2));
  AddActivity(lene, plan, "Værdier på personalemødet", DaysFromToday(3), std::to_string(sara_));
  start = lene.Get("/");
  EXPECT_THAT(start.body, Not(HasSubstr("Tilføj aktiviteter til planen")));
  EXPECT_THAT(start.body, HasSubstr("1 aktivitet i planen for Aarhus Universitetshospital er overskredet"));
  EXPECT_THAT(start.body, HasSubstr("Marker den som gennemført"));
  auto sara = SignedInClient("sara@rm.test");
  const auto saras = sara.Get("/");
  EXPECT_THAT(saras.body, HasSubstr("Aktiviteten „Værdier på personalemødet“ i Aarhus Universitetshospital"));
  EXPECT_THAT(saras.body, HasSubstr("Du er ansvarlig for den, og den er planlagt til " + Danish(DaysFromToday(3))));

  // Rita leads the region: she is asked to approve, and sees the chain below her.
  auto rita = SignedInClient("rita@rm.test");
  auto ritas = rita.Get("/");
  EXPECT_THAT(ritas.body, HasSubstr("Godkend planen for Aarhus Universitetshospital"));
  EXPECT_THAT(ritas.body, HasSubstr("Du er leder over Aarhus Universitetshospital"));
  EXPECT_THAT(ritas.body, HasSubstr("Planen har 2 aktiviteter."));
  EXPECT_THAT(ritas.body, HasSubstr("Status under dig"));
  EXPECT_THAT(ritas.body, HasSubstr("Din ledelseskæde: 3 enheder med leder i runden „Aktivering 2027“."));
  EXPECT_THAT(ritas.body, HasSubstr("<strong>2</strong> enheder mangler en plan"));
  EXPECT_THAT(ritas.body, HasSubstr("<strong>1</strong> aktivitet er overskredet"));
  EXPECT_THAT(ritas.body, HasSubstr("<strong>1</strong> plan venter på at blive godkendt"));
  // Lene is not asked to approve her own plan, and has no chain below her with a leader of its own.
  EXPECT_THAT(lene.Get("/").body, Not(HasSubstr("Godkend planen")));

  // Approved: Rita's task is gone, and Nina (whose unit the hospital's plan covers) reads the news.
  const auto revision = FirstMatch(rita.Get(PlanPath()).body, "name=\"revision\" value=\"([0-9]+)\"");
  ASSERT_EQ(
      rita.PostForm("/aktivering/planer/" + plan + "/godkend", {{"revision", revision}, {"_csrf", rita.csrf_token()}})
          .status,
      303);
  EXPECT_THAT(rita.Get("/").body, Not(HasSubstr("Godkend planen for Aarhus")));
  auto nina = SignedInClient("nina@rm.test");
  const auto ninas = nina.Get("/");
  EXPECT_THAT(ninas.body, HasSubstr("Planen for Aarhus Universitetshospital er godkendt"));
  EXPECT_THAT(ninas.body, HasSubstr("Din enhed er omfattet af planen for Aarhus Universitetshospital."));
  EXPECT_THAT(ninas.body, HasSubstr("href=\"" + PlanPath() + "\""));
  EXPECT_EQ(nina.Get(PlanPath()).status, 200);
}

TEST_F(StartPage, APublishedTranslationIsNewsBelowAndItsMedDiscussionWaits) {
  auto lene = SignedInClient("lene@rm.test");
  const auto edit = "/organisation/enheder/" + std::to_string(auh_) + "/oversaettelse/rediger";
  const auto submit = [&](const std::string& action) {
    const auto form = lene.Get(edit);
    EXPECT_EQ(form.status, 200);
    const auto response =
        lene.PostForm(edit, {{"_csrf", lene.csrf_token()},
                             {"draft_id", FirstMatch(form.body, "name=\"draft_id\" value=\"([0-9]*)\"")},
                             {"revision", FirstMatch(form.body, "name=\"revision\" value=\"([0-9]*)\"")},
                             {"based_on", FirstMatch(form.body, "name=\"based_on\" value=\"([0-9]*)\"")},
                             {"theme_rows", "1"},
                             {"introduction", "Sådan gør vi."},
                             {"theme-1-title", "Dialog"},
                             {"theme-1-bullets", "Vi lytter"},
                             {"theme-1-values", "dialog"},
                             {"theme-1-position", "1"},
                             {"action", action}});
    EXPECT_EQ(response.status, 303) << response.body;
  };
  submit("save");
  EXPECT_THAT(lene.Get("/").body, HasSubstr("Udgiv oversættelsen for Aarhus Universitetshospital"));
  submit("publish");
  const auto lenes = lene.Get("/").body;
  EXPECT_THAT(lenes, Not(HasSubstr("Udgiv oversættelsen for")));
  EXPECT_THAT(lenes, Not(HasSubstr("Lav en oversættelse")));
  EXPECT_THAT(lenes, HasSubstr("Registrér MED-drøftelsen af oversættelsen for Aarhus Universitetshospital"));
  auto nina = SignedInClient("nina@rm.test");
  const auto ninas = nina.Get("/").body;
  EXPECT_THAT(ninas, HasSubstr("Ny oversættelse af ledelsesgrundlaget for Aarhus Universitetshospital"));
  EXPECT_THAT(ninas, HasSubstr("Hjertesygdomme følger oversættelsen fra Aarhus Universitetshospital; version 1"));

  // The unit pages say whose translation applies and which version, and link to the rest.
  const auto own = lene.Get("/organisation/enheder/" + std::to_string(auh_)).body;
  EXPECT_THAT(own, HasSubstr("Enheden har sin egen oversættelse af ledelsesgrundlaget (version 1, udgivet"));
  EXPECT_THAT(own, HasSubstr(">Se enhedens aktiveringsplan</a>"));
  EXPECT_THAT(own, HasSubstr(">Se dialogsessionerne og aftalerne</a>"));
  EXPECT_THAT(own, HasSubstr(">MED-drøftelser</a>"));
  const auto below_path = FirstMatch(own, "href=\"(/organisation/enheder/[0-9]+)\"[^>]*>Hjertesygdomme<");
  ASSERT_FALSE(below_path.empty());
  const auto below = nina.Get(below_path).body;
  EXPECT_THAT(below, HasSubstr("Enheden har ingen egen oversættelse og følger den fra Aarhus Universitetshospital "
                               "(version 1, udgivet"));
  EXPECT_THAT(below, Not(HasSubstr(">MED-drøftelser</a>")));  // an employee reads no drafts or MED records
}

}  // namespace
}  // namespace lp::testing
