// The activation pages over HTTP, on both databases: rounds for top management only, a unit's plan
// for its leader (the leader above reads, an employee is refused), activities added, marked done
// and cancelled without JavaScript, bad input with Danish messages and the typed values kept, dates
// out of range, and 409 on stale edits with the text kept.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

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

// Region Midtjylland (Rita) ─┬─ Aarhus Universitetshospital (Lene) ─ Hjertesygdomme (Nina; no leader)
//                            └─ Regionshospitalet Gødstrup (Ole)
class ActivationPages : public PortalTest {
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
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
        {"RHG", "E4", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
    };
    const auto snapshot = SeedOrganisation({units, people, leaderships});
    auh_ = snapshot->organisation.FindUnitByExternalId("AUH")->id;
    rhg_ = snapshot->organisation.FindUnitByExternalId("RHG")->id;
    CreateUser("rita@rm.test", {Role::Leder}, "Rita Regionsen");
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("nina@rm.test", {Role::Medarbejder}, "Nina Nielsen");
    CreateUser("kl@rm.test", {Role::Koncernledelse}, "Koncern Ledelse");
    CreateUser("admin@rm.test", {Role::Administrator}, "Admin Istrator");
  }

  static std::string Today() { return domain::FormatIsoDate(domain::ToCopenhagenTime(app::SystemNow()).date); }

  // Creates the round as koncernledelse and returns its id.
  std::string CreateRound(HttpClient& kl) {
    kl.Get("/aktivering/runder/ny");
    const auto created = kl.PostForm("/aktivering/runder/ny", {{"name", "Aktivering af ledelsesgrundlaget 2026"},
                                                               {"description", "Fra **Ledertræf**."},
                                                               {"starts_on", "2026-06-04"},
                                                               {"plan_deadline", "2026-10-01"},
                                                               {"_csrf", kl.csrf_token()}});
    EXPECT_EQ(created.status, 303) << created.body;
    const auto list = kl.Get("/aktivering");
    return FirstMatch(list.body, "/aktivering/runder/([0-9]+)/rediger");
  }

  std::string PlanPath() const { return "/organisation/enheder/" + std::to_string(auh_) + "/plan"; }

  // Lene creates AUH's plan in the round and returns the plan's id.
  std::string CreatePlan(HttpClient& lene, const std::string& round) {
    lene.Get(PlanPath());
    const auto created = lene.PostForm(PlanPath(), {{"round", round}, {"_csrf", lene.csrf_token()}});
    EXPECT_EQ(created.status, 303) << created.body;
    const auto page = lene.Get(PlanPath());
    return FirstMatch(page.body, "/aktivering/planer/([0-9]+)/noter");
  }

  std::string AddActivity(HttpClient& lene, const std::string& plan, const std::string& title,
                          const std::string& planned_on) {
    const auto path = "/aktivering/planer/" + plan + "/aktiviteter/ny";
    lene.Get(path);
    const auto added = lene.PostForm(path, {{"kind", "med"},
                                            {"title", title},
                                            {"planned_on", planned_on},
                                            {"responsible_person", ""},
                                            {"responsible", "MED-formanden"},
                                            {"participants", "LMU"},
                                            {"_csrf", lene.csrf_token()}});
    EXPECT_EQ(added.status, 303) << added.body;
    const auto page = lene.Get(PlanPath());
    std::string last;
    const std::regex edit("/aktivering/aktiviteter/([0-9]+)/rediger");
    for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), edit); it != std::sregex_iterator(); ++it) {
      last = (*it)[1];
    }
    return last;
  }

  domain::UnitId auh_ = 0;
  domain::UnitId rhg_ = 0;
};

TEST_F(ActivationPages, OnlyTopManagementSetsRoundsEveryoneSeesThem) {
  for (const auto* email : {"lene@rm.test", "nina@rm.test"}) {
    auto client = SignedInClient(email);
    EXPECT_EQ(client.Get("/aktivering").status, 200) << email;
    EXPECT_EQ(client.Get("/aktivering/runder/ny").status, 403) << email;
    EXPECT_EQ(client.PostForm("/aktivering/runder/ny", {{"name", "X"}, {"_csrf", client.csrf_token()}}).status, 403)
        << email;
  }
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  ASSERT_FALSE(round.empty());
  auto admin = SignedInClient("admin@rm.test");
  EXPECT_EQ(admin.Get("/aktivering/runder/" + round + "/rediger").status, 200);
  auto nina = SignedInClient("nina@rm.test");
  const auto list = nina.Get("/aktivering");
  EXPECT_THAT(list.body, HasSubstr("Aktivering af ledelsesgrundlaget 2026"));
  EXPECT_THAT(list.body, HasSubstr("<strong>Ledertræf</strong>"));
  EXPECT_THAT(list.body, HasSubstr("04.06.2026"));
  EXPECT_THAT(list.body, Not(HasSubstr("/rediger")));
  EXPECT_EQ(nina.Get("/aktivering/runder/" + round + "/rediger").status, 403);
  EXPECT_EQ(kl.Get("/aktivering/runder/999999/rediger").status, 404);
}

