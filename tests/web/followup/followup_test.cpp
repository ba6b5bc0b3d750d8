// The follow-up pages over HTTP, on both databases: who gets the chain view, the region view and
// the export (403 for an employee everywhere, for a leader on the region), what the chain shows,
// sorting by a column header link, bad query parameters, the CSV's header and rows and the XLSX.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

// Region Midtjylland (Rita) ─┬─ Hospitalerne (area; Hanne) ─┬─ Aarhus Universitetshospital (Lene) ─ Hjertesygdomme
//                            │                              └─ Regionshospitalet Gødstrup (Ole)
//                            └─ Psykiatrien (area; Pia)
// Nina works in Hjertesygdomme (no leader).
class FollowUpPages : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {
        {"RM", "Region Midtjylland", "", domain::UnitKind::Region},
        {"HOSP", "Hospitalerne", "RM", domain::UnitKind::Area},
        {"AUH", "Aarhus Universitetshospital", "HOSP", domain::UnitKind::Hospital},
        {"AUH-KARD", "Hjertesygdomme", "AUH", domain::UnitKind::Department},
        {"RHG", "Regionshospitalet Gødstrup", "HOSP", domain::UnitKind::Hospital},
        {"PS", "Psykiatrien", "RM", domain::UnitKind::Area},
    };
    const std::vector<app::PersonRow> people = {
        {"E1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E2", "Lene", "Leder", "lene@rm.test", "Hospitalsdirektør", "AUH"},
        {"E3", "Nina", "Nielsen", "nina@rm.test", "Sygeplejerske", "AUH-KARD"},
        {"E4", "Ole", "Olsen", "ole@rm.test", "Hospitalsdirektør", "RHG"},
        {"E5", "Hanne", "Holm", "hanne@rm.test", "Koncerndirektør", "HOSP"},
        {"E6", "Pia", "Poulsen", "pia@rm.test", "Psykiatridirektør", "PS"},
    };
    const auto since = std::chrono::year{2019} / 4 / 1;
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", since, domain::LeaderKind::LederAfLedere},
        {"HOSP", "E5", since, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", since, domain::LeaderKind::LederAfLedere},
        {"RHG", "E4", since, domain::LeaderKind::LederAfLedere},
        {"PS", "E6", since, domain::LeaderKind::LederAfLedere},
    };
    SeedOrganisation({units, people, leaderships});
    CreateUser("rita@rm.test", {Role::Leder}, "Rita Regionsen");
    CreateUser("hanne@rm.test", {Role::Leder}, "Hanne Holm");
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("nina@rm.test", {Role::Medarbejder}, "Nina Nielsen");
    CreateUser("kl@rm.test", {Role::Koncernledelse}, "Koncern Ledelse");
  }

  // Where `text` first appears after `after` (the main content, not the header's links).
  static std::size_t At(const std::string& body, const std::string& text, const std::string& after = "<main") {
    const auto at = body.find(text, body.find(after));
    EXPECT_NE(at, std::string::npos) << text;
    return at;
  }
};

TEST_F(FollowUpPages, AnEmployeeIsRefusedEveryFollowUpPage) {
  auto nina = SignedInClient("nina@rm.test");
  for (const auto* path :
       {"/opfoelgning", "/opfoelgning/region", "/opfoelgning/region.csv", "/opfoelgning/region.xlsx"}) {
    EXPECT_EQ(nina.Get(path).status, 403) << path;
  }
  EXPECT_THAT(nina.Get("/").body, Not(HasSubstr("href=\"/opfoelgning\"")));
}

TEST_F(FollowUpPages, ALeaderSeesTheChainBelowButNotTheRegion) {
  auto lene = SignedInClient("lene@rm.test");
  const auto page = lene.Get("/opfoelgning");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("Aarhus Universitetshospital"));
  EXPECT_THAT(page.body, HasSubstr("Hjertesygdomme"));
  EXPECT_THAT(page.body, Not(HasSubstr("Regionshospitalet Gødstrup")));
  EXPECT_THAT(page.body, Not(HasSubstr("href=\"/opfoelgning/region\"")));
  EXPECT_THAT(page.body, HasSubstr("href=\"/opfoelgning\""));  // the navigation entry
  for (const auto* path : {"/opfoelgning/region", "/opfoelgning/region.csv", "/opfoelgning/region.xlsx"}) {
    EXPECT_EQ(lene.Get(path).status, 403) << path;
  }
}

