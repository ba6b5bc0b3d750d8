#pragma once

#include "app/foundation_repository.hpp"
#include "storage/common/transaction.hpp"

namespace lp::storage {

// app::FoundationRepository over SOCI (migration 006).
class SociFoundationRepository final : public app::FoundationRepository {
 public:
  explicit SociFoundationRepository(UnitOfWork& unit) : unit_(unit) {}

 private:
  [[maybe_unused]] UnitOfWork& unit_;
};

}  // namespace lp::storage
