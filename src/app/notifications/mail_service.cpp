#include "app/notifications/mail_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "app/notifications/notification_repository.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/jobs.hpp"
#include "app/platform/repositories.hpp"
#include "app/platform/security.hpp"
#include "domain/notifications/mail_message.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

constexpr std::size_t kDispatchBatch = 500;
constexpr std::size_t kSendBatch = 200;
// A run stops taking new batches after this long, so the next run (a minute later) is not held up.
constexpr std::chrono::seconds kRunBudget{50};
constexpr std::string_view kUnsubscribeKeySetting = "unsubscribe_key";

std::string HtmlEscape(std::string_view text) { return domain::HtmlEscaped(text); }

// Paragraphs of plain text as HTML: blank lines part paragraphs, single line breaks stay.
std::string HtmlParagraphs(std::string_view text) {
  std::string html;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    auto paragraph = HtmlEscape(text.substr(start, end - start));
    for (std::size_t at = paragraph.find('\n'); at != std::string::npos; at = paragraph.find('\n', at + 5)) {
      paragraph.replace(at, 1, "<br>");
    }
    if (!paragraph.empty()) html += "<p style=\"margin:0 0 16px\">" + paragraph + "</p>\n";
    start = end + 2;
  }
  return html;
}

// The host for Message-IDs: the public URL's, or the sender address's domain.
std::string MessageHost(const MailSettings& settings) {
  std::string_view url = settings.public_url;
  if (const auto scheme = url.find("://"); scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/:"));
  if (!url.empty()) return std::string(url);
  const auto domain = domain::MailDomain(settings.from_address);
  return domain.empty() ? std::string("ledelsesportal.invalid") : std::string(domain);
}

// A value for a query string: everything but unreserved characters percent-encoded.
std::string PercentEncodeQuery(std::string_view text) {
  constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4U];
      out += kHex[byte & 0x0FU];
    }
  }
  return out;
}

// The frequency of each category for the person: their choice, or the category's default.
std::map<domain::NotificationCategory, domain::DeliveryFrequency> FrequenciesOf(NotificationRepository& notifications,
                                                                                const std::string& recipient) {
  std::map<domain::NotificationCategory, domain::DeliveryFrequency> frequencies;
  for (const auto category : domain::kAllNotificationCategories) {
    frequencies[category] = domain::DefaultFrequency(category);
  }
  for (const auto& [category, frequency] : notifications.Preferences(recipient)) frequencies[category] = frequency;
  return frequencies;
}

std::string Boundary() { return "=_lp_" + RandomToken().substr(0, 24); }

// The portal's mail: a heading, the text, a button to the page, and why the person gets it.
std::string HtmlDocument(std::string_view heading, std::string_view body_html, std::string_view link,
                         std::string_view footer_html) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\"><title>{0}</title></head>\n"
      "<body style=\"margin:0;padding:0;background:#f5f5f5;font-family:'IBM Plex Sans',Arial,sans-serif;"
      "color:#1a1a1a;font-size:16px;line-height:1.5\">\n"
      "<div style=\"max-width:640px;margin:0 auto;background:#ffffff;padding:24px\">\n"
      "<p style=\"margin:0 0 16px;font-weight:600\">Ledelsesportalen · Region Midtjylland</p>\n"
      "<h1 style=\"font-size:24px;line-height:1.3;margin:0 0 16px\">{0}</h1>\n{1}{2}"
      "<hr style=\"border:0;border-top:1px solid #bfbfbf;margin:24px 0\">\n"
      "<p style=\"margin:0;font-size:14px;color:#454545\">{3}</p>\n</div>\n</body></html>\n",
      HtmlEscape(heading), body_html,
      link.empty() ? std::string()
                   : fmt::format("<p style=\"margin:24px 0\"><a href=\"{0}\" style=\"display:inline-block;"
                                 "background:#0059b3;color:#ffffff;padding:10px 16px;text-decoration:none;"
                                 "font-weight:600\">Åbn i Ledelsesportalen</a></p>\n",
                                 HtmlEscape(link)),
      footer_html);
}

}  // namespace

std::chrono::minutes MailBackoff(int attempts) {
  constexpr std::array<int, 5> kWaits{1, 5, 15, 60, 240};
  const auto index = static_cast<std::size_t>(std::clamp(attempts, 1, static_cast<int>(kWaits.size())) - 1);
  return std::chrono::minutes{kWaits[index]};
}

