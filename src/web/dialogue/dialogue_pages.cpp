// The dialogue tools: the card and case library (/dialog), a unit's dialogue sessions
// (/organisation/enheder/{id}/dialog), a session's record and agreements (/dialog/sessioner/{id}) and
// its full-screen card view for the meeting room (/dialog/sessioner/{id}/vis/{n}).
#include <fmt/format.h>

#include <algorithm>

#include "app/dialogue/dialogue_service.hpp"
#include "app/foundation/foundation_access.hpp"
#include "app/organisation/organisation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/activation/activity_form.hpp"
#include "web/dialogue/dialogue_pages.hpp"
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
    option.Set("OPTION_LABEL",
               fmt::format("{}: {}", domain::DialogueTopicGroup(topic), domain::DialogueTopicLabel(topic)));
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
  const app::Error* error = nullptr;
};

Response RenderCardForm(const PageServices& services, RequestContext& context, const CardFormState& state, int status) {
  View content;
  const bool is_new = !state.id;
  content.Set("FORM_ACTION", is_new ? std::string("/dialog/kort/ny") : CardHref(*state.id) + "/rediger");
  content.Set("FORM_HEADING", is_new ? "Nyt kort" : "Rediger kort");
  content.Set("CANCEL_HREF", is_new ? std::string("/dialog") : CardHref(*state.id));
  if (!is_new) content.AddSection("EXISTING").Set("REVISION", std::to_string(state.revision));
  content.Set("TITLE_VALUE", state.input.title);
  content.Set("BODY_VALUE", state.input.body);
  content.Set("MAX_TITLE", std::to_string(app::kMaxCardTitle));
  content.Set("MAX_BODY", domain::FormatInteger(static_cast<long long>(app::kMaxCardBody)));
  for (const auto kind : {domain::DialogueCardKind::Question, domain::DialogueCardKind::Case}) {
    auto& option = content.AddSection("KIND_OPTION");
    option.Set("OPTION_VALUE", std::string(domain::DialogueCardKindCode(kind)));
    option.Set("OPTION_LABEL", std::string(domain::DialogueCardKindLabel(kind)));
    option.Set("OPTION_ID", "kind-" + std::string(domain::DialogueCardKindCode(kind)));
    if (state.input.kind == domain::DialogueCardKindCode(kind)) option.Show("OPTION_SELECTED");
  }
  AddTopicOptions(content, state.input.topic, "TOPIC_OPTION");
  if (state.error != nullptr) {
    ShowFormErrors(content, *state.error);
    if (state.error->kind == app::ErrorKind::Conflict && state.id) {
      content.AddSection("CONFLICT").Set("CURRENT_HREF", CardHref(*state.id));
    }
  }
  if (!state.input.body.empty()) content.AddSection("PREVIEW").Set("PREVIEW_HTML", RenderMarkdown(state.input.body));
  const std::string title = std::string(is_new ? "Nyt kort" : "Rediger kort") + (state.error ? " (fejl)" : "");
  return services.pages.Render(context, title, "dialogue/dialogue_card_form.tpl", content, status);
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
  const app::Error* error = nullptr;
};

Response RenderNewSession(const PageServices& services, RequestContext& context,
                          const app::OrganisationContext& organisation, const app::UnitSessions& unit,
                          const NewSessionState& state, int status) {
  View content;
  SetUnitCrumb(content, *unit.unit);
  content.Set("FORM_ACTION", UnitSessionsHref(unit.unit->id) + "/ny");
  content.Set("TITLE_VALUE", state.input.title);
  content.Set("PLANNED_ON_VALUE", state.input.planned_on);
  content.Set("PARTICIPANTS_VALUE", state.input.participants);
  content.Set("MAX_CARDS", std::to_string(app::kMaxCardsPerSession));
  AddTopicGroups(content, services.Get<app::DialogueService>().Library(organisation), std::nullopt,
                 state.input.card_ids, true);
  if (state.error != nullptr) ShowFormErrors(content, *state.error);
  return services.pages.Render(context, std::string("Ny dialogsession") + (state.error ? " (fejl)" : ""),
                               "dialogue/dialogue_session_new.tpl", content, status);
}

