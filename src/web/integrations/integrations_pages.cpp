#include "web/integrations/integrations_pages.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <string>

#include "app/integrations/integration_token_service.hpp"
#include "app/integrations/integrations_access.hpp"
#include "domain/integrations/integrations.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kAdminPath = "/administration/integrationer";
constexpr std::string_view kTitle = "Integrationer";

std::string RevokeHref(app::IntegrationTokenId id) { return fmt::format("{}/{}/tilbagekald", kAdminPath, id); }

std::vector<FieldOption> ScopeOptions() {
  std::vector<FieldOption> options;
  options.reserve(domain::kAllIntegrationScopes.size());
  for (const auto scope : domain::kAllIntegrationScopes) {
    options.push_back(
        {std::string(domain::IntegrationScopeCode(scope)), std::string(domain::IntegrationScopeLabel(scope))});
  }
  return options;
}

std::string ScopeHint() {
  std::string hint;
  for (const auto scope : domain::kAllIntegrationScopes) {
    if (!hint.empty()) hint += " ";
    hint += fmt::format("{}: {}", domain::IntegrationScopeLabel(scope), domain::IntegrationScopeDescription(scope));
  }
  return hint;
}

void AddTokenRows(View& content, const std::vector<app::IntegrationToken>& tokens) {
  if (tokens.empty()) {
    content.Show("NO_TOKENS");
    return;
  }
  auto& table = content.AddSection("TOKENS");
  for (const auto& token : tokens) {
    auto& row = table.AddSection("TOKEN");
    row.Set("NAME", token.name);
    row.Set("PURPOSE", token.purpose);
    row.Set("SCOPE", std::string(domain::IntegrationScopeLabel(token.scope)));
    row.Set("PREFIX", token.prefix + "…");
    row.Set("CREATED", fmt::format("{}, {}", domain::FormatDateTime(token.created_at), token.created_by_name));
    row.Set("LAST_USED", token.last_used_at ? domain::FormatDateTime(*token.last_used_at) : std::string("Aldrig"));
    if (token.live()) {
      row.Show("LIVE");
      auto& revoke = row.AddSection("REVOKE");
      revoke.Set("REVOKE_HREF", RevokeHref(token.id));
      revoke.Set("REVOKE_LABEL", "Tilbagekald nøglen til " + token.name);
    } else {
      row.AddSection("REVOKED").Set("REVOKED_TEXT", fmt::format("{}, {}", domain::FormatDateTime(*token.revoked_at),
                                                                token.revoked_by_name.value_or("ukendt")));
    }
  }
}

// The page: the tokens, the form to make one (again with `error` and what was typed), and, right after
// one was made, the token itself (shown this once).
Response RenderIntegrations(const PageServices& services, RequestContext& context,
                            const app::IntegrationTokenInput& input, const app::Error* error = nullptr,
                            const app::CreatedIntegrationToken* created = nullptr) {
  View content;
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr) AddFormError(content, *error, "Nøglen blev ikke oprettet");
  if (created != nullptr) {
    auto& shown = content.AddSection("CREATED");
    shown.Set("CREATED_NAME", created->record.name);
    shown.Set("CREATED_SCOPE", std::string(domain::IntegrationScopeLabel(created->record.scope)));
    shown.Set("TOKEN", created->token);
  }
  AddTokenRows(content, services.Get<app::IntegrationTokenService>().List());
  AddField(content, "NAME_FIELD",
           TextField("name", "Integrationens navn",
                     "Systemet og hvad det leverer, fx Dataplatform – LPR-udtræk. " +
                         MaxCharactersHint(app::kMaxIntegrationNameLength),
                     input.name)
               .Class("input-width-xl"),
           errors);
  AddField(content, "PURPOSE_FIELD",
           TextAreaField("purpose", "Formål",
                         "Hvad systemet bruger nøglen til, og hvem der driver det. " +
                             MaxCharactersHint(app::kMaxIntegrationPurposeLength),
                         input.purpose, 3),
           errors);
  AddField(content, "SCOPE_FIELD", SelectField("scope", "Adgang", ScopeHint(), input.scope, ScopeOptions()), errors);
  const int status = created != nullptr ? 200 : FormStatus(error);
  return services.pages.Render(context, FormTitle(kTitle, error), "integrations/integrations.tpl", content, status);
}

