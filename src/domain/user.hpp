#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/role.hpp"
#include "domain/time.hpp"

namespace lp::domain {

using UserId = std::int64_t;

// A person who can sign in. Authentication details (password hash, SSO subject) are not part of it.
struct User {
  UserId id = 0;
  std::string email;
  std::string name;
  std::vector<Role> roles;
  bool active = true;
  Timestamp created_at{};

  bool HasRole(Role role) const;
};

}  // namespace lp::domain
