#include "storage/organisation/unit_delegate_repository.hpp"

#include <soci/soci.h>

namespace lp::storage {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Every bound value is a named local: soci::use reads it when the statement runs.

void SociUnitDelegateRepository::Add(const app::UnitDelegate& delegate) {
  Guarded(unit_, [&] {
    long long unit = delegate.unit;
    long long person = delegate.person;
    long long granted_by = delegate.granted_by.value_or(0);
    soci::indicator granted_by_indicator = delegate.granted_by ? soci::i_ok : soci::i_null;
    long long granted_at = ToUnixSeconds(delegate.granted_at);
    unit_.sql << "INSERT INTO unit_delegates (unit_id, person_id, granted_by_user_id, granted_at) "
                 "VALUES (:unit_id, :person_id, :granted_by, :granted_at)",
        soci::use(unit, "unit_id"), soci::use(person, "person_id"),
        soci::use(granted_by, granted_by_indicator, "granted_by"), soci::use(granted_at, "granted_at");
  });
}

bool SociUnitDelegateRepository::Remove(domain::UnitId unit, domain::PersonId person) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    long long person_id = person;
    soci::statement statement =
        (unit_.sql.prepare << "DELETE FROM unit_delegates WHERE unit_id = :unit_id AND person_id = :person_id",
         soci::use(unit_id, "unit_id"), soci::use(person_id, "person_id"));
    statement.execute(true);
    return statement.get_affected_rows() > 0;
  });
}

std::vector<app::UnitDelegate> SociUnitDelegateRepository::ForUnit(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    std::vector<app::UnitDelegate> delegates;
    long long unit_id = unit;
    long long person = 0;
    long long granted_by = 0;
    soci::indicator granted_by_indicator = soci::i_null;
    long long granted_at = 0;
    soci::statement select =
        (unit_.sql.prepare << "SELECT person_id, granted_by_user_id, granted_at FROM unit_delegates "
                              "WHERE unit_id = :unit_id ORDER BY granted_at, person_id",
         soci::use(unit_id, "unit_id"), soci::into(person), soci::into(granted_by, granted_by_indicator),
         soci::into(granted_at));
    select.execute();
    while (select.fetch()) {
      app::UnitDelegate row;
      row.unit = unit;
      row.person = static_cast<domain::PersonId>(person);
      if (granted_by_indicator == soci::i_ok) row.granted_by = static_cast<domain::UserId>(granted_by);
      row.granted_at = FromUnixSeconds(granted_at);
      delegates.push_back(row);
    }
    return delegates;
  });
}

std::vector<domain::UnitId> SociUnitDelegateRepository::UnitsDelegatedTo(domain::PersonId person) {
  return Guarded(unit_, [&] {
    std::vector<domain::UnitId> units;
    long long person_id = person;
    long long unit = 0;
    soci::statement select = (unit_.sql.prepare << "SELECT unit_id FROM unit_delegates WHERE person_id = :person_id "
                                                   "ORDER BY unit_id",
                              soci::use(person_id, "person_id"), soci::into(unit));
    select.execute();
    while (select.fetch()) units.push_back(static_cast<domain::UnitId>(unit));
    return units;
  });
}

}  // namespace lp::storage
