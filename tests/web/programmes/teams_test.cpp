// The Rejsefæller teams over HTTP, on both databases: the offering job run as the scheduler runs it;
// HR's list and the team's page for its members, the leader above and Koncern HR, 404 for anyone
// else; the answer to the offer (a no without a reason refused at the field, a stale revision 409,
// accepting twice 409); the plan's meetings with bad input refused at the fields with what was typed
// kept, a meeting saved unchanged changing nothing (line breaks kept), held on its day and counted as
// a sparring session, refused when held in the future; Koncern HR's consultant form.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "app/notifications/calendar_service.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/platform/jobs.hpp"
#include "app/programmes/meeting_reminders.hpp"
#include "domain/platform/danish_format.hpp"
#include "support/page_text.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// Region Midtjylland (Rita) ─ Aarhus Universitetshospital (Lene) ─ Hjertesygdomme (Nanna, a new
// leader, and Ole, leader of many years: a new shared leadership) and Øjensygdomme (Ib alone).
class Teams : public PortalTest {
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
        {"E3", "Nanna", "Ny", "nanna@rm.test", "Ledende overlæge", "AUH-KARD"},
        {"E4", "Ole", "Olsen", "ole@rm.test", "Oversygeplejerske", "AUH-KARD"},
        {"E5", "Ib", "Iversen", "ib@rm.test", "Afdelingsleder", "AUH-OEJE"},
        {"E6", "Sara", "Sørensen", "sara@rm.test", "Sygeplejerske", "AUH-KARD"},
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH-KARD", "E3", DayFromToday(-100), domain::LeaderKind::KliniskLeder},
        {"AUH-KARD", "E4", std::chrono::year{2014} / 8 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH-OEJE", "E5", std::chrono::year{2012} / 8 / 1, domain::LeaderKind::Personaleleder},
    };
    SeedOrganisation({units, people, leaderships});
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("nanna@rm.test", {Role::Leder}, "Nanna Ny");
    CreateUser("ole@rm.test", {Role::Leder}, "Ole Olsen");
    CreateUser("ib@rm.test", {Role::Leder}, "Ib Iversen");
    CreateUser("sara@rm.test", {Role::Medarbejder}, "Sara Sørensen");
    CreateUser("hr@rm.test", {Role::Hr}, "Koncern HR");
  }

  std::string RunOffers() {
    const auto* job = portal().jobs().Find("rejsefaeller-tilbud");
    EXPECT_NE(job, nullptr);
    if (job == nullptr) return "";
    const auto outcome = app::RunJob(portal().store(), *job, "test", app::JobStart::Manual, app::SystemNow);
    EXPECT_TRUE(outcome.ok) << outcome.detail;
    return outcome.detail;
  }

  // The job run and the team's address, from HR's list.
  std::string OfferedTeam() {
    EXPECT_EQ(RunOffers(), "1 hold tilbudt Rejsefæller");
    auto hr = SignedInClient("hr@rm.test");
    const auto list = hr.Get("/udvikling/hold");
    EXPECT_EQ(list.status, 200);
    return FirstMatch(list.body, "href=\"(/udvikling/hold/[0-9]+)\">Lederparret i Hjertesygdomme<");
  }

  static std::string Revision(const std::string& body) {
    return FirstMatch(body, "name=\"revision\" value=\"([0-9]+)\"");
  }

  // Accepts the offer as Nanna; returns her client.
  HttpClient Accepted(const std::string& team) {
    auto nanna = SignedInClient("nanna@rm.test");
    const auto page = nanna.Get(team);
    const auto accepted =
        nanna.PostForm(team + "/ja", {{"_csrf", nanna.csrf_token()}, {"revision", Revision(page.body)}});
    EXPECT_EQ(accepted.status, 303);
    return nanna;
  }
};