struct SessionFormState {
  std::optional<app::SessionRecordInput> input;  // what was typed, when re-shown after an error
  int revision = 0;
  const app::Error* record_error = nullptr;
  std::string agreement_text;
  const app::Error* agreement_error = nullptr;
};

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
  if (!session.notes.empty()) content.AddSection("NOTES").Set("NOTES_HTML", RenderMarkdown(session.notes));
  content.Set("PRESENT_HREF", SlideHref(session.id, 1));
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
  if (details.can_edit) {
    auto& edit = content.AddSection("CAN_EDIT");
    edit.Set("SESSION_ACTION", SessionHref(session.id));
    edit.Set("AGREEMENT_ACTION", SessionHref(session.id) + "/aftaler");
    edit.Set("REVISION", std::to_string(state.input ? state.revision : session.revision));
    const auto input = state.input.value_or(app::SessionRecordInput{
        session.title, domain::FormatIsoDate(session.planned_on), session.participants, session.held_on.has_value(),
        session.held_on ? domain::FormatIsoDate(*session.held_on) : std::string(), session.notes});
    edit.Set("TITLE_VALUE", input.title);
    edit.Set("PLANNED_ON_VALUE", input.planned_on);
    edit.Set("PARTICIPANTS_VALUE", input.participants);
    edit.Set("HELD_ON_VALUE", input.held_on.empty()
                                  ? domain::FormatIsoDate(services.Get<app::DialogueService>().Today())
                                  : input.held_on);
    if (input.held) edit.Show("HELD_CHECKED");
    edit.Set("NOTES_VALUE", input.notes);
    edit.Set("AGREEMENT_VALUE", state.agreement_text);
    edit.Set("MAX_AGREEMENT", domain::FormatInteger(static_cast<long long>(app::kMaxAgreement)));
    // The errors live in CAN_EDIT, where the forms are; only one of the two forms is sent at a time.
    if (state.record_error != nullptr) {
      ShowFormErrors(edit, *state.record_error);
      if (state.record_error->kind == app::ErrorKind::Conflict) {
        edit.AddSection("CONFLICT").Set("CURRENT_HREF", SessionHref(session.id));
      }
    }
    if (state.agreement_error != nullptr) ShowFormErrors(edit, *state.agreement_error);
  }
  const bool failed = state.record_error != nullptr || state.agreement_error != nullptr;
  return services.pages.Render(context, session.title + (failed ? " (fejl)" : ""), "dialogue/dialogue_session.tpl",
                               content, status);
}

Response RenderSlide(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto id = context.params.Int("id");
  const auto details = services.Get<app::DialogueService>().Session(organisation, id);
  if (!details) return Failure(services, context, details.error());
  const auto& session = details->session;
  const auto slide = static_cast<std::size_t>(context.params.Int("n"));
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
    }
  }
  const auto title = slide <= total
                         ? fmt::format("Kort {} af {}: {}", slide, total, session.cards[slide - 1].text.title)
                         : "Aftaler: " + session.title;
  return services.pages.RenderPresentation(context, title, "dialogue/dialogue_slide.tpl", content);
}

// The agreement as an activity in the unit's plan: the activity form, started from the agreement.
Response RenderAgreementActivity(const PageServices& services, RequestContext& context,
                                 const app::AgreementActivityPage& page, const app::ActivityInput& input,
                                 const app::Error* error, int status) {
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
  if (!page.round) {
    model.unavailable =
        "Der er ingen aktiveringsrunde endnu, så aftalen kan ikke komme i en plan. Koncernledelsen opretter "
        "runderne; aftalen står i sessionen så længe.";
  }
  SetActivityForm(content, model, input, FieldErrorsOf(error));
  if (error != nullptr) AddFormError(content, *error, "Aktiviteten blev ikke oprettet");
  const auto title = error != nullptr ? model.heading + " (fejl)" : model.heading;
  return services.pages.Render(context, title, "activation/activation_activity_form.tpl", content, status);
}

}  // namespace

