#pragma once

#include "app/translation_repository.hpp"
#include "storage/common/transaction.hpp"

namespace lp::storage {

// app::TranslationRepository over SOCI (migration 007).
class SociTranslationRepository final : public app::TranslationRepository {
 public:
  explicit SociTranslationRepository(UnitOfWork& unit) : unit_(unit) {}

 private:
  [[maybe_unused]] UnitOfWork& unit_;
};

}  // namespace lp::storage
