// OrganisationService: the shared snapshot and when it is rebuilt, and the page use cases with
// their access checks and audit events.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "app/organisation/organisation_service.hpp"
#include "unit/fakes.hpp"

namespace lp::app {
namespace {

using domain::Role;
using namespace std::chrono;

// Region 1 ─ Hospital 2 ─┬─ Afdeling 3 (led by 11, new leader) ─ Afsnit 4 (no leader)
//                        └─ Afdeling 5 (no leader)
// 10 leads the region and the hospital together with 12 (shared leadership of the hospital).
class OrganisationServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& records = store_.data().organisation;
    records.units = {
        {1, "RM", "Region Midtjylland", std::nullopt, domain::UnitKind::Region, true},
        {2, "AUH", "Aarhus Universitetshospital", 1, domain::UnitKind::Hospital, true},
        {3, "KARD", "Hjertesygdomme", 2, domain::UnitKind::Department, true},
        {4, "KARD-S", "Sengeafsnit", 3, domain::UnitKind::Section, true},
        {5, "LUNG", "Lungesygdomme", 2, domain::UnitKind::Department, true},
    };
    records.people = {
        {10, "E10", "Rita", "Regionsen", "rita@rm.dk", "Direktør", 1, true},
        {11, "E11", "Lene", "Leder", "lene@rm.dk", "Afdelingsleder", 3, true},
        {12, "E12", "Per", "Parløb", "per@rm.dk", "Hospitalsdirektør", 2, true},
        {13, "E13", "Nina", "Nielsen", "", "Sygeplejerske", 4, true},
        {14, "E14", "Ole", "Olsen", "ole@rm.dk", "Læge", 5, true},
        {15, "E15", "Ida", "Inaktiv", "ida@rm.dk", "Tidligere leder", 5, false},
    };
    records.leaderships = {
        {1, 10, year{2010} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {2, 10, year{2012} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {2, 12, year{2014} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {3, 11, year{2026} / 2 / 1, domain::LeaderKind::Personaleleder},
        {5, 15, year{2011} / 1 / 1, domain::LeaderKind::Personaleleder},
    };
  }

  OrganisationService Service() {
    OrganisationSettings settings;
    settings.check_interval = seconds{5};
    settings.employees_per_page = 1;
    return OrganisationService(
        store_, settings, [] { return domain::FromUnixSeconds(1'790'000'000); },  // 19.09.2026
        [this] { return now_; });
  }

  domain::User UserWith(Role role, std::string email, std::vector<domain::RoleScope> scopes = {}) {
    domain::User user;
    user.id = 42;
    user.email = std::move(email);
    user.roles = {role};
    user.scopes = std::move(scopes);
    return user;
  }

  void RecordImport() { store_.data().import_runs.push_back(ImportRun{}); }

  test::FakeStore store_;
  steady_clock::time_point now_{seconds{1000}};
};

TEST_F(OrganisationServiceTest, SharesOneSnapshotUntilAnImportRunAppearsAfterTheInterval) {
  auto service = Service();
  const auto first = service.Current();
  ASSERT_NE(first->organisation.FindPerson(13), nullptr);
  EXPECT_EQ(service.Current(), first);

  // Another process imports: a new person and a new import run.
  store_.data().organisation.people.push_back({16, "E16", "Ny", "Nyborg", "ny@rm.dk", "Læge", 5, true});
  RecordImport();
  now_ += seconds{4};
  EXPECT_EQ(service.Current(), first) << "checked at most once per interval";
  now_ += seconds{1};
  const auto second = service.Current();
  EXPECT_NE(second, first);
  EXPECT_NE(second->organisation.FindPerson(16), nullptr);
  // A reader that still holds the old snapshot keeps a valid one.
  EXPECT_EQ(first->organisation.FindPerson(16), nullptr);
  EXPECT_EQ(first->organisation.FindPerson(13)->first_name, "Nina");

  // No new run: the check finds nothing and keeps the snapshot.
  now_ += seconds{10};
  EXPECT_EQ(service.Current(), second);
}

TEST_F(OrganisationServiceTest, KeepsTheLastGoodSnapshotWhenTheStoredDataIsInvalid) {
  auto service = Service();
  const auto good = service.Current();
  store_.data().organisation.people.push_back({17, "E17", "Uden", "Enhed", "", "", 99, true});
  RecordImport();
  now_ += seconds{5};
  const auto after = service.Current();
  EXPECT_GT(after->rejected_problems, 0U);
  EXPECT_NE(after->organisation.FindPerson(13), nullptr);
  EXPECT_EQ(after->organisation.FindPerson(17), nullptr);
  EXPECT_EQ(after->organisation.People().size(), good->organisation.People().size());
}

TEST_F(OrganisationServiceTest, LinksALoginToThePersonWithItsEmail) {
  auto service = Service();
  const auto user = UserWith(Role::Medarbejder, "LENE@rm.dk");
  EXPECT_EQ(service.For(user).viewer.person, 11);
  EXPECT_EQ(service.For(UserWith(Role::Medarbejder, "ida@rm.dk")).viewer.person, std::nullopt) << "inactive";
}

TEST_F(OrganisationServiceTest, SearchRefusesATooLongQueryAndFindsNothingForAnEmptyOne) {
  auto service = Service();
  const auto user = UserWith(Role::Medarbejder, "ole@rm.dk");
  const auto context = service.For(user);
  const auto too_long = service.Search(context, std::string(101, 'a'));
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.error().kind, ErrorKind::Invalid);
  ASSERT_EQ(too_long.error().field_errors.size(), 1U);
  EXPECT_EQ(too_long.error().field_errors.front().field, "q");
  const auto empty = service.Search(context, "   ");
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->units.empty());
  EXPECT_TRUE(empty->people.empty());
  const auto found = service.Search(context, "  sygdomme ");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->query, "sygdomme");
  EXPECT_EQ(found->units.size(), 2U);
}

TEST_F(OrganisationServiceTest, DescribesAUnitWithLeadersChainChildrenAndAPageOfEmployees) {
  auto service = Service();
  const auto user = UserWith(Role::Medarbejder, "ole@rm.dk");
  const auto context = service.For(user);
  const auto hospital = service.Unit(context, 2, 1);
  ASSERT_TRUE(hospital.ok());
  EXPECT_EQ(hospital->leaders.size(), 2U) << "shared leadership";
  ASSERT_EQ(hospital->ancestors.size(), 1U);
  EXPECT_EQ(hospital->ancestors.front().unit->id, 1);
  ASSERT_EQ(hospital->children.size(), 2U);
  EXPECT_EQ(hospital->children.front().unit->name, "Hjertesygdomme");
  EXPECT_EQ(hospital->children.front().count.active_total, 2U);

  const auto department = service.Unit(context, 5, 7);  // clamped to the last page
  ASSERT_TRUE(department.ok());
  EXPECT_EQ(department->employee_total, 1U) << "the inactive person is not listed";
  EXPECT_EQ(department->page, 1U);
  EXPECT_TRUE(department->leaders.empty()) << "the only leader is inactive";

  const auto section = service.Unit(context, 3, 1);
  ASSERT_TRUE(section.ok());
  ASSERT_EQ(section->leaders.size(), 1U);
  EXPECT_TRUE(section->leaders.front().is_new);

  const auto unknown = service.Unit(context, 999, 1);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
}

TEST_F(OrganisationServiceTest, ShowsHrDetailsToTheLeaderAboveAndLogsIt) {
  auto service = Service();
  const auto leader = UserWith(Role::Leder, "lene@rm.dk");
  const auto shown = service.Person(service.For(leader), 13, "10.0.0.1");
  ASSERT_TRUE(shown.ok());
  EXPECT_TRUE(shown->hr_details);
  ASSERT_TRUE(shown->nearest.has_value());
  EXPECT_EQ(shown->nearest->unit->id, 3);
  ASSERT_EQ(store_.data().audit.size(), 1U);
  EXPECT_EQ(store_.data().audit.back().action, "person.viewed");
  EXPECT_EQ(store_.data().audit.back().subject, "person:13");
  EXPECT_EQ(store_.data().audit.back().actor_user_id, 42);
  EXPECT_EQ(store_.data().audit.back().remote_address, "10.0.0.1");

  // Outside the leader's subtree: no HR details, nothing logged.
  const auto other = service.Person(service.For(leader), 14, "10.0.0.1");
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE(other->hr_details);
  // Oneself: HR details, but looking at oneself is not logged.
  const auto self = service.Person(service.For(leader), 11, "10.0.0.1");
  ASSERT_TRUE(self.ok());
  EXPECT_TRUE(self->hr_details);
  EXPECT_TRUE(self->is_self);
  EXPECT_EQ(store_.data().audit.size(), 1U);

  const auto unknown = service.Person(service.For(leader), 999, "10.0.0.1");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
}

TEST_F(OrganisationServiceTest, SummarisesWhatALeaderLeadsAndTheirChainUpwards) {
  auto service = Service();
  const auto top = service.MyLeadership(service.For(UserWith(Role::Leder, "rita@rm.dk")));
  ASSERT_NE(top.me, nullptr);
  ASSERT_EQ(top.led.size(), 2U);
  const auto& region = top.led.front();
  EXPECT_EQ(region.unit->id, 1);
  EXPECT_EQ(region.sub_units, 4U);
  EXPECT_EQ(region.leaders, 2U) << "12 and 11; the viewer and the inactive leader not counted";
  EXPECT_EQ(region.new_leaders, 1U);
  EXPECT_EQ(region.count.active_total, 5U);
  EXPECT_TRUE(top.chain.empty());

  const auto middle = service.MyLeadership(service.For(UserWith(Role::Leder, "lene@rm.dk")));
  ASSERT_EQ(middle.led.size(), 1U);
  ASSERT_EQ(middle.chain.size(), 2U);
  EXPECT_EQ(middle.chain.front().unit->id, 2);
  EXPECT_EQ(middle.chain.front().leaders.size(), 2U);

  const auto employee = service.MyLeadership(service.For(UserWith(Role::Medarbejder, "ole@rm.dk")));
  ASSERT_NE(employee.me, nullptr);
  EXPECT_TRUE(employee.led.empty());
  const auto unlinked = service.MyLeadership(service.For(UserWith(Role::Leder, "ukendt@rm.dk")));
  EXPECT_EQ(unlinked.me, nullptr);
}

TEST_F(OrganisationServiceTest, DataCheckFindsGapsWithinTheScopeOnly) {
  auto service = Service();
  const auto admin = service.Check(service.For(UserWith(Role::Administrator, "admin@rm.dk")));
  ASSERT_TRUE(admin.ok());
  EXPECT_TRUE(admin->region);
  EXPECT_EQ(admin->units_without_leader.total, 2U);  // afsnit 4 and afdeling 5
  EXPECT_EQ(admin->chain_gaps.total, 0U);
  EXPECT_EQ(admin->people_without_email.total, 1U);
  EXPECT_EQ(admin->inactive_leaders.total, 1U);
  ASSERT_EQ(admin->inactive_leaders.people.size(), 1U);
  EXPECT_EQ(admin->inactive_leaders.people.front()->id, 15);

  const auto hr = service.Check(service.For(UserWith(Role::Hr, "hr@rm.dk", {{Role::Hr, 3}})));
  ASSERT_TRUE(hr.ok());
  EXPECT_FALSE(hr->region);
  ASSERT_EQ(hr->scope.size(), 1U);
  EXPECT_EQ(hr->units_without_leader.total, 1U);
  EXPECT_EQ(hr->inactive_leaders.total, 0U);

  const auto refused = service.Check(service.For(UserWith(Role::Leder, "lene@rm.dk")));
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::Forbidden);
}

TEST_F(OrganisationServiceTest, DataCheckPagesThroughEveryEntryAndClampsAPagePastTheEnd) {
  OrganisationSettings settings;
  settings.data_check_list_limit = 1;
  OrganisationService service(
      store_, settings, [] { return domain::FromUnixSeconds(1'790'000'000); }, [this] { return now_; });
  const auto admin = UserWith(Role::Administrator, "admin@rm.dk");
  const auto context = service.For(admin);
  const auto first = service.Check(context);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->units_without_leader.total, 2U);
  EXPECT_EQ(first->units_without_leader.page.pages, 2U);
  ASSERT_EQ(first->units_without_leader.units.size(), 1U);
  EXPECT_EQ(first->units_without_leader.units[0]->id, 4);  // tree order: afsnit 4, then afdeling 5
  DataCheckPages pages;
  pages.units_without_leader = 2;
  const auto second = service.Check(context, pages);
  ASSERT_EQ(second->units_without_leader.units.size(), 1U);
  EXPECT_EQ(second->units_without_leader.units[0]->id, 5);
  EXPECT_EQ(second->people_without_email.units.size(), 1U);  // the other findings stay on page 1
  pages.units_without_leader = 99;
  const auto past = service.Check(context, pages);
  EXPECT_EQ(past->units_without_leader.page.page, 2U);
  ASSERT_EQ(past->units_without_leader.units.size(), 1U);
  EXPECT_EQ(past->units_without_leader.units[0]->id, 5);
}

TEST_F(OrganisationServiceTest, SearchPagesFiltersByAreaAndPutsColleaguesFirst) {
  auto service = Service();
  const auto ole = UserWith(Role::Medarbejder, "ole@rm.dk");  // Ole works in Lungesygdomme
  const auto context = service.For(ole);
  const auto all = service.Search(context, SearchQuery{"sygdomme", std::nullopt, 1, 1});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total_units, 2U);
  EXPECT_EQ(all->areas.size(), 1U);  // the hospital, directly under the region
  const auto in_area = service.Search(context, SearchQuery{"sygdomme", 2, 1, 1});
  ASSERT_TRUE(in_area.ok());
  EXPECT_EQ(in_area->area->id, 2);
  EXPECT_EQ(in_area->total_units, 2U);
  EXPECT_EQ(service.Search(context, SearchQuery{"sygdomme", 3, 1, 1}).error().kind, ErrorKind::NotFound);
}

TEST_F(OrganisationServiceTest, DataCheckReportsALeaderUnderALeaderlessParent) {
  store_.data().organisation.leaderships.erase(store_.data().organisation.leaderships.begin() + 1,
                                               store_.data().organisation.leaderships.begin() + 3);
  auto service = Service();
  const auto check = service.Check(service.For(UserWith(Role::Administrator, "admin@rm.dk")));
  ASSERT_TRUE(check.ok());
  ASSERT_EQ(check->chain_gaps.total, 1U);
  EXPECT_EQ(check->chain_gaps.people.front()->id, 11);
  EXPECT_EQ(check->chain_gaps.related.front()->id, 2);
}

TEST_F(OrganisationServiceTest, ForFoundationLoadsTheViewersDelegationsAndOnlyForAnActivePerson) {
  store_.data().unit_delegates = {{5, 14, std::nullopt, domain::FromUnixSeconds(1)},
                                  {3, 14, std::nullopt, domain::FromUnixSeconds(2)},
                                  {4, 13, std::nullopt, domain::FromUnixSeconds(3)},
                                  {3, 15, std::nullopt, domain::FromUnixSeconds(4)}};
  auto service = Service();
  const auto ole = UserWith(Role::Medarbejder, "ole@rm.dk");
  EXPECT_THAT(service.ForFoundation(ole).viewer.delegated_units, ::testing::ElementsAre(3, 5));
  EXPECT_TRUE(service.For(ole).viewer.delegated_units.empty());  // the organisation pages do not load them
  auto ida = UserWith(Role::Medarbejder, "ida@rm.dk");
  ida.person = 15;  // linked to a person who has left
  EXPECT_TRUE(service.ForFoundation(ida).viewer.delegated_units.empty());
}

}  // namespace
}  // namespace lp::app
