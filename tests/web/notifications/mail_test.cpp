// Mail end to end, on both databases: the portal with LP_SMTP_URL pointing at a real SMTP server
// (tests/support/smtp_sink.py, aiosmtpd on a loopback port). A notification becomes a Danish
// multipart mail with the right headers and a link; the one-click unsubscribe works without a login;
// while the server is down mails stay queued and go out once when it is back; the administrator page
// shows the outbox and the jobs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "app/notifications/notifier.hpp"
#include "app/platform/jobs.hpp"
#include "domain/platform/danish_format.hpp"
#include "support/smtp_sink.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// The header block of a raw message, and a header's value with folded lines joined.
std::string Header(const std::string& message, const std::string& name) {
  const auto end = message.find("\r\n\r\n");
  const auto headers = "\r\n" + message.substr(0, end);  // so the first header starts after a line break too
  const auto at = headers.find("\r\n" + name + ": ");
  if (at == std::string::npos) return "";
  std::string value;
  auto line_start = at + 2 + name.size() + 2;
  while (true) {
    const auto line_end = headers.find("\r\n", line_start);
    value += headers.substr(line_start, line_end - line_start);
    if (line_end == std::string::npos || line_end + 2 >= headers.size() ||
        (headers[line_end + 2] != ' ' && headers[line_end + 2] != '\t')) {
      break;
    }
    line_start = line_end + 2;
  }
  return value;
}

// The body of a message with its quoted-printable parts decoded (the headers left out).
std::string DecodeQuotedPrintable(const std::string& message) {
  const auto text = message.substr(message.find("\r\n\r\n"));
  const auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '=' && i + 2 < text.size() && text[i + 1] == '\r' && text[i + 2] == '\n') {
      i += 2;
    } else if (text[i] == '=' && i + 2 < text.size() && hex(text[i + 1]) && hex(text[i + 2])) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

class MailEndToEnd : public PortalTest {
 protected:
  void Configure(std::map<std::string, std::string>& settings) override {
    sink_ = std::make_unique<SmtpSink>(SinkOptions{});
    settings["smtp_url"] = sink_->Url();
    settings["mail_from"] = "ledelsesportalen@rm.test";
    settings["public_url"] = "https://portal.rm.test";
  }

  void SetUp() override {
    PortalTest::SetUp();
    CreateUser("admin@rm.test", {Role::Administrator}, "Ada Admin");
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
  }

  void TearDown() override {
    PortalTest::TearDown();
    sink_.reset();
  }

  void NotifyLene(const std::string& topic) {
    portal().store().Write([&](app::Transaction& tx) {
      return app::Notify(tx, {"lene@rm.test", domain::NotificationCategory::Deadlines, topic,
                              "Lav en aktiveringsplan for Øjensygdomme",
                              "Aktiveringsrunden „Aktivering 2027“ er startet.\nPlanen skal være klar senest "
                              "15.01.2027.",
                              "/aktivering/mine-enheder", app::SystemNow()});
    });
  }

  app::JobOutcome RunMailJob() {
    const auto* job = portal().jobs().Find("beskeder-til-mail");
    EXPECT_NE(job, nullptr);
    return app::RunJob(portal().store(), *job, "test", app::JobStart::Manual, app::SystemNow);
  }

  std::unique_ptr<SmtpSink> sink_;
};

