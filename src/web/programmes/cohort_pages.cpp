// Globetrotter's cohorts and applications (issue 17): see app/programmes/cohort_service.hpp for the
// rules. Every flow is a plain form (post/redirect/get); a refused form comes back with the Danish
// messages at the fields, what was typed, and the status that fits (422, 409, 404).
#include "web/programmes/cohort_pages.hpp"

#include <fmt/format.h>

#include <string>

#include "app/programmes/cohort_service.hpp"
#include "app/programmes/programmes_access.hpp"
#include "app/programmes/session_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kCohorts = "/udvikling/kohorter";
constexpr std::string_view kApplications = "/udvikling/ansoegninger";

constexpr app::DayRule kCohortDays{"datoen",
                                   {std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}},
                                   {std::chrono::year{2040}, std::chrono::December, std::chrono::day{31}}};

std::string CohortDates(const app::Cohort& cohort) {
  return fmt::format("{}–{}", domain::FormatDate(cohort.fields.starts_on), domain::FormatDate(cohort.fields.ends_on));
}

std::string SeatsOf(const app::Cohort& cohort) {
  const int free = std::max(0, cohort.fields.capacity - cohort.members);
  return fmt::format("{} af {} pladser er besat; {}", cohort.members, cohort.fields.capacity,
                     free == 0 ? std::string("holdet er fuldt") : domain::CountOf(free, "ledig", "ledige"));
}

std::string MeetingWhen(const app::CohortMeeting& meeting) {
  return fmt::format("{} kl. {}–{}", domain::FormatLongDate(meeting.fields.starts_at),
                     domain::FormatTime(meeting.fields.starts_at), domain::FormatTime(meeting.fields.ends_at));
}

std::string StatusBadge(app::CohortApplicationStatus status) {
  switch (status) {
    case app::CohortApplicationStatus::Admitted: return "badge-success";
    case app::CohortApplicationStatus::Returned: return "badge-warning";
    case app::CohortApplicationStatus::Rejected:
    case app::CohortApplicationStatus::Withdrawn: return "badge-error";
    case app::CohortApplicationStatus::Submitted:
    case app::CohortApplicationStatus::SignedOff: return "badge-info";
  }
  return "badge-info";
}

void AddApplicationStatus(View& view, app::CohortApplicationStatus status) {
  view.Set("STATUS", std::string(app::kCohortApplicationStatusTable.Label(status)));
  view.Set("STATUS_CLASS", StatusBadge(status));
}

// ---- the list of cohorts

void AddCard(View& row, const app::CohortCard& card) {
  row.Set("HREF", app::CohortHref(card.cohort.id));
  row.Set("NAME", card.cohort.fields.name);
  row.Set("DATES", CohortDates(card.cohort));
  row.Set("DEADLINE", domain::FormatDate(card.cohort.fields.application_deadline));
  row.Set("FREE", std::to_string(card.free));
  row.Set("CAPACITY", std::to_string(card.cohort.fields.capacity));
}

Response RenderCohortList(const PageServices& services, RequestContext& context) {
  const auto list = services.Get<app::CohortService>().List(*context.user());
  if (!list) return services.pages.Error(context, StatusFor(list.error().kind), list.error().message);
  View content;
  content.Set("PROGRAMME_NAME", list->programme.fields.name);
  content.Set("PROGRAMME_HREF", fmt::format("/udvikling/forloeb/{}", list->programme.id));
  if (list->can_maintain) content.Show("CAN_MAINTAIN");
  if (list->open.empty()) content.Show("NONE_OPEN");
  if (!list->open.empty()) {
    auto& table = content.AddSection("OPEN");
    for (const auto& card : list->open) AddCard(table.AddSection("COHORT"), card);
  }
  if (!list->others.empty()) {
    auto& table = content.AddSection("OTHERS");
    for (const auto& card : list->others) AddCard(table.AddSection("COHORT"), card);
  }
  return services.pages.Render(context, "Globetrotter-hold", "programmes/cohort_list.tpl", content);
}

// ---- a cohort's page

struct CohortPageForms {
  app::CohortMeetingInput meeting;
  app::CohortMaterialInput material;
  const app::Error* meeting_error = nullptr;
  const app::Error* material_error = nullptr;
  // A refused attendance: at which meeting, for whom, what was chosen.
  const app::Error* attendance_error = nullptr;
  app::CohortMeetingId attendance_meeting = 0;
  domain::PersonId attendance_person = 0;
  std::string attendance_code;
};

