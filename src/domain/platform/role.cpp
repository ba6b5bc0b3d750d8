#include "domain/platform/role.hpp"

namespace lp::domain {

std::string_view RoleCode(Role role) { return kRoleTable.Code(role); }
std::string_view RoleLabel(Role role) { return kRoleTable.Label(role); }

std::optional<Role> ParseRole(std::string_view code) {
  // Accept the Danish spelling with ø as well as the ASCII code.
  if (code == "redaktør") return Role::Redaktoer;
  return kRoleTable.Parse(code);
}

bool RoleIsScopable(Role role) { return role == Role::Hr || role == Role::Redaktoer; }

}  // namespace lp::domain
