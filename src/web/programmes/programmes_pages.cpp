// The programmes' pages (issue 17): the catalogue (/udvikling), a programme (/udvikling/forloeb/{id}),
// Koncern HR's form for a programme, and "Min udvikling" with one's own programmes and, for a leader,
// Ledervejen of the leaders below them.
#include "web/programmes/programmes_pages.hpp"

#include <fmt/format.h>

#include <array>
#include <map>
#include <string>

#include "app/platform/outbound_mail.hpp"
#include "app/programmes/cohort_service.hpp"
#include "app/programmes/explorer_service.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/programmes_access.hpp"
#include "app/programmes/programmes_calendar.hpp"
#include "app/programmes/session_service.hpp"
#include "app/programmes/team_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/notifications/calendar_file.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/markdown.hpp"
#include "web/platform/pages.hpp"
#include "web/platform/table_export.hpp"
#include "web/programmes/capacity_pages.hpp"
#include "web/programmes/cohort_pages.hpp"
#include "web/programmes/explorer_pages.hpp"
#include "web/programmes/team_pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kCatalogue = "/udvikling";
constexpr std::string_view kMine = "/min-udvikling";

std::string ProgrammeHref(app::ProgrammeId id) { return fmt::format("/udvikling/forloeb/{}", id); }
std::string SessionHref(app::ProgrammeSessionId id) { return fmt::format("/udvikling/sessioner/{}", id); }
std::string EnrollmentHref(app::EnrollmentId id) { return fmt::format("/udvikling/deltagelser/{}", id); }

// The days the date fields accept (a session's day and deadlines, an enrolment's deadline).
constexpr app::DayRule kSessionDays{"datoen",
                                    {std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}},
                                    {std::chrono::year{2040}, std::chrono::December, std::chrono::day{31}}};

// "torsdag 04.03.2027 kl. 09:00–15:30".
std::string SessionWhen(const app::ProgrammeSession& session) {
  return fmt::format("{} kl. {}–{}", domain::FormatLongDate(session.fields.starts_at),
                     domain::FormatTime(session.fields.starts_at), domain::FormatTime(session.fields.ends_at));
}

// "3 ledige pladser af 20", "Fuldt: 2 på venteliste", "Aflyst".
std::string SeatsText(const app::ProgrammeSession& session) {
  if (session.status == app::SessionStatus::Cancelled) return "Aflyst";
  const int free = session.fields.capacity - session.registered;
  if (free > 0) {
    return fmt::format("{} af {}", domain::CountOf(free, "ledig plads", "ledige pladser"), session.fields.capacity);
  }
  return session.waiting > 0 ? fmt::format("Fuldt: {} på venteliste", session.waiting) : std::string("Fuldt");
}

// The element kinds the catalogue form asks requirements for, and the kinds of leader whose own
// figures it offers (Ledervejen's variants).
constexpr std::array kFormElements = {domain::ElementKind::CourseDay, domain::ElementKind::Sparring,
                                      domain::ElementKind::ShortCourse, domain::ElementKind::Preparation,
                                      domain::ElementKind::PersonalPlan};

std::string LeaderKindPlural(domain::LeaderKind kind) {
  switch (kind) {
    case domain::LeaderKind::Personaleleder: return "Personaleledere og funktionsledere";
    case domain::LeaderKind::LederAfLedere: return "Ledere af ledere";
    case domain::LeaderKind::KliniskLeder: return "Kliniske ledere";
  }
  return "";
}

// "12 kursusdage, 4 sparringer og 3 korte kurser".
std::string RequirementsText(const std::vector<domain::Requirement>& requirements) {
  std::vector<std::string> parts;
  for (const auto& requirement : requirements) {
    if (requirement.kind == domain::ElementKind::PersonalPlan && requirement.required == 1) {
      parts.emplace_back("en personlig plan");
    } else {
      parts.push_back(
          fmt::format("{} {}", requirement.required, domain::ElementNoun(requirement.kind, requirement.required)));
    }
  }
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += i + 1 == parts.size() ? " og " : ", ";
    text += parts[i];
  }
  return text;
}

std::string StateBadgeClass(domain::ProgressState state) {
  switch (state) {
    case domain::ProgressState::Overdue: return "badge-error";
    case domain::ProgressState::AtRisk: return "badge-warning";
    case domain::ProgressState::Completed: return "badge-success";
    case domain::ProgressState::OnTrack:
    case domain::ProgressState::Exempt: return "badge-info";
  }
  return "badge-info";
}

void AddStatus(View& view, const domain::ProgrammeStatus& status) {
  view.Set("STATE", std::string(domain::ProgressStateLabel(status.state)));
  view.Set("STATE_CLASS", StateBadgeClass(status.state));
  view.Set("CRITERIA", status.Criteria());
  view.Set("REASON", status.reason);
}

Response RenderCatalogue(const PageServices& services, RequestContext& context) {
  const auto catalogue = services.Get<app::ProgrammeService>().Catalogue(*context.user());
  View content;
  if (catalogue.can_maintain) content.Show("CAN_MAINTAIN");
  View* archived = nullptr;
  for (const auto& programme : catalogue.programmes) {
    if (programme.archived_at) {
      if (archived == nullptr) archived = &content.AddSection("ARCHIVED_LIST");
      auto& row = archived->AddSection("ARCHIVED");
      row.Set("HREF", ProgrammeHref(programme.id));
      row.Set("NAME", programme.fields.name);
      continue;
    }
    auto& row = content.AddSection("PROGRAMME");
    row.Set("HREF", ProgrammeHref(programme.id));
    row.Set("NAME", programme.fields.name);
    row.Set("KIND", std::string(domain::ProgrammeKindLabel(programme.fields.kind)));
    row.Set("SUMMARY", programme.fields.summary);
    if (!programme.fields.duration.empty()) row.AddSection("DURATION").Set("TEXT", programme.fields.duration);
    const bool enrolled = catalogue.mine.contains(programme.id);
    if (programme.fields.mandatory || !programme.fields.open || enrolled) {
      auto& badges = row.AddSection("BADGES");
      if (programme.fields.mandatory) badges.Show("MANDATORY");
      if (!programme.fields.open) badges.Show("CLOSED");
      if (enrolled) badges.Show("ENROLLED");
    }
  }
  return services.pages.Render(context, "Udviklingsforløb", "programmes/catalogue.tpl", content);
}

void AddLink(View& view, std::string href, std::string text) {
  auto& link = view.AddSection("LINK");
  link.Set("HREF", std::move(href));
  link.Set("TEXT", std::move(text));
}

// How one gets into a programme that one does not join oneself (app::SelfEnrolment).
void AddWayIn(View& content, const app::Programme& programme) {
  auto& way = content.AddSection("WAY_IN");
  switch (programme.fields.kind) {
    case domain::ProgrammeKind::Ledervejen:
      way.Set(
          "TEXT",
          "Nye ledere tilmeldes automatisk ud fra HR-data. Er du ny leder og ikke tilmeldt, så kontakt Koncern HR.");
      return;
    case domain::ProgrammeKind::Rejsefaeller:
      way.Set("TEXT",
              "Forløbet tilbydes ledere, der leder en enhed sammen. Når en enhed får to eller flere ledere, får de et "
              "tilbud om at blive rejsefæller, og det ser de under Min udvikling.");
      return;
    case domain::ProgrammeKind::Globetrotter:
      way.Set("TEXT",
              "Du søger om plads på et hold. Din egen leder godkender din lokale forberedelse, før du optages.");
      AddLink(way, "/udvikling/kohorter", "Se holdene, og søg om optagelse");
      return;
    case domain::ProgrammeKind::Explorer:
      way.Set("TEXT", "Din leder kan indstille dig, eller du kan selv søge, og så godkender din leder ansøgningen.");
      AddLink(way, "/udvikling/explorer/ansoeg", "Søg om at komme med i Explorer");
      return;
    case domain::ProgrammeKind::Course: way.Set("TEXT", "Forløbet er lukket for tilmelding lige nu."); return;
  }
}

// What the programme page's forms were sent with, and what went wrong.
struct ProgrammeForms {
  app::EnrolmentInput enrolment;
  const app::Error* enrolment_error = nullptr;  // Koncern HR's enrolment of someone
  const app::Error* self_error = nullptr;       // one's own enrolment
};

