// The activation pages (issue 4): the rounds (/aktivering, top management sets them), a unit's plan
// (/organisation/enheder/{id}/plan) with its activities, their forms, and the leaders' overview of
// missing plans and overdue activities (/aktivering/mine-enheder). Handlers parse the form, call one
// ActivationService use case with the viewer's foundation context and render or redirect; on bad
// input or a conflict the form comes back with what was typed.
#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

#include "app/activation/activation_access.hpp"
#include "app/activation/activation_calendar.hpp"
#include "app/activation/activation_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/outbound_mail.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/activation/activation_pages.hpp"
#include "web/activation/activity_form.hpp"
#include "web/notifications/calendar_file.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/markdown.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

using domain::ActivityStatus;

constexpr std::string_view kRoundsPath = "/aktivering";

std::string UnitHref(domain::UnitId unit) { return "/organisation/enheder/" + std::to_string(unit); }
std::string ActivityHref(app::ActivityId id) { return "/aktivering/aktiviteter/" + std::to_string(id); }
std::string PlanActionHref(app::PlanId id) { return "/aktivering/planer/" + std::to_string(id); }
std::string RoundEditHref(app::RoundId id) { return "/aktivering/runder/" + std::to_string(id) + "/rediger"; }

// The revision a form was opened with; 0 (matching no row) when it is missing or malformed.
long long Revision(const FormData& form) { return ParsePositive(form.Get("revision")).value_or(0); }

std::optional<app::RoundId> RoundFromQuery(const RequestContext& context, bool& malformed) {
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  if (!query.Has("runde")) return std::nullopt;
  const auto id = ParsePositive(query.Get("runde"));
  if (!id) malformed = true;
  return id;
}

void SetMarkdown(View& view, std::string_view name, const std::string& markdown) {
  if (markdown.empty()) return;
  view.AddSection(std::string(name)).Set("HTML", RenderMarkdown(markdown));
}

void SetRoundState(View& view, const app::RoundView& round) {
  if (!round.started) {
    view.Set("ROUND_STATE", "Kommende");
  } else if (round.deadline_passed) {
    view.Set("ROUND_STATE", "Fristen for planer er passeret");
  } else {
    view.Set("ROUND_STATE", "I gang");
  }
}

void SetRound(View& view, const app::RoundView& round) {
  view.Set("ROUND_NAME", round.round.fields.name);
  view.Set("ROUND_STARTS", domain::FormatDate(round.round.fields.starts_on));
  view.Set("ROUND_DEADLINE", domain::FormatDate(round.round.fields.plan_deadline));
  SetRoundState(view, round);
}

std::string_view StateBadge(domain::PlanState state) {
  switch (state) {
    case domain::PlanState::Approved: return "badge-success";
    case domain::PlanState::Draft: return "badge-info";
    case domain::PlanState::Missing: return "badge-warning";
    case domain::PlanState::Overdue: return "badge-error";
    case domain::PlanState::NotDue: return "";
  }
  return "";
}

void SetState(View& view, domain::PlanState state) {
  view.Set("STATE_LABEL", std::string(domain::PlanStateLabel(state)));
  view.Set("STATE_BADGE", std::string(StateBadge(state)));
}

std::string LeaderNames(const std::vector<const domain::Person*>& leaders) {
  std::string names;
  for (const auto* leader : leaders) {
    if (!names.empty()) names += ", ";
    names += leader->FullName();
  }
  return names.empty() ? "Ingen leder" : names;
}

// --- Rounds ---

Response RenderRounds(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto overview = services.Get<app::ActivationService>().Rounds(organisation);
  View content;
  if (overview.can_manage) content.Show("CAN_MANAGE");
  // The overview lists the units the viewer leads; an employee would find it empty.
  if (!overview.led_units.empty()) content.Show("LEADS_UNITS");
  if (overview.rounds.empty()) content.Show("NO_ROUNDS");
  for (const auto& round : overview.rounds) {
    auto& row = content.AddSection("ROUND");
    SetRound(row, round);
    SetMarkdown(row, "ROUND_DESCRIPTION", round.round.fields.description);
    auto& flags = row.AddSection("ROUND_FLAGS");
    if (round.current) flags.Show("ROUND_CURRENT");
    if (overview.can_manage) flags.AddSection("ROUND_EDIT").Set("HREF", RoundEditHref(round.round.id));
  }
  // The plan that applies in the viewer's own unit, unless it is one of theirs (listed below).
  if (overview.covering != nullptr &&
      std::find(overview.led_units.begin(), overview.led_units.end(), overview.covering) == overview.led_units.end()) {
    auto& mine = content.AddSection("MY_UNIT_PLAN");
    mine.Set("PLAN_HREF", PlanHref(overview.covering->id, std::nullopt));
    mine.Set("UNIT_NAME", overview.covering->name);
    if (overview.my_unit != nullptr && overview.my_unit != overview.covering) {
      mine.AddSection("COVERED").Set("MY_UNIT_NAME", overview.my_unit->name);
    }
    mine.Set("SESSIONS_HREF", UnitHref(overview.covering->id) + "/dialog");
  }
  if (!overview.led_units.empty()) {
    auto& led = content.AddSection("LED_UNITS");
    for (const auto* unit : overview.led_units) {
      auto& row = led.AddSection("LED_UNIT");
      row.Set("UNIT_NAME", unit->name);
      row.Set("PLAN_HREF", PlanHref(unit->id, std::nullopt));
    }
  }
  return services.pages.Render(context, "Aktivering af ledelsesgrundlaget", "activation/activation_rounds.tpl",
                               content);
}

struct RoundFormState {
  std::optional<app::RoundId> id;  // none: a new round
  long long revision = 0;
  app::RoundInput input;
};

// The round form, empty, as stored, or again with what was typed and `error` (field errors, or a
// conflict whose notice links to the round as it is now).
Response RenderRoundForm(const PageServices& services, RequestContext& context, const RoundFormState& state,
                         const app::Error* error = nullptr) {
  View content;
  const std::span<const app::FieldError> errors =
      error != nullptr ? std::span<const app::FieldError>(error->field_errors) : std::span<const app::FieldError>();
  AddErrorSummary(content, errors);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict) {
    AddConflictNotice(content, error->message, state.id ? RoundEditHref(*state.id) : std::string(kRoundsPath));
  }
  const std::string heading = state.id ? "Ret aktiveringsrunde" : "Ny aktiveringsrunde";
  content.Set("HEADING", heading);
  content.Set("ACTION", state.id ? RoundEditHref(*state.id) : std::string("/aktivering/runder/ny"));
  content.Set("SUBMIT_LABEL", state.id ? "Gem ændringer" : "Opret runde");
  if (state.id) content.AddSection("HAS_REVISION").Set("REVISION", std::to_string(state.revision));
  AddField(content, "NAME_FIELD",
           TextField("name", "Navn",
                     "Fx Aktivering af ledelsesgrundlaget 2026. " + MaxCharactersHint(app::kMaxActivationNameLength),
                     state.input.name),
           errors);
  AddField(content, "DESCRIPTION_FIELD",
           TextAreaField("description", "Beskrivelse (valgfri)",
                         "Hvad runden går ud på, og hvad enhederne skal nå. Du kan bruge Markdown. " +
                             MaxCharactersHint(app::kMaxActivationTextLength),
                         state.input.description),
           errors);
  AddField(content, "STARTS_ON_FIELD",
           DateField("starts_on", "Start",
                     "Fx lanceringen på Ledertræf den 04.06.2026. " + DayRangeHint(app::kActivationDay),
                     DateValue(state.input.starts_on), app::kActivationDay),
           errors);
  AddField(content, "PLAN_DEADLINE_FIELD",
           DateField("plan_deadline", "Frist for enhedernes planer",
                     "Samme dag som starten eller senere. " + DayRangeHint(app::kActivationDay),
                     DateValue(state.input.plan_deadline), app::kActivationDay),
           errors);
  return services.pages.Render(context, FormTitle(heading, error), "activation/activation_round_form.tpl", content,
                               FormStatus(error));
}

