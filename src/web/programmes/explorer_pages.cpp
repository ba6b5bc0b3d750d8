// Explorer's pages (issue 17): nomination by the leader, application approved or rejected by the
// leader, and the participant's personal path plan. Every form works without JavaScript; refused input
// comes back with the Danish message at its field and what was typed kept.
#include "web/programmes/explorer_pages.hpp"

#include <fmt/format.h>

#include <array>
#include <string>

#include "app/programmes/explorer_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kNominate = "/udvikling/explorer/indstil";
constexpr std::string_view kApply = "/udvikling/explorer/ansoeg";
constexpr std::string_view kNominations = "/udvikling/explorer/indstillinger";

std::string ExplorerProgrammeHref(app::ProgrammeId id) { return fmt::format("/udvikling/forloeb/{}", id); }
std::string ExplorerDecisionHref(app::ExplorerNominationId id) {
  return fmt::format("/udvikling/explorer/ansoegninger/{}", id);
}
std::string ExplorerPlanHref(app::EnrollmentId id) { return fmt::format("/udvikling/deltagelser/{}/plan", id); }
std::string ExplorerEnrollmentHref(app::EnrollmentId id) { return fmt::format("/udvikling/deltagelser/{}", id); }

std::string NameOf(const domain::Person* person) {
  return person != nullptr ? person->FullName() : std::string("Ukendt person");
}

std::string NamesOf(const std::vector<const domain::Person*>& people) {
  std::string text;
  for (std::size_t i = 0; i < people.size(); ++i) {
    if (i > 0) text += i + 1 == people.size() ? " og " : ", ";
    text += NameOf(people[i]);
  }
  return text;
}

std::string NominationBadgeClass(app::ExplorerNominationStatus status) {
  switch (status) {
    case app::ExplorerNominationStatus::Waiting: return "badge-warning";
    case app::ExplorerNominationStatus::Approved: return "badge-success";
    case app::ExplorerNominationStatus::Rejected: return "badge-error";
    case app::ExplorerNominationStatus::Withdrawn: return "badge-info";
  }
  return "badge-info";
}

// One application or nomination as a row or a block of facts.
void AddEntry(View& row, const app::ExplorerNominationEntry& entry) {
  const auto& nomination = entry.nomination;
  row.Set("HREF", ExplorerDecisionHref(nomination.id));
  row.Set("NAME", NameOf(entry.person));
  row.Set("UNIT", entry.unit != nullptr ? entry.unit->name : std::string());
  row.Set("SOURCE", std::string(app::kExplorerSourceTable.Label(nomination.source)));
  row.Set("STATUS", std::string(app::kExplorerNominationStatusTable.Label(nomination.status)));
  row.Set("STATUS_CLASS", NominationBadgeClass(nomination.status));
  row.Set("CREATED", domain::FormatDate(nomination.created_at));
  row.Set("MOTIVATION", nomination.motivation);
  row.Set("LEADERS", NamesOf(entry.leaders));
  row.Set("LEADER_UNIT", entry.leader_unit != nullptr ? entry.leader_unit->name : std::string());
  if (entry.nominator != nullptr) row.AddSection("NOMINATOR").Set("NAME", entry.nominator->FullName());
  if (nomination.source == app::ExplorerSource::Application) row.Show("APPLICATION");
  if (nomination.decided_at && nomination.status != app::ExplorerNominationStatus::Waiting) {
    row.AddSection("DECIDED").Set("WHEN", domain::FormatDateTime(*nomination.decided_at));
  }
  if (!nomination.decision_reason.empty()) row.AddSection("REASON").Set("TEXT", nomination.decision_reason);
  if (nomination.enrollment) row.AddSection("PLAN").Set("HREF", ExplorerPlanHref(*nomination.enrollment));
}

// ---- nomination

struct NominateForm {
  app::ExplorerNominationInput input;
  const app::Error* error = nullptr;
};