Response RenderProgramme(const PageServices& services, RequestContext& context, const ProgrammeForms& forms = {},
                         int status = 200) {
  const auto page = services.Get<app::ProgrammeService>().View(*context.user(), context.params.Int("id"));
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  const auto& programme = page->programme;
  const auto& f = programme.fields;
  View content;
  content.Set("NAME", f.name);
  content.Set("KIND", std::string(domain::ProgrammeKindLabel(f.kind)));
  content.Set("SUMMARY", f.summary);
  if (f.mandatory) content.Show("MANDATORY");
  content.Show(f.open ? "OPEN" : "CLOSED");
  if (programme.archived_at) content.Show("IS_ARCHIVED");
  const auto fact = [&](std::string_view label, const std::string& text) {
    if (text.empty()) return;
    auto& row = content.AddSection("FACT");
    row.Set("LABEL", std::string(label));
    row.Set("TEXT", text);
  };
  fact("Målgruppe", f.target_group);
  fact("Formål", f.purpose);
  fact("Varighed", f.duration);
  fact("Pris og tidsforbrug", f.price);
  fact("Kontakt", f.contact);
  if (!f.content.empty()) content.AddSection("CONTENT").Set("CONTENT_HTML", RenderMarkdown(f.content));
  const auto common = domain::RequirementsFor(programme.requirements, std::nullopt);
  if (!common.empty()) {
    auto& requirements = content.AddSection("REQUIREMENTS");
    requirements.Set("TEXT", RequirementsText(common));
    for (const auto leader : domain::kAllLeaderKinds) {
      const auto own = domain::RequirementsFor(programme.requirements, leader);
      if (own == common) continue;
      auto& variant = requirements.AddSection("VARIANT");
      variant.Set("LEADERS", LeaderKindPlural(leader));
      variant.Set("TEXT", RequirementsText(own));
    }
  }
  if (forms.self_error != nullptr) content.AddSection("SELF_ERROR").Set("MESSAGE", forms.self_error->message);
  if (page->mine) {
    auto& mine = content.AddSection("MINE");
    AddStatus(mine, page->mine->status);
    mine.Set("SOURCE", std::string(app::kEnrollmentSourceTable.Label(page->mine->enrollment.source)));
    mine.Set("ENROLLED_ON", domain::FormatDate(page->mine->enrollment.enrolled_on));
    mine.Set("HREF", EnrollmentHref(page->mine->enrollment.id));
  } else if (page->has_person && !programme.archived_at) {
    if (app::SelfEnrolment(programme)) {
      auto& join = content.AddSection("SELF_ENROL");
      join.Set("ACTION", ProgrammeHref(programme.id) + "/tilmeld");
    } else {
      AddWayIn(content, programme);
    }
  }
  const auto sessions = services.Get<app::SessionService>().Upcoming(programme.id);
  if (!sessions.empty()) {
    auto& list = content.AddSection("SESSIONS");
    for (const auto& session : sessions) {
      auto& row = list.AddSection("SESSION");
      row.Set("HREF", SessionHref(session.id));
      row.Set("TITLE", session.fields.title);
      row.Set("KIND", std::string(domain::ElementKindLabel(session.fields.kind)));
      row.Set("WHEN", SessionWhen(session));
      row.Set("PLACE", session.fields.place.empty() ? std::string("Online") : session.fields.place);
      row.Set("SEATS", SeatsText(session));
    }
  } else {
    content.Show("NO_SESSIONS");
  }
  if (page->can_maintain) {
    auto& maintain = content.AddSection("MAINTAIN");
    maintain.Set("NEW_SESSION_HREF", ProgrammeHref(programme.id) + "/sessioner/ny");
    maintain.Set("EDIT_HREF", ProgrammeHref(programme.id) + "/rediger");
    maintain.Set("PARTICIPANTS", domain::CountOf(page->participants, "deltager", "deltagere"));
    maintain.Set("OVERVIEW_HREF", fmt::format("/udvikling/oversigt?forloeb={}", programme.id));
    if (!programme.archived_at) {
      auto& enrol = maintain.AddSection("ENROL_OTHER");
      enrol.Set("ACTION", ProgrammeHref(programme.id) + "/tilmeld-andre");
      if (forms.enrolment_error != nullptr) AddFormError(enrol, *forms.enrolment_error, "Tilmeldingen blev ikke gemt");
      const auto errors = FieldErrorsOf(forms.enrolment_error);
      AddField(enrol, "PERSON_FIELD",
               TextField("person", "Deltager", "E-mailadresse eller medarbejdernummer.", forms.enrolment.person)
                   .Class("input-width-l")
                   .NoSpellcheck(),
               errors);
      AddField(
          enrol, "DEADLINE_FIELD",
          DateField("deadline", "Frist (valgfri)",
                    f.kind == domain::ProgrammeKind::Ledervejen ? "Uden frist gælder to år efter, personen blev leder."
                                                                : "Uden frist har deltagelsen ingen slutdato.",
                    forms.enrolment.deadline, kSessionDays),
          errors);
    }
  }
  return services.pages.Render(context, status == 200 ? f.name : f.name + " (fejl)", "programmes/programme.tpl",
                               content, status);
}

Response ShowProgramme(const PageServices& services, RequestContext& context) {
  return RenderProgramme(services, context);
}

Response SubmitSelfEnrolment(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto result =
      services.Get<app::ProgrammeService>().EnrolSelf(*context.user(), id, context.request.remote_address);
  if (result) return RedirectWithFlash(ProgrammeHref(id), "programmes-enrolled", services.secure_cookies);
  if (result.error().kind == app::ErrorKind::NotFound)
    return services.pages.Error(context, 404, result.error().message);
  ProgrammeForms forms;
  forms.self_error = &result.error();
  return RenderProgramme(services, context, forms, StatusFor(result.error().kind));
}

Response SubmitEnrolmentOfOther(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  ProgrammeForms forms;
  forms.enrolment = {form.Get("person"), form.Get("deadline")};
  const auto result = services.Get<app::ProgrammeService>().EnrolOther(*context.user(), id, forms.enrolment,
                                                                       context.request.remote_address);
  if (result)
    return RedirectWithFlash(EnrollmentHref(result.value()), "programmes-other-enrolled", services.secure_cookies);
  if (result.error().kind != app::ErrorKind::Invalid) {
    return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  }
  forms.enrolment_error = &result.error();
  return RenderProgramme(services, context, forms, 422);
}

struct ProgrammeFormState {
  app::ProgrammeInput input;
  std::optional<app::ProgrammeId> id;
  int revision = 0;
};

app::ProgrammeInput ProgrammeInputFrom(const FormData& form) {
  app::ProgrammeInput input;
  input.kind = form.Get("kind");
  input.name = form.Get("name");
  input.summary = form.Get("summary");
  input.target_group = form.Get("target_group");
  input.purpose = form.Get("purpose");
  input.content = form.Get("content");
  input.duration = form.Get("duration");
  input.price = form.Get("price");
  input.contact = form.Get("contact");
  input.open = form.Get("open") == "1";
  input.mandatory = form.Get("mandatory") == "1";
  for (const auto element : kFormElements) {
    const auto common = app::RequirementField(element);
    if (form.Has(common)) input.requirements[common] = form.Get(common);
    for (const auto leader : domain::kAllLeaderKinds) {
      const auto field = app::RequirementField(element, leader);
      if (form.Has(field)) input.requirements[field] = form.Get(field);
    }
  }
  return input;
}

