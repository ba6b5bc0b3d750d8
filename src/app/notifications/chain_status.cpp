#include "app/notifications/chain_status.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "app/notifications/notifier.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {

std::vector<ChainLeader> ChainLeadersOf(const domain::Organisation& organisation) {
  std::vector<ChainLeader> leaders;
  for (const auto& person : organisation.People()) {
    if (!person.active) continue;
    ChainLeader leader;
    leader.person = &person;
    for (const auto& leadership : organisation.UnitsLedBy(person.id)) {
      const auto* unit = organisation.FindUnit(leadership.unit);
      if (unit != nullptr && unit->active) leader.own.push_back(unit);
    }
    if (leader.own.empty()) continue;
    std::unordered_set<domain::UnitId> own;
    for (const auto* unit : leader.own) own.insert(unit->id);
    bool leads_leaders = false;
    for (const auto* root : leader.own) {
      // A unit inside another of the person's subtrees was walked with that one (tree order: it comes later).
      const bool nested = std::any_of(leader.own.begin(), leader.own.end(), [&](const domain::Unit* other) {
        return other != root && organisation.IsInSubtree(root->id, other->id);
      });
      if (nested) continue;
      for (const auto& unit : organisation.Subtree(root->id)) {
        if (!unit.active || own.contains(unit.id)) continue;
        leader.below.push_back(&unit);
        if (!leads_leaders) {
          const auto led = organisation.ActiveLeadersOf(unit.id);
          leads_leaders = std::any_of(led.begin(), led.end(), [&](const domain::Leadership& leadership) {
            return leadership.person != person.id;
          });
        }
      }
    }
    if (leads_leaders) leaders.push_back(std::move(leader));
  }
  return leaders;
}

std::string ListOfNames(std::span<const std::string> names, std::size_t shown) {
  std::string list;
  const auto listed = std::min(names.size(), std::max<std::size_t>(shown, 1));
  const auto rest = names.size() - listed;
  for (std::size_t i = 0; i < listed; ++i) {
    if (i > 0) list += (i + 1 == listed && rest == 0) ? " og " : ", ";
    list += names[i];
  }
  if (rest > 0) list += rest == 1 ? " og 1 anden" : fmt::format(" og {} andre", rest);
  return list;
}

std::optional<NewNotification> ChainStatusNotification(const ChainLeader& leader,
                                                       std::span<const ChainStatusSection> sections,
                                                       domain::Timestamp now) {
  if (leader.person == nullptr || leader.person->email.empty()) return std::nullopt;
  const auto today = domain::ToCopenhagenTime(now).date;
  const auto monday =
      std::chrono::sys_days(today) - (std::chrono::weekday(std::chrono::sys_days(today)) - std::chrono::Monday);
  NewNotification notification;
  std::vector<std::string> summary;
  for (const auto& section : sections) {
    if (section.findings.empty()) continue;
    if (!notification.body.empty()) notification.body += "\n\n";
    notification.body += section.heading;
    for (const auto& finding : section.findings) notification.body += "\n• " + finding;
    summary.insert(summary.end(), section.summary.begin(), section.summary.end());
    if (notification.link.empty()) notification.link = section.link;
  }
  if (notification.body.empty()) return std::nullopt;
  const int week = domain::IsoWeekNumber(today);
  std::string phrases;
  for (std::size_t i = 0; i < summary.size(); ++i) {
    if (i > 0) phrases += i + 1 == summary.size() ? " og " : ", ";
    phrases += summary[i];
  }
  notification.recipient = leader.person->email;
  notification.category = domain::NotificationCategory::Chain;
  notification.topic = "kaede:status:" + domain::FormatIsoDate(std::chrono::year_month_day(monday));
  notification.subject = phrases.empty() ? fmt::format("Status for din ledelseskæde, uge {}", week)
                                         : fmt::format("Status for din ledelseskæde, uge {}: {}", week, phrases);
  notification.body = fmt::format("Sådan står det til i enhederne under dig i uge {}.\n\n", week) + notification.body;
  notification.created_at = now;
  return notification;
}

ChainStatusService::ChainStatusService(Store& store, OrganisationService& organisation)
    : store_(store), organisation_(organisation) {}

std::string ChainStatusService::Send(domain::Timestamp now) {
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto today = domain::ToCopenhagenTime(now).date;
  const auto leaders = ChainLeadersOf(organisation);
  const int told = store_.Write([&](Transaction& tx) {
    std::vector<ChainStatusReport> reports;
    reports.reserve(sources_.size());
    for (const auto& source : sources_) reports.push_back(source(tx, organisation, today));
    int count = 0;
    std::vector<ChainStatusSection> sections;
    for (const auto& leader : leaders) {
      sections.clear();
      for (const auto& report : reports) {
        if (auto section = report(leader)) sections.push_back(std::move(*section));
      }
      auto notification = ChainStatusNotification(leader, sections, now);
      if (notification && Notify(tx, std::move(*notification), Repeat::OncePerTopic)) ++count;
    }
    return count;
  });
  return fmt::format("{} fik status for deres ledelseskæde (af {})", domain::CountOf(told, "leder", "ledere"),
                     domain::CountOf(static_cast<long long>(leaders.size()), "leder af ledere", "ledere af ledere"));
}

}  // namespace lp::app
