#include "app/integrations/integration_token_service.hpp"

#include <fmt/format.h>

#include <utility>

#include "app/integrations/integrations_access.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/repositories.hpp"
#include "app/platform/security.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

constexpr std::string_view kMissingToken =
    "Der blev ikke sendt nogen integrationsnøgle. Send nøglen i headeren Authorization: Bearer <nøgle>.";
constexpr std::string_view kUnknownToken =
    "Integrationsnøglen er ukendt. Kontrollér, at hele nøglen er sendt, eller bed portalens administrator om en "
    "ny.";
constexpr std::string_view kRevokedToken =
    "Integrationsnøglen er tilbagekaldt og kan ikke bruges længere. Bed portalens administrator om en ny.";

Error Unauthenticated(std::string_view message) { return Error{ErrorKind::Unauthenticated, std::string(message), {}}; }

bool MayAdminister(const domain::User& user) {
  return Authorize(&user, Requires(kAdministerIntegrations)) == Decision::Allow;
}

}  // namespace

IntegrationTokenService::IntegrationTokenService(Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

std::vector<IntegrationToken> IntegrationTokenService::List() const {
  return store_.Read([](Transaction& tx) { return tx.Get<IntegrationTokenRepository>().List(); });
}

Result<CreatedIntegrationToken> IntegrationTokenService::Create(const domain::User& administrator,
                                                                const IntegrationTokenInput& input,
                                                                std::string_view remote_address) {
  if (!MayAdminister(administrator)) return Forbidden("Kun administratorer kan oprette integrationsnøgler.");
  std::vector<FieldError> errors;
  NewIntegrationToken token;
  token.name = domain::OneLine(domain::CleanText(input.name));
  CheckText(errors, "name", token.name, {"navnet", kMaxIntegrationNameLength, "Skriv integrationens navn."});
  token.purpose = domain::CleanText(input.purpose);
  CheckText(errors, "purpose", token.purpose,
            {"formålet", kMaxIntegrationPurposeLength, "Skriv, hvad integrationen skal bruge nøglen til."});
  if (const auto scope = domain::ParseIntegrationScope(input.scope)) {
    token.scope = *scope;
  } else {
    errors.push_back({"scope", "Vælg, hvad nøglen giver adgang til."});
  }
  if (!errors.empty()) return Invalid(std::move(errors));

  std::string secret = std::string(domain::kIntegrationTokenMarker) + RandomToken();
  token.token_hash = Sha256Hex(secret);
  token.prefix = std::string(domain::IntegrationTokenPrefix(secret));
  token.created_by = administrator.id;
  token.created_by_name = administrator.name;
  token.created_at = clock_();
  const std::string duplicate = fmt::format(
      "Der er allerede en aktiv nøgle med navnet »{}«. Vælg et andet navn, eller tilbagekald den "
      "gamle nøgle først.",
      token.name);
  auto created = store_.Write(
      [&](Transaction& tx) -> Result<IntegrationToken> {
        auto& tokens = tx.Get<IntegrationTokenRepository>();
        if (tokens.HasLiveNamed(token.name)) return InvalidField("name", duplicate);
        const auto id = tokens.Create(token);
        tx.Get<AuditRepository>().Append(
            {token.created_at, administrator.id, "integrations.token_created", "integration:" + std::to_string(id),
             std::string(remote_address),
             fmt::format("{} ({}, {})", token.name, domain::IntegrationScopeCode(token.scope), token.prefix)});
        return *tokens.Find(id);
      },
      Conflict(duplicate));
  if (!created) return created.error();
  return CreatedIntegrationToken{std::move(created.value()), std::move(secret)};
}

Result<IntegrationToken> IntegrationTokenService::Revoke(const domain::User& administrator, IntegrationTokenId id,
                                                         std::string_view remote_address) {
  if (!MayAdminister(administrator)) return Forbidden("Kun administratorer kan tilbagekalde integrationsnøgler.");
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<IntegrationToken> {
    auto& tokens = tx.Get<IntegrationTokenRepository>();
    const auto token = tokens.Find(id);
    if (!token) return NotFound("Integrationsnøglen findes ikke.");
    if (!tokens.Revoke(id, administrator.id, administrator.name, now)) {
      return Conflict(fmt::format("Nøglen til »{}« er allerede tilbagekaldt.", token->name));
    }
    tx.Get<AuditRepository>().Append({now, administrator.id, "integrations.token_revoked",
                                      "integration:" + std::to_string(id), std::string(remote_address),
                                      fmt::format("{} ({})", token->name, token->prefix)});
    return *tokens.Find(id);
  });
}

Result<AuthenticatedIntegration> IntegrationTokenService::Authenticate(std::string_view bearer, std::string_view scope,
                                                                       domain::Timestamp now) const {
  if (bearer.empty()) return Unauthenticated(kMissingToken);
  // Anything that is not shaped like a token cannot be one: no lookup (and no hashing of a megabyte).
  if (!domain::IsIntegrationTokenShaped(bearer)) return Unauthenticated(kUnknownToken);
  const std::string hash = Sha256Hex(bearer);
  const auto token =
      store_.Read([&](Transaction& tx) { return tx.Get<IntegrationTokenRepository>().FindByHash(hash); });
  if (!token) return Unauthenticated(kUnknownToken);
  if (!token->live()) return Unauthenticated(kRevokedToken);
  if (domain::IntegrationScopeCode(token->scope) != scope) {
    const auto needed = domain::ParseIntegrationScope(scope);
    return Forbidden(fmt::format("Integrationsnøglen giver ikke adgang til dette. Det kræver en nøgle til »{}«.",
                                 needed ? domain::IntegrationScopeLabel(*needed) : scope));
  }
  // A write at most once a minute per token; the read above decides whether it is due, the update's
  // own condition keeps two simultaneous requests from both writing.
  if (!token->last_used_at || now - *token->last_used_at >= kIntegrationUseInterval) {
    store_.Write([&](Transaction& tx) {
      return tx.Get<IntegrationTokenRepository>().MarkUsed(token->id, now, kIntegrationUseInterval);
    });
  }
  return AuthenticatedIntegration{token->id, token->name, std::string(scope)};
}

}  // namespace lp::app
