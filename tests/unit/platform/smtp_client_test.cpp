// SmtpClient against a real SMTP server: tests/support/smtp_sink.py (aiosmtpd) in a child process on a
// free loopback port (one per set of sink options, see SmtpClientTest). The sink stores what it receives
// as files, which the tests read back.
#include "storage/platform/smtp_client.hpp"

#include "support/smtp_sink.hpp"

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

namespace lp::storage {
namespace {

using namespace std::chrono_literals;
using testing::kDeferredPrefix;
using testing::kRefusedContent;
using testing::kSizeLimit;
using testing::Received;
using testing::SinkOptions;
using testing::SinkTls;
using testing::SmtpSink;
using testing::WithTls;

// A loopback port nothing listens on (bound by the system, then released).
int ClosedPort() {
  const int listener = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  auto* generic = reinterpret_cast<sockaddr*>(&address);  // the sockets API
  if (listener < 0 || bind(listener, generic, length) != 0 || getsockname(listener, generic, &length) != 0) {
    close(listener);
    throw std::runtime_error("could not find a free port");
  }
  close(listener);
  return ntohs(address.sin_port);
}

const std::string kFrom = "noreply@ledelsesportal.example";
const std::string kTo = "leder@region.example";

// A complete message as the portal's composer would make it, with CRLF line ends.
std::string Message(const std::string& subject, const std::string& body) {
  return "From: Ledelsesportalen <" + kFrom + ">\r\n" + "To: <" + kTo + ">\r\n" + "Subject: " + subject + "\r\n" +
         "Date: Mon, 03 Mar 2025 09:00:00 +0100\r\n" + "Message-ID: <1@ledelsesportal.example>\r\n" +
         "MIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=utf-8\r\n" +
         "Content-Transfer-Encoding: 8bit\r\n" + "\r\n" + body;
}

// Starting the sink costs about half a second (Python and aiosmtpd), so the tests share one sink per
// set of options, started on first use and stopped after the suite; each test gets it emptied.
class SmtpClientTest : public ::testing::Test {
 protected:
  static SmtpSink& Sink(const SinkOptions& options = {}) {
    const std::string key =
        options.reject_prefix + "|" + options.auth + "|" + std::to_string(static_cast<int>(options.tls));
    auto& sink = sinks_[key];
    if (!sink) sink = std::make_unique<SmtpSink>(options);
    sink->Clear();
    return *sink;
  }

  static void TearDownTestSuite() {
    for (auto& [key, sink] : sinks_) {
      EXPECT_EQ(sink->Stop(), 0) << "the SMTP sink (" << key << ") did not exit cleanly on SIGTERM";
    }
    sinks_.clear();
  }

  static SmtpSettings Settings(const SmtpSink& sink, const std::string& scheme = "smtp") {
    SmtpSettings settings;
    settings.url = sink.Url(scheme);
    settings.timeout = 10s;
    return settings;
  }
  static SmtpSettings SettingsWithLogin(const SmtpSink& sink, const std::string& password,
                                        const std::string& scheme = "smtp") {
    SmtpSettings settings = Settings(sink, scheme);
    settings.user = "portal";
    settings.password = password;
    settings.ca_file = sink.certificate();
    return settings;
  }