MailService::MailService(Store& store, const OutboundMail& mail, Clock clock)
    : store_(store), mail_(mail), clock_(std::move(clock)) {}

std::string MailService::Key() const {
  // Read once per process (outside any transaction of the caller: Dispatch primes it before its own).
  std::lock_guard lock(key_mutex_);
  if (key_.empty()) {
    key_ = store_.Write([&](Transaction& tx) {
      return tx.Get<SettingRepository>().InsertIfAbsent(std::string(kUnsubscribeKeySetting), RandomToken());
    });
  }
  return key_;
}

std::string MailService::UnsubscribeToken(const std::string& recipient, std::string_view what) const {
  return HmacToken(Key(), "afmeld:" + recipient + ":" + std::string(what));
}

std::string MailService::UnsubscribeLink(const std::string& recipient, std::string_view what) const {
  const auto token = UnsubscribeToken(recipient, what);
  return mail_.Link(fmt::format("/afmeld?adresse={}&kategori={}&t={}", PercentEncodeQuery(recipient), what, token));
}

std::optional<std::string> MailService::UnsubscribeLabel(std::string_view what) {
  if (const auto category = domain::ParseNotificationCategory(what)) {
    return std::string(domain::NotificationCategoryLabel(*category));
  }
  if (what == domain::DeliveryFrequencyCode(domain::DeliveryFrequency::Daily)) return "den daglige sammenfatning";
  if (what == domain::DeliveryFrequencyCode(domain::DeliveryFrequency::Weekly)) return "den ugentlige sammenfatning";
  return std::nullopt;
}

Result<Unit> MailService::Unsubscribe(const std::string& recipient, std::string_view what, std::string_view token) {
  const auto address = domain::NormalizeEmail(recipient);
  if (!UnsubscribeLabel(what) || token.empty() || !ConstantTimeEquals(token, UnsubscribeToken(address, what))) {
    return NotFound("Linket til at afmelde er ikke gyldigt. Log ind, og vælg under Mine notifikationer.");
  }
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& notifications = tx.Get<NotificationRepository>();
    if (const auto category = domain::ParseNotificationCategory(what)) {
      notifications.SetPreference(address, *category, domain::DeliveryFrequency::PortalOnly, now);
    } else {
      // A digest: every category the person gets at its frequency.
      const auto frequency = domain::ParseDeliveryFrequency(what);
      for (const auto& [c, f] : FrequenciesOf(notifications, address)) {
        if (f == frequency) notifications.SetPreference(address, c, domain::DeliveryFrequency::PortalOnly, now);
      }
    }
    tx.Get<AuditRepository>().Append(
        {now, std::nullopt, "notifications.unsubscribed", "recipient:" + address, "", std::string(what)});
    return Unit{};
  });
}