Response RenderProgrammeForm(const PageServices& services, RequestContext& context, const ProgrammeFormState& state,
                             const app::Error* error = nullptr) {
  View content;
  const bool is_new = !state.id;
  const std::string heading = is_new ? "Nyt forløb" : "Ret " + state.input.name;
  content.Set("FORM_ACTION", is_new ? std::string("/udvikling/forloeb/ny") : ProgrammeHref(*state.id) + "/rediger");
  content.Set("FORM_HEADING", heading);
  content.Set("CANCEL_HREF", is_new ? std::string(kCatalogue) : ProgrammeHref(*state.id));
  if (!is_new) content.AddSection("EXISTING").Set("REVISION", std::to_string(state.revision));
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict && state.id) {
    AddConflictNotice(content, error->message, ProgrammeHref(*state.id), "Se forløbet, som det er nu");
  } else if (error != nullptr) {
    AddFormError(content, *error, "Forløbet blev ikke gemt");
  }
  std::vector<FieldOption> kinds;
  kinds.reserve(domain::kAllProgrammeKinds.size());
  for (const auto kind : domain::kAllProgrammeKinds) {
    kinds.push_back({std::string(domain::ProgrammeKindCode(kind)), std::string(domain::ProgrammeKindLabel(kind))});
  }
  AddField(content, "KIND_FIELD", SelectField("kind", "Slags forløb", "", state.input.kind, kinds), errors);
  AddField(
      content, "NAME_FIELD",
      TextField("name", "Navn", MaxCharactersHint(app::kMaxProgrammeName), state.input.name).Class("input-width-xl"),
      errors);
  AddField(content, "SUMMARY_FIELD",
           TextAreaField("summary", "Kort beskrivelse",
                         "Vises i oversigten. " + MaxCharactersHint(app::kMaxProgrammeSummary), state.input.summary, 3),
           errors);
  AddField(content, "TARGET_FIELD",
           TextAreaField("target_group", "Målgruppe", MaxCharactersHint(app::kMaxProgrammeField),
                         state.input.target_group, 3),
           errors);
  AddField(content, "PURPOSE_FIELD",
           TextAreaField("purpose", "Formål", MaxCharactersHint(app::kMaxProgrammeField), state.input.purpose, 3),
           errors);
  AddField(content, "CONTENT_FIELD",
           TextAreaField("content", "Indhold",
                         MaxCharactersHint(app::kMaxProgrammeContent) +
                             " Punktlister med „- “ foran hver linje; **fed** og *kursiv* virker.",
                         state.input.content, 10)
               .Class("portal-textarea-large"),
           errors);
  AddField(
      content, "DURATION_FIELD",
      TextField("duration", "Varighed", "Fx „2 år“ eller „et halvt år“.", state.input.duration).Class("input-width-xl"),
      errors);
  AddField(
      content, "PRICE_FIELD",
      TextAreaField("price", "Pris og tidsforbrug", MaxCharactersHint(app::kMaxProgrammeField), state.input.price, 2),
      errors);
  AddField(content, "CONTACT_FIELD",
           TextField("contact", "Kontakt", "Navn og e-mail på den, man kan spørge.", state.input.contact)
               .Class("input-width-xl"),
           errors);
  if (state.input.open) content.Show("OPEN_CHECKED");
  if (state.input.mandatory) content.Show("MANDATORY_CHECKED");
  // The requirements: one row per element kind, a column for everyone and one per kind of leader.
  for (const auto leader : domain::kAllLeaderKinds) {
    content.AddSection("VARIANT_HEADING").Set("LEADERS", LeaderKindPlural(leader));
  }
  for (const auto element : kFormElements) {
    auto& row = content.AddSection("REQUIREMENT_ROW");
    row.Set("ELEMENT", std::string(domain::ElementKindLabel(element)));
    const auto cell = [&](std::optional<domain::LeaderKind> leader, std::string_view label) {
      auto& input = row.AddSection(leader ? "VARIANT_CELL" : "COMMON_CELL");
      const auto field = app::RequirementField(element, leader);
      input.Set("FIELD", field);
      input.Set("LABEL", fmt::format("{}, {}", domain::ElementKindLabel(element), label));
      const auto found = state.input.requirements.find(field);
      input.Set("VALUE", found == state.input.requirements.end() ? std::string() : found->second);
      if (const auto message = ErrorFor(errors, field); !message.empty()) {
        input.AddSection("CELL_ERROR").Set("MESSAGE", std::string(message));
      }
    };
    cell(std::nullopt, "alle");
    for (const auto leader : domain::kAllLeaderKinds) cell(leader, domain::LeaderKindLabel(leader));
  }
  return services.pages.Render(context, FormTitle(heading, error), "programmes/programme_form.tpl", content,
                               FormStatus(error));
}

Response ShowNewProgramme(const PageServices& services, RequestContext& context) {
  ProgrammeFormState state;
  state.input.kind = std::string(domain::ProgrammeKindCode(domain::ProgrammeKind::Course));
  state.input.open = true;
  return RenderProgrammeForm(services, context, state);
}

Response SubmitNewProgramme(const PageServices& services, RequestContext& context) {
  ProgrammeFormState state;
  state.input = ProgrammeInputFrom(context.Form());
  return FinishForm<app::ProgrammeId>(
      services, context,
      services.Get<app::ProgrammeService>().Create(*context.user(), state.input, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderProgrammeForm(services, context, state, &error); },
      [&](const app::ProgrammeId& id) {
        return RedirectWithFlash(ProgrammeHref(id), "programmes-saved", services.secure_cookies);
      });
}

Response ShowProgrammeEdit(const PageServices& services, RequestContext& context) {
  const auto page = services.Get<app::ProgrammeService>().View(*context.user(), context.params.Int("id"));
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  ProgrammeFormState state;
  state.input = app::InputOf(page->programme);
  state.id = page->programme.id;
  state.revision = page->programme.revision;
  return RenderProgrammeForm(services, context, state);
}

