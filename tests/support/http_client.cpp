#include "support/http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <stdexcept>

namespace lp::testing {
namespace {

std::string Lower(std::string text) {
  for (auto& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace

std::string HttpResponse::Header(const std::string& lower_case_name) const {
  const auto it = headers.find(lower_case_name);
  return it == headers.end() ? std::string{} : it->second;
}

std::vector<std::string> HttpResponse::Headers(const std::string& lower_case_name) const {
  std::vector<std::string> values;
  const auto [first, last] = headers.equal_range(lower_case_name);
  for (auto it = first; it != last; ++it) values.push_back(it->second);
  return values;
}

HttpConnection::HttpConnection(const std::string& host, unsigned short port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd_ < 0) throw std::runtime_error("socket failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  ::inet_pton(AF_INET, host.c_str(), &address.sin_addr);
  if (::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
    ::close(fd_);
    throw std::runtime_error("connect failed: " + std::string(std::strerror(errno)));
  }
}

HttpConnection::~HttpConnection() {
  if (fd_ >= 0) ::close(fd_);
}

void HttpConnection::SendRaw(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server may close early (e.g. after 413); the test reads what it sent
    sent += static_cast<std::size_t>(n);
  }
}

bool HttpConnection::WaitForClose(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char chunk[4096];
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd poll_fd{fd_, POLLIN, 0};
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (::poll(&poll_fd, 1, static_cast<int>(std::max<long long>(left.count(), 1))) <= 0) continue;
    const auto n = ::recv(fd_, chunk, sizeof(chunk), 0);
    if (n <= 0) return true;
  }
  return false;
}

std::optional<HttpResponse> HttpConnection::ReadResponse(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  bool eof = false;
  auto fill = [&]() {
    char chunk[16384];
    pollfd poll_fd{fd_, POLLIN, 0};
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) throw std::runtime_error("timed out waiting for the response");
    if (::poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0) return;
    const auto n = ::recv(fd_, chunk, sizeof(chunk), 0);
    if (n <= 0) {
      eof = true;
      return;
    }
    buffer_.append(chunk, static_cast<std::size_t>(n));
  };
  std::size_t header_end = std::string::npos;
  while ((header_end = buffer_.find("\r\n\r\n")) == std::string::npos) {
    if (eof) return std::nullopt;
    fill();
  }
  HttpResponse response;
  const auto head = buffer_.substr(0, header_end);
  std::size_t line_end = head.find("\r\n");
  const auto status_line = head.substr(0, line_end);
  response.status = std::stoi(status_line.substr(9, 3));
  std::size_t position = line_end == std::string::npos ? head.size() : line_end + 2;
  while (position < head.size()) {
    auto end = head.find("\r\n", position);
    if (end == std::string::npos) end = head.size();
    const auto line = head.substr(position, end - position);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
      auto value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.erase(0, 1);
      response.headers.emplace(Lower(line.substr(0, colon)), value);
    }
    position = end + 2;
  }
  buffer_.erase(0, header_end + 4);
  const auto length_text = response.Header("content-length");
  const bool no_body = response.status == 304 || response.status == 204;
  if (!length_text.empty() || no_body) {
    const auto length = no_body ? 0 : std::stoul(length_text);
    while (buffer_.size() < length && !eof) fill();
    response.body = buffer_.substr(0, length);
    buffer_.erase(0, std::min(length, buffer_.size()));
  } else {
    while (!eof) fill();
    response.body = std::move(buffer_);
    buffer_.clear();
  }
  response.closed = eof || Lower(response.Header("connection")) == "close";
  return response;
}

std::string UrlEncode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kHex[u >> 4U]);
      out.push_back(kHex[u & 0x0FU]);
    }
  }
  return out;
}

std::string HttpClient::Cookie(const std::string& name) const {
  const auto it = cookies_.find(name);
  return it == cookies_.end() ? std::string{} : it->second;
}

HttpResponse HttpClient::Get(const std::string& target, const std::map<std::string, std::string>& headers) {
  return Request("GET", target, "", headers);
}

HttpResponse HttpClient::PostForm(const std::string& target,
                                  const std::vector<std::pair<std::string, std::string>>& fields,
                                  const std::map<std::string, std::string>& headers) {
  std::string body;
  for (const auto& [key, value] : fields) {
    if (!body.empty()) body += "&";
    body += UrlEncode(key) + "=" + UrlEncode(value);
  }
  auto all = headers;
  all.emplace("Content-Type", "application/x-www-form-urlencoded");
  return Request("POST", target, body, all);
}

HttpResponse HttpClient::Request(const std::string& method, const std::string& target, const std::string& body,
                                 const std::map<std::string, std::string>& headers) {
  std::string request =
      method + " " + target + " HTTP/1.1\r\nHost: " + host_ + ":" + std::to_string(port_) + "\r\nConnection: close\r\n";
  for (const auto& [name, value] : headers) request += name + ": " + value + "\r\n";
  if (!cookies_.empty()) {
    request += "Cookie: ";
    bool first = true;
    for (const auto& [name, value] : cookies_) {
      if (!first) request += "; ";
      request += name + "=" + value;
      first = false;
    }
    request += "\r\n";
  }
  if (!body.empty() || method == "POST") request += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  request += "\r\n" + body;
  HttpConnection connection(host_, port_);
  connection.SendRaw(request);
  auto response = connection.ReadResponse();
  if (!response) throw std::runtime_error("no response to " + method + " " + target);
  for (const auto& cookie : response->Headers("set-cookie")) {
    const auto eq = cookie.find('=');
    const auto semi = cookie.find(';');
    const auto name = cookie.substr(0, eq);
    const auto value = cookie.substr(eq + 1, semi - eq - 1);
    if (cookie.find("Max-Age=0") != std::string::npos) {
      cookies_.erase(name);
    } else {
      cookies_[name] = value;
    }
  }
  // The value attribute of the hidden _csrf input, in whatever attribute order the template uses.
  if (const auto marker = response->body.find("name=\"_csrf\""); marker != std::string::npos) {
    const auto tag_start = response->body.rfind('<', marker);
    const auto tag_end = response->body.find('>', marker);
    const auto tag = response->body.substr(tag_start, tag_end - tag_start);
    if (const auto value = tag.find("value=\""); value != std::string::npos) {
      csrf_token_ = tag.substr(value + 7, tag.find('"', value + 7) - value - 7);
    }
  }
  return *response;
}

}  // namespace lp::testing
