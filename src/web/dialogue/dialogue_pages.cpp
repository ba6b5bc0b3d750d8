// The dialogue tools: the card and case library (/dialog), a unit's dialogue sessions
// (/organisation/enheder/{id}/dialog), a session's record and agreements (/dialog/sessioner/{id}) and
// its full-screen card view for the meeting room (/dialog/sessioner/{id}/vis/{n}).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "app/dialogue/dialogue_calendar.hpp"
#include "app/dialogue/dialogue_service.hpp"
#include "app/foundation/foundation_access.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/outbound_mail.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/activation/activity_form.hpp"
#include "web/dialogue/dialogue_pages.hpp"
#include "web/notifications/calendar_file.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/markdown.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

std::string CardHref(app::DialogueCardId id) { return "/dialog/kort/" + std::to_string(id); }
std::string SessionHref(app::DialogueSessionId id) { return "/dialog/sessioner/" + std::to_string(id); }
std::string UnitSessionsHref(domain::UnitId unit) { return fmt::format("/organisation/enheder/{}/dialog", unit); }
std::string SlideHref(app::DialogueSessionId id, std::size_t slide) {
  return fmt::format("/dialog/sessioner/{}/vis/{}", id, slide);
}

std::string AgreementActivityHref(app::DialogueSessionId session, app::DialogueAgreementId agreement) {
  return fmt::format("/dialog/sessioner/{}/aftaler/{}/aktivitet", session, agreement);
}
std::string ActivityInPlanHref(domain::UnitId unit, app::RoundId round, app::ActivityId activity) {
  return PlanHref(unit, round) + "#aktivitet-" + std::to_string(activity);
}
std::string ActivityInPlanHref(domain::UnitId unit, const app::AgreementActivity& activity) {
  return ActivityInPlanHref(unit, activity.round, activity.id);
}

Response Failure(const PageServices& services, RequestContext& context, const app::Error& error) {
  return services.pages.Error(context, StatusFor(error.kind), error.message);
}

std::optional<int> Revision(const FormData& form) { return ParsePositive<int>(form.Get("revision")); }

void SetCardText(View& view, const app::DialogueCardText& text) {
  view.Set("CARD_TITLE", text.title);
  view.Set("CARD_KIND", std::string(domain::DialogueCardKindLabel(text.kind)));
  view.Set("CARD_TOPIC", std::string(domain::DialogueTopicLabel(text.topic)));
  view.Set("CARD_BODY_HTML", RenderMarkdown(text.body));
  if (text.kind == domain::DialogueCardKind::Case) view.Show("CARD_IS_CASE");
}

void SetCard(View& view, const app::DialogueCard& card) {
  SetCardText(view, {card.kind, card.title, card.body, card.topic});
  view.Set("CARD_ID", std::to_string(card.id));
  view.Set("CARD_HREF", CardHref(card.id));
  if (card.archived_at) view.Show("CARD_ARCHIVED");
}

// The library grouped as people look for cards: by topic, in the model's order.
void AddTopicGroups(View& content, const std::vector<app::DialogueCard>& cards,
                    std::optional<domain::DialogueTopic> only, const std::vector<std::string>& checked = {},
                    bool pickable = false) {
  for (const auto topic : domain::kAllDialogueTopics) {
    if (only && topic != *only) continue;
    View* group = nullptr;
    for (const auto& card : cards) {
      if (card.topic != topic) continue;
      if (pickable && card.archived_at) continue;
      if (group == nullptr) {
        group = &content.AddSection("TOPIC");
        group->Set("TOPIC_LABEL", std::string(domain::DialogueTopicLabel(topic)));
        group->Set("TOPIC_GROUP", std::string(domain::DialogueTopicGroup(topic)));
        group->Set("TOPIC_CODE", std::string(domain::DialogueTopicCode(topic)));
      }
      auto& row = group->AddSection("CARD");
      SetCard(row, card);
      if (std::find(checked.begin(), checked.end(), std::to_string(card.id)) != checked.end()) {
        row.Show("CARD_CHECKED");
      }
    }
  }
}

void AddTopicOptions(View& content, std::string_view selected, std::string_view section) {
  for (const auto topic : domain::kAllDialogueTopics) {
    auto& option = content.AddSection(section);
    option.Set("OPTION_VALUE", std::string(domain::DialogueTopicCode(topic)));
    option.Set("OPTION_LABEL", domain::DialogueTopicChoiceLabel(topic));
    if (domain::DialogueTopicCode(topic) == selected) option.Show("OPTION_SELECTED");
  }
}

// The units the viewer may plan sessions for: the units they lead and those they are a delegate of.
void AddOwnUnits(View& content, const app::OrganisationContext& organisation) {
  const auto reach = organisation.Reach(app::actions::kEditUnitFoundation);
  std::vector<const domain::Unit*> units;
  if (const auto* me = organisation.me()) {
    for (const auto& leadership : organisation.organisation().UnitsLedBy(me->id)) {
      if (const auto* unit = organisation.organisation().FindUnit(leadership.unit)) units.push_back(unit);
    }
  }
  for (const auto id : organisation.viewer.delegated_units) {
    const auto* unit = organisation.organisation().FindUnit(id);
    if (unit != nullptr && std::find(units.begin(), units.end(), unit) == units.end()) units.push_back(unit);
  }
  if (units.empty()) return;
  auto& section = content.AddSection("OWN_UNITS");
  for (const auto* unit : units) {
    if (!reach.CoversUnit(organisation.organisation(), unit->id)) continue;
    auto& row = section.AddSection("OWN_UNIT");
    row.Set("UNIT_NAME", unit->name);
    row.Set("UNIT_SESSIONS_HREF", UnitSessionsHref(unit->id));
  }
}

