// The Rejsefæller teams' pages (issue 17): HR's list of teams with the manual offer, a team's page
// (status, members with their progress, the shared plan of meetings, the answer to the offer), Koncern
// HR's form for the team's name and consultant, and the form of a meeting.
#include "web/programmes/team_pages.hpp"

#include <fmt/format.h>

#include <array>
#include <string>

#include "app/programmes/programmes_access.hpp"
#include "app/programmes/team_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kTeamList = "/udvikling/hold";

constexpr app::DayRule kTeamMeetingDays{"datoen",
                                        {std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}},
                                        {std::chrono::year{2040}, std::chrono::December, std::chrono::day{31}}};

std::string TeamProgrammeHref(app::ProgrammeId id) { return fmt::format("/udvikling/forloeb/{}", id); }
std::string TeamUnitHref(domain::UnitId id) { return fmt::format("/organisation/enheder/{}", id); }
std::string TeamMeetingHref(app::TeamId team, app::TeamMeetingId meeting) {
  return fmt::format("{}/moeder/{}", app::TeamHref(team), meeting);
}

// "torsdag 04.03.2027 kl. 09:00–11:00".
std::string TeamMeetingWhen(const app::TeamMeetingFields& fields) {
  return fmt::format("{} kl. {}–{}", domain::FormatLongDate(fields.starts_at), domain::FormatTime(fields.starts_at),
                     domain::FormatTime(fields.ends_at));
}

std::string TeamStatusClass(app::TeamStatus status) {
  switch (status) {
    case app::TeamStatus::Offered: return "badge-warning";
    case app::TeamStatus::Active: return "badge-info";
    case app::TeamStatus::Declined: return "badge-error";
    case app::TeamStatus::Completed: return "badge-success";
  }
  return "badge-info";
}

std::string TeamMeetingStatusClass(app::TeamMeetingStatus status) {
  switch (status) {
    case app::TeamMeetingStatus::Planned: return "badge-info";
    case app::TeamMeetingStatus::Held: return "badge-success";
    case app::TeamMeetingStatus::Cancelled: return "badge-error";
  }
  return "badge-info";
}

std::string TeamProgressClass(domain::ProgressState state) {
  switch (state) {
    case domain::ProgressState::Overdue: return "badge-error";
    case domain::ProgressState::AtRisk: return "badge-warning";
    case domain::ProgressState::Completed: return "badge-success";
    case domain::ProgressState::OnTrack:
    case domain::ProgressState::Exempt: return "badge-info";
  }
  return "badge-info";
}

// The revision of a form, or none (a malformed request: 400).
std::optional<int> TeamRevisionOf(RequestContext& context) {
  return ParsePositive<int>(context.Form().Get("revision"));
}

// ---- the list

