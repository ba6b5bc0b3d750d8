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

// What the network layer calls; implemented by Portal. Called on worker threads, never on the
// network threads, so it may block on the database.
class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  virtual Response Handle(Request& request) = 0;
  // A request the server could not accept (malformed: 400, header too large: 431, body too
  // large: 413). `request` holds what was parsed, possibly little.
  virtual Response ProtocolError(int status, const Request& request) = 0;
  // The body limit of the route a request goes to, when that route declares its own (an upload
  // may be larger than ServerOptions::max_body_bytes). Called on a network thread once the
  // headers are read, with the decoded path; must not block.
  virtual std::optional<std::size_t> BodyLimit(Method /*method*/, std::string_view /*path*/) const {
    return std::nullopt;
  }
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0 picks a free port (tests)
  int network_threads = 2;
  int worker_threads = 4;  // handler threads; match the database pool size
  std::size_t max_header_bytes = std::size_t{16} * 1024;
  std::size_t max_body_bytes = std::size_t{1024} * 1024;  // unless the route declares its own (BodyLimit)
  std::chrono::seconds header_timeout{15};                // to receive a request's headers (also keep-alive idle)
  std::chrono::seconds body_timeout{30};                  // to receive its body
  std::chrono::seconds write_timeout{30};                 // to send the response
  std::chrono::seconds shutdown_grace{20};                // in-flight requests get this long to finish
};

// HTTP/1.1 server over Boost.Beast with C++20 coroutines. Network threads only parse and write;
// handlers run on a separate worker pool so a slow query never stalls other connections.
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
