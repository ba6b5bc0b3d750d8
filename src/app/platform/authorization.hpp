#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "domain/platform/role.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// What a request may need. Each route declares one AccessRule; the web layer calls Authorize()
// for every request before the handler runs, so no handler decides access on its own.
//
// A permission is data declared by the module it belongs to (e.g. app/followup/followup_access.hpp):
// its name, the roles that grant it and whether it needs the whole region. The platform declares only
// its own (below); Authorize() is the one engine that reads them all.
struct Permission {
  std::string_view name;                // "view-follow-up": logs, test names
  std::span<const domain::Role> roles;  // the roles that grant it
  // Whether it acts on the whole organisation at once (the HR import replaces the whole region), so
  // a role limited to a subtree (domain::RoleScope) does not grant it: HR for one hospital may check
  // its data but not import the region.
  bool whole_region = false;
};

// Role sets that several permissions share.
inline constexpr std::array kEveryRole = {domain::Role::Medarbejder, domain::Role::Leder,
                                          domain::Role::Hr,          domain::Role::Koncernledelse,
                                          domain::Role::Redaktoer,   domain::Role::Administrator};
inline constexpr std::array kAdministratorRole = {domain::Role::Administrator};

// The platform's own permissions.
inline constexpr Permission kUsePortal{"use-portal", kEveryRole};                      // every signed-in person
inline constexpr Permission kManageOwnSessions{"manage-own-sessions", kEveryRole};     // see and end one's sessions
inline constexpr Permission kAdministerUsers{"administer-users", kAdministratorRole};  // create users, roles
inline constexpr Permission kViewAuditLog{"view-audit-log", kAdministratorRole};

enum class Audience {
  Anyone,    // login page, health check, static assets, accessibility statement
  SignedIn,  // needs a session and the permission below
  // Another system with an integration token of the rule's scope (Authorization: Bearer), never a
  // session: the portal checks the token before the handler (app/platform/integration_auth.hpp) and
  // reads no cookie for such a route. Authorize() admits no signed-in person to it.
  Integration,
};

struct AccessRule {
  Audience audience = Audience::SignedIn;
  const Permission* permission = &kUsePortal;  // one of the permissions declared as constants
  std::string_view scope = {};                 // Audience::Integration: the scope the token must carry
};

inline constexpr AccessRule kPublic{Audience::Anyone, &kUsePortal};
inline constexpr AccessRule kSignedIn{Audience::SignedIn, &kUsePortal};
inline constexpr AccessRule Requires(const Permission& permission) { return {Audience::SignedIn, &permission}; }
// A route for other systems: a token of `scope` (a code with static storage, e.g. "maalinger").
inline constexpr AccessRule ForIntegration(std::string_view scope) { return {Audience::Integration, nullptr, scope}; }

enum class Decision { Allow, NeedsLogin, Forbidden };

// The one authorisation check. `user` is empty for anonymous requests.
Decision Authorize(const domain::User* user, const AccessRule& rule);

}  // namespace lp::app
