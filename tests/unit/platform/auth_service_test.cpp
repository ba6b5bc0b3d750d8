#include "app/platform/auth_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <string>
#include <vector>

#include "app/platform/security.hpp"
#include "unit/fakes.hpp"

namespace lp::app {
namespace {

using ::testing::HasSubstr;

using namespace std::chrono_literals;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::SizeIs;

constexpr const char* kPassword = "korrekt-hest-batteri";
constexpr const char* kAddress = "192.0.2.10";

AuthSettings TestSettings() {
  AuthSettings settings;
  settings.idle_timeout = 2h;
  settings.absolute_timeout = 12h;
  settings.throttle_window = 15min;
  settings.max_failures_per_account = 3;
  settings.max_failures_per_address = 5;
  settings.touch_interval = 60s;
  // The interactive cost is production's, and LoginRehashesAPasswordStoredWithWeakerParameters
  // holds it to that; every other test hashes at the minimal cost to stay fast under the sanitizers.
  settings.password_hash_cost = PasswordHashCost::Minimal;
  return settings;
}

std::vector<std::string> Fields(const Error& error) {
  std::vector<std::string> fields;
  for (const auto& field_error : error.field_errors) fields.push_back(field_error.field);
  return fields;
}

class AuthServiceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { InitialiseCrypto(); }

  domain::UserId CreateUser(const std::string& email, const std::string& password = kPassword,
                            std::vector<domain::Role> roles = {domain::Role::Leder}) {
    auto created = auth_.CreateAccount({email, "Anna Bøgh", std::move(roles), password});
    if (!created) ADD_FAILURE() << "could not create " << email << ": " << created.error().message;
    return created ? created.value() : 0;
  }

  Result<StartedSession> Login(const std::string& email, const std::string& password = kPassword,
                               const std::string& address = kAddress) {
    return auth_.Login({email, password, address, "Firefox/140.0"});
  }

  StartedSession LoginOrFail(const std::string& email) {
    auto started = Login(email);
    if (!started) {
      ADD_FAILURE() << "login failed: " << started.error().message;
      return {};
    }
    return std::move(started.value());
  }

  long long Failures(ThrottleKey kind, const std::string& key) {
    return std::ranges::count_if(store_.data().login_failures,
                                 [&](const auto& failure) { return failure.kind == kind && failure.key == key; });
  }

  std::vector<std::string> AuditActions() {
    std::vector<std::string> actions;
    for (const auto& event : store_.data().audit) actions.push_back(event.action);
    return actions;
  }

  const SessionRecord* StoredSession(const std::string& token) {
    const auto it = store_.data().sessions.find(Sha256Hex(token));
    return it == store_.data().sessions.end() ? nullptr : &it->second;
  }

  UserWithCredentials& StoredUser(domain::UserId id) {
    const auto it = std::ranges::find_if(store_.data().users, [&](const auto& row) { return row.user.id == id; });
    if (it == store_.data().users.end()) throw std::logic_error("no such user");
    return *it;
  }

