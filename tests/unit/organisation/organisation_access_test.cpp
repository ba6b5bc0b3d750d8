// The organisation access policy as a matrix: every action × every role × a target inside and
// outside the viewer's reach, against an expectation written down independently of the table.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <variant>

#include "app/activation/activation_access.hpp"
#include "app/followup/followup_access.hpp"
#include "app/foundation/foundation_access.hpp"
#include "app/organisation/organisation_access.hpp"
#include "app/platform/authorization.hpp"

namespace lp::app {
namespace {

using domain::Role;
using namespace std::chrono;

using ActionRef = const OrganisationAction*;
// The actions about people and the organisation pages (CoversPerson and CoversUnit).
constexpr std::array<ActionRef, 3> kAllOrganisationActions = {&actions::kViewOrganisation, &actions::kViewHrDetails,
                                                              &actions::kViewDataCheck};
// The actions of the leadership foundation in the units (CoversUnit only), from every module.
constexpr std::array<ActionRef, 7> kAllFoundationActions = {
    &actions::kEditUnitFoundation,       &actions::kManageDelegates, &actions::kReadUnitFoundation,
    &actions::kReadPublishedTranslation, &actions::kFollowUp,        &actions::kManageActivationRounds,
    &actions::kEditFoundationContent};

// Region 1 ─ Område 2 ─┬─ Hospital 3 ─ Afdeling 4
//                      └─ Hospital 5
// Person 10 leads the region, 11 leads hospital 3, 12 leads hospital 5; 13 works in afdeling 4,
// 14 in hospital 5, 15 (inactive) in afdeling 4.
domain::Organisation Sample() {
  std::vector<domain::Unit> units = {
      {1, "RM", "Region Midtjylland", std::nullopt, domain::UnitKind::Region, true},
      {2, "HOSP", "Hospitalerne", 1, domain::UnitKind::Area, true},
      {3, "AUH", "Aarhus Universitetshospital", 2, domain::UnitKind::Hospital, true},
      {4, "AUH-KARD", "Hjertesygdomme", 3, domain::UnitKind::Department, true},
      {5, "RHG", "Regionshospitalet Gødstrup", 2, domain::UnitKind::Hospital, true},
  };
  std::vector<domain::Person> people = {
      {10, "E10", "Rita", "Regionsen", "rita@rm.dk", "Regionsdirektør", 1, true},
      {11, "E11", "Lene", "Leder", "Lene.Leder@RM.dk", "Hospitalsdirektør", 3, true},
      {12, "E12", "Gorm", "Gødstrup", "gorm@rm.dk", "Hospitalsdirektør", 5, true},
      {13, "E13", "Nina", "Nielsen", "nina@rm.dk", "Sygeplejerske", 4, true},
      {14, "E14", "Ole", "Olsen", "ole@rm.dk", "Portør", 5, true},
      {15, "E15", "Ida", "Inaktiv", "lene.leder@rm.dk", "Sekretær", 4, false},
  };
  std::vector<domain::Leadership> leaderships = {
      {1, 10, year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
      {3, 11, year{2020} / 3 / 1, domain::LeaderKind::LederAfLedere},
      {5, 12, year{2019} / 8 / 1, domain::LeaderKind::LederAfLedere},
  };
  auto built = domain::Organisation::Build(std::move(units), std::move(people), std::move(leaderships));
  return std::get<domain::Organisation>(std::move(built));
}

constexpr domain::PersonId kInside = 13;   // in hospital 3's subtree
constexpr domain::PersonId kOutside = 14;  // in hospital 5
constexpr domain::PersonId kViewerPerson = 11;

// The rules as the issue states them, for a viewer who is person 11 (leader of hospital 3) and whose
// scopable roles are scoped to hospital 3.
bool Expected(ActionRef action, Role role, bool inside) {
  if (action == &actions::kViewOrganisation) return true;
  if (action == &actions::kViewHrDetails) {
    switch (role) {
      case Role::Leder:
      case Role::Hr: return inside;
      case Role::Koncernledelse:
      case Role::Administrator: return true;
      case Role::Medarbejder:
      case Role::Redaktoer: return false;
    }
    return false;
  }
  if (action == &actions::kViewDataCheck) return role == Role::Administrator || (role == Role::Hr && inside);
  return false;  // the foundation's actions: FoundationAccess below
}

domain::User UserWith(Role role, std::vector<domain::RoleScope> scopes = {}) {
  domain::User user;
  user.id = 7;
  user.email = "someone@rm.dk";
  user.roles = {role};
  user.scopes = std::move(scopes);
  return user;
}

TEST(OrganisationAccess, MatchesTheMatrixForEveryActionRoleAndScope) {
  const auto organisation = Sample();
  for (const auto action : kAllOrganisationActions) {
    for (const auto role : domain::kAllRoles) {
      const auto user = UserWith(role, {{Role::Hr, 3}, {Role::Redaktoer, 3}});
      const Viewer viewer{&user, kViewerPerson, {}};
      const auto reach = ReachOf(organisation, viewer, *action);
      for (const bool inside : {true, false}) {
        const auto target = inside ? kInside : kOutside;
        const auto unit = inside ? domain::UnitId{4} : domain::UnitId{5};
        EXPECT_EQ(reach.CoversPerson(organisation, target), Expected(action, role, inside))
            << action->name << " × " << domain::RoleCode(role) << (inside ? " inside" : " outside");
        EXPECT_EQ(reach.CoversUnit(organisation, unit), Expected(action, role, inside))
            << action->name << " × " << domain::RoleCode(role) << " unit" << (inside ? " inside" : " outside");
      }
    }
  }
}

TEST(OrganisationAccess, EveryoneSeesTheirOwnHrDetails) {
  const auto organisation = Sample();
  for (const auto role : domain::kAllRoles) {
    const auto user = UserWith(role);
    const auto reach = ReachOf(organisation, {&user, kInside, {}}, actions::kViewHrDetails);
    EXPECT_TRUE(reach.CoversPerson(organisation, kInside)) << domain::RoleCode(role);
  }
}

TEST(OrganisationAccess, HrWithoutScopeRowsCoversTheWholeRegion) {
  const auto organisation = Sample();
  const auto user = UserWith(Role::Hr);
  const auto reach = ReachOf(organisation, {&user, std::nullopt, {}}, actions::kViewHrDetails);
  EXPECT_TRUE(reach.Region());
  EXPECT_TRUE(reach.CoversPerson(organisation, kOutside));
  EXPECT_TRUE(reach.CoversPerson(organisation, 10));
}

TEST(OrganisationAccess, SeveralScopesCoverEachSubtreeAndNothingAbove) {
  const auto organisation = Sample();
  const auto user = UserWith(Role::Hr, {{Role::Hr, 4}, {Role::Hr, 5}});
  const auto reach = ReachOf(organisation, {&user, std::nullopt, {}}, actions::kViewHrDetails);
  EXPECT_FALSE(reach.Region());
  EXPECT_TRUE(reach.CoversPerson(organisation, kInside));
  EXPECT_TRUE(reach.CoversPerson(organisation, kOutside));
  EXPECT_FALSE(reach.CoversPerson(organisation, 11));  // in hospital 3, above afdeling 4
  EXPECT_THAT(reach.Roots(organisation), ::testing::ElementsAre(4, 5));
}

TEST(OrganisationAccess, AScopeOfARoleNotHeldGrantsNothing) {
  const auto organisation = Sample();
  auto user = UserWith(Role::Medarbejder, {{Role::Hr, 3}});
  const auto reach = ReachOf(organisation, {&user, std::nullopt, {}}, actions::kViewHrDetails);
  EXPECT_FALSE(reach.Any());
  EXPECT_FALSE(reach.CoversPerson(organisation, kInside));
}

TEST(OrganisationAccess, ALeadersReachComesFromTheUnitsTheyLeadNotFromScopes) {
  const auto organisation = Sample();
  const auto user = UserWith(Role::Leder, {{Role::Hr, 5}});
  const auto reach = ReachOf(organisation, {&user, kViewerPerson, {}}, actions::kViewHrDetails);
  EXPECT_TRUE(reach.CoversPerson(organisation, kInside));
  EXPECT_FALSE(reach.CoversPerson(organisation, kOutside));
  EXPECT_FALSE(reach.CoversPerson(organisation, 10));  // not over their own leader
  EXPECT_THAT(reach.Roots(organisation), ::testing::ElementsAre(3));
  // A leader role without a linked person who leads anything reaches only themselves.
  const auto unlinked = ReachOf(organisation, {&user, std::nullopt, {}}, actions::kViewHrDetails);
  EXPECT_FALSE(unlinked.CoversPerson(organisation, kInside));
}

TEST(OrganisationAccess, NestedRootsCollapseToTheOutermost) {
  const auto organisation = Sample();
  const auto user = UserWith(Role::Hr, {{Role::Hr, 4}, {Role::Hr, 2}, {Role::Hr, 3}});
  const auto reach = ReachOf(organisation, {&user, std::nullopt, {}}, actions::kViewDataCheck);
  EXPECT_THAT(reach.Roots(organisation), ::testing::ElementsAre(2));
}

TEST(OrganisationAccess, AnInactiveOrMissingUserReachesNothing) {
  const auto organisation = Sample();
  auto user = UserWith(Role::Administrator);
  user.active = false;
  EXPECT_FALSE(ReachOf(organisation, {&user, kInside, {}}, actions::kViewOrganisation).Any());
  EXPECT_FALSE(ReachOf(organisation, {nullptr, kInside, {}}, actions::kViewOrganisation).Any());
}

TEST(OrganisationAccess, RoutePermissionsAdmitExactlyTheRolesWithAGrant) {
  const std::array<std::pair<Permission, OrganisationAction>, 5> routes = {
      std::pair{kViewOrganisation, actions::kViewOrganisation}, std::pair{kViewDataCheck, actions::kViewDataCheck},
      std::pair{kViewFollowUp, actions::kFollowUp},
      std::pair{kManageActivationRounds, actions::kManageActivationRounds},
      std::pair{kEditFoundationContent, actions::kEditFoundationContent}};
  for (const auto& [permission, action] : routes) {
    for (const auto role : domain::kAllRoles) {
      const auto granting = permission.roles;
      const bool route_admits = std::find(granting.begin(), granting.end(), role) != granting.end();
      const auto grants = action.grants;
      const bool has_grant =
          std::any_of(grants.begin(), grants.end(), [&](const Grant& grant) { return grant.role == role; });
      EXPECT_EQ(route_admits, has_grant) << permission.name << " × " << domain::RoleCode(role);
    }
  }
}

// ---- The leadership foundation ------------------------------------------------------------------

// Where a unit lies relative to a viewer who is person 11 (leader of hospital 3) with hr and
// redaktoer scoped to hospital 3: the unit they lead, a unit below it, a unit above it (the region,
// where they are a member of the subtree), and a unit elsewhere.
enum class Place { Led, Below, Above, Elsewhere };
constexpr std::array kPlaces = {Place::Led, Place::Below, Place::Above, Place::Elsewhere};

domain::UnitId UnitAt(Place place) {
  switch (place) {
    case Place::Led: return 3;
    case Place::Below: return 4;
    case Place::Above: return 1;
    case Place::Elsewhere: return 5;
  }
  return 0;
}

// The rules, written down independently of the grants table.
bool ExpectedFoundation(ActionRef action, Role role, Place place) {
  const bool in_scope = place == Place::Led || place == Place::Below;  // hospital 3's subtree
  const bool everywhere = role == Role::Administrator;
  if (action == &actions::kEditUnitFoundation || action == &actions::kManageDelegates) {
    return everywhere || (role == Role::Leder && place == Place::Led) || (role == Role::Hr && in_scope);
  }
  if (action == &actions::kReadUnitFoundation || action == &actions::kFollowUp) {
    return everywhere || role == Role::Koncernledelse || ((role == Role::Leder || role == Role::Hr) && in_scope);
  }
  if (action == &actions::kReadPublishedTranslation) {
    // Person 11 works in hospital 3, so everyone is a member of hospital 3 and the region.
    if (everywhere || role == Role::Koncernledelse) return true;
    if (place == Place::Led || place == Place::Above) return true;
    return (role == Role::Leder || role == Role::Hr) && place == Place::Below;
  }
  if (action == &actions::kManageActivationRounds) return everywhere || role == Role::Koncernledelse;
  if (action == &actions::kEditFoundationContent) return everywhere || (role == Role::Redaktoer && in_scope);
  return false;
}

TEST(FoundationAccess, MatchesTheMatrixForEveryActionRoleAndPlace) {
  const auto organisation = Sample();
  for (const auto action : kAllFoundationActions) {
    for (const auto role : domain::kAllRoles) {
      const auto user = UserWith(role, {{Role::Hr, 3}, {Role::Redaktoer, 3}});
      const auto reach = ReachOf(organisation, {&user, kViewerPerson, {}}, *action);
      for (const auto place : kPlaces) {
        EXPECT_EQ(reach.CoversUnit(organisation, UnitAt(place)), ExpectedFoundation(action, role, place))
            << action->name << " × " << domain::RoleCode(role) << " place " << static_cast<int>(place);
      }
    }
  }
}

TEST(FoundationAccess, ADelegateEditsAndReadsExactlyTheirUnitWhateverTheirRole) {
  const auto organisation = Sample();
  for (const auto role : domain::kAllRoles) {
    if (role == Role::Administrator) continue;  // reaches everything anyway
    const auto user = UserWith(role);
    const Viewer delegate{&user, kInside, {5}};  // Nina (afdeling 4) is delegate for hospital 5
    EXPECT_TRUE(ReachOf(organisation, delegate, actions::kEditUnitFoundation).CoversUnit(organisation, 5))
        << domain::RoleCode(role);
    EXPECT_TRUE(ReachOf(organisation, delegate, actions::kReadUnitFoundation).CoversUnit(organisation, 5))
        << domain::RoleCode(role);
    if (role == Role::Hr || role == Role::Koncernledelse) continue;  // unscoped: they reach more
    // Being a delegate does not let one appoint others.
    EXPECT_FALSE(ReachOf(organisation, delegate, actions::kManageDelegates).CoversUnit(organisation, 5))
        << domain::RoleCode(role);
    EXPECT_FALSE(ReachOf(organisation, delegate, actions::kEditUnitFoundation).CoversUnit(organisation, 4))
        << domain::RoleCode(role);
  }
}

TEST(FoundationAccess, EmployeesReadThePublishedTranslationOfTheirUnitAndThoseAboveOnly) {
  const auto organisation = Sample();
  const auto user = UserWith(Role::Medarbejder);
  const auto reach = ReachOf(organisation, {&user, kInside, {}}, actions::kReadPublishedTranslation);
  EXPECT_TRUE(reach.CoversUnit(organisation, 4));
  EXPECT_TRUE(reach.CoversUnit(organisation, 3));
  EXPECT_TRUE(reach.CoversUnit(organisation, 1));
  EXPECT_FALSE(reach.CoversUnit(organisation, 5));
  EXPECT_FALSE(ReachOf(organisation, {&user, kInside, {}}, actions::kReadUnitFoundation).Any());
  // An inactive person is a member of nothing.
  EXPECT_FALSE(ReachOf(organisation, {&user, 15, {}}, actions::kReadPublishedTranslation).Any());
}

TEST(FoundationAccess, AScopedEditorDoesNotEditTheRegionalContent) {
  const auto organisation = Sample();
  const auto scoped = UserWith(Role::Redaktoer, {{Role::Redaktoer, 3}});
  EXPECT_FALSE(ReachOf(organisation, {&scoped, std::nullopt, {}}, actions::kEditFoundationContent).Region());
  EXPECT_EQ(Authorize(&scoped, Requires(kEditFoundationContent)), Decision::Forbidden);
  const auto editor = UserWith(Role::Redaktoer);
  EXPECT_TRUE(ReachOf(organisation, {&editor, std::nullopt, {}}, actions::kEditFoundationContent).Region());
  EXPECT_EQ(Authorize(&editor, Requires(kEditFoundationContent)), Decision::Allow);
}

TEST(ResolvePerson, PrefersTheExplicitLinkThenTheActivePersonWithTheSameEmail) {
  const auto organisation = Sample();
  std::unordered_map<std::string, domain::PersonId> by_email;
  for (const auto& person : organisation.People()) {
    if (person.active && !person.email.empty()) by_email.emplace(domain::LowerCaseDanish(person.email), person.id);
  }
  domain::User user;
  user.email = "lene.leder@rm.dk";
  // Person 15 has the same address but is inactive; person 11's is in another case.
  EXPECT_EQ(ResolvePerson(organisation, user, by_email), 11);
  user.person = 14;
  EXPECT_EQ(ResolvePerson(organisation, user, by_email), 14);
  user.person = 999;  // an unknown link falls back to the e-mail
  EXPECT_EQ(ResolvePerson(organisation, user, by_email), 11);
  user.person.reset();
  user.email = "nobody@rm.dk";
  EXPECT_EQ(ResolvePerson(organisation, user, by_email), std::nullopt);
}

}  // namespace
}  // namespace lp::app
