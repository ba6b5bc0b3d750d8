#include "web/platform/portal.hpp"
#include "app/platform/auth_service.hpp"

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>

#include "app/platform/security.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/multipart.hpp"

namespace lp::web {
namespace {

// Behind TLS the cookie carries the __Host- prefix: the browser then keeps it Secure, for this host
// only and for every path, so a sibling subdomain or a plain-HTTP page cannot plant one.
std::string_view CsrfCookieName(bool secure) { return secure ? "__Host-lp_csrf" : "lp_csrf"; }

constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

CookieOptions CsrfCookieOptions(bool secure) { return {true, secure, SameSite::Lax, std::nullopt}; }

// A request's id, for the logs and the X-Request-Id header: 16 hex digits, unique within the process
// (a bijection of a counter) and no running count to an outsider (mixed with a key drawn at start).
// It is no secret, so it costs no system call per request (a random token did: getrandom).
std::string NewRequestId() {
  static const std::uint64_t key = std::hash<std::string>{}(app::RandomToken());
  static std::atomic<std::uint64_t> counter{0};
  // splitmix64: an odd multiple of the counter, then a finaliser that is a bijection on 64 bits.
  std::uint64_t x = key + (counter.fetch_add(1, std::memory_order_relaxed) * 0x9E3779B97F4A7C15ULL);
  x = (x ^ (x >> 30U)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27U)) * 0x94D049BB133111EBULL;
  x ^= x >> 31U;
  constexpr std::string_view kHex = "0123456789abcdef";
  std::string id(16, '0');
  for (std::size_t i = 0; i < id.size(); ++i) id[i] = kHex[(x >> (60U - (4U * i))) & 0xFU];
  return id;
}

bool IsLoopback(std::string_view address) {
  return address.starts_with("127.") || address == "::1" || address.starts_with("::ffff:127.");
}

// "host:port" in lower case with the scheme's default port left out, so that "Portal.rm.dk:443" and
// "portal.rm.dk" compare equal for https.
std::string Authority(std::string_view authority, std::string_view scheme) {
  std::string normal;
  normal.reserve(authority.size());
  for (const char c : authority) normal += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  const std::string default_port = scheme == "https" ? ":443" : ":80";
  if (normal.ends_with(default_port)) normal.resize(normal.size() - default_port.size());
  return normal;
}

// Origin must be this portal as the browser reached it: the same scheme, host and port. A
// cross-site form post carries another origin; so does an http:// page posting to the https:// portal.
bool OriginAllowed(const Request& request, bool secure) {
  const auto origin = request.Header("Origin");
  if (!origin || *origin == "null") return !origin.has_value();
  const auto host = request.Header("Host");
  if (!host) return false;
  const auto scheme_end = origin->find("://");
  if (scheme_end == std::string_view::npos) return false;
  const std::string_view scheme = origin->substr(0, scheme_end);
  if (scheme != (secure ? "https" : "http")) return false;
  return Authority(origin->substr(scheme_end + 3), scheme) == Authority(*host, scheme);
}

}  // namespace

const FormData& RequestContext::Form() {
  if (!form_) form_ = FormData::Parse(request.body).value_or(FormData{});
  return *form_;
}

Portal::Portal(const app::Services& services, std::span<const RegisterPages> modules, StaticFiles assets,
               Metrics& metrics, PortalOptions options)
    : store_(services.store()),
      auth_(services.Get<app::AuthService>()),
      assets_(std::move(assets)),
      metrics_(metrics),
      options_(std::move(options)),
      pages_(templates_, assets_, shell_, services),
      page_services_{store_, services, pages_, assets_, options_.secure_cookies, options_.max_upload_bytes} {
  RegisterInfrastructure();
  PageModule module{router_, shell_, page_services_};
  for (const auto register_pages : modules) register_pages(module);
  // Routes for other systems need the token check of the integrations module: without it the portal
  // does not start (Services::Get throws), rather than refusing every call while serving.
  const bool integration_routes = std::ranges::any_of(
      router_.routes(), [](const Route& route) { return route.access.audience == app::Audience::Integration; });
  if (integration_routes) integrations_ = &services.Get<app::IntegrationAuthenticator>();
}

