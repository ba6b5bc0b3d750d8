#include "storage/organisation/organisation_repository.hpp"

#include <chrono>
#include <string_view>
#include <utility>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// A parameter used twice in one statement is bound twice under two names (SOCI binds a name once).

constexpr std::string_view kSelectUnits =
    "SELECT id, external_id, name, parent_id, kind, kind_label, CASE WHEN active THEN 1 ELSE 0 END "
    "FROM units ORDER BY id";
constexpr std::string_view kSelectPeople =
    "SELECT id, employee_no, first_name, last_name, email, title, unit_id, "
    "CASE WHEN active THEN 1 ELSE 0 END FROM people ORDER BY id";
constexpr std::string_view kSelectLeaderships =
    "SELECT unit_id, person_id, leader_since, kind FROM unit_leaders "
    "ORDER BY unit_id, person_id";

// The parent: NULL for the root (''), else its id, or -1 (rejected by the foreign key) when unknown.
constexpr std::string_view kUpsertUnit =
    "INSERT INTO units (external_id, name, parent_id, kind, kind_label, active, created_at, updated_at) "
    "VALUES (:external_id, :name, "
    "COALESCE((SELECT id FROM units WHERE external_id = :parent), "
    "CASE WHEN :parent_check = '' THEN NULL ELSE -1 END), "
    ":kind, :kind_label, TRUE, :created_at, :updated_at) "
    "ON CONFLICT (external_id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id, "
    "kind = excluded.kind, kind_label = excluded.kind_label, active = TRUE, deactivated_at = NULL, "
    "updated_at = excluded.updated_at "
    "WHERE units.name <> excluded.name OR units.parent_id IS DISTINCT FROM excluded.parent_id "
    "OR units.kind <> excluded.kind OR units.kind_label <> excluded.kind_label OR NOT units.active";
constexpr std::string_view kUpsertPerson =
    "INSERT INTO people (employee_no, first_name, last_name, email, title, unit_id, active, created_at, "
    "updated_at) VALUES (:employee_no, :first_name, :last_name, :email, :title, "
    "COALESCE((SELECT id FROM units WHERE external_id = :unit), -1), TRUE, :created_at, :updated_at) "
    "ON CONFLICT (employee_no) DO UPDATE SET first_name = excluded.first_name, "
    "last_name = excluded.last_name, email = excluded.email, title = excluded.title, "
    "unit_id = excluded.unit_id, active = TRUE, deactivated_at = NULL, updated_at = excluded.updated_at "
    "WHERE people.first_name <> excluded.first_name OR people.last_name <> excluded.last_name "
    "OR people.email <> excluded.email OR people.title <> excluded.title "
    "OR people.unit_id <> excluded.unit_id OR NOT people.active";
// Already inactive records keep their first deactivation time. Unknown keys are ignored.
constexpr std::string_view kDeactivateUnit =
    "UPDATE units SET active = FALSE, deactivated_at = :deactivated_at, "
    "updated_at = :updated_at WHERE external_id = :key AND active";
constexpr std::string_view kDeactivatePerson =
    "UPDATE people SET active = FALSE, deactivated_at = :deactivated_at, "
    "updated_at = :updated_at WHERE employee_no = :key AND active";
constexpr std::string_view kUpsertLeadership =
    "INSERT INTO unit_leaders (unit_id, person_id, leader_since, kind) VALUES ("
    "COALESCE((SELECT id FROM units WHERE external_id = :unit), -1), "
    "COALESCE((SELECT id FROM people WHERE employee_no = :employee_no), -1), "
    ":leader_since, :kind) "
    "ON CONFLICT (unit_id, person_id) DO UPDATE SET leader_since = excluded.leader_since, "
    "kind = excluded.kind WHERE unit_leaders.leader_since <> excluded.leader_since "
    "OR unit_leaders.kind <> excluded.kind";
constexpr std::string_view kDeleteLeadership =
    "DELETE FROM unit_leaders WHERE "
    "unit_id = (SELECT id FROM units WHERE external_id = :unit) AND "
    "person_id = (SELECT id FROM people WHERE employee_no = :employee_no)";