 private:
  static inline std::map<std::string, std::unique_ptr<SmtpSink>> sinks_;
};

TEST_F(SmtpClientTest, DeliversTheMessageByteForByte) {
  SmtpSink& sink = Sink();
  const std::string message = Message("Ny opgave", "Line one\r\n\r\nLine three, after an empty line.\r\n");

  const SmtpOutcome outcome = SmtpClient(Settings(sink)).Send(kFrom, kTo, message);

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  EXPECT_EQ(outcome.smtp_code, 250);
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_EQ(received[0].data, message);
}

TEST_F(SmtpClientTest, GivesTheServerTheEnvelopeSenderAndRecipient) {
  SmtpSink& sink = Sink();
  // The envelope differs from the header's From and To, and the envelope is what counts.
  const std::string message = Message("Hej", "x\r\n");

  const SmtpOutcome outcome =
      SmtpClient(Settings(sink)).Send("bounces@ledelsesportal.example", "anden.leder@region.example", message);

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_EQ(received[0].mail_from, "bounces@ledelsesportal.example");
  EXPECT_EQ(received[0].rcpt_tos, std::vector<std::string>{"anden.leder@region.example"});
  // The size is announced, so a server can refuse a message too large before it is sent.
  EXPECT_EQ(received[0].mail_options, std::vector<std::string>{"SIZE=" + std::to_string(message.size())});
}

TEST_F(SmtpClientTest, KeepsADanishUtf8Body) {
  SmtpSink& sink = Sink();
  const std::string message = Message(
      "Plan godkendt", "Kære Åse Ærøskøbing,\r\njeres handleplan er godkendt – se “Ledelsesgrundlag” (ÆØÅ æøå é).\r\n");

  const SmtpOutcome outcome = SmtpClient(Settings(sink)).Send(kFrom, kTo, message);

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_EQ(received[0].data, message);
  EXPECT_NE(received[0].data.find("Kære Åse Ærøskøbing"), std::string::npos);
}

// A line of only "." would end the DATA section early unless the client dot-stuffs it (and the server
// would then read the rest of the message as commands).
TEST_F(SmtpClientTest, KeepsLinesThatStartWithADot) {
  SmtpSink& sink = Sink();
  const std::string message = Message("Prikker", ".\r\n..\r\n.skjult linje\r\nmidt . i linjen\r\n.\r\nslut\r\n");

  const SmtpOutcome outcome = SmtpClient(Settings(sink)).Send(kFrom, kTo, message);

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_EQ(received[0].data, message);
}

TEST_F(SmtpClientTest, EndsAMessageWithoutAFinalCrlfWithOne) {
  SmtpSink& sink = Sink();
  const std::string message = Message("Uden linjeskift", "sidste linje\r\n.");

  const SmtpOutcome outcome = SmtpClient(Settings(sink)).Send(kFrom, kTo, message);

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_EQ(received[0].data, message + "\r\n");
}

TEST_F(SmtpClientTest, SendsAnEmptyEnvelopeSenderAsTheNullReversePath) {
  SmtpSink& sink = Sink();
  const SmtpOutcome outcome = SmtpClient(Settings(sink)).Send("", kTo, Message("Hej", "x\r\n"));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_EQ(received[0].mail_from, "<>");  // aiosmtpd keeps the null path's brackets
}

TEST_F(SmtpClientTest, ARefusedRecipientIsRejectedWithTheServersCode) {
  SmtpSink& sink = Sink();  // refuses local parts that start with "afvist"

  const SmtpOutcome outcome =
      SmtpClient(Settings(sink)).Send(kFrom, "afvist.leder@region.example", Message("Hej", "x\r\n"));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Rejected) << outcome.detail;
  EXPECT_EQ(outcome.smtp_code, 550);
  EXPECT_NE(outcome.detail.find("550 5.1.1 Recipient rejected"), std::string::npos) << outcome.detail;
  EXPECT_TRUE(sink.Messages().empty());
}

TEST_F(SmtpClientTest, ATemporarilyRefusedRecipientFails) {
  SmtpSink& sink = Sink();
  const std::string to = std::string(kDeferredPrefix) + "@region.example";

  const SmtpOutcome outcome = SmtpClient(Settings(sink)).Send(kFrom, to, Message("Hej", "x\r\n"));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Failed) << outcome.detail;
  EXPECT_EQ(outcome.smtp_code, 450);
  EXPECT_NE(outcome.detail.find("450 4.2.0"), std::string::npos) << outcome.detail;
  EXPECT_TRUE(sink.Messages().empty());
}

TEST_F(SmtpClientTest, AMessageRefusedAfterItsDataIsRejected) {
  SmtpSink& sink = Sink();
  const std::string message = Message("Hej", "Her står " + std::string(kRefusedContent) + ".\r\n");

  const SmtpOutcome outcome = SmtpClient(Settings(sink)).Send(kFrom, kTo, message);

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Rejected) << outcome.detail;
  EXPECT_EQ(outcome.smtp_code, 554);
  EXPECT_NE(outcome.detail.find("554 5.6.0 Message refused"), std::string::npos) << outcome.detail;
  EXPECT_TRUE(sink.Messages().empty());
}

