// The administrator's view of outbound mail and the scheduler (issue 16, /administration/mail):
// whether mail is on, a check of the server on request, the outbox by status (queued, sent, failed)
// with "Send igen" for a failed mail, and every job with its schedule, last run and "Kør nu". And the
// public unsubscribe page a mail's link lands on (/afmeld), with its one-click POST (RFC 8058).
#include <fmt/format.h>

#include <string>

#include "app/notifications/mail_service.hpp"
#include "app/notifications/notifications_access.hpp"
#include "app/platform/jobs.hpp"
#include "app/platform/security.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"
#include "web/notifications/notifications_pages.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kAdminPath = "/administration/mail";

std::size_t PageNumber(std::string_view text) { return ParsePositive<std::size_t>(text).value_or(1); }

Response RenderMailAdmin(const PageServices& services, RequestContext& context) {
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  const auto shown = app::ParseMailStatus(query.Get("status")).value_or(app::MailStatus::Failed);
  auto& mail = services.Get<app::MailService>();
  const auto overview = mail.Overview(shown, PageNumber(query.Get("side")));
  View content;
  if (overview.enabled) {
    content.AddSection("MAIL_ON").Set("SERVER", overview.server);
  } else {
    content.Show("MAIL_OFF");
  }
  if (query.Get("tjek") == "1") {
    const auto problem = mail.CheckServer();
    auto& check = content.AddSection(problem ? "CHECK_FAILED" : "CHECK_OK");
    if (problem) check.Set("PROBLEM", *problem);
  }
  for (const auto status : {app::MailStatus::Queued, app::MailStatus::Sent, app::MailStatus::Failed}) {
    auto& tab = content.AddSection("TAB");
    const auto count = status == app::MailStatus::Queued ? overview.counts.queued
                       : status == app::MailStatus::Sent ? overview.counts.sent
                                                         : overview.counts.failed;
    tab.Set("TAB_HREF", fmt::format("{}?status={}", kAdminPath, app::MailStatusCode(status)));
    tab.Set("TAB_LABEL", fmt::format("{} ({})", app::MailStatusLabel(status), domain::FormatInteger(count)));
    tab.Show(status == shown ? "TAB_CURRENT" : "TAB_LINK");
  }
  content.Set("SHOWN_LABEL", std::string(app::MailStatusLabel(shown)));
  if (overview.mails.empty()) {
    content.Show("NO_MAILS");
  } else {
    auto& table = content.AddSection("MAILS");
    for (const auto& row_mail : overview.mails) {
      auto& row = table.AddSection("MAIL");
      row.Set("RECIPIENT", row_mail.recipient);
      row.Set("SUBJECT", row_mail.subject);
      row.Set("KIND", std::string(app::MailKindLabel(row_mail.kind)));
      row.Set("CREATED", domain::FormatDateTime(row_mail.created_at));
      row.Set("ATTEMPTS", std::to_string(row_mail.attempts));
      // "Sendt 06.12.2026 kl. 03:30", "Fejlet", "I kø, næste forsøg 06.12.2026 kl. 03:35".
      const std::string label(app::MailStatusLabel(row_mail.status));
      row.Set("STATUS", row_mail.sent_at ? label + " " + domain::FormatDateTime(*row_mail.sent_at)
                        : row_mail.status == app::MailStatus::Failed
                            ? label
                            : label + ", næste forsøg " + domain::FormatDateTime(row_mail.next_attempt_at));
      row.Set("ERROR", row_mail.last_error.empty() ? std::string("–") : row_mail.last_error);
      if (row_mail.status == app::MailStatus::Failed) {
        auto& resend = row.AddSection("RESEND");
        resend.Set("RESEND_ACTION", fmt::format("{}/{}/send-igen", kAdminPath, row_mail.id));
        resend.Set("RESEND_LABEL", "Send igen til " + row_mail.recipient);
      }
    }
    AddPager(table, "Sider med mails", overview.span.page, overview.span.pages, [&](std::size_t page) {
      return fmt::format("{}?status={}&side={}", kAdminPath, app::MailStatusCode(shown), page);
    });
  }
  const auto& registry = services.Get<app::JobRegistry>();
  if (registry.scheduler_interval().count() > 0) {
    content.AddSection("SCHEDULER_ON").Set("SECONDS", std::to_string(registry.scheduler_interval().count()));
  } else {
    content.Show("SCHEDULER_OFF");
  }
  for (const auto& job : registry.Jobs()) {
    auto& row = content.AddSection("JOB");
    row.Set("JOB_NAME", job.name);
    row.Set("JOB_DESCRIPTION", job.description);
    row.Set("JOB_SCHEDULE", app::DescribeSchedule(job.schedule));
    const auto runs =
        services.store.Read([&](app::Transaction& tx) { return tx.Get<app::JobRepository>().RecentRuns(job.name, 1); });
    if (runs.empty()) {
      row.Set("JOB_LAST", "Aldrig kørt");
    } else {
      const auto& run = runs.front();
      row.Set("JOB_LAST", fmt::format("{} ({}): {}", domain::FormatDateTime(run.started_at),
                                      !run.ok   ? "kører eller blev afbrudt"
                                      : *run.ok ? "ok"
                                                : "fejl",
                                      run.detail));
    }
    row.Set("JOB_ACTION", fmt::format("{}/job/{}", kAdminPath, job.name));
    row.Set("JOB_LABEL", "Kør " + job.name + " nu");
  }
  return services.pages.Render(context, "Mail og planlagte job", "notifications/mail_admin.tpl", content);
}