Response SubmitProgrammeEdit(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  const auto parsed = ParsePositive<int>(form.Get("revision"));
  if (!parsed) return services.pages.Error(context, 400);
  const int revision = *parsed;
  ProgrammeFormState state;
  state.input = ProgrammeInputFrom(form);
  state.id = id;
  state.revision = revision;
  auto& programmes = services.Get<app::ProgrammeService>();
  return FinishForm<app::Unit>(
      services, context, programmes.Update(*context.user(), id, revision, state.input, context.request.remote_address),
      [&](const app::Error& error, int) {
        // After a conflict the form is sent again against the current revision, on purpose.
        if (error.kind == app::ErrorKind::Conflict) {
          if (const auto now = programmes.View(*context.user(), id)) state.revision = now->programme.revision;
        }
        return RenderProgrammeForm(services, context, state, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(ProgrammeHref(id), "programmes-saved", services.secure_cookies);
      });
}

// What a participant does next in a programme, from its status: book the sessions still missing,
// turn up to those booked, finish the preparation or the plan, fetch the certificate.
void AddNextSteps(View& row, const app::ParticipantProgramme& programme) {
  const auto& status = programme.status;
  View* list = nullptr;
  const auto step = [&](std::string text, std::string href = {}, std::string link = {}) {
    if (list == nullptr) list = &row.AddSection("NEXT_STEPS");
    auto& next = list->AddSection("NEXT");
    next.Set("TEXT", std::move(text));
    if (!href.empty()) {
      auto& a = next.AddSection("NEXT_LINK");
      a.Set("HREF", std::move(href));
      a.Set("TEXT", std::move(link));
    }
  };
  if (status.state == domain::ProgressState::Exempt) return;
  if (status.state == domain::ProgressState::Completed) {
    step("Du har gennemført forløbet.", EnrollmentHref(programme.enrollment.id) + "/bevis", "Se dit deltagerbevis");
    return;
  }
  for (const auto& element : status.elements) {
    if (element.Met()) continue;
    const int missing = element.required - element.done - element.booked;
    if (domain::HasSessions(element.kind)) {
      if (missing > 0) {
        step(fmt::format("Tilmeld dig {} {} mere.", missing, domain::ElementNoun(element.kind, missing)),
             ProgrammeHref(programme.programme.id) + "#sessioner", "Se de kommende sessioner");
      } else {
        step(fmt::format("Mød op til de {} {}, du er tilmeldt.", element.booked,
                         domain::ElementNoun(element.kind, element.booked)));
      }
    } else if (element.kind == domain::ElementKind::PersonalPlan) {
      if (programme.programme.fields.kind == domain::ProgrammeKind::Explorer) {
        step("Læg din personlige plan, og aftal den med din leder.", EnrollmentHref(programme.enrollment.id) + "/plan",
             "Åbn din plan");
      } else {
        step("Læg din personlige plan, og aftal den med din leder.");
      }
    } else {
      step(fmt::format("Gør den lokale forberedelse færdig: {} af {} trin.", element.done, element.required));
    }
  }
}

Response RenderMine(const PageServices& services, RequestContext& context) {
  const auto mine = services.Get<app::ProgrammeService>().Mine(*context.user());
  View content;
  std::map<app::EnrollmentId, View*> plan_rows;
  if (mine.mine.empty()) content.Show("NONE");
  for (const auto& programme : mine.mine) {
    auto& row = content.AddSection("MY_PROGRAMME");
    row.Set("HREF", ProgrammeHref(programme.programme.id));
    row.Set("ENROLLMENT_HREF", EnrollmentHref(programme.enrollment.id));
    row.Set("NAME", programme.programme.fields.name);
    AddStatus(row, programme.status);
    row.Set("SOURCE", std::string(app::kEnrollmentSourceTable.Label(programme.enrollment.source)));
    AddNextSteps(row, programme);
    plan_rows[programme.enrollment.id] = &row;
  }
  // The other parts of the module: what waits for the viewer, their teams, applications and plan.
  const auto& user = *context.user();
  const auto sign_offs = services.Get<app::CohortService>().AwaitingMySignOff(user);
  const auto decisions = services.Get<app::ExplorerService>().WaitingForDecision(user);
  if (!sign_offs.empty() || !decisions.empty()) {
    auto& waiting = content.AddSection("WAITING");
    const auto count = static_cast<long long>(sign_offs.size()) + static_cast<long long>(decisions.size());
    waiting.Set("COUNT", domain::CountOf(count, "ansøgning", "ansøgninger"));
    for (const auto& application : sign_offs) {
      auto& row = waiting.AddSection("ITEM");
      row.Set("HREF", application.href);
      row.Set("TEXT", fmt::format("{} søger om Globetrotter ({})", application.applicant, application.cohort));
      row.Set("WHAT", "Godkend den lokale forberedelse");
    }
    for (const auto& entry : decisions) {
      auto& row = waiting.AddSection("ITEM");
      row.Set("HREF", fmt::format("/udvikling/explorer/ansoegninger/{}", entry.nomination.id));
      row.Set("TEXT", fmt::format("{} søger om Explorer{}",
                                  entry.person != nullptr ? entry.person->FullName() : std::string("En medarbejder"),
                                  entry.unit != nullptr ? " (" + entry.unit->name + ")" : std::string()));
      row.Set("WHAT", "Godkend eller afvis ansøgningen");
    }
  }
  if (mine.me != nullptr) {
    const auto teams = services.Get<app::TeamService>().TeamsOfPerson(mine.me->id);
    if (!teams.empty()) {
      auto& list = content.AddSection("TEAMS");
      for (const auto& team : teams) {
        auto& row = list.AddSection("TEAM");
        row.Set("HREF", team.href);
        row.Set("NAME", team.name);
        row.Set("UNIT", team.unit_name);
        row.Set("STATUS", team.status_label);
        if (team.next_meeting) {
          row.AddSection("NEXT_MEETING").Set("WHEN", domain::FormatDateTime(*team.next_meeting));
        }
      }
    }
  }
  const auto globetrotter = services.Get<app::CohortService>().MyApplications(user);
  const auto explorer = services.Get<app::ExplorerService>().Summary(user);
  if (!globetrotter.empty() || !explorer.applications.empty()) {
    auto& list = content.AddSection("APPLICATIONS");
    for (const auto& application : globetrotter) {
      auto& row = list.AddSection("APPLICATION");
      row.Set("HREF", application.href);
      row.Set("TEXT", "Globetrotter, " + application.cohort);
      row.Set("STATUS", application.status_label);
      row.Set("WHEN", domain::FormatDate(application.submitted_at));
    }
    for (const auto& nomination : explorer.applications) {
      auto& row = list.AddSection("APPLICATION");
      row.Set("HREF", fmt::format("/udvikling/explorer/ansoegninger/{}", nomination.id));
      row.Set("TEXT", fmt::format("Explorer, {}", app::kExplorerSourceTable.Label(nomination.source)));
      row.Set("STATUS", std::string(app::kExplorerNominationStatusTable.Label(nomination.status)));
      row.Set("WHEN", domain::FormatDate(nomination.created_at));
    }
  }
  if (explorer.plan) {
    // The Explorer programme's entry above gets the plan in short.
    const auto& plan = *explorer.plan;
    std::string text = plan.agreed ? "Din plan er aftalt" : "Din plan er ikke aftalt endnu";
    text += fmt::format(": {} af {} gennemført", plan.done, domain::CountOf(plan.total, "aktivitet", "aktiviteter"));
    if (plan.next) {
      text +=
          fmt::format(" · næste: {} fra {}", plan.next->fields.title, domain::FormatDate(plan.next->fields.starts_on));
    }
    if (const auto row = plan_rows.find(plan.enrollment); row != plan_rows.end()) {
      auto& line = row->second->AddSection("PLAN");
      line.Set("TEXT", text);
      line.Set("HREF", EnrollmentHref(plan.enrollment) + "/plan");
    }
  }
  if (!mine.upcoming.empty()) {
    auto& list = content.AddSection("UPCOMING");
    for (const auto& entry : mine.upcoming) {
      auto& row = list.AddSection("SESSION");
      row.Set("HREF", SessionHref(entry.session.id));
      row.Set("TITLE", entry.session.fields.title);
      row.Set("PROGRAMME", entry.programme);
      row.Set("WHEN", SessionWhen(entry.session));
      row.Set("PLACE", entry.session.fields.place.empty() ? std::string("Online") : entry.session.fields.place);
      row.Set("STATE", entry.registration.status == app::RegistrationStatus::Waitlisted
                           ? fmt::format("Nummer {} på ventelisten", entry.registration.waitlist_position)
                           : std::string("Du er tilmeldt"));
    }
  }
  if (mine.sees_chain) {
    auto& chain = content.AddSection("CHAIN");
    if (mine.chain.empty()) chain.Show("CHAIN_EMPTY");
    View* table = mine.chain.empty() ? nullptr : &chain.AddSection("CHAIN_TABLE");
    for (const auto& member : mine.chain) {
      auto& row = table->AddSection("MEMBER");
      row.Set("NAME", member.person->FullName());
      row.Set("UNIT", member.unit != nullptr ? member.unit->name : std::string());
      row.Set("PROGRAMME", member.programme.programme.fields.name);
      AddStatus(row, member.programme.status);
    }
  }
  return services.pages.Render(context, "Min udvikling", "programmes/mine.tpl", content);
}

// ---- sessions

app::ProgrammeSessionInput SessionInputFrom(const FormData& form) {
  return {form.Get("kind"),
          form.Get("title"),
          form.Get("day"),
          form.Get("starts"),
          form.Get("ends"),
          form.Get("place"),
          form.Get("online_link"),
          form.Get("teacher"),
          form.Get("capacity"),
          form.Get("registration_deadline"),
          form.Get("cancellation_deadline")};
}

Response RenderSessionForm(const PageServices& services, RequestContext& context, const app::Programme& programme,
                           const app::ProgrammeSessionInput& input, const app::Error* error = nullptr) {
  View content;
  content.Set("PROGRAMME_NAME", programme.fields.name);
  content.Set("PROGRAMME_HREF", ProgrammeHref(programme.id));
  content.Set("FORM_ACTION", ProgrammeHref(programme.id) + "/sessioner/ny");
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr) AddFormError(content, *error, "Sessionen blev ikke oprettet");
  std::vector<FieldOption> kinds;
  for (const auto kind : domain::kAllElementKinds) {
    if (domain::HasSessions(kind)) {
      kinds.push_back({std::string(domain::ElementKindCode(kind)), std::string(domain::ElementKindLabel(kind))});
    }
  }
  AddField(content, "KIND_FIELD", SelectField("kind", "Slags session", "", input.kind, kinds), errors);
  AddField(
      content, "TITLE_FIELD",
      TextField("title", "Titel", MaxCharactersHint(app::kMaxSessionTitleLength), input.title).Class("input-width-xl"),
      errors);
  AddField(content, "DAY_FIELD", DateField("day", "Dato", "", input.day, kSessionDays), errors);
  AddField(content, "STARTS_FIELD",
           TextField("starts", "Starter kl.", "Fx 09:00.", input.starts).Class("input-width-xs"), errors);
  AddField(content, "ENDS_FIELD", TextField("ends", "Slutter kl.", "Fx 15:30.", input.ends).Class("input-width-xs"),
           errors);
  AddField(content, "PLACE_FIELD",
           TextField("place", "Sted", "Adresse og lokale. Tomt, hvis sessionen kun er online.", input.place)
               .Class("input-width-xl"),
           errors);
  AddField(content, "LINK_FIELD",
           TextField("online_link", "Link til onlinemøde", "Begynder med https://. Tomt, hvis der ikke er et.",
                     input.online_link)
               .Class("input-width-xl")
               .NoSpellcheck(),
           errors);
  AddField(content, "TEACHER_FIELD",
           TextField("teacher", "Underviser eller konsulent", "", input.teacher).Class("input-width-xl"), errors);
  AddField(
      content, "CAPACITY_FIELD",
      TextField("capacity", "Antal pladser", fmt::format("Fra 1 til {}.", app::kMaxSessionCapacity), input.capacity)
          .Class("input-width-xs"),
      errors);
  AddField(content, "REGISTRATION_FIELD",
           DateField("registration_deadline", "Tilmeldingsfrist", "Senest dagen for sessionen.",
                     input.registration_deadline, kSessionDays),
           errors);
  AddField(
      content, "CANCELLATION_FIELD",
      DateField("cancellation_deadline", "Afmeldingsfrist", "Melder en deltager fra senere, tæller det som udeblevet.",
                input.cancellation_deadline, kSessionDays),
      errors);
  return services.pages.Render(context, FormTitle("Ny session i " + programme.fields.name, error),
                               "programmes/session_form.tpl", content, FormStatus(error));
}

Response ShowNewSession(const PageServices& services, RequestContext& context) {
  const auto page = services.Get<app::ProgrammeService>().View(*context.user(), context.params.Int("id"));
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  app::ProgrammeSessionInput input;
  input.kind = std::string(domain::ElementKindCode(domain::ElementKind::CourseDay));
  input.starts = "09:00";
  input.ends = "15:30";
  input.capacity = "24";
  return RenderSessionForm(services, context, page->programme, input);
}

Response SubmitNewSession(const PageServices& services, RequestContext& context) {
  const auto page = services.Get<app::ProgrammeService>().View(*context.user(), context.params.Int("id"));
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  const auto input = SessionInputFrom(context.Form());
  return FinishForm<app::ProgrammeSessionId>(
      services, context,
      services.Get<app::SessionService>().Create(*context.user(), page->programme.id, input,
                                                 context.request.remote_address),
      [&](const app::Error& error, int) {
        return RenderSessionForm(services, context, page->programme, input, &error);
      },
      [&](const app::ProgrammeSessionId& id) {
        return RedirectWithFlash(SessionHref(id), "programmes-session-created", services.secure_cookies);
      });
}

