#pragma once

#include "app/activation_repository.hpp"
#include "storage/common/transaction.hpp"

namespace lp::storage {

// app::ActivationRepository over SOCI (migration 008).
class SociActivationRepository final : public app::ActivationRepository {
 public:
  explicit SociActivationRepository(UnitOfWork& unit) : unit_(unit) {}

 private:
  [[maybe_unused]] UnitOfWork& unit_;
};

}  // namespace lp::storage