  domain::Timestamp now_ = domain::FromUnixSeconds(1'780'000'000);
  test::FakeStore store_;
  AuthService auth_{store_, TestSettings(), [this] { return now_; }};
};

// ---- Login -----------------------------------------------------------------------------------

TEST_F(AuthServiceTest, LoginStartsASessionStoredOnlyByTheHashOfItsToken) {
  const auto id = CreateUser("anna@rm.dk");

  const auto started = Login("anna@rm.dk");

  ASSERT_TRUE(started.ok()) << started.error().message;
  EXPECT_EQ(started->user.id, id);
  EXPECT_EQ(started->token.size(), 43U);
  EXPECT_EQ(started->expires_at, now_ + 12h);
  ASSERT_EQ(store_.data().sessions.size(), 1U);
  EXPECT_EQ(store_.data().sessions.count(started->token), 0U);
  const auto* record = StoredSession(started->token);
  ASSERT_NE(record, nullptr);
  EXPECT_EQ(record->user_id, id);
  EXPECT_EQ(record->auth_method, "local");
  EXPECT_EQ(record->created_at, now_);
  EXPECT_EQ(record->last_seen_at, now_);
  EXPECT_EQ(record->expires_at, now_ + 12h);
  EXPECT_EQ(record->user_agent, "Firefox/140.0");
  EXPECT_EQ(record->remote_address, kAddress);
  EXPECT_EQ(AuditActions().back(), "login.succeeded");
}

TEST_F(AuthServiceTest, LoginGivesEverySessionItsOwnToken) {
  CreateUser("anna@rm.dk");

  const auto first = LoginOrFail("anna@rm.dk");
  const auto second = LoginOrFail("anna@rm.dk");

  EXPECT_NE(first.token, second.token);
  EXPECT_EQ(store_.data().sessions.size(), 2U);
}

TEST_F(AuthServiceTest, LoginNormalisesTheEmailAddress) {
  const auto id = CreateUser("anna@rm.dk");

  const auto started = Login("  Anna@RM.dk\t");

  ASSERT_TRUE(started.ok()) << started.error().message;
  EXPECT_EQ(started->user.id, id);
}

TEST_F(AuthServiceTest, LoginAsksForBothFieldsWhenTheyAreEmptyWithoutTouchingTheStore) {
  const int writes_before = store_.writes();

  const auto result = Login("   ", "");

  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Invalid);
  EXPECT_THAT(Fields(result.error()), ElementsAre("email", "password"));
  EXPECT_EQ(store_.writes(), writes_before);
  EXPECT_THAT(store_.data().login_failures, IsEmpty());
}

TEST_F(AuthServiceTest, LoginRefusesAPasswordLongerThan1024BytesBeforeHashingIt) {
  CreateUser("anna@rm.dk");

  const auto result = Login("anna@rm.dk", std::string(1025, 'x'));

  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Invalid);
  EXPECT_THAT(Fields(result.error()), ElementsAre("password"));
  EXPECT_EQ(Failures(ThrottleKey::Account, "anna@rm.dk"), 0);
}

TEST_F(AuthServiceTest, LoginGivesTheSameErrorForAnUnknownAccountAndAWrongPassword) {
  CreateUser("anna@rm.dk");

  const auto unknown = Login("ukendt@rm.dk");
  const auto wrong = Login("anna@rm.dk", "forkert-adgangskode");

  ASSERT_FALSE(unknown.ok());
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(unknown.error().kind, ErrorKind::Unauthenticated);
  EXPECT_EQ(wrong.error().kind, ErrorKind::Unauthenticated);
  EXPECT_EQ(unknown.error().message, wrong.error().message);
  EXPECT_THAT(unknown.error().field_errors, IsEmpty());
  EXPECT_THAT(wrong.error().field_errors, IsEmpty());
  EXPECT_THAT(store_.data().sessions, IsEmpty());
}

TEST_F(AuthServiceTest, LoginRecordsAFailureForTheAccountAndTheAddress) {
  const auto id = CreateUser("anna@rm.dk");

  ASSERT_FALSE(Login("Anna@rm.dk", "forkert-adgangskode").ok());
  ASSERT_FALSE(Login("ukendt@rm.dk", "forkert-adgangskode").ok());

  EXPECT_EQ(Failures(ThrottleKey::Account, "anna@rm.dk"), 1);
  EXPECT_EQ(Failures(ThrottleKey::Account, "ukendt@rm.dk"), 1);
  EXPECT_EQ(Failures(ThrottleKey::Address, kAddress), 2);
  const auto& audit = store_.data().audit;
  ASSERT_THAT(audit, SizeIs(3));  // user.created, then two failures
  EXPECT_EQ(audit[1].action, "login.failed");
  EXPECT_EQ(audit[1].actor_user_id, id);
  EXPECT_EQ(audit[1].subject, "email:anna@rm.dk");
  EXPECT_EQ(audit[2].action, "login.failed");
  EXPECT_EQ(audit[2].actor_user_id, std::nullopt);
}

TEST_F(AuthServiceTest, LoginThrottlesAnAccountAfterTooManyFailuresEvenWithTheRightPassword) {
  CreateUser("anna@rm.dk");
  for (int i = 0; i < 3; ++i) ASSERT_FALSE(Login("anna@rm.dk", "forkert-adgangskode").ok());

  const auto result = Login("anna@rm.dk");

  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Throttled);
  EXPECT_THAT(store_.data().sessions, IsEmpty());
  EXPECT_EQ(AuditActions().back(), "login.throttled");
}

