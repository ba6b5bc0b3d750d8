// Signing in and out, and the signed-in person's own profile and sessions.
#include <boost/json.hpp>

#include <algorithm>

#include "app/platform/auth_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/account/account_pages.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"
#include "web/platform/user_agent.hpp"

namespace lp::web {
namespace {

// Only local paths may be redirect targets after login (no open redirect to other sites).
// Browsers drop tabs and newlines from URLs and treat '\\' like '/', so any control character,
// space or backslash could turn "/\t/evil.example" into "//evil.example": refuse them all.
std::string SafeNext(std::string_view next) {
  const bool has_unsafe_character = std::any_of(next.begin(), next.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7F || c == '\\';
  });
  if (next.empty() || next.front() != '/' || next.starts_with("//") || has_unsafe_character ||
      next.starts_with("/log-ind") || next.starts_with("/log-ud")) {
    return "/";
  }
  return std::string(next);
}

struct LoginForm {
  std::string email;
  std::string next;
};

Response RenderLogin(const PageServices& services, RequestContext& context, const LoginForm& form,
                     const app::Error* error, int status) {
  View content;
  content.Set("EMAIL", form.email);
  content.Set("NEXT", form.next);
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  if (error == nullptr && query.Has("udlogget")) content.Show("LOGGED_OUT");
  if (error == nullptr && query.Has("udloebet")) content.Show("SESSION_EXPIRED");
  if (error != nullptr && error->field_errors.empty()) {
    // Wrong credentials or throttling concern the whole form, not one field: one alert says it.
    content.AddSection("FORM_ERROR").Set("MESSAGE", error->message);
  } else if (error != nullptr) {
    AddErrorSummary(content, error->field_errors);
    // The e-mail and password inputs are written in the template (type, autocomplete).
    for (const auto* field : {"email", "password"}) {
      if (const auto message = ErrorFor(error->field_errors, field); !message.empty()) {
        content.AddSection(std::string(field) == "email" ? "EMAIL_ERROR" : "PASSWORD_ERROR")
            .Set("MESSAGE", std::string(message));
      }
    }
  }
  return services.pages.Render(context, error ? "Log ind (fejl)" : "Log ind", "account/login.tpl", content, status);
}

Response ShowLogin(const PageServices& services, RequestContext& context) {
  if (context.user() != nullptr) return Response::Redirect("/");
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  return RenderLogin(services, context, {"", SafeNext(query.Get("next"))}, nullptr, 200);
}

// Not FinishForm: every refusal (wrong password, throttling) shows the login form again with its
// own status, and a success sets the session cookie.
Response SubmitLogin(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const LoginForm entered{form.Get("email"), SafeNext(form.Get("next"))};
  const auto user_agent = context.request.Header("User-Agent").value_or("");
  auto result = services.Get<app::AuthService>().Login(
      {entered.email, form.Get("password"), context.request.remote_address, std::string(user_agent)});
  if (!result) {
    const auto& error = result.error();
    auto response = RenderLogin(services, context, entered, &error, StatusFor(error.kind));
    if (error.kind == app::ErrorKind::Throttled && error.retry_after.count() > 0) {
      response.SetHeader("Retry-After", std::to_string(error.retry_after.count()));
    }
    return response;
  }
  // A previous session in this browser ends: a new login always gets a new id.
  const auto cookie_name = SessionCookieName(services.secure_cookies);
  const auto cookies = ParseCookies(context.request.Header("Cookie").value_or(""));
  if (const auto old = cookies.find(std::string(cookie_name)); old != cookies.end()) {
    services.Get<app::AuthService>().Logout(old->second, context.request.remote_address);
  }
  auto response = Response::Redirect(entered.next);
  response.AddHeader("Set-Cookie",
                     BuildSetCookie(cookie_name, result->token, SessionCookieOptions(services.secure_cookies)));
  context.renew_csrf = true;  // a token planted or seen before login is no use after it
  return response;
}

Response SubmitLogout(const PageServices& services, RequestContext& context) {
  const auto cookie_name = SessionCookieName(services.secure_cookies);
  const auto cookies = ParseCookies(context.request.Header("Cookie").value_or(""));
  if (const auto it = cookies.find(std::string(cookie_name)); it != cookies.end()) {
    services.Get<app::AuthService>().Logout(it->second, context.request.remote_address);
  }
  context.renew_csrf = true;
  auto response = Response::Redirect("/log-ind?udlogget=1");
  response.AddHeader("Set-Cookie", BuildExpiredCookie(cookie_name, SessionCookieOptions(services.secure_cookies)));
  return response;
}

Response RenderProfile(const PageServices& services, RequestContext& context) {
  const auto& user = *context.user();
  View content;
  content.Set("USER_NAME", user.name);
  content.Set("USER_EMAIL", user.email);
  for (const auto role : user.roles) {
    content.AddSection("ROLE").Set("LABEL", std::string(domain::RoleLabel(role)));
  }
  for (const auto& session : services.Get<app::AuthService>().Sessions(user.id)) {
    auto& row = content.AddSection("SESSION");
    row.Set("CREATED", domain::FormatDateTime(session.created_at));
    row.Set("LAST_SEEN", domain::FormatDateTime(session.last_seen_at));
    row.Set("USER_AGENT", DescribeUserAgent(session.user_agent));
    row.Set("REMOTE_ADDRESS", session.remote_address);
    if (session.token_hash == context.session->record.token_hash) row.Show("SESSION_CURRENT");
  }
  return services.pages.Render(context, "Min profil", "account/profile.tpl", content);
}

Response SubmitEndOtherSessions(const PageServices& services, RequestContext& context) {
  services.Get<app::AuthService>().EndOtherSessions(*context.session, context.request.remote_address);
  return RedirectWithFlash("/min-profil", "sessions-ended", services.secure_cookies);
}

// The password form, afresh or shown again with `error`; what was typed is never sent back.
Response RenderPasswordForm(const PageServices& services, RequestContext& context, const app::Error* error) {
  View content;
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr) AddFormError(content, *error, "Adgangskoden blev ikke skiftet");
  AddField(content, "CURRENT_FIELD",
           PasswordField("current_password", "Nuværende adgangskode", "", "current-password").Required(), errors);
  AddField(content, "NEW_FIELD",
           PasswordField("new_password", "Ny adgangskode",
                         "Mindst " + std::to_string(app::kMinPasswordLength) +
                             " tegn. Brug gerne en sætning, du kan huske. Den må ikke være din e-mailadresse eller "
                             "dit navn.",
                         "new-password")
               .Required(),
           errors);
  AddField(content, "REPEATED_FIELD",
           PasswordField("repeated_password", "Gentag den nye adgangskode", "", "new-password").Required(), errors);
  return services.pages.Render(context, FormTitle("Skift adgangskode", error), "account/password.tpl", content,
                               FormStatus(error));
}

