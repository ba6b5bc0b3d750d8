#include "app/programmes/meeting_reminders.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "app/notifications/notifier.hpp"
#include "app/programmes/cohort_repository.hpp"
#include "app/programmes/cohort_service.hpp"
#include "app/programmes/session_service.hpp"
#include "app/programmes/team_repository.hpp"
#include "app/programmes/team_service.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

// One member's reminder of a meeting: what, when, where, and the page.
template <typename Fields>
bool Remind(Transaction& tx, const domain::Person& person, const Fields& fields, const std::string& topic,
            const std::string& where, const std::string& link, domain::Timestamp now, std::chrono::hours quiet) {
  NewNotification notification;
  notification.recipient = person.email;
  notification.category = domain::NotificationCategory::Programmes;
  notification.topic = topic;
  notification.subject = fmt::format("{} {} kl. {}", fields.theme, domain::FormatLongDate(fields.starts_at),
                                     domain::FormatTime(fields.starts_at));
  notification.body =
      fmt::format("{}: {}, {} kl. {}–{}.", where, fields.theme, domain::FormatLongDate(fields.starts_at),
                  domain::FormatTime(fields.starts_at), domain::FormatTime(fields.ends_at));
  if (!fields.place.empty()) notification.body += "\nSted: " + fields.place;
  if (!fields.online_link.empty()) notification.body += "\nOnline: " + fields.online_link;
  notification.link = link;
  notification.created_at = now;
  return Notify(tx, notification, Repeat::Reminder, quiet);
}

}  // namespace

std::string SendMeetingReminders(Store& store, OrganisationService& organisation_service, domain::Timestamp now,
                                 std::chrono::hours quiet) {
  const auto snapshot = organisation_service.Current();
  const auto& organisation = snapshot->organisation;
  const auto until = now + std::chrono::hours{24 * kSessionReminderDays};
  const auto active_person = [&](domain::PersonId id) -> const domain::Person* {
    const auto* person = organisation.FindPerson(id);
    return person != nullptr && person->active ? person : nullptr;
  };
  const int sent = store.Write([&](Transaction& tx) {
    int count = 0;
    auto& teams = tx.Get<ProgrammeTeamRepository>();
    for (const auto& meeting : teams.PlannedMeetingsFrom(now)) {
      if (meeting.fields.starts_at >= until) break;
      const auto team = teams.FindTeam(meeting.team);
      if (!team || team->status != TeamStatus::Active) continue;
      for (const auto& member : team->members) {
        const auto* person = member.left_on ? nullptr : active_person(member.person);
        if (person == nullptr) continue;
        if (Remind(tx, *person, meeting.fields, fmt::format("forloeb:holdmoede:{}/paamindelse", meeting.id),
                   "Rejsefæller, " + team->name, TeamHref(team->id), now, quiet)) {
          ++count;
        }
      }
    }
    auto& programmes = tx.Get<ProgrammeRepository>();
    auto& cohorts = tx.Get<CohortRepository>();
    for (const auto& programme : programmes.Programmes()) {
      if (programme.fields.kind != domain::ProgrammeKind::Globetrotter) continue;
      for (const auto& cohort : cohorts.CohortsOfProgramme(programme.id)) {
        std::vector<CohortMeeting> coming;
        for (auto& meeting : cohorts.MeetingsOf(cohort.id)) {
          if (meeting.fields.starts_at >= now && meeting.fields.starts_at < until) coming.push_back(std::move(meeting));
        }
        if (coming.empty()) continue;
        const auto applications = cohorts.ApplicationsOfCohort(cohort.id);
        for (const auto& meeting : coming) {
          for (const auto& application : applications) {
            if (application.status != CohortApplicationStatus::Admitted) continue;
            const auto* person = active_person(application.person);
            if (person == nullptr) continue;
            if (Remind(tx, *person, meeting.fields, fmt::format("forloeb:kohortemoede:{}/paamindelse", meeting.id),
                       "Globetrotter, " + cohort.fields.name, CohortHref(cohort.id), now, quiet)) {
              ++count;
            }
          }
        }
      }
    }
    return count;
  });
  return domain::CountOf(sent, "påmindelse om møder", "påmindelser om møder");
}

}  // namespace lp::app
