#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/platform/auth_service.hpp"
#include "app/platform/integration_auth.hpp"
#include "web/platform/http.hpp"
#include "web/platform/multipart.hpp"
#include "web/platform/router.hpp"

namespace lp::web {

// Everything a handler gets: the request, its path parameters, and what the middleware established
// (request id, signed-in session, CSRF token for forms). Handlers add cookies through it.
class RequestContext {
 public:
  explicit RequestContext(Request& incoming) : request(incoming) {}

  Request& request;
  PathParams params;
  std::string request_id;
  std::string route_pattern;
  std::optional<app::CurrentSession> session;
  std::string csrf_token;                 // to embed in forms as _csrf
  std::vector<std::string> set_cookies;   // Set-Cookie header values to add to the response
  bool renew_csrf = false;                // set by login and logout: the CSRF cookie is replaced
  std::optional<std::string> flash_code;  // one-time message from the previous request
  // A multipart/form-data POST body (file uploads), parsed by the middleware, which has refused a
  // malformed one with 400; its parts point into request.body.
  std::optional<MultipartForm> multipart;
  // On a route for other systems (Audience::Integration): the integration its bearer token belongs
  // to, set by the portal before the handler runs. Such a request never has a session.
  std::optional<app::AuthenticatedIntegration> integration;

  const domain::User* user() const { return session ? &session->user : nullptr; }
  bool IsApi() const { return request.path.starts_with("/api/"); }
  // The urlencoded body of a POST; an empty form when the body is empty or malformed (the
  // middleware has already refused malformed bodies with 400).
  const FormData& Form();

 private:
  std::optional<FormData> form_;
};

}  // namespace lp::web