void Portal::RegisterInfrastructure() {
  router_.Add({Method::Get, "/healthz", app::kPublic,
               [this](RequestContext&) {
                 const bool database_up = store_.Ping();
                 boost::json::object body{{"status", database_up ? "ok" : "unavailable"},
                                          {"database", database_up ? "ok" : "unavailable"},
                                          {"dialect", store_.Dialect()}};
                 auto response = Response::Json(database_up ? 200 : 503, boost::json::serialize(body));
                 response.SetHeader("Cache-Control", "no-store");
                 return response;
               },
               SessionUse::Skip});
  router_.Add({Method::Get, "/metrics", app::kPublic,
               [this](RequestContext& context) {
                 const auto authorization = context.request.Header("Authorization");
                 const bool token_ok = !options_.metrics_token.empty() && authorization &&
                                       app::ConstantTimeEquals(*authorization, "Bearer " + options_.metrics_token);
                 if (!token_ok && !IsLoopback(context.request.remote_address)) {
                   return pages_.Error(context, 403);
                 }
                 const auto pool = store_.Stats();
                 auto response = Response::Text(200, metrics_.RenderPrometheus({pool.size, pool.in_use, pool.waits}));
                 response.SetHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                 return response;
               },
               SessionUse::Skip});
  // The assets are in memory (StaticFiles::Load at start-up), so these routes answer on the network
  // thread (Route::answers_from_memory).
  auto serve_static = [this](RequestContext& context, std::string_view path) {
    if (auto response = assets_.Serve(context.request, path)) return std::move(*response);
    return pages_.Error(context, 404);
  };
  router_.Add({Method::Get, "/static/{path:*}", app::kPublic,
               [serve_static](RequestContext& context) { return serve_static(context, context.params.Get("path")); },
               SessionUse::Skip, std::nullopt, true});
  router_.Add({Method::Get, "/robots.txt", app::kPublic,
               [serve_static](RequestContext& context) { return serve_static(context, "robots.txt"); },
               SessionUse::Skip, std::nullopt, true});
  router_.Add({Method::Get, "/favicon.ico", app::kPublic,
               [serve_static](RequestContext& context) { return serve_static(context, "favicon.svg"); },
               SessionUse::Skip, std::nullopt, true});
}

void Portal::ApplyTrustedProxy(Request& request) const {
  if (options_.trusted_proxies.empty()) return;
  if (std::find(options_.trusted_proxies.begin(), options_.trusted_proxies.end(), request.remote_address) ==
      options_.trusted_proxies.end()) {
    return;
  }
  if (const auto forwarded = request.Header("X-Forwarded-For")) {
    // The proxy appends the client it saw last.
    auto last = forwarded->substr(forwarded->rfind(',') == std::string_view::npos ? 0 : forwarded->rfind(',') + 1);
    while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
    if (!last.empty()) request.remote_address = std::string(last);
  }
  if (const auto proto = request.Header("X-Forwarded-Proto")) request.tls = *proto == "https";
}

Response Portal::Handle(Request& request) {
  const auto started = std::chrono::steady_clock::now();
  RequestContext context(request);
  context.request_id = NewRequestId();
  ApplyTrustedProxy(request);
  Response response;
  try {
    response = Dispatch(context);
  } catch (const app::WriteConflict& error) {
    // A write that lost a race with a concurrent one (work that returns a Result ends as a Conflict
    // instead, in Store::Write). Nothing was kept; the visitor may try again.
    spdlog::warn("request {}: write lost a race: {}", context.request_id, error.what());
    response = pages_.Error(context, 409, std::string(app::kLostRace));
  } catch (const app::StorageError& error) {
    spdlog::error("request {}: database unavailable: {}", context.request_id, error.what());
    response = pages_.Error(context, 503);
  } catch (const std::exception& error) {
    spdlog::error("request {}: unhandled error: {}", context.request_id, error.what());
    response = pages_.Error(context, 500);
  }
  Finish(context, response, started);
  return response;
}

