// The programmes over HTTP, on both databases: the catalogue everyone reads, Koncern HR's form (bad
// input refused with Danish messages at the fields, a programme saved, opened and saved again
// unchanged), the automatic enrolment of new leaders in Ledervejen and "Min udvikling" with the
// status against the requirements, for the leader and for the leader above.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "app/notifications/calendar_service.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/platform/jobs.hpp"
#include "app/programmes/programme_repository.hpp"
#include "domain/platform/danish_format.hpp"
#include "support/page_text.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// Region Midtjylland (Rita, leader since 2015) ─ Aarhus Universitetshospital (Lene, since 2019)
//   ─ Hjertesygdomme (Nanna, a new leader since 200 days ago) and Øjensygdomme (Ib, leader of many
//   years who took on this unit 100 days ago).
class Programmes : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {
        {"RM", "Region Midtjylland", "", domain::UnitKind::Region},
        {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital},
        {"AUH-KARD", "Hjertesygdomme", "AUH", domain::UnitKind::Department},
        {"AUH-OEJE", "Øjensygdomme", "AUH", domain::UnitKind::Department},
        {"AUH-HUD", "Hudsygdomme", "AUH", domain::UnitKind::Department},
    };
    const std::vector<app::PersonRow> people = {
        {"E1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E2", "Lene", "Leder", "lene@rm.test", "Hospitalsdirektør", "AUH"},
        {"E3", "Nanna", "Ny", "nanna@rm.test", "Afdelingsleder", "AUH-KARD"},
        {"E4", "Ib", "Iversen", "ib@rm.test", "Afdelingsleder", "AUH-OEJE"},
        {"E5", "Sara", "Sørensen", "sara@rm.test", "Sygeplejerske", "AUH-KARD"},
    };
    new_since_ = DayFromToday(-200);
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH-KARD", "E3", new_since_, domain::LeaderKind::KliniskLeder},
        {"AUH-HUD", "E4", std::chrono::year{2012} / 8 / 1, domain::LeaderKind::Personaleleder},
        {"AUH-OEJE", "E4", DayFromToday(-100), domain::LeaderKind::Personaleleder},
    };
    SeedOrganisation({units, people, leaderships});
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("nanna@rm.test", {Role::Leder}, "Nanna Ny");
    CreateUser("ib@rm.test", {Role::Leder}, "Ib Iversen");
    CreateUser("sara@rm.test", {Role::Medarbejder}, "Sara Sørensen");
    CreateUser("hr@rm.test", {Role::Hr}, "Koncern HR");
  }

  std::string RunEnrolment() {
    const auto* job = portal().jobs().Find("ledervejen-tilmelding");
    EXPECT_NE(job, nullptr);
    if (job == nullptr) return "";
    const auto outcome = app::RunJob(portal().store(), *job, "test", app::JobStart::Manual, app::SystemNow);
    EXPECT_TRUE(outcome.ok) << outcome.detail;
    return outcome.detail;
  }

  std::chrono::year_month_day new_since_;
};

TEST_F(Programmes, EveryoneReadsTheCatalogueAndOnlyKoncernHrMaintainsIt) {
  auto sara = SignedInClient("sara@rm.test");
  const auto catalogue = sara.Get("/udvikling");
  ASSERT_EQ(catalogue.status, 200);
  for (const auto* name :
       {"Ledervejen", "Rejsefæller", "Globetrotter", "Explorer", "Faciliteringsledelse", "Alkymisten", "Matterhorn"}) {
    EXPECT_THAT(catalogue.body, HasSubstr(name));
  }
  EXPECT_THAT(catalogue.body, Not(HasSubstr("Nyt forløb")));
  const auto ledervejen = FirstMatch(catalogue.body, "href=\"(/udvikling/forloeb/[0-9]+)\">Ledervejen<");
  ASSERT_FALSE(ledervejen.empty());
  const auto page = sara.Get(ledervejen);
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("For at gennemføre forløbet: 12 kursusdage, 4 sparringer og 3 korte kurser."));
  EXPECT_THAT(page.body, Not(HasSubstr("Ret forløbet")));
  EXPECT_EQ(sara.Get("/udvikling/forloeb/ny").status, 403);
  EXPECT_EQ(sara.Get(ledervejen + "/rediger").status, 403);
  EXPECT_EQ(sara.Get("/udvikling/forloeb/999999").status, 404);
}