Response SubmitResend(const PageServices& services, RequestContext& context) {
  const auto result = services.Get<app::MailService>().Resend(*context.user(), context.params.Int("id"),
                                                              context.request.remote_address);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  return RedirectWithFlash(std::string(kAdminPath) + "?status=queued", "notifications-mail-requeued",
                           services.secure_cookies);
}

Response SubmitRunJob(const PageServices& services, RequestContext& context) {
  const auto name = context.params.Get("name");
  const auto* job = services.Get<app::JobRegistry>().Find(name);
  if (job == nullptr) return services.pages.Error(context, 404, "Jobbet findes ikke.");
  const auto outcome = app::RunJob(services.store, *job, app::ProcessOwner(), app::JobStart::Manual, app::SystemNow);
  const std::string_view flash = !outcome.ran ? "notifications-job-busy"
                                 : outcome.ok ? "notifications-job-done"
                                              : "notifications-job-failed";
  return RedirectWithFlash(std::string(kAdminPath), flash, services.secure_cookies);
}

// The unsubscribe link of a mail: a page that names what is unsubscribed and asks for a click (a mail
// scanner that follows links must not unsubscribe anyone).
struct UnsubscribeRequest {
  std::string address;
  std::string what;  // a category's code, or "dagligt"/"ugentligt" for a digest
  std::string token;
};

UnsubscribeRequest UnsubscribeFrom(const FormData& data) {
  return {data.Get("adresse"), data.Get("kategori"), data.Get("t")};
}

constexpr std::string_view kInvalidLink =
    "Linket til at afmelde er ikke gyldigt. Log ind, og vælg under Mine notifikationer.";

Response ShowUnsubscribe(const PageServices& services, RequestContext& context) {
  const auto request = UnsubscribeFrom(FormData::Parse(context.request.query).value_or(FormData{}));
  auto& mail = services.Get<app::MailService>();
  const auto label = app::MailService::UnsubscribeLabel(request.what);
  if (!label || request.token.empty() ||
      !app::ConstantTimeEquals(request.token,
                               mail.UnsubscribeToken(domain::NormalizeEmail(request.address), request.what))) {
    return services.pages.Error(context, 404, kInvalidLink);
  }
  View content;
  content.Set("ADDRESS", request.address);
  content.Set("WHAT", request.what);
  content.Set("CATEGORY", *label);
  content.Set("TOKEN", request.token);
  content.Show("ASK");
  return services.pages.Render(context, "Afmeld mails", "notifications/unsubscribe.tpl", content);
}

Response SubmitUnsubscribe(const PageServices& services, RequestContext& context) {
  const auto request = UnsubscribeFrom(context.Form());
  const auto result = services.Get<app::MailService>().Unsubscribe(request.address, request.what, request.token);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  View content;
  content.Set("CATEGORY", app::MailService::UnsubscribeLabel(request.what).value_or(""));
  content.Show("DONE");
  return services.pages.Render(context, "Du er afmeldt", "notifications/unsubscribe.tpl", content);
}

// RFC 8058: the mail program posts "List-Unsubscribe=One-Click" to the link itself, without a session.
Response SubmitOneClickUnsubscribe(const PageServices& services, RequestContext& context) {
  const auto request = UnsubscribeFrom(FormData::Parse(context.request.query).value_or(FormData{}));
  const auto result = services.Get<app::MailService>().Unsubscribe(request.address, request.what, request.token);
  if (!result) return Response::Text(404, std::string(kInvalidLink) + "\n");
  return Response::Text(200, "Du er afmeldt.\n");
}

}  // namespace

void RegisterMailAdminPages(PageModule& module) {
  const auto administer = app::Requires(app::kAdministerMail);
  module.shell.AddNavigation({kAdminPath, "Mail og planlagte job",
                              "Om portalen sender mail, hvad der venter, er sendt eller fejlet, og de job, der kører "
                              "af sig selv.",
                              administer, nullptr, 95});
  module.shell.AddFlash({"notifications-mail-requeued", "success", "Mailen er sat i kø igen og sendes snarest."});
  module.shell.AddFlash({"notifications-job-done", "success", "Jobbet er kørt."});
  module.shell.AddFlash({"notifications-job-failed", "error", "Jobbet fejlede. Se resultatet i tabellen."});
  module.shell.AddFlash({"notifications-job-busy", "info", "Jobbet kører allerede i en anden proces."});
  module.Get(std::string(kAdminPath), administer, &RenderMailAdmin);
  module.Post(std::string(kAdminPath) + "/{id:int}/send-igen", administer, &SubmitResend);
  module.Post(std::string(kAdminPath) + "/job/{name}", administer, &SubmitRunJob);
  module.Get("/afmeld", app::kPublic, &ShowUnsubscribe);
  module.Post("/afmeld/bekraeft", app::kPublic, &SubmitUnsubscribe);
  module.PostSigned("/afmeld", &SubmitOneClickUnsubscribe);
}

}  // namespace lp::web
