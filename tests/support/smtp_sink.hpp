#pragma once

// tests/support/smtp_sink.py, a real SMTP server (aiosmtpd) on a loopback port, as a child process of
// the test: it stores what it receives as files, which the tests read back (SmtpSink::Messages). Used
// by the SMTP client's tests and by the notifications' tests of mail end to end.
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace lp::testing {

using namespace std::chrono_literals;

// The tests' source folder, where support/smtp_sink.py lives. A build may define LP_TESTS_SOURCE_DIR;
// otherwise it is found from this file's own path (absolute when CMake compiles it).
inline std::filesystem::path TestsSourceDir() {
#ifdef LP_TESTS_SOURCE_DIR
  return LP_TESTS_SOURCE_DIR;
#else
  return std::filesystem::path(__FILE__).parent_path().parent_path();
#endif
}

// Debian's aiosmtpd (python3-aiosmtpd) is installed for the system's interpreter, which need not be
// the first python3 on PATH (pyenv, a virtual environment); LP_TEST_PYTHON overrides it.
inline std::string PythonInterpreter() {
  const char* configured = std::getenv("LP_TEST_PYTHON");
  return configured != nullptr && *configured != '\0' ? configured : "/usr/bin/python3";
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// Just enough JSON for the sink's sidecar (json.dumps of plain ASCII strings, lists, booleans, null).
inline std::optional<std::string> ReadJsonString(std::string_view json, std::size_t& at) {
  while (at < json.size() && (json[at] == ' ' || json[at] == '\n' || json[at] == ',')) ++at;
  if (at >= json.size() || json[at] != '"') return std::nullopt;
  std::string value;
  for (++at; at < json.size() && json[at] != '"'; ++at) {
    if (json[at] == '\\') ++at;
    value += json[at];
  }
  ++at;
  return value;
}
inline std::size_t JsonValueStart(std::string_view json, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\": ";
  const std::size_t at = json.find(quoted);
  if (at == std::string_view::npos) throw std::runtime_error("no " + std::string(key) + " in the sidecar");
  return at + quoted.size();
}
inline std::optional<std::string> JsonString(std::string_view json, std::string_view key) {
  std::size_t at = JsonValueStart(json, key);
  return ReadJsonString(json, at);
}
inline std::vector<std::string> JsonStrings(std::string_view json, std::string_view key) {
  std::size_t at = JsonValueStart(json, key);
  if (json[at] != '[') throw std::runtime_error(std::string(key) + " is not a list");
  ++at;
  std::vector<std::string> values;
  while (auto value = ReadJsonString(json, at)) values.push_back(*value);
  return values;
}
inline bool JsonTrue(std::string_view json, std::string_view key) {
  return json.substr(JsonValueStart(json, key)).starts_with("true");
}

// One message as the sink stored it.
struct Received {
  std::string data;  // the raw message
  std::string mail_from;
  std::vector<std::string> rcpt_tos;
  std::vector<std::string> mail_options;  // e.g. SIZE=1234, BODY=8BITMIME
  std::optional<std::string> authenticated_as;
  bool tls = false;
};

enum class SinkTls { None, StartTls, Implicit };

// Every sink of these tests answers 450 to RCPT TO for local parts that start with kDeferredPrefix, 554
// at the end of DATA to a message that contains kRefusedContent, and 552 to MAIL FROM for a message
// larger than kSizeLimit.
inline constexpr std::string_view kDeferredPrefix = "udskudt";
inline constexpr std::string_view kRefusedContent = "FORBUDT-INDHOLD";
inline constexpr std::size_t kSizeLimit = 100'000;

struct SinkOptions {
  std::string reject_prefix = "afvist";  // 550 to RCPT TO
  std::string auth;                      // USER:PASSWORD, empty: no login required
  SinkTls tls = SinkTls::None;
  int port = 0;  // 0: a free one (the sink says which); another: that one, e.g. to start again where it was
};

inline SinkOptions WithTls(SinkTls tls, std::string auth = "") {
  SinkOptions options;
  options.tls = tls;
  options.auth = std::move(auth);
  return options;
}

// tests/support/smtp_sink.py as a child process, with its own temporary folder.
class SmtpSink {
 public:
  explicit SmtpSink(const SinkOptions& options) {
    std::string pattern = (std::filesystem::temp_directory_path() / "lp-smtp-sink-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    root_ = pattern;
    try {
      Start(options);
    } catch (...) {
      Stop();
      std::error_code ignored;
      std::filesystem::remove_all(root_, ignored);
      throw;
    }
  }

  ~SmtpSink() {
    Stop();
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;

  // Sends SIGTERM and waits; returns the exit status (128 + signal when killed), -1 when not running.
  int Stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        break;
      }
      std::this_thread::sleep_for(20ms);
    }
    pid_ = -1;
    close(output_);
    output_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

  // Forgets what the sink received so far (it is idle between tests).
  void Clear() const {
    for (const auto& entry : std::filesystem::directory_iterator(messages_dir())) std::filesystem::remove(entry.path());
  }

  int port() const { return port_; }
  std::string Url(const std::string& scheme = "smtp") const { return scheme + "://127.0.0.1:" + std::to_string(port_); }
  std::filesystem::path messages_dir() const { return root_ / "messages"; }
  // The self-signed certificate the sink made (SinkTls::StartTls or Implicit): the client's CA file.
  std::string certificate() const { return (root_ / "tls" / "cert.pem").string(); }

  // The stored messages, in the order they arrived.
  std::vector<Received> Messages() const {
    std::vector<std::filesystem::path> sidecars;
    if (std::filesystem::exists(messages_dir())) {
      for (const auto& entry : std::filesystem::directory_iterator(messages_dir())) {
        if (entry.path().extension() == ".json") sidecars.push_back(entry.path());
      }
    }
    std::sort(sidecars.begin(), sidecars.end());
    std::vector<Received> messages;
    for (const auto& sidecar : sidecars) {
      const std::string json = ReadFile(sidecar);
      Received received;
      received.data = ReadFile(std::filesystem::path(sidecar).replace_extension(".eml"));
      received.mail_from = JsonString(json, "mail_from").value_or("(not a string)");
      received.rcpt_tos = JsonStrings(json, "rcpt_tos");
      received.mail_options = JsonStrings(json, "mail_options");
      received.authenticated_as = JsonString(json, "authenticated_as");
      received.tls = JsonTrue(json, "tls");
      messages.push_back(std::move(received));
    }
    return messages;
  }

  // The lines of the sink's AUTH log (one JSON object per login attempt); empty when none was made.
  std::vector<std::string> LoginAttempts() const {
    std::vector<std::string> lines;
    std::istringstream log(ReadFile(messages_dir() / "auth.log"));
    for (std::string line; std::getline(log, line);) lines.push_back(line);
    return lines;
  }

 private:
  // Runs the sink and waits for "ready PORT".
  void Start(const SinkOptions& options) {
    const std::string python = PythonInterpreter();
    std::vector<std::string> arguments{python,   (TestsSourceDir() / "support" / "smtp_sink.py").string(),
                                       "--port", std::to_string(options.port),
                                       "--dir",  messages_dir().string()};
    if (!options.reject_prefix.empty()) arguments.insert(arguments.end(), {"--reject-prefix", options.reject_prefix});
    arguments.insert(arguments.end(), {"--defer-prefix", std::string(kDeferredPrefix), "--reject-content",
                                       std::string(kRefusedContent), "--size-limit", std::to_string(kSizeLimit)});
    if (!options.auth.empty()) arguments.insert(arguments.end(), {"--auth", options.auth});
    if (options.tls != SinkTls::None) arguments.insert(arguments.end(), {"--tls-dir", (root_ / "tls").string()});
    if (options.tls == SinkTls::Implicit) arguments.emplace_back("--implicit-tls");
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);

    std::array<int, 2> output{};
    if (pipe(output.data()) != 0) throw std::runtime_error("pipe failed");
    const pid_t parent = getpid();
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      // Only async-signal-safe calls until exec. The sink ends with this process, even if it crashes.
      prctl(PR_SET_PDEATHSIG, SIGTERM);
      if (getppid() != parent) _exit(1);
      dup2(output[1], STDOUT_FILENO);
      close(output[0]);
      close(output[1]);
      execv(python.c_str(), argv.data());
      _exit(127);
    }
    close(output[1]);
    output_ = output[0];
    port_ = WaitUntilReady();
  }

  // Reads "ready PORT" from the sink's stdout.
  int WaitUntilReady() {
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + 30s;
    while (line.find('\n') == std::string::npos) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left <= 0ms) throw std::runtime_error("the SMTP sink did not report ready within 30 s");
      pollfd readable{output_, POLLIN, 0};
      const int polled = poll(&readable, 1, static_cast<int>(left.count()));
      if (polled < 0 && errno == EINTR) continue;
      if (polled <= 0) continue;
      std::array<char, 256> buffer{};
      const ssize_t got = read(output_, buffer.data(), buffer.size());
      if (got <= 0) {
        throw std::runtime_error("the SMTP sink exited before it was ready (its error is above; is " +
                                 PythonInterpreter() + " able to import aiosmtpd?)");
      }
      line.append(buffer.data(), static_cast<std::size_t>(got));
    }
    if (!line.starts_with("ready ")) throw std::runtime_error("unexpected output from the SMTP sink: " + line);
    return std::stoi(line.substr(6));
  }

  std::filesystem::path root_;
  pid_t pid_ = -1;
  int output_ = -1;
  int port_ = 0;
};

}  // namespace lp::testing