app::RoundInput RoundInputFrom(const FormData& form) {
  return {form.Get("name"), form.Get("description"), form.Get("starts_on"), form.Get("plan_deadline")};
}

app::RoundInput RoundInputOf(const app::ActivationRound& round) {
  return {round.fields.name, round.fields.description, domain::FormatIsoDate(round.fields.starts_on),
          domain::FormatIsoDate(round.fields.plan_deadline)};
}

Response ShowNewRound(const PageServices& services, RequestContext& context) {
  RoundFormState state;
  state.input.starts_on = domain::FormatIsoDate(services.Get<app::ActivationService>().Today());
  return RenderRoundForm(services, context, state);
}

Response SubmitNewRound(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  RoundFormState state;
  state.input = RoundInputFrom(context.Form());
  return FinishForm<app::RoundId>(
      services, context,
      services.Get<app::ActivationService>().CreateRound(organisation, state.input, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderRoundForm(services, context, state, &error); },
      [&](const app::RoundId&) {
        return RedirectWithFlash(std::string(kRoundsPath), "activation-round-created", services.secure_cookies);
      });
}

Response ShowRoundEdit(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto round = services.Get<app::ActivationService>().RoundForEdit(organisation, context.params.Int("id"));
  if (!round) return services.pages.Error(context, StatusFor(round.error().kind), round.error().message);
  return RenderRoundForm(services, context, {round->id, round->revision, RoundInputOf(round.value())});
}

