#include "app/platform/authorization.hpp"

#include <algorithm>

namespace lp::app {

Decision Authorize(const domain::User* user, const AccessRule& rule) {
  if (rule.audience == Audience::Anyone) return Decision::Allow;
  if (rule.audience == Audience::Integration) return Decision::Forbidden;  // a token's route, never a session's
  if (user == nullptr || !user->active) return Decision::NeedsLogin;
  const Permission& permission = *rule.permission;
  const bool allowed = std::ranges::any_of(permission.roles, [&](domain::Role role) {
    return user->HasRole(role) && (!permission.whole_region || user->ScopeOf(role).empty());
  });
  return allowed ? Decision::Allow : Decision::Forbidden;
}

}  // namespace lp::app