// ---- the library

Response RenderLibrary(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  const auto topic_code = query.Get("emne");
  const auto topic = domain::ParseDialogueTopic(topic_code);
  const auto cards = services.Get<app::DialogueService>().Library(organisation);
  View content;
  if (services.Get<app::DialogueService>().CanEditLibrary(organisation)) content.Show("CAN_EDIT");
  AddOwnUnits(content, organisation);
  AddTopicOptions(content, topic ? topic_code : "", "TOPIC_OPTION");
  if (topic) content.AddSection("FILTERED").Set("FILTER_LABEL", std::string(domain::DialogueTopicLabel(*topic)));
  AddTopicGroups(content, cards, topic);
  const auto shown = std::count_if(cards.begin(), cards.end(),
                                   [&](const app::DialogueCard& card) { return !topic || card.topic == *topic; });
  content.Set("CARD_COUNT", domain::FormatInteger(shown));
  if (shown == 0) content.Show("NO_CARDS");
  return services.pages.Render(context, "Dialogværktøjer", "dialogue/dialogue_library.tpl", content);
}

Response RenderCard(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  const auto card = services.Get<app::DialogueService>().Card(organisation, context.params.Int("id"));
  if (!card) return Failure(services, context, card.error());
  View content;
  SetCard(content, card.value());
  content.Set("TOPIC_HREF", "/dialog?emne=" + std::string(domain::DialogueTopicCode(card->topic)));
  if (services.Get<app::DialogueService>().CanEditLibrary(organisation)) {
    auto& edit = content.AddSection("CAN_EDIT");
    edit.Set("REVISION", std::to_string(card->revision));
    edit.Set("ARCHIVE_VALUE", card->archived_at ? "0" : "1");
    edit.Set("ARCHIVE_LABEL", card->archived_at ? "Gendan kortet" : "Arkivér kortet");
  }
  return services.pages.Render(context, card->title, "dialogue/dialogue_card.tpl", content);
}

struct CardFormState {
  std::optional<app::DialogueCardId> id;  // none for a new card
  int revision = 0;
  app::CardInput input;
};

std::vector<FieldOption> TopicChoices() {
  std::vector<FieldOption> topics{{"", "Vælg emne"}};
  for (const auto topic : domain::kAllDialogueTopics) {
    topics.push_back({std::string(domain::DialogueTopicCode(topic)), domain::DialogueTopicChoiceLabel(topic)});
  }
  return topics;
}

// The card form, empty, as stored, or again with what was typed and `error` (field errors, or a
// conflict whose notice links to the card as it is now).
Response RenderCardForm(const PageServices& services, RequestContext& context, const CardFormState& state,
                        const app::Error* error = nullptr) {
  View content;
  const bool is_new = !state.id;
  const std::string heading = is_new ? "Nyt kort" : "Rediger kort";
  content.Set("FORM_ACTION", is_new ? std::string("/dialog/kort/ny") : CardHref(*state.id) + "/rediger");
  content.Set("FORM_HEADING", heading);
  content.Set("CANCEL_HREF", is_new ? std::string("/dialog") : CardHref(*state.id));
  if (!is_new) content.AddSection("EXISTING").Set("REVISION", std::to_string(state.revision));
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict && state.id) {
    AddConflictNotice(content, error->message, CardHref(*state.id), "Se kortet, som det er nu");
  } else if (error != nullptr) {
    AddFormError(content, *error, "Kortet blev ikke gemt");
  }
  // The kind is a radio group, written in the template.
  for (const auto kind : {domain::DialogueCardKind::Question, domain::DialogueCardKind::Case}) {
    auto& option = content.AddSection("KIND_OPTION");
    option.Set("OPTION_VALUE", std::string(domain::DialogueCardKindCode(kind)));
    option.Set("OPTION_LABEL", std::string(domain::DialogueCardKindLabel(kind)));
    option.Set("OPTION_ID", "kind-" + std::string(domain::DialogueCardKindCode(kind)));
    if (state.input.kind == domain::DialogueCardKindCode(kind)) option.Show("OPTION_SELECTED");
  }
  if (const auto message = ErrorFor(errors, "kind"); !message.empty()) {
    content.AddSection("KIND_ERROR").Set("MESSAGE", std::string(message));
  }
  AddField(content, "TOPIC_FIELD", SelectField("topic", "Emne", "", state.input.topic, TopicChoices()), errors);
  AddField(
      content, "TITLE_FIELD",
      TextField("title", "Titel", MaxCharactersHint(app::kMaxCardTitle), state.input.title).Class("input-width-xl"),
      errors);
  AddField(content, "BODY_FIELD",
           TextAreaField("body", "Tekst",
                         MaxCharactersHint(app::kMaxCardBody) +
                             " Skriv spørgsmålene som en punktliste med „- “ foran hver linje. **fed** og *kursiv* "
                             "virker; HTML vises som almindelig tekst.",
                         state.input.body, 12)
               .Class("portal-textarea-large"),
           errors);
  if (!state.input.body.empty()) content.AddSection("PREVIEW").Set("PREVIEW_HTML", RenderMarkdown(state.input.body));
  return services.pages.Render(context, FormTitle(heading, error), "dialogue/dialogue_card_form.tpl", content,
                               FormStatus(error));
}

