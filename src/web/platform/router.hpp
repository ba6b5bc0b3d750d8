#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/platform/authorization.hpp"
#include "web/platform/http.hpp"

namespace lp::web {

class RequestContext;
using Handler = std::function<Response(RequestContext&)>;

// Values captured from the path. Patterns name them: "/enheder/{id:int}", "/static/{path:*}", "/x/{slug}".
class PathParams {
 public:
  void Add(std::string name, std::string value) { values_.emplace_back(std::move(name), std::move(value)); }
  std::string Get(std::string_view name) const;
  // The router only matches {name:int} segments that hold a valid positive 64-bit integer.
  long long Int(std::string_view name) const;

 private:
  std::vector<std::pair<std::string, std::string>> values_;
};

enum class SessionUse {
  Load,  // pages and API: read the session cookie
  Skip,  // static assets, health, metrics: no database work per request
};

struct Route {
  Method method = Method::Get;
  std::string pattern;  // also the route's name in metrics and logs
  app::AccessRule access;
  Handler handler;
  SessionUse session = SessionUse::Load;
  // A larger (or smaller) body limit than the server's max_body_bytes, e.g. for uploads.
  std::optional<std::size_t> max_body_bytes = std::nullopt;
  // Only for a handler that answers from memory and never waits (no database, no file, no lock held
  // long): it then runs on the network thread, which saves two thread hand-offs per request. A
  // handler that waits here stalls every connection of that thread. Needs SessionUse::Skip.
  bool answers_from_memory = false;
};

class Router {
 public:
  enum class Outcome { Found, NotFound, MethodNotAllowed, BadPath };
  struct Match {
    Outcome outcome = Outcome::NotFound;
    const Route* route = nullptr;
    PathParams params;
    std::vector<Method> allowed;  // for 405's Allow header
  };

  // Throws std::invalid_argument for a malformed pattern (a programming error caught at start-up).
  void Add(Route route);
  // GET routes answer HEAD as well.
  Match Resolve(Method method, std::string_view path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Segment {
    enum class Kind { Literal, String, Integer, Rest } kind = Kind::Literal;
    std::string text;  // literal text or parameter name
  };
  struct CompiledRoute {
    std::vector<Segment> segments;
  };
  static CompiledRoute Compile(std::string_view pattern);
  static bool MatchPath(const CompiledRoute& compiled, const std::vector<std::string_view>& parts, PathParams& params);

  std::vector<Route> routes_;
  std::vector<CompiledRoute> compiled_;
};

}  // namespace lp::web