Response SubmitRoundEdit(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  RoundFormState state{id, Revision(form), RoundInputFrom(form)};
  auto& activation = services.Get<app::ActivationService>();
  return FinishForm<app::Unit>(
      services, context,
      activation.UpdateRound(organisation, id, state.revision, state.input, context.request.remote_address),
      [&](const app::Error& error, int) {
        if (error.kind == app::ErrorKind::Conflict) {
          // The typed text stays; the form now carries the current revision, so saving again is a
          // deliberate choice made after seeing the warning.
          if (const auto current = activation.RoundForEdit(organisation, id)) state.revision = current->revision;
        }
        return RenderRoundForm(services, context, state, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(std::string(kRoundsPath), "activation-round-updated", services.secure_cookies);
      });
}

// --- A unit's plan ---

struct PlanPageState {
  std::optional<std::string> notes;  // typed notes to show again
  std::vector<app::FieldError> errors;
  std::string alert;   // a conflict or refusal, shown at the top
  std::string reason;  // a typed reason for withdrawing the approval, to show again
};

void AddActivityRow(View& list, const app::ActivityView& view, bool can_edit) {
  const auto& activity = view.activity;
  auto& row = list.AddSection("ACTIVITY");
  row.Set("ACTIVITY_ID", std::to_string(activity.id));
  row.Set("KIND_LABEL", std::string(domain::ActivityKindLabel(activity.fields.kind)));
  row.Set("TITLE", activity.fields.title);
  row.Set("PLANNED_ON", domain::FormatDate(activity.fields.planned_on));
  row.Set("STATUS_LABEL", std::string(domain::ActivityStatusLabel(activity.status)));
  std::string responsible;
  if (view.responsible_person != nullptr) responsible = view.responsible_person->FullName();
  if (!activity.fields.responsible.empty()) {
    responsible += responsible.empty() ? activity.fields.responsible : " (" + activity.fields.responsible + ")";
  }
  row.Set("RESPONSIBLE", responsible.empty() ? "Ikke angivet" : responsible);
  auto& state = row.AddSection("ACTIVITY_STATE");
  if (!activity.fields.participants.empty()) state.AddSection("PARTICIPANTS").Set("TEXT", activity.fields.participants);
  if (view.overdue) state.Show("OVERDUE");
  if (activity.status == ActivityStatus::Done) {
    auto& done = state.AddSection("DONE");
    if (activity.completed_on) done.Set("COMPLETED_ON", domain::FormatDate(*activity.completed_on));
    SetMarkdown(done, "OUTCOME", activity.outcome);
    SetMarkdown(done, "AGREEMENTS", activity.agreements);
  }
  if (activity.status == ActivityStatus::Cancelled) {
    auto& cancelled = state.AddSection("CANCELLED");
    if (activity.cancelled_at)
      cancelled.AddSection("CANCELLED_ON").Set("DATE", domain::FormatDate(*activity.cancelled_at));
    if (view.cancelled_by_name) cancelled.AddSection("CANCELLED_BY").Set("NAME", *view.cancelled_by_name);
    if (!activity.cancellation_reason.empty()) {
      cancelled.AddSection("CANCELLATION_REASON").Set("TEXT", activity.cancellation_reason);
    }
    if (can_edit) {
      auto& reopen = cancelled.AddSection("REOPEN");
      reopen.Set("REOPEN_ACTION", ActivityHref(activity.id) + "/genoptag");
      reopen.Set("ACTIVITY_REVISION", std::to_string(activity.revision));
    }
  }
  if (activity.source_agreement) {
    state.AddSection("FROM_DIALOGUE")
        .Set("SOURCE_HREF", "/dialog/aftaler/" + std::to_string(*activity.source_agreement));
  }
  if (activity.status == ActivityStatus::Planned) {
    state.AddSection("CALENDAR").Set("CALENDAR_HREF", ActivityHref(activity.id) + "/kalender.ics");
  }
  if (!can_edit || activity.status == ActivityStatus::Cancelled) return;
  auto& actions = state.AddSection("ACTIONS");
  actions.Set("EDIT_HREF", ActivityHref(activity.id) + "/rediger");
  actions.Set("COMPLETE_HREF", ActivityHref(activity.id) + "/afslut");
  actions.Set("COMPLETE_LABEL", activity.status == ActivityStatus::Done ? "Ret referatet" : "Marker som gennemført");
  if (activity.status == ActivityStatus::Planned) {
    actions.AddSection("CANCEL").Set("CANCEL_HREF", ActivityHref(activity.id) + "/aflys");
  }
}

Response RenderPlan(const PageServices& services, RequestContext& context, domain::UnitId unit_id,
                    std::optional<app::RoundId> round_id, const PlanPageState& state, int status) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto result = services.Get<app::ActivationService>().UnitPlan(organisation, unit_id, round_id);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& page = result.value();
  View content;
  AddErrorSummary(content, state.errors);
  if (!state.alert.empty()) content.AddSection("ALERT").Set("MESSAGE", state.alert);
  content.Set("UNIT_NAME", page.unit->name);
  content.Set("UNIT_HREF", UnitHref(page.unit->id));
  for (const auto& step : page.ancestors) {
    auto& crumb = content.AddSection("ANCESTOR");
    crumb.Set("CRUMB_HREF", UnitHref(step.unit->id));
    crumb.Set("CRUMB_NAME", step.unit->name);
  }
  if (!page.round) {
    content.Show("NO_ROUNDS");
    return services.pages.Render(context, "Aktiveringsplan for " + page.unit->name, "activation/activation_plan.tpl",
                                 content, status);
  }
  const auto& round = *page.round;
  auto& shown = content.AddSection("ROUND_SHOWN");
  SetRound(shown, round);
  SetMarkdown(shown, "ROUND_DESCRIPTION", round.round.fields.description);
  if (page.rounds.size() > 1) {
    auto& others = content.AddSection("OTHER_ROUNDS");
    for (const auto& other : page.rounds) {
      auto& row = others.AddSection("OTHER_ROUND");
      row.Set("OTHER_NAME", other.round.fields.name);
      row.Set("OTHER_HREF", PlanHref(page.unit->id, other.round.id));
      row.Show(other.round.id == round.round.id ? "OTHER_SELECTED" : "OTHER_LINK");
    }
  }
  SetState(content, page.state);
  if (!page.plan) {
    auto& missing = content.AddSection("NO_PLAN");
    if (page.state == domain::PlanState::Overdue) missing.Show("PLAN_OVERDUE");
    if (page.state == domain::PlanState::Missing) missing.Show("PLAN_MISSING");
    if (page.state == domain::PlanState::NotDue) missing.Show("PLAN_NOT_DUE");
    if (!page.expected) missing.Show("NOT_EXPECTED");
    if (page.can_edit) {
      auto& create = missing.AddSection("CREATE_PLAN");
      create.Set("CREATE_ACTION", PlanHref(page.unit->id, std::nullopt));
      create.Set("ROUND_ID", std::to_string(round.round.id));
    } else {
      missing.Show("READ_ONLY");
    }
    return services.pages.Render(context, "Aktiveringsplan for " + page.unit->name, "activation/activation_plan.tpl",
                                 content, status);
  }
  const auto& plan = *page.plan;
  auto& section = content.AddSection("PLAN");
  section.Set("PLAN_STATUS", std::string(domain::PlanStatusLabel(plan.status)));
  section.Set("PLAN_CREATED", domain::FormatDate(plan.created_at));
  section.Set("PLAN_UPDATED", domain::FormatDateTime(plan.updated_at));
  if (plan.approved_at) {
    auto& approved = section.AddSection("APPROVED");
    approved.Set("APPROVED_AT", domain::FormatDate(*plan.approved_at));
    if (page.approved_by_name) approved.AddSection("APPROVER").Set("APPROVED_BY", *page.approved_by_name);
  }
  if (plan.withdrawn_at && plan.status == domain::PlanStatus::Draft) {
    auto& withdrawn = section.AddSection("WITHDRAWN");
    withdrawn.Set("WITHDRAWN_AT", domain::FormatDate(*plan.withdrawn_at));
    if (page.withdrawn_by_name) withdrawn.AddSection("WITHDRAWER").Set("WITHDRAWN_BY", *page.withdrawn_by_name);
    withdrawn.Set("WITHDRAWAL_REASON", plan.withdrawal_reason);
  }
  std::string approvers;
  for (const auto* person : page.approvers) {
    if (!approvers.empty()) approvers += " eller ";
    approvers += person->FullName();
  }
  if (approvers.empty()) approvers = "koncernledelsen";
  if (plan.status == domain::PlanStatus::Draft) {
    if (page.can_approve && page.live_activities > 0) {
      auto& approve = section.AddSection("APPROVE");
      approve.Set("APPROVE_ACTION", PlanActionHref(plan.id) + "/godkend");
      approve.Set("PLAN_REVISION", std::to_string(plan.revision));
    } else if (page.can_approve) {
      section.Show("APPROVE_EMPTY");
    } else {
      section.AddSection("APPROVAL_BY").Set("APPROVERS", approvers);
    }
  } else if (page.can_approve) {
    auto& withdraw = section.AddSection("WITHDRAW");
    withdraw.Set("WITHDRAW_ACTION", PlanActionHref(plan.id) + "/traek-godkendelse-tilbage");
    withdraw.Set("PLAN_REVISION", std::to_string(plan.revision));
    if (!state.errors.empty() || !state.reason.empty()) withdraw.Show("WITHDRAW_OPEN");
    AddField(withdraw, "REASON_FIELD",
             TextAreaField("reason", "Begrundelse",
                           "Skriv, hvad enheden skal rette, før planen kan godkendes igen. Begrundelsen står på "
                           "planen. " +
                               MaxCharactersHint(app::kMaxActivationTextLength),
                           state.reason, 3),
             state.errors);
  }
  SetMarkdown(section, "NOTES_TEXT", plan.notes);
  if (plan.notes.empty()) section.Show("NO_NOTES");
  if (page.overdue_activities > 0) {
    const auto count = domain::FormatInteger(static_cast<long long>(page.overdue_activities));
    section.AddSection("OVERDUE_SUMMARY")
        .Set("OVERDUE_TEXT", page.overdue_activities == 1
                                 ? "1 planlagt aktivitet har en dato, der er passeret."
                                 : count + " planlagte aktiviteter har en dato, der er passeret.");
  }
  if (page.can_edit) {
    auto& edit = section.AddSection("EDIT_PLAN");
    edit.Set("NOTES_ACTION", PlanActionHref(plan.id) + "/noter");
    AddField(edit, "NOTES_FIELD",
             TextAreaField("notes", "Ret noterne",
                           "Fx hvordan enheden vil arbejde med ledelsesgrundlaget, og hvornår planen er drøftet. Du "
                           "kan bruge Markdown. " +
                               MaxCharactersHint(app::kMaxActivationTextLength),
                           state.notes.value_or(plan.notes), 5),
             state.errors);
    edit.Set("PLAN_REVISION", std::to_string(plan.revision));
    edit.Set("NEW_ACTIVITY_HREF", PlanActionHref(plan.id) + "/aktiviteter/ny");
  }
  if (page.activities.empty()) {
    section.Show("NO_ACTIVITIES");
  } else {
    auto& list = section.AddSection("ACTIVITIES");
    for (const auto& activity : page.activities) AddActivityRow(list, activity, page.can_edit);
  }
  const auto title =
      status >= 400 ? "Aktiveringsplan for " + page.unit->name + " (fejl)" : "Aktiveringsplan for " + page.unit->name;
  return services.pages.Render(context, title, "activation/activation_plan.tpl", content, status);
}

// --- Activity forms ---

enum class ActivityForm { New, Edit };

