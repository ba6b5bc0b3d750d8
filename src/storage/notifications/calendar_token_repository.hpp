#pragma once

#include "app/notifications/calendar_service.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::CalendarTokenRepository over SOCI (table calendar_tokens, migration 014).
class SociCalendarTokenRepository final : public app::CalendarTokenRepository {
 public:
  explicit SociCalendarTokenRepository(UnitOfWork& unit) : unit_(unit) {}

  void Replace(const std::string& recipient, const std::string& token_hash, domain::Timestamp at) override;
  long long Revoke(const std::string& recipient, domain::Timestamp at) override;
  std::optional<std::string> RecipientOf(const std::string& token_hash) override;
  bool HasLive(const std::string& recipient) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