constexpr std::string_view kInsertImportRun =
    "INSERT INTO import_runs (at, actor_user_id, source, units_created, units_changed, "
    "units_deactivated, people_created, people_changed, people_deactivated, leaderships_added, "
    "leaderships_removed, leaderships_changed, forced) VALUES (:at, :actor_user_id, :source, "
    ":units_created, :units_changed, :units_deactivated, :people_created, :people_changed, "
    ":people_deactivated, :leaderships_added, :leaderships_removed, :leaderships_changed, "
    "CASE WHEN :forced = 1 THEN TRUE ELSE FALSE END)";
constexpr std::string_view kListImportRuns =
    "SELECT at, actor_user_id, source, units_created, units_changed, units_deactivated, "
    "people_created, people_changed, people_deactivated, leaderships_added, "
    "leaderships_removed, leaderships_changed, CASE WHEN forced THEN 1 ELSE 0 END "
    "FROM import_runs ORDER BY at DESC, id DESC LIMIT :limit";
constexpr std::string_view kLatestImportRunId = "SELECT MAX(id) FROM import_runs";

long long NowSeconds() {
  return ToUnixSeconds(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
}

// The columns of kSelectUnits.
struct UnitRow {
  long long id = 0;
  std::string external_id;
  std::string name;
  Nullable<domain::UnitId> parent;
  std::string kind;
  std::string kind_label;
  int active = 1;

  domain::Unit ToUnit() const {
    domain::Unit unit;
    unit.id = static_cast<domain::UnitId>(id);
    unit.external_id = external_id;
    unit.name = name;
    unit.parent = parent.Get();
    unit.kind = DecodeCode(kind, "units.kind", domain::ParseUnitKind);
    unit.kind_label = kind_label;
    unit.active = active != 0;
    return unit;
  }
};

void Into(soci::statement& statement, UnitRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.external_id));
  statement.exchange(soci::into(row.name));
  statement.exchange(IntoNullable(row.parent));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.kind_label));
  statement.exchange(soci::into(row.active));
}

// The columns of kSelectPeople.
struct PersonRow {
  long long id = 0;
  std::string employee_no;
  std::string first_name;
  std::string last_name;
  std::string email;
  std::string title;
  long long unit = 0;
  int active = 1;

  domain::Person ToPerson() const {
    domain::Person person;
    person.id = static_cast<domain::PersonId>(id);
    person.employee_no = employee_no;
    person.first_name = first_name;
    person.last_name = last_name;
    person.email = email;
    person.title = title;
    person.unit = static_cast<domain::UnitId>(unit);
    person.active = active != 0;
    return person;
  }
};

void Into(soci::statement& statement, PersonRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.employee_no));
  statement.exchange(soci::into(row.first_name));
  statement.exchange(soci::into(row.last_name));
  statement.exchange(soci::into(row.email));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.unit));
  statement.exchange(soci::into(row.active));
}

// The columns of kSelectLeaderships.
struct LeadershipRow {
  long long unit = 0;
  long long person = 0;
  std::string leader_since;
  std::string kind;

  domain::Leadership ToLeadership() const {
    domain::Leadership leadership;
    leadership.unit = static_cast<domain::UnitId>(unit);
    leadership.person = static_cast<domain::PersonId>(person);
    leadership.leader_since = FromSqlDate(leader_since, "unit_leaders.leader_since");
    leadership.kind = DecodeCode(kind, "unit_leaders.kind", domain::ParseLeaderKind);
    return leadership;
  }
};

void Into(soci::statement& statement, LeadershipRow& row) {
  statement.exchange(soci::into(row.unit));
  statement.exchange(soci::into(row.person));
  statement.exchange(soci::into(row.leader_since));
  statement.exchange(soci::into(row.kind));
}

// The columns of kListImportRuns.
struct ImportRunRow {
  long long at = 0;
  Nullable<domain::UserId> actor;
  std::string source;
  long long units_created = 0;
  long long units_changed = 0;
  long long units_deactivated = 0;
  long long people_created = 0;
  long long people_changed = 0;
  long long people_deactivated = 0;
  long long leaderships_added = 0;
  long long leaderships_removed = 0;
  long long leaderships_changed = 0;
  int forced = 0;