app::CardInput CardInputFrom(const FormData& form) {
  return {form.Get("kind"), form.Get("topic"), form.Get("title"), form.Get("body")};
}

// ---- sessions

void SetSessionDates(View& view, const app::DialogueSessionSummary& session) {
  view.Set("SESSION_TITLE", session.title);
  view.Set("SESSION_HREF", SessionHref(session.id));
  view.Set("SESSION_PLANNED_ON", domain::FormatDate(session.planned_on));
  auto& state = view.AddSection("SESSION_STATE");
  if (session.held_on) {
    state.AddSection("SESSION_HELD").Set("SESSION_HELD_ON", domain::FormatDate(*session.held_on));
  } else {
    state.Show("SESSION_PLANNED");
  }
}

void SetUnitCrumb(View& content, const domain::Unit& unit) {
  content.Set("UNIT_NAME", unit.name);
  content.Set("UNIT_HREF", "/organisation/enheder/" + std::to_string(unit.id));
  content.Set("UNIT_SESSIONS_HREF", UnitSessionsHref(unit.id));
}

Response RenderUnitSessions(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto result = services.Get<app::DialogueService>().SessionsOf(organisation, context.params.Int("id"));
  if (!result) return Failure(services, context, result.error());
  View content;
  SetUnitCrumb(content, *result->unit);
  if (result->can_edit) content.AddSection("CAN_EDIT").Set("NEW_HREF", UnitSessionsHref(result->unit->id) + "/ny");
  if (result->sessions.empty()) content.Show("NO_SESSIONS");
  View* table = result->sessions.empty() ? nullptr : &content.AddSection("HAS_SESSIONS");
  for (const auto& session : result->sessions) {
    auto& row = table->AddSection("SESSION");
    SetSessionDates(row, session);
    row.Set("SESSION_CARDS", std::to_string(session.cards));
    row.Set("SESSION_AGREEMENTS", std::to_string(session.agreements));
  }
  return services.pages.Render(context, "Dialogsessioner i " + result->unit->name, "dialogue/dialogue_sessions.tpl",
                               content);
}

struct NewSessionState {
  app::SessionInput input;
};

// The days a session may be planned for (the service's rule).
constexpr app::DayRule kSessionDay{"datoen", app::kFirstSessionDay, app::kLastSessionDay};

Response RenderNewSession(const PageServices& services, RequestContext& context,
                          const app::OrganisationContext& organisation, const app::UnitSessions& unit,
                          const NewSessionState& state, const app::Error* error = nullptr) {
  View content;
  SetUnitCrumb(content, *unit.unit);
  content.Set("FORM_ACTION", UnitSessionsHref(unit.unit->id) + "/ny");
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr) AddFormError(content, *error, "Sessionen blev ikke oprettet");
  AddField(content, "TITLE_FIELD",
           TextField("title", "Titel",
                     "Fx „Personalemøde: værdierne i vores hverdag“. " + MaxCharactersHint(app::kMaxSessionTitle),
                     state.input.title)
               .Class("input-width-xl"),
           errors);
  AddField(content, "PLANNED_ON_FIELD",
           DateField("planned_on", "Dato", DayRangeHint(kSessionDay), state.input.planned_on, kSessionDay)
               .Class("input-width-s"),
           errors);
  AddField(content, "PARTICIPANTS_FIELD",
           TextAreaField("participants", "Deltagere (valgfrit)",
                         "Fx „Alle i afsnittet“ eller navnene. " + MaxCharactersHint(app::kMaxParticipants),
                         state.input.participants, 2),
           errors);
  // The cards are a group of checkboxes, written in the template.
  content.Set("MAX_CARDS", std::to_string(app::kMaxCardsPerSession));
  if (const auto message = ErrorFor(errors, "cards"); !message.empty()) {
    content.AddSection("CARDS_ERROR").Set("MESSAGE", std::string(message));
  }
  AddTopicGroups(content, services.Get<app::DialogueService>().Library(organisation), std::nullopt,
                 state.input.card_ids, true);
  return services.pages.Render(context, FormTitle("Ny dialogsession", error), "dialogue/dialogue_session_new.tpl",
                               content, FormStatus(error));
}

struct SessionFormState {
  std::optional<app::SessionRecordInput> input;  // what was typed, when re-shown after an error
  int revision = 0;
  const app::Error* record_error = nullptr;
  std::string agreement_text;
  const app::Error* agreement_error = nullptr;
};

