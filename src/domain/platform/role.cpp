#include "domain/platform/role.hpp"

namespace lp::domain {

std::string_view RoleCode(Role role) {
  switch (role) {
    case Role::Medarbejder: return "medarbejder";
    case Role::Leder: return "leder";
    case Role::Hr: return "hr";
    case Role::Koncernledelse: return "koncernledelse";
    case Role::Redaktoer: return "redaktoer";
    case Role::Administrator: return "administrator";
  }
  return "medarbejder";
}

std::string_view RoleLabel(Role role) {
  switch (role) {
    case Role::Medarbejder: return "Medarbejder";
    case Role::Leder: return "Leder";
    case Role::Hr: return "HR";
    case Role::Koncernledelse: return "Koncernledelse";
    case Role::Redaktoer: return "Redaktør";
    case Role::Administrator: return "Administrator";
  }
  return "Medarbejder";
}

std::optional<Role> ParseRole(std::string_view code) {
  for (Role role : kAllRoles) {
    if (RoleCode(role) == code) return role;
  }
  // Accept the Danish spelling with ø as well as the ASCII code.
  if (code == "redaktør") return Role::Redaktoer;
  return std::nullopt;
}

bool RoleIsScopable(Role role) { return role == Role::Hr || role == Role::Redaktoer; }

}  // namespace lp::domain