TEST_F(SmtpClientTest, AMessageTooLargeForTheServerIsRejected) {
  SmtpSink& sink = Sink();
  std::string body;
  while (body.size() <= kSizeLimit) body += "En lang linje i en stor besked.\r\n";

  const SmtpOutcome outcome = SmtpClient(Settings(sink)).Send(kFrom, kTo, Message("Stor", body));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Rejected) << outcome.detail;
  EXPECT_EQ(outcome.smtp_code, 552);
  EXPECT_TRUE(sink.Messages().empty());
}

TEST_F(SmtpClientTest, AClosedPortFailsQuickly) {
  SmtpSettings settings;
  settings.url = "smtp://127.0.0.1:" + std::to_string(ClosedPort());
  settings.timeout = 20s;

  const auto started = std::chrono::steady_clock::now();
  const SmtpOutcome outcome = SmtpClient(settings).Send(kFrom, kTo, Message("Hej", "x\r\n"));
  const auto took = std::chrono::steady_clock::now() - started;

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Failed) << outcome.detail;
  EXPECT_EQ(outcome.smtp_code, 0);
  EXPECT_FALSE(outcome.detail.empty());
  EXPECT_LT(took, 3s);
}

TEST_F(SmtpClientTest, CheckSucceedsAgainstARunningServerWithoutSending) {
  SmtpSink& sink = Sink();
  const auto problem = SmtpClient(Settings(sink)).Check();

  EXPECT_FALSE(problem.has_value()) << *problem;
  EXPECT_TRUE(sink.Messages().empty());
}

TEST_F(SmtpClientTest, CheckReportsAClosedPort) {
  SmtpSettings settings;
  settings.url = "smtp://127.0.0.1:" + std::to_string(ClosedPort());
  settings.timeout = 5s;

  const auto problem = SmtpClient(settings).Check();

  ASSERT_TRUE(problem.has_value());
  EXPECT_FALSE(problem->empty());
}

TEST_F(SmtpClientTest, LogsInAfterStartTls) {
  SmtpSink& sink = Sink(WithTls(SinkTls::StartTls, "portal:hemmelig"));
  const SmtpClient client(SettingsWithLogin(sink, "hemmelig"));

  const SmtpOutcome outcome = client.Send(kFrom, kTo, Message("Hej", "x\r\n"));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_EQ(received[0].authenticated_as, "portal");
  EXPECT_TRUE(received[0].tls);
  const auto problem = client.Check();
  EXPECT_FALSE(problem.has_value()) << *problem;
}

TEST_F(SmtpClientTest, AWrongPasswordIsNotSent) {
  SmtpSink& sink = Sink(WithTls(SinkTls::StartTls, "portal:hemmelig"));
  const SmtpClient client(SettingsWithLogin(sink, "forkert"));

  const SmtpOutcome outcome = client.Send(kFrom, kTo, Message("Hej", "x\r\n"));

  // A wrong password is the configuration's fault, not the message's: it is worth retrying once fixed.
  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Failed) << outcome.detail;
  EXPECT_EQ(outcome.smtp_code, 535);
  EXPECT_TRUE(sink.Messages().empty());
  const auto problem = client.Check();
  ASSERT_TRUE(problem.has_value());
  EXPECT_NE(problem->find("535"), std::string::npos) << *problem;
}

TEST_F(SmtpClientTest, AServerThatRequiresALoginWhenNoneIsConfiguredFailsRatherThanRejects) {
  SmtpSink& sink = Sink(WithTls(SinkTls::StartTls, "portal:hemmelig"));
  SmtpSettings settings = Settings(sink);
  settings.ca_file = sink.certificate();

  const SmtpOutcome outcome = SmtpClient(settings).Send(kFrom, kTo, Message("Hej", "x\r\n"));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Failed) << outcome.detail;
  EXPECT_EQ(outcome.smtp_code, 530);
  EXPECT_TRUE(sink.Messages().empty());
}

// The sink offers AUTH over plain TCP here; with credentials the client insists on STARTTLS first.
TEST_F(SmtpClientTest, NeverSendsThePasswordUnencrypted) {
  SmtpSink& sink = Sink(WithTls(SinkTls::None, "portal:hemmelig"));
  const SmtpClient client(SettingsWithLogin(sink, "hemmelig"));

  const SmtpOutcome outcome = client.Send(kFrom, kTo, Message("Hej", "x\r\n"));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Failed) << outcome.detail;
  EXPECT_NE(outcome.detail.find("STARTTLS"), std::string::npos) << outcome.detail;
  EXPECT_TRUE(sink.LoginAttempts().empty());
  EXPECT_TRUE(sink.Messages().empty());
  EXPECT_TRUE(client.Check().has_value());
  EXPECT_TRUE(sink.LoginAttempts().empty());
}

