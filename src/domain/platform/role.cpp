#include "domain/platform/role.hpp"

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

namespace {

constexpr auto kRoles = MakeEnumTable<Role>({
    {Role::Medarbejder, "medarbejder", "Medarbejder"},
    {Role::Leder, "leder", "Leder"},
    {Role::Hr, "hr", "HR"},
    {Role::Koncernledelse, "koncernledelse", "Koncernledelse"},
    {Role::Redaktoer, "redaktoer", "Redaktør"},
    {Role::Administrator, "administrator", "Administrator"},
});

}  // namespace

std::string_view RoleCode(Role role) { return kRoles.Code(role); }
std::string_view RoleLabel(Role role) { return kRoles.Label(role); }

std::optional<Role> ParseRole(std::string_view code) {
  // Accept the Danish spelling with ø as well as the ASCII code.
  if (code == "redaktør") return Role::Redaktoer;
  return kRoles.Parse(code);
}

bool RoleIsScopable(Role role) { return role == Role::Hr || role == Role::Redaktoer; }

}  // namespace lp::domain