std::string MailService::SendDigests(domain::DeliveryFrequency frequency, domain::Timestamp now) {
  if (!mail_.Enabled()) return "mail er slået fra";
  Key();
  const bool daily = frequency == domain::DeliveryFrequency::Daily;
  const auto recipients =
      store_.Read([](Transaction& tx) { return tx.Get<MailRepository>().RecipientsWaitingForDigest(); });
  const auto host = MessageHost(mail_.Settings());
  const std::string what(domain::DeliveryFrequencyCode(frequency));
  const std::string_view how_often = daily ? "én gang om dagen" : "én gang om ugen";
  int mails = 0;
  int gathered = 0;
  for (const auto& recipient : recipients) {
    store_.Write([&](Transaction& tx) {
      auto& repository = tx.Get<MailRepository>();
      auto chosen = FrequenciesOf(tx.Get<NotificationRepository>(), recipient);
      std::vector<Notification> included;
      for (const auto& notification : repository.WaitingForDigest(recipient)) {
        const auto now_chosen = chosen[notification.category];
        if (now_chosen == domain::DeliveryFrequency::PortalOnly) {
          repository.SetDelivery(notification.id, NotificationDelivery::PortalOnly, std::nullopt);
        } else if (now_chosen == frequency || (daily && now_chosen == domain::DeliveryFrequency::Immediately)) {
          included.push_back(notification);
        }
      }
      if (included.empty()) return 0;
      const auto count = domain::CountOf(static_cast<long long>(included.size()), "besked", "beskeder");
      const std::string subject =
          fmt::format("{} overblik fra Ledelsesportalen: {}", daily ? "Dagligt" : "Ugentligt", count);
      std::string text = subject + "\n";
      std::string html;
      for (const auto& notification : included) {
        const auto link = notification.link.empty() ? std::string() : mail_.Link(notification.link);
        const auto label = std::string(domain::NotificationCategoryLabel(notification.category));
        const auto when = domain::FormatDateTime(notification.created_at);
        text += fmt::format("\n* {}\n  {} · {}\n  {}\n", notification.subject, label, when, notification.body);
        if (!link.empty()) text += "  " + link + "\n";
        const auto heading = link.empty() ? HtmlEscape(notification.subject)
                                          : fmt::format(R"(<a href="{}" style="color:#0059b3">{}</a>)",
                                                        HtmlEscape(link), HtmlEscape(notification.subject));
        html += fmt::format(R"(<h2 style="font-size:18px;margin:24px 0 4px">{}</h2>)", heading);
        html += fmt::format(R"(<p style="margin:0 0 8px;color:#454545;font-size:14px">{} · {}</p>)", HtmlEscape(label),
                            when);
        html += "\n" + HtmlParagraphs(notification.body);
      }
      const auto preferences = mail_.Link("/mine-notifikationer");
      text += fmt::format(
          "\n-- \nDu får denne mail, fordi du får nogle beskeder samlet {}. Skift det under Mine "
          "notifikationer: {}\n",
          how_often, preferences);
      const auto footer = fmt::format(
          R"(Du får denne mail, fordi du får nogle beskeder samlet {}. Skift det under <a href="{}" style="color:#0059b3">Mine notifikationer</a>.)",
          how_often, HtmlEscape(preferences));
      domain::MailMessage message;
      message.from = {mail_.Settings().from_address, mail_.Settings().from_name};
      message.to = {recipient, ""};
      message.subject = subject;
      message.text_body = text;
      message.html_body = HtmlDocument(subject, html, mail_.Link("/beskeder"), footer);
      message.date = now;
      message.message_id =
          domain::MakeMessageId(fmt::format("{}.{}", daily ? "dag" : "uge", RandomToken().substr(0, 16)), host);
      message.unsubscribe_url = UnsubscribeLink(recipient, what);
      const auto id = repository.Queue({recipient, daily ? MailKind::DailyDigest : MailKind::WeeklyDigest, subject,
                                        domain::ComposeMail(message, Boundary()), message.message_id, now});
      for (const auto& notification : included) {
        repository.SetDelivery(notification.id, NotificationDelivery::SentInDigest, id);
      }
      ++mails;
      gathered += static_cast<int>(included.size());
      return 0;
    });
  }
  return fmt::format("{} samlede mails med {}", mails, domain::CountOf(gathered, "besked", "beskeder"));
}

std::string MailService::ComposeNotificationMail(const Notification& notification, std::string_view message_id) const {
  const auto& settings = mail_.Settings();
  const auto link = notification.link.empty() ? std::string() : mail_.Link(notification.link);
  const auto label = std::string(domain::NotificationCategoryLabel(notification.category));
  const auto preferences = mail_.Link("/mine-notifikationer");
  std::string text = notification.subject + "\n\n" + notification.body + "\n";
  if (!link.empty()) text += "\nÅbn i Ledelsesportalen: " + link + "\n";
  text += "\n-- \nDu får denne mail, fordi du får „" + label +
          "“ på mail med det samme. Du kan vælge det fra eller få det samlet én gang om dagen eller ugen under Mine "
          "notifikationer: " +
          preferences + "\n";
  const auto footer = "Du får denne mail, fordi du får „" + HtmlEscape(label) +
                      "“ på mail med det samme. Vælg det fra, eller få det samlet én gang om dagen eller ugen, under "
                      "<a href=\"" +
                      HtmlEscape(preferences) + "\" style=\"color:#0059b3\">Mine notifikationer</a>.";
  domain::MailMessage message;
  message.from = {settings.from_address, settings.from_name};
  message.to = {notification.recipient, ""};
  message.subject = notification.subject;
  message.text_body = text;
  message.html_body = HtmlDocument(notification.subject, HtmlParagraphs(notification.body), link, footer);
  message.date = clock_();
  message.message_id = std::string(message_id);
  message.unsubscribe_url =
      UnsubscribeLink(notification.recipient, domain::NotificationCategoryCode(notification.category));
  message.extra_headers = {
      {"X-Ledelsesportal-Kategori", std::string(domain::NotificationCategoryCode(notification.category))}};
  return domain::ComposeMail(message, Boundary());
}

