#include "storage/organisation/pending_import_repository.hpp"

#include <soci/soci.h>

#include <string_view>

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Note on binding: soci::use keeps a reference that is read when the statement runs, so every bound
// value below is a named local that outlives the statement, never a temporary.

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

}  // namespace

void SociPendingImportRepository::Create(const app::PendingImport& pending) {
  Guarded(unit_, [&] {
    long long user_id = pending.user_id;
    long long created_at = ToUnixSeconds(pending.created_at);
    long long expires_at = ToUnixSeconds(pending.expires_at);
    const bool postgres = unit_.dialect == SqlDialect::Postgresql;
    const std::string units = postgres ? ToHex(pending.units_bytes) : pending.units_bytes;
    const std::string people = postgres ? ToHex(pending.people_bytes) : pending.people_bytes;
    const std::string bytes_value = postgres ? "decode(:units_bytes, 'hex'), :people_name, decode(:people_bytes, 'hex')"
                                             : "CAST(:units_bytes AS BLOB), :people_name, CAST(:people_bytes AS BLOB)";
    unit_.sql << "INSERT INTO pending_imports (id, user_id, created_at, expires_at, units_name, units_bytes, "
                 "people_name, people_bytes, fingerprint) VALUES (:id, :user_id, :created_at, :expires_at, "
                 ":units_name, " +
                     bytes_value + ", :fingerprint)",
        soci::use(pending.id, "id"), soci::use(user_id, "user_id"), soci::use(created_at, "created_at"),
        soci::use(expires_at, "expires_at"), soci::use(pending.units_name, "units_name"),
        soci::use(units, "units_bytes"), soci::use(pending.people_name, "people_name"),
        soci::use(people, "people_bytes"), soci::use(pending.fingerprint, "fingerprint");
  });
}

std::optional<app::PendingImport> SociPendingImportRepository::Find(const std::string& id) {
  return Guarded(unit_, [&]() -> std::optional<app::PendingImport> {
    const bool postgres = unit_.dialect == SqlDialect::Postgresql;
    const std::string columns = postgres ? "encode(units_bytes, 'hex'), people_name, encode(people_bytes, 'hex')"
                                         : "hex(units_bytes), people_name, hex(people_bytes)";
    app::PendingImport row;
    long long user_id = 0;
    long long created_at = 0;
    long long expires_at = 0;
    std::string units_hex;
    std::string people_hex;
    soci::indicator found = soci::i_null;
    unit_.sql << "SELECT id, user_id, created_at, expires_at, units_name, " + columns +
                     ", fingerprint FROM pending_imports WHERE id = :id",
        soci::use(id, "id"), soci::into(row.id, found), soci::into(user_id), soci::into(created_at),
        soci::into(expires_at), soci::into(row.units_name), soci::into(units_hex), soci::into(row.people_name),
        soci::into(people_hex), soci::into(row.fingerprint);
    if (!unit_.sql.got_data() || found != soci::i_ok) return std::nullopt;
    row.user_id = static_cast<domain::UserId>(user_id);
    row.created_at = FromUnixSeconds(created_at);
    row.expires_at = FromUnixSeconds(expires_at);
    row.units_bytes = FromHex(units_hex);
    row.people_bytes = FromHex(people_hex);
    return row;
  });
}

void SociPendingImportRepository::SetFingerprint(const std::string& id, const std::string& fingerprint) {
  Guarded(unit_, [&] {
    unit_.sql << "UPDATE pending_imports SET fingerprint = :fingerprint WHERE id = :id",
        soci::use(fingerprint, "fingerprint"), soci::use(id, "id");
  });
}

void SociPendingImportRepository::Delete(const std::string& id) {
  Guarded(unit_, [&] { unit_.sql << "DELETE FROM pending_imports WHERE id = :id", soci::use(id, "id"); });
}

long long SociPendingImportRepository::DeleteForUser(domain::UserId user_id) {
  return Guarded(unit_, [&] {
    long long key = user_id;
    soci::statement statement =
        (unit_.sql.prepare << "DELETE FROM pending_imports WHERE user_id = :user_id", soci::use(key, "user_id"));
    statement.execute(true);
    return static_cast<long long>(statement.get_affected_rows());
  });
}

long long SociPendingImportRepository::DeleteExpired(domain::Timestamp now) {
  return Guarded(unit_, [&] {
    long long cutoff = ToUnixSeconds(now);
    soci::statement statement =
        (unit_.sql.prepare << "DELETE FROM pending_imports WHERE expires_at <= :now", soci::use(cutoff, "now"));
    statement.execute(true);
    return static_cast<long long>(statement.get_affected_rows());
  });
}

}  // namespace lp::storage
