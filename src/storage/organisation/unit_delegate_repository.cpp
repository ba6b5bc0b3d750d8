#include "storage/organisation/unit_delegate_repository.hpp"

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

constexpr std::string_view kInsertDelegate =
    "INSERT INTO unit_delegates (unit_id, person_id, granted_by_user_id, granted_at) "
    "VALUES (:unit_id, :person_id, :granted_by, :granted_at)";
constexpr std::string_view kDeleteDelegate =
    "DELETE FROM unit_delegates WHERE unit_id = :unit_id AND person_id = :person_id";
constexpr std::string_view kDelegatesOfUnit =
    "SELECT person_id, granted_by_user_id, granted_at FROM unit_delegates "
    "WHERE unit_id = :unit_id ORDER BY granted_at, person_id";
constexpr std::string_view kUnitsDelegatedTo =
    "SELECT unit_id FROM unit_delegates WHERE person_id = :person_id "
    "ORDER BY unit_id";

// The columns of kDelegatesOfUnit (the unit is the key).
struct DelegateRow {
  long long person = 0;
  Nullable<domain::UserId> granted_by;
  long long granted_at = 0;

  app::UnitDelegate ToDelegate(domain::UnitId unit) const {
    return {unit, static_cast<domain::PersonId>(person), granted_by.Get(), FromUnixSeconds(granted_at)};
  }
};

void Into(soci::statement& statement, DelegateRow& row) {
  statement.exchange(soci::into(row.person));
  statement.exchange(IntoNullable(row.granted_by));
  statement.exchange(soci::into(row.granted_at));
}

}  // namespace

void SociUnitDelegateRepository::Add(const app::UnitDelegate& delegate) {
  Guarded(unit_, [&] {
    long long unit = delegate.unit;
    long long person = delegate.person;
    Nullable<domain::UserId> granted_by(delegate.granted_by);
    long long granted_at = ToUnixSeconds(delegate.granted_at);
    Execute(unit_.sql, kInsertDelegate, soci::use(unit, "unit_id"), soci::use(person, "person_id"),
            UseNullable(granted_by, "granted_by"), soci::use(granted_at, "granted_at"));
  });
}

bool SociUnitDelegateRepository::Remove(domain::UnitId unit, domain::PersonId person) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    long long person_id = person;
    return Execute(unit_.sql, kDeleteDelegate, soci::use(unit_id, "unit_id"), soci::use(person_id, "person_id")) > 0;
  });
}

std::vector<app::UnitDelegate> SociUnitDelegateRepository::ForUnit(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    return SelectRows<DelegateRow>(
        unit_.sql, kDelegatesOfUnit, [&](const DelegateRow& row) { return row.ToDelegate(unit); },
        soci::use(unit_id, "unit_id"));
  });
}

std::vector<domain::UnitId> SociUnitDelegateRepository::UnitsDelegatedTo(domain::PersonId person) {
  return Guarded(unit_, [&] {
    std::vector<domain::UnitId> units;
    long long person_id = person;
    long long unit = 0;
    soci::statement select =
        (unit_.sql.prepare << kUnitsDelegatedTo, soci::use(person_id, "person_id"), soci::into(unit));
    select.execute();
    while (select.fetch()) units.push_back(static_cast<domain::UnitId>(unit));
    return units;
  });
}

}  // namespace lp::storage
