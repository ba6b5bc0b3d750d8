#include <algorithm>
#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using namespace std::chrono_literals;
using app::LeadershipRow;
using app::OrganisationRecords;
using app::PersonRow;
using app::UnitRow;
using domain::LeaderKind;
using domain::UnitKind;

UnitRow Unit(std::string id, std::string name, std::string parent, UnitKind kind) {
  return UnitRow{std::move(id), std::move(name), std::move(parent), kind};
}

PersonRow Person(std::string employee_no, std::string email, std::string unit) {
  return PersonRow{employee_no,      "Fornavn " + employee_no, "Efternavn",
                   std::move(email), "Sygeplejerske",          std::move(unit)};
}

std::vector<UnitRow> SmallTree() {
  return {Unit("R", "Region Midtjylland", "", UnitKind::Region),
          Unit("H", "Hospitalsenhed Midt", "R", UnitKind::Hospital),
          Unit("A", "Akutafdelingen", "H", UnitKind::Department), Unit("S", "Afsnit 1", "A", UnitKind::Section)};
}

const domain::Unit* FindUnit(const OrganisationRecords& records, const std::string& external_id) {
  auto it = std::ranges::find_if(records.units, [&](const domain::Unit& u) { return u.external_id == external_id; });
  return it == records.units.end() ? nullptr : &*it;
}

const domain::Person* FindPerson(const OrganisationRecords& records, const std::string& employee_no) {
  auto it = std::ranges::find_if(records.people, [&](const domain::Person& p) { return p.employee_no == employee_no; });
  return it == records.people.end() ? nullptr : &*it;
}

class OrganisationContract : public StoreContract {
 protected:
  OrganisationRecords Load() {
    return store().Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().LoadAll(); });
  }
  void WriteUnits(const std::vector<UnitRow>& units) {
    store().Write([&](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().UpsertUnits(units); });
  }
  void WritePeople(const std::vector<PersonRow>& people) {
    store().Write([&](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().UpsertPeople(people); });
  }
};

TEST_F(OrganisationContract, StartsEmpty) {
  OrganisationRecords records = Load();
  EXPECT_TRUE(records.units.empty());
  EXPECT_TRUE(records.people.empty());
  EXPECT_TRUE(records.leaderships.empty());
}

TEST_F(OrganisationContract, InsertsUnitsInTreeOrderAndResolvesParents) {
  WriteUnits(SmallTree());
  OrganisationRecords records = Load();
  ASSERT_EQ(records.units.size(), 4U);
  const domain::Unit* region = FindUnit(records, "R");
  const domain::Unit* hospital = FindUnit(records, "H");
  const domain::Unit* department = FindUnit(records, "A");
  const domain::Unit* section = FindUnit(records, "S");
  ASSERT_TRUE(region && hospital && department && section);
  EXPECT_FALSE(region->parent.has_value());
  EXPECT_EQ(hospital->parent, region->id);
  EXPECT_EQ(department->parent, hospital->id);
  EXPECT_EQ(section->parent, department->id);
  EXPECT_EQ(region->name, "Region Midtjylland");
  EXPECT_EQ(region->kind, UnitKind::Region);
  EXPECT_EQ(section->kind, UnitKind::Section);
  EXPECT_TRUE(section->active);
}

TEST_F(OrganisationContract, StoresEveryUnitKind) {
  std::vector<UnitRow> units{Unit("root", "Root", "", UnitKind::Region)};
  for (UnitKind kind : domain::kAllUnitKinds) {
    units.push_back(Unit(std::string(domain::UnitKindCode(kind)), "Unit", "root", kind));
  }
  WriteUnits(units);
  OrganisationRecords records = Load();
  for (UnitKind kind : domain::kAllUnitKinds) {
    const domain::Unit* unit = FindUnit(records, std::string(domain::UnitKindCode(kind)));
    ASSERT_NE(unit, nullptr);
    EXPECT_EQ(unit->kind, kind);
  }
}

TEST_F(OrganisationContract, UpdatesUnitsInPlaceKeepingTheirIds) {
  WriteUnits(SmallTree());
  OrganisationRecords before = Load();
  // Rename the section and move it from the department directly under the hospital.
  WriteUnits({Unit("S", "Afsnit 1 (nyt navn)", "H", UnitKind::Secretariat)});
  OrganisationRecords after = Load();
  ASSERT_EQ(after.units.size(), 4U);
  const domain::Unit* section = FindUnit(after, "S");
  ASSERT_NE(section, nullptr);
  EXPECT_EQ(section->id, FindUnit(before, "S")->id);
  EXPECT_EQ(section->name, "Afsnit 1 (nyt navn)");
  EXPECT_EQ(section->parent, FindUnit(after, "H")->id);
  EXPECT_EQ(section->kind, UnitKind::Secretariat);
  // The same rows again change nothing.
  WriteUnits(SmallTree());
  WriteUnits(SmallTree());
  EXPECT_EQ(Load().units.size(), 4U);
}