Response RenderTeamList(const PageServices& services, RequestContext& context, const app::Error* error = nullptr,
                        const std::string& typed_unit = {}) {
  const auto form = FormData::Parse(context.request.query);
  if (!form) return services.pages.Error(context, 400, "Adressen kan ikke læses.");
  const auto status_code = form->Get("status");
  std::optional<app::TeamStatus> status;
  if (!status_code.empty()) {
    status = app::kTeamStatusTable.Parse(status_code);
    if (!status) return services.pages.Error(context, 404, "Der er ingen hold med den status.");
  }
  const auto list = services.Get<app::TeamService>().List(*context.user(), status);
  if (!list) return services.pages.Error(context, StatusFor(list.error().kind), list.error().message);
  View content;
  for (const auto option : app::kAllTeamStatuses) {
    auto& row = content.AddSection("STATUS_OPTION");
    row.Set("VALUE", std::string(app::kTeamStatusTable.Code(option)));
    row.Set("LABEL", std::string(app::kTeamStatusTable.Label(option)));
    if (status == option) row.Show("SELECTED");
  }
  content.Set("COUNT", domain::CountOf(static_cast<long long>(list->rows.size()), "hold", "hold"));
  if (list->rows.empty()) {
    content.Show("NONE");
  } else {
    auto& table = content.AddSection("TABLE");
    for (const auto& entry : list->rows) {
      auto& row = table.AddSection("TEAM");
      row.Set("HREF", app::TeamHref(entry.team.id));
      row.Set("NAME", entry.team.name);
      row.Set("UNIT", entry.unit != nullptr ? entry.unit->name : std::string("Ukendt enhed"));
      std::string members;
      for (const auto* person : entry.members) {
        if (!members.empty()) members += ", ";
        members += person != nullptr ? person->FullName() : std::string("Ukendt person");
      }
      row.Set("MEMBERS", members);
      row.Set("STATUS", std::string(app::kTeamStatusTable.Label(entry.team.status)));
      row.Set("STATUS_CLASS", TeamStatusClass(entry.team.status));
      row.Set("CONSULTANT",
              entry.team.consultant_name.empty() ? std::string("Ikke tildelt") : entry.team.consultant_name);
      row.Set("NEXT", entry.next_meeting ? domain::FormatDateTime(entry.next_meeting->fields.starts_at)
                                         : std::string("Intet planlagt"));
    }
  }
  if (list->can_maintain) {
    auto& offer = content.AddSection("OFFER");
    const auto errors = FieldErrorsOf(error);
    if (error != nullptr) AddFormError(offer, *error, "Holdet blev ikke tilbudt");
    AddField(offer, "UNIT_FIELD",
             TextField("unit", "Enhed",
                       "Enhedens id fra HR-data, fx AUH-C1-A1, eller dens navn. Enheden skal have mindst to aktive "
                       "ledere.",
                       typed_unit)
                 .Class("input-width-l")
                 .NoSpellcheck(),
             errors);
  }
  return services.pages.Render(context, FormTitle("Rejsefæller-hold", error), "programmes/team_list.tpl", content,
                               FormStatus(error));
}

Response ShowTeamList(const PageServices& services, RequestContext& context) {
  return RenderTeamList(services, context);
}

Response SubmitTeamOffer(const PageServices& services, RequestContext& context) {
  const auto unit = context.Form().Get("unit");
  return FinishForm<app::TeamId>(
      services, context,
      services.Get<app::TeamService>().OfferForUnit(*context.user(), unit, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderTeamList(services, context, &error, unit); },
      [&](const app::TeamId& id) {
        return RedirectWithFlash(app::TeamHref(id), "programmes-team-offered", services.secure_cookies);
      });
}

// ---- a team