std::string MailService::Dispatch(domain::Timestamp now) {
  if (mail_.Enabled()) Key();  // the unsubscribe links' key, before the transactions below
  int mailed = 0;
  int digest = 0;
  int portal = 0;
  const auto host = MessageHost(mail_.Settings());
  const auto started = clock_();
  std::map<std::string, std::map<domain::NotificationCategory, domain::DeliveryFrequency>> chosen;
  // Batch after batch until none is left (every one handled leaves the undispatched) or the run's time is up.
  for (;;) {
    const auto notifications =
        store_.Read([&](Transaction& tx) { return tx.Get<MailRepository>().Undispatched(kDispatchBatch); });
    if (notifications.empty() || clock_() - started > kRunBudget) break;
    for (const auto& notification : notifications) {
      auto frequency = domain::DeliveryFrequency::PortalOnly;
      if (mail_.Enabled()) {
        auto& of_person = chosen[notification.recipient];
        if (of_person.empty()) {
          of_person = store_.Read(
              [&](Transaction& tx) { return FrequenciesOf(tx.Get<NotificationRepository>(), notification.recipient); });
        }
        frequency = of_person[notification.category];
      }
      store_.Write([&](Transaction& tx) {
        auto& mails = tx.Get<MailRepository>();
        switch (frequency) {
          case domain::DeliveryFrequency::Immediately: {
            const auto message_id =
                domain::MakeMessageId("n" + std::to_string(notification.id) + "." + RandomToken().substr(0, 12), host);
            const auto id = mails.Queue({notification.recipient, MailKind::Message, notification.subject,
                                         ComposeNotificationMail(notification, message_id), message_id, now});
            mails.SetDelivery(notification.id, NotificationDelivery::Mail, id);
            ++mailed;
            break;
          }
          case domain::DeliveryFrequency::Daily:
          case domain::DeliveryFrequency::Weekly:
            mails.SetDelivery(notification.id, NotificationDelivery::Digest, std::nullopt);
            ++digest;
            break;
          case domain::DeliveryFrequency::PortalOnly:
            mails.SetDelivery(notification.id, NotificationDelivery::PortalOnly, std::nullopt);
            ++portal;
            break;
        }
        return 0;
      });
    }
  }
  if (mailed + digest + portal == 0) return "ingen nye beskeder";
  return fmt::format("{} til mail, {} til samlet mail, {} kun i portalen", mailed, digest, portal);
}

std::string MailService::SendDue(domain::Timestamp now, const std::string& owner) {
  if (!mail_.Enabled()) return "mail er slået fra";
  int sent = 0;
  int retried = 0;
  int failed = 0;
  const auto& settings = mail_.Settings();
  // The run's time, moving on as the run takes time (a long batch must not outlive its leases).
  const auto started = clock_();
  const auto at = [&] { return now + (clock_() - started); };
  // Batch after batch: every mail handled leaves the due ones (sent, failed, or retried later), and
  // one another process holds is not due.
  for (;;) {
    const auto due = store_.Read([&](Transaction& tx) { return tx.Get<MailRepository>().Due(at(), kSendBatch); });
    if (due.empty() || clock_() - started > kRunBudget) break;
    for (const auto id : due) {
      const auto claimed = store_.Write(
          [&](Transaction& tx) { return tx.Get<MailRepository>().Claim(id, owner, at(), at() + kMailLease); });
      if (!claimed) continue;  // another process has it
      const auto outcome = mail_.Transport()->Send(settings.from_address, claimed->recipient, claimed->message);
      store_.Write([&](Transaction& tx) {
        auto& mails = tx.Get<MailRepository>();
        if (outcome.kind == MailSendKind::Sent) {
          mails.MarkSent(id, owner, at());
          ++sent;
        } else if (outcome.kind == MailSendKind::Rejected || claimed->attempts >= kMaxMailAttempts) {
          mails.MarkFailed(id, owner, outcome.detail);
          ++failed;
        } else {
          mails.MarkRetry(id, owner, at() + MailBackoff(claimed->attempts), outcome.detail);
          ++retried;
        }
        return 0;
      });
    }
  }
  return fmt::format("{} sendt, {} prøves igen, {} fejlet", sent, retried, failed);
}

