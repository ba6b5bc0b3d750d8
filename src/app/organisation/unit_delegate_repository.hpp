#pragma once

#include <optional>
#include <vector>

#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// A person a unit's leader (or HR, or an administrator) has appointed to work on the unit's
// leadership foundation: its translation, plan, activities, MED records and dialogue sessions
// (organisation_access, Reach::Delegated). Delegates are people of the organisation, not logins.
struct UnitDelegate {
  domain::UnitId unit = 0;
  domain::PersonId person = 0;
  std::optional<domain::UserId> granted_by;
  domain::Timestamp granted_at{};

  friend bool operator==(const UnitDelegate&, const UnitDelegate&) = default;
};

class UnitDelegateRepository {
 public:
  virtual ~UnitDelegateRepository() = default;
  // ConstraintViolation when the person already is a delegate of the unit, or either is unknown.
  virtual void Add(const UnitDelegate& delegate) = 0;
  virtual bool Remove(domain::UnitId unit, domain::PersonId person) = 0;              // false: was not a delegate
  virtual std::vector<UnitDelegate> ForUnit(domain::UnitId unit) = 0;                 // oldest appointment first
  virtual std::vector<domain::UnitId> UnitsDelegatedTo(domain::PersonId person) = 0;  // ascending
};

}  // namespace lp::app