Response RenderNominate(const PageServices& services, RequestContext& context, const NominateForm& form = {}) {
  const auto page = services.Get<app::ExplorerService>().NominatePage(*context.user());
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  View content;
  content.Set("PROGRAMME_HREF", ExplorerProgrammeHref(page->programme.id));
  content.Set("PROGRAMME_NAME", page->programme.fields.name);
  const auto errors = FieldErrorsOf(form.error);
  if (form.error != nullptr) AddFormError(content, *form.error, "Indstillingen blev ikke gemt");
  std::vector<FieldOption> people;
  people.push_back({"", "Vælg en medarbejder"});
  for (const auto& candidate : page->candidates) {
    people.push_back({std::to_string(candidate.person->id),
                      candidate.person->FullName() + (candidate.unit != nullptr ? ", " + candidate.unit->name : "")});
  }
  AddField(content, "PERSON_FIELD",
           SelectField("person", "Medarbejder", "Medarbejderne i de enheder, du er leder for.", form.input.person,
                       std::move(people)),
           errors);
  if (page->more > 0) {
    content.AddSection("MORE").Set("TEXT",
                                   domain::CountOf(static_cast<long long>(page->more), "medarbejder", "medarbejdere"));
  }
  AddField(content, "WHO_FIELD",
           TextField("who", "Eller e-mail eller medarbejdernummer (valgfri)",
                     "Bruges i stedet for listen, hvis du skriver noget her.", form.input.who)
               .Class("input-width-xl")
               .NoSpellcheck(),
           errors);
  AddField(content, "MOTIVATION_FIELD",
           TextAreaField("motivation", "Begrundelse",
                         "Hvad ser du hos medarbejderen? Medarbejderen får begrundelsen at se. " +
                             MaxCharactersHint(app::kMaxExplorerMotivation),
                         form.input.motivation, 6),
           errors);
  const std::string title = "Indstil til Explorer";
  return services.pages.Render(context, FormTitle(title, form.error), "programmes/explorer_nominate.tpl", content,
                               FormStatus(form.error));
}

Response ShowNominate(const PageServices& services, RequestContext& context) {
  return RenderNominate(services, context);
}

Response SubmitNominate(const PageServices& services, RequestContext& context) {
  const auto& data = context.Form();
  NominateForm form;
  form.input = {data.Get("person"), data.Get("who"), data.Get("motivation")};
  return FinishForm<app::EnrollmentId>(
      services, context,
      services.Get<app::ExplorerService>().Nominate(*context.user(), form.input, context.request.remote_address),
      [&](const app::Error& error, int) {
        form.error = &error;
        return RenderNominate(services, context, form);
      },
      [&](const app::EnrollmentId&) {
        return RedirectWithFlash(std::string(kNominations), "explorer-nominated", services.secure_cookies);
      });
}

// ---- application

struct ApplyForm {
  std::string motivation;
  const app::Error* error = nullptr;
};

Response RenderApply(const PageServices& services, RequestContext& context, const ApplyForm& form = {}) {
  const auto page = services.Get<app::ExplorerService>().ApplyPage(*context.user());
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  View content;
  content.Set("PROGRAMME_HREF", ExplorerProgrammeHref(page->programme.id));
  content.Set("PROGRAMME_NAME", page->programme.fields.name);
  content.Set("TARGET_GROUP", page->programme.fields.target_group);
  if (page->enrollment) {
    content.AddSection("ENROLLED").Set("PLAN_HREF", ExplorerPlanHref(*page->enrollment));
  } else if (page->waiting) {
    content.Show("WAITING");
  } else if (page->leaders.empty()) {
    content.Show("NO_LEADER");
  } else {
    auto& apply = content.AddSection("APPLY");
    apply.Set("LEADERS", NamesOf(page->leaders));
    apply.Set("LEADER_UNIT", page->leader_unit != nullptr ? page->leader_unit->name : std::string());
    const auto errors = FieldErrorsOf(form.error);
    if (form.error != nullptr) AddFormError(content, *form.error, "Ansøgningen blev ikke sendt");
    AddField(apply, "MOTIVATION_FIELD",
             TextAreaField("motivation", "Hvorfor vil du gerne med?",
                           "Fortæl om din lyst til ledelse, og hvad du gerne vil udvikle. Din leder får teksten at "
                           "se. " +
                               MaxCharactersHint(app::kMaxExplorerMotivation),
                           form.motivation, 8),
             errors);
  }
  if (!page->history.empty()) {
    auto& history = content.AddSection("HISTORY");
    for (const auto& entry : page->history) {
      auto& row = history.AddSection("ENTRY");
      AddEntry(row, entry);
      if (entry.nomination.status == app::ExplorerNominationStatus::Waiting &&
          entry.nomination.source == app::ExplorerSource::Application) {
        auto& withdraw = row.AddSection("WITHDRAW");
        withdraw.Set("ACTION", ExplorerDecisionHref(entry.nomination.id) + "/traek-tilbage");
        withdraw.Set("REVISION", std::to_string(entry.nomination.revision));
      }
    }
  }
  const std::string title = "Søg om Explorer";
  return services.pages.Render(context, FormTitle(title, form.error), "programmes/explorer_apply.tpl", content,
                               FormStatus(form.error));
}

