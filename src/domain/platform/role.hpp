#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

// Access roles. The code is what is stored and typed on the command line; the label is Danish UI text.
enum class Role {
  Medarbejder,
  Leder,
  Hr,
  Koncernledelse,
  Redaktoer,
  Administrator,
};

inline constexpr auto kRoleTable = MakeEnumTable<Role>({
    {Role::Medarbejder, "medarbejder", "Medarbejder"},
    {Role::Leder, "leder", "Leder"},
    {Role::Hr, "hr", "HR"},
    {Role::Koncernledelse, "koncernledelse", "Koncernledelse"},
    {Role::Redaktoer, "redaktoer", "Redaktør"},
    {Role::Administrator, "administrator", "Administrator"},
});
inline constexpr auto kAllRoles = kRoleTable.Values();

std::string_view RoleCode(Role role);
std::string_view RoleLabel(Role role);
std::optional<Role> ParseRole(std::string_view code);
// Whether the role may be limited to unit subtrees (domain::RoleScope): HR (e.g. HR for one
// hospital) and editors (e.g. the communication team of one area). The others are what they are
// everywhere: a leader's reach comes from the units they lead, not from scopes.
bool RoleIsScopable(Role role);

}  // namespace lp::domain
