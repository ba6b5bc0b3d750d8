// Globetrotter's cohorts and applications over HTTP, on both databases: Koncern HR's cohort form (bad
// input refused at the fields with what was typed kept, saved, opened and saved again unchanged, a stale
// revision 409), meetings and material, a leader applying, the leader's leader signing off, Koncern HR
// admitting, the cohort page listing the member; Koncern HR recording attendance at a meeting and the
// member's course days following it; the refusals (422 with Danish messages, 409 before a meeting's
// day, 404 for an application, a meeting or a cohort one may not see, 403 for forms of Koncern HR).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "app/notifications/calendar_service.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/programmes/meeting_reminders.hpp"
#include "domain/platform/danish_format.hpp"
#include "support/page_text.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// Region (Rita) ─ Aarhus Universitetshospital (Lene) ─ Hjertesygdomme (Nanna, leader since 2014),
// Øjensygdomme (Ib); Sara, a nurse in Hjertesygdomme; Koncern HR.
class Cohorts : public PortalTest {
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
        {"E3", "Nanna", "Nielsen", "nanna@rm.test", "Afdelingsleder", "AUH-KARD"},
        {"E4", "Ib", "Iversen", "ib@rm.test", "Afdelingsleder", "AUH-OEJE"},
        {"E5", "Sara", "Sørensen", "sara@rm.test", "Sygeplejerske", "AUH-KARD"},
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH-KARD", "E3", std::chrono::year{2014} / 2 / 1, domain::LeaderKind::Personaleleder},
        {"AUH-OEJE", "E4", std::chrono::year{2012} / 8 / 1, domain::LeaderKind::Personaleleder},
    };
    SeedOrganisation({units, people, leaderships});
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("nanna@rm.test", {Role::Leder}, "Nanna Nielsen");
    CreateUser("ib@rm.test", {Role::Leder}, "Ib Iversen");
    CreateUser("sara@rm.test", {Role::Medarbejder}, "Sara Sørensen");
    CreateUser("hr@rm.test", {Role::Hr}, "Koncern HR");
  }

  // Koncern HR creates an open cohort and returns its address.
  std::string CreateCohort(HttpClient& hr, const std::string& capacity = "12") {
    const auto saved = hr.PostForm("/udvikling/kohorter/ny", {{"_csrf", hr.csrf_token()},
                                                              {"name", "Globetrotter forår 2039"},
                                                              {"starts_on", "2039-03-01"},
                                                              {"ends_on", "2039-08-27"},
                                                              {"application_deadline", "2039-01-31"},
                                                              {"capacity", capacity},
                                                              {"description", "Seks mødegange.\nViborg og Aarhus."},
                                                              {"checklist", "Samtale med min leder\nAftale om tid"}});
    EXPECT_EQ(saved.status, 303) << saved.body;
    return saved.Header("location");
  }

  // Nanna applies with the checklist done, Lene signs off, Koncern HR admits.
  void AdmitNanna(HttpClient& hr, const std::string& cohort) {
    auto nanna = SignedInClient("nanna@rm.test");
    const auto sent = nanna.PostForm(
        cohort + "/ansoeg",
        {{"_csrf", nanna.csrf_token()}, {"motivation", "Jeg vil lære."}, {"done-1", "1"}, {"done-2", "1"}});
    ASSERT_EQ(sent.status, 303) << sent.body;
    const auto application = sent.Header("location");
    auto lene = SignedInClient("lene@rm.test");
    ASSERT_EQ(lene.PostForm(application + "/godkendelse",
                            {{"_csrf", lene.csrf_token()}, {"revision", "1"}, {"step", "signoff"}})
                  .status,
              303);
    ASSERT_EQ(
        hr.PostForm(application + "/afgoerelse", {{"_csrf", hr.csrf_token()}, {"revision", "2"}, {"step", "admit"}})
            .status,
        303);
  }

  // Koncern HR plans a meeting on the day (YYYY-MM-DD).
  static void AddMeeting(HttpClient& hr, const std::string& cohort, const std::string& day, const std::string& theme) {
    const auto added = hr.PostForm(cohort + "/moeder", {{"_csrf", hr.csrf_token()},
                                                        {"theme", theme},
                                                        {"day", day},
                                                        {"starts", "00:00"},
                                                        {"ends", "23:30"},
                                                        {"place", "Regionshuset Viborg"}});
    ASSERT_EQ(added.status, 303) << added.body;
  }
};