Response ShowApply(const PageServices& services, RequestContext& context) { return RenderApply(services, context); }

Response SubmitApply(const PageServices& services, RequestContext& context) {
  ApplyForm form;
  form.motivation = context.Form().Get("motivation");
  const auto result =
      services.Get<app::ExplorerService>().Apply(*context.user(), form.motivation, context.request.remote_address);
  if (result) return RedirectWithFlash(std::string(kApply), "explorer-applied", services.secure_cookies);
  if (result.error().kind != app::ErrorKind::Invalid) {
    return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  }
  form.error = &result.error();
  return RenderApply(services, context, form);
}

Response SubmitWithdraw(const PageServices& services, RequestContext& context) {
  const auto revision = ParsePositive<int>(context.Form().Get("revision"));
  if (!revision) return services.pages.Error(context, 400);
  const auto result = services.Get<app::ExplorerService>().Withdraw(*context.user(), context.params.Int("id"),
                                                                    *revision, context.request.remote_address);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  return RedirectWithFlash(std::string(kApply), "explorer-withdrawn", services.secure_cookies);
}

// ---- the leader's list and decision

Response RenderNominations(const PageServices& services, RequestContext& context) {
  const auto view = services.Get<app::ExplorerService>().Nominations(*context.user());
  const auto nominate = services.Get<app::ExplorerService>().NominatePage(*context.user());
  View content;
  if (nominate) content.Show("CAN_NOMINATE");
  if (!view.waiting.empty()) {
    auto& list = content.AddSection("WAITING");
    for (const auto& entry : view.waiting) AddEntry(list.AddSection("ENTRY"), entry);
  } else if (nominate) {
    content.Show("NONE_WAITING");
  }
  if (!view.decided.empty()) {
    auto& list = content.AddSection("DECIDED");
    for (const auto& entry : view.decided) AddEntry(list.AddSection("ENTRY"), entry);
  }
  if (!view.mine.empty()) {
    auto& list = content.AddSection("MINE");
    for (const auto& entry : view.mine) AddEntry(list.AddSection("ENTRY"), entry);
  }
  return services.pages.Render(context, "Explorer: indstillinger og ansøgninger", "programmes/explorer_list.tpl",
                               content);
}

struct DecisionForm {
  std::string reason;
  const app::Error* error = nullptr;
};

Response RenderDecision(const PageServices& services, RequestContext& context, const DecisionForm& form = {}) {
  const auto id = context.params.Int("id");
  const auto view = services.Get<app::ExplorerService>().Decision(*context.user(), id);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  View content;
  AddEntry(content, view->entry);
  const auto title =
      fmt::format("{}: {}", NameOf(view->entry.person), app::kExplorerSourceTable.Label(view->entry.nomination.source));
  content.Set("TITLE", title);
  if (view->own) content.Show("OWN");
  if (form.error != nullptr && form.error->kind == app::ErrorKind::Conflict) {
    content.AddSection("REFUSED").Set("MESSAGE", form.error->message);
  }
  if (view->can_decide) {
    auto& decide = content.AddSection("DECIDE");
    decide.Set("ACTION_BASE", ExplorerDecisionHref(id));
    decide.Set("REVISION", std::to_string(view->entry.nomination.revision));
    const auto errors = FieldErrorsOf(form.error);
    if (form.error != nullptr && form.error->kind == app::ErrorKind::Invalid) {
      AddFormError(content, *form.error, "Ansøgningen blev ikke afvist");
    }
    AddField(decide, "REASON_FIELD",
             TextAreaField("reason", "Begrundelse, hvis du afviser",
                           "Ansøgeren får begrundelsen at se. " + MaxCharactersHint(app::kMaxExplorerReason),
                           form.reason, 4),
             errors);
  }
  const int status = form.error == nullptr ? 200 : StatusFor(form.error->kind);
  return services.pages.Render(context, status == 200 ? title : title + " (fejl)", "programmes/explorer_decision.tpl",
                               content, status);
}