struct ActivityFormState {
  app::ActivityInput input;
  long long revision = 0;
};

// The activity form, empty, as stored, or again with what was typed and `error` (field errors, a
// refusal of the whole form, or a conflict whose notice links to the plan as it is now).
Response RenderActivityForm(const PageServices& services, RequestContext& context, const app::ActivityPage& page,
                            ActivityForm form, const ActivityFormState& state, const app::Error* error = nullptr,
                            PersonSearch search = {}) {
  View content;
  const auto plan_href = PlanHref(page.unit->id, page.round.id);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict) {
    AddConflictNotice(content, error->message, plan_href);
  } else if (error != nullptr) {
    AddFormError(content, *error, "Aktiviteten blev ikke gemt");
  }
  const bool editing = form == ActivityForm::Edit;
  ActivityFormModel model;
  model.heading = editing ? "Ret aktivitet" : "Ny aktivitet";
  model.lead = "I planen for " + page.unit->name + ", " + page.round.fields.name + ".";
  model.breadcrumbs = {{"Aktivering", std::string(kRoundsPath)}, {"Aktiveringsplan for " + page.unit->name, plan_href}};
  model.action =
      editing ? ActivityHref(page.activity.activity.id) + "/rediger" : PlanActionHref(page.plan.id) + "/aktiviteter/ny";
  model.submit_label = editing ? "Gem ændringer" : "Tilføj aktivitet";
  model.cancel_href = plan_href;
  if (editing) model.revision = state.revision;
  model.choices = page.responsible_choices;
  model.current_responsible = page.activity.responsible_person;
  model.search = std::move(search);
  model.snapshot = services.Get<app::OrganisationService>().Current();
  SetActivityForm(content, model, state.input, FieldErrorsOf(error));
  return services.pages.Render(context, FormTitle(model.heading, error), "activation/activation_activity_form.tpl",
                               content, FormStatus(error));
}

app::ActivityInput ActivityInputFrom(const FormData& form) {
  return {form.Get("kind"),        form.Get("title"),       form.Get("planned_on"), form.Get("responsible_person"),
          form.Get("responsible"), form.Get("participants")};
}

app::ActivityInput ActivityInputOf(const app::PlanActivity& activity) {
  app::ActivityInput input;
  input.kind = std::string(domain::ActivityKindCode(activity.fields.kind));
  input.title = activity.fields.title;
  input.planned_on = domain::FormatIsoDate(activity.fields.planned_on);
  if (activity.fields.responsible_person)
    input.responsible_person = std::to_string(*activity.fields.responsible_person);
  input.responsible = activity.fields.responsible;
  input.participants = activity.fields.participants;
  return input;
}

struct CompletionFormState {
  app::CompletionInput input;
  long long revision = 0;
};

Response RenderCompletionForm(const PageServices& services, RequestContext& context, const app::ActivityPage& page,
                              const CompletionFormState& state, const app::Error* error = nullptr) {
  View content;
  const auto plan_href = PlanHref(page.unit->id, page.round.id);
  const auto errors = FieldErrorsOf(error);
  AddErrorSummary(content, errors);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict)
    AddConflictNotice(content, error->message, plan_href);
  const auto& activity = page.activity.activity;
  const bool done = activity.status == ActivityStatus::Done;
  const std::string heading = done ? "Ret referatet af aktiviteten" : "Marker aktiviteten som gennemført";
  content.Set("HEADING", heading);
  content.Set("UNIT_NAME", page.unit->name);
  content.Set("PLAN_HREF", plan_href);
  content.Set("ACTIVITY_TITLE", activity.fields.title);
  content.Set("KIND_LABEL", std::string(domain::ActivityKindLabel(activity.fields.kind)));
  content.Set("PLANNED_ON", domain::FormatDate(activity.fields.planned_on));
  content.Set("ACTION", ActivityHref(activity.id) + "/afslut");
  content.Set("REVISION", std::to_string(state.revision));
  content.Set("SUBMIT_LABEL", done ? "Gem referatet" : "Marker som gennemført");
  // The service accepts the days from the round's start until today (and within kActivationDay).
  const app::DayRule completed_rule{"datoen", page.round.fields.starts_on,
                                    services.Get<app::ActivationService>().Today()};
  AddField(content, "COMPLETED_ON_FIELD",
           DateField("completed_on", "Gennemført den",
                     "Mellem rundens start (" + domain::FormatDate(page.round.fields.starts_on) + ") og i dag.",
                     DateValue(state.input.completed_on), completed_rule),
           errors);
  AddField(content, "OUTCOME_FIELD",
           TextAreaField("outcome", "Hvad kom der ud af det (valgfri)",
                         "Et kort referat. Du kan bruge Markdown. " + MaxCharactersHint(app::kMaxActivationTextLength),
                         state.input.outcome, 5),
           errors);
  AddField(content, "AGREEMENTS_FIELD",
           TextAreaField("agreements", "Aftaler (valgfri)",
                         "Hvad I aftalte, og hvem der følger op. " + MaxCharactersHint(app::kMaxActivationTextLength),
                         state.input.agreements, 5),
           errors);
  return services.pages.Render(context, FormTitle(heading, error), "activation/activation_complete.tpl", content,
                               FormStatus(error));
}

// --- The leaders' overview ---

void AddAttentionRow(View& list, std::string_view section, const app::AttentionRow& row,
                     std::optional<app::RoundId> round) {
  auto& view = list.AddSection(section);
  view.Set("UNIT_NAME", row.unit->name);
  view.Set("UNIT_KIND", std::string(domain::ShownUnitKind(row.unit->kind, row.unit->kind_label)));
  view.Set("PLAN_HREF", PlanHref(row.unit->id, round));
  view.Set("LEADERS", LeaderNames(row.leaders));
  SetState(view, row.state);
  const auto count = [](long long n) { return domain::FormatInteger(n); };
  view.Set("PLANNED", row.summary ? count(row.summary->planned) : "–");
  view.Set("DONE", row.summary ? count(row.summary->done) : "–");
  view.Set("OVERDUE", row.summary ? count(row.summary->overdue) : "–");
}

