// The mail side of the notifications on the real stores (SQLite and PostgreSQL), with a recording
// transport in place of the SMTP server: dispatch by the person's preferences, sending with leases,
// retries with back-off and failure, resending, unsubscribing, mail switched off; and the scheduler's
// leases and runs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <deque>
#include <mutex>

#include "app/notifications/mail_service.hpp"
#include "app/notifications/notification_service.hpp"
#include "app/notifications/notifier.hpp"
#include "app/platform/jobs.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using domain::NotificationCategory;
using ::testing::HasSubstr;

constexpr long long kNow = 1'796'000'000;  // 30.11.2026

// Answers with the outcomes it is given (then Sent), and keeps what it was asked to send.
class RecordingTransport final : public app::MailTransport {
 public:
  std::deque<app::MailSendKind> answers;
  std::vector<std::pair<std::string, std::string>> sent;  // recipient, message

  app::MailSendOutcome Send(std::string_view, std::string_view to, std::string_view message) override {
    std::lock_guard lock(mutex_);
    sent.emplace_back(std::string(to), std::string(message));
    if (answers.empty()) return {app::MailSendKind::Sent, "250 OK"};
    const auto kind = answers.front();
    answers.pop_front();
    return {kind, kind == app::MailSendKind::Rejected ? "550 5.1.1 no such user" : "421 try later"};
  }
  std::optional<std::string> Check() override { return std::nullopt; }

 private:
  std::mutex mutex_;
};

class MailServiceTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    auto transport = std::make_unique<RecordingTransport>();
    transport_ = transport.get();
    mail_ = std::make_unique<app::OutboundMail>(
        app::MailSettings{"portal@rm.dk", "Ledelsesportalen", "https://portal.rm.dk", "smtp://mail.rm.dk:587"},
        std::move(transport));
    service_ = std::make_unique<app::MailService>(store(), *mail_, [this] { return At(now_); });
    inbox_ = std::make_unique<app::NotificationService>(store(), [this] { return At(now_); });
  }

  void Notify(const std::string& recipient, NotificationCategory category, const std::string& topic) {
    store().Write([&](app::Transaction& tx) {
      return app::Notify(tx, {recipient, category, topic, "Lav en aktiveringsplan for Øjensygdomme",
                              "Planen skal være klar senest 15.01.2027.", "/organisation/enheder/7/plan", At(now_)});
    });
  }

  app::MailCounts Counts() {
    return store().Read([](app::Transaction& tx) { return tx.Get<app::MailRepository>().Counts(); });
  }

  long long now_ = kNow;
  RecordingTransport* transport_ = nullptr;
  std::unique_ptr<app::OutboundMail> mail_;
  std::unique_ptr<app::MailService> service_;
  std::unique_ptr<app::NotificationService> inbox_;
};

