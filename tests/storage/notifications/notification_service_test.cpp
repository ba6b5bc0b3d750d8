// The notifications on the real stores (SQLite and PostgreSQL): the outbox written in the caller's
// transaction (and rolled back with it), the repeat rules of reminders, the inbox with its unread
// count and reading, and the preferences.
#include <gtest/gtest.h>

#include <stdexcept>

#include "app/notifications/notification_service.hpp"
#include "app/notifications/notifier.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using domain::NotificationCategory;

constexpr long long kNow = 1'796'000'000;  // 30.11.2026

class NotificationTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    service_ = std::make_unique<app::NotificationService>(store(), [this] { return At(now_); });
  }

  domain::User UserWith(const std::string& email) {
    domain::User user;
    user.id = CreateUser(email, {domain::Role::Leder});
    user.email = email;
    user.name = email;
    user.roles = {domain::Role::Leder};
    return user;
  }

  app::NewNotification About(std::string recipient, std::string topic, std::string subject) const {
    return {std::move(recipient),
            NotificationCategory::Deadlines,
            std::move(topic),
            std::move(subject),
            "Fristen er 15.01.2027.",
            "/aktivering",
            At(now_)};
  }

  bool Notify(const app::NewNotification& notification, app::Repeat repeat = app::Repeat::Always,
              std::chrono::hours quiet = std::chrono::hours{domain::kDefaultReminderQuietHours}) {
    return store().Write([&](app::Transaction& tx) { return app::Notify(tx, notification, repeat, quiet); });
  }

  long long now_ = kNow;
  std::unique_ptr<app::NotificationService> service_;
};

TEST_F(NotificationTest, ANotificationCommitsWithTheChangeAndIsGoneWhenTheChangeRollsBack) {
  const auto lene = UserWith("lene@rm.dk");
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    app::Notify(tx, About("lene@rm.dk", "aktivering:runde:1", "Lav en plan"));
    throw std::runtime_error("the change failed after the notification was written");
    return 0;
  }),
               std::runtime_error);
  EXPECT_EQ(service_->UnreadCount(lene), 0);
  EXPECT_TRUE(Notify(About(" Lene@RM.dk ", "aktivering:runde:1", "Lav en plan")));
  EXPECT_EQ(service_->UnreadCount(lene), 1) << "the address is normalised like a login's";
}

TEST_F(NotificationTest, RepeatRulesDropWhatThePersonAlreadyGot) {
  const auto lene = UserWith("lene@rm.dk");
  EXPECT_TRUE(Notify(About("lene@rm.dk", "runde:1", "Runden er startet"), app::Repeat::OncePerTopic));
  EXPECT_FALSE(Notify(About("lene@rm.dk", "runde:1", "Runden er startet"), app::Repeat::OncePerTopic));
  EXPECT_TRUE(Notify(About("lene@rm.dk", "runde:2", "Runden er startet"), app::Repeat::OncePerTopic));

  // A reminder: once per stage of a thing, and nothing about the same thing within the quiet interval.
  EXPECT_TRUE(Notify(About("lene@rm.dk", "aktivitet:7/snart:2026-12-10", "Snart"), app::Repeat::Reminder));
  EXPECT_FALSE(Notify(About("lene@rm.dk", "aktivitet:7/snart:2026-12-10", "Snart"), app::Repeat::Reminder))
      << "the same stage";
  now_ += 3600 * (domain::kDefaultReminderQuietHours - 1);
  EXPECT_FALSE(Notify(About("lene@rm.dk", "aktivitet:7/snart:2026-12-12", "Flyttet"), app::Repeat::Reminder))
      << "a new stage of the same thing, within the quiet interval";
  EXPECT_TRUE(Notify(About("lene@rm.dk", "aktivitet:70/snart:2026-12-12", "En anden"), app::Repeat::Reminder))
      << "aktivitet:70 is another thing, though its topic starts like aktivitet:7";
  EXPECT_TRUE(Notify(About("bo@rm.dk", "aktivitet:7/snart:2026-12-12", "Bo"), app::Repeat::Reminder))
      << "another person";
  now_ += 3600;
  EXPECT_TRUE(Notify(About("lene@rm.dk", "aktivitet:7/snart:2026-12-12", "Flyttet"), app::Repeat::Reminder));
  EXPECT_FALSE(Notify(About("lene@rm.dk", "aktivitet:7/overskredet:2026-51", "Overskredet"), app::Repeat::Reminder,
                      std::chrono::hours{24}))
      << "a quiet interval of 24 hours: the last reminder about aktivitet:7 was just now";
  now_ += 3600 * 24;
  EXPECT_TRUE(Notify(About("lene@rm.dk", "aktivitet:7/overskredet:2026-51", "Overskredet"), app::Repeat::Reminder,
                     std::chrono::hours{24}));
  EXPECT_TRUE(Notify(About("lene@rm.dk", "aktivitet:7/overskredet:2026-51", "Igen")));  // Always
  EXPECT_FALSE(Notify(About("", "plan:frist", "Ingen adresse")));
  EXPECT_FALSE(Notify(About("ikke-en-adresse", "plan:frist", "Ingen adresse")));
  EXPECT_EQ(service_->Inbox(lene, 1).total, 7);
}