Response RenderSession(const PageServices& services, RequestContext& context, const app::SessionView& view,
                       const app::Error* error = nullptr, const std::string& typed_person = {}) {
  const auto& session = view.session;
  View content;
  content.Set("PROGRAMME_NAME", view.programme.fields.name);
  content.Set("PROGRAMME_HREF", ProgrammeHref(view.programme.id));
  content.Set("TITLE", session.fields.title);
  content.Set("KIND", std::string(domain::ElementKindLabel(session.fields.kind)));
  content.Set("WHEN", SessionWhen(session));
  content.Set("SEATS", SeatsText(session));
  if (!session.fields.place.empty()) content.AddSection("PLACE").Set("TEXT", session.fields.place);
  if (!session.fields.online_link.empty()) content.AddSection("ONLINE").Set("HREF", session.fields.online_link);
  if (!session.fields.teacher.empty()) content.AddSection("TEACHER").Set("TEXT", session.fields.teacher);
  content.Set("REGISTRATION_DEADLINE", domain::FormatDate(session.fields.registration_deadline));
  content.Set("CANCELLATION_DEADLINE", domain::FormatDate(session.fields.cancellation_deadline));
  content.Set("ACTION_BASE", SessionHref(session.id));
  if (error != nullptr) AddFormError(content, *error, "Det lykkedes ikke");
  if (view.mine) {
    auto& mine = content.AddSection("MINE");
    if (view.mine->status == app::RegistrationStatus::Waitlisted) {
      mine.AddSection("WAITING").Set("POSITION", std::to_string(view.mine->waitlist_position));
    } else {
      mine.AddSection("SEATED").Set("CALENDAR_HREF", SessionHref(session.id) + "/kalender.ics");
    }
    if (!view.mine->attendance) {
      auto& cancel = mine.AddSection("CAN_CANCEL");
      cancel.Show(view.mine->status == app::RegistrationStatus::Waitlisted ? "WAITING_CANCEL" : "SEATED_CANCEL");
    }
  } else if (!view.has_person) {
    content.Show("NO_PERSON");
  } else if (view.enrolled && view.registration_open) {
    content.Show("CAN_REGISTER");
  } else if (!view.enrolled) {
    content.Show("NOT_ENROLLED");
  } else {
    content.Show("REGISTRATION_CLOSED");
  }
  if (view.organises) {
    auto& participants = content.AddSection("PARTICIPANTS");
    if (services.Get<app::ProgrammeService>().CanMaintain(*context.user()) &&
        view.session.status == app::SessionStatus::Planned) {
      auto& other = participants.AddSection("REGISTER_OTHER");
      const auto person_errors =
          error != nullptr && error->kind == app::ErrorKind::Invalid ? FieldErrorsOf(error) : FieldErrorsOf(nullptr);
      AddField(other, "PERSON_FIELD",
               TextField("person", "Tilmeld en deltager", "E-mailadresse eller medarbejdernummer.", typed_person)
                   .Class("input-width-l")
                   .NoSpellcheck(),
               person_errors);
    }
    participants.Set("COUNT",
                     domain::CountOf(static_cast<long long>(view.participants.size()), "tilmelding", "tilmeldinger"));
    for (std::size_t i = 0; i < view.participants.size(); ++i) {
      const auto& registration = view.participants[i];
      const auto* person = view.people[i];
      auto& row = participants.AddSection("PARTICIPANT");
      row.Set("NAME", person != nullptr ? person->FullName() : std::string("Ukendt person"));
      row.Set("EMAIL", person != nullptr ? person->email : std::string());
      row.Set("STATUS", registration.status == app::RegistrationStatus::Waitlisted
                            ? fmt::format("Venteliste nr. {}", registration.waitlist_position)
                            : std::string("Tilmeldt"));
      const bool seated = registration.status == app::RegistrationStatus::Registered;
      if (registration.attendance || seated) {
        // With the form on screen a recorded choice shows in it, and the text is for print only; a
        // seat without attendance says so beside the form (whose first choice is not a record).
        auto& text = row.AddSection("ATTENDANCE_TEXT");
        text.Set("TEXT", registration.attendance ? std::string(app::AttendanceLabel(*registration.attendance))
                                                 : std::string("Ikke registreret"));
        text.Set("CLASS", seated && registration.attendance ? "d-none d-print-inline" : "");
      }
      if (seated) {
        auto& form = row.AddSection("ATTENDANCE_FORM");
        form.Set("REGISTRATION", std::to_string(registration.id));
        form.Set("LABEL", "Fremmøde for " + (person != nullptr ? person->FullName() : std::string("deltageren")));
        for (const auto attendance :
             {app::Attendance::Present, app::Attendance::Absent, app::Attendance::CancelledInTime}) {
          auto& option = form.AddSection("OPTION");
          option.Set("VALUE", std::string(app::AttendanceCode(attendance)));
          option.Set("LABEL", std::string(app::AttendanceLabel(attendance)));
          if (registration.attendance == attendance) option.Show("SELECTED");
        }
      }
    }
  }
  return services.pages.Render(context, error != nullptr ? session.fields.title + " (fejl)" : session.fields.title,
                               "programmes/session.tpl", content, error != nullptr ? StatusFor(error->kind) : 200);
}

Response ShowSession(const PageServices& services, RequestContext& context) {
  const auto view = services.Get<app::SessionService>().View(*context.user(), context.params.Int("id"));
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  return RenderSession(services, context, view.value());
}

// A registration, a cancellation or an attendance: done, back to the session with a flash; refused,
// the session page again with the reason and the status that fits.
Response AfterSessionAction(const PageServices& services, RequestContext& context, const app::Error* error,
                            std::string_view flash) {
  const auto id = context.params.Int("id");
  if (error == nullptr) return RedirectWithFlash(SessionHref(id), flash, services.secure_cookies);
  if (error->kind == app::ErrorKind::NotFound && error->message == "Sessionen findes ikke.") {
    return services.pages.Error(context, 404, error->message);
  }
  const auto view = services.Get<app::SessionService>().View(*context.user(), id);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  return RenderSession(services, context, view.value(), error);
}

Response DownloadSessionCalendar(const PageServices& services, RequestContext& context) {
  const auto view = services.Get<app::SessionService>().View(*context.user(), context.params.Int("id"));
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  return CalendarFileResponse(services.Get<app::OutboundMail>(),
                              app::ProgrammeSessionEvent(view->session, view->programme.fields.name, false),
                              "forloebssession-" + std::to_string(view->session.id));
}

Response SubmitRegistration(const PageServices& services, RequestContext& context) {
  const auto result = services.Get<app::SessionService>().Register(*context.user(), context.params.Int("id"),
                                                                   context.request.remote_address);
  if (!result) return AfterSessionAction(services, context, &result.error(), "");
  return AfterSessionAction(
      services, context, nullptr,
      result->outcome == app::RegistrationOutcome::Waitlisted ? "programmes-waitlisted" : "programmes-registered");
}

Response SubmitRegistrationOfOther(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto who = context.Form().Get("person");
  const auto result =
      services.Get<app::SessionService>().RegisterFor(*context.user(), id, who, context.request.remote_address);
  if (result) {
    return RedirectWithFlash(SessionHref(id),
                             result->outcome == app::RegistrationOutcome::Waitlisted ? "programmes-other-waitlisted"
                                                                                     : "programmes-other-registered",
                             services.secure_cookies);
  }
  if (result.error().kind != app::ErrorKind::Invalid) return AfterSessionAction(services, context, &result.error(), "");
  const auto view = services.Get<app::SessionService>().View(*context.user(), id);
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  return RenderSession(services, context, view.value(), &result.error(), who);
}

Response SubmitCancellation(const PageServices& services, RequestContext& context) {
  const auto result = services.Get<app::SessionService>().Cancel(*context.user(), context.params.Int("id"),
                                                                 context.request.remote_address);
  return AfterSessionAction(services, context, result ? nullptr : &result.error(), "programmes-cancelled");
}

Response SubmitAttendance(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const auto registration = ParsePositive<long long>(form.Get("registration"));
  if (!registration) return services.pages.Error(context, 400);
  const auto result = services.Get<app::SessionService>().RecordAttendance(
      *context.user(), context.params.Int("id"), *registration, form.Get("attendance"), context.request.remote_address);
  return AfterSessionAction(services, context, result ? nullptr : &result.error(), "programmes-attendance");
}

// ---- one enrolment (drill-down)

struct EnrollmentForms {
  app::CreditInput credit;
  std::string exemption_reason;
  std::string withdrawal_reason;
  const app::Error* credit_error = nullptr;
  const app::Error* exemption_error = nullptr;
  const app::Error* withdrawal_error = nullptr;
};