Response RenderMyUnits(const PageServices& services, RequestContext& context) {
  bool malformed = false;
  const auto round_id = RoundFromQuery(context, malformed);
  if (malformed) return services.pages.Error(context, 404, "Aktiveringsrunden findes ikke.");
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto overview = services.Get<app::ActivationService>().MyUnits(organisation, round_id);
  if (round_id && !overview.round) return services.pages.Error(context, 404, "Aktiveringsrunden findes ikke.");
  View content;
  if (!overview.round) {
    content.Show("NO_ROUNDS");
    return services.pages.Render(context, "Mine enheders planer", "activation/activation_my_units.tpl", content);
  }
  auto& shown = content.AddSection("ROUND_SHOWN");
  SetRound(shown, *overview.round);
  if (overview.rounds.size() > 1) {
    auto& others = content.AddSection("OTHER_ROUNDS");
    for (const auto& other : overview.rounds) {
      auto& row = others.AddSection("OTHER_ROUND");
      row.Set("OTHER_NAME", other.round.fields.name);
      row.Set("OTHER_HREF", "/aktivering/mine-enheder?runde=" + std::to_string(other.round.id));
      row.Show(other.round.id == overview.round->round.id ? "OTHER_SELECTED" : "OTHER_LINK");
    }
  }
  const auto round = overview.round->round.id;
  if (overview.own.empty()) {
    content.Show("LEADS_NOTHING");
    return services.pages.Render(context, "Mine enheders planer", "activation/activation_my_units.tpl", content);
  }
  auto& led = content.AddSection("LEADS");
  for (const auto& row : overview.own) AddAttentionRow(led, "OWN", row, round);
  const auto count = [](std::size_t n) { return domain::FormatInteger(static_cast<long long>(n)); };
  led.Set("EXPECTED_UNITS", count(overview.expected_units));
  led.Set("WITH_PLAN", count(overview.with_plan));
  led.Set("APPROVED_PLANS", count(overview.approved));
  led.Set("MISSING_PLANS", count(overview.missing));
  led.Set("OVERDUE_ACTIVITIES", domain::FormatInteger(overview.overdue_activities));
  if (overview.attention.empty()) {
    led.Show("NOTHING_NEEDS_ATTENTION");
  } else {
    auto& attention = led.AddSection("ATTENTION");
    for (const auto& row : overview.attention) AddAttentionRow(attention, "ATTENTION_ROW", row, round);
    if (overview.attention_total > overview.attention.size()) {
      attention.AddSection("MORE").Set(
          "MORE_COUNT", domain::CountOf(static_cast<long long>(overview.attention_total - overview.attention.size()),
                                        "enhed", "enheder"));
    }
  }
  if (!overview.leaderless.empty()) {
    auto& leaderless = led.AddSection("LEADERLESS");
    leaderless.Set("LEADERLESS_TEXT", domain::CountOf(static_cast<long long>(overview.leaderless_total),
                                                      "enhed har ingen leder", "enheder har ingen leder"));
    for (const auto& [unit, covering] : overview.leaderless) {
      auto& row = leaderless.AddSection("LEADERLESS_ROW");
      row.Set("UNIT_NAME", unit->name);
      row.Set("UNIT_HREF", UnitHref(unit->id));
      if (covering != nullptr) {
        auto& by = row.AddSection("COVERED_BY");
        by.Set("COVERING_NAME", covering->name);
        by.Set("COVERING_HREF", PlanHref(covering->id, round));
      }
    }
    if (overview.leaderless_total > overview.leaderless.size()) {
      leaderless.AddSection("LEADERLESS_MORE")
          .Set("MORE_COUNT",
               domain::CountOf(static_cast<long long>(overview.leaderless_total - overview.leaderless.size()), "enhed",
                               "enheder"));
    }
  }
  return services.pages.Render(context, "Mine enheders planer", "activation/activation_my_units.tpl", content);
}

// The activity behind a form, or the error page for it.
std::optional<Response> LoadActivity(const PageServices& services, RequestContext& context,
                                     const app::OrganisationContext& organisation,
                                     app::Result<app::ActivityPage>& page) {
  page = services.Get<app::ActivationService>().Activity(organisation, context.params.Int("id"));
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  if (!services.Get<app::ActivationService>().CanEdit(organisation, page->unit->id)) {
    return services.pages.Error(context, 403,
                                "Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan ændre "
                                "aktiviteterne i planen.");
  }
  if (page->activity.activity.status == ActivityStatus::Cancelled) {
    return services.pages.Error(context, 409, "Aktiviteten er aflyst og kan ikke ændres længere.");
  }
  return std::nullopt;
}

// --- A unit's plan: the handlers ---

Response ShowPlan(const PageServices& services, RequestContext& context) {
  bool malformed = false;
  const auto round = RoundFromQuery(context, malformed);
  if (malformed) return services.pages.Error(context, 404, "Aktiveringsrunden findes ikke.");
  return RenderPlan(services, context, context.params.Int("id"), round, {}, 200);
}

Response SubmitNewPlan(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto unit = context.params.Int("id");
  const auto round = ParsePositive(context.Form().Get("round"));
  if (!round) return services.pages.Error(context, 400, "Formularen mangler aktiveringsrunden.");
  return FinishForm<app::PlanId>(
      services, context,
      services.Get<app::ActivationService>().CreatePlan(organisation, unit, *round, context.request.remote_address),
      [&](const app::Error& error, int status) {
        return RenderPlan(services, context, unit, *round, {{}, {}, error.message, {}}, status);
      },
      [&](const app::PlanId&) {
        return RedirectWithFlash(PlanHref(unit, *round), "activation-plan-created", services.secure_cookies);
      });
}

Response SubmitPlanNotes(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto& form = context.Form();
  const auto id = context.params.Int("id");
  auto& activation = services.Get<app::ActivationService>();
  const auto result =
      activation.UpdatePlanNotes(organisation, id, Revision(form), form.Get("notes"), context.request.remote_address);
  const auto plan = activation.PlanById(id);
  if (!plan) return services.pages.Error(context, 404, "Planen findes ikke.");
  return FinishForm<app::Unit>(
      services, context, result,
      [&](const app::Error& error, int status) {
        PlanPageState state;
        state.notes = form.Get("notes");
        state.errors = error.field_errors;
        if (error.kind == app::ErrorKind::Conflict) state.alert = error.message;
        return RenderPlan(services, context, plan->unit, plan->round, state, status);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(PlanHref(plan->unit, plan->round), "activation-plan-saved", services.secure_cookies);
      });
}

Response SubmitPlanApproval(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  auto& activation = services.Get<app::ActivationService>();
  const auto result =
      activation.ApprovePlan(organisation, id, Revision(context.Form()), context.request.remote_address);
  const auto plan = activation.PlanById(id);
  if (!plan) return services.pages.Error(context, 404, "Planen findes ikke.");
  return FinishForm<app::Unit>(
      services, context, result,
      [&](const app::Error& error, int status) {
        PlanPageState state;
        if (error.kind == app::ErrorKind::Invalid) {
          state.errors = error.field_errors;
        } else {
          state.alert = error.message;
        }
        return RenderPlan(services, context, plan->unit, plan->round, state, status);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(PlanHref(plan->unit, plan->round), "activation-plan-approved",
                                 services.secure_cookies);
      });
}

Response SubmitApprovalWithdrawal(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  auto& activation = services.Get<app::ActivationService>();
  const auto& form = context.Form();
  const auto reason = form.Get("reason");
  const auto result =
      activation.WithdrawApproval(organisation, id, Revision(form), reason, context.request.remote_address);
  const auto plan = activation.PlanById(id);
  if (!plan) return services.pages.Error(context, 404, "Planen findes ikke.");
  return FinishForm<app::Unit>(
      services, context, result,
      [&](const app::Error& error, int status) {
        PlanPageState state;
        state.reason = reason;
        if (error.kind == app::ErrorKind::Invalid) {
          state.errors = error.field_errors;
        } else {
          state.alert = error.message;
        }
        return RenderPlan(services, context, plan->unit, plan->round, state, status);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(PlanHref(plan->unit, plan->round), "activation-approval-withdrawn",
                                 services.secure_cookies);
      });
}