Response RenderTeam(const PageServices& services, RequestContext& context, const app::TeamView& view,
                    const app::Error* error = nullptr, const std::string& typed_reason = {}) {
  const auto& team = view.team;
  View content;
  content.Set("NAME", team.name);
  content.Set("PROGRAMME_NAME", view.programme.fields.name);
  content.Set("PROGRAMME_HREF", TeamProgrammeHref(view.programme.id));
  content.Set("UNIT", view.unit != nullptr ? view.unit->name : std::string("en enhed, der ikke findes længere"));
  if (view.unit != nullptr) content.AddSection("UNIT_LINK").Set("HREF", TeamUnitHref(view.unit->id));
  content.Set("ACTION_BASE", app::TeamHref(team.id));
  content.Set("REVISION", std::to_string(team.revision));
  content.Set("STATUS", std::string(app::kTeamStatusTable.Label(team.status)));
  content.Set("STATUS_CLASS", TeamStatusClass(team.status));
  content.Set("EXPLANATION", app::TeamStatusExplanation(team));
  content.Set("OFFERED_ON", domain::FormatDate(team.offered_on));
  if (team.started_on) content.AddSection("STARTED").Set("DAY", domain::FormatDate(*team.started_on));
  if (team.ended_on) content.AddSection("ENDED").Set("DAY", domain::FormatDate(*team.ended_on));
  if (team.status == app::TeamStatus::Declined) content.AddSection("DECLINED").Set("REASON", team.decline_reason);
  if (team.consultant_name.empty()) {
    content.Show("NO_CONSULTANT");
  } else {
    auto& consultant = content.AddSection("CONSULTANT");
    consultant.Set("NAME", team.consultant_name);
    if (!team.consultant_email.empty()) consultant.AddSection("EMAIL").Set("ADDRESS", team.consultant_email);
  }
  if (view.can_maintain) content.AddSection("LIST_LINK").Set("HREF", std::string(kTeamList));
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr) AddFormError(content, *error, "Det lykkedes ikke");
  if (view.can_answer) {
    auto& answer = content.AddSection("ANSWER");
    AddField(
        answer, "REASON_FIELD",
        TextAreaField("reason", "Hvorfor takker I nej?",
                      "Skriv kort, hvorfor I ikke vil deltage nu. " + MaxCharactersHint(app::kMaxTeamDeclineReason),
                      typed_reason, 3),
        errors);
  }

  for (const auto& member : view.members) {
    auto& row = content.AddSection("MEMBER");
    row.Set("NAME", member.person != nullptr ? member.person->FullName() : std::string("Ukendt person"));
    row.Set("TITLE", member.person != nullptr ? member.person->title : std::string());
    row.Set("LEADERSHIP", member.leadership);
    if (member.member.left_on) row.AddSection("LEFT").Set("DAY", domain::FormatDate(*member.member.left_on));
    if (member.programme) {
      auto& progress = row.AddSection("PROGRESS");
      progress.Set("STATE", std::string(domain::ProgressStateLabel(member.programme->status.state)));
      progress.Set("STATE_CLASS", TeamProgressClass(member.programme->status.state));
      progress.Set("CRITERIA", member.programme->status.Criteria());
    } else {
      row.Show("NOT_ENROLLED");
    }
  }

  content.Set("HELD", domain::CountOf(view.held, "møde afholdt", "møder afholdt"));
  if (view.can_plan) content.AddSection("CAN_PLAN").Set("NEW_HREF", app::TeamHref(team.id) + "/moeder/ny");
  if (view.meetings.empty()) content.Show("NO_MEETINGS");
  const auto today = domain::ToCopenhagenTime(app::SystemNow()).date;
  for (const auto& meeting : view.meetings) {
    auto& row = content.AddSection("MEETING");
    row.Set("ID", std::to_string(meeting.id));
    row.Set("WHEN", TeamMeetingWhen(meeting.fields));
    row.Set("THEME", meeting.fields.theme);
    row.Set("STATUS", std::string(app::kTeamMeetingStatusTable.Label(meeting.status)));
    row.Set("STATUS_CLASS", TeamMeetingStatusClass(meeting.status));
    if (!meeting.fields.place.empty()) row.AddSection("PLACE").Set("TEXT", meeting.fields.place);
    if (!meeting.fields.online_link.empty()) row.AddSection("ONLINE").Set("HREF", meeting.fields.online_link);
    if (!meeting.fields.notes.empty()) row.AddSection("NOTES").Set("TEXT", meeting.fields.notes);
    if (view.can_plan) {
      auto& actions = row.AddSection("MEETING_ACTIONS");
      actions.Set("EDIT_HREF", TeamMeetingHref(team.id, meeting.id) + "/rediger");
      actions.Set("STATUS_ACTION", TeamMeetingHref(team.id, meeting.id) + "/status");
      actions.Set("MEETING_REVISION", std::to_string(meeting.revision));
      actions.Set("THEME", meeting.fields.theme);
      if (meeting.status == app::TeamMeetingStatus::Planned) {
        if (domain::ToCopenhagenTime(meeting.fields.starts_at).date <= today) actions.Show("CAN_HOLD");
        actions.Show("CAN_CANCEL");
      }
    }
  }
  if (view.can_maintain) {
    auto& hr = content.AddSection("MAINTAIN");
    hr.Set("EDIT_HREF", app::TeamHref(team.id) + "/rediger");
    if (team.status == app::TeamStatus::Active) hr.Show("CAN_COMPLETE");
  }
  return services.pages.Render(context, error != nullptr ? team.name + " (fejl)" : team.name, "programmes/team.tpl",
                               content, error != nullptr ? StatusFor(error->kind) : 200);
}

Response ShowTeam(const PageServices& services, RequestContext& context) {
  const auto view =
      services.Get<app::TeamService>().View(*context.user(), context.params.Int("id"), context.request.remote_address);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  return RenderTeam(services, context, view.value());
}