Response RenderEnrollment(const PageServices& services, RequestContext& context, const app::EnrollmentView& page,
                          const EnrollmentForms& forms = {}, int status = 200) {
  const auto& enrollment = page.programme.enrollment;
  View content;
  const auto name = page.person != nullptr ? page.person->FullName() : std::string("Ukendt person");
  content.Set("NAME", name);
  content.Set("PROGRAMME_NAME", page.programme.programme.fields.name);
  content.Set("PROGRAMME_HREF", ProgrammeHref(page.programme.programme.id));
  content.Set("UNIT", page.unit != nullptr ? page.unit->name : std::string());
  AddStatus(content, page.programme.status);
  content.Set("SOURCE", std::string(app::kEnrollmentSourceTable.Label(enrollment.source)));
  content.Set("ENROLLED_ON", domain::FormatDate(enrollment.enrolled_on));
  if (enrollment.variant)
    content.AddSection("VARIANT").Set("TEXT", std::string(domain::LeaderKindLabel(*enrollment.variant)));
  if (enrollment.exempt) content.AddSection("EXEMPT").Set("REASON", enrollment.exemption_reason);
  if (page.programme.status.state == domain::ProgressState::Completed && page.own) {
    content.AddSection("CERTIFICATE").Set("HREF", EnrollmentHref(enrollment.id) + "/bevis");
  }
  for (const auto& credit : page.credits) {
    auto& row = content.AddSection("CREDIT");
    row.Set("WHAT", fmt::format("{} {}", credit.count, domain::ElementNoun(credit.kind, credit.count)));
    row.Set("REASON", credit.reason);
    row.Set("WHEN", domain::FormatDate(credit.at));
  }
  if (page.credits.empty()) content.Show("NO_CREDITS");
  for (const auto& [registration, session] : page.registrations) {
    auto& row = content.AddSection("REGISTRATION");
    row.Set("HREF", SessionHref(session.id));
    row.Set("TITLE", session.fields.title);
    row.Set("WHEN", SessionWhen(session));
    std::string state = registration.status == app::RegistrationStatus::Cancelled ? "Afmeldt"
                        : registration.status == app::RegistrationStatus::Waitlisted
                            ? fmt::format("Venteliste nr. {}", registration.waitlist_position)
                            : "Tilmeldt";
    if (registration.attendance) state += ", " + std::string(app::AttendanceLabel(*registration.attendance));
    row.Set("STATE", state);
  }
  if (page.registrations.empty()) content.Show("NO_REGISTRATIONS");
  if (forms.withdrawal_error != nullptr && forms.withdrawal_error->kind != app::ErrorKind::Invalid) {
    content.AddSection("WITHDRAW_CONFLICT").Set("MESSAGE", forms.withdrawal_error->message);
  }
  if (enrollment.withdrawn_at) {
    auto& withdrawn = content.AddSection("WITHDRAWN");
    withdrawn.Set("WHEN", domain::FormatDate(*enrollment.withdrawn_at));
    withdrawn.Set("REASON", enrollment.withdrawal_reason);
  }
  if (page.can_withdraw) {
    auto& withdraw = content.AddSection("WITHDRAW");
    withdraw.Set("ACTION", EnrollmentHref(enrollment.id) + "/afmeld");
    withdraw.Set("REVISION", std::to_string(enrollment.revision));
    withdraw.Set("HEADING", page.own ? "Meld dig ud af forløbet" : "Afmeld deltagelsen");
    if (forms.withdrawal_error != nullptr && forms.withdrawal_error->kind == app::ErrorKind::Invalid) {
      AddFormError(withdraw, *forms.withdrawal_error, "Deltagelsen blev ikke afmeldt");
    }
    AddField(withdraw, "WITHDRAWAL_REASON_FIELD",
             TextAreaField("withdrawal_reason", "Begrundelse", MaxCharactersHint(app::kMaxWithdrawalReason),
                           forms.withdrawal_reason, 2),
             FieldErrorsOf(forms.withdrawal_error));
  }
  if (page.can_maintain && !enrollment.withdrawn_at) {
    auto& maintain = content.AddSection("MAINTAIN");
    maintain.Set("ACTION_BASE", EnrollmentHref(enrollment.id));
    maintain.Set("REVISION", std::to_string(enrollment.revision));
    const auto credit_errors = FieldErrorsOf(forms.credit_error);
    std::vector<FieldOption> kinds;
    for (const auto& requirement : domain::RequirementsFor(page.programme.programme.requirements, enrollment.variant)) {
      kinds.push_back({std::string(domain::ElementKindCode(requirement.kind)),
                       std::string(domain::ElementKindLabel(requirement.kind))});
    }
    if (forms.credit_error != nullptr) AddFormError(maintain, *forms.credit_error, "Meritten blev ikke gemt");
    AddField(maintain, "CREDIT_KIND_FIELD", SelectField("kind", "Merit for", "", forms.credit.kind, kinds),
             credit_errors);
    AddField(maintain, "CREDIT_COUNT_FIELD",
             TextField("count", "Antal", "", forms.credit.count).Class("input-width-xs"), credit_errors);
    AddField(maintain, "CREDIT_REASON_FIELD",
             TextAreaField("reason", "Begrundelse", MaxCharactersHint(app::kMaxCreditReason), forms.credit.reason, 2),
             credit_errors);
    const auto exemption_errors = FieldErrorsOf(forms.exemption_error);
    if (forms.exemption_error != nullptr && forms.exemption_error->kind == app::ErrorKind::Invalid) {
      AddFormError(maintain, *forms.exemption_error, "Fritagelsen blev ikke gemt");
    }
    if (forms.exemption_error != nullptr && forms.exemption_error->kind == app::ErrorKind::Conflict) {
      maintain.AddSection("EXEMPTION_CONFLICT").Set("MESSAGE", forms.exemption_error->message);
    }
    if (enrollment.exempt) {
      maintain.AddSection("LIFT_EXEMPTION");
    } else {
      auto& exempt = maintain.AddSection("GIVE_EXEMPTION");
      AddField(exempt, "EXEMPTION_REASON_FIELD",
               TextAreaField("exemption_reason", "Begrundelse for fritagelsen",
                             MaxCharactersHint(app::kMaxCreditReason), forms.exemption_reason, 2),
               exemption_errors);
    }
  }
  return services.pages.Render(context,
                               status == 200 ? name + ": " + page.programme.programme.fields.name
                                             : name + ": " + page.programme.programme.fields.name + " (fejl)",
                               "programmes/enrollment.tpl", content, status);
}

Response ShowEnrollment(const PageServices& services, RequestContext& context) {
  const auto page = services.Get<app::ProgrammeService>().EnrollmentPage(*context.user(), context.params.Int("id"),
                                                                         context.request.remote_address);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return RenderEnrollment(services, context, page.value());
}

Response SubmitCredit(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  EnrollmentForms forms;
  forms.credit = {form.Get("kind"), form.Get("count"), form.Get("reason")};
  auto& programmes = services.Get<app::ProgrammeService>();
  const auto result = programmes.AddCredit(*context.user(), id, forms.credit, context.request.remote_address);
  if (result) return RedirectWithFlash(EnrollmentHref(id), "programmes-credited", services.secure_cookies);
  if (result.error().kind != app::ErrorKind::Invalid) {
    return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  }
  const auto page = programmes.EnrollmentPage(*context.user(), id, context.request.remote_address);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  forms.credit_error = &result.error();
  return RenderEnrollment(services, context, page.value(), forms, 422);
}

Response SubmitExemption(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  const auto revision = ParsePositive<int>(form.Get("revision"));
  if (!revision) return services.pages.Error(context, 400);
  EnrollmentForms forms;
  forms.exemption_reason = form.Get("exemption_reason");
  const bool exempt = form.Get("exempt") == "1";
  auto& programmes = services.Get<app::ProgrammeService>();
  const auto result = programmes.SetExemption(*context.user(), id, *revision, exempt, forms.exemption_reason,
                                              context.request.remote_address);
  if (result) {
    return RedirectWithFlash(EnrollmentHref(id), exempt ? "programmes-exempted" : "programmes-exemption-lifted",
                             services.secure_cookies);
  }
  const auto kind = result.error().kind;
  if (kind != app::ErrorKind::Invalid && kind != app::ErrorKind::Conflict) {
    return services.pages.Error(context, StatusFor(kind), result.error().message);
  }
  const auto page = programmes.EnrollmentPage(*context.user(), id, context.request.remote_address);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  forms.exemption_error = &result.error();
  return RenderEnrollment(services, context, page.value(), forms, StatusFor(kind));
}

Response SubmitWithdrawal(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  const auto revision = ParsePositive<int>(form.Get("revision"));
  if (!revision) return services.pages.Error(context, 400);
  EnrollmentForms forms;
  forms.withdrawal_reason = form.Get("withdrawal_reason");
  auto& programmes = services.Get<app::ProgrammeService>();
  const auto result =
      programmes.Withdraw(*context.user(), id, *revision, forms.withdrawal_reason, context.request.remote_address);
  if (result) return RedirectWithFlash(EnrollmentHref(id), "programmes-withdrawn", services.secure_cookies);
  const auto kind = result.error().kind;
  if (kind != app::ErrorKind::Invalid && kind != app::ErrorKind::Conflict) {
    return services.pages.Error(context, StatusFor(kind), result.error().message);
  }
  const auto page = programmes.EnrollmentPage(*context.user(), id, context.request.remote_address);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  forms.withdrawal_error = &result.error();
  return RenderEnrollment(services, context, page.value(), forms, StatusFor(kind));
}

