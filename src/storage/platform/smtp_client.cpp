#include "storage/platform/smtp_client.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

namespace lp::storage {
namespace {

struct EasyDeleter {
  void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using EasyHandle = std::unique_ptr<CURL, EasyDeleter>;

struct ListDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using StringList = std::unique_ptr<curl_slist, ListDeleter>;

struct UrlDeleter {
  void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
struct UrlPartDeleter {
  void operator()(char* part) const { curl_free(part); }
};

// curl_global_init is not safe to run twice at once, and must run before the first handle is made.
void InitialiseCurl() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw std::runtime_error("libcurl failed to initialise");
  });
}

// A part of the URL, or an empty optional when the URL has none.
std::optional<std::string> UrlPart(CURLU* url, CURLUPart which) {
  char* part = nullptr;
  if (curl_url_get(url, which, &part, 0) != CURLUE_OK || part == nullptr) return std::nullopt;
  const std::unique_ptr<char, UrlPartDeleter> owned(part);
  return std::string(part);
}

// The SMTP commands the client sends. The debug callback records which of them was sent last, so a
// reply can be attributed to it; it compares only the first word of an outgoing line with these, so
// an AUTH LOGIN continuation (the encoded user name or password) is never kept.
constexpr std::array<std::string_view, 10> kCommands{"EHLO", "HELO", "STARTTLS", "AUTH", "MAIL",
                                                     "RCPT", "DATA", "NOOP",     "RSET", "QUIT"};

// What the server and the client said, as far as the outcome needs it. Filled by the debug callback.
struct Exchange {
  std::string_view command;       // the last command sent (one of kCommands), empty before the first
  bool message_accepted = false;  // the server answered DATA with 354: the next reply is about the message
  bool quitting = false;          // QUIT was sent: later replies say nothing about the transfer
  std::string reply;              // the last reply line before QUIT, printable ASCII
  long reply_code = 0;            // its code
};

constexpr std::size_t kMaxReplyLength = 300;

std::string Printable(std::string_view text) {
  std::string result;
  for (const char c : text.substr(0, kMaxReplyLength)) {
    result += (c >= ' ' && c <= '~') ? c : '?';
  }
  return result;
}

long ReplyCode(std::string_view line) {
  if (line.size() < 3) return 0;
  long code = 0;
  for (const char c : line.substr(0, 3)) {
    if (c < '0' || c > '9') return 0;
    code = code * 10 + (c - '0');
  }
  return code;
}

void RecordLine(Exchange& exchange, curl_infotype type, std::string_view line) {
  if (line.empty()) return;
  if (type == CURLINFO_HEADER_OUT) {
    const std::string_view verb = line.substr(0, line.find(' '));
    const auto* const known = std::find(kCommands.begin(), kCommands.end(), verb);
    if (known == kCommands.end() || exchange.quitting) return;
    if (verb == "QUIT") {
      exchange.quitting = true;  // keeps the command and reply the outcome is about
      return;
    }
    exchange.command = *known;
    exchange.message_accepted = false;
    return;
  }
  if (exchange.quitting) return;
  exchange.reply = Printable(line);
  exchange.reply_code = ReplyCode(line);
  if (exchange.command == "DATA" && exchange.reply_code == 354) exchange.message_accepted = true;
}

int OnDebug(CURL* /*handle*/, curl_infotype type, char* data, std::size_t size, void* user) {
  if (type != CURLINFO_HEADER_IN && type != CURLINFO_HEADER_OUT) return 0;
  auto& exchange = *static_cast<Exchange*>(user);
  std::string_view text(data, size);
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    RecordLine(exchange, type, line);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return 0;
}

// Replies to NOOP (Check) and the like would otherwise go to stdout.
std::size_t Discard(char* /*data*/, std::size_t size, std::size_t count, void* /*user*/) { return size * count; }

struct Upload {
  std::string_view message;
  std::size_t offset = 0;
};

std::size_t ReadMessage(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto& upload = *static_cast<Upload*>(user);
  const std::size_t length = std::min(size * count, upload.message.size() - upload.offset);
  std::memcpy(buffer, upload.message.data() + upload.offset, length);
  upload.offset += length;
  return length;
}

// Sets the options one after the other and remembers the first failure.
class Options {
 public:
  explicit Options(CURL* handle) : handle_(handle) {}

  template <typename Value>
  void Set(CURLoption option, Value value) {
    if (result_ == CURLE_OK) result_ = curl_easy_setopt(handle_, option, value);
  }
  CURLcode result() const { return result_; }

