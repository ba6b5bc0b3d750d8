#include "storage/organisation/pending_import_repository.hpp"

#include <string_view>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// The files are binary; SQLite binds them with their length as CAST(:bytes AS BLOB) and returns
// hex(…), PostgreSQL gets decode(:hex, 'hex') and returns encode(…, 'hex') (SOCI binds strings as
// NUL-terminated text there). Only these parts differ between the dialects.
constexpr std::string_view kInsertHead =
    "INSERT INTO pending_imports (id, user_id, created_at, expires_at, units_name, units_bytes, "
    "people_name, people_bytes, fingerprint) VALUES (:id, :user_id, :created_at, :expires_at, "
    ":units_name,";
constexpr std::string_view kFilesInSqlite = "CAST(:units_bytes AS BLOB), :people_name, CAST(:people_bytes AS BLOB)";
constexpr std::string_view kFilesInPostgres = "decode(:units_bytes, 'hex'), :people_name, decode(:people_bytes, 'hex')";
constexpr std::string_view kInsertTail = ", :fingerprint)";
constexpr std::string_view kInsertSqlite = kJoined<kInsertHead, kFilesInSqlite, kInsertTail>;
constexpr std::string_view kInsertPostgres = kJoined<kInsertHead, kFilesInPostgres, kInsertTail>;

constexpr std::string_view kSelectHead = "SELECT id, user_id, created_at, expires_at, units_name,";
constexpr std::string_view kFilesOutSqlite = "hex(units_bytes), people_name, hex(people_bytes)";
constexpr std::string_view kFilesOutPostgres = "encode(units_bytes, 'hex'), people_name, encode(people_bytes, 'hex')";
constexpr std::string_view kSelectTail = ", fingerprint FROM pending_imports WHERE id = :id";
constexpr std::string_view kFindSqlite = kJoined<kSelectHead, kFilesOutSqlite, kSelectTail>;
constexpr std::string_view kFindPostgres = kJoined<kSelectHead, kFilesOutPostgres, kSelectTail>;

constexpr std::string_view kSetFingerprint = "UPDATE pending_imports SET fingerprint = :fingerprint WHERE id = :id";
constexpr std::string_view kDelete = "DELETE FROM pending_imports WHERE id = :id";
constexpr std::string_view kDeleteForUser = "DELETE FROM pending_imports WHERE user_id = :user_id";
constexpr std::string_view kDeleteExpired = "DELETE FROM pending_imports WHERE expires_at <= :now";

std::string ToHex(std::string_view bytes) {
  static constexpr std::string_view kDigits = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    hex.push_back(kDigits[byte >> 4]);
    hex.push_back(kDigits[byte & 0x0F]);
  }
  return hex;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string FromHex(std::string_view hex) {
  if (hex.size() % 2 != 0) throw app::StorageError("pending_imports holds an unreadable file");
  std::string bytes;
  bytes.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int high = HexValue(hex[i]);
    const int low = HexValue(hex[i + 1]);
    if (high < 0 || low < 0) throw app::StorageError("pending_imports holds an unreadable file");
    bytes.push_back(static_cast<char>((high << 4) | low));
  }
  return bytes;
}

// The columns of kFindSqlite and kFindPostgres (the files as hex on both).
struct PendingImportRow {
  std::string id;
  long long user_id = 0;
  long long created_at = 0;
  long long expires_at = 0;
  std::string units_name;
  std::string units_hex;
  std::string people_name;
  std::string people_hex;
  std::string fingerprint;

  app::PendingImport ToPendingImport() const {
    app::PendingImport pending;
    pending.id = id;
    pending.user_id = static_cast<domain::UserId>(user_id);
    pending.created_at = FromUnixSeconds(created_at);
    pending.expires_at = FromUnixSeconds(expires_at);
    pending.units_name = units_name;
    pending.units_bytes = FromHex(units_hex);
    pending.people_name = people_name;
    pending.people_bytes = FromHex(people_hex);
    pending.fingerprint = fingerprint;
    return pending;
  }
};

void Into(soci::statement& statement, PendingImportRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.user_id));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.expires_at));
  statement.exchange(soci::into(row.units_name));
  statement.exchange(soci::into(row.units_hex));
  statement.exchange(soci::into(row.people_name));
  statement.exchange(soci::into(row.people_hex));
  statement.exchange(soci::into(row.fingerprint));
}

}  // namespace

void SociPendingImportRepository::Create(const app::PendingImport& pending) {
  Guarded(unit_, [&] {
    long long user_id = pending.user_id;
    long long created_at = ToUnixSeconds(pending.created_at);
    long long expires_at = ToUnixSeconds(pending.expires_at);
    const bool postgres = unit_.dialect == SqlDialect::Postgresql;
    const std::string units = postgres ? ToHex(pending.units_bytes) : pending.units_bytes;
    const std::string people = postgres ? ToHex(pending.people_bytes) : pending.people_bytes;
    Execute(unit_.sql, postgres ? kInsertPostgres : kInsertSqlite, soci::use(pending.id, "id"),
            soci::use(user_id, "user_id"), soci::use(created_at, "created_at"), soci::use(expires_at, "expires_at"),
            soci::use(pending.units_name, "units_name"), soci::use(units, "units_bytes"),
            soci::use(pending.people_name, "people_name"), soci::use(people, "people_bytes"),
            soci::use(pending.fingerprint, "fingerprint"));
  });
}

std::optional<app::PendingImport> SociPendingImportRepository::Find(const std::string& id) {
  return Guarded(unit_, [&] {
    const bool postgres = unit_.dialect == SqlDialect::Postgresql;
    return SelectFirst<PendingImportRow>(unit_.sql, postgres ? kFindPostgres : kFindSqlite,
                                         &PendingImportRow::ToPendingImport, soci::use(id, "id"));
  });
}

void SociPendingImportRepository::SetFingerprint(const std::string& id, const std::string& fingerprint) {
  Guarded(unit_,
          [&] { Execute(unit_.sql, kSetFingerprint, soci::use(fingerprint, "fingerprint"), soci::use(id, "id")); });
}

void SociPendingImportRepository::Delete(const std::string& id) {
  Guarded(unit_, [&] { Execute(unit_.sql, kDelete, soci::use(id, "id")); });
}

long long SociPendingImportRepository::DeleteForUser(domain::UserId user_id) {
  return Guarded(unit_, [&] {
    long long key = user_id;
    return Execute(unit_.sql, kDeleteForUser, soci::use(key, "user_id"));
  });
}

long long SociPendingImportRepository::DeleteExpired(domain::Timestamp now) {
  return Guarded(unit_, [&] {
    long long cutoff = ToUnixSeconds(now);
    return Execute(unit_.sql, kDeleteExpired, soci::use(cutoff, "now"));
  });
}

}  // namespace lp::storage
