#include "app/organisation/organisation_access.hpp"

#include <algorithm>

namespace lp::app {
namespace {

using domain::Role;
using enum OrganisationAction;
using enum Reach;

// The policy. Reading down a column of the rules: everyone sees the organisation; HR details
// are for the person, their leaders, HR in scope, koncernledelse and administrators; the data check
// is for HR in scope and administrators.
constexpr std::array kGrants = {
    OrganisationGrant{ViewOrganisation, Role::Medarbejder, Region},
    OrganisationGrant{ViewOrganisation, Role::Leder, Region},
    OrganisationGrant{ViewOrganisation, Role::Hr, Region},
    OrganisationGrant{ViewOrganisation, Role::Koncernledelse, Region},
    OrganisationGrant{ViewOrganisation, Role::Redaktoer, Region},
    OrganisationGrant{ViewOrganisation, Role::Administrator, Region},

    OrganisationGrant{ViewHrDetails, Role::Medarbejder, Self},
    OrganisationGrant{ViewHrDetails, Role::Leder, Self},
    OrganisationGrant{ViewHrDetails, Role::Leder, LedSubtree},
    OrganisationGrant{ViewHrDetails, Role::Hr, Self},
    OrganisationGrant{ViewHrDetails, Role::Hr, RoleScope},
    OrganisationGrant{ViewHrDetails, Role::Koncernledelse, Region},
    OrganisationGrant{ViewHrDetails, Role::Redaktoer, Self},
    OrganisationGrant{ViewHrDetails, Role::Administrator, Region},

    OrganisationGrant{ViewDataCheck, Role::Hr, RoleScope},
    OrganisationGrant{ViewDataCheck, Role::Administrator, Region},

    // A delegate may be anyone the leader appoints, whatever their portal roles.
    OrganisationGrant{EditUnitFoundation, Role::Medarbejder, Delegated},
    OrganisationGrant{EditUnitFoundation, Role::Leder, LedUnits},
    OrganisationGrant{EditUnitFoundation, Role::Leder, Delegated},
    OrganisationGrant{EditUnitFoundation, Role::Hr, Delegated},
    OrganisationGrant{EditUnitFoundation, Role::Hr, RoleScope},
    OrganisationGrant{EditUnitFoundation, Role::Koncernledelse, Delegated},
    OrganisationGrant{EditUnitFoundation, Role::Redaktoer, Delegated},
    OrganisationGrant{EditUnitFoundation, Role::Administrator, Region},

    OrganisationGrant{ManageDelegates, Role::Leder, LedUnits},
    OrganisationGrant{ManageDelegates, Role::Hr, RoleScope},
    OrganisationGrant{ManageDelegates, Role::Administrator, Region},

    OrganisationGrant{ReadUnitFoundation, Role::Medarbejder, Delegated},
    OrganisationGrant{ReadUnitFoundation, Role::Leder, LedSubtree},
    OrganisationGrant{ReadUnitFoundation, Role::Leder, Delegated},
    OrganisationGrant{ReadUnitFoundation, Role::Hr, Delegated},
    OrganisationGrant{ReadUnitFoundation, Role::Hr, RoleScope},
    OrganisationGrant{ReadUnitFoundation, Role::Koncernledelse, Region},
    OrganisationGrant{ReadUnitFoundation, Role::Redaktoer, Delegated},
    OrganisationGrant{ReadUnitFoundation, Role::Administrator, Region},

    OrganisationGrant{ReadPublishedTranslation, Role::Medarbejder, Member},
    OrganisationGrant{ReadPublishedTranslation, Role::Medarbejder, Delegated},
    OrganisationGrant{ReadPublishedTranslation, Role::Leder, Member},
    OrganisationGrant{ReadPublishedTranslation, Role::Leder, LedSubtree},
    OrganisationGrant{ReadPublishedTranslation, Role::Leder, Delegated},
    OrganisationGrant{ReadPublishedTranslation, Role::Hr, Member},
    OrganisationGrant{ReadPublishedTranslation, Role::Hr, Delegated},
    OrganisationGrant{ReadPublishedTranslation, Role::Hr, RoleScope},
    OrganisationGrant{ReadPublishedTranslation, Role::Koncernledelse, Region},
    OrganisationGrant{ReadPublishedTranslation, Role::Redaktoer, Member},
    OrganisationGrant{ReadPublishedTranslation, Role::Redaktoer, Delegated},
    OrganisationGrant{ReadPublishedTranslation, Role::Administrator, Region},

    OrganisationGrant{FollowUp, Role::Leder, LedSubtree},
    OrganisationGrant{FollowUp, Role::Hr, RoleScope},
    OrganisationGrant{FollowUp, Role::Koncernledelse, Region},
    OrganisationGrant{FollowUp, Role::Administrator, Region},

    OrganisationGrant{ManageActivationRounds, Role::Koncernledelse, Region},
    OrganisationGrant{ManageActivationRounds, Role::Administrator, Region},

    OrganisationGrant{EditFoundationContent, Role::Redaktoer, RoleScope},
    OrganisationGrant{EditFoundationContent, Role::Administrator, Region},
};

// The position of a unit in tree order, for sorting roots.
std::size_t TreePosition(const domain::Organisation& organisation, domain::UnitId unit) {
  const auto* found = organisation.FindUnit(unit);
  return found == nullptr ? organisation.Units().size() : static_cast<std::size_t>(found - organisation.Units().data());
}

}  // namespace

std::string_view OrganisationActionName(OrganisationAction action) {
  switch (action) {
    case ViewOrganisation: return "view-organisation";
    case ViewHrDetails: return "view-hr-details";
    case ViewDataCheck: return "view-data-check";
    case EditUnitFoundation: return "edit-unit-foundation";
    case ManageDelegates: return "manage-delegates";
    case ReadUnitFoundation: return "read-unit-foundation";
    case ReadPublishedTranslation: return "read-published-translation";
    case FollowUp: return "follow-up";
    case ManageActivationRounds: return "manage-activation-rounds";
    case EditFoundationContent: return "edit-foundation-content";
  }
  return "unknown";
}

std::span<const OrganisationGrant> OrganisationGrants() { return kGrants; }

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

AccessReach ReachOf(const domain::Organisation& organisation, const Viewer& viewer, OrganisationAction action) {
  AccessReach reach;
  if (viewer.user == nullptr || !viewer.user->active) return reach;
  const auto& user = *viewer.user;
  for (const auto& grant : kGrants) {
    if (grant.action != action || !user.HasRole(grant.role)) continue;
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
