// The only translation unit that includes Beast and Asio (they cost ~20 s of compile time each).
#include "web/platform/server.hpp"

#include <spdlog/spdlog.h>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <string_view>
#include <thread>
#include <tuple>

#include "web/platform/metrics.hpp"

namespace lp::web {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

// A header block (request line and fields, up to its blank line) that folds a field over lines
// (obs-fold) or starts a line with white space. The parser would join such lines; RFC 9112 §5.2 lets
// a server refuse them instead, which is what a portal that logs and routes on headers should do.
bool HasObsFold(std::string_view head) {
  for (std::size_t at = head.find('\n'); at != std::string_view::npos && at + 1 < head.size();
       at = head.find('\n', at + 1)) {
    if (head[at + 1] == ' ' || head[at + 1] == '\t') return true;
  }
  return false;
}

bool IsHostCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         std::string_view("-._~%!$&'()*+,;=:[]").find(c) != std::string_view::npos;
}

// What RFC 9112 says a server must answer with 400 that the parser lets through: no Host in an
// HTTP/1.1 request, more than one Host, a Host that is no host[:port] (§3.2), and a Transfer-Encoding
// whose final coding is not chunked, so that the body's length cannot be known (§6.3).
bool BreaksFraming(const http::request<http::string_body>& header, bool chunked) {
  const auto hosts = header.count(http::field::host);
  if (hosts > 1 || (hosts == 0 && header.version() >= 11)) return true;
  if (hosts == 1) {
    const auto host = std::string_view(header[http::field::host]);
    if (host.empty() || !std::all_of(host.begin(), host.end(), IsHostCharacter)) return true;
  }
  if (header.count(http::field::transfer_encoding) > 0 && !chunked) return true;
  return false;
}

// Takes the message so that the body (up to an upload's limit) is moved, not copied.
Request ToRequest(http::request<http::string_body>&& message, const std::string& remote_address) {
  Request request;
  request.method_name = std::string(message.method_string());
  request.method = ParseMethod(request.method_name);
  request.target = std::string(message.target());
  const auto question = request.target.find('?');
  const auto raw_path = request.target.substr(0, question);
  request.query = question == std::string::npos ? std::string{} : request.target.substr(question + 1);
  // A path that does not decode stays empty; the portal answers it with 400.
  request.path = PercentDecode(raw_path, false).value_or(std::string{});
  for (const auto& field : message.base()) {
    request.headers.emplace(std::string(field.name_string()), std::string(field.value()));
  }
  request.body = std::move(message.body());
  request.remote_address = remote_address;
  return request;
}

struct Connection {
  explicit Connection(tcp::socket socket) : stream(std::move(socket)) {}
  beast::tcp_stream stream;
  std::atomic<bool> idle{true};  // waiting for a request: may be closed at shutdown
};

}  // namespace

class Server::Impl {
 public:
  Impl(ServerOptions options, RequestHandler& handler, Metrics* metrics)
      : options_(std::move(options)),
        handler_(handler),
        metrics_(metrics),
        io_(options_.network_threads),
        workers_(static_cast<std::size_t>(options_.worker_threads)),
        acceptor_(io_) {}

  unsigned short Listen() {
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(options_.host, ec);
    if (ec) throw std::runtime_error("invalid listen address " + options_.host);
    const tcp::endpoint endpoint(address, options_.port);
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(asio::socket_base::reuse_address(true));
    acceptor_.bind(endpoint, ec);
    if (ec)
      throw std::runtime_error("cannot listen on " + options_.host + ":" + std::to_string(options_.port) + ": " +
                               ec.message());
    acceptor_.listen(asio::socket_base::max_listen_connections);
    return acceptor_.local_endpoint().port();
  }

  void Run(bool handle_signals) {
    asio::signal_set signals(io_);
    if (handle_signals) {
      signals.add(SIGTERM);
      signals.add(SIGINT);
      signals.async_wait([this](const boost::system::error_code& ec, int signal_number) {
        if (ec) return;
        spdlog::info("received signal {}, shutting down gracefully", signal_number);
        BeginShutdown();
      });
    }
    asio::co_spawn(io_, Accept(), asio::detached);
    std::vector<std::thread> threads;
    for (int i = 1; i < options_.network_threads; ++i) threads.emplace_back([this] { io_.run(); });
    io_.run();
    for (auto& thread : threads) thread.join();
    workers_.join();
  }

  void Stop() {
    asio::post(io_, [this] { BeginShutdown(); });
  }

 private:
  void BeginShutdown() {
    if (stopping_.exchange(true)) return;
    boost::system::error_code ignored;
    acceptor_.close(ignored);
    {
      std::lock_guard lock(mutex_);
      for (auto& entry : connections_) {
        // A named copy, not a structured binding: clang 14 cannot capture bindings in lambdas.
        const auto connection = entry.second;
        if (connection->idle) {
          asio::post(connection->stream.get_executor(), [connection] { connection->stream.cancel(); });
        }
      }
    }
    asio::co_spawn(io_, Drain(), asio::detached);
  }

