#pragma once

#include <charconv>
#include <chrono>
#include <concepts>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lp::web {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

Method ParseMethod(std::string_view name);

// Text from a request made safe for one log line: control characters (C0, DEL), backslash and bytes
// that are not UTF-8 become \xNN, so a URL with ESC or NUL in it can neither forge log lines nor drive
// a terminal. Lengths over 2,000 bytes are cut with "…".
std::string ForLog(std::string_view text);
std::string_view MethodName(Method method);
bool IsStateChanging(Method method);

// Header names compare case-insensitively.
struct CaseInsensitiveLess {
  bool operator()(std::string_view a, std::string_view b) const;
};
using Headers = std::multimap<std::string, std::string, CaseInsensitiveLess>;

// A request as the application sees it: parsed by the server, independent of Beast.
struct Request {
  Method method = Method::Get;
  std::string method_name;  // as sent, for logs
  std::string target;       // path and query as sent
  std::string path;         // decoded path, without the query
  std::string query;        // raw query string, without '?'
  Headers headers;
  std::string body;
  std::string remote_address;
  bool tls = false;  // true when the server terminates TLS or a trusted proxy says so

  std::optional<std::string_view> Header(std::string_view name) const;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  // Static assets share one immutable buffer instead of copying it into every response;
  // when set, it is sent instead of `body`.
  std::shared_ptr<const std::string> shared_body;

  std::size_t BodySize() const { return shared_body ? shared_body->size() : body.size(); }
  std::string_view BodyView() const { return shared_body ? std::string_view(*shared_body) : std::string_view(body); }

  void SetHeader(std::string name, std::string value);
  void AddHeader(std::string name, std::string value);
  std::optional<std::string_view> Header(std::string_view name) const;

  static Response Html(int status, std::string body);
  static Response Text(int status, std::string body);
  static Response Json(int status, std::string body);
  static Response Redirect(std::string location);  // 303 See Other (post/redirect/get)
};

std::string_view ReasonPhrase(int status);

// application/x-www-form-urlencoded and query strings. Repeated keys keep every value in order.
class FormData {
 public:
  static std::optional<FormData> Parse(std::string_view encoded);  // nullopt on malformed encoding
  std::string Get(std::string_view key) const;                     // empty when absent
  std::vector<std::string> GetAll(std::string_view key) const;
  bool Has(std::string_view key) const;

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// A whole decimal number from a form field, a query parameter or a path segment: digits only (with
// a leading '-' for a signed T), nothing before or after, within T's range; nullopt otherwise.
template <std::integral T>
std::optional<T> ParseInteger(std::string_view text) {
  T value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// A database id, a revision or a page number: ParseInteger, and greater than zero.
template <std::integral T = long long>
std::optional<T> ParsePositive(std::string_view text) {
  const auto value = ParseInteger<T>(text);
  if (!value || *value <= 0) return std::nullopt;
  return value;
}

std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);
std::string PercentEncode(std::string_view text);

// Cookie header parsing and Set-Cookie building.
std::map<std::string, std::string> ParseCookies(std::string_view header);

enum class SameSite { Lax, Strict };
struct CookieOptions {
  bool http_only = true;
  bool secure = false;
  SameSite same_site = SameSite::Lax;
  std::optional<std::chrono::seconds> max_age;  // none = session cookie
};
std::string BuildSetCookie(std::string_view name, std::string_view value, const CookieOptions& options);
std::string BuildExpiredCookie(std::string_view name, const CookieOptions& options);

}  // namespace lp::web