TEST_F(AuthServiceTest, LoginThrottlingOfOneAccountLeavesOtherAccountsAlone) {
  CreateUser("anna@rm.dk");
  CreateUser("bo@rm.dk");
  for (int i = 0; i < 3; ++i) ASSERT_FALSE(Login("anna@rm.dk", "forkert-adgangskode").ok());

  EXPECT_TRUE(Login("bo@rm.dk").ok());
}

TEST_F(AuthServiceTest, LoginThrottlesAnAddressAfterTooManyFailuresAcrossAccounts) {
  CreateUser("anna@rm.dk");
  for (int i = 0; i < 5; ++i) {
    ASSERT_FALSE(Login("ukendt" + std::to_string(i) + "@rm.dk", "forkert-adgangskode").ok());
  }

  const auto from_same = Login("anna@rm.dk");
  const auto from_other = Login("anna@rm.dk", kPassword, "198.51.100.7");

  ASSERT_FALSE(from_same.ok());
  EXPECT_EQ(from_same.error().kind, ErrorKind::Throttled);
  EXPECT_TRUE(from_other.ok());
}

// Issue 14.8: failures grow a delay for the pair of account and address, never a lock.
TEST_F(AuthServiceTest, LoginDelaysDoubleWithEachFailureAndEndWhenTheyHavePassed) {
  CreateUser("anna@rm.dk");
  for (int i = 0; i < 3; ++i) ASSERT_FALSE(Login("anna@rm.dk", "forkert-adgangskode").ok());
  for (const auto delay : {1s, 2s, 4s, 8s}) {
    const auto waiting = Login("anna@rm.dk");
    ASSERT_FALSE(waiting.ok());
    EXPECT_EQ(waiting.error().kind, ErrorKind::Throttled);
    EXPECT_EQ(waiting.error().retry_after, delay);
    now_ += delay;
    const auto wrong = Login("anna@rm.dk", "forkert-adgangskode");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::Unauthenticated) << "the delay had passed: the password was checked";
  }
  const auto waiting = Login("anna@rm.dk");
  ASSERT_FALSE(waiting.ok());
  EXPECT_EQ(waiting.error().retry_after, 16s);
  EXPECT_THAT(waiting.error().message, HasSubstr("Vent 16 sekunder"));
  now_ += 16s;
  EXPECT_TRUE(Login("anna@rm.dk").ok());
}

TEST_F(AuthServiceTest, AStrangersFailuresNeverKeepTheOwnerOutFromAnotherAddress) {
  CreateUser("anna@rm.dk");
  for (int i = 0; i < 20; ++i) {
    now_ += 1h;  // however slowly or quickly the stranger guesses
    (void)Login("anna@rm.dk", "gaet-" + std::to_string(i), "203.0.113.66");
  }
  EXPECT_GE(Failures(ThrottleKey::Account, "anna@rm.dk"), 3);
  EXPECT_TRUE(Login("anna@rm.dk", kPassword, "198.51.100.7").ok());
}

TEST_F(AuthServiceTest, AnAddressThatFailsForManyAccountsWaitsAtMostAMinute) {
  CreateUser("anna@rm.dk");
  for (int i = 0; i < 25; ++i) {
    const auto failed = Login("ukendt" + std::to_string(i) + "@rm.dk", "forkert-adgangskode");
    ASSERT_EQ(failed.error().kind, ErrorKind::Unauthenticated) << "each attempt comes after the delay";
    now_ += 61s;
  }
  now_ -= 61s;  // right after the last failure: 15 in the window, 10 over the limit
  const auto waiting = Login("anna@rm.dk");
  ASSERT_FALSE(waiting.ok());
  EXPECT_EQ(waiting.error().kind, ErrorKind::Throttled);
  EXPECT_EQ(waiting.error().retry_after, 60s) << "1,024 s, capped at a minute";
  now_ += waiting.error().retry_after;
  EXPECT_TRUE(Login("anna@rm.dk").ok()) << "people behind one shared address are slowed, not locked out";
}