 private:
  CURL* handle_;
  CURLcode result_ = CURLE_OK;
};

long Milliseconds(std::chrono::seconds duration) {
  return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(duration).count());
}

// The options of every connection: where, TLS, login, limits, and the callbacks that record the exchange.
void ConfigureConnection(Options& options, const SmtpSettings& settings, bool has_credentials, Exchange& exchange,
                         char* error_buffer) {
  options.Set(CURLOPT_URL, settings.url.c_str());
  options.Set(CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  options.Set(CURLOPT_NOSIGNAL, 1L);  // no SIGALRM for timeouts: the caller may be any thread
  options.Set(CURLOPT_CONNECTTIMEOUT_MS, Milliseconds(settings.timeout));
  options.Set(CURLOPT_TIMEOUT_MS, Milliseconds(settings.timeout));
  // With credentials, TLS or nothing: curl then stops before AUTH when the server offers no STARTTLS.
  options.Set(CURLOPT_USE_SSL, static_cast<long>(has_credentials ? CURLUSESSL_ALL : CURLUSESSL_TRY));
  if (!settings.user.empty()) {
    options.Set(CURLOPT_USERNAME, settings.user.c_str());
    options.Set(CURLOPT_PASSWORD, settings.password.c_str());
  }
  if (!settings.ca_file.empty()) options.Set(CURLOPT_CAINFO, settings.ca_file.c_str());
  options.Set(CURLOPT_SSL_VERIFYPEER, settings.verify_peer ? 1L : 0L);
  options.Set(CURLOPT_SSL_VERIFYHOST, settings.verify_peer ? 2L : 0L);
  error_buffer[0] = '\0';
  options.Set(CURLOPT_ERRORBUFFER, error_buffer);
  // The debug callback only runs in verbose mode; it replaces curl's printing to stderr.
  options.Set(CURLOPT_VERBOSE, 1L);
  options.Set(CURLOPT_DEBUGFUNCTION, &OnDebug);
  options.Set(CURLOPT_DEBUGDATA, &exchange);
  options.Set(CURLOPT_WRITEFUNCTION, &Discard);
}

std::string CurlError(CURLcode result, const char* error_buffer) {
  if (error_buffer[0] != '\0') return error_buffer;
  return curl_easy_strerror(result);
}

SmtpOutcome Classify(CURLcode result, const Exchange& exchange, const char* error_buffer) {
  SmtpOutcome outcome;
  outcome.smtp_code = exchange.reply_code;
  if (result == CURLE_OK) {
    outcome.kind = SmtpOutcomeKind::Sent;
    outcome.detail = exchange.reply.empty() ? "sent" : exchange.reply;
    return outcome;
  }
  const bool permanent = exchange.reply_code >= 500 && exchange.reply_code <= 599;
  if (permanent && exchange.command == "RCPT") {
    outcome.kind = SmtpOutcomeKind::Rejected;
    outcome.detail = "recipient refused: " + exchange.reply;
  } else if (permanent && exchange.message_accepted) {
    outcome.kind = SmtpOutcomeKind::Rejected;
    outcome.detail = "message refused: " + exchange.reply;
  } else if (exchange.reply_code == 552 && exchange.command == "MAIL") {
    outcome.kind = SmtpOutcomeKind::Rejected;
    outcome.detail = "message too large: " + exchange.reply;
  } else {
    outcome.kind = SmtpOutcomeKind::Failed;
    outcome.detail = CurlError(result, error_buffer);
    if (result == CURLE_USE_SSL_FAILED) {
      outcome.detail += " (with a login configured, nothing is sent without TLS)";
    }
    if (exchange.reply_code >= 400) outcome.detail += " (server: " + exchange.reply + ")";
  }
  return outcome;
}

SmtpOutcome Refused(std::string detail) {
  SmtpOutcome outcome;
  outcome.kind = SmtpOutcomeKind::Rejected;
  outcome.detail = std::move(detail);
  return outcome;
}

SmtpOutcome SetupFailed(CURLcode result) {
  SmtpOutcome outcome;
  outcome.kind = SmtpOutcomeKind::Failed;
  outcome.detail = std::string("libcurl could not be set up: ") + curl_easy_strerror(result);
  return outcome;
}

// An address curl would put between angle brackets as it is: anything that could end the command
// line or the brackets is refused.
bool IsSafeAddress(std::string_view address) {
  return std::none_of(address.begin(), address.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f || c == ' ' || c == '<' || c == '>';
  });
}

