#include "app/organisation/organisation_access.hpp"

#include <algorithm>

namespace lp::app {
namespace {

using enum Reach;

// The position of a unit in tree order, for sorting roots.
std::size_t TreePosition(const domain::Organisation& organisation, domain::UnitId unit) {
  const auto* found = organisation.FindUnit(unit);
  return found == nullptr ? organisation.Units().size() : static_cast<std::size_t>(found - organisation.Units().data());
}

}  // namespace

std::optional<domain::PersonId> ResolvePerson(
    const domain::Organisation& organisation, const domain::User& user,
    const std::unordered_map<std::string, domain::PersonId>& active_by_email) {
  if (user.person && organisation.FindPerson(*user.person) != nullptr) return user.person;
  if (user.email.empty()) return std::nullopt;
  const auto found = active_by_email.find(domain::LowerCaseDanish(user.email));
  if (found == active_by_email.end()) return std::nullopt;
  return found->second;
}

bool AccessReach::CoversPerson(const domain::Organisation& organisation, domain::PersonId person) const {
  if (region_) return true;
  if (self_ == person) return true;
  if (leader_ && organisation.IsLeaderOver(*leader_, person)) return true;
  const auto* found = organisation.FindPerson(person);
  if (found == nullptr) return false;
  return std::any_of(scope_units_.begin(), scope_units_.end(),
                     [&](domain::UnitId root) { return organisation.IsInSubtree(found->unit, root); });
}

bool AccessReach::CoversUnit(const domain::Organisation& organisation, domain::UnitId unit) const {
  if (region_) return true;
  if (organisation.FindUnit(unit) == nullptr) return false;
  const auto inside = [&](domain::UnitId root) { return organisation.IsInSubtree(unit, root); };
  if (std::any_of(scope_units_.begin(), scope_units_.end(), inside)) return true;
  if (std::find(delegated_units_.begin(), delegated_units_.end(), unit) != delegated_units_.end()) return true;
  if (member_of_ && organisation.IsInSubtree(*member_of_, unit)) return true;
  if (led_units_of_) {
    const auto led = organisation.UnitsLedBy(*led_units_of_);
    if (std::any_of(led.begin(), led.end(), [&](const domain::Leadership& l) { return l.unit == unit; })) return true;
  }
  if (!leader_) return false;
  const auto led = organisation.UnitsLedBy(*leader_);
  return std::any_of(led.begin(), led.end(), [&](const domain::Leadership& l) { return inside(l.unit); });
}

std::vector<domain::UnitId> AccessReach::Roots(const domain::Organisation& organisation) const {
  std::vector<domain::UnitId> candidates;
  if (region_) return candidates;
  for (const auto unit : scope_units_) {
    if (organisation.FindUnit(unit) != nullptr) candidates.push_back(unit);
  }
  if (leader_) {
    for (const auto& leadership : organisation.UnitsLedBy(*leader_)) candidates.push_back(leadership.unit);
  }
  std::sort(candidates.begin(), candidates.end(), [&](domain::UnitId a, domain::UnitId b) {
    return TreePosition(organisation, a) < TreePosition(organisation, b);
  });
  // In tree order a subtree is a contiguous run, so a root inside an earlier kept root lies inside
  // the last kept one.
  std::vector<domain::UnitId> roots;
  for (const auto unit : candidates) {
    if (!roots.empty() && organisation.IsInSubtree(unit, roots.back())) continue;
    roots.push_back(unit);
  }
  return roots;
}

AccessReach ReachOf(const domain::Organisation& organisation, const Viewer& viewer, const OrganisationAction& action) {
  AccessReach reach;
  if (viewer.user == nullptr || !viewer.user->active) return reach;
  const auto& user = *viewer.user;
  for (const auto& grant : action.grants) {
    if (!user.HasRole(grant.role)) continue;
    switch (grant.reach) {
      case Self:
        if (viewer.person) {
          reach.any_ = true;
          reach.self_ = viewer.person;
        }
        break;
      case LedSubtree:
        if (viewer.person && organisation.IsLeader(*viewer.person)) {
          reach.any_ = true;
          reach.leader_ = viewer.person;
        }
        break;
      case RoleScope: {
        reach.any_ = true;
        const auto scope = user.ScopeOf(grant.role);
        if (scope.empty()) reach.region_ = true;
        reach.scope_units_.insert(reach.scope_units_.end(), scope.begin(), scope.end());
        break;
      }
      case Region:
        reach.any_ = true;
        reach.region_ = true;
        break;
      case LedUnits:
        if (viewer.person && organisation.IsLeader(*viewer.person)) {
          reach.any_ = true;
          reach.led_units_of_ = viewer.person;
        }
        break;
      case Delegated:
        if (!viewer.delegated_units.empty()) {
          reach.any_ = true;
          reach.delegated_units_ = viewer.delegated_units;
        }
        break;
      case Member:
        if (viewer.person) {
          if (const auto* person = organisation.FindPerson(*viewer.person); person != nullptr && person->active) {
            reach.any_ = true;
            reach.member_of_ = person->unit;
          }
        }
        break;
    }
  }
  return reach;
}

}  // namespace lp::app
