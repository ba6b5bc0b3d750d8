#include "app/activation/activation_notices.hpp"

#include <fmt/format.h>

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "app/notifications/notifier.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {

int NotifyRoundStarted(Transaction& tx, const domain::Organisation& organisation, RoundId round,
                       const RoundFields& fields, domain::Timestamp now) {
  if (fields.starts_on > domain::ToCopenhagenTime(now).date) return 0;
  std::unordered_set<domain::UnitId> planned;
  for (const auto& summary : tx.Get<ActivationRepository>().SummariesOfRound(round, fields.starts_on)) {
    if (summary.plan != 0) planned.insert(summary.unit);
  }
  // Each leader with the units they must make a plan for, in tree order.
  std::map<domain::PersonId, std::vector<const domain::Unit*>> units_of;
  for (const auto& unit : organisation.Units()) {
    if (!unit.active || planned.contains(unit.id)) continue;
    for (const auto& leadership : organisation.ActiveLeadersOf(unit.id)) units_of[leadership.person].push_back(&unit);
  }
  const std::string deadline = domain::FormatDate(fields.plan_deadline);
  int told = 0;
  for (const auto& [person_id, units] : units_of) {
    const auto* person = organisation.FindPerson(person_id);
    if (person == nullptr) continue;
    NewNotification notification;
    notification.recipient = person->email;
    notification.category = domain::NotificationCategory::Deadlines;
    notification.topic = "aktivering:runde:" + std::to_string(round) + ":start";
    const std::string quoted = "„" + fields.name + "“";
    if (units.size() == 1) {
      notification.subject = "Lav en aktiveringsplan for " + units.front()->name;
      notification.body = fmt::format(
          "Aktiveringsrunden {} er startet. Du er leder af {}, og enhedens plan skal være "
          "klar senest {}.",
          quoted, units.front()->name, deadline);
      notification.link = "/organisation/enheder/" + std::to_string(units.front()->id) + "/plan";
    } else {
      notification.subject = "Lav aktiveringsplaner for dine " + std::to_string(units.size()) + " enheder";
      notification.body =
          fmt::format("Aktiveringsrunden {} er startet. Du er leder af {}, og deres planer skal være klar senest {}.",
                      quoted, domain::CountOf(static_cast<long long>(units.size()), "enhed", "enheder"), deadline);
      notification.link = "/aktivering/mine-enheder";
    }
    notification.created_at = now;
    if (Notify(tx, notification, Repeat::OncePerTopic)) ++told;
  }
  return told;
}

}  // namespace lp::app
