// The personal calendar feed over HTTP, on both databases, read back with libical as a calendar
// program would: a leader's plan deadline and the activity she is responsible for, a cancellation
// carried by STATUS:CANCELLED and a higher SEQUENCE, and an address that stops working when it is
// replaced or deleted; the dialogue sessions of the units one leads, a moved date carried by SEQUENCE.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <libical/ical.h>

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "app/activation/activation_repository.hpp"
#include "app/dialogue/dialogue_repository.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;

struct ParsedEvent {
  std::string uid;
  std::string summary;
  std::string status;
  int sequence = 0;
};

// The VEVENTs of a feed as libical reads it; fails the test on any parse error.
std::vector<ParsedEvent> Parse(const std::string& feed) {
  std::vector<ParsedEvent> events;
  icalcomponent* calendar = icalparser_parse_string(feed.c_str());
  EXPECT_NE(calendar, nullptr);
  if (calendar == nullptr) return events;
  EXPECT_EQ(icalcomponent_count_errors(calendar), 0) << feed;
  for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    ParsedEvent parsed;
    parsed.uid = icalcomponent_get_uid(event);
    parsed.summary = icalcomponent_get_summary(event);
    parsed.status = icalproperty_status_to_string(icalcomponent_get_status(event));
    parsed.sequence = icalcomponent_get_sequence(event);
    events.push_back(parsed);
  }
  icalcomponent_free(calendar);
  return events;
}

class CalendarFeed : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {{"RM", "Region Midtjylland", "", domain::UnitKind::Region},
                                             {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital}};
    const std::vector<app::PersonRow> people = {{"E1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
                                                {"E2", "Lene", "Leder", "lene@rm.test", "Hospitalsdirektør", "AUH"}};
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere}};
    const auto snapshot = SeedOrganisation({units, people, leaderships});
    auh_ = snapshot->organisation.FindUnitByExternalId("AUH")->id;
    lene_ = snapshot->organisation.FindPersonByEmployeeNo("E2")->id;
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
  }

  static std::chrono::year_month_day DaysFromToday(int days) {
    return std::chrono::year_month_day{std::chrono::sys_days{domain::ToCopenhagenTime(app::SystemNow()).date} +
                                       std::chrono::days{days}};
  }

  // A new address, as the page shows it once; returned as the feed's path.
  static std::string NewAddress(HttpClient& client) {
    client.Get("/mine-notifikationer");
    const auto page = client.PostForm("/mine-notifikationer/kalender", {{"_csrf", client.csrf_token()}});
    EXPECT_EQ(page.status, 200);
    std::smatch match;
    EXPECT_TRUE(std::regex_search(page.body, match, std::regex("value=\"http://[^/\"]+(/kalender/[^\"]+)\"")))
        << page.body;
    return match.size() > 1 ? match[1].str() : std::string();
  }

  domain::UnitId auh_ = 0;
  domain::PersonId lene_ = 0;
};

TEST_F(CalendarFeed, DeadlinesAndActivitiesReachTheCalendarAndACancellationIsCarried) {
  const auto activity = portal().store().Write([&](app::Transaction& tx) {
    auto& activation = tx.Get<app::ActivationRepository>();
    const auto round = activation.CreateRound({"Aktivering 2027", "", DaysFromToday(-1), DaysFromToday(30)},
                                              std::nullopt, app::SystemNow());
    const auto plan = activation.CreatePlan(round, auh_, std::nullopt, app::SystemNow());
    return activation.CreateActivity(
        plan, {domain::ActivityKind::Med, "Dialog med MED, æøå", DaysFromToday(10), lene_, "", "LokalMED"},
        std::nullopt, std::nullopt, app::SystemNow());
  });
  auto lene = SignedInClient("lene@rm.test");
  EXPECT_THAT(lene.Get("/mine-notifikationer").body, HasSubstr("Lav en kalenderadresse"));
  const auto path = NewAddress(lene);
  ASSERT_FALSE(path.empty());
  EXPECT_THAT(lene.Get("/mine-notifikationer").body, HasSubstr("Lav en ny adresse"));

  auto calendar_program = Client();  // no session
  const auto feed = calendar_program.Get(path);
  ASSERT_EQ(feed.status, 200);
  ASSERT_NE(feed.headers.find("content-type"), feed.headers.end());
  EXPECT_THAT(feed.headers.find("content-type")->second, HasSubstr("text/calendar"));
  auto events = Parse(feed.body);
  ASSERT_EQ(events.size(), 2U) << feed.body;
  EXPECT_EQ(events[0].summary, "Dialog med MED, æøå");
  EXPECT_EQ(events[0].status, "CONFIRMED");
  EXPECT_EQ(events[1].summary, "Frist for aktiveringsplaner: Aktivering 2027");
  EXPECT_THAT(feed.body, HasSubstr("X-WR-CALNAME:Ledelsesportalen – Lene Leder"));
  const auto sequence = events[0].sequence;

  portal().store().Write([&](app::Transaction& tx) {
    auto& activation = tx.Get<app::ActivationRepository>();
    const auto found = activation.FindActivity(activity);
    return activation.CancelActivity(activity, found->revision, std::nullopt, app::SystemNow(), "MED er flyttet");
  });
  events = Parse(calendar_program.Get(path).body);
  ASSERT_EQ(events.size(), 2U);
  EXPECT_EQ(events[0].uid, "aktivitet-" + std::to_string(activity) + "@ledelsesportalen") << "the same event";
  EXPECT_EQ(events[0].status, "CANCELLED");
  EXPECT_GT(events[0].sequence, sequence);

  // One activity as a file to open, for those who may read the plan.
  const auto download = lene.Get("/aktivering/aktiviteter/" + std::to_string(activity) + "/kalender.ics");
  ASSERT_EQ(download.status, 200);
  const auto single = Parse(download.body);
  ASSERT_EQ(single.size(), 1U);
  EXPECT_EQ(single[0].uid, events[0].uid);
  EXPECT_EQ(Client().Get("/aktivering/aktiviteter/" + std::to_string(activity) + "/kalender.ics").status, 303)
      << "a login is needed";

  // A new address replaces the old one; a deleted one answers 404.
  const auto replaced = NewAddress(lene);
  EXPECT_EQ(calendar_program.Get(path).status, 404);
  EXPECT_EQ(calendar_program.Get(replaced).status, 200);
  lene.Get("/mine-notifikationer");
  EXPECT_EQ(lene.PostForm("/mine-notifikationer/kalender/slet", {{"_csrf", lene.csrf_token()}}).status, 303);
  EXPECT_EQ(calendar_program.Get(replaced).status, 404);
  EXPECT_EQ(calendar_program.Get("/kalender/gaet-en-adresse/ledelsesportalen.ics").status, 404);
}

