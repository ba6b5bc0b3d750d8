#include "domain/platform/user.hpp"

#include <algorithm>

namespace lp::domain {

bool User::HasRole(Role role) const { return std::ranges::find(roles, role) != roles.end(); }

std::vector<UnitId> User::ScopeOf(Role role) const {
  std::vector<UnitId> units;
  if (!HasRole(role)) return units;
  for (const auto& scope : scopes) {
    if (scope.role == role) units.push_back(scope.unit);
  }
  return units;
}

}  // namespace lp::domain