TEST_F(MailEndToEnd, ANotificationArrivesAsADanishMultipartMailWithALinkAndAOneClickUnsubscribe) {
  NotifyLene("runde:1");
  const auto outcome = RunMailJob();
  ASSERT_TRUE(outcome.ok) << outcome.detail;
  EXPECT_THAT(outcome.detail, HasSubstr("1 til mail"));
  EXPECT_THAT(outcome.detail, HasSubstr("1 sendt"));
  const auto messages = sink_->Messages();
  ASSERT_EQ(messages.size(), 1U);
  const auto& mail = messages.front();
  EXPECT_EQ(mail.mail_from, "ledelsesportalen@rm.test");
  ASSERT_EQ(mail.rcpt_tos.size(), 1U);
  EXPECT_EQ(mail.rcpt_tos.front(), "lene@rm.test");
  EXPECT_EQ(Header(mail.data, "From"), "Ledelsesportalen <ledelsesportalen@rm.test>");
  EXPECT_EQ(Header(mail.data, "To"), "lene@rm.test");
  EXPECT_THAT(Header(mail.data, "Subject"), HasSubstr("=?UTF-8?Q?"));
  EXPECT_TRUE(std::regex_match(Header(mail.data, "Date"),
                               std::regex("[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} 20[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} "
                                          "\\+0[12]00")))
      << Header(mail.data, "Date");
  EXPECT_TRUE(std::regex_match(Header(mail.data, "Message-ID"), std::regex("<n[0-9]+\\.[^@]+@portal\\.rm\\.test>")))
      << Header(mail.data, "Message-ID");
  EXPECT_THAT(Header(mail.data, "Content-Type"), HasSubstr("multipart/alternative"));
  EXPECT_EQ(Header(mail.data, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
  const auto unsubscribe = Header(mail.data, "List-Unsubscribe");
  ASSERT_THAT(unsubscribe, ::testing::StartsWith("<https://portal.rm.test/afmeld?adresse=lene%40rm.test&kategori="
                                                 "frister&t="));
  const auto text = DecodeQuotedPrintable(mail.data);
  EXPECT_THAT(text, HasSubstr("Planen skal være klar senest 15.01.2027."));
  EXPECT_THAT(text, HasSubstr("https://portal.rm.test/aktivering/mine-enheder"));
  EXPECT_THAT(text, HasSubstr("<html lang=\"da\">"));

  // The mail program's one-click unsubscribe: a POST to the link, without a login or a form token.
  const auto path = unsubscribe.substr(std::string("<https://portal.rm.test").size(),
                                       unsubscribe.size() - std::string("<https://portal.rm.test").size() - 1);
  auto anonymous = Client();
  const std::map<std::string, std::string> form{{"Content-Type", "application/x-www-form-urlencoded"}};
  EXPECT_EQ(anonymous.Request("POST", path, "List-Unsubscribe=One-Click", form).status, 200);
  EXPECT_EQ(
      anonymous.Request("POST", path.substr(0, path.size() - 3) + "xyz", "List-Unsubscribe=One-Click", form).status,
      404)
      << "a changed token unsubscribes nobody";
  auto lene = SignedInClient("lene@rm.test");
  EXPECT_THAT(lene.Get("/mine-notifikationer").body,
              HasSubstr("id=\"kategori-frister-kun-portalen\" name=\"kategori-frister\" value=\"kun-portalen\" "
                        "class=\"form-radio\" checked>"));
  // The link opened in a browser asks first.
  const auto page = anonymous.Get(path);
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Afmeld mails om „Frister og påmindelser“"));
  EXPECT_EQ(anonymous.Get("/afmeld?adresse=lene%40rm.test&kategori=frister&t=forkert").status, 404);

  // Now in the portal only: the next notification is not mailed.
  NotifyLene("runde:2");
  EXPECT_THAT(RunMailJob().detail, HasSubstr("0 til mail, 0 til samlet mail, 1 kun i portalen"));
  EXPECT_EQ(sink_->Messages().size(), 1U);
}

TEST_F(MailEndToEnd, WhileTheServerIsDownMailsWaitAndGoOutOnceWhenItIsBack) {
  const int port_of_server = sink_->port();
  sink_->Stop();
  NotifyLene("runde:1");
  NotifyLene("runde:2");
  EXPECT_THAT(RunMailJob().detail, HasSubstr("0 sendt, 2 prøves igen, 0 fejlet"));
  auto admin = SignedInClient("admin@rm.test");
  const auto queued = admin.Get("/administration/mail?status=queued").body;
  EXPECT_THAT(queued, HasSubstr("I kø (2)"));
  EXPECT_THAT(queued, HasSubstr("Lav en aktiveringsplan for Øjensygdomme"));

  // Back on the same port; the retry waits its back-off, which a manual run does not skip.
  SinkOptions same_port;
  same_port.port = port_of_server;
  sink_ = std::make_unique<SmtpSink>(same_port);
  EXPECT_THAT(RunMailJob().detail, HasSubstr("0 sendt, 0 prøves igen, 0 fejlet"));
  const auto* job = portal().jobs().Find("beskeder-til-mail");
  ASSERT_NE(job, nullptr);
  const auto later = [] { return app::SystemNow() + std::chrono::minutes{2}; };
  const auto outcome = app::RunJob(portal().store(), *job, "test", app::JobStart::Manual, later);
  EXPECT_THAT(outcome.detail, HasSubstr("2 sendt"));
  EXPECT_EQ(sink_->Messages().size(), 2U);
  const auto again = app::RunJob(portal().store(), *job, "test", app::JobStart::Manual,
                                 [] { return app::SystemNow() + std::chrono::minutes{30}; });
  EXPECT_THAT(again.detail, HasSubstr("0 sendt"));
  EXPECT_EQ(sink_->Messages().size(), 2U) << "none twice";

  const auto overview = admin.Get("/administration/mail?status=sent").body;
  EXPECT_THAT(overview, HasSubstr("Sendt (2)"));
  EXPECT_THAT(overview, HasSubstr("Mail er slået til. Portalen sender gennem smtp://127.0.0.1:"));
  EXPECT_THAT(overview, HasSubstr("beskeder-til-mail"));
  EXPECT_THAT(overview, HasSubstr("hvert minut"));
}

TEST_F(MailEndToEnd, OnlyAdministratorsSeeTheOutbox) {
  EXPECT_EQ(SignedInClient("lene@rm.test").Get("/administration/mail").status, 403);
  auto admin = SignedInClient("admin@rm.test");
  const auto page = admin.Get("/administration/mail?tjek=1");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Mailserveren svarer, og portalen kan logge på."));
  EXPECT_THAT(page.body, HasSubstr("Ingen mails med status „Fejlet“."));
  // The tests' portal runs no scheduler, and the page says so instead of promising that jobs run.
  EXPECT_THAT(page.body, HasSubstr("Planlægningen er slået fra i denne portal"));
  EXPECT_THAT(page.body, Not(HasSubstr("Jobbene kører af sig selv")));
  const auto run = admin.PostForm("/administration/mail/job/oprydning", {{"_csrf", admin.csrf_token()}});
  EXPECT_EQ(run.status, 303);
  EXPECT_THAT(admin.Get("/administration/mail").body, HasSubstr("Jobbet er kørt."));
  EXPECT_EQ(admin.PostForm("/administration/mail/job/findes-ikke", {{"_csrf", admin.csrf_token()}}).status, 404);
}

}  // namespace
}  // namespace lp::testing