// An answer, a completion or a meeting's status: done, back to the team with a flash; refused, the team
// page again with the reason and the status that fits (422 with the field, 409 for a conflict).
Response AfterTeamAction(const PageServices& services, RequestContext& context, const app::Result<app::Unit>& result,
                         std::string_view flash, const std::string& typed_reason = {}) {
  const auto id = context.params.Int("id");
  if (result) return RedirectWithFlash(app::TeamHref(id), flash, services.secure_cookies);
  const auto& error = result.error();
  if (error.kind != app::ErrorKind::Invalid && error.kind != app::ErrorKind::Conflict) {
    return services.pages.Error(context, StatusFor(error.kind), error.message);
  }
  const auto view = services.Get<app::TeamService>().View(*context.user(), id, context.request.remote_address);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  return RenderTeam(services, context, view.value(), &error, typed_reason);
}

Response SubmitTeamAccept(const PageServices& services, RequestContext& context) {
  const auto revision = TeamRevisionOf(context);
  if (!revision) return services.pages.Error(context, 400);
  return AfterTeamAction(services, context,
                         services.Get<app::TeamService>().Accept(*context.user(), context.params.Int("id"), *revision,
                                                                 context.request.remote_address),
                         "programmes-team-accepted");
}

Response SubmitTeamDecline(const PageServices& services, RequestContext& context) {
  const auto revision = TeamRevisionOf(context);
  if (!revision) return services.pages.Error(context, 400);
  const auto reason = context.Form().Get("reason");
  return AfterTeamAction(services, context,
                         services.Get<app::TeamService>().Decline(*context.user(), context.params.Int("id"), *revision,
                                                                  reason, context.request.remote_address),
                         "programmes-team-declined", reason);
}

Response SubmitTeamComplete(const PageServices& services, RequestContext& context) {
  const auto revision = TeamRevisionOf(context);
  if (!revision) return services.pages.Error(context, 400);
  return AfterTeamAction(services, context,
                         services.Get<app::TeamService>().Complete(*context.user(), context.params.Int("id"), *revision,
                                                                   context.request.remote_address),
                         "programmes-team-completed");
}

// ---- Koncern HR's form: the name and the consultant

Response RenderTeamForm(const PageServices& services, RequestContext& context, const app::TeamView& view,
                        const app::TeamInput& input, int revision, const app::Error* error = nullptr) {
  View content;
  const auto href = app::TeamHref(view.team.id);
  content.Set("TEAM_NAME", view.team.name);
  content.Set("TEAM_HREF", href);
  content.Set("PROGRAMME_NAME", view.programme.fields.name);
  content.Set("PROGRAMME_HREF", TeamProgrammeHref(view.programme.id));
  content.Set("FORM_ACTION", href + "/rediger");
  content.Set("REVISION", std::to_string(revision));
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict) {
    AddConflictNotice(content, error->message, href, "Se holdet, som det er nu");
  } else if (error != nullptr) {
    AddFormError(content, *error, "Holdet blev ikke gemt");
  }
  AddField(content, "NAME_FIELD",
           TextField("name", "Holdets navn", MaxCharactersHint(app::kMaxTeamName), input.name).Class("input-width-xl"),
           errors);
  AddField(content, "CONSULTANT_FIELD",
           TextField("consultant_name", "Ledelseskonsulent (valgfri)",
                     "Den konsulent fra Koncern HR, der følger holdet. " + MaxCharactersHint(app::kMaxTeamConsultant),
                     input.consultant_name)
               .Class("input-width-xl"),
           errors);
  AddField(
      content, "EMAIL_FIELD",
      TextField("consultant_email", "Konsulentens e-mailadresse (valgfri)", "Fx navn@rm.dk.", input.consultant_email)
          .Class("input-width-xl")
          .NoSpellcheck(),
      errors);
  return services.pages.Render(context, FormTitle("Ret " + view.team.name, error), "programmes/team_form.tpl", content,
                               FormStatus(error));
}

Response ShowTeamEdit(const PageServices& services, RequestContext& context) {
  const auto view =
      services.Get<app::TeamService>().View(*context.user(), context.params.Int("id"), context.request.remote_address);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  return RenderTeamForm(services, context, view.value(), app::TeamInputOf(view->team), view->team.revision);
}