std::optional<std::string> MessageProblem(std::string_view message) {
  for (std::size_t i = 0; i < message.size(); ++i) {
    const char c = message[i];
    if (c == '\0') return "the message contains a NUL byte";
    if (c == '\r' && (i + 1 == message.size() || message[i + 1] != '\n')) {
      return "the message contains a bare CR (lines must end in CRLF)";
    }
    if (c == '\n' && (i == 0 || message[i - 1] != '\r')) {
      return "the message contains a bare LF (lines must end in CRLF)";
    }
  }
  return std::nullopt;
}

}  // namespace

SmtpClient::SmtpClient(SmtpSettings settings) : settings_(std::move(settings)) {
  InitialiseCurl();
  // The message never names the URL: it may hold a password.
  const std::unique_ptr<CURLU, UrlDeleter> url(curl_url());
  if (!url) throw std::bad_alloc();
  if (curl_url_set(url.get(), CURLUPART_URL, settings_.url.c_str(), 0) != CURLUE_OK) {
    throw std::invalid_argument("the SMTP URL is not a valid URL (expected smtp://host:port or smtps://host:port)");
  }
  const auto scheme = UrlPart(url.get(), CURLUPART_SCHEME);
  if (!scheme || (*scheme != "smtp" && *scheme != "smtps")) {
    throw std::invalid_argument("the SMTP URL must start with smtp:// or smtps://");
  }
  const auto host = UrlPart(url.get(), CURLUPART_HOST);
  if (!host || host->empty()) throw std::invalid_argument("the SMTP URL has no host");
  has_credentials_ = !settings_.user.empty() || UrlPart(url.get(), CURLUPART_USER).has_value();
}

SmtpOutcome SmtpClient::Send(std::string_view envelope_from, std::string_view to, std::string_view message) const {
  if (!IsSafeAddress(envelope_from)) return Refused("the envelope sender contains a character not allowed there");
  if (to.empty() || !IsSafeAddress(to)) {
    return Refused("the recipient address is empty or contains a character not allowed there");
  }
  if (auto problem = MessageProblem(message)) return Refused(std::move(*problem));

  // Declared before the handle, so they outlive it: curl_easy_cleanup may still report (QUIT) to the
  // debug callback, and the recipient list must live as long as the handle uses it.
  Exchange exchange;
  Upload upload{message};
  std::array<char, CURL_ERROR_SIZE> error_buffer{};
  const std::string from(envelope_from);  // empty: the null reverse-path "<>"
  StringList recipients(curl_slist_append(nullptr, std::string(to).c_str()));
  if (!recipients) throw std::bad_alloc();

  const EasyHandle handle(curl_easy_init());
  if (!handle) return SetupFailed(CURLE_FAILED_INIT);
  Options options(handle.get());
  ConfigureConnection(options, settings_, has_credentials_, exchange, error_buffer.data());
  options.Set(CURLOPT_MAIL_FROM, from.c_str());
  options.Set(CURLOPT_MAIL_RCPT, recipients.get());
  options.Set(CURLOPT_UPLOAD, 1L);
  options.Set(CURLOPT_READFUNCTION, &ReadMessage);
  options.Set(CURLOPT_READDATA, &upload);
  options.Set(CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(message.size()));  // MAIL FROM … SIZE=
  if (options.result() != CURLE_OK) return SetupFailed(options.result());

  const CURLcode result = curl_easy_perform(handle.get());
  return Classify(result, exchange, error_buffer.data());
}

std::optional<std::string> SmtpClient::Check() const {
  Exchange exchange;
  std::array<char, CURL_ERROR_SIZE> error_buffer{};
  const EasyHandle handle(curl_easy_init());
  if (!handle) return SetupFailed(CURLE_FAILED_INIT).detail;
  Options options(handle.get());
  ConfigureConnection(options, settings_, has_credentials_, exchange, error_buffer.data());
  // Without a recipient, curl sends the custom request (instead of HELP) once it is greeted and logged in.
  options.Set(CURLOPT_CUSTOMREQUEST, "NOOP");
  if (options.result() != CURLE_OK) return SetupFailed(options.result()).detail;

  const CURLcode result = curl_easy_perform(handle.get());
  if (result == CURLE_OK) return std::nullopt;
  return Classify(result, exchange, error_buffer.data()).detail;
}

}  // namespace lp::storage