// HR's participant table of a meeting: every member with their attendance, and (from the meeting's
// day) a form per member; a refused attendance comes back at its meeting with the choice kept.
void AddMeetingRoll(View& row, const app::CohortMeeting& meeting, const app::CohortMeetingRoll& roll,
                    const CohortPageForms& forms) {
  auto& section = row.AddSection("ROLL");
  const auto day = domain::FormatDate(domain::ToCopenhagenTime(meeting.fields.starts_at).date);
  section.Set("MEETING", std::to_string(meeting.id));
  section.Set("DAY", day);
  const bool refused = forms.attendance_error != nullptr && forms.attendance_meeting == meeting.id;
  if (refused) section.AddSection("ROLL_ERROR").Set("MESSAGE", forms.attendance_error->message);
  if (!roll.held) section.Show("NOT_HELD");
  if (roll.lines.empty()) {
    section.Show("NO_LINES");
    return;
  }
  auto& table = section.AddSection("LINES");
  for (const auto& line : roll.lines) {
    auto& entry = table.AddSection("LINE");
    const auto name = line.member.person != nullptr ? line.member.person->FullName() : std::string("Ukendt person");
    entry.Set("NAME", name);
    entry.Set("UNIT", line.member.unit != nullptr ? line.member.unit->name : std::string());
    entry.Set("ATTENDANCE",
              line.attendance ? std::string(app::AttendanceLabel(*line.attendance)) : std::string("Ikke registreret"));
    // With the form on screen a recorded choice shows in it; the text is then for print only.
    entry.Set("ATTENDANCE_CLASS", roll.held && line.attendance ? "d-none d-print-inline" : "");
    if (!roll.held) continue;
    auto& form = entry.AddSection("ATTENDANCE_FORM");
    form.Set("ACTION", fmt::format("{}/moeder/{}/fremmoede", app::CohortHref(meeting.cohort), meeting.id));
    form.Set("PERSON", std::to_string(line.person));
    form.Set("LABEL", fmt::format("Fremmøde for {} den {}", name, day));
    const bool this_line = refused && forms.attendance_person == line.person;
    if (this_line) form.Show("INVALID");
    for (const auto attendance :
         {app::Attendance::Present, app::Attendance::Absent, app::Attendance::CancelledInTime}) {
      auto& option = form.AddSection("OPTION");
      const auto code = std::string(app::AttendanceCode(attendance));
      option.Set("VALUE", code);
      option.Set("LABEL", std::string(app::AttendanceLabel(attendance)));
      if (this_line ? forms.attendance_code == code : line.attendance == attendance) option.Show("SELECTED");
    }
  }
}