TEST_F(AuthServiceTest, LoginClearsTheAccountsFailuresWhenItSucceeds) {
  CreateUser("anna@rm.dk");
  for (int i = 0; i < 2; ++i) ASSERT_FALSE(Login("anna@rm.dk", "forkert-adgangskode").ok());

  ASSERT_TRUE(Login("anna@rm.dk").ok());

  EXPECT_EQ(Failures(ThrottleKey::Account, "anna@rm.dk"), 0);
  EXPECT_EQ(Failures(ThrottleKey::Address, kAddress), 2);  // the address keeps its record
  for (int i = 0; i < 2; ++i) ASSERT_FALSE(Login("anna@rm.dk", "forkert-adgangskode").ok());
  EXPECT_TRUE(Login("anna@rm.dk").ok());
}

TEST_F(AuthServiceTest, LoginRefusesAnInactiveUserWithTheGenericError) {
  const auto id = CreateUser("anna@rm.dk");
  StoredUser(id).user.active = false;

  const auto result = Login("anna@rm.dk");

  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Unauthenticated);
  EXPECT_EQ(result.error().message, Login("ukendt@rm.dk").error().message);
  EXPECT_THAT(store_.data().sessions, IsEmpty());
}

TEST_F(AuthServiceTest, LoginRefusesAnAccountWithoutAPassword) {
  CreateUser("sso@rm.dk", "");

  const auto result = Login("sso@rm.dk", "hvad-som-helst-123");

  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Unauthenticated);
}

// The one test of the production cost: default settings hash at libsodium's interactive limits
// (opslimit 2, memlimit 64 MiB) and a login re-hashes a password stored with weaker parameters.
TEST_F(AuthServiceTest, LoginRehashesAPasswordStoredWithWeakerParameters) {
  AuthSettings production = TestSettings();
  production.password_hash_cost = AuthSettings{}.password_hash_cost;
  AuthService auth{store_, production, [this] { return now_; }};
  const auto created = auth.CreateAccount({"anna@rm.dk", "Anna Bøgh", {domain::Role::Leder}, kPassword});
  ASSERT_TRUE(created.ok()) << created.error().message;
  const auto id = created.value();
  ASSERT_TRUE(StoredUser(id).password_hash.has_value());
  EXPECT_TRUE(StoredUser(id).password_hash->starts_with("$argon2id$v=19$m=65536,t=2,p=1$"))
      << *StoredUser(id).password_hash;
  std::array<char, crypto_pwhash_STRBYTES> weak{};
  ASSERT_EQ(crypto_pwhash_str_alg(weak.data(), kPassword, std::char_traits<char>::length(kPassword),
                                  crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13),
            0);
  StoredUser(id).password_hash = std::string(weak.data());
  ASSERT_TRUE(PasswordNeedsRehash(*StoredUser(id).password_hash));

  ASSERT_TRUE(auth.Login({"anna@rm.dk", kPassword, kAddress, "Firefox/140.0"}).ok());

  const auto& stored = *StoredUser(id).password_hash;
  EXPECT_NE(stored, std::string(weak.data()));
  EXPECT_FALSE(PasswordNeedsRehash(stored));
  EXPECT_TRUE(stored.starts_with("$argon2id$v=19$m=65536,t=2,p=1$")) << stored;
  EXPECT_TRUE(VerifyPassword(stored, kPassword));
}

TEST_F(AuthServiceTest, LoginTruncatesALongUserAgentWithoutSplittingACharacter) {
  CreateUser("anna@rm.dk");
  const std::string agent = std::string(199, 'a') + "\xC3\xA6" + "bbbb";  // "æ" straddles byte 200

  const auto started = auth_.Login({"anna@rm.dk", kPassword, kAddress, agent});

  ASSERT_TRUE(started.ok());
  EXPECT_EQ(StoredSession(started->token)->user_agent, std::string(199, 'a'));
}

// ---- Resume ----------------------------------------------------------------------------------

