#pragma once

#include "app/organisation/unit_delegate_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::UnitDelegateRepository over SOCI (table unit_delegates, migration 005).
class SociUnitDelegateRepository final : public app::UnitDelegateRepository {
 public:
  explicit SociUnitDelegateRepository(UnitOfWork& unit) : unit_(unit) {}

  void Add(const app::UnitDelegate& delegate) override;
  bool Remove(domain::UnitId unit, domain::PersonId person) override;
  std::vector<app::UnitDelegate> ForUnit(domain::UnitId unit) override;
  std::vector<domain::UnitId> UnitsDelegatedTo(domain::PersonId person) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