Response RenderCohortPage(const PageServices& services, RequestContext& context, const app::CohortPageView& page,
                          const CohortPageForms& forms = {}, int status = 200) {
  const auto& cohort = page.cohort;
  View content;
  content.Set("PROGRAMME_NAME", page.programme.fields.name);
  content.Set("NAME", cohort.fields.name);
  content.Set("DATES", CohortDates(cohort));
  content.Set("DEADLINE", domain::FormatDate(cohort.fields.application_deadline));
  content.Set("SEATS", SeatsOf(cohort));
  content.Set("ACTION_BASE", app::CohortHref(cohort.id));
  if (!cohort.fields.description.empty()) content.AddSection("DESCRIPTION").Set("TEXT", cohort.fields.description);
  for (const auto& item : cohort.fields.checklist) content.AddSection("CHECKLIST_ITEM").Set("TEXT", item);
  // Applying.
  if (page.mine) {
    auto& mine = content.AddSection("MINE");
    mine.Set("HREF", app::CohortApplicationHref(page.mine->id));
    AddApplicationStatus(mine, page.mine->status);
  } else if (page.open && page.leads_unit) {
    content.AddSection("CAN_APPLY").Set("HREF", app::CohortHref(cohort.id) + "/ansoeg");
  } else if (page.open) {
    content.Show("APPLY_LEADERS_ONLY");
  } else {
    content.Show("CLOSED");
  }
  // Members.
  if (page.sees_members) {
    auto& members = content.AddSection("MEMBERS");
    members.Set("COUNT", domain::CountOf(static_cast<long long>(page.members.size()), "deltager", "deltagere"));
    if (page.members.empty()) members.Show("NO_MEMBERS");
    if (!page.members.empty()) {
      auto& list = members.AddSection("MEMBER_LIST");
      for (const auto& member : page.members) {
        auto& row = list.AddSection("MEMBER");
        row.Set("NAME", member.person != nullptr ? member.person->FullName() : std::string("Ukendt person"));
        row.Set("UNIT", member.unit != nullptr ? member.unit->name : std::string());
      }
    }
  }
  // Meetings.
  if (page.member) {
    content.AddSection("MY_COURSE_DAYS")
        .Set("COUNT", fmt::format("{} af {}", page.attended,
                                  domain::CountOf(static_cast<long long>(page.meetings.size()), "møde", "møder")));
  }
  if (page.meetings.empty()) content.Show("NO_MEETINGS");
  if (!page.meetings.empty()) {
    auto& list = content.AddSection("MEETINGS");
    for (std::size_t i = 0; i < page.meetings.size(); ++i) {
      const auto& meeting = page.meetings[i];
      auto& row = list.AddSection("MEETING");
      row.Set("THEME", meeting.fields.theme);
      row.Set("WHEN", MeetingWhen(meeting));
      if (!meeting.fields.place.empty()) row.AddSection("PLACE").Set("TEXT", meeting.fields.place);
      if (!meeting.fields.online_link.empty()) row.AddSection("ONLINE").Set("HREF", meeting.fields.online_link);
      if (!meeting.fields.notes.empty()) row.AddSection("NOTES").Set("TEXT", meeting.fields.notes);
      if (i < page.rolls.size()) {
        const auto& roll = page.rolls[i];
        if (roll.mine) {
          row.AddSection("MY_ATTENDANCE").Set("LABEL", std::string(app::AttendanceLabel(*roll.mine)));
        } else if (page.member && roll.held) {
          row.Show("MY_ATTENDANCE_PENDING");
        }
        if (page.can_maintain) AddMeetingRoll(row, meeting, roll, forms);
      }
      if (page.can_maintain) {
        auto& remove = row.AddSection("DELETE");
        remove.Set("ACTION", fmt::format("{}/moeder/{}/slet", app::CohortHref(cohort.id), meeting.id));
        remove.Set("LABEL", "Slet mødet " + meeting.fields.theme);
      }
    }
  }
  // Material.
  if (page.materials.empty()) content.Show("NO_MATERIAL");
  if (!page.materials.empty()) {
    auto& list = content.AddSection("MATERIALS");
    for (const auto& material : page.materials) {
      auto& row = list.AddSection("MATERIAL");
      row.Set("TITLE", material.title);
      row.Set("ADDED", domain::FormatDate(material.added_at));
      if (!material.link.empty()) row.AddSection("LINK").Set("HREF", material.link);
      if (!material.body.empty()) row.AddSection("BODY").Set("TEXT", material.body);
      if (page.can_maintain) {
        auto& remove = row.AddSection("DELETE");
        remove.Set("ACTION", fmt::format("{}/materiale/{}/slet", app::CohortHref(cohort.id), material.id));
        remove.Set("LABEL", "Slet materialet " + material.title);
      }
    }
  }
  if (page.can_maintain) {
    auto& maintain = content.AddSection("MAINTAIN");
    maintain.Set("EDIT_HREF", app::CohortHref(cohort.id) + "/rediger");
    maintain.Set("ACTION_BASE", app::CohortHref(cohort.id));
    const auto meeting_errors = FieldErrorsOf(forms.meeting_error);
    if (forms.meeting_error != nullptr) {
      auto& summary = maintain.AddSection("MEETING_ERRORS");
      AddFormError(summary, *forms.meeting_error, "Mødet blev ikke gemt");
    }
    AddField(maintain, "MEETING_THEME_FIELD",
             TextField("theme", "Tema", MaxCharactersHint(app::kMaxCohortMeetingTheme), forms.meeting.theme)
                 .Class("input-width-xl"),
             meeting_errors);
    AddField(maintain, "MEETING_DAY_FIELD", DateField("day", "Dato", "", forms.meeting.day, kCohortDays),
             meeting_errors);
    AddField(maintain, "MEETING_STARTS_FIELD",
             TextField("starts", "Starter kl.", "Fx 09:00.", forms.meeting.starts).Class("input-width-xs"),
             meeting_errors);
    AddField(maintain, "MEETING_ENDS_FIELD",
             TextField("ends", "Slutter kl.", "Fx 15:30.", forms.meeting.ends).Class("input-width-xs"), meeting_errors);
    AddField(maintain, "MEETING_PLACE_FIELD",
             TextField("place", "Sted", "Adresse og lokale. Tomt, hvis mødet kun er online.", forms.meeting.place)
                 .Class("input-width-xl"),
             meeting_errors);
    AddField(maintain, "MEETING_LINK_FIELD",
             TextField("online_link", "Link til onlinemøde", "Begynder med https://. Tomt, hvis der ikke er et.",
                       forms.meeting.online_link)
                 .Class("input-width-xl")
                 .NoSpellcheck(),
             meeting_errors);
    AddField(maintain, "MEETING_NOTES_FIELD",
             TextAreaField("notes", "Noter (valgfri)", MaxCharactersHint(app::kMaxCohortMeetingNotes),
                           forms.meeting.notes, 3),
             meeting_errors);
    const auto material_errors = FieldErrorsOf(forms.material_error);
    if (forms.material_error != nullptr) {
      auto& summary = maintain.AddSection("MATERIAL_ERRORS");
      AddFormError(summary, *forms.material_error, "Materialet blev ikke gemt");
    }
    AddField(maintain, "MATERIAL_TITLE_FIELD",
             TextField("title", "Titel", MaxCharactersHint(app::kMaxCohortMaterialTitle), forms.material.title)
                 .Class("input-width-xl"),
             material_errors);
    AddField(maintain, "MATERIAL_LINK_FIELD",
             TextField("link", "Link", "Begynder med https://. Tomt, hvis materialet er en tekst.", forms.material.link)
                 .Class("input-width-xl")
                 .NoSpellcheck(),
             material_errors);
    AddField(maintain, "MATERIAL_BODY_FIELD",
             TextAreaField("body", "Tekst", MaxCharactersHint(app::kMaxCohortMaterialBody), forms.material.body, 5),
             material_errors);
    if (page.applications.empty()) maintain.Show("NO_APPLICATIONS");
    if (!page.applications.empty()) {
      auto& list = maintain.AddSection("APPLICATIONS");
      for (const auto& entry : page.applications) {
        auto& row = list.AddSection("APPLICATION");
        row.Set("HREF", app::CohortApplicationHref(entry.application.id));
        row.Set("NAME",
                entry.applicant.person != nullptr ? entry.applicant.person->FullName() : std::string("Ukendt person"));
        row.Set("UNIT", entry.applicant.unit != nullptr ? entry.applicant.unit->name : std::string());
        row.Set("SUBMITTED", domain::FormatDate(entry.application.submitted_at));
        AddApplicationStatus(row, entry.application.status);
      }
    }
  }
  return services.pages.Render(context, status == 200 ? cohort.fields.name : cohort.fields.name + " (fejl)",
                               "programmes/cohort.tpl", content, status);
}

Response ShowCohort(const PageServices& services, RequestContext& context) {
  const auto page = services.Get<app::CohortService>().Page(*context.user(), context.params.Int("id"));
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return RenderCohortPage(services, context, page.value());
}

// A meeting or material added or deleted: back to the cohort with a flash; refused, the page again.
Response AfterCohortChange(const PageServices& services, RequestContext& context, const app::Error* error,
                           std::string_view flash, const CohortPageForms& forms = {}) {
  const auto id = context.params.Int("id");
  if (error == nullptr) return RedirectWithFlash(app::CohortHref(id), flash, services.secure_cookies);
  if (error->kind != app::ErrorKind::Invalid) {
    return services.pages.Error(context, StatusFor(error->kind), error->message);
  }
  const auto page = services.Get<app::CohortService>().Page(*context.user(), id);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return RenderCohortPage(services, context, page.value(), forms, 422);
}