void RegisterDialoguePages(PageModule& module) {
  Router& router = module.router;
  const PageServices& services = module.services;
  module.shell.AddNavigation(
      {"/dialog", "Dialogværktøjer",
       "Spørgsmålskort og cases om værdierne og forventningerne, og dialogsessioner i jeres enhed.", app::kSignedIn,
       &kFoundationSection, 60});
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

  router.Add({Method::Get, "/dialog/kort/ny", edit_library, [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
                if (!services.Get<app::DialogueService>().CanEditLibrary(organisation)) {
                  return services.pages.Error(context, 403, "Kun redaktører for hele regionen kan ændre biblioteket.");
                }
                CardFormState state;
                state.input.kind = "kort";
                return RenderCardForm(services, context, state, 200);
              }});
  router.Add({Method::Post, "/dialog/kort/ny", edit_library, [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
                CardFormState state;
                state.input = CardInputFrom(context.Form());
                const auto created = services.Get<app::DialogueService>().CreateCard(organisation, state.input,
                                                                                     context.request.remote_address);
                if (!created) {
                  if (created.error().kind == app::ErrorKind::Forbidden)
                    return Failure(services, context, created.error());
                  state.error = &created.error();
                  return RenderCardForm(services, context, state, StatusFor(created.error().kind));
                }
                return RedirectWithFlash(CardHref(created.value()), "dialogue-card-saved", services.secure_cookies);
              }});

  module.Get("/dialog/kort/{id:int}", app::kSignedIn, &RenderCard);

  router.Add({Method::Get, "/dialog/kort/{id:int}/rediger", edit_library, [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
                if (!services.Get<app::DialogueService>().CanEditLibrary(organisation)) {
                  return services.pages.Error(context, 403, "Kun redaktører for hele regionen kan ændre biblioteket.");
                }
                const auto card = services.Get<app::DialogueService>().Card(organisation, context.params.Int("id"));
                if (!card) return Failure(services, context, card.error());
                CardFormState state;
                state.id = card->id;
                state.revision = card->revision;
                state.input = {std::string(domain::DialogueCardKindCode(card->kind)),
                               std::string(domain::DialogueTopicCode(card->topic)), card->title, card->body};
                return RenderCardForm(services, context, state, 200);
              }});
  router.Add({Method::Post, "/dialog/kort/{id:int}/rediger", edit_library, [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
                const auto& form = context.Form();
                CardFormState state;
                state.id = context.params.Int("id");
                state.input = CardInputFrom(form);
                const auto revision = Revision(form);
                if (!revision) return services.pages.Error(context, 400);
                state.revision = *revision;
                const auto updated = services.Get<app::DialogueService>().UpdateCard(
                    organisation, *state.id, *revision, state.input, context.request.remote_address);
                if (!updated) {
                  const auto kind = updated.error().kind;
                  if (kind == app::ErrorKind::Forbidden || kind == app::ErrorKind::NotFound) {
                    return Failure(services, context, updated.error());
                  }
                  state.error = &updated.error();
                  return RenderCardForm(services, context, state, StatusFor(kind));
                }
                return RedirectWithFlash(CardHref(*state.id), "dialogue-card-saved", services.secure_cookies);
              }});
  router.Add({Method::Post, "/dialog/kort/{id:int}/arkiv", edit_library, [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
                const auto& form = context.Form();
                const auto revision = Revision(form);
                if (!revision) return services.pages.Error(context, 400);
                const auto id = context.params.Int("id");
                const bool archive = form.Get("archived") == "1";
                const auto result = services.Get<app::DialogueService>().SetCardArchived(
                    organisation, id, *revision, archive, context.request.remote_address);
                if (!result) return Failure(services, context, result.error());
                return RedirectWithFlash(CardHref(id), archive ? "dialogue-card-archived" : "dialogue-card-restored",
                                         services.secure_cookies);
              }});

  module.Get("/organisation/enheder/{id:int}/dialog", app::kSignedIn, &RenderUnitSessions);
  router.Add(
      {Method::Get, "/organisation/enheder/{id:int}/dialog/ny", app::kSignedIn, [services](RequestContext& context) {
         const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
         const auto unit = services.Get<app::DialogueService>().SessionsOf(organisation, context.params.Int("id"));
         if (!unit) return Failure(services, context, unit.error());
         if (!unit->can_edit) {
           return services.pages.Error(context, 403,
                                       "Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan "
                                       "planlægge en dialogsession for enheden.");
         }
         NewSessionState state;
         state.input.planned_on = domain::FormatIsoDate(services.Get<app::DialogueService>().Today());
         for (const auto& id : FormData::Parse(context.request.query).value_or(FormData{}).GetAll("kort")) {
           state.input.card_ids.push_back(id);
         }
         return RenderNewSession(services, context, organisation, unit.value(), state, 200);
       }});
  router.Add(
      {Method::Post, "/organisation/enheder/{id:int}/dialog/ny", app::kSignedIn, [services](RequestContext& context) {
         const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
         const auto unit_id = context.params.Int("id");
         const auto& form = context.Form();
         NewSessionState state;
         state.input = {form.Get("title"), form.Get("planned_on"), form.Get("participants"), form.GetAll("card")};
         const auto created = services.Get<app::DialogueService>().CreateSession(organisation, unit_id, state.input,
                                                                                 context.request.remote_address);
         if (!created) {
           const auto kind = created.error().kind;
           if (kind == app::ErrorKind::Forbidden || kind == app::ErrorKind::NotFound) {
             return Failure(services, context, created.error());
           }
           const auto unit = services.Get<app::DialogueService>().SessionsOf(organisation, unit_id);
           if (!unit) return Failure(services, context, unit.error());
           state.error = &created.error();
           return RenderNewSession(services, context, organisation, unit.value(), state, StatusFor(kind));
         }
         return RedirectWithFlash(SessionHref(created.value()), "dialogue-session-created", services.secure_cookies);
       }});

  router.Add({Method::Get, "/dialog/sessioner/{id:int}", app::kSignedIn, [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
                const auto details =
                    services.Get<app::DialogueService>().Session(organisation, context.params.Int("id"));
                if (!details) return Failure(services, context, details.error());
                return RenderSession(services, context, details.value(), {}, 200);
              }});
  router.Add({Method::Post, "/dialog/sessioner/{id:int}", app::kSignedIn, [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
                const auto id = context.params.Int("id");
                const auto& form = context.Form();
                const auto revision = Revision(form);
                if (!revision) return services.pages.Error(context, 400);
                SessionFormState state;
                state.input =
                    app::SessionRecordInput{form.Get("title"),       form.Get("planned_on"), form.Get("participants"),
                                            form.Get("held") == "1", form.Get("held_on"),    form.Get("notes")};
                state.revision = *revision;
                const auto updated = services.Get<app::DialogueService>().UpdateSession(
                    organisation, id, *revision, *state.input, context.request.remote_address);
                if (!updated) {
                  const auto kind = updated.error().kind;
                  if (kind == app::ErrorKind::Forbidden || kind == app::ErrorKind::NotFound) {
                    return Failure(services, context, updated.error());
                  }
                  const auto details = services.Get<app::DialogueService>().Session(organisation, id);
                  if (!details) return Failure(services, context, details.error());
                  state.record_error = &updated.error();
                  // After a conflict the form is sent again against the current revision, on purpose.
                  if (kind == app::ErrorKind::Conflict) state.revision = details->session.revision;
                  return RenderSession(services, context, details.value(), state, StatusFor(kind));
                }
                return RedirectWithFlash(SessionHref(id), "dialogue-session-saved", services.secure_cookies);
              }});
  router.Add(
      {Method::Post, "/dialog/sessioner/{id:int}/aftaler", app::kSignedIn, [services](RequestContext& context) {
         const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
         const auto id = context.params.Int("id");
         const auto& form = context.Form();
         const auto text = form.Get("agreement");
         const auto added =
             services.Get<app::DialogueService>().AddAgreement(organisation, id, text, context.request.remote_address);
         const bool from_slides = form.Get("return") == "vis";
         if (!added) {
           const auto kind = added.error().kind;
           if (kind == app::ErrorKind::Forbidden || kind == app::ErrorKind::NotFound) {
             return Failure(services, context, added.error());
           }
           const auto details = services.Get<app::DialogueService>().Session(organisation, id);
           if (!details) return Failure(services, context, details.error());
           SessionFormState state;
           state.agreement_text = text;
           state.agreement_error = &added.error();
           return RenderSession(services, context, details.value(), state, StatusFor(kind));
         }
         if (from_slides) {
           const auto details = services.Get<app::DialogueService>().Session(organisation, id);
           const auto total = details ? details->session.cards.size() : 0;
           return RedirectWithFlash(SlideHref(id, total + 1), "dialogue-agreement-added", services.secure_cookies);
         }
         return RedirectWithFlash(SessionHref(id) + "#aftaler", "dialogue-agreement-added", services.secure_cookies);
       }});
  router.Add({Method::Post, "/dialog/sessioner/{id:int}/aftaler/{agreement:int}/fjern", app::kSignedIn,
              [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
                const auto id = context.params.Int("id");
                const auto removed = services.Get<app::DialogueService>().RemoveAgreement(
                    organisation, id, context.params.Int("agreement"), context.request.remote_address);
                if (!removed) return Failure(services, context, removed.error());
                return RedirectWithFlash(SessionHref(id) + "#aftaler", "dialogue-agreement-removed",
                                         services.secure_cookies);
              }});
  router.Add({Method::Get, "/dialog/aftaler/{agreement:int}", app::kSignedIn, [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
                const auto agreement = context.params.Int("agreement");
                const auto session = services.Get<app::DialogueService>().SessionOfAgreement(organisation, agreement);
                if (!session) return Failure(services, context, session.error());
                return Response::Redirect(SessionHref(session.value()) + "#aftale-" + std::to_string(agreement));
              }});
  router.Add({Method::Get, "/dialog/sessioner/{id:int}/aftaler/{agreement:int}/aktivitet", app::kSignedIn,
              [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
                const auto page = services.Get<app::DialogueService>().AgreementActivityForm(
                    organisation, context.params.Int("id"), context.params.Int("agreement"));
                if (!page) return Failure(services, context, page.error());
                if (page->agreement.activity) {
                  return Response::Redirect(ActivityInPlanHref(page->session.session.unit, *page->agreement.activity));
                }
                return RenderAgreementActivity(services, context, page.value(), page->suggestion, nullptr, 200);
              }});
  router.Add({Method::Post, "/dialog/sessioner/{id:int}/aftaler/{agreement:int}/aktivitet", app::kSignedIn,
              [services](RequestContext& context) {
                const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
                const auto id = context.params.Int("id");
                const auto agreement = context.params.Int("agreement");
                const auto& form = context.Form();
                const app::ActivityInput input{form.Get("kind"),        form.Get("title"),
                                               form.Get("planned_on"),  form.Get("responsible_person"),
                                               form.Get("responsible"), form.Get("participants")};
                const auto made = services.Get<app::DialogueService>().MakeActivity(organisation, id, agreement, input,
                                                                                    context.request.remote_address);
                if (made) {
                  return RedirectWithFlash(ActivityInPlanHref(made->unit, made->round, made->id),
                                           "dialogue-agreement-activity", services.secure_cookies);
                }
                const auto kind = made.error().kind;
                if (kind == app::ErrorKind::Forbidden || kind == app::ErrorKind::NotFound) {
                  return Failure(services, context, made.error());
                }
                const auto page =
                    services.Get<app::DialogueService>().AgreementActivityForm(organisation, id, agreement);
                if (!page) return Failure(services, context, page.error());
                return RenderAgreementActivity(services, context, page.value(), input, &made.error(), StatusFor(kind));
              }});
  module.Get("/dialog/sessioner/{id:int}/vis/{n:int}", app::kSignedIn, &RenderSlide);
}

}  // namespace lp::web