// The session's two forms (its record, and a new agreement) into `edit`, with the error of the one sent.
void AddSessionForms(const PageServices& services, View& edit, const app::DialogueSession& session,
                     const SessionFormState& state) {
  edit.Set("SESSION_ACTION", SessionHref(session.id));
  edit.Set("AGREEMENT_ACTION", SessionHref(session.id) + "/aftaler");
  edit.Set("REVISION", std::to_string(state.input ? state.revision : session.revision));
  const auto input = state.input.value_or(app::SessionRecordInput{
      session.title, domain::FormatIsoDate(session.planned_on), session.participants, session.held_on.has_value(),
      session.held_on ? domain::FormatIsoDate(*session.held_on) : std::string(), session.notes});
  const auto today = services.Get<app::DialogueService>().Today();
  const auto* error = state.record_error != nullptr ? state.record_error : state.agreement_error;
  const auto errors = FieldErrorsOf(error);
  if (state.record_error != nullptr && state.record_error->kind == app::ErrorKind::Conflict) {
    AddConflictNotice(edit, error->message, SessionHref(session.id), "Se sessionen, som den er nu");
  } else if (error != nullptr) {
    AddFormError(edit, *error, "Ændringen blev ikke gemt");
  }
  AddField(edit, "TITLE_FIELD",
           TextField("title", "Titel", MaxCharactersHint(app::kMaxSessionTitle), input.title).Class("input-width-xl"),
           errors);
  AddField(edit, "PLANNED_ON_FIELD",
           DateField("planned_on", "Planlagt dato", DayRangeHint(kSessionDay), input.planned_on, kSessionDay)
               .Class("input-width-s"),
           errors);
  AddField(edit, "PARTICIPANTS_FIELD",
           TextAreaField("participants", "Deltagere", MaxCharactersHint(app::kMaxParticipants), input.participants, 2),
           errors);
  if (input.held) edit.Show("HELD_CHECKED");  // a checkbox, written in the template
  const app::DayRule held_day{"datoen for afholdelsen", app::kFirstSessionDay, std::min(today, app::kLastSessionDay)};
  AddField(edit, "HELD_ON_FIELD",
           DateField("held_on", "Holdt den", "Bruges kun, når sessionen er markeret som holdt.",
                     input.held_on.empty() ? domain::FormatIsoDate(today) : input.held_on, held_day)
               .Class("input-width-s"),
           errors);
  AddField(edit, "NOTES_FIELD",
           TextAreaField("notes", "Noter",
                         "Hvad talte I om? Markdown virker; HTML vises som almindelig tekst. " +
                             MaxCharactersHint(app::kMaxSessionNotes),
                         input.notes, 8)
               .Class("portal-textarea-large"),
           errors);
  AddField(edit, "AGREEMENT_FIELD",
           TextAreaField("agreement", "Ny aftale",
                         "Hvad har I aftalt, og hvem gør hvad? " + MaxCharactersHint(app::kMaxAgreement),
                         state.agreement_text, 3),
           errors);
}

Response RenderSession(const PageServices& services, RequestContext& context, const app::SessionDetails& details,
                       const SessionFormState& state, int status) {
  const auto& session = details.session;
  View content;
  if (details.unit != nullptr) SetUnitCrumb(content, *details.unit);
  content.Set("SESSION_TITLE", session.title);
  content.Set("SESSION_PLANNED_ON", domain::FormatDate(session.planned_on));
  content.Set("SESSION_PARTICIPANTS", session.participants.empty() ? "Ikke angivet" : session.participants);
  auto& dates = content.AddSection("SESSION_STATE");
  if (session.held_on) {
    dates.AddSection("SESSION_HELD").Set("SESSION_HELD_ON", domain::FormatDate(*session.held_on));
  } else {
    dates.Show("SESSION_PLANNED");
  }
  if (!session.notes.empty() && !details.agreements_only) {
    content.AddSection("NOTES").Set("NOTES_HTML", RenderMarkdown(session.notes));
  }
  content.Set("PRESENT_HREF", SlideHref(session.id, 1));
  content.Set("CALENDAR_HREF", SessionHref(session.id) + "/kalender.ics");
  content.Set("CARD_TOTAL", std::to_string(session.cards.size()));
  for (std::size_t i = 0; i < session.cards.size(); ++i) {
    auto& row = content.AddSection("SESSION_CARD");
    SetCardText(row, session.cards[i].text);
    row.Set("SLIDE_HREF", SlideHref(session.id, i + 1));
  }
  if (session.agreements.empty()) content.Show("NO_AGREEMENTS");
  for (const auto& agreement : session.agreements) {
    auto& row = content.AddSection("AGREEMENT");
    row.Set("AGREEMENT_TEXT", agreement.text);
    row.Set("AGREEMENT_ID", std::to_string(agreement.id));
    if (agreement.activity) {
      auto& activity = row.AddSection("AGREEMENT_ACTIVITY");
      activity.Set("ACTIVITY_HREF", ActivityInPlanHref(session.unit, *agreement.activity));
      activity.Set("ACTIVITY_TITLE", agreement.activity->title);
      activity.Set("ACTIVITY_STATUS", std::string(domain::ActivityStatusLabel(agreement.activity->status)));
      activity.Set("ACTIVITY_PLANNED_ON", domain::FormatDate(agreement.activity->planned_on));
    } else if (details.can_edit) {
      row.AddSection("AGREEMENT_CONVERT").Set("CONVERT_HREF", AgreementActivityHref(session.id, agreement.id));
      row.AddSection("AGREEMENT_REMOVE")
          .Set("REMOVE_ACTION", SessionHref(session.id) + "/aftaler/" + std::to_string(agreement.id) + "/fjern");
    }
  }
  if (details.can_edit) AddSessionForms(services, content.AddSection("CAN_EDIT"), session, state);
  const bool failed = state.record_error != nullptr || state.agreement_error != nullptr;
  return services.pages.Render(context, session.title + (failed ? " (fejl)" : ""), "dialogue/dialogue_session.tpl",
                               content, status);
}