Response SubmitMeeting(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  CohortPageForms forms;
  forms.meeting = {form.Get("day"),         form.Get("starts"), form.Get("ends"), form.Get("place"),
                   form.Get("online_link"), form.Get("theme"),  form.Get("notes")};
  const auto result = services.Get<app::CohortService>().AddMeeting(*context.user(), context.params.Int("id"),
                                                                    forms.meeting, context.request.remote_address);
  forms.meeting_error = result ? nullptr : &result.error();
  return AfterCohortChange(services, context, forms.meeting_error, "cohorts-meeting-added", forms);
}

Response SubmitMeetingDeletion(const PageServices& services, RequestContext& context) {
  const auto result = services.Get<app::CohortService>().DeleteMeeting(
      *context.user(), context.params.Int("id"), context.params.Int("meeting"), context.request.remote_address);
  return AfterCohortChange(services, context, result ? nullptr : &result.error(), "cohorts-meeting-deleted");
}

// Koncern HR's attendance of a member at a meeting: saved, back to the cohort; refused (422 for a
// bad choice or someone not admitted, 409 before the meeting's day), the page again with the message
// at the meeting's participant table; an unknown cohort or meeting, 404.
Response SubmitCohortAttendance(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const auto person = ParsePositive<long long>(form.Get("person"));
  if (!person) return services.pages.Error(context, 400);
  const auto id = context.params.Int("id");
  CohortPageForms forms;
  forms.attendance_meeting = context.params.Int("meeting");
  forms.attendance_person = static_cast<domain::PersonId>(*person);
  forms.attendance_code = form.Get("attendance");
  auto& cohorts = services.Get<app::CohortService>();
  const auto result = cohorts.RecordAttendance(*context.user(), id, forms.attendance_meeting, forms.attendance_person,
                                               forms.attendance_code, context.request.remote_address);
  if (result) return RedirectWithFlash(app::CohortHref(id), "cohorts-attendance", services.secure_cookies);
  const auto kind = result.error().kind;
  if (kind != app::ErrorKind::Invalid && kind != app::ErrorKind::Conflict) {
    return services.pages.Error(context, StatusFor(kind), result.error().message);
  }
  const auto page = cohorts.Page(*context.user(), id);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  forms.attendance_error = &result.error();
  return RenderCohortPage(services, context, page.value(), forms, StatusFor(kind));
}

Response SubmitMaterial(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  CohortPageForms forms;
  forms.material = {form.Get("title"), form.Get("link"), form.Get("body")};
  const auto result = services.Get<app::CohortService>().AddMaterial(*context.user(), context.params.Int("id"),
                                                                     forms.material, context.request.remote_address);
  forms.material_error = result ? nullptr : &result.error();
  return AfterCohortChange(services, context, forms.material_error, "cohorts-material-added", forms);
}

Response SubmitMaterialDeletion(const PageServices& services, RequestContext& context) {
  const auto result = services.Get<app::CohortService>().DeleteMaterial(
      *context.user(), context.params.Int("id"), context.params.Int("material"), context.request.remote_address);
  return AfterCohortChange(services, context, result ? nullptr : &result.error(), "cohorts-material-deleted");
}

// ---- Koncern HR's cohort form

struct CohortFormState {
  app::CohortInput input;
  std::optional<app::CohortId> id;
  int revision = 0;
};

app::CohortInput CohortInputFrom(const FormData& form) {
  return {form.Get("name"),
          form.Get("starts_on"),
          form.Get("ends_on"),
          form.Get("capacity"),
          form.Get("application_deadline"),
          form.Get("description"),
          form.Get("checklist")};
}

Response RenderCohortForm(const PageServices& services, RequestContext& context, const CohortFormState& state,
                          const app::Error* error = nullptr) {
  View content;
  const bool is_new = !state.id;
  const std::string heading = is_new ? "Nyt Globetrotter-hold" : "Ret " + state.input.name;
  content.Set("FORM_HEADING", heading);
  content.Set("FORM_ACTION", is_new ? std::string(kCohorts) + "/ny" : app::CohortHref(*state.id) + "/rediger");
  content.Set("CANCEL_HREF", is_new ? std::string(kCohorts) : app::CohortHref(*state.id));
  if (!is_new) content.AddSection("EXISTING").Set("REVISION", std::to_string(state.revision));
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict && state.id) {
    AddConflictNotice(content, error->message, app::CohortHref(*state.id), "Se holdet, som det er nu");
  } else if (error != nullptr) {
    AddFormError(content, *error, "Holdet blev ikke gemt");
  }
  AddField(content, "NAME_FIELD",
           TextField("name", "Navn", "Fx „Globetrotter forår 2027“. " + MaxCharactersHint(app::kMaxCohortName),
                     state.input.name)
               .Class("input-width-xl"),
           errors);
  AddField(content, "STARTS_FIELD", DateField("starts_on", "Første dag", "", state.input.starts_on, kCohortDays),
           errors);
  AddField(content, "ENDS_FIELD",
           DateField("ends_on", "Sidste dag", "Efter første dag; typisk et halvt år senere.", state.input.ends_on,
                     kCohortDays),
           errors);
  AddField(content, "DEADLINE_FIELD",
           DateField("application_deadline", "Ansøgningsfrist", "Senest den første dag. Der kan søges hele dagen.",
                     state.input.application_deadline, kCohortDays),
           errors);
  AddField(content, "CAPACITY_FIELD",
           TextField("capacity", "Antal pladser", fmt::format("Fra 1 til {}.", app::kMaxCohortCapacity),
                     state.input.capacity)
               .Class("input-width-xs"),
           errors);
  AddField(content, "DESCRIPTION_FIELD",
           TextAreaField("description", "Beskrivelse (valgfri)",
                         "Hvad holdet arbejder med. " + MaxCharactersHint(app::kMaxCohortDescription),
                         state.input.description, 5),
           errors);
  AddField(content, "CHECKLIST_FIELD",
           TextAreaField("checklist", "Forberedelse før optagelse",
                         fmt::format("Ét punkt pr. linje, højst {} punkter. Ansøgeren krydser hvert punkt af, og "
                                     "ansøgerens leder godkender. Kan ikke ændres, når nogen har søgt.",
                                     app::kMaxCohortChecklistItems),
                         state.input.checklist, 5),
           errors);
  return services.pages.Render(context, FormTitle(heading, error), "programmes/cohort_form.tpl", content,
                               FormStatus(error));
}