Response ShowIntegrations(const PageServices& services, RequestContext& context) {
  app::IntegrationTokenInput input;
  input.scope = std::string(domain::IntegrationScopeCode(domain::kAllIntegrationScopes.front()));
  return RenderIntegrations(services, context, input);
}

// Not post/redirect/get on success: the token is in this response only, which no cache keeps
// (Cache-Control: no-store on every page).
Response SubmitNewToken(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const app::IntegrationTokenInput input{form.Get("name"), form.Get("purpose"), form.Get("scope")};
  const auto created =
      services.Get<app::IntegrationTokenService>().Create(*context.user(), input, context.request.remote_address);
  return FinishForm<app::CreatedIntegrationToken>(
      services, context, created,
      [&](const app::Error& error, int) { return RenderIntegrations(services, context, input, &error); },
      [&](const app::CreatedIntegrationToken& token) {
        app::IntegrationTokenInput fresh;
        fresh.scope = input.scope;
        return RenderIntegrations(services, context, fresh, nullptr, &token);
      });
}

// The second step of revoking: what it means, and the button that does it.
Response ShowRevoke(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto tokens = services.Get<app::IntegrationTokenService>().List();
  const auto token = std::ranges::find(tokens, id, &app::IntegrationToken::id);
  if (token == tokens.end()) return services.pages.Error(context, 404, "Integrationsnøglen findes ikke.");
  if (!token->live())
    return RedirectWithFlash(std::string(kAdminPath), "integrations-already-revoked", services.secure_cookies);
  View content;
  content.Set("NAME", token->name);
  content.Set("PREFIX", token->prefix + "…");
  content.Set("LAST_USED", token->last_used_at
                               ? "Den blev sidst brugt " + domain::FormatDateTime(*token->last_used_at) + "."
                               : std::string("Den er aldrig blevet brugt."));
  content.Set("ACTION", RevokeHref(id));
  return services.pages.Render(context, "Tilbagekald nøglen til " + token->name, "integrations/integrations_revoke.tpl",
                               content);
}

Response SubmitRevoke(const PageServices& services, RequestContext& context) {
  const auto revoked = services.Get<app::IntegrationTokenService>().Revoke(*context.user(), context.params.Int("id"),
                                                                           context.request.remote_address);
  if (!revoked) {
    if (revoked.error().kind == app::ErrorKind::Conflict) {
      return RedirectWithFlash(std::string(kAdminPath), "integrations-already-revoked", services.secure_cookies);
    }
    return services.pages.Error(context, StatusFor(revoked.error().kind), revoked.error().message);
  }
  return RedirectWithFlash(std::string(kAdminPath), "integrations-token-revoked", services.secure_cookies);
}

// GET /api/v1/integration: which integration a token belongs to, for its operators to check it.
Response RenderIntegration(const PageServices& /*services*/, RequestContext& /*context*/,
                           const app::AuthenticatedIntegration& integration) {
  boost::json::object body{{"integration", integration.name}, {"scope", integration.scope}};
  return Response::Json(200, boost::json::serialize(body));
}

}  // namespace

void RegisterIntegrationPages(PageModule& module) {
  const auto administer = app::Requires(app::kAdministerIntegrations);
  module.shell.AddNavigation({kAdminPath, kTitle,
                              "Nøgler til de systemer, der sender data til portalen, fx målinger fra "
                              "datavarehuset: opret og tilbagekald dem.",
                              administer, nullptr, 96});
  module.shell.AddFlash({"integrations-token-revoked", "success",
                         "Nøglen er tilbagekaldt. Systemet, der havde den, kan ikke længere bruge den."});
  module.shell.AddFlash({"integrations-already-revoked", "info", "Nøglen var allerede tilbagekaldt."});
  module.Get(std::string(kAdminPath), administer, &ShowIntegrations);
  module.Post(std::string(kAdminPath), administer, &SubmitNewToken);
  module.Get(std::string(kAdminPath) + "/{id:int}/tilbagekald", administer, &ShowRevoke);
  module.Post(std::string(kAdminPath) + "/{id:int}/tilbagekald", administer, &SubmitRevoke);
  module.ApiGet("/api/v1/integration", domain::IntegrationScopeCode(domain::IntegrationScope::Measurements),
                &RenderIntegration);
}

}  // namespace lp::web