// A card of the card view, or (after the last card) the agreements with their form; after a refused
// agreement the form keeps what was typed and says what is wrong, in the card view itself.
struct SlideAgreementState {
  std::string text;
  const app::Error* error = nullptr;
};

Response RenderSlideOf(const PageServices& services, RequestContext& context, const app::SessionDetails& details_value,
                       std::size_t slide, const SlideAgreementState& agreement_state = {}, int status = 200) {
  const auto* details = &details_value;
  const auto id = details->session.id;
  const auto& session = details->session;
  const auto total = session.cards.size();
  // The slide after the last card collects the agreements.
  if (slide > total + 1) return services.pages.Error(context, 404, "Sessionen har ikke så mange kort.");
  View content;
  content.Set("SESSION_TITLE", session.title);
  content.Set("SESSION_HREF", SessionHref(id));
  content.Set("SLIDE_NUMBER", std::to_string(slide));
  content.Set("SLIDE_TOTAL", std::to_string(total));
  if (slide > 1) content.AddSection("PREVIOUS").Set("PREVIOUS_HREF", SlideHref(id, slide - 1));
  if (slide <= total) {
    content.AddSection("NEXT").Set("NEXT_HREF", SlideHref(id, slide + 1));
    auto& card = content.AddSection("SLIDE_CARD");
    SetCardText(card, session.cards[slide - 1].text);
    card.Set("SLIDE_NUMBER", std::to_string(slide));
    card.Set("SLIDE_TOTAL", std::to_string(total));
  } else {
    auto& end = content.AddSection("SLIDE_AGREEMENTS");
    if (session.agreements.empty()) end.Show("NO_AGREEMENTS");
    for (const auto& agreement : session.agreements) end.AddSection("AGREEMENT").Set("AGREEMENT_TEXT", agreement.text);
    if (details->can_edit) {
      auto& form = end.AddSection("CAN_EDIT");
      form.Set("AGREEMENT_ACTION", SessionHref(id) + "/aftaler");
      form.Set("MAX_AGREEMENT", domain::FormatInteger(static_cast<long long>(app::kMaxAgreement)));
      form.Set("AGREEMENT_TEXT", agreement_state.text);
      if (agreement_state.error != nullptr) {
        const auto& error = *agreement_state.error;
        form.AddSection("AGREEMENT_ERROR")
            .Set("MESSAGE", error.field_errors.empty() ? error.message : error.field_errors.front().message);
      }
    }
  }
  const auto title = slide <= total
                         ? fmt::format("Kort {} af {}: {}", slide, total, session.cards[slide - 1].text.title)
                         : "Aftaler: " + session.title;
  return services.pages.RenderPresentation(context, agreement_state.error != nullptr ? title + " (fejl)" : title,
                                           "dialogue/dialogue_slide.tpl", content, status);
}

Response RenderSlide(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto details = services.Get<app::DialogueService>().Session(organisation, context.params.Int("id"));
  if (!details) return Failure(services, context, details.error());
  return RenderSlideOf(services, context, details.value(), static_cast<std::size_t>(context.params.Int("n")));
}

// The agreement as an activity in the unit's plan: the activity form, started from the agreement.
Response RenderAgreementActivity(const PageServices& services, RequestContext& context,
                                 const app::AgreementActivityPage& page, const app::ActivityInput& input,
                                 const app::Error* error = nullptr, PersonSearch search = {}) {
  const auto& session = page.session.session;
  const auto session_href = SessionHref(session.id);
  View content;
  ActivityFormModel model;
  model.heading = "Gør aftalen til en aktivitet";
  const auto unit_name = page.session.unit != nullptr ? page.session.unit->name : std::string("enheden");
  model.lead = page.round ? "Aktiviteten kommer i planen for " + unit_name + ", " + page.round->round.fields.name + "."
                          : std::string();
  if (page.session.unit != nullptr) {
    model.breadcrumbs.emplace_back(unit_name, "/organisation/enheder/" + std::to_string(page.session.unit->id));
    model.breadcrumbs.emplace_back("Dialogsessioner", UnitSessionsHref(page.session.unit->id));
  }
  model.breadcrumbs.emplace_back(session.title, session_href);
  model.action = AgreementActivityHref(session.id, page.agreement.id);
  model.submit_label = "Gør til aktivitet";
  model.cancel_href = session_href + "#aftaler";
  model.quote = page.agreement.text;
  model.choices = page.responsible_choices;
  model.search = std::move(search);
  model.snapshot = services.Get<app::OrganisationService>().Current();
  if (!page.round) {
    model.unavailable =
        "Der er ingen aktiveringsrunde endnu, så aftalen kan ikke komme i en plan. Koncernledelsen opretter "
        "runderne; aftalen står i sessionen så længe.";
  }
  SetActivityForm(content, model, input, FieldErrorsOf(error));
  if (error != nullptr) AddFormError(content, *error, "Aktiviteten blev ikke oprettet");
  return services.pages.Render(context, FormTitle(model.heading, error), "activation/activation_activity_form.tpl",
                               content, FormStatus(error));
}