Response Portal::Dispatch(RequestContext& context) {
  auto& request = context.request;
  if (request.path.empty() || request.path.find('\0') != std::string::npos) return pages_.Error(context, 400);

  auto match = router_.Resolve(request.method, request.path);
  if (match.outcome == Router::Outcome::BadPath) return pages_.Error(context, 400);
  if (match.outcome == Router::Outcome::NotFound) {
    ResumeSessionForErrorPage(context);
    return pages_.Error(context, 404);
  }
  if (match.outcome == Router::Outcome::MethodNotAllowed) {
    auto response = pages_.Error(context, 405);
    std::string allow;
    for (const auto method : match.allowed) {
      if (!allow.empty()) allow += ", ";
      allow += MethodName(method);
    }
    response.SetHeader("Allow", allow);
    return response;
  }
  const auto& route = *match.route;
  context.params = std::move(match.params);
  context.route_pattern = route.pattern;
  if (route.session == SessionUse::Skip) return route.handler(context);
  if (route.access.audience == app::Audience::Integration) return DispatchIntegration(context, route);

  const auto cookies = ParseCookies(request.Header("Cookie").value_or(""));
  const auto cookie = [&](std::string_view name) -> std::string {
    const auto it = cookies.find(std::string(name));
    return it == cookies.end() ? std::string{} : it->second;
  };

  // CSRF: every visitor holds a random cookie; forms carry an HMAC of it, and of the session once
  // there is one. A cross-site page can neither read the cookie nor compute the HMAC, and a token
  // seen before login (or in another session) is worth nothing after it. The cookie is renewed at
  // login and logout (RequestContext::renew_csrf).
  const bool secure = options_.secure_cookies || request.tls;
  std::string csrf_cookie = cookie(CsrfCookieName(secure));
  const bool csrf_cookie_fresh = csrf_cookie.size() != 43;
  if (csrf_cookie_fresh) {
    csrf_cookie = app::RandomToken();
    context.set_cookies.push_back(BuildSetCookie(CsrfCookieName(secure), csrf_cookie, CsrfCookieOptions(secure)));
  }

  const auto session_cookie = SessionCookieName(options_.secure_cookies);
  const auto token = cookie(session_cookie);
  const bool had_session_cookie = !token.empty();
  if (had_session_cookie) {
    context.session = auth_.Resume(token);
    if (!context.session) {
      context.set_cookies.push_back(BuildExpiredCookie(session_cookie, SessionCookieOptions(options_.secure_cookies)));
    }
  }
  context.csrf_token = app::HmacToken(
      options_.csrf_key, context.session ? csrf_cookie + ":" + context.session->record.token_hash : csrf_cookie);
  if (const auto flash = cookie(kFlashCookieName); !flash.empty()) {
    context.flash_code = flash;
    context.set_cookies.push_back(BuildExpiredCookie(kFlashCookieName, SessionCookieOptions(options_.secure_cookies)));
  }

  if (IsStateChanging(request.method)) {
    const auto content_type = request.Header("Content-Type").value_or("");
    const bool urlencoded = content_type.starts_with("application/x-www-form-urlencoded");
    if (!request.body.empty() && urlencoded && !FormData::Parse(request.body)) return pages_.Error(context, 400);
    if (IsMultipartFormData(content_type)) {
      auto parsed = MultipartForm::Parse(content_type, request.body);
      if (const auto* error = std::get_if<MultipartError>(&parsed)) {
        return pages_.Error(context, 400, MultipartErrorMessage(*error));
      }
      context.multipart = std::get<MultipartForm>(std::move(parsed));
    }
    if (!OriginAllowed(request, secure) || csrf_cookie_fresh || !CsrfValid(context)) {
      spdlog::warn("request {}: CSRF check failed for {} {}", context.request_id, ForLog(request.method_name),
                   ForLog(request.path));
      return pages_.Error(context, 403,
                          "Formularen var udløbet eller kom fra en anden side, så intet blev gemt. Indlæs siden "
                          "igen, og prøv en gang til.");
    }
  }

  switch (app::Authorize(context.user(), route.access)) {
    case app::Decision::Allow: break;
    case app::Decision::NeedsLogin: {
      if (context.IsApi() || IsStateChanging(request.method)) return pages_.Error(context, 401);
      std::string location = "/log-ind?next=" + PercentEncode(request.target);
      if (had_session_cookie) location += "&udloebet=1";
      return Response::Redirect(location);
    }
    case app::Decision::Forbidden: return pages_.Error(context, 403);
  }
  auto response = route.handler(context);
  if (context.renew_csrf) {
    context.set_cookies.push_back(
        BuildSetCookie(CsrfCookieName(secure), app::RandomToken(), CsrfCookieOptions(secure)));
  }
  return response;
}

// A route for other systems (PageModule::ApiGet/ApiPost): the bearer token is the only credential. No
// cookie is read or set, so a browser's session can never reach the handler, and there is no CSRF token
// to check: a cross-site page cannot make a browser send an Authorization header it does not know
// (and a script's cross-origin request with one needs a CORS preflight, which the portal never grants).
Response Portal::DispatchIntegration(RequestContext& context, const Route& route) {
  std::string_view bearer;
  if (const auto authorization = context.request.Header("Authorization")) {
    constexpr std::string_view kScheme = "bearer ";
    if (authorization->size() > kScheme.size() &&
        std::equal(kScheme.begin(), kScheme.end(), authorization->begin(), [](char a, char b) {
          return a == ((b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : b);
        })) {
      bearer = authorization->substr(kScheme.size());
      while (!bearer.empty() && bearer.front() == ' ') bearer.remove_prefix(1);
      while (!bearer.empty() && bearer.back() == ' ') bearer.remove_suffix(1);
    }
  }
  auto integration = integrations_->Authenticate(bearer, route.access.scope);
  if (!integration) {
    const auto& error = integration.error();
    const int status = StatusFor(error.kind);
    spdlog::warn("request {}: integration token refused for {} {}: {}", context.request_id,
                 ForLog(context.request.method_name), ForLog(context.request.path), status);
    auto response = pages_.Error(context, status, error.message);
    // RFC 6750, section 3: the scheme, and why a token that was sent is not good enough.
    if (status == 403) {
      response.SetHeader("WWW-Authenticate", R"(Bearer realm="ledelsesportalen", error="insufficient_scope", scope=")" +
                                                 std::string(route.access.scope) + "\"");
    } else {
      response.SetHeader("WWW-Authenticate", bearer.empty() ? std::string(R"(Bearer realm="ledelsesportalen")")
                                                            : std::string(R"(Bearer realm="ledelsesportalen", )"
                                                                          R"(error="invalid_token")"));
    }
    return response;
  }
  context.integration = std::move(integration.value());
  return route.handler(context);
}