Response SubmitTeamEdit(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto revision = TeamRevisionOf(context);
  if (!revision) return services.pages.Error(context, 400);
  const auto& form = context.Form();
  const app::TeamInput input{form.Get("name"), form.Get("consultant_name"), form.Get("consultant_email")};
  auto& teams = services.Get<app::TeamService>();
  return FinishForm<app::Unit>(
      services, context, teams.Update(*context.user(), id, *revision, input, context.request.remote_address),
      [&](const app::Error& error, int) {
        const auto view = teams.View(*context.user(), id, context.request.remote_address);
        if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
        // After a conflict the form is sent again against the current revision, on purpose.
        const int shown = error.kind == app::ErrorKind::Conflict ? view->team.revision : *revision;
        return RenderTeamForm(services, context, view.value(), input, shown, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(app::TeamHref(id), "programmes-team-saved", services.secure_cookies);
      });
}

// ---- a meeting's form

app::TeamMeetingInput TeamMeetingInputFrom(const FormData& form) {
  return {form.Get("day"),         form.Get("starts"), form.Get("ends"),  form.Get("place"),
          form.Get("online_link"), form.Get("theme"),  form.Get("notes"), form.Get("status")};
}

// `meeting`: the meeting edited (none: a new one), with its revision as sent.
Response RenderTeamMeetingForm(const PageServices& services, RequestContext& context, const app::TeamView& view,
                               const app::TeamMeetingInput& input, std::optional<app::TeamMeetingId> meeting,
                               int revision, const app::Error* error = nullptr) {
  View content;
  const auto href = app::TeamHref(view.team.id);
  const std::string heading = meeting ? "Ret mødet" : "Nyt møde i holdets plan";
  content.Set("HEADING", heading);
  content.Set("TEAM_NAME", view.team.name);
  content.Set("TEAM_HREF", href);
  content.Set("PROGRAMME_NAME", view.programme.fields.name);
  content.Set("PROGRAMME_HREF", TeamProgrammeHref(view.programme.id));
  content.Set("FORM_ACTION", meeting ? TeamMeetingHref(view.team.id, *meeting) + "/rediger" : href + "/moeder/ny");
  content.Set("SUBMIT", meeting ? "Gem mødet" : "Føj mødet til planen");
  if (meeting) content.AddSection("EXISTING").Set("REVISION", std::to_string(revision));
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict && meeting) {
    AddConflictNotice(content, error->message, href, "Se holdets plan, som den er nu");
  } else if (error != nullptr) {
    AddFormError(content, *error, meeting ? "Mødet blev ikke gemt" : "Mødet blev ikke oprettet");
  }
  AddField(content, "DAY_FIELD", DateField("day", "Dato", "", input.day, kTeamMeetingDays), errors);
  AddField(content, "STARTS_FIELD",
           TextField("starts", "Starter kl.", "Fx 09:00.", input.starts).Class("input-width-xs"), errors);
  AddField(content, "ENDS_FIELD", TextField("ends", "Slutter kl.", "Fx 11:00.", input.ends).Class("input-width-xs"),
           errors);
  AddField(content, "PLACE_FIELD",
           TextField("place", "Sted", "Adresse og lokale. Tomt, hvis I kun mødes online.", input.place)
               .Class("input-width-xl"),
           errors);
  AddField(content, "LINK_FIELD",
           TextField("online_link", "Link til onlinemøde", "Begynder med https://. Tomt, hvis der ikke er et.",
                     input.online_link)
               .Class("input-width-xl")
               .NoSpellcheck(),
           errors);
  AddField(
      content, "THEME_FIELD",
      TextField("theme", "Tema", "Hvad I vil arbejde med. " + MaxCharactersHint(app::kMaxTeamMeetingTheme), input.theme)
          .Class("input-width-xl"),
      errors);
  AddField(content, "NOTES_FIELD",
           TextAreaField("notes", "Aftaler og noter (valgfri)",
                         "Det, I aftaler, og det, I vil huske. " + MaxCharactersHint(app::kMaxTeamMeetingNotes),
                         input.notes, 6),
           errors);
  if (meeting) {
    std::vector<FieldOption> statuses;
    statuses.reserve(app::kAllTeamMeetingStatuses.size());
    for (const auto status : app::kAllTeamMeetingStatuses) {
      statuses.push_back({std::string(app::kTeamMeetingStatusTable.Code(status)),
                          std::string(app::kTeamMeetingStatusTable.Label(status))});
    }
    AddField(content, "STATUS_FIELD",
             SelectField("status", "Status", "Et møde markeres som afholdt på dagen eller bagefter.", input.status,
                         statuses),
             errors);
  }
  return services.pages.Render(context, FormTitle(heading + ": " + view.team.name, error),
                               "programmes/team_meeting_form.tpl", content, FormStatus(error));
}