// ---- certificates

Response ShowCertificate(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto certificate = services.Get<app::ProgrammeService>().Certificate(*context.user(), id);
  if (!certificate) {
    return services.pages.Error(context, StatusFor(certificate.error().kind), certificate.error().message);
  }
  View content;
  content.Set("NAME", certificate->name);
  content.Set("PROGRAMME", certificate->programme);
  content.Set("CRITERIA", certificate->criteria);
  content.Set("CODE", certificate->code);
  content.Set("ISSUED", domain::FormatDate(certificate->issued_at));
  content.Set("BACK_HREF", EnrollmentHref(id));
  return services.pages.Render(context, "Deltagerbevis: " + certificate->programme, "programmes/certificate.tpl",
                               content);
}

Response ShowVerification(const PageServices& services, RequestContext& context) {
  const auto form = FormData::Parse(context.request.query);
  const auto code = form ? form->Get("kode") : std::string();
  View content;
  content.Set("CODE", code);
  int status = 200;
  if (!code.empty()) {
    if (const auto found = services.Get<app::ProgrammeService>().Verify(code)) {
      auto& valid = content.AddSection("VALID");
      valid.Set("NAME", found->name);
      valid.Set("PROGRAMME", found->programme);
      valid.Set("CRITERIA", found->criteria);
      valid.Set("ISSUED", domain::FormatDate(found->issued_at));
      valid.Set("FORMATTED", found->code);
    } else {
      content.AddSection("INVALID").Set("MESSAGE", domain::NormalizeVerificationCode(code)
                                                       ? "Der findes intet deltagerbevis med den kode."
                                                       : "Koden består af 12 tegn, fx K7PD-3XQM-9TWA.");
      status = 404;
    }
  }
  return services.pages.Render(context, status == 200 ? "Tjek et deltagerbevis" : "Tjek et deltagerbevis (fejl)",
                               "programmes/verify.tpl", content, status);
}

// ---- HR's overview

struct ParsedOverview {
  app::OverviewQuery query;
  std::string error;  // a query that names nothing that exists: 404 with this message
};

ParsedOverview ParseOverview(const RequestContext& context) {
  ParsedOverview parsed;
  const auto form = FormData::Parse(context.request.query);
  if (!form) {
    parsed.error = "Adressen kan ikke læses.";
    return parsed;
  }
  if (const auto programme = form->Get("forloeb"); !programme.empty()) {
    parsed.query.programme = ParsePositive(programme);
    if (!parsed.query.programme) parsed.error = "Forløbet findes ikke.";
  }
  if (const auto area = form->Get("omraade"); !area.empty()) {
    parsed.query.area = ParsePositive(area);
    if (!parsed.query.area) parsed.error = "Området findes ikke.";
  }
  if (const auto state = form->Get("status"); !state.empty()) {
    parsed.query.state = domain::ParseProgressState(state);
    if (!parsed.query.state) parsed.error = "Den valgte status findes ikke.";
  }
  if (const auto sort = form->Get("sorter"); !sort.empty()) {
    const auto parsed_sort = app::kOverviewSortTable.Parse(sort);
    if (!parsed_sort) parsed.error = "Den valgte sortering findes ikke.";
    parsed.query.sort = parsed_sort.value_or(app::OverviewSort::Urgency);
  }
  if (const auto page = form->Get("side"); !page.empty())
    parsed.query.page = ParsePositive<std::size_t>(page).value_or(1);
  return parsed;
}

constexpr std::string_view kOverviewPath = "/udvikling/oversigt";

std::string OverviewHref(app::ProgrammeId programme, std::optional<domain::UnitId> area,
                         std::optional<domain::ProgressState> state, std::size_t page = 1,
                         std::string_view path = kOverviewPath, app::OverviewSort sort = app::OverviewSort::Urgency) {
  std::string href = fmt::format("{}?forloeb={}", path, programme);
  if (area) href += fmt::format("&omraade={}", *area);
  if (state) href += "&status=" + std::string(domain::ProgressStateCode(*state));
  if (sort != app::OverviewSort::Urgency) href += "&sorter=" + std::string(app::kOverviewSortTable.Code(sort));
  if (page > 1) href += fmt::format("&side={}", page);
  return href;
}

void AddCounts(View& row, const app::StateCounts& counts) {
  row.Set("ENROLLED", domain::FormatInteger(counts.enrolled));
  row.Set("ON_TRACK", domain::FormatInteger(counts.on_track));
  row.Set("AT_RISK", domain::FormatInteger(counts.at_risk));
  row.Set("OVERDUE", domain::FormatInteger(counts.overdue));
  row.Set("COMPLETED", domain::FormatInteger(counts.completed));
  row.Set("EXEMPT", domain::FormatInteger(counts.exempt));
}

Response RenderOverview(const PageServices& services, RequestContext& context) {
  const auto parsed = ParseOverview(context);
  if (!parsed.error.empty()) return services.pages.Error(context, 404, parsed.error);
  const auto overview = services.Get<app::ProgrammeService>().Overview(*context.user(), parsed.query);
  if (!overview) return services.pages.Error(context, StatusFor(overview.error().kind), overview.error().message);
  const auto& query = parsed.query;
  const auto shown = overview->shown.id;
  View content;
  content.Set("PROGRAMME_NAME", overview->shown.fields.name);
  content.Set("SCOPE", overview->region ? "hele regionen" : "dit område");
  for (const auto& programme : overview->programmes) {
    auto& option = content.AddSection("PROGRAMME_OPTION");
    option.Set("VALUE", std::to_string(programme.id));
    option.Set("LABEL", programme.fields.name);
    if (programme.id == shown) option.Show("SELECTED");
  }
  for (const auto& area : overview->areas) {
    if (area.area == nullptr) continue;
    auto& option = content.AddSection("AREA_OPTION");
    option.Set("VALUE", std::to_string(area.area->id));
    option.Set("LABEL", area.area->name);
    if (query.area == area.area->id) option.Show("SELECTED");
  }
  for (const auto sort : app::kOverviewSortTable.Values()) {
    auto& option = content.AddSection("SORT_OPTION");
    option.Set("VALUE", std::string(app::kOverviewSortTable.Code(sort)));
    option.Set("LABEL", std::string(app::kOverviewSortTable.Label(sort)));
    if (query.sort == sort) option.Show("SELECTED");
  }
  for (const auto state : domain::kAllProgressStates) {
    auto& option = content.AddSection("STATE_OPTION");
    option.Set("VALUE", std::string(domain::ProgressStateCode(state)));
    option.Set("LABEL", std::string(domain::ProgressStateLabel(state)));
    if (query.state == state) option.Show("SELECTED");
  }
  for (const auto& area : overview->areas) {
    auto& row = content.AddSection("AREA_ROW");
    row.Set("NAME", area.area != nullptr ? area.area->name : std::string("Uden for områderne"));
    if (area.area != nullptr)
      row.AddSection("AREA_LINK")
          .Set("HREF", OverviewHref(shown, area.area->id, std::nullopt, 1, kOverviewPath, query.sort));
    AddCounts(row, area.counts);
  }
  AddCounts(content.AddSection("TOTAL_ROW"), overview->total);
  content.Set("ROW_COUNT", domain::CountOf(static_cast<long long>(overview->total_rows), "deltager", "deltagere"));
  if (overview->rows.empty()) content.Show("NO_ROWS");
  if (!overview->rows.empty()) {
    auto& table = content.AddSection("ROWS");
    for (const auto& entry : overview->rows) {
      auto& row = table.AddSection("ROW");
      row.Set("HREF", EnrollmentHref(entry.programme.enrollment.id));
      row.Set("NAME", entry.person->FullName());
      row.Set("UNIT", entry.unit != nullptr ? entry.unit->name : std::string());
      row.Set("AREA", entry.area != nullptr ? entry.area->name : std::string());
      AddStatus(row, entry.programme.status);
    }
    AddPager(table, "Sider med deltagere", overview->page.page, overview->page.pages, [&](std::size_t page) {
      return OverviewHref(shown, query.area, query.state, page, kOverviewPath, query.sort);
    });
  }
  content.Set("SORT_LABEL", std::string(app::kOverviewSortTable.Label(query.sort)));
  content.Set("CSV_HREF", OverviewHref(shown, query.area, query.state, 1, "/udvikling/oversigt.csv", query.sort));
  content.Set("XLSX_HREF", OverviewHref(shown, query.area, query.state, 1, "/udvikling/oversigt.xlsx", query.sort));
  return services.pages.Render(context, "Oversigt over forløbene", "programmes/overview.tpl", content);
}

