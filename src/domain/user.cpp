#include "domain/user.hpp"

#include <algorithm>

namespace lp::domain {

bool User::HasRole(Role role) const { return std::ranges::find(roles, role) != roles.end(); }

}  // namespace lp::domain
