#include "app/notifications/notifications_module.hpp"

#include <memory>

#include "app/notifications/calendar_service.hpp"
#include "app/notifications/chain_status.hpp"
#include "app/notifications/mail_service.hpp"
#include "app/notifications/notification_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/jobs.hpp"
#include "app/platform/outbound_mail.hpp"

namespace lp::app {

void ProvideNotificationServices(Services& services) {
  services.Add(std::make_unique<NotificationService>(services.store()));
  auto& mail = services.Add(std::make_unique<MailService>(services.store(), services.Get<OutboundMail>()));
  services.Add(std::make_unique<CalendarService>(services.store(), services.Get<OrganisationService>(),
                                                 services.Get<OutboundMail>()));
  auto& chain =
      services.Add(std::make_unique<ChainStatusService>(services.store(), services.Get<OrganisationService>()));
  auto& jobs = services.Get<JobRegistry>();
  jobs.Add({"beskeder-til-mail",
            "Sender nye beskeder på mail til dem, der vil have dem med det samme, og prøver mails igen, der ikke "
            "kom igennem.",
            JobSchedule::Every(std::chrono::minutes{1}),
            [&mail](domain::Timestamp now) {
              auto result = mail.Dispatch(now);  // first: what it queues goes out in the same run
              result += "; " + mail.SendDue(now, ProcessOwner());
              return result;
            },
            std::chrono::minutes{15}});
  jobs.Add({"daglig-sammenfatning",
            "Samler dagens beskeder i én mail til dem, der vil have dem samlet én gang om dagen.",
            JobSchedule::DailyAt(6, 30),
            [&mail](domain::Timestamp now) { return mail.SendDigests(domain::DeliveryFrequency::Daily, now); },
            std::chrono::minutes{30}});
  // Before the weekly digest, which gathers it for those who get "kaede" weekly (the default).
  jobs.Add({"kaede-status",
            "Giver ledere af ledere én status om ugen for enhederne under dem: hvad der mangler eller er "
            "overskredet.",
            JobSchedule::WeeklyAt(std::chrono::Monday, 6, 0),
            [&chain](domain::Timestamp now) { return chain.Send(now); }, std::chrono::minutes{30}});
  jobs.Add({"ugentlig-sammenfatning",
            "Samler ugens beskeder i én mail til dem, der vil have dem samlet én gang om ugen.",
            JobSchedule::WeeklyAt(std::chrono::Monday, 6, 30),
            [&mail](domain::Timestamp now) { return mail.SendDigests(domain::DeliveryFrequency::Weekly, now); },
            std::chrono::minutes{30}});
  jobs.Add({"oprydning", "Sletter læste beskeder og sendte mails efter et år og kørselsloggen efter 90 dage.",
            JobSchedule::DailyAt(3, 30), [&mail](domain::Timestamp now) { return mail.Purge(now); },
            std::chrono::minutes{30}});
}

}  // namespace lp::app