TEST_F(SmtpClientTest, RefusesACertificateItDoesNotTrust) {
  SmtpSink& sink = Sink(WithTls(SinkTls::StartTls, "portal:hemmelig"));
  SmtpSettings settings = SettingsWithLogin(sink, "hemmelig");
  settings.ca_file.clear();  // the system's CAs, which do not know the sink's self-signed certificate

  const SmtpOutcome outcome = SmtpClient(settings).Send(kFrom, kTo, Message("Hej", "x\r\n"));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Failed) << outcome.detail;
  EXPECT_TRUE(sink.LoginAttempts().empty());
  EXPECT_TRUE(sink.Messages().empty());
}

TEST_F(SmtpClientTest, UsesStartTlsWhenOfferedEvenWithoutALogin) {
  SmtpSink& sink = Sink(WithTls(SinkTls::StartTls));
  SmtpSettings settings = Settings(sink);
  settings.ca_file = sink.certificate();

  const SmtpOutcome outcome = SmtpClient(settings).Send(kFrom, kTo, Message("Hej", "x\r\n"));

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_TRUE(received[0].tls);
}

TEST_F(SmtpClientTest, LogsInOverImplicitTls) {
  SmtpSink& sink = Sink(WithTls(SinkTls::Implicit, "portal:hemmelig"));
  const std::string message = Message("Hej", "x\r\n");
  const SmtpClient client(SettingsWithLogin(sink, "hemmelig", "smtps"));

  const SmtpOutcome outcome = client.Send(kFrom, kTo, message);

  EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Sent) << outcome.detail;
  const auto received = sink.Messages();
  ASSERT_EQ(received.size(), 1U);
  EXPECT_EQ(received[0].data, message);
  EXPECT_EQ(received[0].authenticated_as, "portal");
  EXPECT_TRUE(received[0].tls);
  const auto problem = client.Check();
  EXPECT_FALSE(problem.has_value()) << *problem;
}

TEST_F(SmtpClientTest, RefusesAddressesThatCouldInjectCommands) {
  SmtpSink& sink = Sink();
  const SmtpClient client(Settings(sink));
  const std::string message = Message("Hej", "x\r\n");

  for (const std::string to : {"", "leder@region.example>\r\nRCPT TO:<ekstra@region.example",
                               "leder@region.example\nRSET", "<leder@region.example>", "to leder@region.example"}) {
    const SmtpOutcome outcome = client.Send(kFrom, to, message);
    EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Rejected) << to;
    EXPECT_EQ(outcome.smtp_code, 0) << to;
  }
  EXPECT_EQ(client.Send("bounces@x.example\r\nRSET", kTo, message).kind, SmtpOutcomeKind::Rejected);
  EXPECT_TRUE(sink.Messages().empty());
}

TEST_F(SmtpClientTest, RefusesAMessageWithABareLineEndOrNul) {
  SmtpSink& sink = Sink();
  const SmtpClient client(Settings(sink));

  for (const std::string& message :
       {Message("Hej", "x\n.\r\nRSET\r\n"), Message("Hej", "x\ry\r\n"), Message("Hej", std::string("x\0y\r\n", 5))}) {
    const SmtpOutcome outcome = client.Send(kFrom, kTo, message);
    EXPECT_EQ(outcome.kind, SmtpOutcomeKind::Rejected) << outcome.detail;
  }
  EXPECT_TRUE(sink.Messages().empty());
}

TEST(SmtpClient, RefusesAUrlThatIsNotSmtp) {
  for (const std::string url : {"", "http://mail.example:587", "file:///etc/passwd", "smtp://", "mail.example:587"}) {
    SmtpSettings settings;
    settings.url = url;
    EXPECT_THROW(SmtpClient{settings}, std::invalid_argument) << url;
  }
  SmtpSettings settings;
  settings.url = "smtps://mail.example:465";
  EXPECT_NO_THROW(SmtpClient{settings});
}

}  // namespace
}  // namespace lp::storage