TEST_F(MailServiceTest, DispatchFollowsEachPersonsFrequencyAndTheDefaults) {
  Notify("lene@rm.dk", NotificationCategory::Deadlines, "a");  // default: at once
  Notify("lene@rm.dk", NotificationCategory::News, "b");       // default: only in the portal
  Notify("lene@rm.dk", NotificationCategory::Chain, "c");      // default: weekly digest
  domain::User nina;
  nina.id = CreateUser("nina@rm.dk");
  nina.email = "nina@rm.dk";
  std::map<std::string, std::string> choices;
  for (const auto category : domain::kAllNotificationCategories) choices[app::PreferenceField(category)] = "straks";
  choices[app::PreferenceField(NotificationCategory::Deadlines)] = "kun-portalen";
  ASSERT_TRUE(inbox_->SavePreferences(nina, choices, ""));
  Notify("nina@rm.dk", NotificationCategory::Deadlines, "d");
  Notify("nina@rm.dk", NotificationCategory::News, "e");

  EXPECT_EQ(service_->Dispatch(At(now_)), "2 til mail, 1 til samlet mail, 2 kun i portalen");
  EXPECT_EQ(service_->Dispatch(At(now_)), "ingen nye beskeder") << "each notification is dispatched once";
  EXPECT_EQ(Counts().queued, 2);
  EXPECT_EQ(service_->SendDue(At(now_), "proces-a"), "2 sendt, 0 prøves igen, 0 fejlet");
  ASSERT_EQ(transport_->sent.size(), 2U);
  EXPECT_EQ(transport_->sent[0].first, "lene@rm.dk");
  EXPECT_EQ(transport_->sent[1].first, "nina@rm.dk");
  const auto& message = transport_->sent[0].second;
  EXPECT_THAT(message, HasSubstr("Subject: =?UTF-8?Q?"));
  EXPECT_THAT(message, HasSubstr("List-Unsubscribe: "));
  EXPECT_THAT(message, HasSubstr("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
  // The link to the page, once quoted-printable's soft line breaks are undone.
  std::string unfolded = message;
  for (auto at = unfolded.find("=\r\n"); at != std::string::npos; at = unfolded.find("=\r\n", at))
    unfolded.erase(at, 3);
  EXPECT_THAT(unfolded, HasSubstr("https://portal.rm.dk/organisation/enheder/7/plan"));
  EXPECT_THAT(unfolded, HasSubstr("Planen skal v=C3=A6re klar senest 15.01.2027."));
  EXPECT_EQ(Counts().sent, 2);
  EXPECT_EQ(service_->SendDue(At(now_), "proces-a"), "0 sendt, 0 prøves igen, 0 fejlet") << "nothing twice";
}

TEST_F(MailServiceTest, TemporaryFailuresAreRetriedWithBackOffAndGiveUpAfterTheLastAttempt) {
  Notify("lene@rm.dk", NotificationCategory::Deadlines, "a");
  Notify("afvist@rm.dk", NotificationCategory::Deadlines, "b");
  service_->Dispatch(At(now_));
  transport_->answers = {app::MailSendKind::Failed, app::MailSendKind::Rejected};
  EXPECT_EQ(service_->SendDue(At(now_), "proces-a"), "0 sendt, 1 prøves igen, 1 fejlet")
      << "a refused recipient fails at once and does not hold up the other";
  EXPECT_EQ(service_->SendDue(At(now_ + 30), "proces-a"), "0 sendt, 0 prøves igen, 0 fejlet") << "not due yet";
  // Every further attempt fails until the last.
  for (int attempt = 2; attempt <= app::kMaxMailAttempts; ++attempt) {
    transport_->answers = {app::MailSendKind::Failed};
    now_ += 241 * 60;
    const auto result = service_->SendDue(At(now_), "proces-a");
    EXPECT_EQ(result,
              attempt < app::kMaxMailAttempts ? "0 sendt, 1 prøves igen, 0 fejlet" : "0 sendt, 0 prøves igen, 1 fejlet")
        << "attempt " << attempt;
  }
  EXPECT_EQ(Counts().failed, 2);
  EXPECT_EQ(app::MailBackoff(1), std::chrono::minutes{1});
  EXPECT_EQ(app::MailBackoff(3), std::chrono::minutes{15});
  EXPECT_EQ(app::MailBackoff(9), std::chrono::minutes{240});

  // The administrator queues a failed one again; it goes out on the next round.
  const auto overview = service_->Overview(app::MailStatus::Failed, 1);
  ASSERT_EQ(overview.mails.size(), 2U);
  domain::User admin;
  admin.id = CreateUser("admin@rm.dk", {domain::Role::Administrator});
  const auto lenes = overview.mails[0].recipient == "lene@rm.dk" ? overview.mails[0].id : overview.mails[1].id;
  ASSERT_TRUE(service_->Resend(admin, lenes, ""));
  EXPECT_EQ(service_->Resend(admin, lenes, "").error().kind, app::ErrorKind::Conflict) << "no longer failed";
  EXPECT_EQ(service_->SendDue(At(now_), "proces-a"), "1 sendt, 0 prøves igen, 0 fejlet");
}

TEST_F(MailServiceTest, AClaimedMailIsSentByOneProcessAndAnExpiredLeaseIsClaimedAgain) {
  Notify("lene@rm.dk", NotificationCategory::Deadlines, "a");
  service_->Dispatch(At(now_));
  const auto id = store().Read([&](app::Transaction& tx) { return tx.Get<app::MailRepository>().Due(At(now_), 10); });
  ASSERT_EQ(id.size(), 1U);
  const auto claim = [&](const std::string& owner, long long at) {
    return store().Write([&](app::Transaction& tx) {
      return tx.Get<app::MailRepository>().Claim(id[0], owner, At(at), At(at) + app::kMailLease);
    });
  };
  ASSERT_TRUE(claim("proces-a", kNow));
  EXPECT_FALSE(claim("proces-b", kNow + 10)) << "held by proces-a";
  // proces-a dies after the server's 250 and before marking it sent: after the lease another process
  // sends it again (at least once; see MailService).
  const auto again = claim("proces-b", kNow + 301);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->attempts, 2);
  const auto mark_sent = [&](const std::string& owner) {
    return store().Write(
        [&](app::Transaction& tx) { return tx.Get<app::MailRepository>().MarkSent(id[0], owner, At(kNow + 302)); });
  };
  EXPECT_FALSE(mark_sent("proces-a")) << "a lease lost is a lease lost";
  EXPECT_TRUE(mark_sent("proces-b"));
}

TEST_F(MailServiceTest, WithMailOffEverythingStaysInThePortal) {
  app::OutboundMail off({"", "Ledelsesportalen", "http://127.0.0.1:8080", ""}, nullptr);
  app::MailService service(store(), off, [this] { return At(now_); });
  Notify("lene@rm.dk", NotificationCategory::Deadlines, "a");
  EXPECT_EQ(service.Dispatch(At(now_)), "0 til mail, 0 til samlet mail, 1 kun i portalen");
  EXPECT_EQ(service.SendDue(At(now_), "proces-a"), "mail er slået fra");
  EXPECT_EQ(service.CheckServer(), "Mail er slået fra: LP_SMTP_URL er ikke sat.");
  EXPECT_EQ(service.SendTestMail("lene@rm.dk", "proces-a").error().kind, app::ErrorKind::Conflict);
}

TEST_F(MailServiceTest, TheUnsubscribeLinkWorksOnlyWithItsOwnToken) {
  const auto token = service_->UnsubscribeToken("lene@rm.dk", "frister");
  EXPECT_EQ(token, service_->UnsubscribeToken("lene@rm.dk", "frister")) << "stable";
  EXPECT_NE(token, service_->UnsubscribeToken("lene@rm.dk", "nyt"));
  EXPECT_NE(token, service_->UnsubscribeToken("bo@rm.dk", "frister"));
  EXPECT_FALSE(service_->Unsubscribe("lene@rm.dk", "nyt", token));
  EXPECT_FALSE(service_->Unsubscribe("lene@rm.dk", "frister", ""));
  EXPECT_FALSE(service_->Unsubscribe("lene@rm.dk", "ukendt", service_->UnsubscribeToken("lene@rm.dk", "ukendt")));
  ASSERT_TRUE(service_->Unsubscribe("Lene@RM.dk", "frister", token));
  domain::User lene;
  lene.email = "lene@rm.dk";
  const auto preferences = inbox_->Preferences(lene);
  EXPECT_EQ(preferences.front().category, NotificationCategory::Deadlines);
  EXPECT_EQ(preferences.front().frequency, domain::DeliveryFrequency::PortalOnly);
  EXPECT_THAT(service_->UnsubscribeLink("lene@rm.dk", "frister"),
              HasSubstr("https://portal.rm.dk/afmeld?adresse=lene%40rm.dk&kategori=frister&t="));
}

TEST_F(MailServiceTest, DigestsGatherWhatWaitsIntoOneMailPerPersonAndFrequency) {
  domain::User lene;
  lene.id = CreateUser("lene@rm.dk");
  lene.email = "lene@rm.dk";
  std::map<std::string, std::string> choices;
  for (const auto category : domain::kAllNotificationCategories) choices[app::PreferenceField(category)] = "dagligt";
  choices[app::PreferenceField(NotificationCategory::Chain)] = "ugentligt";
  ASSERT_TRUE(inbox_->SavePreferences(lene, choices, ""));
  Notify("lene@rm.dk", NotificationCategory::Deadlines, "a");
  Notify("lene@rm.dk", NotificationCategory::News, "b");
  Notify("lene@rm.dk", NotificationCategory::Chain, "c");
  EXPECT_EQ(service_->Dispatch(At(now_)), "0 til mail, 3 til samlet mail, 0 kun i portalen");
  EXPECT_EQ(service_->SendDigests(domain::DeliveryFrequency::Daily, At(now_)), "1 samlede mails med 2 beskeder");
  EXPECT_EQ(service_->SendDigests(domain::DeliveryFrequency::Daily, At(now_)), "0 samlede mails med 0 beskeder")
      << "each notification in one digest";
  EXPECT_EQ(service_->SendDigests(domain::DeliveryFrequency::Weekly, At(now_)), "1 samlede mails med 1 besked");
  EXPECT_EQ(service_->SendDue(At(now_), "proces-a"), "2 sendt, 0 prøves igen, 0 fejlet");
  ASSERT_EQ(transport_->sent.size(), 2U);
  EXPECT_THAT(transport_->sent[0].second, HasSubstr("Dagligt overblik fra Ledelsesportalen: 2 beskeder"));
  EXPECT_THAT(transport_->sent[0].second, HasSubstr("kategori=dagligt"));
  EXPECT_THAT(transport_->sent[1].second, HasSubstr("Ugentligt overblik fra Ledelsesportalen: 1 besked"));

  // Unsubscribing from the daily digest sets every daily category to the portal only.
  ASSERT_TRUE(service_->Unsubscribe("lene@rm.dk", "dagligt", service_->UnsubscribeToken("lene@rm.dk", "dagligt")));
  for (const auto& preference : inbox_->Preferences(lene)) {
    EXPECT_EQ(preference.frequency, preference.category == NotificationCategory::Chain
                                        ? domain::DeliveryFrequency::Weekly
                                        : domain::DeliveryFrequency::PortalOnly);
  }
}

TEST_F(MailServiceTest, AJobRunsOnceWhenDueWhateverTheNumberOfProcessesAndEveryRunIsRecorded) {
  int runs = 0;
  const app::Job job{"proeve", "Et job til prøve", app::JobSchedule::Every(std::chrono::minutes{10}),
                     [&](domain::Timestamp) {
                       ++runs;
                       if (runs == 3) throw std::runtime_error("noget gik galt");
                       return std::string("ok ") + std::to_string(runs);
                     },
                     std::chrono::minutes{5}};
  const auto clock = [this] { return At(now_); };
  EXPECT_TRUE(app::RunJob(store(), job, "proces-a", app::JobStart::Schedule, clock).ran);
  EXPECT_FALSE(app::RunJob(store(), job, "proces-b", app::JobStart::Schedule, clock).ran) << "ran already";
  now_ += 599;
  EXPECT_FALSE(app::RunJob(store(), job, "proces-b", app::JobStart::Schedule, clock).ran) << "not due yet";
  now_ += 1;
  EXPECT_TRUE(app::RunJob(store(), job, "proces-b", app::JobStart::Schedule, clock).ran);
  EXPECT_EQ(runs, 2);
  // A run by hand is not held back by the schedule, and a failure is recorded as one.
  const auto failed = app::RunJob(store(), job, "proces-a", app::JobStart::Manual, clock);
  EXPECT_TRUE(failed.ran);
  EXPECT_FALSE(failed.ok);
  EXPECT_EQ(failed.detail, "noget gik galt");
  // While one process holds the lease, no other takes it.
  ASSERT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::JobRepository>().TryLease("proeve", "proces-a", At(now_), At(now_ + 300), std::nullopt);
  }));
  EXPECT_FALSE(app::RunJob(store(), job, "proces-b", app::JobStart::Manual, clock).ran);
  now_ += 301;  // the holder died; the lease expires
  EXPECT_TRUE(app::RunJob(store(), job, "proces-b", app::JobStart::Manual, clock).ran);

  const auto recorded =
      store().Read([](app::Transaction& tx) { return tx.Get<app::JobRepository>().RecentRuns("proeve", 10); });
  ASSERT_EQ(recorded.size(), 4U);
  EXPECT_EQ(recorded.front().owner, "proces-b");
  EXPECT_EQ(recorded.front().started_by, app::JobStart::Manual);
  EXPECT_EQ(recorded[1].ok, false);
  EXPECT_EQ(recorded[1].detail, "noget gik galt");
  EXPECT_EQ(recorded.back().detail, "ok 1");
  EXPECT_EQ(recorded.back().started_by, app::JobStart::Schedule);
}

