#include "storage/integrations/integration_token_repository.hpp"

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

constexpr std::string_view kSelectTokens =
    "SELECT id, name, purpose, scope, token_prefix, created_by_user_id, created_by_name, created_at, "
    "revoked_by_user_id, revoked_by_name, revoked_at, last_used_at FROM integration_tokens";
constexpr std::string_view kLiveFirstNewestFirst =
    "ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC";
constexpr std::string_view kTokenById = "WHERE id = :id";
constexpr std::string_view kTokenByHash = "WHERE token_hash = :hash";
constexpr std::string_view kListTokens = kJoined<kSelectTokens, kLiveFirstNewestFirst>;
constexpr std::string_view kFindToken = kJoined<kSelectTokens, kTokenById>;
constexpr std::string_view kFindTokenByHash = kJoined<kSelectTokens, kTokenByHash>;

constexpr std::string_view kInsertToken =
    "INSERT INTO integration_tokens (name, purpose, scope, token_hash, token_prefix, created_by_user_id, "
    "created_by_name, created_at) VALUES (:name, :purpose, :scope, :hash, :prefix, :created_by, "
    ":created_by_name, :created_at) RETURNING id";
constexpr std::string_view kCountLiveNamed =
    "SELECT COUNT(*) FROM integration_tokens WHERE name = :name AND revoked_at IS NULL";
constexpr std::string_view kRevokeToken =
    "UPDATE integration_tokens SET revoked_by_user_id = :by, revoked_by_name = :by_name, revoked_at = :at "
    "WHERE id = :id AND revoked_at IS NULL";
// At most one write per interval: a use within it (by this request's twin, say) leaves the row alone.
constexpr std::string_view kMarkUsed =
    "UPDATE integration_tokens SET last_used_at = :at "
    "WHERE id = :id AND (last_used_at IS NULL OR last_used_at <= :due)";

// The columns of kSelectTokens.
struct TokenRow {
  long long id = 0;
  std::string name;
  std::string purpose;
  std::string scope;
  std::string prefix;
  Nullable<domain::UserId> created_by;
  std::string created_by_name;
  long long created_at = 0;
  Nullable<domain::UserId> revoked_by;
  Nullable<std::string> revoked_by_name;
  Nullable<domain::Timestamp> revoked_at;
  Nullable<domain::Timestamp> last_used_at;

  app::IntegrationToken ToToken() const {
    app::IntegrationToken token;
    token.id = id;
    token.name = name;
    token.purpose = purpose;
    token.scope = DecodeCode(scope, "integration_tokens.scope", domain::ParseIntegrationScope);
    token.prefix = prefix;
    token.created_by = created_by.Get();
    token.created_by_name = created_by_name;
    token.created_at = FromUnixSeconds(created_at);
    token.revoked_by = revoked_by.Get();
    token.revoked_by_name = revoked_by_name.Get();
    token.revoked_at = revoked_at.Get();
    token.last_used_at = last_used_at.Get();
    return token;
  }
};

void Into(soci::statement& statement, TokenRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.name));
  statement.exchange(soci::into(row.purpose));
  statement.exchange(soci::into(row.scope));
  statement.exchange(soci::into(row.prefix));
  statement.exchange(IntoNullable(row.created_by));
  statement.exchange(soci::into(row.created_by_name));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.revoked_by));
  statement.exchange(IntoNullable(row.revoked_by_name));
  statement.exchange(IntoNullable(row.revoked_at));
  statement.exchange(IntoNullable(row.last_used_at));
}

}  // namespace

app::IntegrationTokenId SociIntegrationTokenRepository::Create(const app::NewIntegrationToken& token) {
  return Guarded(unit_, [&] {
    std::string scope(domain::IntegrationScopeCode(token.scope));
    Nullable<domain::UserId> created_by(token.created_by);
    long long created_at = ToUnixSeconds(token.created_at);
    long long id = 0;
    Execute(unit_.sql, kInsertToken, soci::use(token.name, "name"), soci::use(token.purpose, "purpose"),
            soci::use(scope, "scope"), soci::use(token.token_hash, "hash"), soci::use(token.prefix, "prefix"),
            UseNullable(created_by, "created_by"), soci::use(token.created_by_name, "created_by_name"),
            soci::use(created_at, "created_at"), soci::into(id));
    return static_cast<app::IntegrationTokenId>(id);
  });
}

std::vector<app::IntegrationToken> SociIntegrationTokenRepository::List() {
  return Guarded(unit_, [&] { return SelectRows<TokenRow>(unit_.sql, kListTokens, &TokenRow::ToToken); });
}

std::optional<app::IntegrationToken> SociIntegrationTokenRepository::Find(app::IntegrationTokenId id) {
  return Guarded(unit_, [&] {
    long long key = id;
    return SelectFirst<TokenRow>(unit_.sql, kFindToken, &TokenRow::ToToken, soci::use(key, "id"));
  });
}

std::optional<app::IntegrationToken> SociIntegrationTokenRepository::FindByHash(const std::string& token_hash) {
  return Guarded(unit_, [&] {
    return SelectFirst<TokenRow>(unit_.sql, kFindTokenByHash, &TokenRow::ToToken, soci::use(token_hash, "hash"));
  });
}

bool SociIntegrationTokenRepository::HasLiveNamed(const std::string& name) {
  return Guarded(unit_, [&] {
    long long count = 0;
    unit_.sql << kCountLiveNamed, soci::use(name, "name"), soci::into(count);
    return count > 0;
  });
}

bool SociIntegrationTokenRepository::Revoke(app::IntegrationTokenId id, std::optional<domain::UserId> by,
                                            const std::string& by_name, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long key = id;
    Nullable<domain::UserId> user(by);
    long long when = ToUnixSeconds(at);
    return Execute(unit_.sql, kRevokeToken, UseNullable(user, "by"), soci::use(by_name, "by_name"),
                   soci::use(when, "at"), soci::use(key, "id")) > 0;
  });
}

bool SociIntegrationTokenRepository::MarkUsed(app::IntegrationTokenId id, domain::Timestamp at,
                                              std::chrono::seconds interval) {
  return Guarded(unit_, [&] {
    long long key = id;
    long long when = ToUnixSeconds(at);
    long long due = when - interval.count();
    return Execute(unit_.sql, kMarkUsed, soci::use(when, "at"), soci::use(key, "id"), soci::use(due, "due")) > 0;
  });
}

}  // namespace lp::storage