  app::ImportRun ToImportRun() const {
    app::ImportRun run;
    run.at = FromUnixSeconds(at);
    run.actor_user_id = actor.Get();
    run.source = source;
    run.units_created = units_created;
    run.units_changed = units_changed;
    run.units_deactivated = units_deactivated;
    run.people_created = people_created;
    run.people_changed = people_changed;
    run.people_deactivated = people_deactivated;
    run.leaderships_added = leaderships_added;
    run.leaderships_removed = leaderships_removed;
    run.leaderships_changed = leaderships_changed;
    run.forced = forced != 0;
    return run;
  }
};

void Into(soci::statement& statement, ImportRunRow& row) {
  statement.exchange(soci::into(row.at));
  statement.exchange(IntoNullable(row.actor));
  statement.exchange(soci::into(row.source));
  statement.exchange(soci::into(row.units_created));
  statement.exchange(soci::into(row.units_changed));
  statement.exchange(soci::into(row.units_deactivated));
  statement.exchange(soci::into(row.people_created));
  statement.exchange(soci::into(row.people_changed));
  statement.exchange(soci::into(row.people_deactivated));
  statement.exchange(soci::into(row.leaderships_added));
  statement.exchange(soci::into(row.leaderships_removed));
  statement.exchange(soci::into(row.leaderships_changed));
  statement.exchange(soci::into(row.forced));
}

}  // namespace

app::OrganisationRecords SociOrganisationRepository::LoadAll() {
  return Guarded(unit_, [&] {
    app::OrganisationRecords records;
    records.units = SelectRows<UnitRow>(unit_.sql, kSelectUnits, &UnitRow::ToUnit);
    records.people = SelectRows<PersonRow>(unit_.sql, kSelectPeople, &PersonRow::ToPerson);
    records.leaderships = SelectRows<LeadershipRow>(unit_.sql, kSelectLeaderships, &LeadershipRow::ToLeadership);
    return records;
  });
}

void SociOrganisationRepository::UpsertUnits(std::span<const app::UnitRow> units) {
  if (units.empty()) return;
  Guarded(unit_, [&] {
    std::string external_id;
    std::string name;
    std::string parent;
    std::string kind;
    std::string kind_label;
    long long now = NowSeconds();
    soci::statement upsert =
        (unit_.sql.prepare << kUpsertUnit, soci::use(external_id, "external_id"), soci::use(name, "name"),
         soci::use(parent, "parent"), soci::use(parent, "parent_check"), soci::use(kind, "kind"),
         soci::use(kind_label, "kind_label"), soci::use(now, "created_at"), soci::use(now, "updated_at"));
    for (const app::UnitRow& row : units) {
      external_id = row.external_id;
      name = row.name;
      parent = row.parent_external_id;
      kind = std::string(domain::UnitKindCode(row.kind));
      kind_label = row.kind_label;
      upsert.execute(true);
    }
  });
}

void SociOrganisationRepository::UpsertPeople(std::span<const app::PersonRow> people) {
  if (people.empty()) return;
  Guarded(unit_, [&] {
    std::string employee_no;
    std::string first_name;
    std::string last_name;
    std::string email;
    std::string title;
    std::string unit_key;
    long long now = NowSeconds();
    soci::statement upsert =
        (unit_.sql.prepare << kUpsertPerson, soci::use(employee_no, "employee_no"), soci::use(first_name, "first_name"),
         soci::use(last_name, "last_name"), soci::use(email, "email"), soci::use(title, "title"),
         soci::use(unit_key, "unit"), soci::use(now, "created_at"), soci::use(now, "updated_at"));
    for (const app::PersonRow& row : people) {
      employee_no = row.employee_no;
      first_name = row.first_name;
      last_name = row.last_name;
      email = row.email;
      title = row.title;
      unit_key = row.unit_external_id;
      upsert.execute(true);
    }
  });
}