TEST_F(FollowUpPages, ALeaderOfLeadersSeesTheUnitsTwoLevelsDownIndented) {
  auto hanne = SignedInClient("hanne@rm.test");
  const auto page = hanne.Get("/opfoelgning");
  ASSERT_EQ(page.status, 200);
  EXPECT_LT(At(page.body, "Hospitalerne</a>"), At(page.body, "Aarhus Universitetshospital</a>"));
  EXPECT_LT(At(page.body, "Aarhus Universitetshospital</a>"), At(page.body, "Hjertesygdomme</a>"));
  EXPECT_THAT(page.body, HasSubstr("portal-indent-2"));
  EXPECT_THAT(page.body, HasSubstr("Niveau 3"));
  EXPECT_THAT(page.body, Not(HasSubstr("Psykiatrien</a>")));
  EXPECT_EQ(hanne.Get("/opfoelgning/region").status, 403);
}

TEST_F(FollowUpPages, KoncernledelseSeesTheRegionWithTheHeatMap) {
  auto kl = SignedInClient("kl@rm.test");
  const auto chain = kl.Get("/opfoelgning");
  ASSERT_EQ(chain.status, 200);
  EXPECT_THAT(chain.body, HasSubstr("href=\"/opfoelgning/region\""));
  const auto page = kl.Get("/opfoelgning/region");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_THAT(page.body, HasSubstr("6 enheder"));
  EXPECT_THAT(page.body, HasSubstr("Varmekort"));
  EXPECT_THAT(page.body, HasSubstr("0,0 %"));
  EXPECT_THAT(page.body, HasSubstr("Vis enhederne i Hospitalerne"));
  const auto drilled =
      kl.Get("/opfoelgning/region?kort=" +
             std::to_string(portal().organisation().Current()->organisation.FindUnitByExternalId("HOSP")->id));
  ASSERT_EQ(drilled.status, 200);
  EXPECT_THAT(drilled.body, HasSubstr("Varmekort for Hospitalerne"));
}

TEST_F(FollowUpPages, TheChainViewIsPagedAndALaterPageNamesTheUnitsAboveIt) {
  // 120 teams under Psykiatrien: 126 units, two pages for the whole region.
  std::vector<app::UnitRow> teams;
  for (int i = 0; i < 120; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "Team %03d", i);
    teams.push_back({"PS-" + std::to_string(i), name, "PS", domain::UnitKind::Other});
  }
  portal().store().Write([&](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().UpsertUnits(teams); });
  portal().organisation().Reload();
  auto kl = SignedInClient("kl@rm.test");
  const auto first = kl.Get("/opfoelgning");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_THAT(first.body, HasSubstr("126 enheder, viser 1–100."));
  EXPECT_THAT(first.body, HasSubstr("Side 1 af 2."));
  EXPECT_THAT(first.body, HasSubstr("href=\"/opfoelgning?side=2#enheder\" rel=\"next\""));
  EXPECT_THAT(first.body, Not(HasSubstr("Fortsat fra forrige side")));
  EXPECT_THAT(first.body, HasSubstr("<strong>126</strong> enheder"));  // the totals count every page
  EXPECT_THAT(first.body, Not(HasSubstr("Team 119</a>")));
  const auto second = kl.Get("/opfoelgning?side=2");
  ASSERT_EQ(second.status, 200);
  EXPECT_THAT(second.body, HasSubstr("126 enheder, viser 101–126."));
  EXPECT_THAT(second.body, HasSubstr("Team 119</a>"));
  EXPECT_THAT(second.body, Not(HasSubstr("Hospitalerne</a>")));
  EXPECT_THAT(second.body, HasSubstr("href=\"/opfoelgning#enheder\" rel=\"prev\""));
  EXPECT_LT(At(second.body, "Fortsat fra forrige side"), At(second.body, "Region Midtjylland</a>"));
  EXPECT_LT(At(second.body, "Region Midtjylland</a>"), At(second.body, "Psykiatrien</a>"));
  const auto past = kl.Get("/opfoelgning?side=9");  // past the end: the last page
  ASSERT_EQ(past.status, 200);
  EXPECT_THAT(past.body, HasSubstr("viser 101–126."));
  EXPECT_EQ(kl.Get("/opfoelgning?side=0").status, 400);
  // A leader's smaller chain has one page and no pager.
  const auto lene = SignedInClient("lene@rm.test").Get("/opfoelgning");
  EXPECT_THAT(lene.body, HasSubstr("2 enheder, viser 1–2."));
  EXPECT_THAT(lene.body, Not(HasSubstr("Side 1 af")));
}