TEST_F(Teams, TheJobOffersTheTeamAndItsPageIsForItsMembersTheLeadersAboveAndHrOnly) {
  const auto team = OfferedTeam();
  ASSERT_FALSE(team.empty());
  EXPECT_EQ(RunOffers(), "0 hold tilbudt Rejsefæller") << "running it twice offers nothing twice";

  auto hr = SignedInClient("hr@rm.test");
  const auto list = hr.Get("/udvikling/hold");
  EXPECT_THAT(list.body, HasSubstr("Nanna Ny, Ole Olsen"));
  EXPECT_THAT(list.body, HasSubstr("Ikke tildelt"));
  EXPECT_THAT(list.body, HasSubstr("Tilbyd et hold"));
  EXPECT_EQ(hr.Get("/udvikling/hold?status=aktiv").body.find("Lederparret i Hjertesygdomme"), std::string::npos);
  EXPECT_EQ(hr.Get("/udvikling/hold?status=ukendt").status, 404);

  auto nanna = SignedInClient("nanna@rm.test");
  const auto page = nanna.Get(team);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Lederparret i Hjertesygdomme</h1>"));
  EXPECT_THAT(page.body, HasSubstr("href=\"/organisation/enheder/"));
  EXPECT_THAT(page.body, HasSubstr("Vi vil gerne deltage"));
  EXPECT_THAT(page.body, HasSubstr("Ole Olsen"));
  EXPECT_THAT(page.body, HasSubstr("Leder af ledere siden 01.08.2014"));
  EXPECT_THAT(page.body, HasSubstr("Koncern HR har endnu ikke tildelt en konsulent."));
  EXPECT_THAT(page.body, Not(HasSubstr("For Koncern HR")));
  EXPECT_EQ(nanna.Get("/udvikling/hold").status, 403) << "the list is HR's";
  const auto mine = nanna.Get("/min-udvikling").body;  // the team is under Rejsefæller in Min udvikling
  EXPECT_THAT(mine, HasSubstr("<h2 id=\"rejsefaeller\">Rejsefæller</h2>"));
  EXPECT_THAT(mine, HasSubstr(">Lederparret i Hjertesygdomme</a>"));

  auto lene = SignedInClient("lene@rm.test");
  const auto above = lene.Get(team);
  EXPECT_EQ(above.status, 200) << "the leader above";
  EXPECT_THAT(above.body, Not(HasSubstr("Vi vil gerne deltage")));
  EXPECT_EQ(SignedInClient("ib@rm.test").Get(team).status, 404);
  EXPECT_EQ(SignedInClient("sara@rm.test").Get(team).status, 404);
  EXPECT_EQ(nanna.Get("/udvikling/hold/999999").status, 404);
  auto ib = SignedInClient("ib@rm.test");
  ib.Get("/udvikling");
  EXPECT_EQ(ib.PostForm(team + "/ja", {{"_csrf", ib.csrf_token()}, {"revision", "1"}}).status, 404);
  const auto hr_page = hr.Get(team);
  EXPECT_THAT(hr_page.body, HasSubstr("For Koncern HR"));
}

