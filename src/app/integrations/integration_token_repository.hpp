#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/integrations/integrations.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

using IntegrationTokenId = long long;

// A token of an integration as stored (table integration_tokens, migration 021): never the token
// itself, only its hash and its non-secret prefix.
struct IntegrationToken {
  IntegrationTokenId id = 0;
  std::string name;     // the integration: "Dataplatform – LPR-udtræk"
  std::string purpose;  // what the system uses it for
  domain::IntegrationScope scope = domain::IntegrationScope::Measurements;
  std::string prefix;                        // "lpi_" and the first 8 characters of the secret part
  std::optional<domain::UserId> created_by;  // none once that login is deleted
  std::string created_by_name;
  domain::Timestamp created_at{};
  std::optional<domain::UserId> revoked_by;
  std::optional<std::string> revoked_by_name;
  std::optional<domain::Timestamp> revoked_at;  // none: live
  std::optional<domain::Timestamp> last_used_at;

  bool live() const { return !revoked_at.has_value(); }
  friend bool operator==(const IntegrationToken&, const IntegrationToken&) = default;
};

struct NewIntegrationToken {
  std::string name;
  std::string purpose;
  domain::IntegrationScope scope = domain::IntegrationScope::Measurements;
  std::string token_hash;  // lower-case hex SHA-256 of the whole token
  std::string prefix;
  std::optional<domain::UserId> created_by;
  std::string created_by_name;
  domain::Timestamp created_at{};
};

class IntegrationTokenRepository {
 public:
  virtual ~IntegrationTokenRepository() = default;
  // ConstraintViolation when a live token has the name, or the hash is taken.
  virtual IntegrationTokenId Create(const NewIntegrationToken& token) = 0;
  // Live tokens first, then revoked ones; each the newest first.
  virtual std::vector<IntegrationToken> List() = 0;
  virtual std::optional<IntegrationToken> Find(IntegrationTokenId id) = 0;
  virtual std::optional<IntegrationToken> FindByHash(const std::string& token_hash) = 0;  // live or revoked
  virtual bool HasLiveNamed(const std::string& name) = 0;
  // False when there is no such token or it was revoked already.
  virtual bool Revoke(IntegrationTokenId id, std::optional<domain::UserId> by, const std::string& by_name,
                      domain::Timestamp at) = 0;
  // Records a use at `at` unless one was recorded less than `interval` before: true when it wrote.
  virtual bool MarkUsed(IntegrationTokenId id, domain::Timestamp at, std::chrono::seconds interval) = 0;
};

}  // namespace lp::app