TEST_F(FollowUpPages, AColumnHeaderLinkSortsTheTable) {
  auto kl = SignedInClient("kl@rm.test");
  const auto ascending = kl.Get("/opfoelgning/region?sorter=enhed&retning=stigende");
  ASSERT_EQ(ascending.status, 200);
  EXPECT_THAT(ascending.body, HasSubstr("aria-sort=\"ascending\""));
  EXPECT_THAT(ascending.body, HasSubstr("href=\"/opfoelgning/region?sorter=enhed&amp;retning=faldende#tabel\""));
  EXPECT_LT(At(ascending.body, "Aarhus Universitetshospital</a>", "portal-sortable"),
            At(ascending.body, "Region Midtjylland</a>", "portal-sortable"));
  // The filter form offers the same sorting (on a phone the headings are hidden) and shows it.
  EXPECT_THAT(ascending.body, HasSubstr("<option value=\"enhed\" selected>Enhed</option>"));
  const auto descending = kl.Get("/opfoelgning/region?sorter=enhed&retning=faldende");
  ASSERT_EQ(descending.status, 200);
  EXPECT_THAT(descending.body, HasSubstr("aria-sort=\"descending\""));
  EXPECT_THAT(descending.body, HasSubstr("<option value=\"faldende\" selected>Faldende</option>"));
  EXPECT_GT(At(descending.body, "Aarhus Universitetshospital</a>", "portal-sortable"),
            At(descending.body, "Region Midtjylland</a>", "portal-sortable"));
}

TEST_F(FollowUpPages, BadQueryParametersGetADanishError) {
  auto kl = SignedInClient("kl@rm.test");
  const auto column = kl.Get("/opfoelgning/region?sorter=navn");
  EXPECT_EQ(column.status, 400);
  EXPECT_THAT(column.body, HasSubstr("kan ikke sorteres efter den kolonne"));
  EXPECT_EQ(kl.Get("/opfoelgning/region?side=0").status, 400);
  EXPECT_EQ(kl.Get("/opfoelgning/region?omraade=999999").status, 404);
  EXPECT_EQ(kl.Get("/opfoelgning?runde=999999").status, 404);
}

TEST_F(FollowUpPages, TheCsvHasTheDocumentedHeaderAndARowPerUnit) {
  auto kl = SignedInClient("kl@rm.test");
  const auto csv = kl.Get("/opfoelgning/region.csv?sorter=enhed&retning=stigende");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_THAT(csv.Header("content-type"), HasSubstr("text/csv"));
  EXPECT_THAT(csv.Header("content-disposition"), HasSubstr("attachment"));
  EXPECT_THAT(csv.Header("content-disposition"), HasSubstr("opf%C3%B8lgning-region-"));
  EXPECT_THAT(csv.body, StartsWith("\xEF\xBB\xBF"
                                   "Enhed;Enheds-id;Enhedstype;Niveau;Område;Ledere;Oversættelse;Version;Udgivet;"
                                   "Nyere kladde;Arver fra;Plan;Planlagte;Gennemførte;Overskredne;"
                                   "Seneste MED-drøftelse;Runde\r\n"));
  EXPECT_THAT(csv.body, HasSubstr("\r\nAarhus Universitetshospital;AUH;Hospital;2;Hospitalerne;Lene Leder;Ingen;;;Nej;"
                                  ";Ingen runde;0;0;0;;\r\n"));
  // Seven lines: the header and the six units.
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 7);
  const auto filtered =
      kl.Get("/opfoelgning/region.csv?omraade=" +
             std::to_string(portal().organisation().Current()->organisation.FindUnitByExternalId("PS")->id));
  ASSERT_EQ(filtered.status, 200);
  EXPECT_EQ(std::count(filtered.body.begin(), filtered.body.end(), '\n'), 2);
}