// --- Activities: the handlers ---

Response ShowNewActivity(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto page = services.Get<app::ActivationService>().NewActivityPage(organisation, context.params.Int("id"));
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  ActivityFormState state;
  state.input.planned_on = domain::FormatIsoDate(services.Get<app::ActivationService>().Today());
  return RenderActivityForm(services, context, page.value(), ActivityForm::New, state);
}

Response SubmitNewActivity(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  auto& activation = services.Get<app::ActivationService>();
  ActivityFormState state;
  state.input = ActivityInputFrom(context.Form());
  if (auto search = PersonSearchOf(context.Form(), organisation.organisation()); search.requested) {
    const auto page = activation.NewActivityPage(organisation, id);
    if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
    return RenderActivityForm(services, context, page.value(), ActivityForm::New, state, nullptr, std::move(search));
  }
  const auto result = activation.AddActivity(organisation, id, state.input, context.request.remote_address);
  const auto page = activation.NewActivityPage(organisation, id);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return FinishForm<app::ActivityId>(
      services, context, result,
      [&](const app::Error& error, int status) {
        // A new activity has no version of its own to conflict with: a refusal is the error page.
        if (error.kind != app::ErrorKind::Invalid) return services.pages.Error(context, status, error.message);
        return RenderActivityForm(services, context, page.value(), ActivityForm::New, state, &error);
      },
      [&](const app::ActivityId&) {
        return RedirectWithFlash(PlanHref(page->unit->id, page->round.id), "activation-activity-created",
                                 services.secure_cookies);
      });
}

// Readies an activity's form (edit or completion) to be shown again after `error`: after a conflict
// it carries the current revision (the notice says why), so saving again is a choice made knowing of
// the change. False for a conflict with a cancelled activity, which is not edited again (the error page).
template <typename State>
bool PrepareAgain(State& state, const app::ActivityPage& page, const app::Error& error) {
  if (error.kind != app::ErrorKind::Conflict) return true;
  if (page.activity.activity.status == ActivityStatus::Cancelled) return false;
  state.revision = page.activity.activity.revision;
  return true;
}

Response ShowActivityEdit(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  app::Result<app::ActivityPage> page{app::Error{app::ErrorKind::NotFound, "", {}}};
  if (auto refused = LoadActivity(services, context, organisation, page)) return std::move(*refused);
  ActivityFormState state;
  state.input = ActivityInputOf(page->activity.activity);
  state.revision = page->activity.activity.revision;
  return RenderActivityForm(services, context, page.value(), ActivityForm::Edit, state);
}