Response ShowDecision(const PageServices& services, RequestContext& context) {
  return RenderDecision(services, context);
}

Response SubmitApproval(const PageServices& services, RequestContext& context) {
  const auto revision = ParsePositive<int>(context.Form().Get("revision"));
  if (!revision) return services.pages.Error(context, 400);
  const auto result = services.Get<app::ExplorerService>().Approve(*context.user(), context.params.Int("id"), *revision,
                                                                   context.request.remote_address);
  if (result) return RedirectWithFlash(std::string(kNominations), "explorer-approved", services.secure_cookies);
  if (result.error().kind != app::ErrorKind::Conflict) {
    return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  }
  DecisionForm form;
  form.error = &result.error();
  return RenderDecision(services, context, form);
}

Response SubmitRejection(const PageServices& services, RequestContext& context) {
  const auto& data = context.Form();
  const auto revision = ParsePositive<int>(data.Get("revision"));
  if (!revision) return services.pages.Error(context, 400);
  DecisionForm form;
  form.reason = data.Get("reason");
  const auto result = services.Get<app::ExplorerService>().Reject(*context.user(), context.params.Int("id"), *revision,
                                                                  form.reason, context.request.remote_address);
  if (result) return RedirectWithFlash(std::string(kNominations), "explorer-rejected", services.secure_cookies);
  const auto kind = result.error().kind;
  if (kind != app::ErrorKind::Invalid && kind != app::ErrorKind::Conflict) {
    return services.pages.Error(context, StatusFor(kind), result.error().message);
  }
  form.error = &result.error();
  return RenderDecision(services, context, form);
}

// ---- the personal path plan

constexpr app::DayRule kPlanDayRule{"datoen",
                                    {std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}},
                                    {std::chrono::year{2040}, std::chrono::December, std::chrono::day{31}}};

std::vector<FieldOption> ActivityKindOptions() {
  std::vector<FieldOption> options;
  for (const auto kind : app::kPathPlanActivityKindTable.Values()) {
    options.push_back({std::string(app::kPathPlanActivityKindTable.Code(kind)),
                       std::string(app::kPathPlanActivityKindTable.Label(kind))});
  }
  return options;
}

std::vector<FieldOption> ActivityStatusOptions() {
  std::vector<FieldOption> options;
  for (const auto status : app::kPathPlanActivityStatusTable.Values()) {
    options.push_back({std::string(app::kPathPlanActivityStatusTable.Code(status)),
                       std::string(app::kPathPlanActivityStatusTable.Label(status))});
  }
  return options;
}

app::PathPlanActivityInput ActivityInputFrom(const FormData& form) {
  return {form.Get("title"),     form.Get("description"), form.Get("kind"),
          form.Get("starts_on"), form.Get("ends_on"),     form.Get("status")};
}

void AddActivityFields(View& view, const app::PathPlanActivityInput& input, std::span<const app::FieldError> errors) {
  AddField(view, "TITLE_FIELD",
           TextField("title", "Aktivitet",
                     "Fx „Praktik i Akutafdelingen“. " + MaxCharactersHint(app::kMaxPathPlanTitle), input.title)
               .Class("input-width-xl"),
           errors);
  AddField(view, "KIND_FIELD", SelectField("kind", "Slags", "", input.kind, ActivityKindOptions()), errors);
  AddField(view, "STARTS_FIELD", DateField("starts_on", "Start", "", input.starts_on, kPlanDayRule), errors);
  AddField(view, "ENDS_FIELD",
           DateField("ends_on", "Slut (valgfri)", "Samme dag som starten eller senere.", input.ends_on, kPlanDayRule),
           errors);
  AddField(view, "STATUS_FIELD", SelectField("status", "Status", "", input.status, ActivityStatusOptions()), errors);
  AddField(view, "DESCRIPTION_FIELD",
           TextAreaField("description", "Beskrivelse (valgfri)",
                         "Hvad du vil lære, hvem du skal være sammen med, hvad der er aftalt. " +
                             MaxCharactersHint(app::kMaxPathPlanDescription),
                         input.description, 4),
           errors);
}

