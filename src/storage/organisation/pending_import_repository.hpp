#pragma once

#include "app/organisation/pending_import_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::PendingImportRepository over SOCI. The files are BLOB (SQLite) / BYTEA (PostgreSQL) and
// travel as hex where a driver would otherwise treat them as NUL-terminated text: PostgreSQL gets
// decode(:hex, 'hex') and returns encode(…, 'hex'); SQLite takes the bytes with their length
// (CAST(:bytes AS BLOB)) and returns hex(…), so no byte is lost or reinterpreted on either side.
class SociPendingImportRepository final : public app::PendingImportRepository {
 public:
  explicit SociPendingImportRepository(UnitOfWork& unit) : unit_(unit) {}

  void Create(const app::PendingImport& pending) override;
  std::optional<app::PendingImport> Find(const std::string& id) override;
  void SetFingerprint(const std::string& id, const std::string& fingerprint) override;
  void Delete(const std::string& id) override;
  long long DeleteForUser(domain::UserId user_id) override;
  long long DeleteExpired(domain::Timestamp now) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
