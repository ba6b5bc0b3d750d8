#pragma once

#include "app/integrations/integration_token_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::IntegrationTokenRepository over SOCI (table integration_tokens, migration 021).
class SociIntegrationTokenRepository final : public app::IntegrationTokenRepository {
 public:
  explicit SociIntegrationTokenRepository(UnitOfWork& unit) : unit_(unit) {}

  app::IntegrationTokenId Create(const app::NewIntegrationToken& token) override;
  std::vector<app::IntegrationToken> List() override;
  std::optional<app::IntegrationToken> Find(app::IntegrationTokenId id) override;
  std::optional<app::IntegrationToken> FindByHash(const std::string& token_hash) override;
  bool HasLiveNamed(const std::string& name) override;
  bool Revoke(app::IntegrationTokenId id, std::optional<domain::UserId> by, const std::string& by_name,
              domain::Timestamp at) override;
  bool MarkUsed(app::IntegrationTokenId id, domain::Timestamp at, std::chrono::seconds interval) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
