#pragma once

#include <optional>
#include <string>

#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// An HR export uploaded on the web import page, kept between the preview and the confirmation so
// that the user does not upload it twice and any portal node can take the confirmation. The files
// hold personal data: they live only until they are confirmed, replaced or expired.
struct PendingImport {
  std::string id;  // random, 43 characters; the confirm form carries it
  domain::UserId user_id = 0;
  domain::Timestamp created_at{};
  domain::Timestamp expires_at{};
  std::string units_name;  // the file names as uploaded, for the import run's source
  std::string units_bytes;
  std::string people_name;
  std::string people_bytes;
  // Of the stored organisation the preview was planned against; confirming applies the plan only
  // when the organisation still has it.
  std::string fingerprint;

  friend bool operator==(const PendingImport&, const PendingImport&) = default;
};

class PendingImportRepository {
 public:
  virtual ~PendingImportRepository() = default;
  virtual void Create(const PendingImport& pending) = 0;  // ConstraintViolation for a taken id or unknown user
  virtual std::optional<PendingImport> Find(const std::string& id) = 0;
  virtual void SetFingerprint(const std::string& id, const std::string& fingerprint) = 0;
  virtual void Delete(const std::string& id) = 0;
  virtual long long DeleteForUser(domain::UserId user_id) = 0;
  virtual long long DeleteExpired(domain::Timestamp now) = 0;  // those whose expires_at <= now
};

}  // namespace lp::app