TEST_F(AuthServiceTest, ResumeFindsTheUserOfALiveSession) {
  const auto id = CreateUser("anna@rm.dk");
  const auto started = LoginOrFail("anna@rm.dk");

  const auto current = auth_.Resume(started.token);

  ASSERT_TRUE(current.has_value());
  EXPECT_EQ(current->user.id, id);
  EXPECT_EQ(current->user.email, "anna@rm.dk");
  EXPECT_EQ(current->record.token_hash, Sha256Hex(started.token));
}

TEST_F(AuthServiceTest, ResumeRefusesUnknownEmptyAndOverlongTokens) {
  CreateUser("anna@rm.dk");
  const auto started = LoginOrFail("anna@rm.dk");

  EXPECT_FALSE(auth_.Resume(RandomToken()).has_value());
  EXPECT_FALSE(auth_.Resume("").has_value());
  EXPECT_FALSE(auth_.Resume(started.token + std::string(100, 'x')).has_value());
  // The stored hash itself is not a token.
  EXPECT_FALSE(auth_.Resume(Sha256Hex(started.token)).has_value());
}

TEST_F(AuthServiceTest, ResumeKeepsASessionIdleForExactlyTheIdleTimeoutAndEndsItOneSecondLater) {
  CreateUser("anna@rm.dk");
  const auto first = LoginOrFail("anna@rm.dk");
  const auto second = LoginOrFail("anna@rm.dk");

  now_ += 2h;
  EXPECT_TRUE(auth_.Resume(first.token).has_value());

  now_ += 1s;
  EXPECT_FALSE(auth_.Resume(second.token).has_value());
  EXPECT_EQ(StoredSession(second.token), nullptr);
}

TEST_F(AuthServiceTest, ResumeEndsAnActiveSessionAtItsAbsoluteExpiry) {
  CreateUser("anna@rm.dk");
  const auto started = LoginOrFail("anna@rm.dk");

  for (int hour = 1; hour < 12; ++hour) {
    now_ += 1h;
    ASSERT_TRUE(auth_.Resume(started.token).has_value()) << "after " << hour << " hours";
  }
  now_ += 1h;

  EXPECT_FALSE(auth_.Resume(started.token).has_value());
  EXPECT_EQ(StoredSession(started.token), nullptr);
}

TEST_F(AuthServiceTest, ResumeWritesLastSeenAtMostOncePerTouchInterval) {
  CreateUser("anna@rm.dk");
  const auto started = LoginOrFail("anna@rm.dk");
  const auto login_time = now_;
  const int writes_before = store_.writes();

  now_ += 59s;
  const auto early = auth_.Resume(started.token);
  ASSERT_TRUE(early.has_value());
  EXPECT_EQ(early->record.last_seen_at, login_time);
  EXPECT_EQ(StoredSession(started.token)->last_seen_at, login_time);
  EXPECT_EQ(store_.writes(), writes_before);

  now_ += 1s;
  const auto later = auth_.Resume(started.token);
  ASSERT_TRUE(later.has_value());
  EXPECT_EQ(later->record.last_seen_at, now_);
  EXPECT_EQ(StoredSession(started.token)->last_seen_at, now_);
}

TEST_F(AuthServiceTest, ResumeKeepsASessionAliveWhileItIsUsed) {
  CreateUser("anna@rm.dk");
  const auto started = LoginOrFail("anna@rm.dk");

  for (int i = 0; i < 5; ++i) {
    now_ += 90min;  // each gap is under the idle timeout, the total (7.5 h) is over it
    ASSERT_TRUE(auth_.Resume(started.token).has_value()) << "step " << i;
  }
}

TEST_F(AuthServiceTest, ResumeEndsTheSessionOfAUserWhoWasDeactivated) {
  const auto id = CreateUser("anna@rm.dk");
  const auto started = LoginOrFail("anna@rm.dk");
  StoredUser(id).user.active = false;

  EXPECT_FALSE(auth_.Resume(started.token).has_value());
  EXPECT_EQ(StoredSession(started.token), nullptr);
}

// ---- Logout and sessions ---------------------------------------------------------------------