std::string Period(const app::PathPlanActivityFields& fields) {
  if (!fields.ends_on) return "Fra " + domain::FormatDate(fields.starts_on);
  if (*fields.ends_on == fields.starts_on) return domain::FormatDate(fields.starts_on);
  return domain::FormatDate(fields.starts_on) + "–" + domain::FormatDate(*fields.ends_on);
}

std::string ActivityBadgeClass(app::PathPlanActivityStatus status) {
  switch (status) {
    case app::PathPlanActivityStatus::Planned: return "badge-info";
    case app::PathPlanActivityStatus::Started: return "badge-warning";
    case app::PathPlanActivityStatus::Done: return "badge-success";
    case app::PathPlanActivityStatus::Dropped: return "badge-error";
  }
  return "badge-info";
}

std::string PlanStateClass(domain::ProgressState state) {
  switch (state) {
    case domain::ProgressState::Overdue: return "badge-error";
    case domain::ProgressState::AtRisk: return "badge-warning";
    case domain::ProgressState::Completed: return "badge-success";
    case domain::ProgressState::OnTrack:
    case domain::ProgressState::Exempt: return "badge-info";
  }
  return "badge-info";
}

// What the plan page shows again after a refused form: the form's input and its error.
struct PlanForms {
  std::string helper;
  bool helper_typed = false;
  const app::Error* helper_error = nullptr;
  app::PathPlanActivityInput activity;
  const app::Error* activity_error = nullptr;
  const app::Error* agree_error = nullptr;
  const app::Error* move_error = nullptr;
};

