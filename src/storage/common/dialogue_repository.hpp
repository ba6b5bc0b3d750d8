#pragma once

#include "app/dialogue_repository.hpp"
#include "storage/common/transaction.hpp"

namespace lp::storage {

// app::DialogueRepository over SOCI (migration 009).
class SociDialogueRepository final : public app::DialogueRepository {
 public:
  explicit SociDialogueRepository(UnitOfWork& unit) : unit_(unit) {}

 private:
  [[maybe_unused]] UnitOfWork& unit_;
};

}  // namespace lp::storage
