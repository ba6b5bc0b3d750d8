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

namespace {

constexpr int kFirstDeadlineReminderDays = 14;
constexpr int kLastDeadlineReminderDays = 3;
constexpr int kActivityReminderDays = 7;

int Days(std::chrono::year_month_day from, std::chrono::year_month_day to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

// The leaders of the units expected to make a plan in the round that have none yet, each with those units.
std::map<domain::PersonId, std::vector<const domain::Unit*>> LeadersWithoutPlans(
    ActivationRepository& activation, const domain::Organisation& organisation, const ActivationRound& round,
    std::chrono::year_month_day today) {
  std::unordered_set<domain::UnitId> planned;
  for (const auto& summary : activation.SummariesOfRound(round.id, today)) {
    if (summary.plan != 0) planned.insert(summary.unit);
  }
  std::map<domain::PersonId, std::vector<const domain::Unit*>> units_of;
  for (const auto& unit : organisation.Units()) {
    if (!unit.active || planned.contains(unit.id)) continue;
    for (const auto& leadership : organisation.ActiveLeadersOf(unit.id)) units_of[leadership.person].push_back(&unit);
  }
  return units_of;
}

}  // namespace

std::string SendActivationReminders(Transaction& tx, const domain::Organisation& organisation, domain::Timestamp now,
                                    std::chrono::hours quiet) {
  const auto today = domain::ToCopenhagenTime(now).date;
  auto& activation = tx.Get<ActivationRepository>();
  int started = 0;
  int deadlines = 0;
  for (const auto& round : activation.ListRounds()) {
    const auto& fields = round.fields;
    if (fields.starts_on > today || fields.plan_deadline < today) continue;
    started += NotifyRoundStarted(tx, organisation, round.id, fields, now);
    const int days_left = Days(today, fields.plan_deadline);
    if (days_left > kFirstDeadlineReminderDays) continue;
    const int stage = days_left <= kLastDeadlineReminderDays ? kLastDeadlineReminderDays : kFirstDeadlineReminderDays;
    const auto deadline = domain::FormatDate(fields.plan_deadline);
    const auto left = days_left == 0 ? std::string("i dag") : "om " + domain::CountOf(days_left, "dag", "dage");
    for (const auto& [person_id, units] : LeadersWithoutPlans(activation, organisation, round, today)) {
      const auto* person = organisation.FindPerson(person_id);
      if (person == nullptr) continue;
      NewNotification notification;
      notification.recipient = person->email;
      notification.category = domain::NotificationCategory::Deadlines;
      notification.topic = fmt::format("aktivering:runde:{}:frist/{}", round.id, stage);
      if (units.size() == 1) {
        notification.subject = fmt::format("Fristen for planen for {} er {}", units.front()->name, deadline);
        notification.body =
            fmt::format("Fristen for aktiveringsplanerne i runden „{}“ er {} ({}), og {} har ingen plan endnu.",
                        fields.name, deadline, left, units.front()->name);
        notification.link = fmt::format("/organisation/enheder/{}/plan", units.front()->id);
      } else {
        notification.subject = fmt::format("Fristen for planerne for dine enheder er {}", deadline);
        notification.body = fmt::format(
            "Fristen for aktiveringsplanerne i runden „{}“ er {} ({}), og {} af dine enheder har ingen plan endnu.",
            fields.name, deadline, left, domain::CountOf(static_cast<long long>(units.size()), "enhed", "enheder"));
        notification.link = "/aktivering/mine-enheder";
      }
      notification.created_at = now;
      if (Notify(tx, notification, Repeat::Reminder, quiet)) ++deadlines;
    }
  }

  int activities = 0;
  const std::chrono::year_month_day horizon{std::chrono::sys_days{today} + std::chrono::days{kActivityReminderDays}};
  for (const auto& placed : activation.PlannedActivitiesUntil(horizon)) {
    const auto& activity = placed.activity;
    const auto* person =
        activity.fields.responsible_person ? organisation.FindPerson(*activity.fields.responsible_person) : nullptr;
    const auto* unit = organisation.FindUnit(placed.unit);
    if (person == nullptr || !person->active || unit == nullptr) continue;
    const auto planned_on = domain::FormatDate(activity.fields.planned_on);
    NewNotification notification;
    notification.recipient = person->email;
    notification.category = domain::NotificationCategory::Deadlines;
    notification.link = fmt::format("/organisation/enheder/{}/plan?runde={}", placed.unit, placed.round);
    notification.created_at = now;
    if (activity.fields.planned_on >= today) {
      notification.topic = fmt::format("aktivering:aktivitet:{}/snart:{}", activity.id,
                                       domain::FormatIsoDate(activity.fields.planned_on));
      notification.subject = fmt::format("„{}“ er planlagt til {}", activity.fields.title, planned_on);
      notification.body = fmt::format(
          "Du er ansvarlig for aktiviteten „{}“ i aktiveringsplanen for {}. Den er planlagt til {}. Marker den som "
          "gennemført i planen, når den er holdt.",
          activity.fields.title, unit->name, planned_on);
    } else {
      const auto week = domain::IsoWeekNumber(today);
      notification.topic =
          fmt::format("aktivering:aktivitet:{}/overskredet:{}-{}", activity.id, static_cast<int>(today.year()), week);
      notification.subject = fmt::format("„{}“ var planlagt til {}", activity.fields.title, planned_on);
      notification.body = fmt::format(
          "Du er ansvarlig for aktiviteten „{}“ i aktiveringsplanen for {}. Den var planlagt til {} og er ikke "
          "markeret som gennemført. Marker den som gennemført, flyt datoen, eller aflys den med en begrundelse.",
          activity.fields.title, unit->name, planned_on);
    }
    if (Notify(tx, notification, Repeat::Reminder, quiet)) ++activities;
  }
  return fmt::format("{} om en startet runde, {} om planfristen, {} om aktiviteter", started, deadlines, activities);
}

}  // namespace lp::app