// ---- the handlers

// Only editors for the whole region change the library; the route admits them, the service decides.
std::optional<Response> RefuseLibraryEdit(const PageServices& services, RequestContext& context,
                                          const app::OrganisationContext& organisation) {
  if (services.Get<app::DialogueService>().CanEditLibrary(organisation)) return std::nullopt;
  return services.pages.Error(context, 403, "Kun redaktører for hele regionen kan ændre biblioteket.");
}

Response ShowNewCard(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  if (auto refused = RefuseLibraryEdit(services, context, organisation)) return std::move(*refused);
  CardFormState state;
  state.input.kind = "kort";
  return RenderCardForm(services, context, state);
}

Response SubmitNewCard(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  CardFormState state;
  state.input = CardInputFrom(context.Form());
  return FinishForm<app::DialogueCardId>(
      services, context,
      services.Get<app::DialogueService>().CreateCard(organisation, state.input, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderCardForm(services, context, state, &error); },
      [&](const app::DialogueCardId& id) {
        return RedirectWithFlash(CardHref(id), "dialogue-card-saved", services.secure_cookies);
      });
}

Response ShowCardEdit(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  if (auto refused = RefuseLibraryEdit(services, context, organisation)) return std::move(*refused);
  const auto card = services.Get<app::DialogueService>().Card(organisation, context.params.Int("id"));
  if (!card) return Failure(services, context, card.error());
  CardFormState state;
  state.id = card->id;
  state.revision = card->revision;
  state.input = {std::string(domain::DialogueCardKindCode(card->kind)),
                 std::string(domain::DialogueTopicCode(card->topic)), card->title, card->body};
  return RenderCardForm(services, context, state);
}

Response SubmitCardEdit(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  const auto& form = context.Form();
  const auto revision = Revision(form);
  if (!revision) return services.pages.Error(context, 400);
  CardFormState state;
  state.id = context.params.Int("id");
  state.input = CardInputFrom(form);
  state.revision = *revision;
  return FinishForm<app::Unit>(
      services, context,
      services.Get<app::DialogueService>().UpdateCard(organisation, *state.id, *revision, state.input,
                                                      context.request.remote_address),
      [&](const app::Error& error, int) { return RenderCardForm(services, context, state, &error); },
      [&](const app::Unit&) {
        return RedirectWithFlash(CardHref(*state.id), "dialogue-card-saved", services.secure_cookies);
      });
}

Response SubmitCardArchive(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  const auto& form = context.Form();
  const auto revision = Revision(form);
  if (!revision) return services.pages.Error(context, 400);
  const auto id = context.params.Int("id");
  const bool archive = form.Get("archived") == "1";
  return FinishForm<app::Unit>(
      services, context,
      services.Get<app::DialogueService>().SetCardArchived(organisation, id, *revision, archive,
                                                           context.request.remote_address),
      [&](const app::Error& error, int) { return Failure(services, context, error); },
      [&](const app::Unit&) {
        return RedirectWithFlash(CardHref(id), archive ? "dialogue-card-archived" : "dialogue-card-restored",
                                 services.secure_cookies);
      });
}

Response ShowNewSession(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto unit = services.Get<app::DialogueService>().SessionsOf(organisation, context.params.Int("id"));
  if (!unit) return Failure(services, context, unit.error());
  if (!unit->can_edit) {
    return services.pages.Error(context, 403,
                                "Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan planlægge en "
                                "dialogsession for enheden.");
  }
  NewSessionState state;
  state.input.planned_on = domain::FormatIsoDate(services.Get<app::DialogueService>().Today());
  for (const auto& id : FormData::Parse(context.request.query).value_or(FormData{}).GetAll("kort")) {
    state.input.card_ids.push_back(id);
  }
  return RenderNewSession(services, context, organisation, unit.value(), state);
}

Response SubmitNewSession(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto unit_id = context.params.Int("id");
  const auto& form = context.Form();
  NewSessionState state;
  state.input = {form.Get("title"), form.Get("planned_on"), form.Get("participants"), form.GetAll("card")};
  return FinishForm<app::DialogueSessionId>(
      services, context,
      services.Get<app::DialogueService>().CreateSession(organisation, unit_id, state.input,
                                                         context.request.remote_address),
      [&](const app::Error& error, int) {
        const auto unit = services.Get<app::DialogueService>().SessionsOf(organisation, unit_id);
        if (!unit) return Failure(services, context, unit.error());
        return RenderNewSession(services, context, organisation, unit.value(), state, &error);
      },
      [&](const app::DialogueSessionId& id) {
        return RedirectWithFlash(SessionHref(id), "dialogue-session-created", services.secure_cookies);
      });
}

Response ShowSession(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto details = services.Get<app::DialogueService>().Session(organisation, context.params.Int("id"));
  if (!details) return Failure(services, context, details.error());
  return RenderSession(services, context, details.value(), {}, 200);
}

