#include "storage/notifications/calendar_token_repository.hpp"

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::ToUnixSeconds;

constexpr std::string_view kRevoke =
    "UPDATE calendar_tokens SET revoked_at = :at WHERE recipient = :recipient AND revoked_at IS NULL";
constexpr std::string_view kInsert =
    "INSERT INTO calendar_tokens (recipient, token_hash, created_at) VALUES (:recipient, :hash, :at)";
constexpr std::string_view kRecipientOf =
    "SELECT recipient FROM calendar_tokens WHERE token_hash = :hash AND revoked_at IS NULL";
constexpr std::string_view kCountLive =
    "SELECT COUNT(*) FROM calendar_tokens WHERE recipient = :recipient AND revoked_at IS NULL";

}  // namespace

void SociCalendarTokenRepository::Replace(const std::string& recipient, const std::string& token_hash,
                                          domain::Timestamp at) {
  Guarded(unit_, [&] {
    std::string who = recipient;
    std::string who_again = recipient;
    std::string hash = token_hash;
    long long when = ToUnixSeconds(at);
    long long when_again = when;
    Execute(unit_.sql, kRevoke, soci::use(when, "at"), soci::use(who, "recipient"));
    Execute(unit_.sql, kInsert, soci::use(who_again, "recipient"), soci::use(hash, "hash"),
            soci::use(when_again, "at"));
    return 0;
  });
}

long long SociCalendarTokenRepository::Revoke(const std::string& recipient, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    std::string who = recipient;
    long long when = ToUnixSeconds(at);
    return Execute(unit_.sql, kRevoke, soci::use(when, "at"), soci::use(who, "recipient"));
  });
}

std::optional<std::string> SociCalendarTokenRepository::RecipientOf(const std::string& token_hash) {
  return Guarded(unit_, [&]() -> std::optional<std::string> {
    std::string hash = token_hash;
    std::string recipient;
    unit_.sql << kRecipientOf, soci::use(hash, "hash"), soci::into(recipient);
    if (!unit_.sql.got_data()) return std::nullopt;
    return recipient;
  });
}

bool SociCalendarTokenRepository::HasLive(const std::string& recipient) {
  return Guarded(unit_, [&] {
    std::string who = recipient;
    long long count = 0;
    unit_.sql << kCountLive, soci::use(who, "recipient"), soci::into(count);
    return count > 0;
  });
}

}  // namespace lp::storage