// An unknown address needs no session, but a signed-in visitor who mistypes one should still see
// the page shell as signed in (name, navigation, log-out). A database failure here must not turn
// the 404 into a 503, so it only costs the signed-in header.
void Portal::ResumeSessionForErrorPage(RequestContext& context) {
  const auto cookies = ParseCookies(context.request.Header("Cookie").value_or(""));
  const auto it = cookies.find(std::string(SessionCookieName(options_.secure_cookies)));
  if (it == cookies.end() || it->second.empty()) return;
  try {
    context.session = auth_.Resume(it->second);
  } catch (const app::StorageError& error) {
    spdlog::warn("request {}: session not resumed for the error page: {}", context.request_id, error.what());
  }
}

RouteTraits Portal::Traits(Method method, std::string_view path) const {
  const auto match = router_.Resolve(method, path);
  if (match.outcome != Router::Outcome::Found) return {};
  return {match.route->max_body_bytes, match.route->answers_from_memory};
}

bool Portal::CsrfValid(RequestContext& context) {
  const auto header = context.request.Header("X-CSRF-Token");
  const std::string sent = header              ? std::string(*header)
                           : context.multipart ? context.multipart->Field("_csrf")
                                               : context.Form().Get("_csrf");
  return !sent.empty() && app::ConstantTimeEquals(sent, context.csrf_token);
}

Response Portal::ProtocolError(int status, const Request& request) {
  const auto started = std::chrono::steady_clock::now();
  Request copy = request;
  RequestContext context(copy);
  context.request_id = NewRequestId();
  context.route_pattern = "(protocol error)";
  std::string message;
  if (status == 413) {
    // An upload route says how much it takes; other bodies are forms and never come near the limit.
    if (const auto limit = Traits(request.method, request.path).max_body_bytes) {
      message = "Filerne fylder for meget. Der kan højst sendes " +
                domain::FormatDecimal(static_cast<double>(*limit) / (1024.0 * 1024.0), 1) +
                " MB ad gangen, så intet blev modtaget. Kontrollér, at du har valgt de rigtige filer.";
    }
  }
  auto response = pages_.Error(context, status, message);
  Finish(context, response, started);
  return response;
}

void Portal::Finish(const RequestContext& context, Response& response, std::chrono::steady_clock::time_point started) {
  response.SetHeader("X-Request-Id", context.request_id);
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  response.SetHeader("Content-Security-Policy", std::string(kContentSecurityPolicy));
  if (options_.secure_cookies || context.request.tls) {
    response.SetHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  if (!response.Header("Cache-Control")) response.SetHeader("Cache-Control", "no-store");
  for (const auto& cookie : context.set_cookies) response.AddHeader("Set-Cookie", cookie);

  const auto duration = std::chrono::steady_clock::now() - started;
  const std::string_view route =
      context.route_pattern.empty() ? std::string_view("(unmatched)") : std::string_view(context.route_pattern);
  metrics_.ObserveRequest(context.request.method_name, route, response.status,
                          std::chrono::duration_cast<std::chrono::nanoseconds>(duration));
  // Path only: query strings may carry tokens. Never bodies, cookies or passwords.
  // Escaped: a decoded path may hold ESC, NUL or line breaks (%1B, %00, %0A).
  spdlog::info("{} {} {} {} {:.2f}ms user={} ip={}", context.request_id, ForLog(context.request.method_name),
               ForLog(context.request.path), response.status,
               std::chrono::duration<double, std::milli>(duration).count(),
               context.user()        ? std::to_string(context.user()->id)
               : context.integration ? "integration:" + std::to_string(context.integration->id)
                                     : std::string("-"),
               ForLog(context.request.remote_address));
}

}  // namespace lp::web