TEST_F(Cohorts, KoncernHrCreatesACohortAndBadInputIsRefusedAtTheFields) {
  auto hr = SignedInClient("hr@rm.test");
  const auto form = hr.Get("/udvikling/kohorter/ny");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("Jeg har talt med min egen leder")) << "the default checklist";
  const auto refused = hr.PostForm("/udvikling/kohorter/ny", {{"_csrf", hr.csrf_token()},
                                                              {"name", "Hold X"},
                                                              {"starts_on", "2039-03-01"},
                                                              {"ends_on", "2039-02-01"},
                                                              {"application_deadline", "2027-01-31"},
                                                              {"capacity", "tyve"},
                                                              {"description", "Linje 1\nLinje 2"},
                                                              {"checklist", ""}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Holdet skal slutte efter, det er begyndt."));
  EXPECT_THAT(refused.body, HasSubstr("id=\"ends_on-error\""));
  EXPECT_THAT(refused.body, HasSubstr("Skriv antallet af pladser som et helt tal fra 1 til 200."));
  EXPECT_THAT(refused.body, HasSubstr("Skriv mindst ét punkt i forberedelsen, ét pr. linje."));
  EXPECT_THAT(refused.body, HasSubstr("value=\"tyve\"")) << "what was typed is kept";
  EXPECT_THAT(refused.body, HasSubstr("Linje 1\nLinje 2"));

  const auto href = CreateCohort(hr);
  ASSERT_THAT(href, ::testing::MatchesRegex("/udvikling/kohorter/[0-9]+"));
  const auto page = hr.Get(href);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("01.03.2039–27.08.2039"));
  EXPECT_THAT(page.body, HasSubstr("0 af 12 pladser er besat"));
  EXPECT_THAT(page.body, HasSubstr("Seks mødegange.\nViborg og Aarhus."));

  // Opened and saved unchanged: nothing changes (line breaks included); a stale revision is 409.
  const auto edit = hr.Get(href + "/rediger");
  ASSERT_EQ(edit.status, 200);
  const auto revision = FirstMatch(edit.body, "name=\"revision\" value=\"([0-9]+)\"");
  ASSERT_EQ(revision, "1");
  EXPECT_THAT(edit.body, HasSubstr("Samtale med min leder\nAftale om tid"));
  std::vector<std::pair<std::string, std::string>> same = {{"_csrf", hr.csrf_token()},
                                                           {"revision", revision},
                                                           {"name", "Globetrotter forår 2039"},
                                                           {"starts_on", "2039-03-01"},
                                                           {"ends_on", "2039-08-27"},
                                                           {"application_deadline", "2039-01-31"},
                                                           {"capacity", "12"},
                                                           {"description", "Seks mødegange.\r\nViborg og Aarhus."},
                                                           {"checklist", "Samtale med min leder\r\nAftale om tid"}};
  EXPECT_EQ(hr.PostForm(href + "/rediger", same).status, 303);
  const auto again = hr.Get(href + "/rediger");
  EXPECT_THAT(again.body, HasSubstr("Seks mødegange.\nViborg og Aarhus."));
  const auto stale = hr.PostForm(href + "/rediger", same);
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Holdet er ændret af en anden"));

  // Meetings and material: refused at the fields, then added.
  const auto meeting = hr.PostForm(href + "/moeder", {{"_csrf", hr.csrf_token()},
                                                      {"theme", "Opstart"},
                                                      {"day", "2039-03-01"},
                                                      {"starts", "15:00"},
                                                      {"ends", "09:00"},
                                                      {"place", ""},
                                                      {"online_link", "http://usikker"}});
  EXPECT_EQ(meeting.status, 422);
  EXPECT_THAT(meeting.body, HasSubstr("Sluttidspunktet skal ligge efter starten."));
  EXPECT_THAT(meeting.body, HasSubstr("Skriv et link, der begynder med https://"));
  EXPECT_THAT(meeting.body, HasSubstr("value=\"http://usikker\""));
  EXPECT_EQ(hr.PostForm(href + "/moeder", {{"_csrf", hr.csrf_token()},
                                           {"theme", "Opstart"},
                                           {"day", "2039-03-01"},
                                           {"starts", "09:00"},
                                           {"ends", "15:30"},
                                           {"place", "Regionshuset Viborg"},
                                           {"notes", "Tag en case med."}})
                .status,
            303);
  EXPECT_EQ(hr.PostForm(href + "/materiale", {{"_csrf", hr.csrf_token()}, {"title", "Tom"}}).status, 422);
  EXPECT_EQ(hr.PostForm(href + "/materiale",
                        {{"_csrf", hr.csrf_token()}, {"title", "Læsestof"}, {"link", "https://rm.dk/laes"}})
                .status,
            303);
  const auto full = hr.Get(href);
  EXPECT_THAT(full.body, HasSubstr("01.03.2039 kl. 09:00–15:30"));
  EXPECT_THAT(full.body, HasSubstr("href=\"https://rm.dk/laes\""));

  auto sara = SignedInClient("sara@rm.test");
  EXPECT_EQ(sara.Get("/udvikling/kohorter/ny").status, 403);
  EXPECT_EQ(sara.Get(href + "/rediger").status, 403);
  EXPECT_EQ(sara.Get("/udvikling/kohorter/999999").status, 404);
  const auto public_page = sara.Get(href);
  EXPECT_EQ(public_page.status, 200);
  EXPECT_THAT(public_page.body, HasSubstr("Holdet er for ledere"));
  EXPECT_THAT(public_page.body, Not(HasSubstr("Tilføj et møde")));
  const auto list = sara.Get("/udvikling/kohorter");
  EXPECT_EQ(list.status, 200);
  EXPECT_THAT(list.body, HasSubstr("Globetrotter forår 2039"));
  EXPECT_THAT(list.body, HasSubstr("31.01.2039"));
}