Response ShowNewCohort(const PageServices& services, RequestContext& context) {
  CohortFormState state;
  state.input.capacity = "20";
  for (const auto& item : app::DefaultCohortChecklist()) {
    if (!state.input.checklist.empty()) state.input.checklist += "\n";
    state.input.checklist += item;
  }
  return RenderCohortForm(services, context, state);
}

Response SubmitNewCohort(const PageServices& services, RequestContext& context) {
  CohortFormState state;
  state.input = CohortInputFrom(context.Form());
  return FinishForm<app::CohortId>(
      services, context,
      services.Get<app::CohortService>().Create(*context.user(), state.input, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderCohortForm(services, context, state, &error); },
      [&](const app::CohortId& id) {
        return RedirectWithFlash(app::CohortHref(id), "cohorts-saved", services.secure_cookies);
      });
}

Response ShowCohortEdit(const PageServices& services, RequestContext& context) {
  const auto cohort = services.Get<app::CohortService>().Find(*context.user(), context.params.Int("id"));
  if (!cohort) return services.pages.Error(context, StatusFor(cohort.error().kind), cohort.error().message);
  CohortFormState state;
  state.input = app::CohortInputOf(cohort->fields);
  state.id = cohort->id;
  state.revision = cohort->revision;
  return RenderCohortForm(services, context, state);
}

Response SubmitCohortEdit(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  const auto revision = ParsePositive<int>(form.Get("revision"));
  if (!revision) return services.pages.Error(context, 400);
  CohortFormState state;
  state.input = CohortInputFrom(form);
  state.id = id;
  state.revision = *revision;
  auto& cohorts = services.Get<app::CohortService>();
  return FinishForm<app::Unit>(
      services, context, cohorts.Update(*context.user(), id, *revision, state.input, context.request.remote_address),
      [&](const app::Error& error, int) {
        // After a conflict the form is sent again against the current revision, on purpose.
        if (error.kind == app::ErrorKind::Conflict) {
          if (const auto now = cohorts.Find(*context.user(), id)) state.revision = now->revision;
        }
        return RenderCohortForm(services, context, state, &error);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(app::CohortHref(id), "cohorts-saved", services.secure_cookies);
      });
}

// ---- applying

app::GlobetrotterApplicationInput ApplicationInputFrom(const FormData& form, std::size_t items) {
  app::GlobetrotterApplicationInput input;
  input.motivation = form.Get("motivation");
  for (std::size_t i = 1; i <= items; ++i) {
    input.answers.push_back(
        {static_cast<int>(i), form.Get(fmt::format("done-{}", i)) == "1", form.Get(fmt::format("note-{}", i))});
  }
  return input;
}

Response RenderApplyForm(const PageServices& services, RequestContext& context, const app::GlobetrotterApplyView& view,
                         const app::GlobetrotterApplicationInput& input, const app::Error* error = nullptr) {
  View content;
  const auto& cohort = view.cohort;
  content.Set("PROGRAMME_NAME", view.programme.fields.name);
  const std::string title = (view.returned ? "Ret din ansøgning til " : "Søg om optagelse på ") + cohort.fields.name;
  content.Set("HEADING", title);
  content.Set("COHORT_NAME", cohort.fields.name);
  content.Set("COHORT_HREF", app::CohortHref(cohort.id));
  content.Set("FORM_ACTION", app::CohortHref(cohort.id) + "/ansoeg");
  content.Set("DATES", CohortDates(cohort));
  content.Set("DEADLINE", domain::FormatDate(cohort.fields.application_deadline));
  if (view.returned) {
    auto& returned = content.AddSection("RETURNED");
    returned.Set("REVISION", std::to_string(view.returned->revision));
    returned.Set("COMMENT", view.returned->signoff_comment);
  }
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr) AddFormError(content, *error, "Ansøgningen blev ikke sendt");
  AddField(content, "MOTIVATION_FIELD",
           TextAreaField("motivation", "Motivation",
                         "Hvorfor søger du, og hvad vil du arbejde med på holdet? " +
                             MaxCharactersHint(app::kMaxCohortMotivation),
                         input.motivation, 6),
           errors);
  for (std::size_t i = 0; i < cohort.fields.checklist.size(); ++i) {
    const auto position = static_cast<int>(i) + 1;
    auto& item = content.AddSection("ITEM");
    item.Set("N", std::to_string(position));
    item.Set("TEXT", cohort.fields.checklist[i]);
    for (const auto& answer : input.answers) {
      if (answer.position != position) continue;
      if (answer.done) item.Show("CHECKED");
      AddField(item, "NOTE_FIELD",
               TextField(fmt::format("note-{}", position), fmt::format("Note til punkt {} (valgfri)", position),
                         MaxCharactersHint(app::kMaxCohortAnswerNote), answer.note)
                   .Class("input-width-xl"),
               errors);
    }
  }
  return services.pages.Render(context, FormTitle(title, error), "programmes/application_form.tpl", content,
                               FormStatus(error));
}