Response ShowNewTeamMeeting(const PageServices& services, RequestContext& context) {
  const auto view =
      services.Get<app::TeamService>().View(*context.user(), context.params.Int("id"), context.request.remote_address);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  if (!view->can_plan) {
    return services.pages.Error(context, 403,
                                "Kun holdets medlemmer og Koncern HR planlægger møder, mens holdet er i gang.");
  }
  app::TeamMeetingInput input;
  input.starts = "09:00";
  input.ends = "11:00";
  return RenderTeamMeetingForm(services, context, view.value(), input, std::nullopt, 0);
}

Response SubmitNewTeamMeeting(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto input = TeamMeetingInputFrom(context.Form());
  auto& teams = services.Get<app::TeamService>();
  return FinishForm<app::TeamMeetingId>(
      services, context, teams.AddMeeting(*context.user(), id, input, context.request.remote_address),
      [&](const app::Error& error, int) {
        const auto view = teams.View(*context.user(), id, context.request.remote_address);
        if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
        if (error.kind == app::ErrorKind::Conflict) return RenderTeam(services, context, view.value(), &error);
        return RenderTeamMeetingForm(services, context, view.value(), input, std::nullopt, 0, &error);
      },
      [&](const app::TeamMeetingId&) {
        return RedirectWithFlash(app::TeamHref(id), "programmes-team-meeting-added", services.secure_cookies);
      });
}

// The meeting of the team named in the path, or none.
std::optional<app::TeamMeeting> TeamMeetingOf(const app::TeamView& view, app::TeamMeetingId id) {
  for (const auto& meeting : view.meetings) {
    if (meeting.id == id) return meeting;
  }
  return std::nullopt;
}

Response ShowTeamMeetingEdit(const PageServices& services, RequestContext& context) {
  const auto view =
      services.Get<app::TeamService>().View(*context.user(), context.params.Int("id"), context.request.remote_address);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  const auto meeting = TeamMeetingOf(view.value(), context.params.Int("meeting"));
  if (!meeting) return services.pages.Error(context, 404, "Mødet findes ikke.");
  if (!view->can_plan) {
    return services.pages.Error(context, 403,
                                "Kun holdets medlemmer og Koncern HR ændrer møder, mens holdet er i gang.");
  }
  return RenderTeamMeetingForm(services, context, view.value(), app::TeamMeetingInputOf(*meeting), meeting->id,
                               meeting->revision);
}

Response SubmitTeamMeetingEdit(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto meeting_id = context.params.Int("meeting");
  const auto revision = TeamRevisionOf(context);
  if (!revision) return services.pages.Error(context, 400);
  const auto input = TeamMeetingInputFrom(context.Form());
  auto& teams = services.Get<app::TeamService>();
  return FinishForm<app::Unit>(
      services, context,
      teams.UpdateMeeting(*context.user(), id, meeting_id, *revision, input, context.request.remote_address),
      [&](const app::Error& error, int) {
        const auto view = teams.View(*context.user(), id, context.request.remote_address);
        if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
        const auto current = TeamMeetingOf(view.value(), meeting_id);
        if (!current) return services.pages.Error(context, 404, "Mødet findes ikke.");
        // After a conflict the form is sent again against the current revision, on purpose.
        const int shown = error.kind == app::ErrorKind::Conflict ? current->revision : *revision;
        return RenderTeamMeetingForm(services, context, view.value(), input, meeting_id, shown, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(app::TeamHref(id), "programmes-team-meeting-saved", services.secure_cookies);
      });
}

// The buttons "Marker som afholdt" and "Aflys" on the team's page. A refusal at the status (held
// before the day) shows the meeting's form with the message at the status field.
Response SubmitTeamMeetingStatus(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto meeting_id = context.params.Int("meeting");
  const auto revision = TeamRevisionOf(context);
  if (!revision) return services.pages.Error(context, 400);
  const auto status = context.Form().Get("status");
  auto& teams = services.Get<app::TeamService>();
  const auto result =
      teams.SetMeetingStatus(*context.user(), id, meeting_id, *revision, status, context.request.remote_address);
  if (result || result.error().kind != app::ErrorKind::Invalid) {
    return AfterTeamAction(services, context, result,
                           status == "afholdt" ? "programmes-team-meeting-held" : "programmes-team-meeting-saved");
  }
  const auto view = teams.View(*context.user(), id, context.request.remote_address);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  const auto meeting = TeamMeetingOf(view.value(), meeting_id);
  if (!meeting) return services.pages.Error(context, 404, "Mødet findes ikke.");
  auto input = app::TeamMeetingInputOf(*meeting);
  input.status = status;
  return RenderTeamMeetingForm(services, context, view.value(), input, meeting_id, *revision, &result.error());
}

}  // namespace

