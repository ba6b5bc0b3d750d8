// The yardstick for bench/http.sh: the smallest Beast server built the way the portal's server is
// (an io_context run by the same number of threads, one coroutine and strand per connection,
// keep-alive, a flat buffer per connection), answering every GET with a fixed robots.txt. What it
// serves per second is what Beast and the kernel cost on this machine; the portal's static route is
// measured against it in the same run (docs/PERFORMANCE.md).
//
//   lp_bare_beast PORT [THREADS]      listens on 127.0.0.1:PORT until SIGINT or SIGTERM
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <charconv>
#include <cstdio>
#include <string_view>
#include <thread>
#include <vector>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);
constexpr std::string_view kBody = "User-agent: *\nAllow: /\n";

asio::awaitable<void> Serve(tcp::socket socket) {
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  for (;;) {
    http::request<http::string_body> request;
    auto [read_error, read_bytes] = co_await http::async_read(stream, buffer, request, kTuple);
    if (read_error) break;
    http::response<http::span_body<const char>> response;
    response.result(request.method() == http::verb::get ? http::status::ok : http::status::method_not_allowed);
    response.version(request.version());
    response.set(http::field::content_type, "text/plain; charset=utf-8");
    response.body() = boost::span<const char>(kBody.data(), kBody.size());
    response.keep_alive(request.keep_alive());
    response.prepare_payload();
    auto [write_error, written] = co_await http::async_write(stream, response, kTuple);
    if (write_error || !request.keep_alive()) break;
  }
  boost::system::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
}

asio::awaitable<void> Accept(tcp::acceptor& acceptor) {
  for (;;) {
    auto [error, socket] = co_await acceptor.async_accept(asio::make_strand(acceptor.get_executor()), kTuple);
    if (error) co_return;
    const auto executor = socket.get_executor();
    asio::co_spawn(executor, Serve(std::move(socket)), asio::detached);
  }
}

int ParseNumber(std::string_view text, int fallback) {
  int value = fallback;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc{} && end == text.data() + text.size() ? value : fallback;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("usage: lp_bare_beast PORT [THREADS]\n", stderr);
    return 2;
  }
  const int port = ParseNumber(argv[1], -1);
  const int threads = argc > 2 ? ParseNumber(argv[2], 2) : 2;
  if (port < 0 || port > 65535 || threads < 1) {
    std::fputs("lp_bare_beast: PORT must be 0-65535 and THREADS at least 1\n", stderr);
    return 2;
  }
  asio::io_context io(threads);
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
  asio::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&io](const boost::system::error_code&, int) { io.stop(); });
  asio::co_spawn(io, Accept(acceptor), asio::detached);
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&io] { io.run(); });
  io.run();
  for (auto& thread : pool) thread.join();
  return 0;
}
