#include "app/programmes/programmes_module.hpp"

#include <memory>

#include "app/notifications/calendar_service.hpp"
#include "app/notifications/chain_status.hpp"
#include "app/notifications/notifier.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/jobs.hpp"
#include "app/programmes/capacity_forecast.hpp"
#include "app/programmes/cohort_service.hpp"
#include "app/programmes/explorer_service.hpp"
#include "app/programmes/meeting_reminders.hpp"
#include "app/programmes/meetings_calendar.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/programmes_calendar.hpp"
#include "app/programmes/programmes_chain_status.hpp"
#include "app/programmes/session_service.hpp"
#include "app/programmes/team_service.hpp"

namespace lp::app {

void ProvideProgrammeServices(Services& services) {
  auto& programmes =
      services.Add(std::make_unique<ProgrammeService>(services.store(), services.Get<OrganisationService>()));
  auto& sessions =
      services.Add(std::make_unique<SessionService>(services.store(), services.Get<OrganisationService>()));
  services.Add(std::make_unique<CapacityForecastService>(services.store()));
  ProvideExplorerServices(services);
  ProvideCohortServices(services);
  ProvideProgrammeTeamServices(services);
  services.Get<ChainStatusService>().Add(&ProgrammeChainStatus);
  services.Get<CalendarService>().Add([&store = services.store()](const OrganisationContext& context,
                                                                  std::chrono::year_month_day today,
                                                                  std::vector<domain::CalendarEvent>& events) {
    AddProgrammeCalendarEvents(store, context, today, events);
  });
  services.Get<CalendarService>().Add([&store = services.store()](const OrganisationContext& context,
                                                                  std::chrono::year_month_day today,
                                                                  std::vector<domain::CalendarEvent>& events) {
    AddMeetingCalendarEvents(store, context, today, events);
  });
  // An empty catalogue gets the default one (recorded in the audit log as programmes.catalogue_loaded).
  ProgrammeService::LoadDefaultCatalogue(services.store(), SystemNow());
  services.Get<JobRegistry>().Add(
      {"ledervejen-tilmelding",
       "Tilmelder nye ledere (leder i under to år ifølge HR-data) til Ledervejen med frist to år efter, de "
       "blev ledere. Den, der har været tilmeldt før, tilmeldes ikke igen.",
       JobSchedule::Every(std::chrono::minutes{15}),
       [&programmes](domain::Timestamp now) { return programmes.EnrollNewLeaders(now); }, std::chrono::minutes{15}});
  services.Get<JobRegistry>().Add(
      {"forloeb-paamindelser",
       "Minder deltagerne om kursusdage, sparringer og korte kurser, de har en plads på, og om møderne på "
       "deres Rejsefæller- og Globetrotter-hold, i dagene før.",
       JobSchedule::DailyAt(7, 15),
       [&sessions, &store = services.store(), &organisation = services.Get<OrganisationService>(),
        &reminders = services.Get<ReminderSettings>()](domain::Timestamp now) {
         return sessions.SendReminders(now, reminders.quiet) + ", " +
                SendMeetingReminders(store, organisation, now, reminders.quiet);
       },
       std::chrono::minutes{30}});
}

}  // namespace lp::app
