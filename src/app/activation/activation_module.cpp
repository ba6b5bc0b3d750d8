#include "app/activation/activation_module.hpp"

#include <memory>

#include "app/activation/activation_calendar.hpp"
#include "app/activation/activation_notices.hpp"
#include "app/activation/activation_service.hpp"
#include "app/activation/activation_start.hpp"
#include "app/general/start_page.hpp"
#include "app/notifications/calendar_service.hpp"
#include "app/notifications/notifier.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/jobs.hpp"

namespace lp::app {

void ProvideActivationServices(Services& services) {
  services.Add(std::make_unique<ActivationService>(services.store(), services.Get<OrganisationService>()));
  services.Get<StartPageService>().Add("aktivering",
                                       [&store = services.store()](const StartRequest& request, StartPage& page) {
                                         AddActivationStartItems(store, request, page);
                                       });
  services.Get<CalendarService>().Add([&store = services.store()](const OrganisationContext& context,
                                                                  std::chrono::year_month_day today,
                                                                  std::vector<domain::CalendarEvent>& events) {
    AddActivationCalendarEvents(store, context, today, events);
  });
  services.Get<JobRegistry>().Add(
      {"aktivering-paamindelser",
       "Minder ledere om aktiveringsplaner før fristen og ansvarlige om aktiviteter før datoen og når de er "
       "overskredet, og fortæller om runder, der er startet. Kun dem, der ikke har handlet endnu.",
       JobSchedule::DailyAt(7, 0),
       [&store = services.store(), &organisation = services.Get<OrganisationService>(),
        &reminders = services.Get<ReminderSettings>()](domain::Timestamp now) {
         const auto snapshot = organisation.Current();
         return store.Write([&](Transaction& tx) {
           return SendActivationReminders(tx, snapshot->organisation, now, reminders.quiet);
         });
       },
       std::chrono::minutes{30}});
}

}  // namespace lp::app