constexpr std::array kOverviewColumns = {
    ExportColumn{"Navn", 28},      ExportColumn{"E-mail", 30},      ExportColumn{"Medarbejdernr.", 14},
    ExportColumn{"Enhed", 32},     ExportColumn{"Område", 24},      ExportColumn{"Forløb", 18},
    ExportColumn{"Ledertype", 18}, ExportColumn{"Tilmeldt", 12},    ExportColumn{"Frist", 12},
    ExportColumn{"Status", 16},    ExportColumn{"Begrundelse", 50}, ExportColumn{"Kriterier", 60},
    ExportColumn{"Mangler", 10}};

Response ExportOverview(const PageServices& services, RequestContext& context, bool xlsx) {
  const auto parsed = ParseOverview(context);
  if (!parsed.error.empty()) return services.pages.Error(context, 404, parsed.error);
  const auto overview = services.Get<app::ProgrammeService>().Overview(*context.user(), parsed.query, true);
  if (!overview) return services.pages.Error(context, StatusFor(overview.error().kind), overview.error().message);
  std::vector<ExportRow> rows;
  rows.reserve(overview->rows.size());
  for (const auto& entry : overview->rows) {
    const auto& enrollment = entry.programme.enrollment;
    const auto& status = entry.programme.status;
    ExportRow row;
    row.emplace_back(entry.person->FullName());
    row.emplace_back(entry.person->email);
    row.emplace_back(entry.person->employee_no);
    row.emplace_back(entry.unit != nullptr ? ExportCell{entry.unit->name} : ExportCell{});
    row.emplace_back(entry.area != nullptr ? ExportCell{entry.area->name} : ExportCell{});
    row.emplace_back(overview->shown.fields.name);
    row.emplace_back(enrollment.variant ? ExportCell{std::string(domain::LeaderKindLabel(*enrollment.variant))}
                                        : ExportCell{});
    row.emplace_back(enrollment.enrolled_on);
    row.emplace_back(status.deadline ? ExportCell{*status.deadline} : ExportCell{});
    row.emplace_back(std::string(domain::ProgressStateLabel(status.state)));
    row.emplace_back(status.reason);
    row.emplace_back(status.Criteria());
    row.emplace_back(static_cast<long long>(status.Missing()));
    rows.push_back(std::move(row));
  }
  const auto today = domain::ToCopenhagenTime(app::SystemNow()).date;
  auto response =
      Response::Text(200, xlsx ? TableXlsx(kOverviewColumns, rows, "Forløb") : TableCsv(kOverviewColumns, rows));
  response.SetHeader("Content-Type", xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                          : "text/csv; charset=utf-8");
  response.SetHeader("Content-Disposition",
                     ExportDisposition("udviklingsforloeb", "udviklingsforløb", today, xlsx ? "xlsx" : "csv"));
  return response;
}

Response ExportOverviewCsv(const PageServices& services, RequestContext& context) {
  return ExportOverview(services, context, false);
}
Response ExportOverviewXlsx(const PageServices& services, RequestContext& context) {
  return ExportOverview(services, context, true);
}

}  // namespace

void RegisterProgrammesPages(PageModule& module) {
  static constexpr std::array<std::string_view, 3> kCatalogueElsewhere = {
      "/udvikling/forloeb/*", "/udvikling/sessioner/*", "/udvikling/deltagelser/*"};
  module.shell.AddNavigation({kMine, "Min udvikling",
                              "Dine udviklingsforløb med status og frister, og som leder dine lederes Ledervej.",
                              app::kSignedIn, &kDevelopmentSection, 10});
  module.shell.AddNavigation({kCatalogue, "Udviklingsforløb",
                              "Regionens tilbud om lederudvikling: Ledervejen, Rejsefæller, Globetrotter, Explorer "
                              "og kurserne.",
                              app::kSignedIn, &kDevelopmentSection, 20, kCatalogueElsewhere});
  module.shell.AddNavigation({"/udvikling/oversigt", "Oversigt over forløbene",
                              "Hvor mange der er tilmeldt, på vej, i risiko, bagud og færdige, pr. forløb og område, "
                              "med eksport.",
                              app::Requires(app::kViewProgrammeOverview), &kDevelopmentSection, 30});
  module.shell.AddFlash({"programmes-saved", "success", "Forløbet er gemt."});
  module.shell.AddFlash({"programmes-credited", "success", "Meritten er gemt."});
  module.shell.AddFlash({"programmes-exempted", "success", "Fritagelsen er gemt."});
  module.shell.AddFlash({"programmes-exemption-lifted", "success", "Fritagelsen er ophævet."});
  module.shell.AddFlash({"programmes-session-created", "success", "Sessionen er oprettet."});
  module.shell.AddFlash({"programmes-registered", "success", "Du er tilmeldt sessionen."});
  module.shell.AddFlash({"programmes-waitlisted", "info",
                         "Sessionen er fuld, så du står på ventelisten. Du får besked, hvis du får en plads."});
  module.shell.AddFlash({"programmes-cancelled", "success", "Du er meldt fra sessionen."});
  module.shell.AddFlash({"programmes-other-registered", "success", "Deltageren er tilmeldt sessionen."});
  module.shell.AddFlash(
      {"programmes-other-waitlisted", "info", "Sessionen er fuld, så deltageren står på ventelisten."});
  module.shell.AddFlash({"programmes-attendance", "success", "Fremmødet er gemt."});
  module.shell.AddFlash({"programmes-enrolled", "success", "Du er tilmeldt forløbet."});
  module.shell.AddFlash({"programmes-other-enrolled", "success", "Deltageren er tilmeldt forløbet."});
  module.shell.AddFlash({"programmes-withdrawn", "success", "Deltagelsen er afmeldt."});
  const auto maintain = app::Requires(app::kMaintainProgrammes);
  module.Get(std::string(kCatalogue), app::kSignedIn, &RenderCatalogue);
  module.Get("/udvikling/forloeb/ny", maintain, &ShowNewProgramme);
  module.Post("/udvikling/forloeb/ny", maintain, &SubmitNewProgramme);
  module.Get("/udvikling/forloeb/{id:int}", app::kSignedIn, &ShowProgramme);
  module.Post("/udvikling/forloeb/{id:int}/tilmeld", app::kSignedIn, &SubmitSelfEnrolment);
  module.Post("/udvikling/forloeb/{id:int}/tilmeld-andre", maintain, &SubmitEnrolmentOfOther);
  module.Get("/udvikling/forloeb/{id:int}/rediger", maintain, &ShowProgrammeEdit);
  module.Post("/udvikling/forloeb/{id:int}/rediger", maintain, &SubmitProgrammeEdit);
  module.Get("/udvikling/forloeb/{id:int}/sessioner/ny", maintain, &ShowNewSession);
  module.Post("/udvikling/forloeb/{id:int}/sessioner/ny", maintain, &SubmitNewSession);
  module.Get("/udvikling/sessioner/{id:int}", app::kSignedIn, &ShowSession);
  module.Get("/udvikling/sessioner/{id:int}/kalender.ics", app::kSignedIn, &DownloadSessionCalendar);
  module.Post("/udvikling/sessioner/{id:int}/tilmeld", app::kSignedIn, &SubmitRegistration);
  module.Post("/udvikling/sessioner/{id:int}/afmeld", app::kSignedIn, &SubmitCancellation);
  module.Post("/udvikling/sessioner/{id:int}/tilmeld-andre", maintain, &SubmitRegistrationOfOther);
  module.Post("/udvikling/sessioner/{id:int}/fremmoede", app::kSignedIn, &SubmitAttendance);
  module.Get(std::string(kMine), app::kSignedIn, &RenderMine);
  module.Get("/udvikling/deltagelser/{id:int}", app::kSignedIn, &ShowEnrollment);
  module.Get("/udvikling/deltagelser/{id:int}/bevis", app::kSignedIn, &ShowCertificate);
  module.Get("/bevis", app::kPublic, &ShowVerification);
  module.Post("/udvikling/deltagelser/{id:int}/merit", maintain, &SubmitCredit);
  module.Post("/udvikling/deltagelser/{id:int}/fritagelse", maintain, &SubmitExemption);
  module.Post("/udvikling/deltagelser/{id:int}/afmeld", app::kSignedIn, &SubmitWithdrawal);
  const auto overview = app::Requires(app::kViewProgrammeOverview);
  module.Get("/udvikling/oversigt", overview, &RenderOverview);
  module.Get("/udvikling/oversigt.csv", overview, &ExportOverviewCsv);
  module.Get("/udvikling/oversigt.xlsx", overview, &ExportOverviewXlsx);
  RegisterCapacityPages(module);
  RegisterCohortPages(module);
  RegisterExplorerPages(module);
  RegisterProgrammeTeamPages(module);
}

}  // namespace lp::web