TEST_F(OrganisationContract, RefusesAUnitWithAnUnknownParentAsAConstraintViolation) {
  EXPECT_THROW(WriteUnits({Unit("R", "Region", "", UnitKind::Region), Unit("X", "X", "nowhere", UnitKind::Other)}),
               app::ConstraintViolation);
  EXPECT_TRUE(Load().units.empty());
}

TEST_F(OrganisationContract, RefusesAChildThatComesBeforeItsParent) {
  EXPECT_THROW(WriteUnits({Unit("R", "Region", "", UnitKind::Region), Unit("A", "A", "H", UnitKind::Department),
                           Unit("H", "H", "R", UnitKind::Hospital)}),
               app::ConstraintViolation);
  EXPECT_TRUE(Load().units.empty());
}

TEST_F(OrganisationContract, InsertsThenUpdatesPeopleInPlace) {
  WriteUnits(SmallTree());
  WritePeople({Person("1001", "anne@rm.dk", "A"), Person("1002", "", "S"), Person("1003", "", "S")});
  OrganisationRecords before = Load();
  ASSERT_EQ(before.people.size(), 3U);
  const domain::Person* anne = FindPerson(before, "1001");
  ASSERT_NE(anne, nullptr);
  EXPECT_EQ(anne->first_name, "Fornavn 1001");
  EXPECT_EQ(anne->last_name, "Efternavn");
  EXPECT_EQ(anne->email, "anne@rm.dk");
  EXPECT_EQ(anne->title, "Sygeplejerske");
  EXPECT_EQ(anne->unit, FindUnit(before, "A")->id);
  EXPECT_TRUE(anne->active);

  PersonRow changed{"1001", "Anne", "Sørensen", "anne.soerensen@rm.dk", "Afdelingssygeplejerske", "S"};
  WritePeople({changed});
  OrganisationRecords after = Load();
  ASSERT_EQ(after.people.size(), 3U);
  const domain::Person* updated = FindPerson(after, "1001");
  ASSERT_NE(updated, nullptr);
  EXPECT_EQ(updated->id, anne->id);
  EXPECT_EQ(updated->FullName(), "Anne Sørensen");
  EXPECT_EQ(updated->email, "anne.soerensen@rm.dk");
  EXPECT_EQ(updated->title, "Afdelingssygeplejerske");
  EXPECT_EQ(updated->unit, FindUnit(after, "S")->id);
}

TEST_F(OrganisationContract, RefusesAPersonInAnUnknownUnit) {
  WriteUnits(SmallTree());
  EXPECT_THROW(WritePeople({Person("1001", "", "nowhere")}), app::ConstraintViolation);
  EXPECT_TRUE(Load().people.empty());
}

