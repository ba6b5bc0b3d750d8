#include "storage/organisation/organisation_repository.hpp"

#include <fmt/format.h>
#include <soci/soci.h>

#include <chrono>
#include <string_view>
#include <utility>

#include "storage/platform/sql_values.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Note on binding: soci::use keeps a reference that is read when the statement runs, so every bound
// value below is a named local that outlives the statement, never a temporary. A parameter used
// twice in one statement is bound twice under two names (SOCI binds a name once).

long long NowSeconds() {
  return ToUnixSeconds(std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
}

domain::UnitKind UnitKindFromCode(const std::string& code) {
  std::optional<domain::UnitKind> kind = domain::ParseUnitKind(code);
  if (!kind) throw app::StorageError("Unknown unit kind in units: " + code);
  return *kind;
}

domain::LeaderKind LeaderKindFromCode(const std::string& code) {
  std::optional<domain::LeaderKind> kind = domain::ParseLeaderKind(code);
  if (!kind) throw app::StorageError("Unknown leader kind in unit_leaders: " + code);
  return *kind;
}

}  // namespace

app::OrganisationRecords SociOrganisationRepository::LoadAll() {
  return Guarded(unit_, [&] {
    app::OrganisationRecords records;
    {
      long long id = 0;
      long long parent = 0;
      soci::indicator parent_indicator = soci::i_null;
      std::string external_id;
      std::string name;
      std::string kind;
      int active = 1;
      soci::statement select =
          (unit_.sql.prepare << "SELECT id, external_id, name, parent_id, kind, CASE WHEN active THEN 1 ELSE 0 END "
                                "FROM units ORDER BY id",
           soci::into(id), soci::into(external_id), soci::into(name), soci::into(parent, parent_indicator),
           soci::into(kind), soci::into(active));
      select.execute();
      while (select.fetch()) {
        domain::Unit& row = records.units.emplace_back();
        row.id = static_cast<domain::UnitId>(id);
        row.external_id = external_id;
        row.name = name;
        if (parent_indicator == soci::i_ok) row.parent = static_cast<domain::UnitId>(parent);
        row.kind = UnitKindFromCode(kind);
        row.active = active != 0;
      }
    }
    {
      long long id = 0;
      long long unit_id = 0;
      std::string employee_no;
      std::string first_name;
      std::string last_name;
      std::string email;
      std::string title;
      int active = 1;
      soci::statement select =
          (unit_.sql.prepare << "SELECT id, employee_no, first_name, last_name, email, title, unit_id, "
                                "CASE WHEN active THEN 1 ELSE 0 END FROM people ORDER BY id",
           soci::into(id), soci::into(employee_no), soci::into(first_name), soci::into(last_name), soci::into(email),
           soci::into(title), soci::into(unit_id), soci::into(active));
      select.execute();
      while (select.fetch()) {
        domain::Person& row = records.people.emplace_back();
        row.id = static_cast<domain::PersonId>(id);
        row.employee_no = employee_no;
        row.first_name = first_name;
        row.last_name = last_name;
        row.email = email;
        row.title = title;
        row.unit = static_cast<domain::UnitId>(unit_id);
        row.active = active != 0;
      }
    }
    {
      long long unit_id = 0;
      long long person_id = 0;
      std::string leader_since;
      std::string kind;
      soci::statement select = (unit_.sql.prepare << "SELECT unit_id, person_id, leader_since, kind FROM unit_leaders "
                                                     "ORDER BY unit_id, person_id",
                                soci::into(unit_id), soci::into(person_id), soci::into(leader_since), soci::into(kind));
      select.execute();
      while (select.fetch()) {
        domain::Leadership& row = records.leaderships.emplace_back();
        row.unit = static_cast<domain::UnitId>(unit_id);
        row.person = static_cast<domain::PersonId>(person_id);
        row.leader_since = FromSqlDate(leader_since, "unit_leaders.leader_since");
        row.kind = LeaderKindFromCode(kind);
      }
    }
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
    long long now = NowSeconds();
    // The parent: NULL for the root (''), else its id, or -1 (rejected by the foreign key) when unknown.
    soci::statement upsert =
        (unit_.sql.prepare
             << "INSERT INTO units (external_id, name, parent_id, kind, active, created_at, updated_at) "
                "VALUES (:external_id, :name, "
                "COALESCE((SELECT id FROM units WHERE external_id = :parent), "
                "CASE WHEN :parent_check = '' THEN NULL ELSE -1 END), "
                ":kind, TRUE, :created_at, :updated_at) "
                "ON CONFLICT (external_id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id, "
                "kind = excluded.kind, active = TRUE, deactivated_at = NULL, updated_at = excluded.updated_at "
                "WHERE units.name <> excluded.name OR units.parent_id IS DISTINCT FROM excluded.parent_id "
                "OR units.kind <> excluded.kind OR NOT units.active",
         soci::use(external_id, "external_id"), soci::use(name, "name"), soci::use(parent, "parent"),
         soci::use(parent, "parent_check"), soci::use(kind, "kind"), soci::use(now, "created_at"),
         soci::use(now, "updated_at"));
    for (const app::UnitRow& row : units) {
      external_id = row.external_id;
      name = row.name;
      parent = row.parent_external_id;
      kind = std::string(domain::UnitKindCode(row.kind));
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
        (unit_.sql.prepare
             << "INSERT INTO people (employee_no, first_name, last_name, email, title, unit_id, active, created_at, "
                "updated_at) VALUES (:employee_no, :first_name, :last_name, :email, :title, "
                "COALESCE((SELECT id FROM units WHERE external_id = :unit), -1), TRUE, :created_at, :updated_at) "
                "ON CONFLICT (employee_no) DO UPDATE SET first_name = excluded.first_name, "
                "last_name = excluded.last_name, email = excluded.email, title = excluded.title, "
                "unit_id = excluded.unit_id, active = TRUE, deactivated_at = NULL, updated_at = excluded.updated_at "
                "WHERE people.first_name <> excluded.first_name OR people.last_name <> excluded.last_name "
                "OR people.email <> excluded.email OR people.title <> excluded.title "
                "OR people.unit_id <> excluded.unit_id OR NOT people.active",
         soci::use(employee_no, "employee_no"), soci::use(first_name, "first_name"), soci::use(last_name, "last_name"),
         soci::use(email, "email"), soci::use(title, "title"), soci::use(unit_key, "unit"),
         soci::use(now, "created_at"), soci::use(now, "updated_at"));
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

void SociOrganisationRepository::Deactivate(const char* table, const char* key_column,
                                            std::span<const std::string> keys, domain::Timestamp at) {
  if (keys.empty()) return;
  Guarded(unit_, [&] {
    std::string key;
    long long at_seconds = ToUnixSeconds(at);
    // Already inactive records keep their first deactivation time. Unknown keys are ignored.
    soci::statement update =
        (unit_.sql.prepare << fmt::format("UPDATE {} SET active = FALSE, deactivated_at = :deactivated_at, "
                                          "updated_at = :updated_at WHERE {} = :key AND active",
                                          table, key_column),
         soci::use(at_seconds, "deactivated_at"), soci::use(at_seconds, "updated_at"), soci::use(key, "key"));
    for (const std::string& each : keys) {
      key = each;
      update.execute(true);
    }
  });
}

void SociOrganisationRepository::DeactivateUnits(std::span<const std::string> external_ids, domain::Timestamp at) {
  Deactivate("units", "external_id", external_ids, at);
}

void SociOrganisationRepository::DeactivatePeople(std::span<const std::string> employee_nos, domain::Timestamp at) {
  Deactivate("people", "employee_no", employee_nos, at);
}

void SociOrganisationRepository::UpsertLeaderships(std::span<const app::LeadershipRow> leaderships) {
  if (leaderships.empty()) return;
  Guarded(unit_, [&] {
    std::string unit_key;
    std::string employee_no;
    std::string leader_since;
    std::string kind;
    soci::statement upsert =
        (unit_.sql.prepare << "INSERT INTO unit_leaders (unit_id, person_id, leader_since, kind) VALUES ("
                              "COALESCE((SELECT id FROM units WHERE external_id = :unit), -1), "
                              "COALESCE((SELECT id FROM people WHERE employee_no = :employee_no), -1), "
                              ":leader_since, :kind) "
                              "ON CONFLICT (unit_id, person_id) DO UPDATE SET leader_since = excluded.leader_since, "
                              "kind = excluded.kind WHERE unit_leaders.leader_since <> excluded.leader_since "
                              "OR unit_leaders.kind <> excluded.kind",
         soci::use(unit_key, "unit"), soci::use(employee_no, "employee_no"), soci::use(leader_since, "leader_since"),
         soci::use(kind, "kind"));
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
        (unit_.sql.prepare << "DELETE FROM unit_leaders WHERE "
                              "unit_id = (SELECT id FROM units WHERE external_id = :unit) AND "
                              "person_id = (SELECT id FROM people WHERE employee_no = :employee_no)",
         soci::use(unit_key, "unit"), soci::use(employee_no, "employee_no"));
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
    long long actor = run.actor_user_id.value_or(0);
    soci::indicator actor_indicator = run.actor_user_id ? soci::i_ok : soci::i_null;
    int forced = run.forced ? 1 : 0;
    unit_.sql << "INSERT INTO import_runs (at, actor_user_id, source, units_created, units_changed, "
                 "units_deactivated, people_created, people_changed, people_deactivated, leaderships_added, "
                 "leaderships_removed, leaderships_changed, forced) VALUES (:at, :actor_user_id, :source, "
                 ":units_created, :units_changed, :units_deactivated, :people_created, :people_changed, "
                 ":people_deactivated, :leaderships_added, :leaderships_removed, :leaderships_changed, "
                 "CASE WHEN :forced = 1 THEN TRUE ELSE FALSE END)",
        soci::use(at, "at"), soci::use(actor, actor_indicator, "actor_user_id"), soci::use(run.source, "source"),
        soci::use(run.units_created, "units_created"), soci::use(run.units_changed, "units_changed"),
        soci::use(run.units_deactivated, "units_deactivated"), soci::use(run.people_created, "people_created"),
        soci::use(run.people_changed, "people_changed"), soci::use(run.people_deactivated, "people_deactivated"),
        soci::use(run.leaderships_added, "leaderships_added"),
        soci::use(run.leaderships_removed, "leaderships_removed"),
        soci::use(run.leaderships_changed, "leaderships_changed"), soci::use(forced, "forced");
  });
}

std::vector<app::ImportRun> SociOrganisationRepository::ListImportRuns(int limit) {
  return Guarded(unit_, [&] {
    std::vector<app::ImportRun> runs;
    if (limit <= 0) return runs;
    app::ImportRun row;
    long long at = 0;
    long long actor = 0;
    soci::indicator actor_indicator = soci::i_null;
    int forced = 0;
    soci::statement select =
        (unit_.sql.prepare << "SELECT at, actor_user_id, source, units_created, units_changed, units_deactivated, "
                              "people_created, people_changed, people_deactivated, leaderships_added, "
                              "leaderships_removed, leaderships_changed, CASE WHEN forced THEN 1 ELSE 0 END "
                              "FROM import_runs ORDER BY at DESC, id DESC LIMIT :limit",
         soci::use(limit, "limit"), soci::into(at), soci::into(actor, actor_indicator), soci::into(row.source),
         soci::into(row.units_created), soci::into(row.units_changed), soci::into(row.units_deactivated),
         soci::into(row.people_created), soci::into(row.people_changed), soci::into(row.people_deactivated),
         soci::into(row.leaderships_added), soci::into(row.leaderships_removed), soci::into(row.leaderships_changed),
         soci::into(forced));
    select.execute();
    while (select.fetch()) {
      row.at = FromUnixSeconds(at);
      row.actor_user_id.reset();
      if (actor_indicator == soci::i_ok) row.actor_user_id = static_cast<domain::UserId>(actor);
      row.forced = forced != 0;
      runs.push_back(row);
    }
    return runs;
  });
}

std::optional<long long> SociOrganisationRepository::LatestImportRunId() {
  return Guarded(unit_, [&]() -> std::optional<long long> {
    long long id = 0;
    soci::indicator indicator = soci::i_null;
    unit_.sql << "SELECT MAX(id) FROM import_runs", soci::into(id, indicator);
    if (indicator != soci::i_ok) return std::nullopt;
    return id;
  });
}

}  // namespace lp::storage