Response SubmitActivityEdit(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  auto& activation = services.Get<app::ActivationService>();
  ActivityFormState state;
  state.input = ActivityInputFrom(form);
  state.revision = Revision(form);
  if (auto search = PersonSearchOf(form, organisation.organisation()); search.requested) {
    app::Result<app::ActivityPage> page{app::Error{app::ErrorKind::NotFound, "", {}}};
    if (auto refused = LoadActivity(services, context, organisation, page)) return std::move(*refused);
    return RenderActivityForm(services, context, page.value(), ActivityForm::Edit, state, nullptr, std::move(search));
  }
  const auto result =
      activation.UpdateActivity(organisation, id, state.revision, state.input, context.request.remote_address);
  const auto page = activation.Activity(organisation, id);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return FinishForm<app::Unit>(
      services, context, result,
      [&](const app::Error& error, int status) {
        if (!PrepareAgain(state, page.value(), error)) return services.pages.Error(context, status, error.message);
        return RenderActivityForm(services, context, page.value(), ActivityForm::Edit, state, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(PlanHref(page->unit->id, page->round.id), "activation-activity-updated",
                                 services.secure_cookies);
      });
}

Response ShowActivityCompletion(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  app::Result<app::ActivityPage> page{app::Error{app::ErrorKind::NotFound, "", {}}};
  if (auto refused = LoadActivity(services, context, organisation, page)) return std::move(*refused);
  const auto& activity = page->activity.activity;
  CompletionFormState state;
  state.revision = activity.revision;
  state.input.completed_on =
      domain::FormatIsoDate(activity.completed_on.value_or(services.Get<app::ActivationService>().Today()));
  state.input.outcome = activity.outcome;
  state.input.agreements = activity.agreements;
  return RenderCompletionForm(services, context, page.value(), state);
}

Response SubmitActivityCompletion(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  auto& activation = services.Get<app::ActivationService>();
  CompletionFormState state;
  state.input = {form.Get("completed_on"), form.Get("outcome"), form.Get("agreements")};
  state.revision = Revision(form);
  const auto result =
      activation.CompleteActivity(organisation, id, state.revision, state.input, context.request.remote_address);
  const auto page = activation.Activity(organisation, id);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return FinishForm<app::Unit>(
      services, context, result,
      [&](const app::Error& error, int status) {
        if (!PrepareAgain(state, page.value(), error)) return services.pages.Error(context, status, error.message);
        return RenderCompletionForm(services, context, page.value(), state, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(PlanHref(page->unit->id, page->round.id), "activation-activity-done",
                                 services.secure_cookies);
      });
}

// The confirmation of a cancellation: what is cancelled, and the reason (required).
Response RenderCancellation(const PageServices& services, RequestContext& context, const app::ActivityPage& page,
                            const std::string& reason, long long revision, const app::Error* error = nullptr) {
  View content;
  const auto plan_href = PlanHref(page.unit->id, page.round.id);
  const auto errors = FieldErrorsOf(error);
  AddErrorSummary(content, errors);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict) {
    AddConflictNotice(content, error->message, plan_href);
  }
  const auto& activity = page.activity.activity;
  content.Set("UNIT_NAME", page.unit->name);
  content.Set("PLAN_HREF", plan_href);
  content.Set("ACTIVITY_TITLE", activity.fields.title);
  content.Set("KIND_LABEL", std::string(domain::ActivityKindLabel(activity.fields.kind)));
  content.Set("PLANNED_ON", domain::FormatDate(activity.fields.planned_on));
  content.Set("ACTION", ActivityHref(activity.id) + "/aflys");
  content.Set("REVISION", std::to_string(revision));
  AddField(
      content, "REASON_FIELD",
      TextAreaField("reason", "Hvorfor aflyses aktiviteten?",
                    "Begrundelsen står ved aktiviteten i planen. " + MaxCharactersHint(app::kMaxActivationTextLength),
                    reason, 3),
      errors);
  return services.pages.Render(context, FormTitle("Aflys aktiviteten", error), "activation/activation_cancel.tpl",
                               content, FormStatus(error));
}

Response ShowActivityCancellation(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  app::Result<app::ActivityPage> page{app::Error{app::ErrorKind::NotFound, "", {}}};
  if (auto refused = LoadActivity(services, context, organisation, page)) return std::move(*refused);
  if (page->activity.activity.status != ActivityStatus::Planned) {
    return services.pages.Error(context, 409, "Aktiviteten er gennemført og kan ikke aflyses.");
  }
  return RenderCancellation(services, context, page.value(), "", page->activity.activity.revision);
}

Response SubmitActivityCancellation(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  auto& activation = services.Get<app::ActivationService>();
  const auto& form = context.Form();
  const auto reason = form.Get("reason");
  auto revision = Revision(form);
  const auto result = activation.CancelActivity(organisation, id, revision, reason, context.request.remote_address);
  const auto page = activation.Activity(organisation, id);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return FinishForm<app::Unit>(
      services, context, result,
      [&](const app::Error& error, int status) {
        if (error.kind == app::ErrorKind::Conflict) {
          if (page->activity.activity.status != ActivityStatus::Planned) {
            return services.pages.Error(context, status, error.message);
          }
          revision = page->activity.activity.revision;
        }
        return RenderCancellation(services, context, page.value(), reason, revision, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(PlanHref(page->unit->id, page->round.id) + "#aktivitet-" + std::to_string(id),
                                 "activation-activity-cancelled", services.secure_cookies);
      });
}

Response SubmitActivityReopening(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  auto& activation = services.Get<app::ActivationService>();
  const auto result =
      activation.ReopenActivity(organisation, id, Revision(context.Form()), context.request.remote_address);
  const auto page = activation.Activity(organisation, id);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return FinishForm<app::Unit>(
      services, context, result,
      [&](const app::Error& error, int status) {
        return RenderPlan(services, context, page->unit->id, page->round.id, {{}, {}, error.message, {}}, status);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(PlanHref(page->unit->id, page->round.id) + "#aktivitet-" + std::to_string(id),
                                 "activation-activity-reopened", services.secure_cookies);
      });
}

// The unit page's part: the state of the unit's plan in the current round, with a link to it, for
// those who may read it.
void AddUnitPagePart(const PageServices& services, const app::OrganisationContext& organisation,
                     const domain::Unit& unit, std::vector<UnitPagePart>& parts) {
  const auto plan = services.Get<app::ActivationService>().UnitPlan(organisation, unit.id, std::nullopt);
  if (!plan) return;
  UnitPagePart part;
  part.heading = "Aktiveringsplan";
  if (!plan->round) {
    part.text = "Der er ingen aktiveringsrunder endnu.";
  } else if (!plan->expected && !plan->plan) {
    const auto* covering = app::CoveringUnit(organisation.organisation(), unit.id);
    part.text = covering != nullptr
                    ? "Enheden har ingen aktiv leder og er omfattet af planen for " + covering->name + "."
                    : std::string("Enheden har ingen aktiv leder og er ikke omfattet af en plan.");
    if (covering != nullptr)
      part.links.push_back({"Se planen for " + covering->name, PlanHref(covering->id, std::nullopt)});
    parts.push_back(std::move(part));
    return;
  } else {
    part.text =
        "I runden „" + plan->round->round.fields.name + "“: " + std::string(domain::PlanStateLabel(plan->state)) + ".";
    if (plan->plan) {
      const auto live = static_cast<long long>(plan->live_activities);
      part.text += " Planen har " + domain::CountOf(live, "aktivitet", "aktiviteter") + ".";
    }
  }
  part.links.push_back({"Se enhedens aktiveringsplan", PlanHref(unit.id, std::nullopt)});
  parts.push_back(std::move(part));
}

}  // namespace

std::string PlanHref(domain::UnitId unit, std::optional<app::RoundId> round) {
  auto href = UnitHref(unit) + "/plan";
  if (round) href += "?runde=" + std::to_string(*round);
  return href;
}

PersonSearch PersonSearchOf(const FormData& form, const domain::Organisation& organisation) {
  PersonSearch search;
  search.requested = form.Get("find_person") == "1";
  search.query = form.Get("responsible_search");
  if (!search.requested) return search;
  for (const auto* person : organisation.SearchPeople(search.query, kMaxPeopleFound * 2)) {
    if (!person->active) continue;
    search.found.push_back(person);
    if (search.found.size() == kMaxPeopleFound) break;
  }
  return search;
}

std::string DateValue(std::string_view typed) {
  if (const auto parsed = domain::ParseDate(typed)) return domain::FormatIsoDate(*parsed);
  return std::string(typed);
}

void SetActivityForm(View& content, const ActivityFormModel& model, const app::ActivityInput& input,
                     std::span<const app::FieldError> errors) {
  content.Set("HEADING", model.heading);
  content.Set("LEAD", model.lead);
  for (const auto& [label, href] : model.breadcrumbs) {
    auto& crumb = content.AddSection("BREADCRUMB");
    crumb.Set("CRUMB_LABEL", label);
    crumb.Set("CRUMB_HREF", href);
  }
  content.Set("ACTION", model.action);
  content.Set("SUBMIT_LABEL", model.submit_label);
  content.Set("CANCEL_HREF", model.cancel_href);
  if (model.revision) content.AddSection("HAS_REVISION").Set("REVISION", std::to_string(*model.revision));
  if (!model.quote.empty()) content.AddSection("QUOTE").Set("QUOTE_TEXT", model.quote);
  if (!model.unavailable.empty()) {
    content.AddSection("UNAVAILABLE").Set("UNAVAILABLE_TEXT", model.unavailable);
    return;
  }
  auto& form = content.Show("FORM");
  std::vector<FieldOption> kinds{{"", "Vælg"}};
  for (const auto kind : domain::kAllActivityKinds) {
    kinds.push_back({std::string(domain::ActivityKindCode(kind)), std::string(domain::ActivityKindLabel(kind))});
  }
  AddField(form, "KIND_FIELD", SelectField("kind", "Slags aktivitet", "", input.kind, std::move(kinds)), errors);
  AddField(form, "TITLE_FIELD",
           TextField("title", "Titel",
                     "Fx Dialog om værdierne på personalemødet. " + MaxCharactersHint(app::kMaxActivationNameLength),
                     input.title),
           errors);
  AddField(form, "PLANNED_ON_FIELD",
           DateField("planned_on", "Planlagt dato", DayRangeHint(app::kActivationDay), DateValue(input.planned_on),
                     app::kActivationDay),
           errors);
  std::vector<FieldOption> people{{"", "Ingen valgt"}};
  std::string chosen = input.responsible_person;
  const auto offer = [&](const domain::Person* person, const std::string& suffix) {
    const auto id = std::to_string(person->id);
    for (const auto& option : people) {
      if (option.value == id) return;
    }
    people.push_back({id, person->FullName() + ", " + person->title + suffix});
  };
  // The people found by name come first, with their unit, and the only one found is chosen.
  for (const auto* person : model.search.found) {
    const auto* unit = model.snapshot ? model.snapshot->organisation.FindUnit(person->unit) : nullptr;
    offer(person, unit != nullptr ? " (" + unit->name + ")" : std::string());
  }
  if (chosen.empty() && model.search.found.size() == 1) chosen = std::to_string(model.search.found.front()->id);
  for (const auto* person : model.choices) offer(person, "");
  const bool listed = chosen.empty() || std::any_of(people.begin(), people.end(),
                                                    [&](const FieldOption& option) { return option.value == chosen; });
  if (!listed) {
    // A chosen person who is not offered (found by name earlier, or no longer in the unit) keeps
    // their place in the list.
    const domain::Person* current = model.current_responsible;
    if (model.snapshot) {
      long long id = 0;
      const auto [end, error] = std::from_chars(chosen.data(), chosen.data() + chosen.size(), id);
      if (error == std::errc{} && end == chosen.data() + chosen.size()) {
        if (const auto* person = model.snapshot->organisation.FindPerson(id)) current = person;
      }
    }
    people.push_back(
        {chosen, current != nullptr ? current->FullName() + ", " + current->title : std::string("Ukendt person")});
  }
  AddField(form, "RESPONSIBLE_PERSON_FIELD",
           SelectField("responsible_person", "Person",
                       "Enhedens ledere, lederne af enhederne under den og enhedens medarbejdere. Find andre ved navn "
                       "nedenfor.",
                       chosen, std::move(people)),
           errors);
  AddField(
      form, "RESPONSIBLE_SEARCH_FIELD",
      TextField("responsible_search", "Find en person ved navn",
                "Skriv et navn eller en del af det, og vælg Find person. Personerne kommer først i listen ovenfor.",
                model.search.query)
          .NoSpellcheck(),
      errors);
  if (model.search.requested) {
    form.AddSection("SEARCH_RESULT")
        .Set("SEARCH_TEXT", model.search.found.empty()
                                ? "Ingen aktive personer hedder noget med „" + model.search.query + "“."
                                : domain::CountOf(static_cast<long long>(model.search.found.size()), "person fundet",
                                                  "personer fundet") +
                                      " – vælg i listen Person.");
  }
  AddField(
      form, "RESPONSIBLE_FIELD",
      TextField("responsible", "Navn eller funktion",
                "Fx en ekstern facilitator eller MED-formanden. " + MaxCharactersHint(app::kMaxActivationNameLength),
                input.responsible)
          .AlsoDescribedBy("responsible-choice-hint"),
      errors);
  AddField(form, "PARTICIPANTS_FIELD",
           TextAreaField("participants", "Deltagere (valgfri)",
                         "Fx afdelingens ledergruppe og LMU. " + MaxCharactersHint(app::kMaxParticipantsLength),
                         input.participants, 3),
           errors);
}

// A unit's plan is reached from the unit's page but belongs to Aktivering.
constexpr std::array<std::string_view, 1> kActivationElsewhere{"/organisation/enheder/*/plan"};

// One activity as a calendar file, to add to one's own calendar (the feed has them all).
Response DownloadActivityCalendar(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto page = services.Get<app::ActivationService>().Activity(organisation, context.params.Int("id"));
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return CalendarFileResponse(services.Get<app::OutboundMail>(),
                              app::ActivityEvent(page->activity.activity, *page->unit, page->round.id),
                              "aktivitet-" + std::to_string(page->activity.activity.id));
}

void RegisterActivationPages(PageModule& module) {
  module.shell.AddUnitPageContributor(&AddUnitPagePart);
  module.shell.AddNavigation(
      {"/aktivering", "Aktivering",
       "Aktiveringsrunderne for ledelsesgrundlaget, enhedernes lokale planer og aktiviteter, og hvilke "
       "planer og aktiviteter der mangler i dine enheder.",
       app::kSignedIn, &kFoundationSection, 40, kActivationElsewhere});
  module.shell.AddFlash({"activation-round-created", "success", "Aktiveringsrunden er oprettet."});
  module.shell.AddFlash({"activation-round-updated", "success", "Aktiveringsrunden er gemt."});
  module.shell.AddFlash(
      {"activation-plan-created", "success",
       "Planen er oprettet som kladde. Tilføj aktiviteterne; lederen over enheden godkender planen."});
  module.shell.AddFlash({"activation-plan-saved", "success", "Planens noter er gemt."});
  module.shell.AddFlash({"activation-plan-approved", "success", "Planen er godkendt."});
  module.shell.AddFlash({"activation-activity-created", "success", "Aktiviteten er tilføjet planen."});
  module.shell.AddFlash({"activation-activity-updated", "success", "Aktiviteten er gemt."});
  module.shell.AddFlash({"activation-activity-done", "success", "Aktiviteten er markeret som gennemført."});
  module.shell.AddFlash({"activation-activity-cancelled", "success",
                         "Aktiviteten er aflyst. Du kan genoptage den fra planen, hvis den alligevel skal holdes."});
  module.shell.AddFlash({"activation-activity-reopened", "success", "Aktiviteten er genoptaget og står som planlagt."});
  module.shell.AddFlash({"activation-approval-withdrawn", "success",
                         "Godkendelsen er trukket tilbage. Planen står som kladde med din begrundelse."});
  const auto manage = app::Requires(app::kManageActivationRounds);

  module.Get(std::string(kRoundsPath), app::kSignedIn, &RenderRounds);
  module.Get("/aktivering/mine-enheder", app::kSignedIn, &RenderMyUnits);
  module.Get("/aktivering/runder/ny", manage, &ShowNewRound);
  module.Post("/aktivering/runder/ny", manage, &SubmitNewRound);
  module.Get("/aktivering/runder/{id:int}/rediger", manage, &ShowRoundEdit);
  module.Post("/aktivering/runder/{id:int}/rediger", manage, &SubmitRoundEdit);
  module.Get("/aktivering/aktiviteter/{id:int}/kalender.ics", app::kSignedIn, &DownloadActivityCalendar);
  module.Get("/organisation/enheder/{id:int}/plan", app::kSignedIn, &ShowPlan);
  module.Post("/organisation/enheder/{id:int}/plan", app::kSignedIn, &SubmitNewPlan);
  module.Post("/aktivering/planer/{id:int}/noter", app::kSignedIn, &SubmitPlanNotes);
  module.Post("/aktivering/planer/{id:int}/godkend", app::kSignedIn, &SubmitPlanApproval);
  module.Post("/aktivering/planer/{id:int}/traek-godkendelse-tilbage", app::kSignedIn, &SubmitApprovalWithdrawal);
  module.Get("/aktivering/planer/{id:int}/aktiviteter/ny", app::kSignedIn, &ShowNewActivity);
  module.Post("/aktivering/planer/{id:int}/aktiviteter/ny", app::kSignedIn, &SubmitNewActivity);
  module.Get("/aktivering/aktiviteter/{id:int}/rediger", app::kSignedIn, &ShowActivityEdit);
  module.Post("/aktivering/aktiviteter/{id:int}/rediger", app::kSignedIn, &SubmitActivityEdit);
  module.Get("/aktivering/aktiviteter/{id:int}/afslut", app::kSignedIn, &ShowActivityCompletion);
  module.Post("/aktivering/aktiviteter/{id:int}/afslut", app::kSignedIn, &SubmitActivityCompletion);
  module.Get("/aktivering/aktiviteter/{id:int}/aflys", app::kSignedIn, &ShowActivityCancellation);
  module.Post("/aktivering/aktiviteter/{id:int}/aflys", app::kSignedIn, &SubmitActivityCancellation);
  module.Post("/aktivering/aktiviteter/{id:int}/genoptag", app::kSignedIn, &SubmitActivityReopening);
}

}  // namespace lp::web