TEST_F(OrganisationContract, KeepsEmailsUniqueAmongActivePeopleIgnoringCase) {
  WriteUnits(SmallTree());
  WritePeople({Person("1001", "anne@rm.dk", "A")});
  EXPECT_THROW(WritePeople({Person("1002", "ANNE@rm.dk", "A")}), app::ConstraintViolation);
  // Once the first holder is inactive, the address may be reused.
  std::vector<std::string> gone{"1001"};
  store().Write(
      [&](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().DeactivatePeople(gone, At(1'700'000'000)); });
  WritePeople({Person("1002", "anne@rm.dk", "A")});
  // Reactivating the former holder would now give two active people the same address.
  EXPECT_THROW(WritePeople({Person("1001", "anne@rm.dk", "A")}), app::ConstraintViolation);
}

TEST_F(OrganisationContract, DeactivationKeepsRecordsAndReUpsertReactivates) {
  WriteUnits(SmallTree());
  WritePeople({Person("1001", "anne@rm.dk", "S"), Person("1002", "", "S")});
  OrganisationRecords before = Load();
  std::vector<std::string> units{"S", "unknown"};
  std::vector<std::string> people{"1001"};
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::OrganisationRepository>().DeactivatePeople(people, At(1'700'000'000));
    tx.Get<app::OrganisationRepository>().DeactivateUnits(units, At(1'700'000'000));
  });
  OrganisationRecords inactive = Load();
  ASSERT_EQ(inactive.units.size(), 4U);
  ASSERT_EQ(inactive.people.size(), 2U);
  EXPECT_FALSE(FindUnit(inactive, "S")->active);
  EXPECT_TRUE(FindUnit(inactive, "A")->active);
  EXPECT_FALSE(FindPerson(inactive, "1001")->active);
  EXPECT_TRUE(FindPerson(inactive, "1002")->active);
  EXPECT_EQ(FindPerson(inactive, "1001")->email, "anne@rm.dk");

  WriteUnits({Unit("S", "Afsnit 1", "A", UnitKind::Section)});
  WritePeople({Person("1001", "anne@rm.dk", "S")});
  OrganisationRecords again = Load();
  EXPECT_TRUE(FindUnit(again, "S")->active);
  EXPECT_TRUE(FindPerson(again, "1001")->active);
  EXPECT_EQ(FindUnit(again, "S")->id, FindUnit(before, "S")->id);
  EXPECT_EQ(FindPerson(again, "1001")->id, FindPerson(before, "1001")->id);
}

TEST_F(OrganisationContract, UpsertsAndDeletesLeaderships) {
  WriteUnits(SmallTree());
  WritePeople({Person("1001", "", "A"), Person("1002", "", "A"), Person("1003", "", "H")});
  std::vector<LeadershipRow> leaderships{
      {"A", "1001", 2024y / 3 / 1, LeaderKind::Personaleleder},
      {"A", "1002", 2020y / 2 / 29, LeaderKind::KliniskLeder},
      {"H", "1003", 2010y / 12 / 31, LeaderKind::LederAfLedere},
  };
  store().Write([&](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().UpsertLeaderships(leaderships); });
  OrganisationRecords records = Load();
  ASSERT_EQ(records.leaderships.size(), 3U);
  const domain::UnitId department = FindUnit(records, "A")->id;
  const domain::PersonId first = FindPerson(records, "1001")->id;
  const domain::PersonId second = FindPerson(records, "1002")->id;
  auto find = [](const OrganisationRecords& r, domain::UnitId unit, domain::PersonId person) {
    auto it = std::ranges::find_if(r.leaderships,
                                   [&](const domain::Leadership& l) { return l.unit == unit && l.person == person; });
    return it == r.leaderships.end() ? std::optional<domain::Leadership>() : *it;
  };
  auto shared = find(records, department, second);
  ASSERT_TRUE(shared.has_value());
  EXPECT_EQ(shared->leader_since, 2020y / 2 / 29);
  EXPECT_EQ(shared->kind, LeaderKind::KliniskLeder);
  auto top = find(records, FindUnit(records, "H")->id, FindPerson(records, "1003")->id);
  ASSERT_TRUE(top.has_value());
  EXPECT_EQ(top->leader_since, 2010y / 12 / 31);
  EXPECT_EQ(top->kind, LeaderKind::LederAfLedere);

  std::vector<LeadershipRow> changed{{"A", "1001", 2025y / 1 / 15, LeaderKind::LederAfLedere}};
  std::vector<std::pair<std::string, std::string>> removed{{"A", "1002"}, {"A", "unknown"}};
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::OrganisationRepository>().UpsertLeaderships(changed);
    tx.Get<app::OrganisationRepository>().DeleteLeaderships(removed);
  });
  OrganisationRecords after = Load();
  ASSERT_EQ(after.leaderships.size(), 2U);
  auto updated = find(after, department, first);
  ASSERT_TRUE(updated.has_value());
  EXPECT_EQ(updated->leader_since, 2025y / 1 / 15);
  EXPECT_EQ(updated->kind, LeaderKind::LederAfLedere);
  EXPECT_FALSE(find(after, department, second).has_value());
}

TEST_F(OrganisationContract, RefusesALeadershipOfAnUnknownUnitOrPerson) {
  WriteUnits(SmallTree());
  WritePeople({Person("1001", "", "A")});
  std::vector<LeadershipRow> unknown_unit{{"nowhere", "1001", 2024y / 3 / 1, LeaderKind::Personaleleder}};
  std::vector<LeadershipRow> unknown_person{{"A", "9999", 2024y / 3 / 1, LeaderKind::Personaleleder}};
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::OrganisationRepository>().UpsertLeaderships(unknown_unit);
  }),
               app::ConstraintViolation);
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::OrganisationRepository>().UpsertLeaderships(unknown_person);
  }),
               app::ConstraintViolation);
  EXPECT_TRUE(Load().leaderships.empty());
}

