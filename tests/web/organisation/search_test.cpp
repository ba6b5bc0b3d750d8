// The organisation search over HTTP, on both databases (issue 15): each person with the path of
// their unit, "viser 1–25 af 30" and pages through the rest, one's own colleagues first, the filter
// by area (a unit directly under the root), and a hint naming a unit that exists.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// Region Midtjylland ─┬─ Aarhus Universitetshospital ─ Hjertesygdomme (Nina; Hansen 1–10)
//                     └─ Regionshospitalet Gødstrup (Hansen 11–30)
class OrganisationSearch : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {
        {"RM", "Region Midtjylland", "", domain::UnitKind::Region},
        {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital},
        {"AUH-KARD", "Hjertesygdomme", "AUH", domain::UnitKind::Department},
        {"RHG", "Regionshospitalet Gødstrup", "RM", domain::UnitKind::Hospital},
    };
    std::vector<app::PersonRow> people = {{"E0", "Nina", "Nielsen", "nina@rm.test", "Sygeplejerske", "AUH-KARD"}};
    // Gødstrup's first, so that the search's own order would put them before Nina's colleagues.
    for (int n = 11; n <= 30; ++n) {
      people.push_back({"E" + std::to_string(n), "Anne" + std::to_string(n), "Hansen", "", "Portør", "RHG"});
    }
    for (int n = 1; n <= 10; ++n) {
      people.push_back({"E" + std::to_string(n), "Bo" + std::to_string(n), "Hansen", "", "Sygeplejerske", "AUH-KARD"});
    }
    const auto snapshot = SeedOrganisation({units, people, {}});
    rhg_ = snapshot->organisation.FindUnitByExternalId("RHG")->id;
    CreateUser("nina@rm.test", {Role::Medarbejder}, "Nina Nielsen");
  }

  domain::UnitId rhg_ = 0;
};

TEST_F(OrganisationSearch, PagesThroughEveryMatchWithColleaguesFirstAndUnitPaths) {
  auto nina = SignedInClient("nina@rm.test");
  const auto first = nina.Get("/organisation?q=hansen");
  ASSERT_EQ(first.status, 200);
  EXPECT_THAT(first.body, HasSubstr("Personer (30)"));
  EXPECT_THAT(first.body, HasSubstr("viser 1–25 af 30. Dine nærmeste kolleger står først."));
  // Nina's colleagues come first, with the path of their unit.
  const auto colleague = first.body.find("Bo1 Hansen");
  const auto other = first.body.find("Hansen</a> <span class=\"portal-muted\">Portør");
  ASSERT_NE(colleague, std::string::npos);
  ASSERT_NE(other, std::string::npos);
  EXPECT_LT(colleague, other);
  EXPECT_THAT(first.body, HasSubstr(">Hjertesygdomme · Aarhus Universitetshospital</a>"));
  EXPECT_THAT(first.body, HasSubstr("href=\"/organisation?q=hansen&amp;side=2#person-results\""));
  const auto second = nina.Get("/organisation?q=hansen&side=2");
  EXPECT_THAT(second.body, HasSubstr("viser 26–30 af 30"));
  EXPECT_THAT(second.body, Not(HasSubstr("Bo1 Hansen")));
  // Past the last page: the last page.
  EXPECT_THAT(nina.Get("/organisation?q=hansen&side=9").body, HasSubstr("viser 26–30 af 30"));
}

TEST_F(OrganisationSearch, FiltersByAreaAndNamesAnExistingUnitInTheHint) {
  auto nina = SignedInClient("nina@rm.test");
  const auto page = nina.Get("/organisation");
  EXPECT_THAT(page.body, HasSubstr("fx „Hjertesygdomme“ eller „Hansen“"));
  EXPECT_THAT(page.body,
              HasSubstr("<option value=\"" + std::to_string(rhg_) + "\">Regionshospitalet Gødstrup</option>"));
  const auto area = nina.Get("/organisation?q=hansen&omraade=" + std::to_string(rhg_));
  EXPECT_EQ(area.status, 200);
  EXPECT_THAT(area.body, HasSubstr("Resultater for „hansen“ i Regionshospitalet Gødstrup"));
  EXPECT_THAT(area.body, HasSubstr("Personer (20)"));
  EXPECT_THAT(area.body, HasSubstr("20 resultater."));
  EXPECT_THAT(area.body, Not(HasSubstr("Bo1 Hansen")));
  EXPECT_THAT(area.body, HasSubstr("<option value=\"" + std::to_string(rhg_) + "\" selected>"));
  EXPECT_EQ(nina.Get("/organisation?q=hansen&omraade=987654").status, 404);
}

}  // namespace
}  // namespace lp::testing
