// Explorer over HTTP, on both databases: an employee applies and the leader approves (or rejects with a
// reason), a leader nominates someone of their units, and the participant builds a personal path plan
// that, once agreed, counts in the enrolment's status. Those who may not see a thing get 404, bad input
// 422 with the Danish message at the field and what was typed kept, a stale revision 409.
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

// Region Midtjylland (Rita) ─ Aarhus Universitetshospital (Lene) ─ Hjertesygdomme (Nanna; Sara and Tom
// work there) and Øjensygdomme (Ib; Olga works there).
class Explorer : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {
        {"RM", "Region Midtjylland", "", domain::UnitKind::Region},
        {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital},
        {"AUH-KARD", "Hjertesygdomme", "AUH", domain::UnitKind::Department},
        {"AUH-OEJE", "Øjensygdomme", "AUH", domain::UnitKind::Department},
    };
    const std::vector<app::PersonRow> people = {
        {"E1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E2", "Lene", "Leder", "lene@rm.test", "Hospitalsdirektør", "AUH"},
        {"E3", "Nanna", "Ny", "nanna@rm.test", "Afdelingsleder", "AUH-KARD"},
        {"E4", "Ib", "Iversen", "ib@rm.test", "Afdelingsleder", "AUH-OEJE"},
        {"E5", "Sara", "Sørensen", "sara@rm.test", "Sygeplejerske", "AUH-KARD"},
        {"E6", "Tom", "Thomsen", "tom@rm.test", "Fysioterapeut", "AUH-KARD"},
        {"E7", "Olga", "Olsen", "olga@rm.test", "Ortoptist", "AUH-OEJE"},
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH-KARD", "E3", std::chrono::year{2018} / 2 / 1, domain::LeaderKind::KliniskLeder},
        {"AUH-OEJE", "E4", std::chrono::year{2012} / 8 / 1, domain::LeaderKind::Personaleleder},
    };
    SeedOrganisation({units, people, leaderships});
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("nanna@rm.test", {Role::Leder}, "Nanna Ny");
    CreateUser("ib@rm.test", {Role::Leder}, "Ib Iversen");
    CreateUser("sara@rm.test", {Role::Medarbejder}, "Sara Sørensen");
    CreateUser("tom@rm.test", {Role::Medarbejder}, "Tom Thomsen");
    CreateUser("olga@rm.test", {Role::Medarbejder}, "Olga Olsen");
    CreateUser("hr@rm.test", {Role::Hr}, "Koncern HR");
  }

  // Sara applies and Nanna approves; returns the plan's address.
  std::string SaraIsApproved() {
    auto sara = SignedInClient("sara@rm.test");
    EXPECT_EQ(
        sara.PostForm("/udvikling/explorer/ansoeg", {{"_csrf", sara.csrf_token()}, {"motivation", "Jeg vil gerne."}})
            .status,
        303);
    auto nanna = SignedInClient("nanna@rm.test");
    const auto decision = FirstMatch(nanna.Get("/udvikling/explorer/indstillinger").body,
                                     "href=\"(/udvikling/explorer/ansoegninger/[0-9]+)\"");
    const auto page = nanna.Get(decision);
    const auto revision = FirstMatch(page.body, "name=\"revision\" value=\"([0-9]+)\"");
    EXPECT_EQ(nanna.PostForm(decision + "/godkend", {{"_csrf", nanna.csrf_token()}, {"revision", revision}}).status,
              303);
    return FirstMatch(sara.Get("/udvikling/explorer/ansoeg").body, "href=\"(/udvikling/deltagelser/[0-9]+/plan)\"");
  }
};

