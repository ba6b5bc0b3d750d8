#include "app/notifications/calendar_service.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <utility>

#include "app/platform/repositories.hpp"
#include "app/platform/security.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"

namespace lp::app {
namespace {

// The stored form of a token: its SHA-256, hex.
std::string HashOf(std::string_view token) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(token.data()), token.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data());
}

bool Earlier(const domain::CalendarEvent& a, const domain::CalendarEvent& b) {
  const auto start = [](const domain::CalendarEvent& e) {
    return e.day ? std::chrono::local_days{std::chrono::sys_days{*e.day}.time_since_epoch()}
                 : std::chrono::floor<std::chrono::days>(*e.starts);
  };
  return start(a) != start(b) ? start(a) < start(b) : a.uid < b.uid;
}

}  // namespace

CalendarService::CalendarService(Store& store, OrganisationService& organisation, const OutboundMail& mail, Clock clock)
    : store_(store), organisation_(organisation), mail_(mail), clock_(std::move(clock)) {}

std::vector<domain::CalendarEvent> CalendarService::EventsFor(const domain::User& user) const {
  const auto context = organisation_.ForFoundation(user);
  const auto today = domain::ToCopenhagenTime(clock_()).date;
  std::vector<domain::CalendarEvent> events;
  for (const auto& source : sources_) source(context, today, events);
  std::sort(events.begin(), events.end(), Earlier);
  return events;
}

std::optional<std::string> CalendarService::Feed(std::string_view token) const {
  if (token.size() < 20) return std::nullopt;
  const auto hash = HashOf(token);
  const auto user = store_.Read([&](Transaction& tx) -> std::optional<domain::User> {
    const auto recipient = tx.Get<CalendarTokenRepository>().RecipientOf(hash);
    if (!recipient) return std::nullopt;
    auto found = tx.Get<UserRepository>().FindByEmail(*recipient);
    if (!found || !found->user.active) return std::nullopt;
    return found->user;
  });
  if (!user) return std::nullopt;
  domain::Calendar calendar;
  calendar.name = "Ledelsesportalen – " + user->name;
  calendar.events = EventsFor(*user);
  for (auto& event : calendar.events) {
    if (!event.url.empty() && event.url.starts_with('/')) event.url = mail_.Link(event.url);
  }
  return domain::WriteICalendar(calendar);
}

std::string CalendarService::NewAddress(const domain::User& user, std::string_view remote_address) {
  auto token = RandomToken();
  const auto now = clock_();
  const auto recipient = domain::NormalizeEmail(user.email);
  store_.Write([&](Transaction& tx) {
    tx.Get<CalendarTokenRepository>().Replace(recipient, HashOf(token), now);
    tx.Get<AuditRepository>().Append(
        {now, user.id, "calendar.address_created", "user:" + std::to_string(user.id), std::string(remote_address), ""});
    return 0;
  });
  return token;
}

void CalendarService::DeleteAddress(const domain::User& user, std::string_view remote_address) {
  const auto now = clock_();
  store_.Write([&](Transaction& tx) {
    tx.Get<CalendarTokenRepository>().Revoke(domain::NormalizeEmail(user.email), now);
    tx.Get<AuditRepository>().Append(
        {now, user.id, "calendar.address_deleted", "user:" + std::to_string(user.id), std::string(remote_address), ""});
    return 0;
  });
}

bool CalendarService::HasAddress(const domain::User& user) const {
  const auto recipient = domain::NormalizeEmail(user.email);
  return store_.Read([&](Transaction& tx) { return tx.Get<CalendarTokenRepository>().HasLive(recipient); });
}

std::string CalendarService::AddressOf(std::string_view token) const {
  return mail_.Link("/kalender/" + std::string(token) + "/ledelsesportalen.ics");
}

}  // namespace lp::app