TEST_F(CalendarFeed, TheDialogueSessionsOfOnesUnitsAreInTheCalendarAndAMovedDateIsAnUpdate) {
  CreateUser("rita@rm.test", {Role::Leder}, "Rita Regionsen");
  CreateUser("anders@rm.test", {Role::Medarbejder}, "Anders Ansat");
  const auto session = portal().store().Write([&](app::Transaction& tx) {
    app::NewDialogueSession fields;
    fields.unit = auh_;
    fields.title = "Dialog om dristighed, æøå";
    fields.planned_on = DaysFromToday(5);
    fields.participants = "Ledergruppen";
    fields.created_at = app::SystemNow();
    return tx.Get<app::DialogueRepository>().CreateSession(fields);
  });
  const auto uid = "dialogsession-" + std::to_string(session) + "@ledelsesportalen";
  auto lene = SignedInClient("lene@rm.test");
  const auto path = NewAddress(lene);
  ASSERT_FALSE(path.empty());
  auto calendar_program = Client();
  auto events = Parse(calendar_program.Get(path).body);
  ASSERT_EQ(events.size(), 1U);
  EXPECT_EQ(events[0].uid, uid);
  EXPECT_EQ(events[0].summary, "Dialog om dristighed, æøå");
  const auto sequence = events[0].sequence;

  // Moved five days on: the same event, a higher SEQUENCE, the new date.
  portal().store().Write([&](app::Transaction& tx) {
    auto& dialogue = tx.Get<app::DialogueRepository>();
    const auto found = dialogue.FindSession(session);
    return dialogue.UpdateSession(session, found->revision,
                                  {found->title, DaysFromToday(10), found->participants, std::nullopt, ""},
                                  std::nullopt, app::SystemNow());
  });
  const auto moved = calendar_program.Get(path).body;
  events = Parse(moved);
  ASSERT_EQ(events.size(), 1U);
  EXPECT_EQ(events[0].uid, uid);
  EXPECT_GT(events[0].sequence, sequence);
  const auto day = domain::FormatIsoDate(DaysFromToday(10));
  EXPECT_THAT(moved, HasSubstr("DTSTART;VALUE=DATE:" + day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2)));

  // The session page offers it as a file; the leader above does not get it in her feed (she does
  // not hold it), and an employee outside the unit may not download it.
  EXPECT_THAT(lene.Get("/dialog/sessioner/" + std::to_string(session)).body,
              HasSubstr("/dialog/sessioner/" + std::to_string(session) + "/kalender.ics"));
  const auto download = lene.Get("/dialog/sessioner/" + std::to_string(session) + "/kalender.ics");
  ASSERT_EQ(download.status, 200);
  const auto single = Parse(download.body);
  ASSERT_EQ(single.size(), 1U);
  EXPECT_EQ(single[0].uid, uid);
  auto rita = SignedInClient("rita@rm.test");
  EXPECT_TRUE(Parse(calendar_program.Get(NewAddress(rita)).body).empty());
  auto anders = SignedInClient("anders@rm.test");
  EXPECT_EQ(anders.Get("/dialog/sessioner/" + std::to_string(session) + "/kalender.ics").status, 403);
}

}  // namespace
}  // namespace lp::testing