TEST_F(ActivationPages, ARoundWithBadInputComesBackWithDanishMessagesAndTheTypedValues) {
  auto kl = SignedInClient("kl@rm.test");
  kl.Get("/aktivering/runder/ny");
  const auto response = kl.PostForm("/aktivering/runder/ny", {{"name", ""},
                                                              {"description", "Min <b>beskrivelse</b>"},
                                                              {"starts_on", "2019-05-01"},
                                                              {"plan_deadline", "2026-10-01"},
                                                              {"_csrf", kl.csrf_token()}});
  EXPECT_EQ(response.status, 422);
  EXPECT_THAT(response.body, HasSubstr("Skriv et navn."));
  EXPECT_THAT(response.body, HasSubstr("Datoen skal ligge mellem 01.01.2020 og 31.12.2035."));
  EXPECT_THAT(response.body, HasSubstr("Min &lt;b&gt;beskrivelse&lt;/b&gt;"));
  EXPECT_THAT(response.body, HasSubstr("value=\"2019-05-01\""));
  EXPECT_THAT(response.body, HasSubstr("href=\"#name\""));
  const auto backwards = kl.PostForm(
      "/aktivering/runder/ny",
      {{"name", "Runde"}, {"starts_on", "2026-06-04"}, {"plan_deadline", "2026-06-03"}, {"_csrf", kl.csrf_token()}});
  EXPECT_EQ(backwards.status, 422);
  EXPECT_THAT(backwards.body, HasSubstr("Fristen for planerne kan ikke ligge før rundens start (04.06.2026)."));
  EXPECT_THAT(kl.Get("/aktivering").body, HasSubstr("Der er ingen aktiveringsrunder endnu"));
}

TEST_F(ActivationPages, ARoundFormShowsEachFieldWithItsHintAndErrorLinkedForScreenReaders) {
  auto kl = SignedInClient("kl@rm.test");
  kl.Get("/aktivering/runder/ny");
  const auto response = kl.PostForm(
      "/aktivering/runder/ny",
      {{"name", ""}, {"starts_on", "2026-06-04"}, {"plan_deadline", "2026-10-01"}, {"_csrf", kl.csrf_token()}});
  EXPECT_EQ(response.status, 422);
  // The hint states the rule's own limit, and the field points to its hint and its error.
  EXPECT_THAT(response.body, HasSubstr("<span class=\"form-hint\" id=\"name-hint\">Fx Aktivering af "
                                       "ledelsesgrundlaget 2026. Højst 150 tegn.</span>"));
  EXPECT_THAT(response.body, HasSubstr("id=\"name\" name=\"name\" class=\"form-input\" value=\"\" "
                                       "aria-describedby=\"name-hint name-error\" aria-invalid=\"true\""));
  EXPECT_THAT(response.body, HasSubstr("id=\"starts_on\" name=\"starts_on\" class=\"form-input\" "
                                       "value=\"2026-06-04\" min=\"2020-01-01\" max=\"2035-12-31\" "
                                       "aria-describedby=\"starts_on-hint\">"));
  EXPECT_THAT(response.body, HasSubstr("<title>Ny aktiveringsrunde (fejl)"));
}

