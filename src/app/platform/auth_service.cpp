#include "app/platform/auth_service.hpp"

#include <algorithm>

#include "app/platform/errors.hpp"
#include "app/platform/security.hpp"
#include "domain/platform/email.hpp"

namespace lp::app {
namespace {

constexpr std::size_t kMaxUserAgentLength = 200;

const char* const kWrongCredentials = "E-mailadressen eller adgangskoden er forkert.";

std::string Trim(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string Truncate(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  // Do not cut a UTF-8 sequence in half.
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) --end;
  return text.substr(0, end);
}

// The wait after `failures` failures of which `free` cost nothing: 1 s, then doubling with each
// further failure, never more than `cap`.
std::chrono::seconds GrowingDelay(long long failures, long long free, std::chrono::seconds cap) {
  if (failures < free) return std::chrono::seconds{0};
  const auto doublings = std::min<long long>(failures - free, 30);
  return std::min(std::chrono::seconds{1LL << doublings}, cap);
}

// "45 sekunder", "1 sekund", "3 minutter" (rounded up).
std::string WaitText(std::chrono::seconds wait) {
  const auto seconds = wait.count();
  if (seconds < 60) return std::to_string(seconds) + (seconds == 1 ? " sekund" : " sekunder");
  const auto minutes = (seconds + 59) / 60;
  return std::to_string(minutes) + (minutes == 1 ? " minut" : " minutter");
}

}  // namespace

domain::Timestamp SystemNow() {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

AuthService::AuthService(Store& store, AuthSettings settings, Clock clock)
    : store_(store),
      settings_(settings),
      clock_(std::move(clock)),
      dummy_hash_(HashPassword(RandomToken(), settings_.password_hash_cost)) {}

std::vector<FieldError> AuthService::ValidatePassword(const std::string& password) {
  std::vector<FieldError> errors;
  if (password.size() < kMinPasswordLength) {
    errors.push_back({"password", "Adgangskoden skal være på mindst " + std::to_string(kMinPasswordLength) + " tegn."});
  } else if (password.size() > kMaxPasswordLength) {
    errors.push_back({"password", "Adgangskoden må højst være på " + std::to_string(kMaxPasswordLength) + " tegn."});
  }
  return errors;
}

Result<StartedSession> AuthService::Login(const LoginAttempt& attempt) {
  std::vector<FieldError> field_errors;
  const std::string email = domain::NormalizeEmail(attempt.email);
  if (email.empty()) field_errors.push_back({"email", "Indtast din e-mailadresse."});
  if (attempt.password.empty()) field_errors.push_back({"password", "Indtast din adgangskode."});
  if (attempt.password.size() > kMaxPasswordLength) field_errors.push_back({"password", "Adgangskoden er for lang."});
  if (!field_errors.empty()) {
    return Invalid(std::move(field_errors), "Udfyld de markerede felter.");
  }

  // The throttle (OWASP's guidance, docs/SECURITY.md): failures grow a delay, never a lock.
  // - Per pair of account and address: max_failures_per_account failures within the window are free;
  //   after that each attempt from the pair waits 1 s, 2 s, 4 s, … (up to the window) after the pair's
  //   last failure, the right password included (a throttled answer says nothing about it). The
  //   owner signing in from another address is never held back by a stranger's failures.
  // - Per address, across accounts: after max_failures_per_address failures the address waits
  //   likewise, but never more than a minute, so that people behind one shared address (a proxy
  //   without LP_TRUSTED_PROXIES) are slowed during an attack, never locked out.
  const auto now = clock_();
  const auto pair = ThrottlePairKey(email, attempt.remote_address);
  const auto wait = ThrottleWait(email, attempt.remote_address);
  if (wait.count() > 0) {
    store_.Write([&](Transaction& tx) {
      tx.Get<AuditRepository>().Append(
          {now, std::nullopt, "login.throttled", "email:" + email, attempt.remote_address, ""});
    });
    return Error{
        ErrorKind::Throttled,
        "Der har været for mange mislykkede forsøg på at logge ind herfra. Vent " + WaitText(wait) + ", og prøv igen.",
        {},
        wait};
  }

  // The password check runs outside any transaction: argon2id takes tens of milliseconds and must not
  // hold a database connection or lock meanwhile.
  const auto found = store_.Read([&](Transaction& tx) { return tx.Get<UserRepository>().FindByEmail(email); });
  const bool usable = found && found->user.active && found->password_hash && !found->password_hash->empty();
  const bool verified = VerifyPassword(usable ? *found->password_hash : dummy_hash_, attempt.password) && usable;

  if (!verified) {
    std::optional<domain::UserId> actor;
    if (found) actor = found->user.id;
    store_.Write(
        [&](Transaction& tx) { RecordPasswordFailure(tx, email, attempt.remote_address, actor, "login.failed"); });
    return Error{ErrorKind::Unauthenticated, kWrongCredentials, {}};
  }

  std::optional<std::string> new_hash;
  if (PasswordNeedsRehash(*found->password_hash, settings_.password_hash_cost)) {
    new_hash = HashPassword(attempt.password, settings_.password_hash_cost);
  }
  return store_.Write([&](Transaction& tx) {
    tx.Get<LoginAttemptRepository>().Clear(ThrottleKey::Account, email);
    tx.Get<LoginAttemptRepository>().Clear(ThrottleKey::AccountAddress, pair);
    if (new_hash) tx.Get<UserRepository>().SetPasswordHash(found->user.id, *new_hash);
    return StartSession(tx, found->user, "local", attempt);
  });
}

std::chrono::seconds AuthService::ThrottleWait(const std::string& email, const std::string& address) {
  const auto now = clock_();
  const auto since = now - settings_.throttle_window;
  const auto pair = ThrottlePairKey(email, address);
  return store_.Read([&](Transaction& tx) {
    auto& attempts = tx.Get<LoginAttemptRepository>();
    const auto remaining = [&](ThrottleKey kind, const std::string& key, long long free, std::chrono::seconds cap) {
      const auto delay = GrowingDelay(attempts.CountFailuresSince(kind, key, since), free, cap);
      if (delay.count() == 0) return std::chrono::seconds{0};
      const auto last = attempts.LastFailureAt(kind, key);
      if (!last) return std::chrono::seconds{0};
      const auto left = std::chrono::duration_cast<std::chrono::seconds>(*last + delay - now);
      return std::max(left, std::chrono::seconds{0});
    };
    return std::max(
        remaining(ThrottleKey::AccountAddress, pair, settings_.max_failures_per_account, settings_.throttle_window),
        remaining(ThrottleKey::Address, address, settings_.max_failures_per_address,
                  std::min(settings_.throttle_window, std::chrono::seconds{60})));
  });
}

void AuthService::RecordPasswordFailure(Transaction& tx, const std::string& email, const std::string& address,
                                        std::optional<domain::UserId> actor, const std::string& action) {
  const auto now = clock_();
  tx.Get<LoginAttemptRepository>().RecordFailure(ThrottleKey::Account, email, now);
  tx.Get<LoginAttemptRepository>().RecordFailure(ThrottleKey::Address, address, now);
  tx.Get<LoginAttemptRepository>().RecordFailure(ThrottleKey::AccountAddress, ThrottlePairKey(email, address), now);
  tx.Get<AuditRepository>().Append({now, actor, action, "email:" + email, address, ""});
}

StartedSession AuthService::StartSession(Transaction& tx, const domain::User& user, const std::string& method,
                                         const LoginAttempt& attempt) {
  const auto now = clock_();
  StartedSession started{RandomToken(), user, now + settings_.absolute_timeout};
  SessionRecord record;
  record.token_hash = Sha256Hex(started.token);
  record.user_id = user.id;
  record.auth_method = method;
  record.created_at = now;
  record.last_seen_at = now;
  record.expires_at = started.expires_at;
  record.user_agent = Truncate(attempt.user_agent, kMaxUserAgentLength);
  record.remote_address = attempt.remote_address;
  tx.Get<SessionRepository>().Create(record);
  tx.Get<AuditRepository>().Append(
      {now, user.id, "login.succeeded", "user:" + std::to_string(user.id), attempt.remote_address, method});
  return started;
}

std::optional<CurrentSession> AuthService::Resume(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  const auto hash = Sha256Hex(token);
  const auto now = clock_();
  auto current = store_.Read([&](Transaction& tx) -> std::optional<CurrentSession> {
    auto record = tx.Get<SessionRepository>().FindByTokenHash(hash);
    if (!record) return std::nullopt;
    auto user = tx.Get<UserRepository>().FindById(record->user_id);
    if (!user) return std::nullopt;
    return CurrentSession{std::move(*user), std::move(*record)};
  });
  if (!current) return std::nullopt;
  const auto& record = current->record;
  if (now >= record.expires_at || now - record.last_seen_at > settings_.idle_timeout || !current->user.active) {
    store_.Write([&](Transaction& tx) { tx.Get<SessionRepository>().Delete(hash); });
    return std::nullopt;
  }
  if (now - record.last_seen_at >= settings_.touch_interval) {
    store_.Write([&](Transaction& tx) { tx.Get<SessionRepository>().Touch(hash, now); });
    current->record.last_seen_at = now;
  }
  return current;
}

void AuthService::Logout(const std::string& token, const std::string& remote_address) {
  if (token.empty() || token.size() > 128) return;
  const auto hash = Sha256Hex(token);
  const auto now = clock_();
  store_.Write([&](Transaction& tx) {
    auto record = tx.Get<SessionRepository>().FindByTokenHash(hash);
    if (!record) return;
    tx.Get<SessionRepository>().Delete(hash);
    tx.Get<AuditRepository>().Append(
        {now, record->user_id, "logout", "user:" + std::to_string(record->user_id), remote_address, ""});
  });
}

std::vector<FieldError> AuthService::NewPasswordErrors(const std::string& password, const domain::User& user,
                                                       const std::string& field) {
  std::vector<FieldError> errors;
  for (auto& error : ValidatePassword(password)) errors.push_back({field, std::move(error.message)});
  if (!errors.empty()) return errors;
  const auto folded = [](std::string_view text) {
    std::string lower;
    for (const char c : text) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return lower;
  };
  const std::string typed = folded(Trim(password));
  const std::string email = folded(user.email);
  const std::string local_part = email.substr(0, email.find('@'));
  if (typed == email || typed == local_part || typed == folded(Trim(user.name))) {
    errors.push_back({field, "Adgangskoden må ikke være din e-mailadresse eller dit navn."});
  } else if (std::all_of(password.begin(), password.end(), [&](char c) { return c == password.front(); })) {
    errors.push_back({field, "Adgangskoden må ikke være det samme tegn gentaget."});
  }
  return errors;
}

Result<long long> AuthService::ChangePassword(const CurrentSession& current, const PasswordChange& change) {
  std::vector<FieldError> errors;
  if (change.current_password.empty()) {
    errors.push_back({"current_password", "Indtast din nuværende adgangskode."});
  } else if (change.current_password.size() > kMaxPasswordLength) {
    errors.push_back({"current_password", "Adgangskoden er for lang."});
  }
  if (change.new_password.empty()) {
    errors.push_back({"new_password", "Indtast en ny adgangskode."});
  } else {
    for (auto& error : NewPasswordErrors(change.new_password, current.user, "new_password")) {
      errors.push_back(std::move(error));
    }
  }
  if (change.repeated_password != change.new_password) {
    errors.push_back({"repeated_password", "Skriv den samme nye adgangskode i begge felter."});
  }
  if (!errors.empty()) return Invalid(std::move(errors), "Adgangskoden blev ikke skiftet.");

  const std::string email = domain::NormalizeEmail(current.user.email);
  if (const auto wait = ThrottleWait(email, change.remote_address); wait.count() > 0) {
    return Error{ErrorKind::Throttled,
                 "Der har været for mange forkerte adgangskoder herfra. Vent " + WaitText(wait) + ", og prøv igen.",
                 {},
                 wait};
  }
  // As at login: the slow check runs outside any transaction.
  const auto found = store_.Read([&](Transaction& tx) { return tx.Get<UserRepository>().FindByEmail(email); });
  const bool usable =
      found && found->user.id == current.user.id && found->password_hash && !found->password_hash->empty();
  const bool verified = VerifyPassword(usable ? *found->password_hash : dummy_hash_, change.current_password) && usable;
  if (!verified) {
    store_.Write([&](Transaction& tx) {
      RecordPasswordFailure(tx, email, change.remote_address, current.user.id, "password.change-failed");
    });
    return Invalid({{"current_password", "Den nuværende adgangskode er forkert."}}, "Adgangskoden blev ikke skiftet.");
  }
  if (change.new_password == change.current_password) {
    return Invalid({{"new_password", "Den nye adgangskode skal være en anden end den nuværende."}},
                   "Adgangskoden blev ikke skiftet.");
  }
  const auto hash = HashPassword(change.new_password, settings_.password_hash_cost);
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) {
    tx.Get<UserRepository>().SetPasswordHash(current.user.id, hash);
    long long ended = 0;
    for (const auto& session : tx.Get<SessionRepository>().ListForUser(current.user.id)) {
      if (session.token_hash == current.record.token_hash) continue;
      tx.Get<SessionRepository>().Delete(session.token_hash);
      ++ended;
    }
    tx.Get<LoginAttemptRepository>().Clear(ThrottleKey::Account, email);
    tx.Get<LoginAttemptRepository>().Clear(ThrottleKey::AccountAddress, ThrottlePairKey(email, change.remote_address));
    tx.Get<AuditRepository>().Append({now, current.user.id, "password.changed",
                                      "user:" + std::to_string(current.user.id), change.remote_address,
                                      std::to_string(ended)});
    return ended;
  });
}

