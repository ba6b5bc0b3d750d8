#include "app/organisation/unit_delegate_service.hpp"
#include "app/foundation/foundation_access.hpp"
#include "app/organisation/unit_delegate_repository.hpp"

#include <algorithm>
#include <charconv>
#include <utility>

#include "app/platform/errors.hpp"

namespace lp::app {
namespace {

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return std::string(text);
}

bool LeadsUnit(const domain::Organisation& organisation, domain::UnitId unit, domain::PersonId person) {
  return std::ranges::any_of(organisation.ActiveLeadersOf(unit),
                             [&](const domain::Leadership& leadership) { return leadership.person == person; });
}

}  // namespace

UnitDelegateService::UnitDelegateService(Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

UnitDelegates UnitDelegateService::ForUnit(const OrganisationContext& context, domain::UnitId unit) const {
  UnitDelegates result;
  const auto& organisation = context.organisation();
  if (organisation.FindUnit(unit) == nullptr) return result;
  result.visible = context.Reach(actions::kReadUnitFoundation).CoversUnit(organisation, unit);
  result.manage = context.Reach(actions::kManageDelegates).CoversUnit(organisation, unit);
  if (!result.visible && !result.manage) return result;
  result.visible = true;
  const auto appointments =
      store_.Read([&](Transaction& tx) { return tx.Get<UnitDelegateRepository>().ForUnit(unit); });
  for (const auto& appointment : appointments) {
    result.delegates.push_back({organisation.FindPerson(appointment.person), appointment});
  }
  if (result.manage) {
    for (const auto& person : organisation.PeopleIn(unit)) {
      if (!person.active || LeadsUnit(organisation, unit, person.id)) continue;
      const bool delegate = std::ranges::any_of(
          appointments, [&](const UnitDelegate& appointment) { return appointment.person == person.id; });
      if (!delegate) result.candidates.push_back(&person);
    }
  }
  return result;
}

Result<domain::PersonId> UnitDelegateService::Add(const OrganisationContext& context, domain::UnitId unit,
                                                  const DelegateInput& input, const std::string& remote_address) {
  const auto& organisation = context.organisation();
  if (organisation.FindUnit(unit) == nullptr) return UnknownUnit();
  if (!context.Reach(actions::kManageDelegates).CoversUnit(organisation, unit)) {
    return Forbidden("Kun enhedens ledere, HR og administratorer kan udpege stedfortrædere.");
  }
  const domain::Person* person = nullptr;
  std::string field = "person";
  const auto picked = Trim(input.person_id);
  const auto employee_no = Trim(input.employee_no);
  if (!picked.empty()) {
    long long id = 0;
    const auto [end, error] = std::from_chars(picked.data(), picked.data() + picked.size(), id);
    if (error == std::errc{} && end == picked.data() + picked.size()) {
      person = organisation.FindPerson(static_cast<domain::PersonId>(id));
    }
    if (person == nullptr) return InvalidField(field, "Vælg en person på listen.");
  } else if (!employee_no.empty()) {
    field = "employee_no";
    person = organisation.FindPersonByEmployeeNo(employee_no);
    if (person == nullptr)
      return InvalidField(field, "Der er ingen medarbejder med medarbejdernummer " + employee_no + ".");
  } else {
    return InvalidField("person", "Vælg en person fra enheden, eller skriv et medarbejdernummer.");
  }
  if (!person->active) return InvalidField(field, person->FullName() + " er ikke længere ansat.");
  if (LeadsUnit(organisation, unit, person->id)) {
    return InvalidField(field, person->FullName() + " er leder af enheden og har allerede adgang.");
  }
  const auto now = clock_();
  const bool added = store_.Write([&](Transaction& tx) {
    const auto existing = tx.Get<UnitDelegateRepository>().ForUnit(unit);
    if (std::ranges::any_of(existing, [&](const UnitDelegate& d) { return d.person == person->id; })) return false;
    tx.Get<UnitDelegateRepository>().Add({unit, person->id, context.viewer.user->id, now});
    tx.Get<AuditRepository>().Append({now, context.viewer.user->id, "delegate.added", "unit:" + std::to_string(unit),
                                      remote_address, "person " + std::to_string(person->id)});
    return true;
  });
  if (!added) return InvalidField(field, person->FullName() + " er allerede stedfortræder for enheden.");
  return person->id;
}

Result<Unit> UnitDelegateService::Remove(const OrganisationContext& context, domain::UnitId unit,
                                         domain::PersonId person, const std::string& remote_address) {
  const auto& organisation = context.organisation();
  if (organisation.FindUnit(unit) == nullptr) return UnknownUnit();
  if (!context.Reach(actions::kManageDelegates).CoversUnit(organisation, unit)) {
    return Forbidden("Kun enhedens ledere, HR og administratorer kan fjerne stedfortrædere.");
  }
  const auto now = clock_();
  const bool removed = store_.Write([&](Transaction& tx) {
    if (!tx.Get<UnitDelegateRepository>().Remove(unit, person)) return false;
    tx.Get<AuditRepository>().Append({now, context.viewer.user->id, "delegate.removed", "unit:" + std::to_string(unit),
                                      remote_address, "person " + std::to_string(person)});
    return true;
  });
  if (!removed) return NotFound("Personen er ikke stedfortræder for enheden.");
  return Unit{};
}

}  // namespace lp::app