TEST_F(ActivationPages, ARoundDescriptionKeepsItsLineBreaksWhenEditedAgain) {
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  const auto path = "/aktivering/runder/" + round + "/rediger";
  const std::string description = "Første afsnit.\nAnden linje.\n\n- punkt et\n- punkt to";
  kl.Get(path);
  ASSERT_EQ(kl.PostForm(path, {{"revision", "1"},
                               {"name", "Runde"},
                               {"description", description},
                               {"starts_on", "2026-06-04"},
                               {"plan_deadline", "2026-10-01"},
                               {"_csrf", kl.csrf_token()}})
                .status,
            303);
  // The form shows the text exactly as saved (a browser drops the one line break after <textarea>).
  EXPECT_THAT(kl.Get(path).body, HasSubstr("aria-describedby=\"description-hint\">\n" + description + "</textarea>"));
  // And again after a validation error, with what was typed.
  const auto invalid = kl.PostForm(path, {{"revision", "2"},
                                          {"name", ""},
                                          {"description", description},
                                          {"starts_on", "2026-06-04"},
                                          {"plan_deadline", "2026-10-01"},
                                          {"_csrf", kl.csrf_token()}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_THAT(invalid.body, HasSubstr("\n" + description + "</textarea>"));
}

// Issue 14: every text area of the plan shows its text exactly as saved, and again after a validation
// error (a browser drops the one line break that follows <textarea>, so the partial writes one).
TEST_F(ActivationPages, PlanNotesKeepTheirLineBreaksWhenEditedAgain) {
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  auto lene = SignedInClient("lene@rm.test");
  const auto plan = CreatePlan(lene, round);
  const auto notes = "/aktivering/planer/" + plan + "/noter";
  const std::string text = "Første afsnit.\nAnden linje.\n\n- punkt et\n- punkt to";
  ASSERT_EQ(lene.PostForm(notes, {{"revision", "1"}, {"notes", text}, {"_csrf", lene.csrf_token()}}).status, 303);
  EXPECT_THAT(lene.Get(PlanPath()).body, HasSubstr(">\n" + text + "</textarea>"));
  const auto invalid = lene.PostForm(
      notes, {{"revision", "2"}, {"notes", text + std::string(4'000, 'n')}, {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(invalid.status, 422);
  EXPECT_THAT(invalid.body, HasSubstr(">\n" + text + std::string(4'000, 'n') + "</textarea>"));
}

TEST_F(ActivationPages, ActivityTextsKeepTheirLineBreaksWhenEditedAgain) {
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  auto lene = SignedInClient("lene@rm.test");
  const auto plan = CreatePlan(lene, round);
  const auto activity = AddActivity(lene, plan, "Dialog i LMU", Today());
  const std::string participants = "Ledergruppen\nLMU:\n- formanden\n- næstformanden";
  const auto edit = "/aktivering/aktiviteter/" + activity + "/rediger";
  lene.Get(edit);
  std::vector<std::pair<std::string, std::string>> form = {{"revision", "1"},           {"kind", "med"},
                                                           {"title", "Dialog i LMU"},   {"planned_on", Today()},
                                                           {"responsible", "Lene"},     {"participants", participants},
                                                           {"_csrf", lene.csrf_token()}};
  ASSERT_EQ(lene.PostForm(edit, form).status, 303);
  EXPECT_THAT(lene.Get(edit).body, HasSubstr(">\n" + participants + "</textarea>"));
  form[0].second = "2";
  form[2].second = "";
  const auto invalid_activity = lene.PostForm(edit, form);
  EXPECT_EQ(invalid_activity.status, 422);
  EXPECT_THAT(invalid_activity.body, HasSubstr(">\n" + participants + "</textarea>"));

  // The outcome and the agreements of a completed activity.
  const std::string outcome = "Vi talte om *dristighed*.\n\n1. Først\n2. Så";
  const std::string agreements = "- Lene følger op\n- Vi mødes igen i marts\n\nResten venter.";
  const auto complete = "/aktivering/aktiviteter/" + activity + "/afslut";
  lene.Get(complete);
  std::vector<std::pair<std::string, std::string>> done = {{"revision", "2"},
                                                           {"completed_on", Today()},
                                                           {"outcome", outcome},
                                                           {"agreements", agreements},
                                                           {"_csrf", lene.csrf_token()}};
  ASSERT_EQ(lene.PostForm(complete, done).status, 303);
  const auto again = lene.Get(complete);
  EXPECT_THAT(again.body, HasSubstr(">\n" + outcome + "</textarea>"));
  EXPECT_THAT(again.body, HasSubstr(">\n" + agreements + "</textarea>"));
  done[0].second = "3";
  done[1].second = "2019-01-01";
  const auto invalid_completion = lene.PostForm(complete, done);
  EXPECT_EQ(invalid_completion.status, 422);
  EXPECT_THAT(invalid_completion.body, HasSubstr(">\n" + outcome + "</textarea>"));
  EXPECT_THAT(invalid_completion.body, HasSubstr(">\n" + agreements + "</textarea>"));
}

TEST_F(ActivationPages, AStaleRoundEditIsRefusedWithTheTypedTextKept) {
  auto kl = SignedInClient("kl@rm.test");
  auto admin = SignedInClient("admin@rm.test");
  const auto round = CreateRound(kl);
  const auto path = "/aktivering/runder/" + round + "/rediger";
  kl.Get(path);
  admin.Get(path);
  EXPECT_EQ(admin
                .PostForm(path, {{"revision", "1"},
                                 {"name", "Admins navn"},
                                 {"starts_on", "2026-06-04"},
                                 {"plan_deadline", "2026-10-01"},
                                 {"_csrf", admin.csrf_token()}})
                .status,
            303);
  const auto stale = kl.PostForm(path, {{"revision", "1"},
                                        {"name", "Koncernledelsens navn"},
                                        {"description", "Min tekst"},
                                        {"starts_on", "2026-06-04"},
                                        {"plan_deadline", "2026-10-01"},
                                        {"_csrf", kl.csrf_token()}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("ændret af en anden"));
  EXPECT_THAT(stale.body, HasSubstr("value=\"Koncernledelsens navn\""));
  EXPECT_THAT(stale.body, HasSubstr("Min tekst"));
  EXPECT_THAT(stale.body, HasSubstr("name=\"revision\" value=\"2\""));
  EXPECT_THAT(kl.Get("/aktivering").body, HasSubstr("Admins navn"));
}

TEST_F(ActivationPages, TheLeaderMakesAPlanAddsAnActivityAndMarksItDone) {
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  auto lene = SignedInClient("lene@rm.test");
  const auto empty = lene.Get(PlanPath());
  EXPECT_EQ(empty.status, 200);
  EXPECT_THAT(empty.body, HasSubstr("Opret enhedens plan"));
  EXPECT_THAT(empty.body, HasSubstr("Fristen for planen er overskredet"));
  const auto plan = CreatePlan(lene, round);
  ASSERT_FALSE(plan.empty());

  // Bad input: kind missing, title too long, date out of range; everything typed comes back.
  const auto new_path = "/aktivering/planer/" + plan + "/aktiviteter/ny";
  EXPECT_EQ(lene.Get(new_path).status, 200);
  const std::string long_title(151, 't');
  const auto bad = lene.PostForm(new_path, {{"kind", ""},
                                            {"title", long_title},
                                            {"planned_on", "2036-01-01"},
                                            {"responsible", "MED-formanden"},
                                            {"participants", "Hele afdelingen"},
                                            {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_THAT(bad.body, HasSubstr("Vælg, hvilken slags aktivitet det er."));
  EXPECT_THAT(bad.body, HasSubstr("Titlen må højst være 150 tegn"));
  EXPECT_THAT(bad.body, HasSubstr("Datoen skal ligge mellem 01.01.2020 og 31.12.2035."));
  EXPECT_THAT(bad.body, HasSubstr(long_title));
  EXPECT_THAT(bad.body, HasSubstr("Hele afdelingen"));
  EXPECT_THAT(bad.body, HasSubstr("value=\"2036-01-01\""));

  const auto activity = AddActivity(lene, plan, "Dialog i LMU", Today());
  ASSERT_FALSE(activity.empty());
  const auto page = lene.Get(PlanPath());
  EXPECT_THAT(page.body, HasSubstr("Dialog i LMU"));
  EXPECT_THAT(page.body, HasSubstr("Dialog med MED"));
  EXPECT_THAT(page.body, HasSubstr("Planlagt"));

  // Marking it done: not in the future, not before the round's start.
  const auto done_path = "/aktivering/aktiviteter/" + activity + "/afslut";
  const auto form = lene.Get(done_path);
  EXPECT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("value=\"" + Today() + "\""));
  const auto early = lene.PostForm(
      done_path,
      {{"revision", "1"}, {"completed_on", "2026-06-01"}, {"outcome", "Godt møde"}, {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(early.status, 422);
  EXPECT_THAT(early.body, HasSubstr("Datoen kan ikke ligge før rundens start (04.06.2026)."));
  EXPECT_THAT(early.body, HasSubstr("Godt møde"));
  const auto future = lene.PostForm(
      done_path,
      {{"revision", "1"}, {"completed_on", "2035-01-01"}, {"outcome", "Godt møde"}, {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(future.status, 422);
  EXPECT_THAT(future.body, HasSubstr("Datoen kan ikke ligge efter i dag"));
  const auto done = lene.PostForm(done_path, {{"revision", "1"},
                                              {"completed_on", Today()},
                                              {"outcome", "Godt *møde*"},
                                              {"agreements", "<script>x</script>"},
                                              {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(done.status, 303) << done.body;
  const auto after = lene.Get(PlanPath());
  EXPECT_THAT(after.body, HasSubstr("Gennemført"));
  EXPECT_THAT(after.body, HasSubstr("Godt <em>møde</em>"));
  EXPECT_THAT(after.body, HasSubstr("&lt;script&gt;x&lt;/script&gt;"));
  EXPECT_THAT(after.body, Not(HasSubstr("<script>x")));

  // The unit does not approve its own plan: the leader above does, and it stays open for activities.
  EXPECT_THAT(after.body, HasSubstr("Planen godkendes af lederen over enheden: Rita Regionsen."));
  EXPECT_THAT(after.body, Not(HasSubstr("Godkend planen</button>")));
  const auto revision = FirstMatch(after.body, "name=\"revision\" value=\"([0-9]+)\"");
  const auto approve = "/aktivering/planer/" + plan + "/godkend";
  EXPECT_EQ(lene.PostForm(approve, {{"revision", revision}, {"_csrf", lene.csrf_token()}}).status, 403);
  auto rita = SignedInClient("rita@rm.test");
  const auto to_approve = rita.Get(PlanPath());
  EXPECT_THAT(to_approve.body, HasSubstr("Godkend planen</button>"));
  EXPECT_EQ(rita.PostForm(approve, {{"revision", revision}, {"_csrf", rita.csrf_token()}}).status, 303);
  const auto approved = lene.Get(PlanPath());
  EXPECT_THAT(approved.body, HasSubstr("af Rita Regionsen."));
  EXPECT_THAT(approved.body, Not(HasSubstr("Planen godkendes af lederen over enheden")));
  EXPECT_FALSE(AddActivity(lene, plan, "Dialogkort", Today()).empty());

  // Withdrawn with a reason, which the unit then reads on its plan.
  const auto withdraw = "/aktivering/planer/" + plan + "/traek-godkendelse-tilbage";
  const auto approved_revision = FirstMatch(rita.Get(PlanPath()).body, "name=\"revision\" value=\"([0-9]+)\"");
  const auto no_reason =
      rita.PostForm(withdraw, {{"revision", approved_revision}, {"reason", " "}, {"_csrf", rita.csrf_token()}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_THAT(no_reason.body, HasSubstr("Skriv, hvorfor godkendelsen trækkes tilbage."));
  EXPECT_THAT(no_reason.body, HasSubstr("<details class=\"portal-section portal-withdraw\" open>"));
  EXPECT_EQ(lene.PostForm(withdraw, {{"revision", approved_revision}, {"reason", "Nej"}, {"_csrf", lene.csrf_token()}})
                .status,
            403);
  EXPECT_EQ(rita.PostForm(withdraw, {{"revision", approved_revision},
                                     {"reason", "MED-dialogen mangler en dato."},
                                     {"_csrf", rita.csrf_token()}})
                .status,
            303);
  const auto withdrawn = lene.Get(PlanPath());
  EXPECT_THAT(withdrawn.body, HasSubstr("Godkendelsen er trukket tilbage"));
  EXPECT_THAT(withdrawn.body, HasSubstr("Begrundelse: MED-dialogen mangler en dato."));
  EXPECT_THAT(withdrawn.body, HasSubstr("Kladde"));
}

TEST_F(ActivationPages, AnEmptyPlanCannotBeApproved) {
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  auto lene = SignedInClient("lene@rm.test");
  const auto plan = CreatePlan(lene, round);
  auto rita = SignedInClient("rita@rm.test");
  const auto page = rita.Get(PlanPath());
  EXPECT_THAT(page.body, HasSubstr("En tom plan kan ikke godkendes."));
  EXPECT_THAT(page.body, Not(HasSubstr("Godkend planen</button>")));
  const auto refused =
      rita.PostForm("/aktivering/planer/" + plan + "/godkend", {{"revision", "1"}, {"_csrf", rita.csrf_token()}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Planen har ingen aktiviteter endnu."));
  EXPECT_THAT(lene.Get(PlanPath()).body, Not(HasSubstr("Godkendt ")));
}

TEST_F(ActivationPages, TheLeaderAboveAndTheEmployeesBelowReadOthersAreRefused) {
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  auto lene = SignedInClient("lene@rm.test");
  const auto plan = CreatePlan(lene, round);
  const auto activity = AddActivity(lene, plan, "Dialog i LMU", "2026-11-01");
  auto rita = SignedInClient("rita@rm.test");
  const auto read = rita.Get(PlanPath());
  EXPECT_EQ(read.status, 200);
  EXPECT_THAT(read.body, HasSubstr("Dialog i LMU"));
  EXPECT_THAT(read.body, HasSubstr("Overskredet"));
  EXPECT_THAT(read.body, Not(HasSubstr("Tilføj aktivitet")));
  EXPECT_THAT(read.body, Not(HasSubstr("/rediger")));
  EXPECT_EQ(rita.Get("/aktivering/planer/" + plan + "/aktiviteter/ny").status, 403);
  EXPECT_EQ(rita.Get("/aktivering/aktiviteter/" + activity + "/rediger").status, 403);
  EXPECT_EQ(
      rita.PostForm("/aktivering/aktiviteter/" + activity + "/aflys", {{"revision", "1"}, {"_csrf", rita.csrf_token()}})
          .status,
      403);
  // Nina works in a department under the hospital: she reads its plan, changes nothing, and does not
  // read the plans of another hospital.
  auto nina = SignedInClient("nina@rm.test");
  const auto employee = nina.Get(PlanPath());
  EXPECT_EQ(employee.status, 200);
  EXPECT_THAT(employee.body, HasSubstr("Dialog i LMU"));
  EXPECT_THAT(employee.body, Not(HasSubstr("Tilføj aktivitet")));
  EXPECT_THAT(employee.body, Not(HasSubstr("/aflys")));
  EXPECT_EQ(nina.Get("/organisation/enheder/" + std::to_string(rhg_) + "/plan").status, 403);
  EXPECT_EQ(nina.Get("/aktivering/aktiviteter/" + activity + "/afslut").status, 403);
  EXPECT_EQ(nina.Get("/organisation/enheder/999999/plan").status, 404);
  EXPECT_EQ(lene.Get(PlanPath() + "?runde=abc").status, 404);
  EXPECT_EQ(lene.Get(PlanPath() + "?runde=999999").status, 404);

  // The leader above sees the overdue activity and the missing plan of Gødstrup.
  const auto mine = rita.Get("/aktivering/mine-enheder");
  EXPECT_EQ(mine.status, 200);
  EXPECT_THAT(mine.body, HasSubstr("Regionshospitalet Gødstrup"));
  EXPECT_THAT(mine.body, HasSubstr("Mangler, fristen er overskredet"));
  EXPECT_THAT(mine.body, HasSubstr("Aarhus Universitetshospital"));
  EXPECT_THAT(nina.Get("/aktivering/mine-enheder").body, HasSubstr("Du står ikke som leder"));
  // The rounds page offers the overview only to those who lead a unit.
  EXPECT_THAT(rita.Get("/aktivering").body, HasSubstr("href=\"/aktivering/mine-enheder\""));
  EXPECT_THAT(nina.Get("/aktivering").body, Not(HasSubstr("href=\"/aktivering/mine-enheder\"")));
}

TEST_F(ActivationPages, StaleActivityEditsAre409WithTheTextKeptAndCancelledIsFinal) {
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  auto lene = SignedInClient("lene@rm.test");
  const auto plan = CreatePlan(lene, round);
  const auto activity = AddActivity(lene, plan, "Dialog i LMU", "2026-12-20");
  const auto edit = "/aktivering/aktiviteter/" + activity + "/rediger";
  EXPECT_EQ(lene.Get(edit).status, 200);
  EXPECT_EQ(lene.PostForm(edit, {{"revision", "1"},
                                 {"kind", "lus"},
                                 {"title", "Første ændring"},
                                 {"planned_on", "2026-12-20"},
                                 {"responsible", "Lene"},
                                 {"_csrf", lene.csrf_token()}})
                .status,
            303);
  const auto stale = lene.PostForm(edit, {{"revision", "1"},
                                          {"kind", "lus"},
                                          {"title", "Min forældede ændring"},
                                          {"planned_on", "2026-12-21"},
                                          {"responsible", "Lene"},
                                          {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("ændret af en anden"));
  EXPECT_THAT(stale.body, HasSubstr("value=\"Min forældede ændring\""));
  EXPECT_THAT(stale.body, HasSubstr("value=\"2026-12-21\""));
  // Notes: stale too.
  const auto notes = "/aktivering/planer/" + plan + "/noter";
  EXPECT_EQ(lene.PostForm(notes, {{"revision", "1"}, {"notes", "Første"}, {"_csrf", lene.csrf_token()}}).status, 303);
  const auto stale_notes =
      lene.PostForm(notes, {{"revision", "1"}, {"notes", "Mine noter"}, {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(stale_notes.status, 409);
  EXPECT_THAT(stale_notes.body, HasSubstr("Mine noter"));
  const auto too_long =
      lene.PostForm(notes, {{"revision", "2"}, {"notes", std::string(4'001, 'n')}, {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(too_long.status, 422);
  EXPECT_THAT(too_long.body, HasSubstr("Noterne må højst være 4.000 tegn; der står 4.001."));

  // Cancelling asks for a reason on a page of its own, keeps what was typed, and can be undone.
  const auto cancel = "/aktivering/aktiviteter/" + activity + "/aflys";
  const auto confirm = lene.Get(cancel);
  EXPECT_EQ(confirm.status, 200);
  EXPECT_THAT(confirm.body, HasSubstr("Hvorfor aflyses aktiviteten?"));
  EXPECT_THAT(confirm.body, HasSubstr("Første ændring"));
  const auto no_reason = lene.PostForm(cancel, {{"revision", "2"}, {"reason", ""}, {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_THAT(no_reason.body, HasSubstr("Skriv, hvorfor aktiviteten aflyses."));
  const auto stale_cancel =
      lene.PostForm(cancel, {{"revision", "1"}, {"reason", "Sygdom i\r\nafdelingen"}, {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(stale_cancel.status, 409);
  EXPECT_THAT(stale_cancel.body, HasSubstr("Sygdom i\r\nafdelingen</textarea>"));
  EXPECT_THAT(stale_cancel.body, HasSubstr("name=\"revision\" value=\"2\""));
  EXPECT_EQ(lene.PostForm(cancel, {{"revision", "2"}, {"reason", "Sygdom i afdelingen."}, {"_csrf", lene.csrf_token()}})
                .status,
            303);
  const auto cancelled = lene.Get(PlanPath());
  EXPECT_THAT(cancelled.body, HasSubstr("Aflyst"));
  EXPECT_THAT(cancelled.body, HasSubstr("Sygdom i afdelingen."));
  EXPECT_THAT(cancelled.body, HasSubstr("af Lene Leder"));
  EXPECT_EQ(lene.Get(edit).status, 409);
  EXPECT_EQ(lene.Get(cancel).status, 409);
  const auto reopen = "/aktivering/aktiviteter/" + activity + "/genoptag";
  EXPECT_EQ(lene.PostForm(reopen, {{"revision", "2"}, {"_csrf", lene.csrf_token()}}).status, 409);
  EXPECT_EQ(lene.PostForm(reopen, {{"revision", "3"}, {"_csrf", lene.csrf_token()}}).status, 303);
  EXPECT_EQ(lene.Get(edit).status, 200);
  EXPECT_THAT(lene.Get(PlanPath()).body, Not(HasSubstr("Sygdom i afdelingen.")));
}

TEST_F(ActivationPages, TheResponsiblePersonIsChosenAmongSubUnitLeadersOrFoundByName) {
  auto kl = SignedInClient("kl@rm.test");
  const auto round = CreateRound(kl);
  const auto& organisation = portal().organisation().Current()->organisation;
  const auto ole = std::to_string(organisation.FindPersonByEmployeeNo("E4")->id);
  const auto lene_id = std::to_string(organisation.FindPersonByEmployeeNo("E2")->id);
  // The region's plan offers the leaders of the hospitals below it.
  auto rita = SignedInClient("rita@rm.test");
  const auto region_plan = "/organisation/enheder/" + std::to_string(organisation.Root()->id) + "/plan";
  rita.Get(region_plan);
  ASSERT_EQ(rita.PostForm(region_plan, {{"round", round}, {"_csrf", rita.csrf_token()}}).status, 303);
  const auto rita_plan = FirstMatch(rita.Get(region_plan).body, "/aktivering/planer/([0-9]+)/noter");
  const auto offered = rita.Get("/aktivering/planer/" + rita_plan + "/aktiviteter/ny");
  EXPECT_THAT(offered.body, HasSubstr("<option value=\"" + lene_id + "\">Lene Leder, Hospitalsdirektør</option>"));
  EXPECT_THAT(offered.body, HasSubstr("<option value=\"" + ole + "\">Ole Olsen, Hospitalsdirektør</option>"));

  // Lene finds Ole, of another hospital, by name: the form comes back with what she typed and Ole
  // chosen; nothing is saved until she saves.
  auto lene = SignedInClient("lene@rm.test");
  const auto plan = CreatePlan(lene, round);
  const auto path = "/aktivering/planer/" + plan + "/aktiviteter/ny";
  EXPECT_THAT(lene.Get(path).body, Not(HasSubstr(">Ole Olsen")));
  const std::vector<std::pair<std::string, std::string>> typed = {{"kind", "med"},
                                                                  {"title", "Fælles MED-dialog"},
                                                                  {"planned_on", "2026-12-20"},
                                                                  {"responsible_person", ""},
                                                                  {"responsible", ""},
                                                                  {"participants", "Begge LMU'er"},
                                                                  {"responsible_search", "olsen"},
                                                                  {"_csrf", lene.csrf_token()}};
  auto search = typed;
  search.emplace_back("find_person", "1");
  const auto found = lene.PostForm(path, search);
  EXPECT_EQ(found.status, 200);
  EXPECT_THAT(found.body, HasSubstr("1 person fundet"));
  EXPECT_THAT(found.body, HasSubstr("<option value=\"" + ole +
                                    "\" selected>Ole Olsen, Hospitalsdirektør (Regionshospitalet Gødstrup)"));
  EXPECT_THAT(found.body, HasSubstr("value=\"Fælles MED-dialog\""));
  EXPECT_THAT(found.body, HasSubstr(">\nBegge LMU&#39;er</textarea>"));
  EXPECT_THAT(lene.Get(PlanPath()).body, Not(HasSubstr("Fælles MED-dialog")));
  const auto nobody =
      lene.PostForm(path, {{"find_person", "1"}, {"responsible_search", "Zyx"}, {"_csrf", lene.csrf_token()}});
  EXPECT_EQ(nobody.status, 200);
  EXPECT_THAT(nobody.body, HasSubstr("Ingen aktive personer hedder noget med „Zyx“."));
  auto save = typed;
  save[3].second = ole;
  EXPECT_EQ(lene.PostForm(path, save).status, 303);
  EXPECT_THAT(lene.Get(PlanPath()).body, HasSubstr("Ole Olsen"));
  // An unknown person is refused in Danish.
  save[3].second = "999999";
  const auto unknown = lene.PostForm(path, save);
  EXPECT_EQ(unknown.status, 422);
  EXPECT_THAT(unknown.body, HasSubstr("Vælg en person fra listen, eller find personen ved navn."));

  // The same search as you type: names, titles and units only.
  const auto api = lene.Get("/api/v1/personer?q=olsen");
  EXPECT_EQ(api.status, 200);
  EXPECT_THAT(api.Header("content-type"), HasSubstr("application/json"));
  EXPECT_THAT(api.body, HasSubstr("\"name\":\"Ole Olsen\""));
  EXPECT_THAT(api.body, HasSubstr("\"unit\":\"Regionshospitalet Gødstrup\""));
  EXPECT_THAT(api.body, Not(HasSubstr("E4")));
  EXPECT_THAT(api.body, Not(HasSubstr("@rm.test")));
  EXPECT_EQ(lene.Get("/api/v1/personer?q=" + std::string(200, 'x')).status, 400);
  EXPECT_EQ(Client().Get("/api/v1/personer?q=olsen").status, 401);
}

TEST_F(ActivationPages, UnitsWithoutALeaderShowInTheLeadersOverview) {
  auto kl = SignedInClient("kl@rm.test");
  CreateRound(kl);
  auto lene = SignedInClient("lene@rm.test");
  const auto mine = lene.Get("/aktivering/mine-enheder");
  EXPECT_EQ(mine.status, 200);
  EXPECT_THAT(mine.body, HasSubstr("Enheder uden leder"));
  EXPECT_THAT(mine.body, HasSubstr("1 enhed har ingen leder."));
  EXPECT_THAT(mine.body, HasSubstr("Hjertesygdomme</a>: ingen leder – omfattet af <a href=\"" + PlanPath()));
}

TEST_F(ActivationPages, AnImpossibleDateComesBackAsTyped) {
  auto kl = SignedInClient("kl@rm.test");
  kl.Get("/aktivering/runder/ny");
  const auto response = kl.PostForm("/aktivering/runder/ny", {{"name", "Runde"},
                                                              {"description", ""},
                                                              {"starts_on", "31.02.2026"},
                                                              {"plan_deadline", "2026-10-01"},
                                                              {"_csrf", kl.csrf_token()}});
  EXPECT_EQ(response.status, 422);
  // Shown in a text field as typed (a date control would empty it), with the date hint.
  EXPECT_THAT(response.body, HasSubstr("type=\"text\" id=\"starts_on\" name=\"starts_on\" class=\"form-input\" "
                                       "value=\"31.02.2026\""));
  EXPECT_THAT(response.body, HasSubstr("type=\"date\" id=\"plan_deadline\""));
  EXPECT_THAT(response.body, HasSubstr("Mellem 01.01.2020 og 31.12.2035."));
}

}  // namespace
}  // namespace lp::testing
