#pragma once

// Calendars (issue 16): a personal feed per login (iCalendar, RFC 5545) with every dated thing that
// concerns the person, to subscribe to from Outlook or Google, at a secret address
// (/kalender/{token}/ledelsesportalen.ics) that the person makes, replaces and deletes under "Mine
// notifikationer"; only the token's hash is stored, and a deleted or replaced address answers 404.
//
// Modules add their events as sources (CalendarService::Add in their Provide…Services), as they add
// start page items: a source gets the person's OrganisationContext and today and returns the events
// it knows (UIDs stable, SEQUENCE raised on every change, a cancelled event kept with STATUS:CANCELLED
// so subscribed calendars remove it).

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/outbound_mail.hpp"
#include "app/platform/store.hpp"
#include "domain/notifications/icalendar.hpp"

namespace lp::app {

using CalendarSource = std::function<void(const OrganisationContext& context, std::chrono::year_month_day today,
                                          std::vector<domain::CalendarEvent>& events)>;

class CalendarTokenRepository {
 public:
  virtual ~CalendarTokenRepository() = default;
  // Revokes the recipient's addresses and stores the hash of a new one.
  virtual void Replace(const std::string& recipient, const std::string& token_hash, domain::Timestamp at) = 0;
  virtual long long Revoke(const std::string& recipient, domain::Timestamp at) = 0;
  virtual std::optional<std::string> RecipientOf(const std::string& token_hash) = 0;  // live tokens only
  virtual bool HasLive(const std::string& recipient) = 0;
};

class CalendarService {
 public:
  CalendarService(Store& store, OrganisationService& organisation, const OutboundMail& mail, Clock clock = SystemNow);

  void Add(CalendarSource source) { sources_.push_back(std::move(source)); }

  // The person's events from every source, the earliest first.
  std::vector<domain::CalendarEvent> EventsFor(const domain::User& user) const;
  // The feed at a token's address; none for an unknown or revoked token.
  std::optional<std::string> Feed(std::string_view token) const;

  // A new address (any earlier one stops working); the token is shown once and never stored.
  std::string NewAddress(const domain::User& user, std::string_view remote_address);
  void DeleteAddress(const domain::User& user, std::string_view remote_address);
  bool HasAddress(const domain::User& user) const;
  std::string AddressOf(std::string_view token) const;  // the absolute URL of a token's feed

 private:
  Store& store_;
  OrganisationService& organisation_;
  const OutboundMail& mail_;
  Clock clock_;
  std::vector<CalendarSource> sources_;
};

}  // namespace lp::app