Response ShowPasswordForm(const PageServices& services, RequestContext& context) {
  return RenderPasswordForm(services, context, nullptr);
}

Response SubmitPasswordChange(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const app::PasswordChange change{form.Get("current_password"), form.Get("new_password"),
                                   form.Get("repeated_password"), context.request.remote_address};
  return FinishForm<long long>(
      services, context, services.Get<app::AuthService>().ChangePassword(*context.session, change),
      [&](const app::Error& error, int status) {
        auto response = RenderPasswordForm(services, context, &error);
        response.status = status;
        return response;
      },
      [&](const long long&) { return RedirectWithFlash("/min-profil", "password-changed", services.secure_cookies); });
}

Response RenderMe(const PageServices&, RequestContext& context) {
  const auto& user = *context.user();
  boost::json::array roles;
  for (const auto role : user.roles) roles.emplace_back(domain::RoleCode(role));
  boost::json::object body{{"id", user.id}, {"name", user.name}, {"email", user.email}, {"roles", std::move(roles)}};
  return Response::Json(200, boost::json::serialize(body));
}

}  // namespace

void RegisterAccountPages(PageModule& module) {
  module.shell.AddNavigation({"/min-profil", "Min profil",
                              "Dine oplysninger, dine roller og de computere og telefoner, du er logget ind på.",
                              app::Requires(app::kManageOwnSessions), nullptr, 90});
  module.shell.AddFlash({"sessions-ended", "success", "Du er nu logget ud på alle dine andre enheder."});
  module.shell.AddFlash(
      {"password-changed", "success", "Din adgangskode er skiftet, og du er logget ud alle andre steder."});
  const auto own_sessions = app::Requires(app::kManageOwnSessions);
  module.Get("/log-ind", app::kPublic, &ShowLogin);
  module.Post("/log-ind", app::kPublic, &SubmitLogin);
  module.Post("/log-ud", app::kPublic, &SubmitLogout);
  module.Get("/min-profil", own_sessions, &RenderProfile);
  module.Post("/min-profil/log-ud-andre", own_sessions, &SubmitEndOtherSessions);
  module.Get("/min-profil/adgangskode", own_sessions, &ShowPasswordForm);
  module.Post("/min-profil/adgangskode", own_sessions, &SubmitPasswordChange);
  module.Get("/api/v1/mig", app::kSignedIn, &RenderMe);
}

}  // namespace lp::web