Response ShowApplyForm(const PageServices& services, RequestContext& context) {
  const auto view = services.Get<app::CohortService>().ApplyForm(*context.user(), context.params.Int("id"));
  if (!view) return services.pages.Error(context, StatusFor(view.error().kind), view.error().message);
  app::GlobetrotterApplicationInput input;
  if (view->returned) {
    input.motivation = view->returned->motivation;
    input.answers = view->returned->answers;
  }
  for (std::size_t i = input.answers.size(); i < view->cohort.fields.checklist.size(); ++i) {
    input.answers.push_back({static_cast<int>(i) + 1, false, ""});
  }
  return RenderApplyForm(services, context, view.value(), input);
}

Response SubmitApplication(const PageServices& services, RequestContext& context) {
  const auto id = context.params.Int("id");
  auto& cohorts = services.Get<app::CohortService>();
  // The cohort as its page shows it: the form comes back with what was typed when it is refused
  // (also when applying twice, late or to a full cohort).
  const auto page = cohorts.Page(*context.user(), id);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  app::GlobetrotterApplyView view;
  view.programme = page->programme;
  view.cohort = page->cohort;
  if (page->mine && page->mine->status == app::CohortApplicationStatus::Returned) view.returned = page->mine;
  const auto& form = context.Form();
  const auto input = ApplicationInputFrom(form, view.cohort.fields.checklist.size());
  std::optional<int> revision;
  if (form.Has("revision")) {
    revision = ParsePositive<int>(form.Get("revision"));
    if (!revision) return services.pages.Error(context, 400);
  }
  return FinishForm<app::CohortApplicationId>(
      services, context, cohorts.Apply(*context.user(), id, input, revision, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderApplyForm(services, context, view, input, &error); },
      [&](const app::CohortApplicationId& application) {
        return RedirectWithFlash(app::CohortApplicationHref(application), "cohorts-applied", services.secure_cookies);
      });
}

// ---- an application

struct ApplicationForms {
  std::string comment;
  std::string reason;
  const app::Error* signoff_error = nullptr;
  const app::Error* decision_error = nullptr;
};

Response RenderApplication(const PageServices& services, RequestContext& context,
                           const app::GlobetrotterApplicationView& page, const ApplicationForms& forms = {},
                           int status = 200) {
  const auto& application = page.application;
  const auto& cohort = page.cohort;
  View content;
  const auto name = page.applicant.person != nullptr ? page.applicant.person->FullName() : std::string("Ukendt person");
  content.Set("NAME", name);
  content.Set("UNIT", page.applicant.unit != nullptr ? page.applicant.unit->name : std::string());
  content.Set("COHORT_NAME", cohort.fields.name);
  content.Set("COHORT_HREF", app::CohortHref(cohort.id));
  content.Set("DATES", CohortDates(cohort));
  content.Set("SUBMITTED", domain::FormatDateTime(application.submitted_at));
  content.Set("MOTIVATION", application.motivation);
  content.Set("ACTION_BASE", app::CohortApplicationHref(application.id));
  content.Set("REVISION", std::to_string(application.revision));
  AddApplicationStatus(content, application.status);
  if (page.own) content.Show("OWN");
  std::string signers;
  for (const auto* signer : page.signers) {
    if (!signers.empty()) signers += ", ";
    signers += signer->FullName();
  }
  content.Set("SIGNERS", signers.empty() ? std::string("Koncern HR (der er ingen leder over ansøgeren)") : signers);
  const auto signoff_errors = FieldErrorsOf(forms.signoff_error);
  const auto checklist_error = ErrorFor(signoff_errors, "checklist");
  if (!checklist_error.empty()) content.AddSection("CHECKLIST_ERROR").Set("MESSAGE", std::string(checklist_error));
  for (std::size_t i = 0; i < cohort.fields.checklist.size(); ++i) {
    auto& item = content.AddSection("ITEM");
    item.Set("TEXT", cohort.fields.checklist[i]);
    bool done = false;
    for (const auto& answer : application.answers) {
      if (answer.position != static_cast<int>(i) + 1) continue;
      done = answer.done;
      if (!answer.note.empty()) item.AddSection("NOTE").Set("TEXT", answer.note);
    }
    item.Set("DONE", done ? "Gjort" : "Ikke gjort");
    item.Set("DONE_CLASS", done ? "badge-success" : "badge-warning");
  }
  if (application.signed_off_at) {
    auto& signoff = content.AddSection("SIGNOFF");
    signoff.Set("WHAT",
                application.status == app::CohortApplicationStatus::Returned ? "Sendt tilbage" : "Godkendt lokalt");
    signoff.Set("WHEN", domain::FormatDate(*application.signed_off_at));
  }
  if (!application.signoff_comment.empty()) {
    content.AddSection("SIGNOFF_COMMENT").Set("TEXT", application.signoff_comment);
  }
  if (application.decided_at) {
    auto& decision = content.AddSection("DECISION");
    decision.Set("WHAT", std::string(app::kCohortApplicationStatusTable.Label(application.status)));
    decision.Set("WHEN", domain::FormatDate(*application.decided_at));
    if (!application.decision_reason.empty()) decision.AddSection("REASON").Set("TEXT", application.decision_reason);
  }
  if (page.can_edit) content.AddSection("CAN_EDIT").Set("HREF", app::CohortHref(cohort.id) + "/ansoeg");
  if (page.can_withdraw) content.Show("CAN_WITHDRAW");
  if (page.can_sign_off) {
    auto& signoff = content.AddSection("SIGN_OFF");
    if (forms.signoff_error != nullptr) {
      if (forms.signoff_error->kind == app::ErrorKind::Conflict) {
        signoff.AddSection("SIGNOFF_CONFLICT").Set("MESSAGE", forms.signoff_error->message);
      } else {
        AddFormError(content, *forms.signoff_error, "Det lykkedes ikke");
      }
    }
    if (!page.checklist_done) signoff.Show("NOT_DONE");
    AddField(
        signoff, "COMMENT_FIELD",
        TextAreaField("comment", "Kommentar til ansøgeren",
                      "Skal udfyldes, hvis du sender ansøgningen tilbage. " + MaxCharactersHint(app::kMaxCohortComment),
                      forms.comment, 3),
        signoff_errors);
  }
  if (page.can_decide) {
    auto& decide = content.AddSection("DECIDE");
    decide.Set("SEATS", SeatsOf(cohort));
    const auto decision_errors = FieldErrorsOf(forms.decision_error);
    if (forms.decision_error != nullptr) {
      if (forms.decision_error->kind == app::ErrorKind::Invalid) {
        AddFormError(content, *forms.decision_error, "Det lykkedes ikke");
      } else {
        decide.AddSection("DECISION_CONFLICT").Set("MESSAGE", forms.decision_error->message);
      }
    }
    AddField(decide, "REASON_FIELD",
             TextAreaField("reason", "Begrundelse for et afslag",
                           "Sendes til ansøgeren. " + MaxCharactersHint(app::kMaxCohortComment), forms.reason, 3),
             decision_errors);
  }
  const auto title = "Ansøgning: " + name + ", " + cohort.fields.name;
  return services.pages.Render(context, status == 200 ? title : title + " (fejl)", "programmes/application.tpl",
                               content, status);
}