std::string MailService::Purge(domain::Timestamp now) {
  return store_.Write([&](Transaction& tx) {
    const auto year = now - std::chrono::days{365};
    const auto read = tx.Get<MailRepository>().PurgeRead(year);
    const auto sent = tx.Get<MailRepository>().PurgeSent(year);
    const auto runs = tx.Get<JobRepository>().PurgeRuns(now - std::chrono::days{90});
    return fmt::format("{} læste beskeder, {} sendte mails og {} kørsler slettet", read, sent, runs);
  });
}

MailOverview MailService::Overview(MailStatus shown, std::size_t page) const {
  MailOverview overview;
  overview.enabled = mail_.Enabled();
  overview.server = mail_.Settings().smtp_description;
  overview.shown = shown;
  store_.Read([&](Transaction& tx) {
    auto& mails = tx.Get<MailRepository>();
    overview.counts = mails.Counts();
    const auto total = shown == MailStatus::Sent     ? overview.counts.sent
                       : shown == MailStatus::Failed ? overview.counts.failed
                                                     : overview.counts.queued;
    overview.span = PageOf(static_cast<std::size_t>(total), page, kMailListPageSize);
    overview.mails = mails.List(shown, overview.span.first, kMailListPageSize);
    return 0;
  });
  return overview;
}

Result<Unit> MailService::Resend(const domain::User& administrator, MailId id, std::string_view remote_address) {
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& mails = tx.Get<MailRepository>();
    const auto mail = mails.Find(id);
    if (!mail) return NotFound("Mailen findes ikke.");
    if (mail->status != MailStatus::Failed) return Conflict("Mailen er ikke fejlet, så den skal ikke sendes igen.");
    mails.Requeue(id, now);
    tx.Get<AuditRepository>().Append({now, administrator.id, "mail.requeued", "mail:" + std::to_string(id),
                                      std::string(remote_address), mail->recipient});
    return Unit{};
  });
}

Result<std::string> MailService::SendTestMail(const std::string& to, const std::string& owner) {
  const auto address = domain::NormalizeEmail(to);
  if (!domain::IsPlausibleEmail(address)) return InvalidField("to", "Skriv en gyldig e-mailadresse.");
  if (!mail_.Enabled()) return Conflict("Mail er slået fra: LP_SMTP_URL er ikke sat.");
  const auto now = clock_();
  const auto message_id = domain::MakeMessageId("test." + RandomToken().substr(0, 16), MessageHost(mail_.Settings()));
  domain::MailMessage message;
  message.from = {mail_.Settings().from_address, mail_.Settings().from_name};
  message.to = {address, ""};
  message.subject = "Prøvemail fra Ledelsesportalen";
  message.text_body = "Det virker: Ledelsesportalen kan sende mail gennem " + mail_.Settings().smtp_description +
                      ".\n\nSendt " + domain::FormatDateTime(now) + ".\n";
  message.html_body =
      HtmlDocument(message.subject, HtmlParagraphs(message.text_body), "", "Sendt for at prøve mailopsætningen.");
  message.date = now;
  message.message_id = message_id;
  try {
    const auto composed = domain::ComposeMail(message, Boundary());
    store_.Write([&](Transaction& tx) {
      return tx.Get<MailRepository>().Queue({address, MailKind::Test, message.subject, composed, message_id, now});
    });
  } catch (const std::invalid_argument& error) {
    return InvalidField("to", std::string("Adressen kan ikke bruges: ") + error.what());
  }
  return SendDue(now, owner);
}

std::optional<std::string> MailService::CheckServer() const {
  if (!mail_.Enabled()) return "Mail er slået fra: LP_SMTP_URL er ikke sat.";
  return mail_.Transport()->Check();
}

}  // namespace lp::app