  // Waits for in-flight requests to finish, then stops the event loop.
  asio::awaitable<void> Drain() {
    const auto deadline = std::chrono::steady_clock::now() + options_.shutdown_grace;
    asio::steady_timer timer(io_);
    while (std::chrono::steady_clock::now() < deadline) {
      {
        std::lock_guard lock(mutex_);
        if (connections_.empty()) break;
        for (auto& entry : connections_) {
          const auto connection = entry.second;
          if (connection->idle) {
            asio::post(connection->stream.get_executor(), [connection] { connection->stream.cancel(); });
          }
        }
      }
      timer.expires_after(std::chrono::milliseconds(50));
      co_await timer.async_wait(kTuple);
    }
    {
      std::lock_guard lock(mutex_);
      if (!connections_.empty()) spdlog::warn("{} connections still open after the grace period", connections_.size());
    }
    io_.stop();
  }

  asio::awaitable<void> Accept() {
    while (!stopping_) {
      auto [ec, socket] = co_await acceptor_.async_accept(asio::make_strand(io_), kTuple);
      if (ec) {
        if (stopping_ || ec == asio::error::operation_aborted) break;
        spdlog::warn("accept failed: {}", ec.message());
        continue;
      }
      auto connection = std::make_shared<Connection>(std::move(socket));
      const auto id = next_id_++;
      {
        std::lock_guard lock(mutex_);
        connections_.emplace(id, connection);
      }
      if (metrics_ != nullptr) metrics_->ConnectionOpened();
      asio::co_spawn(connection->stream.get_executor(), Serve(connection), [this, id](const std::exception_ptr& error) {
        if (error) {
          try {
            std::rethrow_exception(error);
          } catch (const std::exception& e) {
            spdlog::error("connection failed: {}", e.what());
          }
        }
        std::lock_guard lock(mutex_);
        connections_.erase(id);
        if (metrics_ != nullptr) metrics_->ConnectionClosed();
      });
    }
  }

  asio::awaitable<bool> Write(Connection& connection, const Response& response, Method method, unsigned version,
                              bool keep_alive) {
    auto fill = [&](auto& message) {
      message.result(static_cast<unsigned>(response.status));
      message.version(version);
      for (const auto& [name, value] : response.headers) message.insert(name, value);
      message.keep_alive(keep_alive);
    };
    connection.stream.expires_after(options_.write_timeout);
    if (method == Method::Head || response.status == 304 || response.status == 204) {
      http::response<http::empty_body> message;
      fill(message);
      if (response.status != 304 && response.status != 204) message.content_length(response.BodySize());
      auto [ec, n] = co_await http::async_write(connection.stream, message, kTuple);
      co_return !ec;
    }
    const auto body = response.BodyView();
    http::response<http::span_body<const char>> message;
    fill(message);
    message.body() = boost::span<const char>(body.data(), body.size());
    message.prepare_payload();
    auto [ec, n] = co_await http::async_write(connection.stream, message, kTuple);
    co_return !ec;
  }