long long AuthService::EndOtherSessions(const CurrentSession& current, const std::string& remote_address) {
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) {
    long long ended = 0;
    for (const auto& session : tx.Get<SessionRepository>().ListForUser(current.user.id)) {
      if (session.token_hash == current.record.token_hash) continue;
      tx.Get<SessionRepository>().Delete(session.token_hash);
      ++ended;
    }
    tx.Get<AuditRepository>().Append({now, current.user.id, "session.ended-others",
                                      "user:" + std::to_string(current.user.id), remote_address,
                                      std::to_string(ended)});
    return ended;
  });
}

std::vector<SessionRecord> AuthService::Sessions(domain::UserId user_id) {
  return store_.Read([&](Transaction& tx) { return tx.Get<SessionRepository>().ListForUser(user_id); });
}

Result<domain::UserId> AuthService::CreateAccount(const NewAccount& account,
                                                  const std::vector<domain::RoleScope>& scopes) {
  std::vector<FieldError> errors;
  const auto email = domain::NormalizeEmail(account.email);
  if (!domain::IsPlausibleEmail(email)) errors.push_back({"email", "Indtast en gyldig e-mailadresse."});
  const auto name = Trim(account.name);
  if (name.empty()) errors.push_back({"name", "Indtast et navn."});
  if (name.size() > 200) errors.push_back({"name", "Navnet må højst være på 200 tegn."});
  if (account.roles.empty()) errors.push_back({"role", "Vælg mindst én rolle."});
  for (const auto& scope : scopes) {
    if (!domain::RoleIsScopable(scope.role) ||
        std::find(account.roles.begin(), account.roles.end(), scope.role) == account.roles.end()) {
      errors.push_back(
          {"scope", "Kun rollerne HR og Redaktør kan afgrænses til enheder, og kun når brugeren har rollen."});
      break;
    }
  }
  if (!account.password.empty()) {
    for (auto& error : ValidatePassword(account.password)) errors.push_back(std::move(error));
  }
  if (!errors.empty()) return Invalid(std::move(errors), "Brugeren kunne ikke oprettes.");

  NewUser user{email, name, account.roles, std::nullopt, clock_(), scopes};
  if (!account.password.empty()) user.password_hash = HashPassword(account.password, settings_.password_hash_cost);
  try {
    return store_.Write([&](Transaction& tx) {
      const auto id = tx.Get<UserRepository>().Create(user);
      tx.Get<AuditRepository>().Append(
          {user.created_at, std::nullopt, "user.created", "user:" + std::to_string(id), "", email});
      return id;
    });
  } catch (const ConstraintViolation&) {
    // The e-mail is the only unique key a new user can collide with; scopes name units that the
    // caller has looked up in the same organisation.
    return Error{ErrorKind::Conflict,
                 "Der findes allerede en bruger med den e-mailadresse.",
                 {{"email", "Der findes allerede en bruger med den e-mailadresse."}}};
  }
}

long long AuthService::PurgeExpired() {
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) {
    tx.Get<LoginAttemptRepository>().DeleteOlderThan(now - settings_.throttle_window);
    return tx.Get<SessionRepository>().DeleteExpired(now, now - settings_.idle_timeout);
  });
}

std::string LoadOrCreateSecret(Store& store, const std::string& name) {
  return store.Write([&](Transaction& tx) { return tx.Get<SettingRepository>().InsertIfAbsent(name, RandomToken()); });
}

// An e-mail never holds a line break, so the pair cannot be forged from another one.
std::string ThrottlePairKey(const std::string& normalized_email, const std::string& address) {
  return normalized_email + "\n" + address;
}

}  // namespace lp::app