TEST_F(OrganisationContract, RollsBackAFailedImportCompletely) {
  std::vector<UnitRow> units = SmallTree();
  std::vector<PersonRow> people{Person("1001", "a@rm.dk", "A"), Person("1002", "b@rm.dk", "nowhere")};
  std::vector<LeadershipRow> leaderships{{"A", "1001", 2024y / 3 / 1, LeaderKind::Personaleleder}};
  app::ImportRun run;
  run.at = At(1'700'000'000);
  run.source = "test";
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::OrganisationRepository>().UpsertUnits(units);
    tx.Get<app::OrganisationRepository>().UpsertPeople(people);
    tx.Get<app::OrganisationRepository>().UpsertLeaderships(leaderships);
    tx.Get<app::OrganisationRepository>().RecordImportRun(run);
  }),
               app::ConstraintViolation);
  OrganisationRecords records = Load();
  EXPECT_TRUE(records.units.empty());
  EXPECT_TRUE(records.people.empty());
  EXPECT_TRUE(records.leaderships.empty());
  EXPECT_TRUE(store()
                  .Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().ListImportRuns(10); })
                  .empty());
}

TEST_F(OrganisationContract, ListsImportRunsNewestFirst) {
  domain::UserId admin = CreateUser("admin@example.dk", {domain::Role::Administrator});
  app::ImportRun cli;
  cli.at = At(1'700'000'000);
  cli.source = "cli: units.csv, people.csv";
  cli.units_created = 1500;
  cli.people_created = 30000;
  cli.leaderships_added = 1400;
  app::ImportRun web;
  web.at = At(1'700'086'400);
  web.actor_user_id = admin;
  web.source = "web";
  web.units_changed = 2;
  web.units_deactivated = 3;
  web.people_changed = 4;
  web.people_deactivated = 5;
  web.leaderships_removed = 6;
  web.leaderships_changed = 7;
  web.forced = true;
  app::ImportRun same_second = cli;
  same_second.at = web.at;
  same_second.source = "cli: later the same second";
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::OrganisationRepository>().RecordImportRun(cli);
    tx.Get<app::OrganisationRepository>().RecordImportRun(web);
    tx.Get<app::OrganisationRepository>().RecordImportRun(same_second);
  });
  auto runs =
      store().Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().ListImportRuns(10); });
  ASSERT_EQ(runs.size(), 3U);
  EXPECT_EQ(runs[0].source, "cli: later the same second");
  EXPECT_EQ(runs[1].source, "web");
  EXPECT_EQ(runs[2].source, "cli: units.csv, people.csv");
  EXPECT_EQ(runs[1].at, web.at);
  EXPECT_EQ(runs[1].actor_user_id, admin);
  EXPECT_FALSE(runs[2].actor_user_id.has_value());
  EXPECT_EQ(runs[1].units_changed, 2);
  EXPECT_EQ(runs[1].units_deactivated, 3);
  EXPECT_EQ(runs[1].people_changed, 4);
  EXPECT_EQ(runs[1].people_deactivated, 5);
  EXPECT_EQ(runs[1].leaderships_removed, 6);
  EXPECT_EQ(runs[1].leaderships_changed, 7);
  EXPECT_TRUE(runs[1].forced);
  EXPECT_FALSE(runs[2].forced);
  EXPECT_EQ(runs[2].units_created, 1500);
  EXPECT_EQ(runs[2].people_created, 30000);
  EXPECT_EQ(runs[2].leaderships_added, 1400);
  EXPECT_EQ(
      store().Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().ListImportRuns(1); }).size(),
      1U);
  EXPECT_TRUE(store()
                  .Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().ListImportRuns(0); })
                  .empty());
}

