#include "app/platform/authorization.hpp"
#include "app/activation/activation_access.hpp"
#include "app/followup/followup_access.hpp"
#include "app/foundation/foundation_access.hpp"
#include "app/organisation/organisation_access.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace lp::app {
namespace {

using domain::Role;
using ::testing::UnorderedElementsAreArray;

// Every permission the platform and the modules declare.
using PermissionRef = const Permission*;
constexpr std::array<PermissionRef, 10> kAllPermissions = {
    &kUsePortal,     &kManageOwnSessions,  &kAdministerUsers, &kViewAuditLog,           &kViewOrganisation,
    &kViewDataCheck, &kImportOrganisation, &kViewFollowUp,    &kManageActivationRounds, &kEditFoundationContent};

// The permission table as the product owner wrote it down, independent of the declarations.
bool Grants(Role role, PermissionRef permission) {
  if (permission == &kUsePortal || permission == &kManageOwnSessions || permission == &kViewOrganisation) {
    return true;  // every role
  }
  if (permission == &kViewDataCheck || permission == &kImportOrganisation) {
    return role == Role::Hr || role == Role::Administrator;
  }
  if (permission == &kAdministerUsers || permission == &kViewAuditLog) return role == Role::Administrator;
  if (permission == &kViewFollowUp) return role != Role::Medarbejder && role != Role::Redaktoer;
  if (permission == &kManageActivationRounds) return role == Role::Koncernledelse || role == Role::Administrator;
  if (permission == &kEditFoundationContent) return role == Role::Redaktoer || role == Role::Administrator;
  return false;
}

// The permissions that need the whole region, as the product owner wrote them down.
bool NeedsWholeRegion(PermissionRef permission) {
  return permission == &kImportOrganisation || permission == &kEditFoundationContent;
}

domain::User UserWith(std::vector<Role> roles, bool active = true) {
  domain::User user;
  user.id = 7;
  user.email = "anna@rm.dk";
  user.name = "Anna";
  user.roles = std::move(roles);
  user.active = active;
  return user;
}

std::string DecisionName(Decision decision) {
  switch (decision) {
    case Decision::Allow: return "Allow";
    case Decision::NeedsLogin: return "NeedsLogin";
    case Decision::Forbidden: return "Forbidden";
  }
  return "?";
}

// ---- Scoped roles --------------------------------------------------------------------------------

TEST(Authorize, GrantsAScopedRoleOnlyThePermissionsThatDoNotNeedTheWholeRegion) {
  auto scoped_hr = UserWith({Role::Hr});
  scoped_hr.scopes = {domain::RoleScope{Role::Hr, 42}};
  for (const auto permission : kAllPermissions) {
    const bool expected = Grants(Role::Hr, permission) && !NeedsWholeRegion(permission);
    EXPECT_EQ(DecisionName(Authorize(&scoped_hr, Requires(*permission))),
              DecisionName(expected ? Decision::Allow : Decision::Forbidden))
        << permission->name;
  }
  EXPECT_EQ(Authorize(&scoped_hr, Requires(kImportOrganisation)), Decision::Forbidden);
  EXPECT_EQ(Authorize(&scoped_hr, Requires(kViewDataCheck)), Decision::Allow);

  const auto region_hr = UserWith({Role::Hr});
  EXPECT_EQ(Authorize(&region_hr, Requires(kImportOrganisation)), Decision::Allow);

  // Another role without scope still grants it: an administrator who is also HR for one hospital.
  auto administrator = scoped_hr;
  administrator.roles.push_back(Role::Administrator);
  EXPECT_EQ(Authorize(&administrator, Requires(kImportOrganisation)), Decision::Allow);
}

// ---- The matrix: every permission for a signed-in user holding exactly one role ---------------

// "administer_users_leder": gtest names allow letters, digits and underscores only.
std::string MatrixCaseName(const ::testing::TestParamInfo<std::tuple<PermissionRef, Role>>& param_info) {
  std::string name = std::string(std::get<0>(param_info.param)->name) + "_" +
                     std::string(domain::RoleCode(std::get<1>(param_info.param)));
  std::ranges::replace(name, '-', '_');
  return name;
}

class AuthorizeMatrix : public ::testing::TestWithParam<std::tuple<PermissionRef, Role>> {};

TEST_P(AuthorizeMatrix, AllowsExactlyTheRolesThePermissionTableGrants) {
  const auto [permission, role] = GetParam();
  const auto user = UserWith({role});

  const auto decision = Authorize(&user, Requires(*permission));

  EXPECT_EQ(DecisionName(decision), DecisionName(Grants(role, permission) ? Decision::Allow : Decision::Forbidden));
}

TEST_P(AuthorizeMatrix, AsksAnAnonymousVisitorToLogIn) {
  const auto [permission, role] = GetParam();
  (void)role;

  EXPECT_EQ(DecisionName(Authorize(nullptr, Requires(*permission))), "NeedsLogin");
}

TEST_P(AuthorizeMatrix, AsksAnInactiveUserToLogInWhateverTheirRole) {
  const auto [permission, role] = GetParam();
  const auto user = UserWith({role}, false);

  EXPECT_EQ(DecisionName(Authorize(&user, Requires(*permission))), "NeedsLogin");
}

TEST_P(AuthorizeMatrix, LetsEveryoneThroughAPublicRule) {
  const auto [permission, role] = GetParam();
  const auto active = UserWith({role});
  const auto inactive = UserWith({role}, false);
  const AccessRule rule{Audience::Anyone, permission};

  EXPECT_EQ(DecisionName(Authorize(&active, rule)), "Allow");
  EXPECT_EQ(DecisionName(Authorize(&inactive, rule)), "Allow");
  EXPECT_EQ(DecisionName(Authorize(nullptr, rule)), "Allow");
}

INSTANTIATE_TEST_SUITE_P(EveryPermissionAndRole, AuthorizeMatrix,
                         ::testing::Combine(::testing::ValuesIn(kAllPermissions),
                                            ::testing::ValuesIn(domain::kAllRoles)),
                         MatrixCaseName);

// ---- Beyond one role ---------------------------------------------------------------------------

TEST(Authorize, ForbidsASignedInUserWithoutRolesEvenTheBasicPortal) {
  const auto user = UserWith({});

  for (const auto permission : kAllPermissions) {
    SCOPED_TRACE(std::string(permission->name));
    EXPECT_EQ(DecisionName(Authorize(&user, Requires(*permission))), "Forbidden");
  }
}

TEST(Authorize, AllowsWhenAnyOfSeveralRolesGrantsThePermission) {
  const auto user = UserWith({Role::Leder, Role::Administrator});

  EXPECT_EQ(DecisionName(Authorize(&user, Requires(kAdministerUsers))), "Allow");
  EXPECT_EQ(DecisionName(Authorize(&user, Requires(kViewAuditLog))), "Allow");
}

TEST(Authorize, TheNamedRulesMeanWhatTheySay) {
  const auto leder = UserWith({Role::Leder});

  EXPECT_EQ(kPublic.audience, Audience::Anyone);
  EXPECT_EQ(kSignedIn.audience, Audience::SignedIn);
  EXPECT_EQ(kSignedIn.permission, &kUsePortal);
  EXPECT_EQ(DecisionName(Authorize(nullptr, kPublic)), "Allow");
  EXPECT_EQ(DecisionName(Authorize(nullptr, kSignedIn)), "NeedsLogin");
  EXPECT_EQ(DecisionName(Authorize(&leder, kSignedIn)), "Allow");
  // A default AccessRule is the safe one: signed in.
  EXPECT_EQ(DecisionName(Authorize(nullptr, AccessRule{})), "NeedsLogin");
}

TEST(Permission, ListsTheRolesOfThePermissionTable) {
  for (const auto permission : kAllPermissions) {
    SCOPED_TRACE(std::string(permission->name));
    std::vector<Role> expected;
    for (const auto role : domain::kAllRoles) {
      if (Grants(role, permission)) expected.push_back(role);
    }
    const auto granting = permission->roles;
    EXPECT_THAT(std::vector<Role>(granting.begin(), granting.end()), UnorderedElementsAreArray(expected));
  }
}

TEST(Permission, NeedsTheWholeRegionExactlyWhereThePermissionTableSays) {
  for (const auto permission : kAllPermissions) {
    EXPECT_EQ(permission->whole_region, NeedsWholeRegion(permission)) << permission->name;
  }
}

TEST(Permission, GivesEveryPermissionItsOwnName) {
  std::set<std::string> names;
  for (const auto permission : kAllPermissions) {
    const std::string name(permission->name);
    EXPECT_FALSE(name.empty());
    names.insert(name);
  }
  EXPECT_EQ(names.size(), kAllPermissions.size());
  EXPECT_EQ(kAdministerUsers.name, "administer-users");
}

}  // namespace
}  // namespace lp::app
