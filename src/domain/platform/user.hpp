#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/platform/role.hpp"
#include "domain/platform/time.hpp"

namespace lp::domain {

using UserId = std::int64_t;
// The same aliases as in domain/organisation.hpp (a login may be linked to a person of the organisation).
using UnitId = std::int64_t;
using PersonId = std::int64_t;

// A scopable role (RoleIsScopable) limited to the subtree of one unit. A scopable role the user holds
// without any RoleScope holds for the whole region; with scopes, only within their subtrees. A scope
// of a role the user does not hold grants nothing.
struct RoleScope {
  Role role = Role::Hr;
  UnitId unit = 0;  // the unit's database id

  friend bool operator==(const RoleScope&, const RoleScope&) = default;
  // clang-tidy 14 mistakes the defaulted comparison's `0` for a null pointer constant.
  friend auto operator<=>(const RoleScope&, const RoleScope&) = default;  // NOLINT(modernize-use-nullptr)
};

// A person who can sign in. Authentication details (password hash, SSO subject) are not part of it.
struct User {
  UserId id = 0;
  std::string email;
  std::string name;
  std::vector<Role> roles;
  bool active = true;
  Timestamp created_at{};
  std::vector<RoleScope> scopes;   // sorted; see RoleScope
  std::optional<PersonId> person;  // users.person_id: an explicit link to a person, when set

  bool HasRole(Role role) const;
  // The units a held role is limited to; empty when the role holds region-wide (or is not held).
  std::vector<UnitId> ScopeOf(Role role) const;
};

}  // namespace lp::domain