Response DownloadSessionCalendar(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto details = services.Get<app::DialogueService>().Session(organisation, context.params.Int("id"));
  if (!details) return Failure(services, context, details.error());
  return CalendarFileResponse(services.Get<app::OutboundMail>(), app::SessionEvent(details->session, *details->unit),
                              "dialogsession-" + std::to_string(details->session.id));
}

Response SubmitSession(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  const auto revision = Revision(form);
  if (!revision) return services.pages.Error(context, 400);
  SessionFormState state;
  state.input = app::SessionRecordInput{form.Get("title"),       form.Get("planned_on"), form.Get("participants"),
                                        form.Get("held") == "1", form.Get("held_on"),    form.Get("notes")};
  state.revision = *revision;
  auto& dialogue = services.Get<app::DialogueService>();
  return FinishForm<app::Unit>(
      services, context,
      dialogue.UpdateSession(organisation, id, *revision, *state.input, context.request.remote_address),
      [&](const app::Error& error, int status) {
        const auto details = dialogue.Session(organisation, id);
        if (!details) return Failure(services, context, details.error());
        state.record_error = &error;
        // After a conflict the form is sent again against the current revision, on purpose.
        if (error.kind == app::ErrorKind::Conflict) state.revision = details->session.revision;
        return RenderSession(services, context, details.value(), state, status);
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(SessionHref(id), "dialogue-session-saved", services.secure_cookies);
      });
}

Response SubmitAgreement(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  const auto& form = context.Form();
  const auto text = form.Get("agreement");
  auto& dialogue = services.Get<app::DialogueService>();
  return FinishForm<app::DialogueAgreementId>(
      services, context, dialogue.AddAgreement(organisation, id, text, context.request.remote_address),
      [&](const app::Error& error, int status) {
        const auto details = dialogue.Session(organisation, id);
        if (!details) return Failure(services, context, details.error());
        if (form.Get("return") == "vis" && error.kind == app::ErrorKind::Invalid) {
          // From the card view: the mistake is shown there, where the group is looking.
          return RenderSlideOf(services, context, details.value(), details->session.cards.size() + 1, {text, &error},
                               status);
        }
        SessionFormState state;
        state.agreement_text = text;
        state.agreement_error = &error;
        return RenderSession(services, context, details.value(), state, status);
      },
      [&](const app::DialogueAgreementId&) {
        if (form.Get("return") == "vis") {
          const auto details = dialogue.Session(organisation, id);
          const auto total = details ? details->session.cards.size() : 0;
          return RedirectWithFlash(SlideHref(id, total + 1), "dialogue-agreement-added", services.secure_cookies);
        }
        return RedirectWithFlash(SessionHref(id) + "#aftaler", "dialogue-agreement-added", services.secure_cookies);
      });
}

Response SubmitAgreementRemoval(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  return FinishForm<app::Unit>(
      services, context,
      services.Get<app::DialogueService>().RemoveAgreement(organisation, id, context.params.Int("agreement"),
                                                           context.request.remote_address),
      [&](const app::Error& error, int) { return Failure(services, context, error); },
      [&](const app::Unit&) {
        return RedirectWithFlash(SessionHref(id) + "#aftaler", "dialogue-agreement-removed", services.secure_cookies);
      });
}

Response ShowAgreement(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto agreement = context.params.Int("agreement");
  const auto session = services.Get<app::DialogueService>().SessionOfAgreement(organisation, agreement);
  if (!session) return Failure(services, context, session.error());
  return Response::Redirect(SessionHref(session.value()) + "#aftale-" + std::to_string(agreement));
}

Response ShowAgreementActivity(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto page = services.Get<app::DialogueService>().AgreementActivityForm(organisation, context.params.Int("id"),
                                                                               context.params.Int("agreement"));
  if (!page) return Failure(services, context, page.error());
  if (page->agreement.activity) {
    return Response::Redirect(ActivityInPlanHref(page->session.session.unit, *page->agreement.activity));
  }
  return RenderAgreementActivity(services, context, page.value(), page->suggestion);
}

Response SubmitAgreementActivity(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  const auto agreement = context.params.Int("agreement");
  const auto& form = context.Form();
  const app::ActivityInput input{form.Get("kind"),        form.Get("title"),
                                 form.Get("planned_on"),  form.Get("responsible_person"),
                                 form.Get("responsible"), form.Get("participants")};
  auto& dialogue = services.Get<app::DialogueService>();
  if (auto search = PersonSearchOf(form, organisation.organisation()); search.requested) {
    const auto page = dialogue.AgreementActivityForm(organisation, id, agreement);
    if (!page) return Failure(services, context, page.error());
    return RenderAgreementActivity(services, context, page.value(), input, nullptr, std::move(search));
  }
  return FinishForm<app::PlacedActivity>(
      services, context, dialogue.MakeActivity(organisation, id, agreement, input, context.request.remote_address),
      [&](const app::Error& error, int) {
        const auto page = dialogue.AgreementActivityForm(organisation, id, agreement);
        if (!page) return Failure(services, context, page.error());
        return RenderAgreementActivity(services, context, page.value(), input, &error);
      },
      [&](const app::PlacedActivity& made) {
        return RedirectWithFlash(ActivityInPlanHref(made.unit, made.round, made.id), "dialogue-agreement-activity",
                                 services.secure_cookies);
      });
}

