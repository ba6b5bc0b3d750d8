#pragma once

#include <array>
#include <optional>
#include <string_view>

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

inline constexpr std::array kAllRoles = {Role::Medarbejder,    Role::Leder,     Role::Hr,
                                         Role::Koncernledelse, Role::Redaktoer, Role::Administrator};

std::string_view RoleCode(Role role);
std::string_view RoleLabel(Role role);
std::optional<Role> ParseRole(std::string_view code);

}  // namespace lp::domain
