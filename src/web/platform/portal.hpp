#pragma once

#include <string>
#include <vector>

#include <span>

#include "app/platform/auth_service.hpp"
#include "app/platform/integration_auth.hpp"
#include "app/platform/services.hpp"
#include "app/platform/store.hpp"
#include "web/platform/metrics.hpp"
#include "web/platform/pages.hpp"
#include "web/platform/router.hpp"
#include "web/platform/server.hpp"
#include "web/platform/static_files.hpp"
#include "web/platform/view.hpp"

namespace lp::web {

struct PortalOptions {
  bool secure_cookies = false;                                   // true when users reach the portal over HTTPS
  std::vector<std::string> trusted_proxies;                      // addresses whose X-Forwarded-For/-Proto are believed
  std::string metrics_token;                                     // Bearer token for /metrics; empty: loopback only
  std::string csrf_key;                                          // shared by all nodes (from the settings table)
  std::size_t max_upload_bytes = std::size_t{32} * 1024 * 1024;  // the HR import upload's body limit
};

// The application as the server sees it: routing plus the middleware every request passes
// (request id, session, CSRF, authorisation, error mapping, security headers, access log, metrics).
class Portal : public RequestHandler {
 public:
  // The services come built from the composition root; `modules` register their pages, in order.
  Portal(const app::Services& services, std::span<const RegisterPages> modules, StaticFiles assets, Metrics& metrics,
         PortalOptions options);

  Response Handle(Request& request) override;
  Response ProtocolError(int status, const Request& request) override;
  RouteTraits Traits(Method method, std::string_view path) const override;

  const Router& router() const { return router_; }

 private:
  Response Dispatch(RequestContext& context);
  Response DispatchIntegration(RequestContext& context, const Route& route);
  bool CsrfValid(RequestContext& context);
  void ResumeSessionForErrorPage(RequestContext& context);
  void Finish(const RequestContext& context, Response& response, std::chrono::steady_clock::time_point started);
  void ApplyTrustedProxy(Request& request) const;
  void RegisterInfrastructure();

  app::Store& store_;
  app::AuthService& auth_;
  app::IntegrationAuthenticator* integrations_ = nullptr;  // when a module registered an integration route
  StaticFiles assets_;
  Metrics& metrics_;
  PortalOptions options_;
  TemplateEngine templates_;
  Shell shell_;
  Pages pages_;
  PageServices page_services_;
  Router router_;
};

}  // namespace lp::web