Response RenderPlan(const PageServices& services, RequestContext& context, const PlanForms& forms = {},
                    int status = 200) {
  const auto id = context.params.Int("id");
  const auto view = services.Get<app::ExplorerService>().Plan(*context.user(), id, context.request.remote_address);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  const auto& plan = view->plan;
  View content;
  const auto name = NameOf(view->person);
  content.Set("NAME", name);
  content.Set("UNIT", view->unit != nullptr ? view->unit->name : std::string());
  content.Set("PROGRAMME_NAME", view->programme.fields.name);
  content.Set("PROGRAMME_HREF", ExplorerProgrammeHref(view->programme.id));
  content.Set("ENROLLMENT_HREF", ExplorerEnrollmentHref(id));
  content.Set("ACTION_BASE", ExplorerPlanHref(id));
  content.Set("REVISION", std::to_string(plan.revision));
  content.Set("STATE", std::string(domain::ProgressStateLabel(view->status.state)));
  content.Set("STATE_CLASS", PlanStateClass(view->status.state));
  content.Set("CRITERIA", view->status.Criteria());
  content.Set("REASON", view->status.reason);
  if (view->own) content.Show("OWN");
  if (plan.agreed_at) {
    auto& agreed = content.AddSection("AGREED");
    agreed.Set("WHEN", domain::FormatDateTime(*plan.agreed_at));
    if (!view->agreed_by.empty()) agreed.AddSection("BY").Set("NAME", view->agreed_by);
  } else {
    auto& agree = content.AddSection("AGREE");
    if (forms.agree_error != nullptr) {
      const auto& error = *forms.agree_error;
      const auto message = error.field_errors.empty() ? error.message : error.field_errors.front().message;
      agree.AddSection("AGREE_ERROR").Set("MESSAGE", message);
    }
  }
  if (!plan.helper.empty()) content.AddSection("HELPER").Set("TEXT", plan.helper);
  const auto* conflict =
      forms.helper_error != nullptr && forms.helper_error->kind == app::ErrorKind::Conflict       ? forms.helper_error
      : forms.activity_error != nullptr && forms.activity_error->kind == app::ErrorKind::Conflict ? forms.activity_error
      : forms.agree_error != nullptr && forms.agree_error->kind == app::ErrorKind::Conflict       ? forms.agree_error
                                                                                                  : forms.move_error;
  if (conflict != nullptr)
    AddConflictNotice(content, conflict->message, ExplorerPlanHref(id), "Se planen, som den er nu");
  const auto helper_errors = FieldErrorsOf(forms.helper_error);
  const auto activity_errors = FieldErrorsOf(forms.activity_error);
  if (!helper_errors.empty()) AddErrorSummary(content, helper_errors);
  if (!activity_errors.empty()) AddErrorSummary(content, activity_errors);
  AddField(
      content, "HELPER_FIELD",
      TextField("helper", "Hvem hjælper med planen? (valgfri)",
                "Navnet på lederudviklingskonsulenten eller mentoren. " + MaxCharactersHint(app::kMaxPathPlanHelper),
                forms.helper_typed ? forms.helper : plan.helper)
          .Class("input-width-xl"),
      helper_errors);
  if (view->activities.empty()) content.Show("NO_ACTIVITIES");
  if (!view->activities.empty()) {
    auto& table = content.AddSection("ACTIVITIES");
    for (std::size_t i = 0; i < view->activities.size(); ++i) {
      const auto& activity = view->activities[i];
      auto& row = table.AddSection("ACTIVITY");
      row.Set("NUMBER", std::to_string(i + 1));
      row.Set("TITLE", activity.fields.title);
      row.Set("KIND", std::string(app::kPathPlanActivityKindTable.Label(activity.fields.kind)));
      row.Set("PERIOD", Period(activity.fields));
      row.Set("STATUS", std::string(app::kPathPlanActivityStatusTable.Label(activity.fields.status)));
      row.Set("STATUS_CLASS", ActivityBadgeClass(activity.fields.status));
      if (!activity.fields.description.empty()) {
        row.AddSection("DESCRIPTION").Set("TEXT", activity.fields.description);
      }
      row.Set("EDIT_HREF", fmt::format("{}/aktiviteter/{}", ExplorerPlanHref(id), activity.id));
      row.Set("MOVE_ACTION", fmt::format("{}/aktiviteter/{}/flyt", ExplorerPlanHref(id), activity.id));
      if (i > 0) row.Show("CAN_MOVE_UP");
      if (i + 1 < view->activities.size()) row.Show("CAN_MOVE_DOWN");
    }
  }
  app::PathPlanActivityInput fresh;
  fresh.kind = std::string(app::kPathPlanActivityKindTable.Code(app::PathPlanActivityKind::Rotation));
  fresh.status = std::string(app::kPathPlanActivityStatusTable.Code(app::PathPlanActivityStatus::Planned));
  AddActivityFields(content, forms.activity_error != nullptr ? forms.activity : fresh, activity_errors);
  if (!view->changes.empty()) {
    auto& changes = content.AddSection("CHANGES");
    for (const auto& change : view->changes) {
      auto& row = changes.AddSection("CHANGE");
      row.Set("WHEN", domain::FormatDateTime(change.at));
      row.Set("TEXT", change.text);
    }
  }
  const auto title = "Personlig plan: " + name;
  return services.pages.Render(context, status == 200 ? title : title + " (fejl)", "programmes/plan.tpl", content,
                               status);
}

Response ShowPlan(const PageServices& services, RequestContext& context) { return RenderPlan(services, context); }

// The plan's revision as the form sent it (0: the plan had not been made yet).
std::optional<int> PlanRevisionOf(const FormData& form) {
  const auto text = form.Get("revision");
  if (text == "0") return 0;
  return ParsePositive<int>(text);
}

// After a change of the plan: back to it with a flash, or the page again with the error.
Response AfterPlanChange(const PageServices& services, RequestContext& context, const app::Result<app::Unit>& result,
                         std::string_view flash, PlanForms& forms, const app::Error*& slot) {
  if (result) return RedirectWithFlash(ExplorerPlanHref(context.params.Int("id")), flash, services.secure_cookies);
  const auto kind = result.error().kind;
  if (kind != app::ErrorKind::Invalid && kind != app::ErrorKind::Conflict) {
    return services.pages.Error(context, StatusFor(kind), result.error().message);
  }
  slot = &result.error();
  return RenderPlan(services, context, forms, StatusFor(kind));
}

Response SubmitHelper(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const auto revision = PlanRevisionOf(form);
  if (!revision) return services.pages.Error(context, 400);
  PlanForms forms;
  forms.helper = form.Get("helper");
  forms.helper_typed = true;
  const auto result = services.Get<app::ExplorerService>().SetHelper(
      *context.user(), context.params.Int("id"), *revision, forms.helper, context.request.remote_address);
  return AfterPlanChange(services, context, result, "explorer-plan-saved", forms, forms.helper_error);
}