TEST_F(AuthServiceTest, LogoutDeletesTheSessionAndAuditsIt) {
  const auto id = CreateUser("anna@rm.dk");
  const auto started = LoginOrFail("anna@rm.dk");

  auth_.Logout(started.token, kAddress);

  EXPECT_EQ(StoredSession(started.token), nullptr);
  EXPECT_FALSE(auth_.Resume(started.token).has_value());
  const auto& last = store_.data().audit.back();
  EXPECT_EQ(last.action, "logout");
  EXPECT_EQ(last.actor_user_id, id);
}

TEST_F(AuthServiceTest, LogoutWithAnUnknownTokenChangesNothing) {
  CreateUser("anna@rm.dk");
  const auto started = LoginOrFail("anna@rm.dk");
  const auto audit_before = store_.data().audit.size();

  auth_.Logout(RandomToken(), kAddress);
  auth_.Logout("", kAddress);

  EXPECT_NE(StoredSession(started.token), nullptr);
  EXPECT_EQ(store_.data().audit.size(), audit_before);
}

TEST_F(AuthServiceTest, EndOtherSessionsKeepsOnlyTheCurrentSessionOfThatUser) {
  CreateUser("anna@rm.dk");
  CreateUser("bo@rm.dk");
  const auto current_login = LoginOrFail("anna@rm.dk");
  const auto other1 = LoginOrFail("anna@rm.dk");
  const auto other2 = LoginOrFail("anna@rm.dk");
  const auto someone_else = LoginOrFail("bo@rm.dk");
  const auto current = auth_.Resume(current_login.token);
  ASSERT_TRUE(current.has_value());

  const auto ended = auth_.EndOtherSessions(*current, kAddress);

  EXPECT_EQ(ended, 2);
  EXPECT_NE(StoredSession(current_login.token), nullptr);
  EXPECT_EQ(StoredSession(other1.token), nullptr);
  EXPECT_EQ(StoredSession(other2.token), nullptr);
  EXPECT_NE(StoredSession(someone_else.token), nullptr);
  EXPECT_EQ(store_.data().audit.back().action, "session.ended-others");
  EXPECT_EQ(store_.data().audit.back().details, "2");
}

TEST_F(AuthServiceTest, SessionsListsOnlyTheGivenUsersSessions) {
  const auto anna = CreateUser("anna@rm.dk");
  const auto bo = CreateUser("bo@rm.dk");
  LoginOrFail("anna@rm.dk");
  now_ += 5min;
  const auto newer = LoginOrFail("anna@rm.dk");
  LoginOrFail("bo@rm.dk");

  const auto sessions = auth_.Sessions(anna);

  ASSERT_THAT(sessions, SizeIs(2));
  EXPECT_EQ(sessions[0].token_hash, Sha256Hex(newer.token));
  for (const auto& session : sessions) EXPECT_EQ(session.user_id, anna);
  EXPECT_THAT(auth_.Sessions(bo), SizeIs(1));
}

TEST_F(AuthServiceTest, PurgeExpiredRemovesIdleAndExpiredSessionsAndOldFailures) {
  CreateUser("anna@rm.dk");
  const auto idle = LoginOrFail("anna@rm.dk");
  ASSERT_FALSE(Login("anna@rm.dk", "forkert-adgangskode").ok());
  now_ += 90min;
  const auto active = LoginOrFail("anna@rm.dk");
  now_ += 31min;  // `idle` was last seen 2 h 1 min ago, `active` 31 min ago, the failure is 2 h old

  const auto purged = auth_.PurgeExpired();

  EXPECT_EQ(purged, 1);
  EXPECT_EQ(StoredSession(idle.token), nullptr);
  EXPECT_NE(StoredSession(active.token), nullptr);
  EXPECT_THAT(store_.data().login_failures, IsEmpty());
}

// ---- Accounts --------------------------------------------------------------------------------

TEST_F(AuthServiceTest, CreateAccountStoresANormalisedEmailAndAHashedPassword) {
  const auto created = auth_.CreateAccount(
      {" Anna@RM.dk ", "Anna Bøgh", {domain::Role::Leder, domain::Role::Hr, domain::Role::Leder}, kPassword});

  ASSERT_TRUE(created.ok()) << created.error().message;
  const auto& stored = StoredUser(created.value());
  EXPECT_EQ(stored.user.email, "anna@rm.dk");
  EXPECT_EQ(stored.user.name, "Anna Bøgh");
  EXPECT_EQ(stored.user.created_at, now_);
  EXPECT_THAT(stored.user.roles, ElementsAre(domain::Role::Leder, domain::Role::Hr));
  ASSERT_TRUE(stored.password_hash.has_value());
  EXPECT_NE(*stored.password_hash, kPassword);
  EXPECT_TRUE(stored.password_hash->starts_with("$argon2id$"));
  EXPECT_TRUE(VerifyPassword(*stored.password_hash, kPassword));
  EXPECT_EQ(AuditActions().back(), "user.created");
}

