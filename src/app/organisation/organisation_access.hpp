#pragma once

// Who may see what of the organisation, as data: one table of grants (action × role × reach) and
// the one check every organisation page goes through.
//
// - Everyone signed in sees the organisation itself: units, names, titles, who leads what.
// - HR details of a person (employee number, e-mail, active status, the kind and start date of each
//   leadership; see PersonDetails) are shown to the person themselves, to leaders over them
//   (domain::Organisation::IsLeaderOver), to HR whose scope covers the person's unit, to
//   koncernledelse and to administrators.
// - The data check is for HR (within its scope) and administrators.
// - The leadership foundation in a unit (issue 4): only the unit's own leaders, their delegates, HR in
//   scope and administrators edit its translation, plan, activities, MED records and dialogue
//   sessions; everyone in the chain above (leaders over the unit), HR in scope, koncernledelse and
//   administrators read them, drafts included; the people of the unit and of the units below it (which
//   inherit it) read its published translation. Follow-up covers what a leader leads, HR's scope,
//   or the region; activation rounds are set by koncernledelse and administrators; the regional
//   foundation content and the dialogue library are edited by editors (unscoped) and administrators.
//
// A reach is evaluated against the current snapshot: a leader's reach is the units they lead in it
// (never scope rows), HR's reach is its scope rows (user_role_scopes) or the region when it has none.
// The route-level permissions (app/authorization) admit the roles that have any grant for the
// action; a unit test keeps the two tables consistent.

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/platform/authorization.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/role.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

enum class Reach {
  Self,        // the person the login is linked to, nobody else
  LedSubtree,  // the people a leader is over (IsLeaderOver) and the units in the subtrees they lead
  RoleScope,   // the subtrees of the role's scopes, or the whole region when the role has none
  Region,      // everything
  // Reaches of units only (CoversUnit), for the leadership foundation:
  LedUnits,   // exactly the units the person leads, not those below them
  Delegated,  // the units whose leader appointed the person as delegate (Viewer::delegated_units)
  Member,     // the person's own unit and every unit above it (whose translation they inherit)
};

// One row of an action's grant table: a role and the reach it gives.
struct Grant {
  domain::Role role;
  Reach reach;
};

// Something a viewer may do to people or units, with its grant table: ReachOf takes the union of the
// reaches of the rows whose role the viewer holds. Each module declares its own actions as constants
// in namespace app::actions (app/<module>/<module>_access.hpp, the organisation's below), so the rows
// live with the module and ReachOf stays the one engine.
struct OrganisationAction {
  std::string_view name;  // "follow-up": test names, logs
  std::span<const Grant> grants;
};

// The signed-in user and the person they are in the organisation (ResolvePerson).
struct Viewer {
  const domain::User* user = nullptr;
  std::optional<domain::PersonId> person;
  // The units the person is a delegate for (unit_delegates); loaded only where the foundation needs it.
  std::vector<domain::UnitId> delegated_units;
};

// The person a login is: users.person_id when set and known, otherwise the active person whose
// e-mail equals the login's e-mail, case-insensitively (`active_by_email` maps LowerCaseDanish(e-mail)
// to the person). None when neither finds anyone.
std::optional<domain::PersonId> ResolvePerson(const domain::Organisation& organisation, const domain::User& user,
                                              const std::unordered_map<std::string, domain::PersonId>& active_by_email);

// What one viewer may reach for one action: the union of the reaches of their grants.
class AccessReach {
 public:
  bool Any() const { return any_; }  // allowed somewhere (the route may be shown)
  bool Region() const { return region_; }
  bool CoversPerson(const domain::Organisation& organisation, domain::PersonId person) const;
  bool CoversUnit(const domain::Organisation& organisation, domain::UnitId unit) const;
  // The subtrees covered through role scopes and led units, outermost only (no root lies inside
  // another), in tree order; empty when Region() or when the reach is only the viewer themselves.
  std::vector<domain::UnitId> Roots(const domain::Organisation& organisation) const;

 private:
  friend AccessReach ReachOf(const domain::Organisation&, const Viewer&, const OrganisationAction&);

  bool any_ = false;
  bool region_ = false;
  std::optional<domain::PersonId> self_;
  std::optional<domain::PersonId> leader_;  // leads units: covers what IsLeaderOver covers
  std::vector<domain::UnitId> scope_units_;
  std::optional<domain::PersonId> led_units_of_;  // LedUnits: the units this person leads
  std::vector<domain::UnitId> delegated_units_;
  std::optional<domain::UnitId> member_of_;  // Member: this unit and those above it
};

// The one check: what `viewer` may reach for `action` in `organisation`.
AccessReach ReachOf(const domain::Organisation& organisation, const Viewer& viewer, const OrganisationAction& action);

// The organisation module's route permissions.
// The organisation pages. The route admits the roles with any grant for the action in
// app/organisation/organisation_access; what each may see there is decided by its reach.
inline constexpr std::array kHrAndAdministratorRoles = {domain::Role::Hr, domain::Role::Administrator};
inline constexpr Permission kViewOrganisation{"view-organisation", kEveryRole};
inline constexpr Permission kViewDataCheck{"view-data-check", kHrAndAdministratorRoles};
// Upload the HR export and apply it (the HR import page): it replaces the whole region.
inline constexpr Permission kImportOrganisation{"import-organisation", kHrAndAdministratorRoles, true};

// The organisation module's actions.
namespace actions {

using domain::Role;
using enum Reach;

// The tree, search, unit and person pages without HR details, Min ledelseskæde: everyone.
inline constexpr std::array kViewOrganisationGrants = {
    Grant{Role::Medarbejder, Region},    Grant{Role::Leder, Region},     Grant{Role::Hr, Region},
    Grant{Role::Koncernledelse, Region}, Grant{Role::Redaktoer, Region}, Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kViewOrganisation{"view-organisation", kViewOrganisationGrants};

// A person's HR details: the person, their leaders, HR in scope, koncernledelse, administrators.
inline constexpr std::array kViewHrDetailsGrants = {Grant{Role::Medarbejder, Self}, Grant{Role::Leder, Self},
                                                    Grant{Role::Leder, LedSubtree}, Grant{Role::Hr, Self},
                                                    Grant{Role::Hr, RoleScope},     Grant{Role::Koncernledelse, Region},
                                                    Grant{Role::Redaktoer, Self},   Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kViewHrDetails{"view-hr-details", kViewHrDetailsGrants};

// The data check page (its findings limited to the reach): HR in scope and administrators.
inline constexpr std::array kViewDataCheckGrants = {Grant{Role::Hr, RoleScope}, Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kViewDataCheck{"view-data-check", kViewDataCheckGrants};

// Appoint and remove a unit's delegates (CoversUnit): its leaders, HR in scope, administrators; a
// delegate cannot appoint others.
inline constexpr std::array kManageDelegatesGrants = {Grant{Role::Leder, LedUnits}, Grant{Role::Hr, RoleScope},
                                                      Grant{Role::Administrator, Region}};
inline constexpr OrganisationAction kManageDelegates{"manage-delegates", kManageDelegatesGrants};

}  // namespace actions
}  // namespace lp::app