Response SubmitNewActivity(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const auto revision = PlanRevisionOf(form);
  if (!revision) return services.pages.Error(context, 400);
  PlanForms forms;
  forms.activity = ActivityInputFrom(form);
  const auto added = services.Get<app::ExplorerService>().AddActivity(
      *context.user(), context.params.Int("id"), *revision, forms.activity, context.request.remote_address);
  const app::Result<app::Unit> result = added ? app::Result<app::Unit>(app::Unit{}) : added.error();
  return AfterPlanChange(services, context, result, "explorer-activity-added", forms, forms.activity_error);
}

Response SubmitMove(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const auto revision = PlanRevisionOf(form);
  const auto direction = form.Get("retning");
  if (!revision || (direction != "op" && direction != "ned")) return services.pages.Error(context, 400);
  PlanForms forms;
  const auto result = services.Get<app::ExplorerService>().MoveActivity(
      *context.user(), context.params.Int("id"), context.params.Int("activity"), direction == "op" ? -1 : 1, *revision,
      context.request.remote_address);
  return AfterPlanChange(services, context, result, "explorer-plan-saved", forms, forms.move_error);
}

Response SubmitAgree(const PageServices& services, RequestContext& context) {
  const auto revision = PlanRevisionOf(context.Form());
  if (!revision) return services.pages.Error(context, 400);
  PlanForms forms;
  const auto result = services.Get<app::ExplorerService>().Agree(*context.user(), context.params.Int("id"), *revision,
                                                                 context.request.remote_address);
  return AfterPlanChange(services, context, result, "explorer-plan-agreed", forms, forms.agree_error);
}

// ---- one activity's form

struct ActivityForm {
  app::PathPlanActivityInput input;
  int revision = 0;
  const app::Error* error = nullptr;
};

Response RenderActivity(const PageServices& services, RequestContext& context, const ActivityForm* form = nullptr) {
  const auto id = context.params.Int("id");
  const auto activity_id = context.params.Int("activity");
  const auto view = services.Get<app::ExplorerService>().Plan(*context.user(), id, context.request.remote_address);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  const app::PathPlanActivity* activity = nullptr;
  for (const auto& entry : view->activities) {
    if (entry.id == activity_id) activity = &entry;
  }
  if (activity == nullptr) return services.pages.Error(context, 404, "Aktiviteten findes ikke.");
  View content;
  content.Set("NAME", NameOf(view->person));
  content.Set("PROGRAMME_NAME", view->programme.fields.name);
  content.Set("PROGRAMME_HREF", ExplorerProgrammeHref(view->programme.id));
  content.Set("PLAN_HREF", ExplorerPlanHref(id));
  content.Set("ACTION", fmt::format("{}/aktiviteter/{}", ExplorerPlanHref(id), activity_id));
  content.Set("TITLE", activity->fields.title);
  const app::Error* error = form != nullptr ? form->error : nullptr;
  // After a conflict the form is sent again against the current revision, on purpose.
  content.Set("REVISION",
              std::to_string(form != nullptr && (error == nullptr || error->kind != app::ErrorKind::Conflict)
                                 ? form->revision
                                 : activity->revision));
  if (error != nullptr && error->kind == app::ErrorKind::Conflict) {
    AddConflictNotice(content, error->message, ExplorerPlanHref(id), "Se planen, som den er nu");
  } else if (error != nullptr) {
    AddFormError(content, *error, "Aktiviteten blev ikke gemt");
  }
  AddActivityFields(content, form != nullptr ? form->input : app::PathPlanInputOf(activity->fields),
                    FieldErrorsOf(error));
  const auto title = "Ret aktivitet: " + activity->fields.title;
  return services.pages.Render(context, FormTitle(title, error), "programmes/plan_activity.tpl", content,
                               FormStatus(error));
}

Response ShowActivity(const PageServices& services, RequestContext& context) {
  return RenderActivity(services, context);
}