TEST_F(AuthServiceTest, CreateAccountWithoutAPasswordStoresNoHash) {
  const auto id = CreateUser("sso@rm.dk", "");

  EXPECT_FALSE(StoredUser(id).password_hash.has_value());
}

TEST_F(AuthServiceTest, CreateAccountReportsEveryInvalidField) {
  const auto result = auth_.CreateAccount({"ikke-en-adresse", "", {}, "kort"});

  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Invalid);
  EXPECT_THAT(Fields(result.error()), ElementsAre("email", "name", "role", "password"));
  EXPECT_THAT(store_.data().users, IsEmpty());
}

TEST_F(AuthServiceTest, CreateAccountRefusesANameLongerThan200Bytes) {
  const auto too_long = auth_.CreateAccount({"anna@rm.dk", std::string(201, 'n'), {domain::Role::Leder}, ""});
  const auto longest = auth_.CreateAccount({"bo@rm.dk", std::string(200, 'n'), {domain::Role::Leder}, ""});

  ASSERT_FALSE(too_long.ok());
  EXPECT_THAT(Fields(too_long.error()), ElementsAre("name"));
  EXPECT_TRUE(longest.ok());
}

TEST_F(AuthServiceTest, CreateAccountNeedsAPasswordOfAtLeast12Bytes) {
  const auto short_one = auth_.CreateAccount({"anna@rm.dk", "Anna", {domain::Role::Leder}, std::string(11, 'p')});
  const auto just_enough = auth_.CreateAccount({"bo@rm.dk", "Bo", {domain::Role::Leder}, std::string(12, 'p')});

  ASSERT_FALSE(short_one.ok());
  EXPECT_THAT(Fields(short_one.error()), ElementsAre("password"));
  EXPECT_TRUE(just_enough.ok());
}

TEST_F(AuthServiceTest, CreateAccountAnswersConflictForAnEmailThatIsTakenInAnyCase) {
  CreateUser("anna@rm.dk");

  const auto result = auth_.CreateAccount({"ANNA@rm.dk", "Anden Anna", {domain::Role::Hr}, ""});

  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::Conflict);
  EXPECT_THAT(Fields(result.error()), ElementsAre("email"));
  EXPECT_THAT(store_.data().users, SizeIs(1));
  EXPECT_EQ(store_.data().users[0].user.name, "Anna Bøgh");
}

TEST(AuthServiceValidatePassword, AcceptsLengthsFrom12To1024Bytes) {
  EXPECT_THAT(AuthService::ValidatePassword(std::string(11, 'p')), SizeIs(1));
  EXPECT_THAT(AuthService::ValidatePassword(std::string(12, 'p')), IsEmpty());
  EXPECT_THAT(AuthService::ValidatePassword(std::string(1024, 'p')), IsEmpty());
  const auto too_long = AuthService::ValidatePassword(std::string(1025, 'p'));
  ASSERT_THAT(too_long, SizeIs(1));
  EXPECT_EQ(too_long[0].field, "password");
}

TEST(LoadOrCreateSecret, CreatesASecretOnceAndReturnsTheSameOneAfterwards) {
  InitialiseCrypto();
  test::FakeStore store;

  const auto first = LoadOrCreateSecret(store, "csrf_key");
  const auto second = LoadOrCreateSecret(store, "csrf_key");
  const auto other = LoadOrCreateSecret(store, "andet");

  EXPECT_EQ(first.size(), 43U);
  EXPECT_EQ(first, second);
  EXPECT_NE(first, other);
  EXPECT_EQ(store.data().settings.at("csrf_key"), first);
}

}  // namespace
}  // namespace lp::app