void RegisterProgrammeTeamPages(PageModule& module) {
  module.shell.AddNavigation({kTeamList, "Rejsefæller-hold",
                              "Lederpar og ledelsesteams i fælles ledelse, der er tilbudt Rejsefæller: status, "
                              "konsulent og næste møde.",
                              app::Requires(app::kViewProgrammeOverview), &kDevelopmentSection, 35});
  module.shell.AddFlash(
      {"programmes-team-offered", "success", "Holdet har fået tilbuddet, og medlemmerne har fået besked."});
  module.shell.AddFlash({"programmes-team-accepted", "success",
                         "Velkommen på Rejsefæller. I er alle tilmeldt forløbet, og I kan nu planlægge jeres møder."});
  module.shell.AddFlash({"programmes-team-declined", "success", "Jeres svar er gemt. Koncern HR kan se begrundelsen."});
  module.shell.AddFlash({"programmes-team-saved", "success", "Holdet er gemt."});
  module.shell.AddFlash({"programmes-team-completed", "success", "Holdets forløb er afsluttet."});
  module.shell.AddFlash({"programmes-team-meeting-added", "success", "Mødet står nu i holdets plan."});
  module.shell.AddFlash({"programmes-team-meeting-saved", "success", "Mødet er gemt."});
  module.shell.AddFlash({"programmes-team-meeting-held", "success",
                         "Mødet er markeret som afholdt og tæller som en ledersparring for hele holdet."});
  const auto maintain = app::Requires(app::kMaintainProgrammes);
  module.Get(std::string(kTeamList), app::Requires(app::kViewProgrammeOverview), &ShowTeamList);
  module.Post("/udvikling/hold/tilbyd", maintain, &SubmitTeamOffer);
  module.Get("/udvikling/hold/{id:int}", app::kSignedIn, &ShowTeam);
  module.Post("/udvikling/hold/{id:int}/ja", app::kSignedIn, &SubmitTeamAccept);
  module.Post("/udvikling/hold/{id:int}/nej", app::kSignedIn, &SubmitTeamDecline);
  module.Get("/udvikling/hold/{id:int}/rediger", maintain, &ShowTeamEdit);
  module.Post("/udvikling/hold/{id:int}/rediger", maintain, &SubmitTeamEdit);
  module.Post("/udvikling/hold/{id:int}/afslut", maintain, &SubmitTeamComplete);
  module.Get("/udvikling/hold/{id:int}/moeder/ny", app::kSignedIn, &ShowNewTeamMeeting);
  module.Post("/udvikling/hold/{id:int}/moeder/ny", app::kSignedIn, &SubmitNewTeamMeeting);
  module.Get("/udvikling/hold/{id:int}/moeder/{meeting:int}/rediger", app::kSignedIn, &ShowTeamMeetingEdit);
  module.Post("/udvikling/hold/{id:int}/moeder/{meeting:int}/rediger", app::kSignedIn, &SubmitTeamMeetingEdit);
  module.Post("/udvikling/hold/{id:int}/moeder/{meeting:int}/status", app::kSignedIn, &SubmitTeamMeetingStatus);
}

}  // namespace lp::web