TEST_F(Cohorts, ALeaderAppliesTheLeadersLeaderSignsOffAndKoncernHrAdmits) {
  auto hr = SignedInClient("hr@rm.test");
  const auto cohort = CreateCohort(hr, "1");
  auto nanna = SignedInClient("nanna@rm.test");
  const auto page = nanna.Get(cohort);
  ASSERT_THAT(page.body, HasSubstr("Søg om optagelse"));
  ASSERT_EQ(nanna.Get(cohort + "/ansoeg").status, 200);

  const auto empty = nanna.PostForm(
      cohort + "/ansoeg",
      {{"_csrf", nanna.csrf_token()}, {"motivation", ""}, {"done-1", "1"}, {"note-1", "Holdt 2. februar"}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_THAT(empty.body, HasSubstr("Skriv, hvorfor du søger, og hvad du vil arbejde med."));
  EXPECT_THAT(empty.body, HasSubstr("value=\"Holdt 2. februar\""));
  EXPECT_THAT(empty.body, HasSubstr("id=\"done-1\" name=\"done-1\" value=\"1\" class=\"form-checkbox\" checked"));

  const auto sent = nanna.PostForm(cohort + "/ansoeg", {{"_csrf", nanna.csrf_token()},
                                                        {"motivation", "Jeg vil lære.\nSammen med andre."},
                                                        {"done-1", "1"},
                                                        {"note-1", "Holdt 2. februar"}});
  ASSERT_EQ(sent.status, 303) << sent.body;
  const auto application = sent.Header("location");
  ASSERT_THAT(application, ::testing::MatchesRegex("/udvikling/ansoegninger/[0-9]+"));
  const auto twice = nanna.PostForm(cohort + "/ansoeg", {{"_csrf", nanna.csrf_token()}, {"motivation", "Igen"}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr("Du har allerede søgt om optagelse på holdet."));
  EXPECT_THAT(twice.body, HasSubstr("Igen")) << "what was typed is kept";
  const auto mine = nanna.Get(application);
  EXPECT_EQ(mine.status, 200);
  EXPECT_THAT(mine.body, HasSubstr("Venter på lederens godkendelse"));
  EXPECT_THAT(mine.body, HasSubstr("Jeg vil lære.\nSammen med andre."));
  EXPECT_THAT(mine.body, HasSubstr("Lene Leder"));

  // Others: 404; the employee may not apply.
  auto ib = SignedInClient("ib@rm.test");
  EXPECT_EQ(ib.Get(application).status, 404);
  EXPECT_EQ(ib.PostForm(application + "/godkendelse", {{"_csrf", ib.csrf_token()}, {"revision", "1"}}).status, 404);
  auto sara = SignedInClient("sara@rm.test");
  EXPECT_EQ(sara.Get(application).status, 404);
  EXPECT_EQ(sara.Get(cohort + "/ansoeg").status, 403);

  // Lene, the leader above Nanna, finds it in her list; the checklist is not complete.
  auto lene = SignedInClient("lene@rm.test");
  const auto list = lene.Get("/udvikling/ansoegninger");
  EXPECT_THAT(list.body, HasSubstr("Nanna Nielsen"));
  const auto incomplete = lene.PostForm(application + "/godkendelse",
                                        {{"_csrf", lene.csrf_token()}, {"revision", "1"}, {"step", "signoff"}});
  EXPECT_EQ(incomplete.status, 422);
  EXPECT_THAT(incomplete.body, HasSubstr("Alle punkter i forberedelsen skal være krydset af"));
  EXPECT_THAT(incomplete.body, HasSubstr("href=\"#checklist\""));
  const auto no_comment = lene.PostForm(application + "/godkendelse",
                                        {{"_csrf", lene.csrf_token()}, {"revision", "1"}, {"step", "return"}});
  EXPECT_EQ(no_comment.status, 422);
  EXPECT_THAT(no_comment.body, HasSubstr("Skriv, hvad ansøgeren skal ændre eller gøre færdigt."));
  ASSERT_EQ(lene.PostForm(application + "/godkendelse", {{"_csrf", lene.csrf_token()},
                                                         {"revision", "1"},
                                                         {"step", "return"},
                                                         {"comment", "Aftal tiden med mig."}})
                .status,
            303);
  const auto stale = lene.PostForm(application + "/godkendelse",
                                   {{"_csrf", lene.csrf_token()}, {"revision", "1"}, {"step", "signoff"}});
  EXPECT_EQ(stale.status, 409);

  // Nanna sees the comment, changes and sends it again; Lene signs off.
  const auto returned = nanna.Get(application);
  EXPECT_THAT(returned.body, HasSubstr("Aftal tiden med mig."));
  const auto again_form = nanna.Get(cohort + "/ansoeg");
  ASSERT_EQ(again_form.status, 200);
  const auto revision = FirstMatch(again_form.body, "name=\"revision\" value=\"([0-9]+)\"");
  ASSERT_EQ(revision, "2");
  EXPECT_THAT(again_form.body, HasSubstr("Jeg vil lære.\nSammen med andre."));
  ASSERT_EQ(nanna
                .PostForm(cohort + "/ansoeg", {{"_csrf", nanna.csrf_token()},
                                               {"revision", revision},
                                               {"motivation", "Jeg vil lære.\nSammen med andre."},
                                               {"done-1", "1"},
                                               {"done-2", "1"},
                                               {"note-2", "Aftalt"}})
                .status,
            303);
  ASSERT_EQ(lene.PostForm(application + "/godkendelse",
                          {{"_csrf", lene.csrf_token()}, {"revision", "3"}, {"step", "signoff"}})
                .status,
            303);

  // Koncern HR admits; the cohort page lists Nanna with her unit.
  const auto decide = hr.Get(application);
  EXPECT_THAT(decide.body, HasSubstr("Optag på holdet"));
  ASSERT_EQ(hr.PostForm(application + "/afgoerelse", {{"_csrf", hr.csrf_token()}, {"revision", "4"}, {"step", "admit"}})
                .status,
            303);
  const auto members = hr.Get(cohort);
  EXPECT_THAT(members.body,
              HasSubstr("<td data-label=\"Navn\">Nanna Nielsen</td><td data-label=\"Enhed\">Hjertesygdomme</td>"));
  EXPECT_THAT(members.body, HasSubstr("1 af 1 pladser er besat; holdet er fuldt"));
  EXPECT_THAT(nanna.Get(cohort).body, HasSubstr("Nanna Nielsen</td>")) << "members see the members";
  EXPECT_THAT(ib.Get(cohort).body, Not(HasSubstr("Nanna Nielsen"))) << "others do not";
  EXPECT_THAT(nanna.Get("/min-udvikling").body, HasSubstr("Globetrotter"));

  // The cohort is full: Ib's signed-off application cannot be admitted.
  const auto ib_sent = ib.PostForm(cohort + "/ansoeg", {{"_csrf", ib.csrf_token()}, {"motivation", "Også mig."}});
  EXPECT_EQ(ib_sent.status, 409);
  EXPECT_THAT(ib_sent.body, HasSubstr("Holdet er fuldt"));
  EXPECT_EQ(nanna.PostForm(application + "/afgoerelse", {{"_csrf", nanna.csrf_token()}, {"revision", "5"}}).status,
            403);
}

TEST_F(Cohorts, KoncernHrRecordsAttendanceFromTheMeetingsDayAndItCountsAsACourseDay) {
  auto hr = SignedInClient("hr@rm.test");
  const auto cohort = CreateCohort(hr);
  AdmitNanna(hr, cohort);
  const auto today =
      domain::ToCopenhagenTime(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()))
          .date;
  AddMeeting(hr, cohort, domain::FormatIsoDate(today), "Opstart i dag");
  AddMeeting(hr, cohort, "2039-03-01", "Et møde, der kommer");

  // The participant table of each meeting; forms only for today's (not printed).
  const auto page = hr.Get(cohort);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Deltagere og fremmøde"));
  EXPECT_THAT(page.body, HasSubstr("Fremmødet kan registreres fra mødets dag."));
  EXPECT_THAT(page.body, HasSubstr("aria-label=\"Fremmøde for Nanna Nielsen den " + domain::FormatDate(today) + "\""));
  EXPECT_THAT(page.body, Not(HasSubstr("Fremmøde for Nanna Nielsen den 01.03.2039")));
  EXPECT_THAT(page.body, HasSubstr("class=\"portal-inline-form d-print-none\""));
  EXPECT_THAT(page.body, HasSubstr("<td data-label=\"Fremmøde\"><span class=\"\">Ikke registreret</span>"));
  const auto person = FirstMatch(page.body, "name=\"person\" value=\"([0-9]+)\"");
  ASSERT_FALSE(person.empty());
  const auto meeting = FirstMatch(page.body, "action=\"(/udvikling/kohorter/[0-9]+/moeder/[0-9]+/fremmoede)\"");
  ASSERT_FALSE(meeting.empty());
  const auto slet = FirstMatch(page.body,
                               "action=\"(/udvikling/kohorter/[0-9]+/moeder/[0-9]+)/slet\"[^>]*>"
                               "<input[^>]*><button[^>]*aria-label=\"Slet mødet Et møde, der kommer\"");
  ASSERT_FALSE(slet.empty());
  const auto future = slet + "/fremmoede";

  // Refusals: an unknown choice 422 (the choice kept, the message at the table), before the day 409,
  // someone not admitted 422, an unknown meeting or cohort 404, not Koncern HR 403.
  const auto bad = hr.PostForm(meeting, {{"_csrf", hr.csrf_token()}, {"person", person}, {"attendance", "tilstede"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_THAT(bad.body, HasSubstr("Vælg mødt, udeblevet eller afmeldt i tide."));
  EXPECT_THAT(bad.body, HasSubstr("aria-invalid=\"true\" aria-describedby=\"fremmoede-fejl-"));
  const auto early = hr.PostForm(future, {{"_csrf", hr.csrf_token()}, {"person", person}, {"attendance", "moedt"}});
  EXPECT_EQ(early.status, 409);
  EXPECT_THAT(early.body, HasSubstr("Fremmødet kan først registreres på mødets dag, 01.03.2039."));
  const auto ib_id = std::to_string(std::stoll(person) + 1);  // Ib: a person, not a member
  const auto outsider = hr.PostForm(meeting, {{"_csrf", hr.csrf_token()}, {"person", ib_id}, {"attendance", "moedt"}});
  EXPECT_EQ(outsider.status, 422);
  EXPECT_THAT(outsider.body, HasSubstr("er ikke optaget på holdet, så fremmødet kan ikke registreres."));
  EXPECT_EQ(hr.PostForm(cohort + "/moeder/999999/fremmoede",
                        {{"_csrf", hr.csrf_token()}, {"person", person}, {"attendance", "moedt"}})
                .status,
            404);
  EXPECT_EQ(hr.PostForm("/udvikling/kohorter/999999/moeder/1/fremmoede",
                        {{"_csrf", hr.csrf_token()}, {"person", person}, {"attendance", "moedt"}})
                .status,
            404);
  auto nanna = SignedInClient("nanna@rm.test");
  EXPECT_EQ(
      nanna.PostForm(meeting, {{"_csrf", nanna.csrf_token()}, {"person", person}, {"attendance", "moedt"}}).status,
      403);
  EXPECT_THAT(nanna.Get(cohort).body, HasSubstr("Dit fremmøde er ikke registreret endnu."));

  // Recorded: HR sees it in the table, Nanna her own, and it is one of her six course days.
  const auto saved = hr.PostForm(meeting, {{"_csrf", hr.csrf_token()}, {"person", person}, {"attendance", "moedt"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("location"), cohort);
  const auto after = hr.Get(cohort);
  EXPECT_THAT(after.body, HasSubstr("<td data-label=\"Fremmøde\"><span class=\"d-none d-print-inline\">Mødt</span>"))
      << "the text only in print: on screen the form shows the choice";
  EXPECT_THAT(after.body, HasSubstr("<option value=\"moedt\" selected>Mødt</option>"));
  const auto own = nanna.Get(cohort);
  EXPECT_THAT(own.body, HasSubstr("Dit fremmøde: <strong>Mødt</strong>"));
  EXPECT_THAT(own.body, HasSubstr("Du er registreret som mødt til 1 af 2 møder."));
  EXPECT_THAT(own.body, Not(HasSubstr("Deltagere og fremmøde"))) << "the table is for Koncern HR";
  EXPECT_THAT(nanna.Get("/min-udvikling").body, HasSubstr("1 af 6 kursusdage"));
  // The cohort's meetings are in its members' calendar feeds, and in no one else's.
  const auto events_of = [&](const std::string& email) {
    domain::User user;
    user.email = email;
    user.roles = {Role::Leder};
    return portal().services().Get<app::CalendarService>().EventsFor(user);
  };
  const auto events = events_of("nanna@rm.test");
  ASSERT_EQ(events.size(), 2U);
  EXPECT_THAT(events.front().description, HasSubstr("Globetrotter: møde på holdet "));
  EXPECT_THAT(events.front().url, HasSubstr("/udvikling/kohorter/"));
  EXPECT_TRUE(events_of("ib@rm.test").empty());
  // The day before the coming meeting (01.03.2039) the admitted member is reminded, once.
  const auto before = *domain::CopenhagenMidnight(std::chrono::year{2039} / 2 / 28);
  EXPECT_EQ(app::SendMeetingReminders(portal().store(), portal().organisation(), before, std::chrono::hours{72}),
            "1 påmindelse om møder");
  EXPECT_EQ(app::SendMeetingReminders(portal().store(), portal().organisation(), before, std::chrono::hours{72}),
            "0 påmindelser om møder");
  ASSERT_EQ(hr.PostForm(meeting, {{"_csrf", hr.csrf_token()}, {"person", person}, {"attendance", "udeblevet"}}).status,
            303);
  EXPECT_THAT(nanna.Get("/min-udvikling").body, HasSubstr("0 af 6 kursusdage"));
  EXPECT_THAT(nanna.Get(cohort).body, HasSubstr("Dit fremmøde: <strong>Udeblevet</strong>"));
}

}  // namespace
}  // namespace lp::testing