Response SubmitActivity(const PageServices& services, RequestContext& context) {
  const auto& data = context.Form();
  const auto revision = ParsePositive<int>(data.Get("revision"));
  if (!revision) return services.pages.Error(context, 400);
  ActivityForm form;
  form.input = ActivityInputFrom(data);
  form.revision = *revision;
  return FinishForm<app::Unit>(
      services, context,
      services.Get<app::ExplorerService>().UpdateActivity(*context.user(), context.params.Int("id"),
                                                          context.params.Int("activity"), *revision, form.input,
                                                          context.request.remote_address),
      [&](const app::Error& error, int) {
        form.error = &error;
        return RenderActivity(services, context, &form);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(ExplorerPlanHref(context.params.Int("id")), "explorer-activity-saved",
                                 services.secure_cookies);
      });
}

}  // namespace

void RegisterExplorerPages(PageModule& module) {
  static constexpr std::array<std::string_view, 3> kExplorerElsewhere = {
      "/udvikling/explorer/*", "/udvikling/explorer/ansoegninger/*", "/udvikling/deltagelser/*/plan"};
  module.shell.AddNavigation({kNominations, "Explorer",
                              "Søg om at komme med i Explorer, eller indstil en medarbejder som leder, og se "
                              "ansøgningerne, der venter på dit svar.",
                              app::kSignedIn, &kDevelopmentSection, 25, kExplorerElsewhere});
  module.shell.AddFlash({"explorer-nominated", "success", "Medarbejderen er indstillet og optaget i Explorer."});
  module.shell.AddFlash({"explorer-applied", "success", "Din ansøgning er sendt til din leder."});
  module.shell.AddFlash({"explorer-withdrawn", "success", "Din ansøgning er trukket tilbage."});
  module.shell.AddFlash({"explorer-approved", "success", "Ansøgningen er godkendt, og medarbejderen er optaget."});
  module.shell.AddFlash({"explorer-rejected", "success", "Ansøgningen er afvist, og ansøgeren har fået besked."});
  module.shell.AddFlash({"explorer-plan-saved", "success", "Planen er gemt."});
  module.shell.AddFlash({"explorer-activity-added", "success", "Aktiviteten er tilføjet planen."});
  module.shell.AddFlash({"explorer-activity-saved", "success", "Aktiviteten er gemt."});
  module.shell.AddFlash({"explorer-plan-agreed", "success", "Planen er aftalt. Det tæller nu med i din status."});
  module.Get(std::string(kNominate), app::kSignedIn, &ShowNominate);
  module.Post(std::string(kNominate), app::kSignedIn, &SubmitNominate);
  module.Get(std::string(kApply), app::kSignedIn, &ShowApply);
  module.Post(std::string(kApply), app::kSignedIn, &SubmitApply);
  module.Get(std::string(kNominations), app::kSignedIn, &RenderNominations);
  module.Get("/udvikling/explorer/ansoegninger/{id:int}", app::kSignedIn, &ShowDecision);
  module.Post("/udvikling/explorer/ansoegninger/{id:int}/godkend", app::kSignedIn, &SubmitApproval);
  module.Post("/udvikling/explorer/ansoegninger/{id:int}/afvis", app::kSignedIn, &SubmitRejection);
  module.Post("/udvikling/explorer/ansoegninger/{id:int}/traek-tilbage", app::kSignedIn, &SubmitWithdraw);
  module.Get("/udvikling/deltagelser/{id:int}/plan", app::kSignedIn, &ShowPlan);
  module.Post("/udvikling/deltagelser/{id:int}/plan/hjaelper", app::kSignedIn, &SubmitHelper);
  module.Post("/udvikling/deltagelser/{id:int}/plan/aktiviteter", app::kSignedIn, &SubmitNewActivity);
  module.Get("/udvikling/deltagelser/{id:int}/plan/aktiviteter/{activity:int}", app::kSignedIn, &ShowActivity);
  module.Post("/udvikling/deltagelser/{id:int}/plan/aktiviteter/{activity:int}", app::kSignedIn, &SubmitActivity);
  module.Post("/udvikling/deltagelser/{id:int}/plan/aktiviteter/{activity:int}/flyt", app::kSignedIn, &SubmitMove);
  module.Post("/udvikling/deltagelser/{id:int}/plan/aftalt", app::kSignedIn, &SubmitAgree);
}

}  // namespace lp::web
