#include "web/platform/http.hpp"

#include <algorithm>
#include <array>

#include "domain/platform/ascii.hpp"

namespace lp::web {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string ForLog(std::string_view text) {
  constexpr std::size_t kMaxLogged = 2'000;
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(std::min(text.size(), kMaxLogged) + 8);
  const auto escape = [&](unsigned char byte) {
    out += "\\x";
    out += kHex[byte >> 4];
    out += kHex[byte & 0x0F];
  };
  std::size_t i = 0;
  while (i < text.size() && out.size() < kMaxLogged) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7F || byte == '\\') {
      escape(byte);
      ++i;
    } else if (byte < 0x80) {
      out += static_cast<char>(byte);
      ++i;
    } else {
      // A well-formed UTF-8 sequence (no overlong forms checked here: the log only must not break).
      const std::size_t length = byte >= 0xF0 && byte < 0xF5   ? 4
                                 : byte >= 0xE0                ? 3
                                 : byte >= 0xC2 && byte < 0xE0 ? 2
                                                               : 0;
      bool valid = length > 0 && i + length <= text.size();
      for (std::size_t k = 1; valid && k < length; ++k)
        valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
      if (valid) {
        out.append(text.substr(i, length));
        i += length;
      } else {
        escape(byte);
        ++i;
      }
    }
  }
  if (i < text.size()) out += "…";
  return out;
}

Method ParseMethod(std::string_view name) {
  if (name == "GET") return Method::Get;
  if (name == "HEAD") return Method::Head;
  if (name == "POST") return Method::Post;
  if (name == "PUT") return Method::Put;
  if (name == "PATCH") return Method::Patch;
  if (name == "DELETE") return Method::Delete;
  if (name == "OPTIONS") return Method::Options;
  return Method::Other;
}

std::string_view MethodName(Method method) {
  switch (method) {
    case Method::Get: return "GET";
    case Method::Head: return "HEAD";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Patch: return "PATCH";
    case Method::Delete: return "DELETE";
    case Method::Options: return "OPTIONS";
    case Method::Other: return "OTHER";
  }
  return "OTHER";
}

bool IsStateChanging(Method method) {
  return method != Method::Get && method != Method::Head && method != Method::Options;
}

bool CaseInsensitiveLess::operator()(std::string_view a, std::string_view b) const {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                      [](char x, char y) { return domain::LowerAscii(x) < domain::LowerAscii(y); });
}

std::optional<std::string_view> Request::Header(std::string_view name) const {
  auto it = headers.find(std::string(name));
  if (it == headers.end()) return std::nullopt;
  return it->second;
}

void Response::SetHeader(std::string name, std::string value) {
  headers.erase(name);
  headers.emplace(std::move(name), std::move(value));
}

void Response::AddHeader(std::string name, std::string value) { headers.emplace(std::move(name), std::move(value)); }

std::optional<std::string_view> Response::Header(std::string_view name) const {
  auto it = headers.find(std::string(name));
  if (it == headers.end()) return std::nullopt;
  return it->second;
}

Response Response::Html(int status, std::string body) {
  Response response;
  response.status = status;
  response.SetHeader("Content-Type", "text/html; charset=utf-8");
  response.body = std::move(body);
  return response;
}

Response Response::Text(int status, std::string body) {
  Response response;
  response.status = status;
  response.SetHeader("Content-Type", "text/plain; charset=utf-8");
  response.body = std::move(body);
  return response;
}

Response Response::Json(int status, std::string body) {
  Response response;
  response.status = status;
  response.SetHeader("Content-Type", "application/json; charset=utf-8");
  response.body = std::move(body);
  return response;
}

Response Response::Redirect(std::string location) {
  Response response;
  response.status = 303;
  response.SetHeader("Location", std::move(location));
  return response;
}

std::string_view ReasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
  }
}

std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size()) return std::nullopt;
      const int high = HexValue(text[i + 1]);
      const int low = HexValue(text[i + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~' || c == '/') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4U]);
      out.push_back(kHex[u & 0x0FU]);
    }
  }
  return out;
}

std::optional<FormData> FormData::Parse(std::string_view encoded) {
  FormData form;
  while (!encoded.empty()) {
    const auto amp = encoded.find('&');
    const auto pair = encoded.substr(0, amp);
    encoded = amp == std::string_view::npos ? std::string_view{} : encoded.substr(amp + 1);
    if (pair.empty()) continue;
    const auto eq = pair.find('=');
    auto key = PercentDecode(pair.substr(0, eq), true);
    auto value = PercentDecode(eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1), true);
    if (!key || !value) return std::nullopt;
    form.fields_.emplace_back(std::move(*key), std::move(*value));
  }
  return form;
}

std::string FormData::Get(std::string_view key) const {
  for (const auto& [k, v] : fields_) {
    if (k == key) return v;
  }
  return {};
}

std::vector<std::string> FormData::GetAll(std::string_view key) const {
  std::vector<std::string> values;
  for (const auto& [k, v] : fields_) {
    if (k == key) values.push_back(v);
  }
  return values;
}

bool FormData::Has(std::string_view key) const {
  return std::ranges::any_of(fields_, [&](const auto& field) { return field.first == key; });
}

std::map<std::string, std::string> ParseCookies(std::string_view header) {
  std::map<std::string, std::string> cookies;
  while (!header.empty()) {
    const auto semi = header.find(';');
    const auto part = Trim(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
    const auto eq = part.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    auto value = Trim(part.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
    // The first occurrence wins (the most specific path is sent first).
    cookies.emplace(std::string(Trim(part.substr(0, eq))), std::string(value));
  }
  return cookies;
}

std::string BuildSetCookie(std::string_view name, std::string_view value, const CookieOptions& options) {
  std::string cookie;
  cookie.append(name).append("=").append(value).append("; Path=/");
  if (options.max_age) cookie.append("; Max-Age=").append(std::to_string(options.max_age->count()));
  if (options.http_only) cookie.append("; HttpOnly");
  if (options.secure) cookie.append("; Secure");
  cookie.append(options.same_site == SameSite::Strict ? "; SameSite=Strict" : "; SameSite=Lax");
  return cookie;
}

std::string BuildExpiredCookie(std::string_view name, const CookieOptions& options) {
  CookieOptions expired = options;
  expired.max_age = std::chrono::seconds{0};
  return BuildSetCookie(name, "", expired);
}

}  // namespace lp::web