// A generated organisation of some size. What writing and loading the 30,000-people region costs is
// measured by bench/import.sh on the release build (docs/PERFORMANCE.md), not here under the sanitizers.
TEST_F(OrganisationContract, RoundTripsAGeneratedOrganisation) {
  constexpr int kUnits = 150;
  constexpr int kPeople = 1500;
  std::vector<UnitRow> units{Unit("U0", "Region", "", UnitKind::Region)};
  for (int i = 1; i < kUnits; ++i) {
    units.push_back(Unit("U" + std::to_string(i), "Enhed " + std::to_string(i), "U" + std::to_string((i - 1) / 10),
                         UnitKind::Department));
  }
  std::vector<PersonRow> people;
  people.reserve(kPeople);
  for (int i = 0; i < kPeople; ++i) {
    std::string no = std::to_string(100000 + i);
    people.push_back(Person(no, "p" + no + "@rm.dk", "U" + std::to_string(i % kUnits)));
  }
  std::vector<LeadershipRow> leaderships;
  for (int i = 0; i < kUnits; ++i) {
    leaderships.push_back(
        {"U" + std::to_string(i), std::to_string(100000 + i), 2023y / 6 / 1, LeaderKind::Personaleleder});
  }

  store().Write([&](app::Transaction& tx) {
    tx.Get<app::OrganisationRepository>().UpsertUnits(units);
    tx.Get<app::OrganisationRepository>().UpsertPeople(people);
    tx.Get<app::OrganisationRepository>().UpsertLeaderships(leaderships);
  });
  OrganisationRecords records = Load();
  // The same rows again: nothing changes, so nothing is written.
  store().Write([&](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().UpsertPeople(people); });

  ASSERT_EQ(records.units.size(), static_cast<std::size_t>(kUnits));
  ASSERT_EQ(records.people.size(), static_cast<std::size_t>(kPeople));
  ASSERT_EQ(records.leaderships.size(), leaderships.size());
  EXPECT_TRUE(std::ranges::all_of(records.people, [](const domain::Person& p) { return p.active; }));
  const domain::Person* last = FindPerson(records, std::to_string(100000 + kPeople - 1));
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->unit, FindUnit(records, "U" + std::to_string((kPeople - 1) % kUnits))->id);
  EXPECT_EQ(Load().people.size(), static_cast<std::size_t>(kPeople));
}

TEST_F(OrganisationContract, ReportsTheNewestImportRunIdAlsoForRunsThatChangedNothing) {
  EXPECT_EQ(
      store().Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().LatestImportRunId(); }),
      std::nullopt);
  app::ImportRun run;
  run.at = At(1'700'000'000);
  run.source = "cli: nothing changed";
  store().Write([&](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().RecordImportRun(run); });
  const auto first =
      store().Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().LatestImportRunId(); });
  ASSERT_TRUE(first.has_value());
  store().Write([&](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().RecordImportRun(run); });
  const auto second =
      store().Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().LatestImportRunId(); });
  ASSERT_TRUE(second.has_value());
  EXPECT_GT(*second, *first);
}

TEST_F(OrganisationContract, StoresRoleScopesWithTheUserAndReplacesThem) {
  WriteUnits(SmallTree());
  const auto records = Load();
  const auto hospital = FindUnit(records, "H")->id;
  const auto department = FindUnit(records, "A")->id;
  const auto id = store().Write([&](app::Transaction& tx) {
    app::NewUser user;
    user.email = "hr@example.dk";
    user.name = "HR Hospital";
    user.roles = {domain::Role::Hr, domain::Role::Redaktoer};
    user.created_at = At(1'700'000'000);
    user.scopes = {{domain::Role::Hr, department}, {domain::Role::Hr, hospital}, {domain::Role::Hr, hospital}};
    return tx.Get<app::UserRepository>().Create(user);
  });
  auto found = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
  ASSERT_TRUE(found.has_value());
  std::vector<domain::RoleScope> expected = {{domain::Role::Hr, department}, {domain::Role::Hr, hospital}};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(found->scopes, expected);
  EXPECT_FALSE(found->person.has_value());

  store().Write([&](app::Transaction& tx) {
    tx.Get<app::UserRepository>().SetRoleScopes(id, {{domain::Role::Redaktoer, hospital}});
  });
  const auto by_email =
      store().Read([](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindByEmail("hr@example.dk"); });
  ASSERT_TRUE(by_email.has_value());
  EXPECT_EQ(by_email->user.scopes, (std::vector<domain::RoleScope>{{domain::Role::Redaktoer, hospital}}));
  EXPECT_EQ(by_email->user.ScopeOf(domain::Role::Hr), std::vector<domain::UnitId>{}) << "HR is region-wide again";
}

TEST_F(OrganisationContract, RefusesAScopeOfAnUnknownUnitOrAnUnscopableRole) {
  WriteUnits(SmallTree());
  const auto hospital = FindUnit(Load(), "H")->id;
  const auto id = CreateUser("hr@example.dk", {domain::Role::Hr, domain::Role::Leder});
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::UserRepository>().SetRoleScopes(id, {{domain::Role::Hr, 987654}});
  }),
               app::ConstraintViolation);
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::UserRepository>().SetRoleScopes(id, {{domain::Role::Leder, hospital}});
  }),
               app::StorageError);
  const auto user = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
  ASSERT_TRUE(user.has_value());
  EXPECT_TRUE(user->scopes.empty());
}

}  // namespace
}  // namespace lp::storage_test