Response ShowApplication(const PageServices& services, RequestContext& context) {
  const auto page = services.Get<app::CohortService>().Application(*context.user(), context.params.Int("id"),
                                                                   context.request.remote_address);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  return RenderApplication(services, context, page.value());
}

// A step on an application: done, back to it with a flash; refused with field errors or a conflict,
// the page again (422, 409); anything else, the error page.
Response AfterApplicationStep(const PageServices& services, RequestContext& context,
                              const app::Result<app::Unit>& result, std::string_view flash, ApplicationForms forms,
                              bool decision) {
  const auto id = context.params.Int("id");
  if (result) return RedirectWithFlash(app::CohortApplicationHref(id), flash, services.secure_cookies);
  const auto kind = result.error().kind;
  if (kind != app::ErrorKind::Invalid && kind != app::ErrorKind::Conflict) {
    return services.pages.Error(context, StatusFor(kind), result.error().message);
  }
  const auto page = services.Get<app::CohortService>().Application(*context.user(), id, context.request.remote_address);
  if (!page) return services.pages.Error(context, StatusFor(page.error().kind), page.error().message);
  (decision ? forms.decision_error : forms.signoff_error) = &result.error();
  if (!page->can_sign_off && !page->can_decide) {
    return services.pages.Error(context, StatusFor(kind), result.error().message);
  }
  return RenderApplication(services, context, page.value(), forms, StatusFor(kind));
}

std::optional<int> RevisionOf(const FormData& form) { return ParsePositive<int>(form.Get("revision")); }

Response SubmitSignOff(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const auto revision = RevisionOf(form);
  if (!revision) return services.pages.Error(context, 400);
  ApplicationForms forms;
  forms.comment = form.Get("comment");
  auto& cohorts = services.Get<app::CohortService>();
  const auto id = context.params.Int("id");
  const auto result =
      form.Get("step") == "return"
          ? cohorts.Return(*context.user(), id, *revision, forms.comment, context.request.remote_address)
          : cohorts.SignOff(*context.user(), id, *revision, forms.comment, context.request.remote_address);
  return AfterApplicationStep(services, context, result,
                              form.Get("step") == "return" ? "cohorts-returned" : "cohorts-signed-off", forms, false);
}

Response SubmitDecision(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const auto revision = RevisionOf(form);
  if (!revision) return services.pages.Error(context, 400);
  ApplicationForms forms;
  forms.reason = form.Get("reason");
  auto& cohorts = services.Get<app::CohortService>();
  const auto id = context.params.Int("id");
  const bool reject = form.Get("step") == "reject";
  const auto result = reject
                          ? cohorts.Reject(*context.user(), id, *revision, forms.reason, context.request.remote_address)
                          : cohorts.Admit(*context.user(), id, *revision, context.request.remote_address);
  return AfterApplicationStep(services, context, result, reject ? "cohorts-rejected" : "cohorts-admitted", forms, true);
}

Response SubmitWithdrawal(const PageServices& services, RequestContext& context) {
  const auto revision = RevisionOf(context.Form());
  if (!revision) return services.pages.Error(context, 400);
  const auto id = context.params.Int("id");
  const auto result =
      services.Get<app::CohortService>().Withdraw(*context.user(), id, *revision, context.request.remote_address);
  if (result) return RedirectWithFlash(app::CohortApplicationHref(id), "cohorts-withdrawn", services.secure_cookies);
  return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
}

// ---- the list of applications

void AddSummaries(View& section, const std::vector<app::GlobetrotterApplicationSummary>& summaries) {
  for (const auto& summary : summaries) {
    auto& row = section.AddSection("ROW");
    row.Set("HREF", summary.href);
    row.Set("NAME", summary.applicant);
    row.Set("UNIT", summary.unit);
    row.Set("COHORT", summary.cohort);
    row.Set("SUBMITTED", domain::FormatDate(summary.submitted_at));
    AddApplicationStatus(row, summary.status);
  }
}