TEST(JobSchedule, DueTimesFollowCopenhagenWallClockTime) {
  using std::chrono::minutes;
  const auto daily = app::JobSchedule::DailyAt(6, 0);
  // 05.12.2026 05:59 Copenhagen (04:59 UTC) – yesterday's 06:00 is the latest due moment.
  const auto before_six = At(1'796'446'740);
  const auto due = app::DueSince(daily, std::nullopt, before_six);
  ASSERT_TRUE(due);
  EXPECT_EQ(domain::FormatDateTime(*due), "04.12.2026 kl. 06:00");
  EXPECT_FALSE(app::DueSince(daily, *due, before_six)) << "ran at yesterday's time";
  EXPECT_TRUE(app::DueSince(daily, *due, before_six + minutes{1}));
  const auto weekly = app::JobSchedule::WeeklyAt(std::chrono::Monday, 6, 0);
  EXPECT_EQ(domain::FormatDateTime(*app::DueSince(weekly, std::nullopt, before_six)), "30.11.2026 kl. 06:00");
  // Summer time: 06:00 in July is 04:00 UTC.
  const auto july = At(1'783'310'400);  // 06.07.2026 04:00 UTC = 06:00 Copenhagen
  EXPECT_EQ(domain::FormatDateTime(*app::DueSince(daily, std::nullopt, july)), "06.07.2026 kl. 06:00");
  EXPECT_EQ(app::DescribeSchedule(daily), "dagligt kl. 06:00");
  EXPECT_EQ(app::DescribeSchedule(weekly), "mandag kl. 06:00");
  EXPECT_EQ(app::DescribeSchedule(app::JobSchedule::Every(minutes{1})), "hvert minut");
  EXPECT_EQ(app::DescribeSchedule(app::JobSchedule::Every(minutes{60})), "hver time");
}

}  // namespace
}  // namespace lp::storage_test