TEST_F(Programmes, KoncernHrSavesAProgrammeAndBadInputIsRefusedAtTheFields) {
  auto hr = SignedInClient("hr@rm.test");
  ASSERT_EQ(hr.Get("/udvikling/forloeb/ny").status, 200);
  const auto refused = hr.PostForm("/udvikling/forloeb/ny", {{"_csrf", hr.csrf_token()},
                                                             {"kind", "globetrotter"},
                                                             {"name", ""},
                                                             {"summary", "Et hold for erfarne ledere."},
                                                             {"target_group", "Erfarne ledere"},
                                                             {"krav-kursusdag", "seks"},
                                                             {"krav-sparring-klinisk_leder", "-1"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Skriv forløbets navn."));
  EXPECT_THAT(refused.body, HasSubstr("id=\"krav-kursusdag-error\""));
  EXPECT_THAT(refused.body, HasSubstr("Skriv et helt tal fra 0 til 100."));
  EXPECT_THAT(refused.body, HasSubstr("value=\"seks\"")) << "what was typed is kept";
  EXPECT_THAT(refused.body, HasSubstr("Et hold for erfarne ledere."));

  const std::vector<std::pair<std::string, std::string>> fields = {
      {"kind", "globetrotter"},
      {"name", "Globetrotter, hold 2"},
      {"summary", "Et hold for erfarne ledere."},
      {"target_group", "Erfarne ledere\nAf medarbejdere eller af ledere"},
      {"purpose", "Læring sammen"},
      {"content", "- Forberedelse\n- Seks mødegange"},
      {"duration", "Et halvt år"},
      {"price", "Betales centralt"},
      {"contact", "Koncern HR"},
      {"open", "1"},
      {"krav-forberedelse", "3"},
      {"krav-kursusdag", "6"},
      {"krav-kursusdag-klinisk_leder", "4"}};
  auto form = fields;
  form.emplace_back("_csrf", hr.csrf_token());
  const auto saved = hr.PostForm("/udvikling/forloeb/ny", form);
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto href = saved.Header("location");
  const auto page = hr.Get(href);
  EXPECT_THAT(page.body, HasSubstr("Forløbet er gemt."));
  EXPECT_THAT(page.body, HasSubstr("For at gennemføre forløbet: 6 kursusdage og 3 forberedelsestrin."));
  EXPECT_THAT(page.body, HasSubstr("Kliniske ledere: 4 kursusdage og 3 forberedelsestrin."));
  EXPECT_THAT(page.body, HasSubstr("Erfarne ledere\nAf medarbejdere eller af ledere</dd>"));

  // Opened and saved again unchanged: the same programme.
  const auto edit = hr.Get(href + "/rediger");
  ASSERT_EQ(edit.status, 200);
  EXPECT_THAT(edit.body, HasSubstr("name=\"krav-kursusdag-klinisk_leder\" value=\"4\""));
  EXPECT_THAT(edit.body, HasSubstr("- Forberedelse\n- Seks mødegange</textarea>"));
  auto again = fields;
  again.emplace_back("_csrf", hr.csrf_token());
  again.emplace_back("revision", FirstMatch(edit.body, "name=\"revision\" value=\"([0-9]+)\""));
  ASSERT_EQ(hr.PostForm(href + "/rediger", again).status, 303);
  const auto unchanged = hr.Get(href + "/rediger");
  EXPECT_THAT(unchanged.body, HasSubstr("name=\"krav-kursusdag-klinisk_leder\" value=\"4\""));
  EXPECT_THAT(unchanged.body, HasSubstr("name=\"krav-forberedelse\" value=\"3\""));
  EXPECT_THAT(unchanged.body, HasSubstr("Erfarne ledere\nAf medarbejdere eller af ledere</textarea>"));

  // A stale revision is a conflict, with what was typed kept.
  auto stale = fields;
  stale[1].second = "Globetrotter, hold 3";
  stale.emplace_back("_csrf", hr.csrf_token());
  stale.emplace_back("revision", "1");
  const auto conflict = hr.PostForm(href + "/rediger", stale);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_THAT(conflict.body, HasSubstr("Globetrotter, hold 3"));
}

TEST_F(Programmes, NewLeadersAreEnrolledInLedervejenAndTheirStatusIsSeenByThemAndTheLeaderAbove) {
  EXPECT_EQ(RunEnrolment(), "1 ny leder tilmeldt Ledervejen") << "Nanna; not Ib, a leader since 2012";
  EXPECT_EQ(RunEnrolment(), "0 nye ledere tilmeldt Ledervejen") << "never twice";

  auto nanna = SignedInClient("nanna@rm.test");
  const auto mine = nanna.Get("/min-udvikling");
  ASSERT_EQ(mine.status, 200);
  const auto deadline = domain::FormatDate(domain::LedervejenDeadline(new_since_));
  EXPECT_THAT(mine.body, HasSubstr("0 af 12 kursusdage · 0 af 4 sparringer · 0 af 3 korte kurser · frist " + deadline));
  EXPECT_THAT(mine.body, HasSubstr("Tilmeldt automatisk som ny leder"));
  EXPECT_THAT(mine.body, HasSubstr("På vej"));
  EXPECT_THAT(mine.body, Not(HasSubstr("Ledervejen for lederne under dig"))) << "Nanna leads no leaders";
  // What to do next, from the status: nothing booked yet.
  EXPECT_THAT(mine.body, HasSubstr("<li>Tilmeld dig 12 kursusdage mere. <a href=\"/udvikling/forloeb/"));
  EXPECT_THAT(mine.body, HasSubstr("<li>Tilmeld dig 4 sparringer mere."));
  EXPECT_THAT(mine.body, Not(HasSubstr("Dine kommende sessioner"))) << "no seats yet";

  auto lene = SignedInClient("lene@rm.test");
  const auto chain = lene.Get("/min-udvikling");
  EXPECT_THAT(chain.body, HasSubstr("Du er ikke tilmeldt nogen forløb."));
  EXPECT_THAT(chain.body, HasSubstr("<td data-label=\"Leder\">Nanna Ny</td>"));
  EXPECT_THAT(chain.body, HasSubstr("0 af 12 kursusdage"));
  EXPECT_THAT(chain.body, Not(HasSubstr("Ib Iversen")));

  auto sara = SignedInClient("sara@rm.test");
  const auto employee = sara.Get("/min-udvikling");
  EXPECT_THAT(employee.body, HasSubstr("Du er ikke tilmeldt nogen forløb."));
  EXPECT_THAT(employee.body, Not(HasSubstr("Nanna Ny"))) << "an employee sees nobody else's programme";
  const auto ledervejen = FirstMatch(nanna.Get("/udvikling").body, "href=\"(/udvikling/forloeb/[0-9]+)\">Ledervejen<");
  EXPECT_THAT(nanna.Get(ledervejen).body, HasSubstr("Din status"));
}

app::ProgrammeId ProgrammeNamed(cli::PortalInstance& portal, std::string_view name) {
  return portal.store().Read([&](app::Transaction& tx) {
    for (const auto& programme : tx.Get<app::ProgrammeRepository>().Programmes()) {
      if (programme.fields.name == name) return programme.id;
    }
    return app::ProgrammeId{0};
  });
}

app::ProgrammeId Ledervejen(cli::PortalInstance& portal) { return ProgrammeNamed(portal, "Ledervejen"); }

domain::PersonId PersonOf(cli::PortalInstance& portal, std::string_view employee_no) {
  return portal.organisation().Current()->organisation.FindPersonByEmployeeNo(employee_no)->id;
}

TEST_F(Programmes, ASessionFillsUpTheNextWaitAndAFreedSeatGoesToTheFirstWaitingWhoIsTold) {
  RunEnrolment();  // Nanna
  const auto ledervejen = Ledervejen(portal());
  ASSERT_NE(ledervejen, 0);
  portal().store().Write([&](app::Transaction& tx) {
    auto& repository = tx.Get<app::ProgrammeRepository>();
    for (const auto* employee : {"E2", "E4"}) {  // Lene and Ib, enrolled by HR
      app::NewEnrollment enrollment;
      enrollment.programme = ledervejen;
      enrollment.person = PersonOf(portal(), employee);
      enrollment.enrolled_on = DayFromToday(-10);
      enrollment.deadline = DayFromToday(700);
      enrollment.at = app::SystemNow();
      repository.Enroll(enrollment);
    }
    return 0;
  });

  auto hr = SignedInClient("hr@rm.test");
  const auto form_path = "/udvikling/forloeb/" + std::to_string(ledervejen) + "/sessioner/ny";
  ASSERT_EQ(hr.Get(form_path).status, 200);
  const auto refused = hr.PostForm(form_path, {{"_csrf", hr.csrf_token()},
                                               {"kind", "forberedelse"},
                                               {"title", "Kursusdag 1"},
                                               {"day", domain::FormatIsoDate(DayFromToday(-1))},
                                               {"starts", "15:00"},
                                               {"ends", "09:00"},
                                               {"online_link", "http://moede.example"},
                                               {"capacity", "0"},
                                               {"registration_deadline", domain::FormatIsoDate(DayFromToday(20))},
                                               {"cancellation_deadline", domain::FormatIsoDate(DayFromToday(20))}});
  EXPECT_EQ(refused.status, 422);
  for (const auto* message :
       {"Vælg, om det er en kursusdag, en ledersparring eller et kort kursus.",
        "Datoen er overstået. Vælg en dag fra i dag og frem.", "Sluttidspunktet skal ligge efter starten.",
        "Skriv et link, der begynder med https://, eller lad feltet stå tomt.",
        "Skriv antallet af pladser som et helt tal fra 1 til 500."}) {
    EXPECT_THAT(refused.body, HasSubstr(message));
  }
  const auto created = hr.PostForm(form_path, {{"_csrf", hr.csrf_token()},
                                               {"kind", "kursusdag"},
                                               {"title", "Kursusdag 1: Ledelsesgrundlaget"},
                                               {"day", domain::FormatIsoDate(DayFromToday(30))},
                                               {"starts", "09:00"},
                                               {"ends", "15:30"},
                                               {"place", "Regionshuset Viborg, lokale 2"},
                                               {"teacher", "Koncern HR"},
                                               {"capacity", "1"},
                                               {"registration_deadline", domain::FormatIsoDate(DayFromToday(20))},
                                               {"cancellation_deadline", domain::FormatIsoDate(DayFromToday(25))}});
  ASSERT_EQ(created.status, 303) << created.body;
  const auto session = created.Header("location");

  auto nanna = SignedInClient("nanna@rm.test");
  EXPECT_THAT(nanna.Get("/udvikling/forloeb/" + std::to_string(ledervejen)).body, HasSubstr("1 ledig plads af 1"));
  EXPECT_EQ(nanna.PostForm(session + "/tilmeld", {{"_csrf", nanna.csrf_token()}}).status, 303);
  EXPECT_THAT(nanna.Get(session).body, HasSubstr("Du er tilmeldt."));
  const auto twice = nanna.PostForm(session + "/tilmeld", {{"_csrf", nanna.csrf_token()}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr("Du er allerede tilmeldt sessionen."));

  auto lene = SignedInClient("lene@rm.test");
  EXPECT_EQ(lene.PostForm(session + "/tilmeld", {{"_csrf", lene.csrf_token()}}).status, 303);
  EXPECT_THAT(lene.Get(session).body, HasSubstr("Du står som nummer 1 på ventelisten."));
  auto ib = SignedInClient("ib@rm.test");
  EXPECT_EQ(ib.PostForm(session + "/tilmeld", {{"_csrf", ib.csrf_token()}}).status, 303);
  EXPECT_THAT(ib.Get(session).body, HasSubstr("Du står som nummer 2 på ventelisten."));
  auto sara = SignedInClient("sara@rm.test");
  const auto outsider = sara.PostForm(session + "/tilmeld", {{"_csrf", sara.csrf_token()}});
  EXPECT_EQ(outsider.status, 403);
  EXPECT_THAT(outsider.body, HasSubstr("Du kan kun tilmelde dig sessioner i forløb, du er optaget i."));

  // Nanna cancels in time: Lene gets the seat and is told; Ib moves up.
  EXPECT_EQ(nanna.PostForm(session + "/afmeld", {{"_csrf", nanna.csrf_token()}}).status, 303);
  EXPECT_THAT(lene.Get(session).body, HasSubstr("Du er tilmeldt."));
  EXPECT_THAT(lene.Get("/beskeder").body, HasSubstr("Du har fået en plads: Kursusdag 1: Ledelsesgrundlaget"));
  EXPECT_THAT(ib.Get(session).body, HasSubstr("Du står som nummer 1 på ventelisten."));
  const auto listed = hr.Get(session);
  EXPECT_THAT(listed.body, HasSubstr("Deltagere (2 tilmeldinger)"));
  EXPECT_THAT(listed.body, HasSubstr("Venteliste nr. 1"));
  EXPECT_EQ(nanna.Get(session).status, 200);
  EXPECT_THAT(nanna.Get(session).body, Not(HasSubstr("Deltagere ("))) << "participants are for organisers";

  // Koncern HR registers others: by e-mail or employee number, only those enrolled, never twice.
  const auto other = [&](const std::string& who) {
    return hr.PostForm(session + "/tilmeld-andre", {{"_csrf", hr.csrf_token()}, {"person", who}});
  };
  const auto unknown = other("ingen@rm.test");
  EXPECT_EQ(unknown.status, 422);
  EXPECT_THAT(unknown.body, HasSubstr("Skriv e-mailadressen eller medarbejdernummeret på en aktiv person i HR-data."));
  EXPECT_THAT(unknown.body, HasSubstr("value=\"ingen@rm.test\"")) << "what was typed is kept";
  EXPECT_THAT(other("E5").body, HasSubstr("Sara Sørensen er ikke optaget i forløbet."));
  EXPECT_THAT(other("lene@rm.test").body, HasSubstr("Lene Leder er allerede tilmeldt."));
  EXPECT_EQ(other(" Nanna@RM.test ").status, 303);
  EXPECT_THAT(nanna.Get(session).body, HasSubstr("Du står som nummer 2 på ventelisten."));
  EXPECT_EQ(nanna.PostForm(session + "/tilmeld-andre", {{"_csrf", nanna.csrf_token()}, {"person", "E4"}}).status, 403);
  EXPECT_THAT(nanna.PostForm(session + "/afmeld", {{"_csrf", nanna.csrf_token()}}).status, 303);

  // In the calendars: Lene's seat as an event (and its own .ics), Nanna's given-up seat as cancelled.
  const auto ics = lene.Get(session + "/kalender.ics");
  ASSERT_EQ(ics.status, 200);
  const auto uid = "UID:forloebssession-" + session.substr(session.rfind('/') + 1) + "@ledelsesportalen";
  EXPECT_THAT(ics.body, HasSubstr(uid));
  EXPECT_THAT(ics.body, HasSubstr("SUMMARY:Kursusdag 1: Ledelsesgrundlaget"));
  EXPECT_THAT(ics.body, HasSubstr("LOCATION:Regionshuset Viborg\\, lokale 2"));
  const auto events_of = [&](const std::string& email) {
    domain::User user;
    user.email = email;
    user.roles = {Role::Leder};
    return portal().services().Get<app::CalendarService>().EventsFor(user);
  };
  const auto lenes = events_of("lene@rm.test");
  ASSERT_EQ(lenes.size(), 1U);
  EXPECT_FALSE(lenes.front().cancelled);
  const auto nannas = events_of("nanna@rm.test");
  ASSERT_EQ(nannas.size(), 1U);
  EXPECT_TRUE(nannas.front().cancelled) << "the seat she gave up leaves her calendar";
  EXPECT_TRUE(events_of("ib@rm.test").empty()) << "a place on the waitlist is no appointment";
}

TEST_F(Programmes, AttendanceAfterTheDayCountsTowardsTheStatusSeenByTheLeaderAbove) {
  RunEnrolment();  // Nanna
  const auto ledervejen = Ledervejen(portal());
  const auto nanna_id = PersonOf(portal(), "E3");
  // A course day held yesterday with Nanna holding a seat (written as the registration would have been).
  const auto [session, registration] = portal().store().Write([&](app::Transaction& tx) {
    auto& repository = tx.Get<app::ProgrammeRepository>();
    app::SessionFields fields;
    fields.kind = domain::ElementKind::CourseDay;
    fields.title = "Kursusdag 2";
    fields.starts_at = *domain::CopenhagenMidnight(DayFromToday(-1)) + std::chrono::hours{9};
    fields.ends_at = fields.starts_at + std::chrono::hours{6};
    fields.place = "Aarhus";
    fields.capacity = 10;
    fields.registration_deadline = DayFromToday(-5);
    fields.cancellation_deadline = DayFromToday(-3);
    const auto id = repository.CreateSession(ledervejen, fields, std::nullopt, app::SystemNow());
    const auto seat =
        repository.AddRegistration(id, nanna_id, app::RegistrationStatus::Registered, std::nullopt, app::SystemNow());
    return std::pair{id, seat};
  });
  const auto path = "/udvikling/sessioner/" + std::to_string(session);
  auto nanna = SignedInClient("nanna@rm.test");
  EXPECT_EQ(nanna
                .PostForm(path + "/fremmoede", {{"_csrf", nanna.csrf_token()},
                                                {"registration", std::to_string(registration)},
                                                {"attendance", "moedt"}})
                .status,
            403)
      << "a participant does not register her own attendance";
  auto hr = SignedInClient("hr@rm.test");
  // Before anything is recorded the list says so beside the form; afterwards the form shows it and
  // the text is for print only.
  EXPECT_THAT(hr.Get(path).body, HasSubstr("<td data-label=\"Fremmøde\"><span class=\"\">Ikke registreret</span>"));
  const auto wrong = hr.PostForm(
      path + "/fremmoede",
      {{"_csrf", hr.csrf_token()}, {"registration", std::to_string(registration + 1000)}, {"attendance", "moedt"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_THAT(wrong.body, HasSubstr("Personen har ikke en plads på sessionen."));
  EXPECT_EQ(hr.PostForm(path + "/fremmoede", {{"_csrf", hr.csrf_token()},
                                              {"registration", std::to_string(registration)},
                                              {"attendance", "hvem-ved"}})
                .status,
            422);
  EXPECT_EQ(
      hr.PostForm(path + "/fremmoede",
                  {{"_csrf", hr.csrf_token()}, {"registration", std::to_string(registration)}, {"attendance", "moedt"}})
          .status,
      303);
  EXPECT_THAT(hr.Get(path).body,
              HasSubstr("<td data-label=\"Fremmøde\"><span class=\"d-none d-print-inline\">Mødt</span>"));
  EXPECT_THAT(nanna.Get("/min-udvikling").body, HasSubstr("1 af 12 kursusdage · 0 af 4 sparringer"));
  auto lene = SignedInClient("lene@rm.test");
  EXPECT_THAT(lene.Get("/min-udvikling").body, HasSubstr("1 af 12 kursusdage"));
  const auto cancel = nanna.PostForm(path + "/afmeld", {{"_csrf", nanna.csrf_token()}});
  EXPECT_EQ(cancel.status, 409);
  EXPECT_THAT(cancel.body, HasSubstr("Fremmødet er allerede registreret"));
}

TEST_F(Programmes, HrSortsTheOverviewAndTheExportFollows) {
  RunEnrolment();  // Nanna, deadline in about 530 days
  const auto ledervejen = Ledervejen(portal());
  portal().store().Write([&](app::Transaction& tx) {
    for (const auto& [employee, days] : {std::pair{"E2", 700}, std::pair{"E4", 100}}) {  // Lene, Ib
      app::NewEnrollment enrollment;
      enrollment.programme = ledervejen;
      enrollment.person = PersonOf(portal(), employee);
      enrollment.enrolled_on = DayFromToday(-10);
      enrollment.deadline = DayFromToday(days);
      enrollment.at = app::SystemNow();
      tx.Get<app::ProgrammeRepository>().Enroll(enrollment);
    }
    return 0;
  });
  auto hr = SignedInClient("hr@rm.test");
  const auto order = [](const std::string& body) {
    std::vector<std::string> names;
    for (const auto* name : {"Ib Iversen", "Lene Leder", "Nanna Ny"}) {
      names.emplace_back(std::to_string(body.find(name)) + " " + name);
    }
    std::sort(names.begin(), names.end(),
              [](const std::string& a, const std::string& b) { return std::stoul(a) < std::stoul(b); });
    std::string text;
    for (const auto& name : names) text += name.substr(name.find(' ') + 1) + "; ";
    return text;
  };
  const auto by_name = hr.Get("/udvikling/oversigt?sorter=navn");
  ASSERT_EQ(by_name.status, 200);
  EXPECT_EQ(order(by_name.body), "Ib Iversen; Lene Leder; Nanna Ny; ");
  EXPECT_THAT(by_name.body, HasSubstr("<option value=\"navn\" selected>Navn</option>"));
  EXPECT_THAT(by_name.body,
              HasSubstr("/udvikling/oversigt.csv?forloeb=" + std::to_string(ledervejen) + "&amp;sorter=navn"));
  const auto by_deadline = hr.Get("/udvikling/oversigt?sorter=frist");
  EXPECT_EQ(order(by_deadline.body), "Ib Iversen; Nanna Ny; Lene Leder; ");
  const auto csv = hr.Get("/udvikling/oversigt.csv?sorter=frist");
  EXPECT_EQ(order(csv.body), "Ib Iversen; Nanna Ny; Lene Leder; ");
  EXPECT_EQ(hr.Get("/udvikling/oversigt?sorter=hvem-ved").status, 404);
}

TEST_F(Programmes, HrSeesTheOverviewExportsItAndCreditsAndExemptsAParticipant) {
  RunEnrolment();  // Nanna
  auto hr = SignedInClient("hr@rm.test");
  const auto overview = hr.Get("/udvikling/oversigt");
  ASSERT_EQ(overview.status, 200);
  EXPECT_THAT(overview.body, HasSubstr("Ledervejen i hele regionen"));
  EXPECT_THAT(overview.body, HasSubstr("Deltagere (1 deltager)"));
  EXPECT_THAT(overview.body, HasSubstr(">Nanna Ny</a>"));
  EXPECT_THAT(overview.body, HasSubstr("Uden for områderne"));
  const auto ledervejen = std::to_string(Ledervejen(portal()));
  EXPECT_THAT(hr.Get("/udvikling/oversigt?forloeb=" + ledervejen + "&status=overskredet").body,
              HasSubstr("Ingen deltagere passer til det valgte."));
  EXPECT_EQ(hr.Get("/udvikling/oversigt?status=hvem-ved").status, 404);
  EXPECT_EQ(hr.Get("/udvikling/oversigt?forloeb=999999").status, 404);
  const auto csv = hr.Get("/udvikling/oversigt.csv?forloeb=" + ledervejen);
  ASSERT_EQ(csv.status, 200);
  EXPECT_THAT(csv.Header("content-type"), HasSubstr("text/csv"));
  EXPECT_THAT(csv.Header("content-disposition"), HasSubstr("udviklingsforloeb-"));
  EXPECT_THAT(csv.body, ::testing::StartsWith("\xEF\xBB\xBFNavn;E-mail;Medarbejdernr.;Enhed;Område;Forløb;Ledertype;"
                                              "Tilmeldt;Frist;Status;Begrundelse;Kriterier;Mangler\r\n"));
  EXPECT_THAT(csv.body, HasSubstr("Nanna Ny;nanna@rm.test;E3;Hjertesygdomme;;Ledervejen;Klinisk leder;"));
  EXPECT_THAT(csv.body, HasSubstr(";På vej;"));
  EXPECT_THAT(hr.Get("/udvikling/oversigt.xlsx").body, ::testing::StartsWith("PK"));
  EXPECT_EQ(SignedInClient("sara@rm.test").Get("/udvikling/oversigt").status, 403);
  EXPECT_EQ(SignedInClient("lene@rm.test").Get("/udvikling/oversigt").status, 403) << "a leader uses Min udvikling";

  // The drill-down: HR credits two course days and exempts; bad input is refused at the fields.
  const auto enrollment = FirstMatch(overview.body, "href=\"(/udvikling/deltagelser/[0-9]+)\"");
  ASSERT_FALSE(enrollment.empty());
  const auto page = hr.Get(enrollment);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Giv merit"));
  const auto bad = hr.PostForm(enrollment + "/merit",
                               {{"_csrf", hr.csrf_token()}, {"kind", "kursusdag"}, {"count", "to"}, {"reason", ""}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_THAT(bad.body, HasSubstr("Skriv et helt tal fra 1 til 100."));
  EXPECT_THAT(bad.body, HasSubstr("Skriv, hvorfor der gives merit."));
  EXPECT_EQ(hr.PostForm(enrollment + "/merit", {{"_csrf", hr.csrf_token()},
                                                {"kind", "kursusdag"},
                                                {"count", "2"},
                                                {"reason", "Kursusdage i Region Nordjylland"}})
                .status,
            303);
  const auto credited = hr.Get(enrollment);
  EXPECT_THAT(credited.body, HasSubstr("2 af 12 kursusdage"));
  EXPECT_THAT(credited.body, HasSubstr("2 kursusdage ("));
  EXPECT_THAT(credited.body, HasSubstr("Kursusdage i Region Nordjylland"));
  const auto revision = FirstMatch(credited.body, "name=\"revision\" value=\"([0-9]+)\"");
  const auto no_reason =
      hr.PostForm(enrollment + "/fritagelse",
                  {{"_csrf", hr.csrf_token()}, {"revision", revision}, {"exempt", "1"}, {"exemption_reason", " "}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_THAT(no_reason.body, HasSubstr("Skriv, hvorfor personen fritages."));
  EXPECT_EQ(hr.PostForm(enrollment + "/fritagelse", {{"_csrf", hr.csrf_token()},
                                                     {"revision", revision},
                                                     {"exempt", "1"},
                                                     {"exemption_reason", "Har gennemført diplom i ledelse"}})
                .status,
            303);
  EXPECT_THAT(hr.Get(enrollment).body, HasSubstr("Fritaget: Har gennemført diplom i ledelse"));
  const auto stale =
      hr.PostForm(enrollment + "/fritagelse", {{"_csrf", hr.csrf_token()}, {"revision", revision}, {"exempt", "0"}});
  EXPECT_EQ(stale.status, 409);

  // Who else may look: Nanna herself and Lene above her; not Sara.
  auto nanna = SignedInClient("nanna@rm.test");
  const auto own = nanna.Get(enrollment);
  EXPECT_EQ(own.status, 200);
  EXPECT_THAT(own.body, Not(HasSubstr("Giv merit")));
  EXPECT_EQ(SignedInClient("lene@rm.test").Get(enrollment).status, 200);
  EXPECT_EQ(SignedInClient("sara@rm.test").Get(enrollment).status, 404);
}

TEST_F(Programmes, APersonJoinsAnOpenCourseHrEnrolsOthersAndEitherWithdrawsWithAReason) {
  const auto course = ProgrammeNamed(portal(), "Faciliteringsledelse");
  ASSERT_NE(course, 0);
  const auto path = "/udvikling/forloeb/" + std::to_string(course);
  auto sara = SignedInClient("sara@rm.test");
  EXPECT_THAT(sara.Get(path).body, HasSubstr("Tilmeld mig forløbet"));
  const auto joined = sara.PostForm(path + "/tilmeld", {{"_csrf", sara.csrf_token()}});
  ASSERT_EQ(joined.status, 303);
  const auto page = sara.Get(path).body;
  EXPECT_THAT(page, HasSubstr("Du er tilmeldt forløbet."));
  EXPECT_THAT(page, HasSubstr("Optaget efter ansøgning"));
  EXPECT_THAT(page, Not(HasSubstr("Tilmeld mig forløbet")));
  const auto twice = sara.PostForm(path + "/tilmeld", {{"_csrf", sara.csrf_token()}});
  EXPECT_EQ(twice.status, 409);
  EXPECT_THAT(twice.body, HasSubstr("Du er allerede tilmeldt forløbet."));
  // Ledervejen is not joined this way: the page says how one gets in, and a post is refused.
  const auto ledervejen = "/udvikling/forloeb/" + std::to_string(Ledervejen(portal()));
  EXPECT_THAT(sara.Get(ledervejen).body, HasSubstr("Nye ledere tilmeldes automatisk"));
  EXPECT_EQ(sara.PostForm(ledervejen + "/tilmeld", {{"_csrf", sara.csrf_token()}}).status, 409);

  // Sara withdraws: a reason is required; then the enrolment is kept as history.
  const auto enrollment = FirstMatch(sara.Get(path).body, "href=\"(/udvikling/deltagelser/[0-9]+)\"");
  ASSERT_FALSE(enrollment.empty());
  const auto revision = FirstMatch(sara.Get(enrollment).body, "name=\"revision\" value=\"([0-9]+)\"");
  const auto no_reason = sara.PostForm(
      enrollment + "/afmeld", {{"_csrf", sara.csrf_token()}, {"revision", revision}, {"withdrawal_reason", " "}});
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_THAT(no_reason.body, HasSubstr("Skriv kort, hvorfor deltagelsen stopper."));
  const auto withdrawn = sara.PostForm(
      enrollment + "/afmeld",
      {{"_csrf", sara.csrf_token()}, {"revision", revision}, {"withdrawal_reason", "Ny stilling\nfra januar"}});
  ASSERT_EQ(withdrawn.status, 303);
  const auto after = sara.Get(enrollment).body;
  EXPECT_THAT(after, HasSubstr("Deltagelsen blev afmeldt"));
  EXPECT_THAT(after, HasSubstr("Ny stilling\nfra januar")) << "the line break kept";
  EXPECT_THAT(sara.Get(path).body, HasSubstr("Tilmeld mig forløbet")) << "she may join again";
  const auto stale = sara.PostForm(
      enrollment + "/afmeld", {{"_csrf", sara.csrf_token()}, {"revision", revision}, {"withdrawal_reason", "Igen"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Deltagelsen er allerede afmeldt."));

  // Koncern HR enrols Ib in Ledervejen by employee number: bad input first, what was typed kept.
  auto hr = SignedInClient("hr@rm.test");
  const auto form = hr.Get(ledervejen).body;
  EXPECT_THAT(form, HasSubstr("Tilmeld en deltager"));
  const auto unknown = hr.PostForm(ledervejen + "/tilmeld-andre",
                                   {{"_csrf", hr.csrf_token()}, {"person", "E99"}, {"deadline", "31.02.2027"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_THAT(unknown.body, HasSubstr("Skriv e-mailadressen eller medarbejdernummeret på en aktiv person i HR-data."));
  EXPECT_THAT(unknown.body, HasSubstr("Fristen er ikke en gyldig dato."));
  EXPECT_THAT(unknown.body, HasSubstr("value=\"E99\""));
  // Ib became a leader in 2012: without a deadline, Ledervejen's would have passed.
  const auto old_leader =
      hr.PostForm(ledervejen + "/tilmeld-andre", {{"_csrf", hr.csrf_token()}, {"person", "E4"}, {"deadline", ""}});
  EXPECT_EQ(old_leader.status, 422);
  EXPECT_THAT(old_leader.body, HasSubstr("Ib Iversen blev leder for mere end to år siden."));
  const auto deadline = domain::FormatDate(DayFromToday(365));
  const auto enrolled = hr.PostForm(ledervejen + "/tilmeld-andre",
                                    {{"_csrf", hr.csrf_token()}, {"person", "E4"}, {"deadline", deadline}});
  ASSERT_EQ(enrolled.status, 303);
  const auto ib = hr.Get(enrolled.Header("location")).body;
  EXPECT_THAT(ib, HasSubstr("Tilmeldt af HR"));
  EXPECT_THAT(ib, HasSubstr("frist " + deadline));
  EXPECT_THAT(ib, HasSubstr("Personaleleder"));
  const auto again = hr.PostForm(ledervejen + "/tilmeld-andre",
                                 {{"_csrf", hr.csrf_token()}, {"person", "ib@rm.test"}, {"deadline", ""}});
  EXPECT_EQ(again.status, 422);
  EXPECT_THAT(again.body, HasSubstr("Ib Iversen er allerede tilmeldt forløbet."));
  // Only Koncern HR enrols others.
  EXPECT_EQ(sara.PostForm(ledervejen + "/tilmeld-andre", {{"_csrf", sara.csrf_token()}, {"person", "E4"}}).status, 403);
  EXPECT_THAT(sara.Get(ledervejen).body, Not(HasSubstr("Tilmeld en deltager")));
}

TEST_F(Programmes, TheCapacityForecastShowsTheMissingSeatsOfTheHalfYearToHrOnly) {
  RunEnrolment();  // Nanna: 10 course days as a clinical leader, deadline within two years
  const auto ledervejen = Ledervejen(portal());
  ASSERT_NE(ledervejen, 0);
  portal().store().Write([&](app::Transaction& tx) {
    app::SessionFields fields;
    fields.kind = domain::ElementKind::CourseDay;
    fields.title = "Kursusdag 1";
    fields.starts_at = *domain::CopenhagenMidnight(DayFromToday(30)) + std::chrono::hours{9};
    fields.ends_at = fields.starts_at + std::chrono::hours{6};
    fields.place = "Viborg";
    fields.capacity = 1;
    fields.registration_deadline = DayFromToday(30);
    fields.cancellation_deadline = DayFromToday(30);
    return tx.Get<app::ProgrammeRepository>().CreateSession(ledervejen, fields, std::nullopt, app::SystemNow());
  });
  auto hr = SignedInClient("hr@rm.test");
  const auto page = hr.Get("/udvikling/kapacitet");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Kapacitetsprognose</h1>"));
  EXPECT_THAT(page.body, HasSubstr(domain::FormatDate(DayFromToday(0)) + "–"));
  EXPECT_THAT(page.body, HasSubstr(">Ledervejen</a></h2>"));
  // One participant needs course days and sparring sessions; one seat is offered.
  EXPECT_THAT(page.body, HasSubstr("<td data-label=\"Ledige pladser\">1 af 1 på 1 session</td>"));
  EXPECT_THAT(page.body, HasSubstr("Ledersparring: der mangler"));
  EXPECT_THAT(page.body, HasSubstr("Ingen"));  // a month without sessions says so
  EXPECT_EQ(SignedInClient("nanna@rm.test").Get("/udvikling/kapacitet").status, 403);
  EXPECT_EQ(SignedInClient("sara@rm.test").Get("/udvikling/kapacitet").status, 403);
}

TEST_F(Programmes, ACompletedProgrammeGivesACertificateWhoseCodeAnyoneCanCheck) {
  RunEnrolment();  // Nanna
  auto hr = SignedInClient("hr@rm.test");
  const auto enrollment = FirstMatch(hr.Get("/udvikling/oversigt").body, "href=\"(/udvikling/deltagelser/[0-9]+)\"");
  ASSERT_FALSE(enrollment.empty());
  auto nanna = SignedInClient("nanna@rm.test");
  const auto early = nanna.Get(enrollment + "/bevis");
  EXPECT_EQ(early.status, 409);
  EXPECT_THAT(early.body, HasSubstr("Der er et deltagerbevis, når forløbet er gennemført: 0 af 12 kursusdage"));
  for (const auto& [kind, count] :
       std::vector<std::pair<std::string, std::string>>{{"kursusdag", "12"}, {"sparring", "4"}, {"kort-kursus", "3"}}) {
    ASSERT_EQ(
        hr.PostForm(enrollment + "/merit",
                    {{"_csrf", hr.csrf_token()}, {"kind", kind}, {"count", count}, {"reason", "Merit fra Aalborg"}})
            .status,
        303);
  }
  EXPECT_THAT(nanna.Get(enrollment).body, HasSubstr("Se og udskriv dit deltagerbevis"));
  const auto certificate = nanna.Get(enrollment + "/bevis");
  ASSERT_EQ(certificate.status, 200);
  EXPECT_THAT(certificate.body, HasSubstr("<strong>Nanna Ny</strong> har gennemført <strong>Ledervejen</strong>."));
  const auto code = FirstMatch(certificate.body, "<dt>Kontrolkode</dt><dd><strong>([A-Z0-9-]+)</strong>");
  ASSERT_EQ(code.size(), 14U) << certificate.body;
  EXPECT_EQ(FirstMatch(nanna.Get(enrollment + "/bevis").body, "<dt>Kontrolkode</dt><dd><strong>([A-Z0-9-]+)</strong>"),
            code)
      << "issued once";
  EXPECT_EQ(SignedInClient("lene@rm.test").Get(enrollment + "/bevis").status, 404) << "the participant's own";

  auto anyone = Client();  // no login
  std::string lower = code;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto checked = anyone.Get("/bevis?kode=" + lower);
  EXPECT_EQ(checked.status, 200);
  EXPECT_THAT(checked.body, HasSubstr("Beviset er gyldigt"));
  EXPECT_THAT(checked.body, HasSubstr("Nanna Ny har gennemført Ledervejen (12 af 12 kursusdage · 4 af 4 sparringer"));
  const auto unknown = anyone.Get("/bevis?kode=2222-2222-2222");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_THAT(unknown.body, HasSubstr("Der findes intet deltagerbevis med den kode."));
  const auto malformed = anyone.Get("/bevis?kode=abc");
  EXPECT_EQ(malformed.status, 404);
  EXPECT_THAT(malformed.body, HasSubstr("Koden består af 12 tegn"));
  EXPECT_EQ(anyone.Get("/bevis").status, 200);
}

}  // namespace
}  // namespace lp::testing