Response RenderApplications(const PageServices& services, RequestContext& context) {
  const auto view = services.Get<app::CohortService>().Applications(*context.user());
  View content;
  content.Set("COHORTS_HREF", std::string(kCohorts));
  if (view.to_sign_off.empty()) content.Show("NONE_TO_SIGN");
  if (!view.to_sign_off.empty()) AddSummaries(content.AddSection("TO_SIGN"), view.to_sign_off);
  if (view.can_maintain) {
    auto& decide = content.AddSection("MAINTAIN");
    if (view.to_decide.empty()) decide.Show("NONE_TO_DECIDE");
    if (!view.to_decide.empty()) AddSummaries(decide.AddSection("TO_DECIDE"), view.to_decide);
  }
  if (view.mine.empty()) content.Show("NONE_MINE");
  if (!view.mine.empty()) AddSummaries(content.AddSection("MINE"), view.mine);
  return services.pages.Render(context, "Ansøgninger til Globetrotter", "programmes/applications.tpl", content);
}

}  // namespace

void RegisterCohortPages(PageModule& module) {
  static constexpr std::array<std::string_view, 1> kCohortsElsewhere = {"/udvikling/kohorter/*"};
  static constexpr std::array<std::string_view, 1> kApplicationsElsewhere = {"/udvikling/ansoegninger/*"};
  module.shell.AddNavigation({kCohorts, "Globetrotter-hold",
                              "Holdene i Globetrotter for erfarne ledere: datoer, ansøgningsfrist og ledige pladser.",
                              app::kSignedIn, &kDevelopmentSection, 40, kCohortsElsewhere});
  module.shell.AddNavigation({kApplications, "Ansøgninger",
                              "Dine ansøgninger til Globetrotter, og de ansøgninger, du skal godkende som leder.",
                              app::kSignedIn, &kDevelopmentSection, 45, kApplicationsElsewhere});
  module.shell.AddFlash({"cohorts-saved", "success", "Holdet er gemt."});
  module.shell.AddFlash({"cohorts-meeting-added", "success", "Mødet er føjet til holdet."});
  module.shell.AddFlash({"cohorts-meeting-deleted", "success", "Mødet er slettet."});
  module.shell.AddFlash({"cohorts-attendance", "success", "Fremmødet er gemt, og deltagerens kursusdage er talt op."});
  module.shell.AddFlash({"cohorts-material-added", "success", "Materialet er delt med holdet."});
  module.shell.AddFlash({"cohorts-material-deleted", "success", "Materialet er slettet."});
  module.shell.AddFlash({"cohorts-applied", "success",
                         "Din ansøgning er sendt. Din leder har fået besked om at godkende forberedelsen."});
  module.shell.AddFlash({"cohorts-signed-off", "success", "Forberedelsen er godkendt. Koncern HR afgør optagelsen."});
  module.shell.AddFlash({"cohorts-returned", "success", "Ansøgningen er sendt tilbage til ansøgeren."});
  module.shell.AddFlash({"cohorts-admitted", "success", "Ansøgeren er optaget på holdet og har fået besked."});
  module.shell.AddFlash({"cohorts-rejected", "success", "Ansøgningen er afslået, og ansøgeren har fået besked."});
  module.shell.AddFlash({"cohorts-withdrawn", "success", "Ansøgningen er trukket tilbage."});
  const auto maintain = app::Requires(app::kMaintainProgrammes);
  module.Get(std::string(kCohorts), app::kSignedIn, &RenderCohortList);
  module.Get("/udvikling/kohorter/ny", maintain, &ShowNewCohort);
  module.Post("/udvikling/kohorter/ny", maintain, &SubmitNewCohort);
  module.Get("/udvikling/kohorter/{id:int}", app::kSignedIn, &ShowCohort);
  module.Get("/udvikling/kohorter/{id:int}/rediger", maintain, &ShowCohortEdit);
  module.Post("/udvikling/kohorter/{id:int}/rediger", maintain, &SubmitCohortEdit);
  module.Post("/udvikling/kohorter/{id:int}/moeder", maintain, &SubmitMeeting);
  module.Post("/udvikling/kohorter/{id:int}/moeder/{meeting:int}/slet", maintain, &SubmitMeetingDeletion);
  module.Post("/udvikling/kohorter/{id:int}/moeder/{meeting:int}/fremmoede", maintain, &SubmitCohortAttendance);
  module.Post("/udvikling/kohorter/{id:int}/materiale", maintain, &SubmitMaterial);
  module.Post("/udvikling/kohorter/{id:int}/materiale/{material:int}/slet", maintain, &SubmitMaterialDeletion);
  module.Get("/udvikling/kohorter/{id:int}/ansoeg", app::kSignedIn, &ShowApplyForm);
  module.Post("/udvikling/kohorter/{id:int}/ansoeg", app::kSignedIn, &SubmitApplication);
  module.Get(std::string(kApplications), app::kSignedIn, &RenderApplications);
  module.Get("/udvikling/ansoegninger/{id:int}", app::kSignedIn, &ShowApplication);
  module.Post("/udvikling/ansoegninger/{id:int}/godkendelse", app::kSignedIn, &SubmitSignOff);
  module.Post("/udvikling/ansoegninger/{id:int}/afgoerelse", maintain, &SubmitDecision);
  module.Post("/udvikling/ansoegninger/{id:int}/traek-tilbage", app::kSignedIn, &SubmitWithdrawal);
}

}  // namespace lp::web
