#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "domain/platform/role.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// What a request may need. Each route declares one AccessRule; the web layer calls Authorize()
// for every request before the handler runs, so no handler decides access on its own.
enum class Permission {
  UsePortal,          // every signed-in person
  ManageOwnSessions,  // see and end one's own sessions
  AdministerUsers,    // create users, assign roles
  ViewAuditLog,
  // The organisation pages. The route admits the roles with any grant for the action in
  // app/organisation_access; what each may see there is decided by its reach.
  ViewOrganisation,
  ViewDataCheck,
  ImportOrganisation,  // upload the HR export and apply it (the HR import page)
  // The leadership foundation. A unit's own pages need only UsePortal: what each may do there is
  // decided per unit by organisation_access (delegates may hold any role).
  ViewFollowUp,            // the follow-up views (leaders, HR, koncernledelse, administrators)
  ManageActivationRounds,  // set activation rounds (koncernledelse, administrators)
  EditFoundationContent,   // the regional foundation and the dialogue library (editors, administrators)
};

enum class Audience {
  Anyone,    // login page, health check, static assets, accessibility statement
  SignedIn,  // needs a session and the permission below
};

struct AccessRule {
  Audience audience = Audience::SignedIn;
  Permission permission = Permission::UsePortal;
};

inline constexpr AccessRule kPublic{Audience::Anyone, Permission::UsePortal};
inline constexpr AccessRule kSignedIn{Audience::SignedIn, Permission::UsePortal};
inline constexpr AccessRule Requires(Permission permission) { return {Audience::SignedIn, permission}; }

enum class Decision { Allow, NeedsLogin, Forbidden };

// The one authorisation check. `user` is empty for anonymous requests.
Decision Authorize(const domain::User* user, const AccessRule& rule);

// Whether the permission acts on the whole organisation at once (the HR import replaces the whole
// region), so a role limited to a subtree (domain::RoleScope) does not grant it: HR for one hospital
// may check its data but not import the region.
bool NeedsWholeRegion(Permission permission);

// The roles that grant a permission (the permission table, as data).
std::span<const domain::Role> RolesGranting(Permission permission);
std::string_view PermissionName(Permission permission);

}  // namespace lp::app
