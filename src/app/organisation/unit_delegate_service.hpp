#pragma once

// A unit's delegates (stedfortrædere) as use cases: the people a unit's leader appoints to work on
// the unit's leadership foundation on the leaders' behalf (app/organisation_access, Reach::Delegated).
// Those who may read the unit's foundation (ReadUnitFoundation) see who they are; those with
// ManageDelegates appoint and remove them. Every change is one Store::Write, audited as
// delegate.added / delegate.removed.

#include <string>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/organisation/unit_delegate_repository.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"

namespace lp::app {

struct DelegateEntry {
  const domain::Person* person = nullptr;
  UnitDelegate appointment;
};

struct UnitDelegates {
  bool visible = false;  // the viewer may see the delegates
  bool manage = false;   // … and appoint and remove them
  std::vector<DelegateEntry> delegates;
  // For the picker: the unit's own active people who are neither its leaders nor delegates already.
  std::vector<const domain::Person*> candidates;
};

// What the add form submits: a person picked from the unit's people (its id), or an employee number.
struct DelegateInput {
  std::string person_id;
  std::string employee_no;
};

class UnitDelegateService {
 public:
  explicit UnitDelegateService(Store& store, Clock clock = SystemNow);

  UnitDelegates ForUnit(const OrganisationContext& context, domain::UnitId unit) const;
  // Invalid (fields "person", "employee_no") for nobody chosen, an unknown or former employee, one
  // of the unit's leaders, or someone who already is a delegate.
  Result<domain::PersonId> Add(const OrganisationContext& context, domain::UnitId unit, const DelegateInput& input,
                               const std::string& remote_address);
  Result<Unit> Remove(const OrganisationContext& context, domain::UnitId unit, domain::PersonId person,
                      const std::string& remote_address);

 private:
  Store& store_;
  Clock clock_;
};

}  // namespace lp::app