// The unit page's part: how many dialogue sessions the unit has held and how many agreements they
// made, with a link to them, for those who may read them.
void AddUnitPagePart(const PageServices& services, const app::OrganisationContext& organisation,
                     const domain::Unit& unit, std::vector<UnitPagePart>& parts) {
  const auto sessions = services.Get<app::DialogueService>().SessionsOf(organisation, unit.id);
  if (!sessions) return;
  long long held = 0;
  long long agreements = 0;
  for (const auto& session : sessions->sessions) {
    if (session.held_on) ++held;
    agreements += session.agreements;
  }
  UnitPagePart part;
  part.heading = "Dialogsessioner";
  part.text = sessions->sessions.empty()
                  ? std::string("Enheden har ikke planlagt nogen dialogsessioner endnu.")
                  : "Enheden har holdt " + domain::CountOf(held, "dialogsession", "dialogsessioner") + " med " +
                        domain::CountOf(agreements, "aftale", "aftaler") + ".";
  part.links.push_back({"Se dialogsessionerne og aftalerne", UnitSessionsHref(unit.id)});
  parts.push_back(std::move(part));
}

}  // namespace

// A unit's dialogue sessions belong to Dialogværktøjer.
constexpr std::array<std::string_view, 1> kDialogueElsewhere{"/organisation/enheder/*/dialog"};

void RegisterDialoguePages(PageModule& module) {
  module.shell.AddUnitPageContributor(&AddUnitPagePart);
  module.shell.AddNavigation(
      {"/dialog", "Dialogværktøjer",
       "Spørgsmålskort og cases om værdierne og forventningerne, og dialogsessioner i jeres enhed.", app::kSignedIn,
       &kFoundationSection, 60, kDialogueElsewhere});
  module.shell.AddFlash({"dialogue-card-saved", "success", "Kortet er gemt i dialogbiblioteket."});
  module.shell.AddFlash(
      {"dialogue-card-archived", "success",
       "Kortet er arkiveret. Det kan ikke længere vælges til nye sessioner, men står stadig i de sessioner, "
       "der har brugt det."});
  module.shell.AddFlash({"dialogue-card-restored", "success", "Kortet er gendannet og kan igen vælges til sessioner."});
  module.shell.AddFlash({"dialogue-session-created", "success",
                         "Dialogsessionen er oprettet. Når I holder den, kan du vise kortene i fuld skærm herfra."});
  module.shell.AddFlash({"dialogue-session-saved", "success", "Sessionens oplysninger er gemt."});
  module.shell.AddFlash({"dialogue-agreement-added", "success", "Aftalen er gemt."});
  module.shell.AddFlash({"dialogue-agreement-removed", "success", "Aftalen er fjernet."});
  module.shell.AddFlash(
      {"dialogue-agreement-activity", "success",
       "Aftalen er nu en aktivitet i enhedens plan. Marker den som gennemført her, når den er holdt."});
  const auto edit_library = app::Requires(app::kEditFoundationContent);

  module.Get("/dialog", app::kSignedIn, &RenderLibrary);
  module.Get("/dialog/kort/ny", edit_library, &ShowNewCard);
  module.Post("/dialog/kort/ny", edit_library, &SubmitNewCard);
  module.Get("/dialog/kort/{id:int}", app::kSignedIn, &RenderCard);
  module.Get("/dialog/kort/{id:int}/rediger", edit_library, &ShowCardEdit);
  module.Post("/dialog/kort/{id:int}/rediger", edit_library, &SubmitCardEdit);
  module.Post("/dialog/kort/{id:int}/arkiv", edit_library, &SubmitCardArchive);
  module.Get("/organisation/enheder/{id:int}/dialog", app::kSignedIn, &RenderUnitSessions);
  module.Get("/organisation/enheder/{id:int}/dialog/ny", app::kSignedIn, &ShowNewSession);
  module.Post("/organisation/enheder/{id:int}/dialog/ny", app::kSignedIn, &SubmitNewSession);
  module.Get("/dialog/sessioner/{id:int}", app::kSignedIn, &ShowSession);
  module.Post("/dialog/sessioner/{id:int}", app::kSignedIn, &SubmitSession);
  module.Get("/dialog/sessioner/{id:int}/kalender.ics", app::kSignedIn, &DownloadSessionCalendar);
  module.Post("/dialog/sessioner/{id:int}/aftaler", app::kSignedIn, &SubmitAgreement);
  module.Post("/dialog/sessioner/{id:int}/aftaler/{agreement:int}/fjern", app::kSignedIn, &SubmitAgreementRemoval);
  module.Get("/dialog/aftaler/{agreement:int}", app::kSignedIn, &ShowAgreement);
  module.Get("/dialog/sessioner/{id:int}/aftaler/{agreement:int}/aktivitet", app::kSignedIn, &ShowAgreementActivity);
  module.Post("/dialog/sessioner/{id:int}/aftaler/{agreement:int}/aktivitet", app::kSignedIn, &SubmitAgreementActivity);
  module.Get("/dialog/sessioner/{id:int}/vis/{n:int}", app::kSignedIn, &RenderSlide);
}

}  // namespace lp::web