  asio::awaitable<void> Serve(std::shared_ptr<Connection> connection) {
    std::string remote_address;
    {
      boost::system::error_code ec;
      const auto endpoint = connection->stream.socket().remote_endpoint(ec);
      if (!ec) remote_address = endpoint.address().to_string();
    }
    beast::flat_buffer buffer;
    bool keep_alive = true;
    while (keep_alive && !stopping_) {
      http::request_parser<http::string_body> parser;
      parser.header_limit(static_cast<std::uint32_t>(options_.max_header_bytes));
      // The route, and so its body limit, is known only once the headers are read; the limit is
      // applied to the declared length below and then to the body as it arrives.
      parser.body_limit(boost::none);

      connection->idle = true;
      connection->stream.expires_after(options_.header_timeout);
      auto header_error = co_await ReadHeaderBlock(*connection, buffer);
      connection->idle = false;
      bool folded = false;
      if (!header_error) {
        const std::string_view bytes(static_cast<const char*>(buffer.data().data()), buffer.size());
        folded = HasObsFold(bytes.substr(0, HeaderBlockEnd(bytes)));
        // The whole block is in the buffer: parse it here rather than through async_read_header,
        // whose completion would be posted through the scheduler once more per request.
        buffer.consume(parser.put(buffer.data(), header_error));
        if (header_error == http::error::need_more) {
          std::size_t header_bytes = 0;
          std::tie(header_error, header_bytes) =
              co_await http::async_read_header(connection->stream, buffer, parser, kTuple);
        }
      }
      if (header_error) {
        spdlog::debug("reading request headers from {} ended: {}", remote_address, header_error.message());
        if (header_error == http::error::header_limit) {
          co_await Reject(*connection, 431, parser, remote_address);
        } else if (IsParseError(header_error)) {
          co_await Reject(*connection, 400, parser, remote_address);
        }
        // end of stream, timeout, reset or shutdown: close quietly.
        break;
      }
      if (folded || BreaksFraming(parser.get(), parser.chunked())) {
        co_await Reject(*connection, 400, parser, remote_address);
        break;
      }
      const auto traits = TraitsOf(parser.get());
      const auto body_limit = traits.max_body_bytes.value_or(options_.max_body_bytes);
      if (const auto length = parser.content_length(); length && *length > body_limit) {
        co_await Reject(*connection, 413, parser, remote_address);
        break;
      }
      parser.body_limit(body_limit);
      if (!parser.is_done()) {
        connection->stream.expires_after(options_.body_timeout);
        auto [body_error, body_bytes] = co_await http::async_read(connection->stream, buffer, parser, kTuple);
        if (body_error) {
          spdlog::debug("reading a request body from {} failed: {}", remote_address, body_error.message());
          if (body_error == http::error::body_limit) {
            co_await Reject(*connection, 413, parser, remote_address);
          } else if (IsParseError(body_error)) {
            co_await Reject(*connection, 400, parser, remote_address);
          }
          break;
        }
      }

      auto message = parser.release();
      keep_alive = message.keep_alive();
      const auto version = message.version();
      auto request = ToRequest(std::move(message), remote_address);
      // A handler that may wait runs on the worker pool, and this coroutine resumes on its own strand
      // afterwards; one that answers from memory runs here, without the two hand-offs.
      // (An if, not ?: : GCC 12 destroys the temporary of a co_await inside ?: twice.)
      Response response;
      if (traits.answers_from_memory) {
        response = handler_.Handle(request);
      } else {
        response = co_await asio::co_spawn(
            workers_, [this, &request]() -> asio::awaitable<Response> { co_return handler_.Handle(request); },
            asio::use_awaitable);
      }
      if (stopping_) keep_alive = false;
      if (!co_await Write(*connection, response, request.method, version, keep_alive)) break;
    }
    boost::system::error_code ignored;
    connection->stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  // Where the header block in `bytes` ends (after its blank line), or npos while it is incomplete. A
  // bare-LF blank line ends it too, so that the parser, not a timeout, refuses such a request.
  static std::size_t HeaderBlockEnd(std::string_view bytes) {
    const auto crlf = bytes.find("\r\n\r\n");
    const auto lf = bytes.find("\n\n");
    if (crlf == std::string_view::npos && lf == std::string_view::npos) return std::string_view::npos;
    return std::min(crlf == std::string_view::npos ? crlf : crlf + 4, lf == std::string_view::npos ? lf : lf + 2);
  }

  // Reads until the buffer holds a whole header block, so that it can be checked as sent (HasObsFold)
  // before the parser reads it. header_limit when the block grows past the limit; the read's own
  // error (end of stream, timeout) otherwise.
  asio::awaitable<boost::system::error_code> ReadHeaderBlock(Connection& connection, beast::flat_buffer& buffer) {
    for (;;) {
      const std::string_view bytes(static_cast<const char*>(buffer.data().data()), buffer.size());
      if (HeaderBlockEnd(bytes) != std::string_view::npos) co_return boost::system::error_code{};
      if (buffer.size() > options_.max_header_bytes) co_return http::error::header_limit;
      auto [ec, n] = co_await connection.stream.async_read_some(buffer.prepare(4096), kTuple);
      if (ec) co_return ec;
      buffer.commit(n);
    }
  }

  // A path that does not decode has no route (the portal answers it with 400 on a worker).
  RouteTraits TraitsOf(const http::request<http::string_body>& header) const {
    const auto target = std::string_view(header.target());
    const auto path = PercentDecode(target.substr(0, target.find('?')), false);
    if (!path) return {};
    return handler_.Traits(ParseMethod(header.method_string()), *path);
  }

  static bool IsParseError(const boost::system::error_code& ec) {
    return ec.category() == http::make_error_code(http::error::bad_target).category() &&
           ec != http::error::end_of_stream && ec != http::error::partial_message;
  }

  asio::awaitable<void> Reject(Connection& connection, int status, http::request_parser<http::string_body>& parser,
                               const std::string& remote_address) {
    Request partial;
    partial.remote_address = remote_address;
    if (parser.got_some()) {
      const auto& message = parser.get();
      partial.method_name = std::string(message.method_string());
      partial.method = ParseMethod(partial.method_name);
      partial.target = std::string(message.target());
      partial.path = partial.target.substr(0, partial.target.find('?'));
    }
    auto response = co_await asio::co_spawn(
        workers_,
        [this, status, &partial]() -> asio::awaitable<Response> { co_return handler_.ProtocolError(status, partial); },
        asio::use_awaitable);
    co_await Write(connection, response, Method::Get, 11, false);
  }

  ServerOptions options_;
  RequestHandler& handler_;
  Metrics* metrics_;
  asio::io_context io_;
  asio::thread_pool workers_;
  tcp::acceptor acceptor_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::map<std::uint64_t, std::shared_ptr<Connection>> connections_;
  std::uint64_t next_id_ = 0;
};

Server::Server(ServerOptions options, RequestHandler& handler, Metrics* metrics)
    : impl_(std::make_unique<Impl>(std::move(options), handler, metrics)) {}
Server::~Server() = default;
unsigned short Server::Listen() { return impl_->Listen(); }
void Server::Run(bool handle_signals) { impl_->Run(handle_signals); }
void Server::Stop() { impl_->Stop(); }

}  // namespace lp::web