TEST_F(NotificationTest, TheInboxIsNewestFirstPagedAndOnlyTheRecipientsOwn) {
  const auto lene = UserWith("lene@rm.dk");
  const auto bo = UserWith("bo@rm.dk");
  for (int i = 1; i <= 30; ++i) {
    now_ = kNow + i;
    Notify(About("lene@rm.dk", "emne:" + std::to_string(i), "Besked " + std::to_string(i)));
  }
  Notify(About("bo@rm.dk", "emne:bo", "Til Bo"));
  const auto first = service_->Inbox(lene, 1);
  EXPECT_EQ(first.total, 30);
  EXPECT_EQ(first.unread, 30);
  ASSERT_EQ(first.items.size(), app::kInboxPageSize);
  EXPECT_EQ(first.items.front().subject, "Besked 30");
  EXPECT_EQ(first.span.pages, 2U);
  const auto second = service_->Inbox(lene, 2);
  ASSERT_EQ(second.items.size(), 5U);
  EXPECT_EQ(second.items.back().subject, "Besked 1");
  EXPECT_EQ(service_->Inbox(lene, 99).span.page, 2U) << "a page past the end shows the last";

  // Opening marks read once; someone else's message does not exist for Bo.
  const auto id = first.items.front().id;
  EXPECT_FALSE(service_->Open(bo, id));
  EXPECT_EQ(service_->Open(bo, id).error().kind, app::ErrorKind::NotFound);
  EXPECT_EQ(service_->UnreadCount(lene), 30);
  now_ = kNow + 1000;
  const auto opened = service_->Open(lene, id);
  ASSERT_TRUE(opened);
  EXPECT_EQ(opened->read_at, At(kNow + 1000));
  now_ = kNow + 2000;
  EXPECT_EQ(service_->Open(lene, id)->read_at, At(kNow + 1000)) << "the first reading stays";
  EXPECT_EQ(service_->UnreadCount(lene), 29);
  EXPECT_EQ(service_->MarkAllRead(lene), 29);
  EXPECT_EQ(service_->UnreadCount(lene), 0);
  EXPECT_EQ(service_->UnreadCount(bo), 1);
}

TEST_F(NotificationTest, PreferencesStartAtTheDefaultsAndAreSavedWholeOrNotAtAll) {
  const auto lene = UserWith("lene@rm.dk");
  auto preferences = service_->Preferences(lene);
  ASSERT_EQ(preferences.size(), domain::kAllNotificationCategories.size());
  for (const auto& preference : preferences) {
    EXPECT_FALSE(preference.chosen);
    EXPECT_EQ(preference.frequency, domain::DefaultFrequency(preference.category));
  }
  std::map<std::string, std::string> choices;
  for (const auto category : domain::kAllNotificationCategories) choices[app::PreferenceField(category)] = "ugentligt";
  choices[app::PreferenceField(NotificationCategory::News)] = "hver-time";
  const auto refused = service_->SavePreferences(lene, choices, "");
  ASSERT_FALSE(refused);
  ASSERT_EQ(refused.error().field_errors.size(), 1U);
  EXPECT_EQ(refused.error().field_errors.front().field, "kategori-nyt");
  EXPECT_EQ(refused.error().field_errors.front().message,
            "Vælg, hvordan du vil have besked om „Nyt fra mine enheder“.");
  EXPECT_FALSE(service_->Preferences(lene).front().chosen) << "nothing is saved when one choice is wrong";

  choices[app::PreferenceField(NotificationCategory::News)] = "straks";
  ASSERT_TRUE(service_->SavePreferences(lene, choices, ""));
  preferences = service_->Preferences(lene);
  for (const auto& preference : preferences) {
    EXPECT_TRUE(preference.chosen);
    EXPECT_EQ(preference.frequency, preference.category == NotificationCategory::News
                                        ? domain::DeliveryFrequency::Immediately
                                        : domain::DeliveryFrequency::Weekly);
  }
  // Saving again replaces the choices.
  for (auto& [field, value] : choices) value = "kun-portalen";
  ASSERT_TRUE(service_->SavePreferences(lene, choices, ""));
  for (const auto& preference : service_->Preferences(lene)) {
    EXPECT_EQ(preference.frequency, domain::DeliveryFrequency::PortalOnly);
  }
}

}  // namespace
}  // namespace lp::storage_test
