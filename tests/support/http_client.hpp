#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lp::testing {

struct HttpResponse {
  int status = 0;
  std::multimap<std::string, std::string> headers;  // names lower-cased
  std::string body;
  bool closed = false;  // the server closed the connection after this response

  std::string Header(const std::string& lower_case_name) const;
  std::vector<std::string> Headers(const std::string& lower_case_name) const;
};

// A deliberately small blocking HTTP/1.1 client over POSIX sockets, so tests can also send
// malformed, oversized and slow requests that a real client library would refuse to produce.
class HttpConnection {
 public:
  HttpConnection(const std::string& host, unsigned short port);
  ~HttpConnection();
  HttpConnection(const HttpConnection&) = delete;
  HttpConnection& operator=(const HttpConnection&) = delete;

  void SendRaw(const std::string& bytes);
  // Reads one response (Content-Length or until close). nullopt when the server closed without one.
  std::optional<HttpResponse> ReadResponse(std::chrono::milliseconds timeout = std::chrono::seconds{10});
  // True when the server has closed the connection (read returns 0) within the timeout.
  bool WaitForClose(std::chrono::milliseconds timeout);

 private:
  int fd_ = -1;
  std::string buffer_;
};

// Keeps cookies between requests, like a browser, and can fill in the CSRF token of forms.
class HttpClient {
 public:
  HttpClient(std::string host, unsigned short port) : host_(std::move(host)), port_(port) {}

  HttpResponse Get(const std::string& target, const std::map<std::string, std::string>& headers = {});
  HttpResponse PostForm(const std::string& target, const std::vector<std::pair<std::string, std::string>>& fields,
                        const std::map<std::string, std::string>& headers = {});
  HttpResponse Request(const std::string& method, const std::string& target, const std::string& body,
                       const std::map<std::string, std::string>& headers);

  // The value of <input name="_csrf" value="..."> in the last HTML page fetched.
  const std::string& csrf_token() const { return csrf_token_; }
  std::string Cookie(const std::string& name) const;
  void SetCookie(const std::string& name, const std::string& value) { cookies_[name] = value; }
  void ClearCookies() { cookies_.clear(); }

 private:
  std::string host_;
  unsigned short port_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_token_;
};

std::string UrlEncode(const std::string& text);

}  // namespace lp::testing
