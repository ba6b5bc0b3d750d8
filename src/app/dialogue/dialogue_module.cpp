#include "app/dialogue/dialogue_module.hpp"

#include <memory>

#include "app/activation/activation_service.hpp"
#include "app/dialogue/dialogue_calendar.hpp"
#include "app/dialogue/dialogue_service.hpp"
#include "app/notifications/calendar_service.hpp"

namespace lp::app {

void ProvideDialogueServices(Services& services) {
  services.Add(std::make_unique<DialogueService>(services.store(), services.Get<ActivationService>()));
  services.Get<CalendarService>().Add([&store = services.store()](const OrganisationContext& context,
                                                                  std::chrono::year_month_day today,
                                                                  std::vector<domain::CalendarEvent>& events) {
    AddDialogueCalendarEvents(store, context, today, events);
  });
}

}  // namespace lp::app
