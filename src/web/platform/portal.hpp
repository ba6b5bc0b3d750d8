#pragma once

#include <string>
#include <vector>

#include "app/account/auth_service.hpp"
#include "app/activation/activation_service.hpp"
#include "app/dialogue/dialogue_service.hpp"
#include "app/followup/followup_service.hpp"
#include "app/foundation/foundation_service.hpp"
#include "app/organisation/import_service.hpp"
#include "app/organisation/organisation_service.hpp"
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
  Portal(app::Store& store, app::AuthService& auth, app::OrganisationService& organisation, app::ImportService& import,
         StaticFiles assets, Metrics& metrics, PortalOptions options);

  Response Handle(Request& request) override;
  Response ProtocolError(int status, const Request& request) override;
  std::optional<std::size_t> BodyLimit(Method method, std::string_view path) const override;

  const Router& router() const { return router_; }

 private:
  Response Dispatch(RequestContext& context);
  bool CsrfValid(RequestContext& context);
  void ResumeSessionForErrorPage(RequestContext& context);
  void Finish(const RequestContext& context, Response& response, std::chrono::steady_clock::time_point started);
  void ApplyTrustedProxy(Request& request) const;
  void RegisterInfrastructure();

  app::Store& store_;
  app::AuthService& auth_;
  app::OrganisationService& organisation_;
  app::ImportService& import_;
  // The leadership foundation's services hold no state of their own beyond the store.
  app::FoundationService foundation_;
  app::TranslationService translation_;
  app::UnitDelegateService delegates_;
  app::ActivationService activation_;
  app::DialogueService dialogue_;
  app::FollowUpService followup_;
  StaticFiles assets_;
  Metrics& metrics_;
  PortalOptions options_;
  TemplateEngine templates_;
  Pages pages_;
  Router router_;
};

}  // namespace lp::web