TEST_F(Explorer, AnEmployeeAppliesAndTheLeaderDecidesOnceWithReasonsAndStaleRevisionsRefused) {
  auto sara = SignedInClient("sara@rm.test");
  const auto form = sara.Get("/udvikling/explorer/ansoeg");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("Ansøgningen går til Nanna Ny (Hjertesygdomme)"));

  const auto empty = sara.PostForm("/udvikling/explorer/ansoeg", {{"_csrf", sara.csrf_token()}, {"motivation", "  "}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_THAT(empty.body, HasSubstr("Skriv, hvorfor du gerne vil med i Explorer."));
  EXPECT_THAT(empty.body, HasSubstr("aria-describedby=\"motivation-hint motivation-error\""));

  const std::string motivation = "Jeg koordinerer vagtplanen.\nJeg vil gerne lære mere om ledelse.";
  ASSERT_EQ(
      sara.PostForm("/udvikling/explorer/ansoeg", {{"_csrf", sara.csrf_token()}, {"motivation", motivation}}).status,
      303);
  EXPECT_THAT(sara.Get("/udvikling/explorer/ansoeg").body, HasSubstr("Din ansøgning venter på din leders svar."));
  const auto twice =
      sara.PostForm("/udvikling/explorer/ansoeg", {{"_csrf", sara.csrf_token()}, {"motivation", "Igen"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr("Du har allerede en ansøgning, der venter på din leders svar."));

  // Min udvikling: the applicant's application, and the leader's "waiting for you".
  EXPECT_THAT(sara.Get("/min-udvikling").body, HasSubstr(">Explorer, Ansøgning</a>"));
  auto nanna = SignedInClient("nanna@rm.test");
  EXPECT_THAT(nanna.Get("/min-udvikling").body, HasSubstr("Sara Sørensen søger om Explorer"));
  EXPECT_THAT(nanna.Get("/beskeder").body, HasSubstr("Sara Sørensen søger om at komme med i Explorer"));
  const auto list = nanna.Get("/udvikling/explorer/indstillinger");
  ASSERT_EQ(list.status, 200);
  EXPECT_THAT(list.body, HasSubstr("Venter på dit svar"));
  const auto decision = FirstMatch(list.body, "href=\"(/udvikling/explorer/ansoegninger/[0-9]+)\">Sara Sørensen<");
  ASSERT_FALSE(decision.empty()) << list.body;
  const auto page = nanna.Get(decision);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr(motivation + "</dd>"));
  const auto revision = FirstMatch(page.body, "name=\"revision\" value=\"([0-9]+)\"");

  // Those who are neither the applicant nor a leader of the unit it went to see nothing.
  auto ib = SignedInClient("ib@rm.test");
  EXPECT_EQ(ib.Get(decision).status, 404);
  EXPECT_EQ(ib.PostForm(decision + "/godkend", {{"_csrf", ib.csrf_token()}, {"revision", revision}}).status, 404);
  auto tom = SignedInClient("tom@rm.test");
  EXPECT_EQ(tom.Get(decision).status, 404);
  EXPECT_EQ(sara.Get(decision).status, 200) << "the applicant sees her own";
  EXPECT_THAT(sara.Get(decision).body, Not(HasSubstr("Godkend og optag")));

  const auto no_reason =
      nanna.PostForm(decision + "/afvis", {{"_csrf", nanna.csrf_token()}, {"revision", revision}, {"reason", ""}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_THAT(no_reason.body, HasSubstr("Skriv, hvorfor du afviser ansøgningen."));
  const auto stale = nanna.PostForm(decision + "/godkend", {{"_csrf", nanna.csrf_token()}, {"revision", "7"}});
  EXPECT_EQ(stale.status, 409);
  ASSERT_EQ(nanna.PostForm(decision + "/godkend", {{"_csrf", nanna.csrf_token()}, {"revision", revision}}).status, 303);
  const auto again = nanna.PostForm(decision + "/afvis",
                                    {{"_csrf", nanna.csrf_token()}, {"revision", revision}, {"reason", "For sent"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_THAT(again.body, HasSubstr("Ansøgningen er allerede afgjort: godkendt"));

  EXPECT_THAT(sara.Get("/beskeder").body, HasSubstr("Din ansøgning til Explorer er godkendt"));
  const auto mine = sara.Get("/udvikling/explorer/ansoeg");
  EXPECT_THAT(mine.body, HasSubstr("Du er med i Explorer."));
  EXPECT_THAT(mine.body, HasSubstr("Godkendt"));
}

TEST_F(Explorer, ARejectedApplicantSeesTheReason) {
  auto olga = SignedInClient("olga@rm.test");
  ASSERT_EQ(olga.PostForm("/udvikling/explorer/ansoeg", {{"_csrf", olga.csrf_token()}, {"motivation", "Gerne"}}).status,
            303);
  auto ib = SignedInClient("ib@rm.test");
  const auto decision = FirstMatch(ib.Get("/udvikling/explorer/indstillinger").body,
                                   "href=\"(/udvikling/explorer/ansoegninger/[0-9]+)\">Olga Olsen<");
  ASSERT_FALSE(decision.empty());
  const auto revision = FirstMatch(ib.Get(decision).body, "name=\"revision\" value=\"([0-9]+)\"");
  ASSERT_EQ(ib.PostForm(decision + "/afvis", {{"_csrf", ib.csrf_token()},
                                              {"revision", revision},
                                              {"reason", "Vent til næste hold.\nVi tager den i MUS."}})
                .status,
            303);
  const auto page = olga.Get("/udvikling/explorer/ansoeg");
  EXPECT_THAT(page.body, HasSubstr("Afvist"));
  EXPECT_THAT(page.body, HasSubstr("Vent til næste hold.\nVi tager den i MUS."));
  EXPECT_THAT(olga.Get("/beskeder").body, HasSubstr("Din ansøgning til Explorer er afvist"));
  EXPECT_THAT(page.body, HasSubstr("Send ansøgningen")) << "she may apply again later";
}

TEST_F(Explorer, AnApplicantWithdrawsAWaitingApplicationOnce) {
  auto tom = SignedInClient("tom@rm.test");
  ASSERT_EQ(tom.PostForm("/udvikling/explorer/ansoeg", {{"_csrf", tom.csrf_token()}, {"motivation", "Gerne"}}).status,
            303);
  const auto page = tom.Get("/udvikling/explorer/ansoeg");
  const auto action = FirstMatch(page.body, "action=\"(/udvikling/explorer/ansoegninger/[0-9]+/traek-tilbage)\"");
  ASSERT_FALSE(action.empty());
  const auto revision = FirstMatch(page.body, "name=\"revision\" value=\"([0-9]+)\"");
  auto sara = SignedInClient("sara@rm.test");
  EXPECT_EQ(sara.PostForm(action, {{"_csrf", sara.csrf_token()}, {"revision", revision}}).status, 404)
      << "only the applicant withdraws";
  ASSERT_EQ(tom.PostForm(action, {{"_csrf", tom.csrf_token()}, {"revision", revision}}).status, 303);
  const auto after = tom.Get("/udvikling/explorer/ansoeg");
  EXPECT_THAT(after.body, HasSubstr("Din ansøgning er trukket tilbage."));
  EXPECT_THAT(after.body, HasSubstr("Trukket tilbage"));
  EXPECT_THAT(after.body, HasSubstr("Send ansøgningen")) << "he may apply again";
  EXPECT_EQ(tom.PostForm(action, {{"_csrf", tom.csrf_token()}, {"revision", revision}}).status, 409);
  auto nanna = SignedInClient("nanna@rm.test");
  EXPECT_THAT(nanna.Get("/udvikling/explorer/indstillinger").body, HasSubstr("Ingen ansøgninger venter på dit svar."));
}

TEST_F(Explorer, ALeaderNominatesOnlyPeopleOfTheirUnitsAndOnlyOnce) {
  auto sara = SignedInClient("sara@rm.test");
  EXPECT_EQ(sara.Get("/udvikling/explorer/indstil").status, 403);

  auto nanna = SignedInClient("nanna@rm.test");
  const auto form = nanna.Get("/udvikling/explorer/indstil");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("Tom Thomsen, Hjertesygdomme"));
  EXPECT_THAT(form.body, Not(HasSubstr("Olga Olsen")));

  const auto nothing = nanna.PostForm("/udvikling/explorer/indstil", {{"_csrf", nanna.csrf_token()}});
  EXPECT_EQ(nothing.status, 422);
  EXPECT_THAT(nothing.body, HasSubstr("Vælg en medarbejder på listen, eller skriv en e-mailadresse"));
  EXPECT_THAT(nothing.body, HasSubstr("Skriv, hvorfor du indstiller medarbejderen til Explorer."));
  const auto outside = nanna.PostForm(
      "/udvikling/explorer/indstil",
      {{"_csrf", nanna.csrf_token()}, {"who", "olga@rm.test"}, {"motivation", "Dygtig\nog vedholdende"}});
  EXPECT_EQ(outside.status, 422);
  EXPECT_THAT(outside.body, HasSubstr("Olga Olsen hører ikke til de enheder, du er leder for."));
  EXPECT_THAT(outside.body, HasSubstr("value=\"olga@rm.test\"")) << "what was typed is kept";
  EXPECT_THAT(outside.body, HasSubstr("Dygtig\nog vedholdende</textarea>"));

  ASSERT_EQ(nanna
                .PostForm("/udvikling/explorer/indstil",
                          {{"_csrf", nanna.csrf_token()}, {"who", "E6"}, {"motivation", "Tom tager ansvar."}})
                .status,
            303);
  auto tom = SignedInClient("tom@rm.test");
  EXPECT_THAT(tom.Get("/beskeder").body, HasSubstr("Du er indstillet til Explorer"));
  EXPECT_THAT(tom.Get("/udvikling/explorer/ansoeg").body, HasSubstr("Du er med i Explorer."));
  const auto twice = nanna.PostForm("/udvikling/explorer/indstil",
                                    {{"_csrf", nanna.csrf_token()}, {"who", "tom@rm.test"}, {"motivation", "Igen"}});
  EXPECT_EQ(twice.status, 422);
  EXPECT_THAT(twice.body, HasSubstr("Tom Thomsen er allerede med i Explorer."));
  const auto list = nanna.Get("/udvikling/explorer/indstillinger");
  EXPECT_THAT(list.body, HasSubstr("Tom Thomsen"));
  EXPECT_THAT(list.body, HasSubstr("Indstilling fra lederen"));
}

TEST_F(Explorer, TheParticipantBuildsAPlanThatCountsOnceAgreedAndOthersSeeNothing) {
  const auto plan = SaraIsApproved();
  ASSERT_FALSE(plan.empty());
  auto sara = SignedInClient("sara@rm.test");
  const auto first = sara.Get(plan);
  ASSERT_EQ(first.status, 200);
  EXPECT_THAT(first.body, HasSubstr("personlig plan mangler"));
  EXPECT_THAT(first.body, HasSubstr("name=\"revision\" value=\"0\""));

  // Who may see it: the participant, the leaders over her, Koncern HR; nobody else.
  EXPECT_EQ(SignedInClient("olga@rm.test").Get(plan).status, 404);
  EXPECT_EQ(SignedInClient("ib@rm.test").Get(plan).status, 404);
  EXPECT_EQ(SignedInClient("lene@rm.test").Get(plan).status, 200);
  EXPECT_EQ(SignedInClient("hr@rm.test").Get(plan).status, 200);
  EXPECT_EQ(sara.Get("/udvikling/deltagelser/999999/plan").status, 404);

  const auto no_activities = sara.PostForm(plan + "/aftalt", {{"_csrf", sara.csrf_token()}, {"revision", "0"}});
  EXPECT_EQ(no_activities.status, 422);
  EXPECT_THAT(no_activities.body, HasSubstr("Tilføj mindst én aktivitet, før planen kan aftales."));

  const auto add = [&](std::vector<std::pair<std::string, std::string>> fields, const std::string& revision) {
    fields.emplace_back("_csrf", sara.csrf_token());
    fields.emplace_back("revision", revision);
    return sara.PostForm(plan + "/aktiviteter", fields);
  };
  const auto backwards = add({{"title", "Praktik i Akutafdelingen"},
                              {"kind", "praktik"},
                              {"starts_on", domain::FormatIsoDate(DayFromToday(60))},
                              {"ends_on", domain::FormatIsoDate(DayFromToday(30))},
                              {"status", "planlagt"}},
                             "0");
  EXPECT_EQ(backwards.status, 422);
  EXPECT_THAT(backwards.body, HasSubstr("Slutdatoen ligger før startdatoen."));
  EXPECT_THAT(backwards.body, HasSubstr("value=\"Praktik i Akutafdelingen\""));
  const auto unknown = add({{"title", "Mentor"},
                            {"kind", "mentor"},
                            {"starts_on", domain::FormatIsoDate(DayFromToday(10))},
                            {"status", "halvt"}},
                           "0");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_THAT(unknown.body, HasSubstr("Vælg aktivitetens status"));

  ASSERT_EQ(add({{"title", "Praktik i Akutafdelingen"},
                 {"kind", "praktik"},
                 {"starts_on", domain::FormatIsoDate(DayFromToday(30))},
                 {"ends_on", domain::FormatIsoDate(DayFromToday(60))},
                 {"status", "planlagt"},
                 {"description", "To uger med afdelingslederen.\nSkygning og egne opgaver."}},
                "0")
                .status,
            303);
  const auto stale = add({{"title", "Netværk for koordinatorer"},
                          {"kind", "netvaerk"},
                          {"starts_on", domain::FormatIsoDate(DayFromToday(5))},
                          {"status", "planlagt"}},
                         "0");
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("value=\"Netværk for koordinatorer\"")) << "what was typed is kept";
  const auto revision = FirstMatch(stale.body, "name=\"revision\" value=\"([0-9]+)\"");
  ASSERT_EQ(add({{"title", "Mentorforløb med en erfaren leder"},
                 {"kind", "mentor"},
                 {"starts_on", domain::FormatIsoDate(DayFromToday(10))},
                 {"status", "i-gang"}},
                revision)
                .status,
            303);

  auto page = sara.Get(plan);
  EXPECT_THAT(page.body, HasSubstr("To uger med afdelingslederen.\nSkygning og egne opgaver."));
  const auto praktik = page.body.find("Praktik i Akutafdelingen</strong>");
  const auto mentor = page.body.find("Mentorforløb med en erfaren leder</strong>");
  ASSERT_NE(praktik, std::string::npos);
  EXPECT_LT(praktik, mentor) << "in the order added";

  EXPECT_THAT(page.body, HasSubstr("Flyt ned<span class=\"sr-only\">: Praktik i Akutafdelingen</span>"));
  // Moved: the mentor first.
  const auto move = FirstMatch(page.body, "action=\"(/udvikling/deltagelser/[0-9]+/plan/aktiviteter/[0-9]+/flyt)\"");
  ASSERT_EQ(sara.PostForm(move, {{"_csrf", sara.csrf_token()},
                                 {"revision", FirstMatch(page.body, "name=\"revision\" value=\"([0-9]+)\"")},
                                 {"retning", "ned"}})
                .status,
            303);
  page = sara.Get(plan);
  EXPECT_GT(page.body.find("Praktik i Akutafdelingen</strong>"),
            page.body.find("Mentorforløb med en erfaren leder</strong>"));

  // Agreed by the leader above: the status counts the personal plan.
  auto lene = SignedInClient("lene@rm.test");
  const auto agreed = lene.PostForm(
      plan + "/aftalt",
      {{"_csrf", lene.csrf_token()}, {"revision", FirstMatch(page.body, "name=\"revision\" value=\"([0-9]+)\"")}});
  ASSERT_EQ(agreed.status, 303);
  page = sara.Get(plan);
  EXPECT_THAT(page.body, HasSubstr("personlig plan lagt"));
  EXPECT_THAT(page.body, HasSubstr("Planen blev aftalt"));
  EXPECT_THAT(page.body, HasSubstr("af Lene Leder"));
  EXPECT_THAT(page.body, Not(HasSubstr(">Planen er aftalt</button>")));
  const auto enrollment = plan.substr(0, plan.size() - std::string("/plan").size());
  EXPECT_THAT(sara.Get(enrollment).body, HasSubstr("personlig plan lagt"));

  // Edited afterwards: still agreed, the change listed; saved unchanged: nothing listed.
  const auto edit = FirstMatch(page.body, "href=\"(/udvikling/deltagelser/[0-9]+/plan/aktiviteter/[0-9]+)\"");
  auto form = sara.Get(edit);
  ASSERT_EQ(form.status, 200);
  const auto edit_revision = FirstMatch(form.body, "name=\"revision\" value=\"([0-9]+)\"");
  const std::vector<std::pair<std::string, std::string>> same = {{"title", "Mentorforløb med en erfaren leder"},
                                                                 {"kind", "mentor"},
                                                                 {"starts_on", domain::FormatIsoDate(DayFromToday(10))},
                                                                 {"ends_on", ""},
                                                                 {"status", "i-gang"},
                                                                 {"description", ""}};
  auto fields = same;
  fields.emplace_back("_csrf", sara.csrf_token());
  fields.emplace_back("revision", edit_revision);
  ASSERT_EQ(sara.PostForm(edit, fields).status, 303);
  EXPECT_THAT(sara.Get(plan).body, Not(HasSubstr("Ændringer, efter planen blev aftalt")));
  form = sara.Get(edit);
  fields = same;
  fields[4].second = "gennemfoert";
  fields.emplace_back("_csrf", sara.csrf_token());
  fields.emplace_back("revision", FirstMatch(form.body, "name=\"revision\" value=\"([0-9]+)\""));
  ASSERT_EQ(sara.PostForm(edit, fields).status, 303);
  page = sara.Get(plan);
  EXPECT_THAT(page.body, HasSubstr("personlig plan lagt"));
  EXPECT_THAT(page.body, HasSubstr("„Mentorforløb med en erfaren leder“ ændret: status fra I gang til Gennemført."));
  // The old revision again: 409, with what was typed kept.
  fields.back().second = edit_revision;
  fields[0].second = "Mentorforløb, nyt navn";
  const auto conflict = sara.PostForm(edit, fields);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_THAT(conflict.body, HasSubstr("value=\"Mentorforløb, nyt navn\""));
  const auto twice = lene.PostForm(
      plan + "/aftalt",
      {{"_csrf", lene.csrf_token()}, {"revision", FirstMatch(page.body, "name=\"revision\" value=\"([0-9]+)\"")}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(SignedInClient("olga@rm.test").Get(edit).status, 404);
}

}  // namespace
}  // namespace lp::testing