TEST_F(FollowUpPages, TheChainViewFiltersSortsAndExportsLikeTheRegionView) {
  auto hanne = SignedInClient("hanne@rm.test");
  const auto all = hanne.Get("/opfoelgning");
  EXPECT_THAT(all.body, HasSubstr("<label class=\"form-label\" for=\"plan\">Plan</label>"));
  EXPECT_THAT(all.body, HasSubstr("href=\"/opfoelgning.csv\""));
  EXPECT_THAT(all.body, HasSubstr("href=\"/opfoelgning?sorter=enhed&amp;retning=stigende#enheder\""));
  EXPECT_THAT(all.body, Not(HasSubstr(">Område</a></th>")));  // no area column in the chain
  // Hanne's chain: Hospitalerne, AUH, Hjertesygdomme and Gødstrup. Without a round no unit has a
  // translation, so filtering on "Udgivet" leaves none, and "Ingen" leaves all four.
  const auto none = hanne.Get("/opfoelgning?oversaettelse=udgivet");
  EXPECT_EQ(none.status, 200);
  EXPECT_THAT(none.body, HasSubstr("Ingen enheder passer til filtrene."));
  EXPECT_THAT(none.body, HasSubstr("I alt (efter filtrering)"));
  EXPECT_THAT(none.body, HasSubstr("Fjern filtrene"));
  const auto sorted = hanne.Get("/opfoelgning?oversaettelse=ingen&sorter=enhed&retning=faldende");
  EXPECT_EQ(sorted.status, 200);
  EXPECT_LT(At(sorted.body, "Regionshospitalet Gødstrup</a>"), At(sorted.body, "Hjertesygdomme</a>"));
  EXPECT_LT(At(sorted.body, "Hjertesygdomme</a>"), At(sorted.body, "Aarhus Universitetshospital</a>"));
  EXPECT_THAT(sorted.body, HasSubstr("aria-sort=\"descending\""));
  const auto csv = hanne.Get("/opfoelgning.csv?sorter=enhed&retning=stigende");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_THAT(csv.Header("content-disposition"), HasSubstr("opf%C3%B8lgning-kaede-"));
  EXPECT_EQ(std::count(csv.body.begin(), csv.body.end(), '\n'), 5);  // the header and four units
  EXPECT_THAT(csv.body, Not(HasSubstr("Psykiatrien")));
  EXPECT_EQ(hanne.Get("/opfoelgning.xlsx").status, 200);
  // An area outside her chain is not hers to filter on; an employee gets no export.
  const auto ps = portal().organisation().Current()->organisation.FindUnitByExternalId("PS")->id;
  EXPECT_EQ(hanne.Get("/opfoelgning?omraade=" + std::to_string(ps)).status, 404);
  auto nina = SignedInClient("nina@rm.test");
  EXPECT_EQ(nina.Get("/opfoelgning.csv").status, 403);
}

TEST_F(FollowUpPages, TheXlsxIsAWorkbook) {
  auto kl = SignedInClient("kl@rm.test");
  const auto xlsx = kl.Get("/opfoelgning/region.xlsx");
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  EXPECT_EQ(xlsx.Header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_THAT(xlsx.Header("content-disposition"), HasSubstr(".xlsx"));
  EXPECT_THAT(xlsx.body, StartsWith("PK"));
  EXPECT_GT(xlsx.body.size(), 2000U);
}

}  // namespace
}  // namespace lp::testing