void SociOrganisationRepository::Deactivate(std::string_view query, std::span<const std::string> keys,
                                            domain::Timestamp at) {
  if (keys.empty()) return;
  Guarded(unit_, [&] {
    std::string key;
    long long at_seconds = ToUnixSeconds(at);
    soci::statement update = (unit_.sql.prepare << query, soci::use(at_seconds, "deactivated_at"),
                              soci::use(at_seconds, "updated_at"), soci::use(key, "key"));
    for (const std::string& each : keys) {
      key = each;
      update.execute(true);
    }
  });
}

void SociOrganisationRepository::DeactivateUnits(std::span<const std::string> external_ids, domain::Timestamp at) {
  Deactivate(kDeactivateUnit, external_ids, at);
}

void SociOrganisationRepository::DeactivatePeople(std::span<const std::string> employee_nos, domain::Timestamp at) {
  Deactivate(kDeactivatePerson, employee_nos, at);
}

void SociOrganisationRepository::UpsertLeaderships(std::span<const app::LeadershipRow> leaderships) {
  if (leaderships.empty()) return;
  Guarded(unit_, [&] {
    std::string unit_key;
    std::string employee_no;
    std::string leader_since;
    std::string kind;
    soci::statement upsert =
        (unit_.sql.prepare << kUpsertLeadership, soci::use(unit_key, "unit"), soci::use(employee_no, "employee_no"),
         soci::use(leader_since, "leader_since"), soci::use(kind, "kind"));
    for (const app::LeadershipRow& row : leaderships) {
      unit_key = row.unit_external_id;
      employee_no = row.employee_no;
      leader_since = ToSqlDate(row.leader_since);
      kind = std::string(domain::LeaderKindCode(row.kind));
      upsert.execute(true);
    }
  });
}

void SociOrganisationRepository::DeleteLeaderships(
    std::span<const std::pair<std::string, std::string>> unit_and_employee_no) {
  if (unit_and_employee_no.empty()) return;
  Guarded(unit_, [&] {
    std::string unit_key;
    std::string employee_no;
    soci::statement remove =
        (unit_.sql.prepare << kDeleteLeadership, soci::use(unit_key, "unit"), soci::use(employee_no, "employee_no"));
    for (const auto& [unit, employee] : unit_and_employee_no) {
      unit_key = unit;
      employee_no = employee;
      remove.execute(true);
    }
  });
}

void SociOrganisationRepository::RecordImportRun(const app::ImportRun& run) {
  Guarded(unit_, [&] {
    long long at = ToUnixSeconds(run.at);
    Nullable<domain::UserId> actor(run.actor_user_id);
    int forced = run.forced ? 1 : 0;
    Execute(unit_.sql, kInsertImportRun, soci::use(at, "at"), UseNullable(actor, "actor_user_id"),
            soci::use(run.source, "source"), soci::use(run.units_created, "units_created"),
            soci::use(run.units_changed, "units_changed"), soci::use(run.units_deactivated, "units_deactivated"),
            soci::use(run.people_created, "people_created"), soci::use(run.people_changed, "people_changed"),
            soci::use(run.people_deactivated, "people_deactivated"),
            soci::use(run.leaderships_added, "leaderships_added"),
            soci::use(run.leaderships_removed, "leaderships_removed"),
            soci::use(run.leaderships_changed, "leaderships_changed"), soci::use(forced, "forced"));
  });
}

std::vector<app::ImportRun> SociOrganisationRepository::ListImportRuns(int limit) {
  return Guarded(unit_, [&] {
    if (limit <= 0) return std::vector<app::ImportRun>{};
    return SelectRows<ImportRunRow>(unit_.sql, kListImportRuns, &ImportRunRow::ToImportRun, soci::use(limit, "limit"));
  });
}

std::optional<long long> SociOrganisationRepository::LatestImportRunId() {
  return Guarded(unit_, [&] {
    Nullable<long long> id;
    unit_.sql << kLatestImportRunId, IntoNullable(id);
    return id.Get();
  });
}

}  // namespace lp::storage