TEST_F(Teams, ANoNeedsAReasonAStaleRevisionIsAConflictAndAcceptingTwiceToo) {
  const auto team = OfferedTeam();
  auto nanna = SignedInClient("nanna@rm.test");
  const auto page = nanna.Get(team);
  const auto revision = Revision(page.body);
  const auto no_reason =
      nanna.PostForm(team + "/nej", {{"_csrf", nanna.csrf_token()}, {"revision", revision}, {"reason", "  "}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_THAT(no_reason.body, HasSubstr("id=\"reason-error\""));
  EXPECT_THAT(no_reason.body, HasSubstr("Skriv kort, hvorfor I takker nej, så Koncern HR kan følge op."));
  EXPECT_THAT(no_reason.body, HasSubstr("aria-describedby="));

  const auto stale = nanna.PostForm(team + "/ja", {{"_csrf", nanna.csrf_token()}, {"revision", "9"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("ændret af en anden"));
  const auto accepted = nanna.PostForm(team + "/ja", {{"_csrf", nanna.csrf_token()}, {"revision", revision}});
  EXPECT_EQ(accepted.status, 303);
  EXPECT_EQ(accepted.Header("location"), team);
  auto ole = SignedInClient("ole@rm.test");
  ole.Get(team);
  const auto twice = ole.PostForm(team + "/ja", {{"_csrf", ole.csrf_token()}, {"revision", revision}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr("Holdet har allerede sagt ja til tilbuddet."));
  const auto after = ole.Get(team);
  EXPECT_THAT(after.body, HasSubstr("0 af 4 sparringer"));
  EXPECT_THAT(after.body, HasSubstr("Planlæg et møde"));
  EXPECT_THAT(after.body, Not(HasSubstr("Vi vil gerne deltage")));
}

TEST_F(Teams, TheSharedPlanRefusesBadMeetingsKeepsWhatWasTypedAndCountsHeldMeetings) {
  const auto team = OfferedTeam();
  auto nanna = Accepted(team);
  ASSERT_EQ(nanna.Get(team + "/moeder/ny").status, 200);
  const auto yesterday = domain::FormatIsoDate(DayFromToday(-1));
  const auto bad = nanna.PostForm(team + "/moeder/ny", {{"_csrf", nanna.csrf_token()},
                                                        {"day", yesterday},
                                                        {"starts", "15:00"},
                                                        {"ends", "13:00"},
                                                        {"place", "Afdelingens mødelokale"},
                                                        {"theme", ""},
                                                        {"notes", "Første linje\nanden linje"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_THAT(bad.body, HasSubstr("Datoen er overstået. Vælg en dag fra i dag og frem."));
  EXPECT_THAT(bad.body, HasSubstr("Sluttidspunktet skal ligge efter starten."));
  EXPECT_THAT(bad.body, HasSubstr("Skriv mødets tema."));
  EXPECT_THAT(bad.body, HasSubstr("id=\"theme-error\""));
  EXPECT_THAT(bad.body, HasSubstr("value=\"Afdelingens mødelokale\"")) << "what was typed is kept";
  EXPECT_THAT(bad.body, HasSubstr("Første linje\nanden linje"));

  const auto today = domain::FormatIsoDate(DayFromToday(0));
  const auto added =
      nanna.PostForm(team + "/moeder/ny", {{"_csrf", nanna.csrf_token()},
                                           {"day", today},
                                           {"starts", "00:00"},
                                           {"ends", "01:00"},
                                           {"place", "Afdelingens mødelokale"},
                                           {"theme", "Roller og ansvar"},
                                           {"notes", "Vi aftalte:\r\n- arbejdsdeling\r\n\r\n- næste møde"}});
  ASSERT_EQ(added.status, 303);
  auto page = nanna.Get(team);
  const auto meeting = FirstMatch(page.body, "href=\"(/udvikling/hold/[0-9]+/moeder/[0-9]+)/rediger\"");
  ASSERT_FALSE(meeting.empty());
  EXPECT_THAT(page.body, HasSubstr("Vi aftalte:\n- arbejdsdeling\n\n- næste møde"));

  // Open the form and save it unchanged: nothing changes (the revision stays).
  const auto form = nanna.Get(meeting + "/rediger");
  ASSERT_EQ(form.status, 200);
  const auto revision = Revision(form.body);
  EXPECT_EQ(revision, "1");
  const std::string notes = FirstMatch(form.body, "<textarea[^>]*name=\"notes\"[^>]*>\\n?([^<]*)</textarea>");
  EXPECT_EQ(notes, "Vi aftalte:\n- arbejdsdeling\n\n- næste møde");
  const auto unchanged = nanna.PostForm(meeting + "/rediger", {{"_csrf", nanna.csrf_token()},
                                                               {"revision", revision},
                                                               {"day", today},
                                                               {"starts", "00:00"},
                                                               {"ends", "01:00"},
                                                               {"place", "Afdelingens mødelokale"},
                                                               {"online_link", ""},
                                                               {"theme", "Roller og ansvar"},
                                                               {"notes", notes},
                                                               {"status", "planlagt"}});
  EXPECT_EQ(unchanged.status, 303);
  EXPECT_EQ(Revision(nanna.Get(meeting + "/rediger").body), "1") << "saved unchanged, nothing changed";

  const auto stale = nanna.PostForm(meeting + "/rediger", {{"_csrf", nanna.csrf_token()},
                                                           {"revision", "7"},
                                                           {"day", today},
                                                           {"starts", "00:00"},
                                                           {"ends", "01:00"},
                                                           {"place", "Et andet lokale"},
                                                           {"theme", "Roller og ansvar"},
                                                           {"notes", notes},
                                                           {"status", "planlagt"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("value=\"Et andet lokale\""));

  page = nanna.Get(team);
  const auto held =
      nanna.PostForm(meeting + "/status", {{"_csrf", nanna.csrf_token()}, {"revision", "1"}, {"status", "afholdt"}});
  EXPECT_EQ(held.status, 303);
  page = nanna.Get(team);
  EXPECT_THAT(page.body, HasSubstr("1 møde afholdt"));
  EXPECT_THAT(page.body, HasSubstr("1 af 4 sparringer"));

  // A meeting next week cannot be held yet: the message at the status field.
  const auto next_week = domain::FormatIsoDate(DayFromToday(7));
  ASSERT_EQ(nanna
                .PostForm(team + "/moeder/ny", {{"_csrf", nanna.csrf_token()},
                                                {"day", next_week},
                                                {"starts", "13:00"},
                                                {"ends", "15:00"},
                                                {"place", "Online"},
                                                {"theme", "Beslutninger"}})
                .status,
            303);
  page = nanna.Get(team);
  const auto later = FirstMatch(
      page.body, "href=\"(/udvikling/hold/[0-9]+/moeder/[0-9]+)/rediger\"[^<]*<span class=\"sr-only\"> – [a-zæøå]+ " +
                     domain::FormatDate(DayFromToday(7)));
  ASSERT_FALSE(later.empty());
  const auto early =
      nanna.PostForm(later + "/status", {{"_csrf", nanna.csrf_token()}, {"revision", "1"}, {"status", "afholdt"}});
  EXPECT_EQ(early.status, 422);
  EXPECT_THAT(early.body, HasSubstr("id=\"status-error\""));
  EXPECT_THAT(early.body,
              HasSubstr("Mødet kan først markeres som afholdt på dagen, " + domain::FormatDate(DayFromToday(7)) + "."));
  EXPECT_THAT(nanna.Get(team).body, HasSubstr("1 af 4 sparringer")) << "nothing written";

  // The team's meetings are in its members' calendar feeds, and in no one else's.
  const auto events_of = [&](const std::string& email) {
    domain::User user;
    user.email = email;
    user.roles = {Role::Leder};
    return portal().services().Get<app::CalendarService>().EventsFor(user);
  };
  const auto events = events_of("nanna@rm.test");
  ASSERT_EQ(events.size(), 2U);
  EXPECT_EQ(events.back().summary, "Beslutninger");
  EXPECT_THAT(events.back().description, HasSubstr("Rejsefæller: møde i Lederparret i Hjertesygdomme."));
  EXPECT_THAT(events.back().url, HasSubstr("/udvikling/hold/"));
  EXPECT_TRUE(events_of("ib@rm.test").empty());
  // Two days before the coming meeting both members are reminded, once.
  const auto before = *domain::CopenhagenMidnight(DayFromToday(5));
  EXPECT_EQ(app::SendMeetingReminders(portal().store(), portal().organisation(), before, std::chrono::hours{72}),
            "2 påmindelser om møder");
  EXPECT_EQ(app::SendMeetingReminders(portal().store(), portal().organisation(), before + std::chrono::hours{1},
                                      std::chrono::hours{72}),
            "0 påmindelser om møder");
  EXPECT_THAT(nanna.Get("/beskeder").body, HasSubstr("Beslutninger"));

  auto ib = SignedInClient("ib@rm.test");
  ib.Get("/udvikling");
  EXPECT_EQ(ib.Get(team + "/moeder/ny").status, 404);
  EXPECT_EQ(
      ib.PostForm(meeting + "/status", {{"_csrf", ib.csrf_token()}, {"revision", "2"}, {"status", "aflyst"}}).status,
      404);
}

TEST_F(Teams, KoncernHrAssignsTheConsultantAndCompletesTheTeam) {
  const auto team = OfferedTeam();
  auto hr = SignedInClient("hr@rm.test");
  const auto form = hr.Get(team + "/rediger");
  ASSERT_EQ(form.status, 200);
  EXPECT_EQ(SignedInClient("nanna@rm.test").Get(team + "/rediger").status, 403);
  const auto bad = hr.PostForm(team + "/rediger", {{"_csrf", hr.csrf_token()},
                                                   {"revision", Revision(form.body)},
                                                   {"name", "Lederparret i Hjertesygdomme"},
                                                   {"consultant_name", "Birgitte Lund"},
                                                   {"consultant_email", "ikke-en-adresse"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_THAT(bad.body, HasSubstr("Skriv en gyldig e-mailadresse"));
  EXPECT_THAT(bad.body, HasSubstr("value=\"Birgitte Lund\""));
  const auto saved = hr.PostForm(team + "/rediger", {{"_csrf", hr.csrf_token()},
                                                     {"revision", Revision(form.body)},
                                                     {"name", "Lederparret i Hjertesygdomme"},
                                                     {"consultant_name", "Birgitte Lund"},
                                                     {"consultant_email", "birgitte.lund@rm.test"}});
  EXPECT_EQ(saved.status, 303);
  const auto stale = hr.PostForm(team + "/rediger", {{"_csrf", hr.csrf_token()},
                                                     {"revision", Revision(form.body)},
                                                     {"name", "Et andet navn"},
                                                     {"consultant_name", ""},
                                                     {"consultant_email", ""}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("value=\"Et andet navn\""));
  EXPECT_THAT(hr.Get("/udvikling/hold").body, HasSubstr("Birgitte Lund"));

  Accepted(team);
  const auto page = hr.Get(team);
  EXPECT_THAT(page.body, HasSubstr("Afslut holdets forløb"));
  const auto completed = hr.PostForm(team + "/afslut", {{"_csrf", hr.csrf_token()}, {"revision", Revision(page.body)}});
  EXPECT_EQ(completed.status, 303);
  const auto after = SignedInClient("nanna@rm.test").Get(team);
  EXPECT_THAT(after.body, HasSubstr("Afsluttet"));
  EXPECT_THAT(after.body, Not(HasSubstr("Planlæg et møde")));

  const auto offer = hr.PostForm("/udvikling/hold/tilbyd", {{"_csrf", hr.csrf_token()}, {"unit", "AUH-OEJE"}});
  EXPECT_EQ(offer.status, 422);
  EXPECT_THAT(offer.body, HasSubstr("Øjensygdomme har kun én aktiv leder"));
  EXPECT_THAT(offer.body, HasSubstr("value=\"AUH-OEJE\""));
}

}  // namespace
}  // namespace lp::testing
