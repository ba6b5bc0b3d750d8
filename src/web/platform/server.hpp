#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "web/platform/http.hpp"

namespace lp::web {

class Metrics;

// What the server needs to know of a request's route once its headers are read.
struct RouteTraits {
  // A larger (or smaller) body limit than ServerOptions::max_body_bytes (an upload), if the route has one.
  std::optional<std::size_t> max_body_bytes;
  // The route answers from memory and never waits (static assets): the server calls Handle on the
  // network thread that read the request instead of handing it to the worker pool and back.
  bool answers_from_memory = false;
};

// What the network layer calls; implemented by Portal. Handle runs on a worker thread, so it may
// block on the database, except for routes whose traits say they answer from memory.
class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  virtual Response Handle(Request& request) = 0;
  // A request the server could not accept (malformed: 400, header too large: 431, body too
  // large: 413). `request` holds what was parsed, possibly little.
  virtual Response ProtocolError(int status, const Request& request) = 0;
  // The traits of the route a request goes to. Called on a network thread once the headers are
  // read, with the decoded path; must not block.
  virtual RouteTraits Traits(Method /*method*/, std::string_view /*path*/) const { return {}; }
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port (tests)
  int network_threads = 2;
  int worker_threads = 4;  // handler threads; match the database pool size
  std::size_t max_header_bytes = std::size_t{16} * 1024;
  std::size_t max_body_bytes = std::size_t{1024} * 1024;  // unless the route declares its own (RouteTraits)
  std::chrono::seconds header_timeout{15};                // to receive a request's headers (also keep-alive idle)
  std::chrono::seconds body_timeout{30};                  // to receive its body
  std::chrono::seconds write_timeout{30};                 // to send the response
  std::chrono::seconds shutdown_grace{20};                // in-flight requests get this long to finish
};

// HTTP/1.1 server over Boost.Beast with C++20 coroutines. Network threads parse and write (and
// answer the routes that answer from memory); other handlers run on a separate worker pool so a
// slow query never stalls other connections.
class Server {
 public:
  Server(ServerOptions options, RequestHandler& handler, Metrics* metrics);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; returns the bound port. Throws std::runtime_error when the address is taken.
  unsigned short Listen();
  // Serves until Stop() (or SIGTERM/SIGINT when signals are enabled), then returns once in-flight
  // requests have finished or the grace period has passed.
  void Run(bool handle_signals);
  // Graceful stop; safe from any thread.
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lp::web
