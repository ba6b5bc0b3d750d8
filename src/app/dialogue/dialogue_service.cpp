#include "app/dialogue/dialogue_service.hpp"
#include "app/activation/activation_access.hpp"
#include "app/dialogue/dialogue_repository.hpp"
#include "app/foundation/foundation_access.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "app/platform/default_content.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

std::optional<long long> ParseId(std::string_view text) {
  long long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

std::optional<DialogueCardText> CheckCard(std::vector<FieldError>& errors, const CardInput& input) {
  DialogueCardText text;
  const auto kind = domain::ParseDialogueCardKind(input.kind);
  if (!kind) errors.push_back({"kind", "Vælg, om det er et spørgsmålskort eller en case."});
  const auto topic = domain::ParseDialogueTopic(input.topic);
  if (!topic) errors.push_back({"topic", "Vælg, hvad kortet handler om."});
  text.title = domain::CleanText(input.title);
  text.body = domain::CleanText(input.body);
  CheckText(errors, "title", text.title, {"titlen", kMaxCardTitle, "Skriv en titel."});
  CheckText(errors, "body", text.body, {"kortets tekst", kMaxCardBody, "Skriv kortets tekst."});
  if (!errors.empty()) return std::nullopt;
  text.kind = *kind;
  text.topic = *topic;
  return text;
}

Error CardConflict() {
  return Conflict(
      "En anden har ændret kortet, siden du åbnede det. Din tekst er bevaret herunder; se den nye udgave, og "
      "gem igen, hvis din ændring stadig skal med.");
}

Error SessionConflict() {
  return Conflict(
      "En anden har ændret sessionen, siden du åbnede den. Det, du skrev, er bevaret herunder; se de nye "
      "oplysninger, og gem igen, hvis din ændring stadig skal med.");
}

Error AlreadyAnActivity() {
  return Conflict("Aftalen er allerede blevet til en aktivitet i planen (måske af en anden lige nu). Se den i planen.");
}

const DialogueAgreement* FindAgreement(const DialogueSession& session, DialogueAgreementId id) {
  const auto found = std::find_if(session.agreements.begin(), session.agreements.end(),
                                  [id](const DialogueAgreement& agreement) { return agreement.id == id; });
  return found == session.agreements.end() ? nullptr : &*found;
}

}  // namespace

std::optional<DialogueCardText> ParseCardFile(std::string_view content) {
  auto titled = SplitTitle(content);
  if (titled.title.empty()) return std::nullopt;
  std::string_view rest = titled.body;
  std::optional<domain::DialogueCardKind> kind;
  std::optional<domain::DialogueTopic> topic;
  // Header lines "type: …" and "emne: …" until the first blank line.
  while (!rest.empty()) {
    const auto end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if (line.starts_with("type: ")) {
      kind = domain::ParseDialogueCardKind(line.substr(6));
      if (!kind) return std::nullopt;
    } else if (line.starts_with("emne: ")) {
      topic = domain::ParseDialogueTopic(line.substr(6));
      if (!topic) return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  const auto body = domain::CleanText(rest);
  if (!kind || !topic || body.empty()) return std::nullopt;
  return DialogueCardText{*kind, std::move(titled.title), body, *topic};
}

DialogueService::DialogueService(Store& store, ActivationService& activation, Clock clock)
    : store_(store), activation_(activation), clock_(std::move(clock)) {}

std::chrono::year_month_day DialogueService::Today() const { return domain::ToCopenhagenTime(clock_()).date; }

int DialogueService::LoadDefaultContent(Store& store, const Clock& clock) {
  return store.Write([&](Transaction& tx) {
    if (tx.Get<DialogueRepository>().CountCards() > 0) return 0;
    int loaded = 0;
    const auto now = clock();
    for (const auto& file : DefaultContentIn("dialogue")) {
      const auto card = ParseCardFile(file.content);
      if (!card) throw std::logic_error("the shipped dialogue card " + std::string(file.path) + " is malformed");
      tx.Get<DialogueRepository>().CreateCard(*card, std::nullopt, now);
      ++loaded;
    }
    tx.Get<AuditRepository>().Append({now, std::nullopt, "dialogue.library_loaded", "dialogue_cards", "",
                                      fmt::format("{} kort fra standardindholdet", loaded)});
    return loaded;
  });
}

void DialogueService::Audit(Transaction& tx, const OrganisationContext& context, std::string action,
                            std::string subject, const std::string& remote_address, std::string details) const {
  tx.Get<AuditRepository>().Append({clock_(),
                                    context.viewer.user ? std::optional(context.viewer.user->id) : std::nullopt,
                                    std::move(action), std::move(subject), remote_address, std::move(details)});
}

// ---- the library

bool DialogueService::CanEditLibrary(const OrganisationContext& context) const {
  return context.Reach(actions::kEditFoundationContent).Region();
}

std::vector<DialogueCard> DialogueService::Library(const OrganisationContext& context) const {
  auto cards = store_.Read([](Transaction& tx) { return tx.Get<DialogueRepository>().Cards(); });
  if (!CanEditLibrary(context))
    std::erase_if(cards, [](const DialogueCard& card) { return card.archived_at.has_value(); });
  return cards;
}

Result<DialogueCard> DialogueService::Card(const OrganisationContext& context, DialogueCardId id) const {
  auto card = store_.Read([&](Transaction& tx) { return tx.Get<DialogueRepository>().FindCard(id); });
  if (!card || (card->archived_at && !CanEditLibrary(context))) {
    return NotFound("Kortet findes ikke i biblioteket.");
  }
  return *card;
}

Result<DialogueCardId> DialogueService::CreateCard(const OrganisationContext& context, const CardInput& input,
                                                   const std::string& remote_address) {
  if (!CanEditLibrary(context)) return Forbidden("Kun redaktører for hele regionen kan ændre dialogbiblioteket.");
  std::vector<FieldError> errors;
  const auto text = CheckCard(errors, input);
  if (!text) return Invalid(std::move(errors));
  return store_.Write([&](Transaction& tx) {
    const auto id = tx.Get<DialogueRepository>().CreateCard(*text, context.viewer.user->id, clock_());
    Audit(tx, context, "dialogue.card_created", "dialogue_card:" + std::to_string(id), remote_address, text->title);
    return id;
  });
}

Result<Unit> DialogueService::UpdateCard(const OrganisationContext& context, DialogueCardId id, int revision,
                                         const CardInput& input, const std::string& remote_address) {
  if (!CanEditLibrary(context)) return Forbidden("Kun redaktører for hele regionen kan ændre dialogbiblioteket.");
  std::vector<FieldError> errors;
  const auto text = CheckCard(errors, input);
  if (!text) return Invalid(std::move(errors));
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    if (!tx.Get<DialogueRepository>().FindCard(id)) return NotFound("Kortet findes ikke i biblioteket.");
    if (!tx.Get<DialogueRepository>().UpdateCard(id, revision, *text, context.viewer.user->id, clock_()))
      return CardConflict();
    Audit(tx, context, "dialogue.card_updated", "dialogue_card:" + std::to_string(id), remote_address, text->title);
    return Unit{};
  });
}

Result<Unit> DialogueService::SetCardArchived(const OrganisationContext& context, DialogueCardId id, int revision,
                                              bool archived, const std::string& remote_address) {
  if (!CanEditLibrary(context)) return Forbidden("Kun redaktører for hele regionen kan ændre dialogbiblioteket.");
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    if (!tx.Get<DialogueRepository>().FindCard(id)) return NotFound("Kortet findes ikke i biblioteket.");
    const auto now = clock_();
    if (!tx.Get<DialogueRepository>().SetCardArchived(id, revision, archived ? std::optional(now) : std::nullopt,
                                                      context.viewer.user->id, now)) {
      return CardConflict();
    }
    Audit(tx, context, archived ? "dialogue.card_archived" : "dialogue.card_restored",
          "dialogue_card:" + std::to_string(id), remote_address, "");
    return Unit{};
  });
}

// ---- sessions

Result<UnitSessions> DialogueService::SessionsOf(const OrganisationContext& context, domain::UnitId unit) const {
  const auto* found = context.organisation().FindUnit(unit);
  if (found == nullptr) return UnknownUnit();
  const bool reads_all = context.Reach(actions::kReadUnitFoundation).CoversUnit(context.organisation(), unit);
  if (!reads_all && !context.Reach(actions::kReadUnitPlan).CoversUnit(context.organisation(), unit)) {
    return Forbidden(
        "Du kan ikke se enhedens dialogsessioner. Det kan enhedens egne medarbejdere og ledere, deres "
        "stedfortrædere og lederne over enheden.");
  }
  UnitSessions result;
  result.unit = found;
  result.agreements_only = !reads_all;
  result.can_edit = context.Reach(actions::kEditUnitFoundation).CoversUnit(context.organisation(), unit);
  result.sessions = store_.Read([&](Transaction& tx) { return tx.Get<DialogueRepository>().SessionsOfUnit(unit); });
  return result;
}

Result<DialogueSessionId> DialogueService::CreateSession(const OrganisationContext& context, domain::UnitId unit,
                                                         const SessionInput& input, const std::string& remote_address) {
  if (context.organisation().FindUnit(unit) == nullptr) return UnknownUnit();
  if (!context.Reach(actions::kEditUnitFoundation).CoversUnit(context.organisation(), unit)) {
    return Forbidden(
        "Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan planlægge en "
        "dialogsession for enheden.");
  }
  std::vector<FieldError> errors;
  NewDialogueSession session;
  session.unit = unit;
  session.title = domain::CleanText(input.title);
  session.participants = domain::CleanText(input.participants);
  CheckText(errors, "title", session.title, {"titlen", kMaxSessionTitle, "Skriv en titel."});
  const auto planned_on =
      CheckDay(errors, "planned_on", input.planned_on, {"datoen", kFirstSessionDay, kLastSessionDay});
  CheckText(errors, "participants", session.participants, {"deltagerne", kMaxParticipants});

  std::vector<DialogueCardId> picked;
  bool unreadable = false;
  for (const auto& text : input.card_ids) {
    const auto id = ParseId(text);
    if (!id) {
      unreadable = true;
      break;
    }
    if (std::find(picked.begin(), picked.end(), *id) == picked.end()) picked.push_back(*id);
  }
  if (unreadable) {
    errors.push_back({"cards", "Et af de valgte kort findes ikke. Vælg kortene igen."});
  } else if (picked.empty()) {
    errors.push_back({"cards", "Vælg mindst ét kort eller én case."});
  } else if (picked.size() > kMaxCardsPerSession) {
    errors.push_back({"cards", fmt::format("Vælg højst {} kort til én session; du har valgt {}.", kMaxCardsPerSession,
                                           picked.size())});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  session.planned_on = *planned_on;
  session.created_by = context.viewer.user->id;
  session.created_at = clock_();

  return store_.Write([&](Transaction& tx) -> Result<DialogueSessionId> {
    // The cards in the library's order, whatever order the form sent them in.
    for (const auto& card : tx.Get<DialogueRepository>().Cards()) {
      if (std::find(picked.begin(), picked.end(), card.id) == picked.end()) continue;
      if (card.archived_at) continue;
      session.cards.push_back({card.id, {card.kind, card.title, card.body, card.topic}});
    }
    if (session.cards.size() != picked.size()) {
      return Invalid({{"cards", "Et af de valgte kort findes ikke længere i biblioteket. Vælg kortene igen."}});
    }
    const auto id = tx.Get<DialogueRepository>().CreateSession(session);
    Audit(tx, context, "dialogue.session_created", "dialogue_session:" + std::to_string(id), remote_address,
          fmt::format("enhed {}, {} kort", unit, session.cards.size()));
    return id;
  });
}

Result<SessionDetails> DialogueService::Access(const OrganisationContext& context, DialogueSessionId id,
                                               bool edit) const {
  auto session = store_.Read([&](Transaction& tx) { return tx.Get<DialogueRepository>().FindSession(id); });
  if (!session) return NotFound("Dialogsessionen findes ikke.");
  const auto& organisation = context.organisation();
  SessionDetails details;
  details.unit = organisation.FindUnit(session->unit);
  details.can_edit =
      details.unit != nullptr && context.Reach(actions::kEditUnitFoundation).CoversUnit(organisation, session->unit);
  const bool can_read =
      details.unit != nullptr && context.Reach(actions::kReadUnitFoundation).CoversUnit(organisation, session->unit);
  const bool member =
      details.unit != nullptr && context.Reach(actions::kReadUnitPlan).CoversUnit(organisation, session->unit);
  if (!can_read && !details.can_edit && !member) {
    return Forbidden(
        "Du kan ikke se denne dialogsession. Det kan enhedens egne medarbejdere og ledere, deres stedfortrædere "
        "og lederne over enheden.");
  }
  details.agreements_only = !can_read && !details.can_edit;
  if (edit && !details.can_edit) {
    return Forbidden("Kun enhedens ledere, deres stedfortrædere, HR og administratorer kan ændre dialogsessionen.");
  }
  details.session = std::move(*session);
  return details;
}

Result<SessionDetails> DialogueService::Session(const OrganisationContext& context, DialogueSessionId id) const {
  return Access(context, id, false);
}

Result<Unit> DialogueService::UpdateSession(const OrganisationContext& context, DialogueSessionId id, int revision,
                                            const SessionRecordInput& input, const std::string& remote_address) {
  auto access = Access(context, id, true);
  if (!access) return access.error();
  std::vector<FieldError> errors;
  DialogueSessionRecord record;
  record.title = domain::CleanText(input.title);
  record.participants = domain::CleanText(input.participants);
  record.notes = domain::CleanText(input.notes);
  CheckText(errors, "title", record.title, {"titlen", kMaxSessionTitle, "Skriv en titel."});
  const auto planned_on =
      CheckDay(errors, "planned_on", input.planned_on, {"datoen", kFirstSessionDay, kLastSessionDay});
  CheckText(errors, "participants", record.participants, {"deltagerne", kMaxParticipants});
  if (input.held) {
    record.held_on = CheckDay(errors, "held_on", input.held_on,
                              {"datoen for afholdelsen", kFirstSessionDay, std::min(Today(), kLastSessionDay)});
  }
  CheckText(errors, "notes", record.notes, {"noterne", kMaxSessionNotes});
  if (!errors.empty()) return Invalid(std::move(errors));
  record.planned_on = *planned_on;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    if (!tx.Get<DialogueRepository>().UpdateSession(id, revision, record, context.viewer.user->id, clock_())) {
      return SessionConflict();
    }
    Audit(tx, context, "dialogue.session_updated", "dialogue_session:" + std::to_string(id), remote_address,
          record.held_on ? "afholdt" : "planlagt");
    return Unit{};
  });
}

Result<DialogueAgreementId> DialogueService::AddAgreement(const OrganisationContext& context, DialogueSessionId id,
                                                          const std::string& text, const std::string& remote_address) {
  auto access = Access(context, id, true);
  if (!access) return access.error();
  const auto cleaned = domain::CleanText(text);
  std::vector<FieldError> errors;
  CheckText(errors, "agreement", cleaned, {"aftalen", kMaxAgreement, "Skriv aftalen."});
  if (!errors.empty()) return Invalid(std::move(errors));
  return store_.Write([&](Transaction& tx) -> Result<DialogueAgreementId> {
    const auto session = tx.Get<DialogueRepository>().FindSession(id);
    if (!session) return NotFound("Dialogsessionen findes ikke.");
    if (session->agreements.size() >= kMaxAgreementsPerSession) {
      return Invalid({{"agreement", fmt::format("En session kan højst have {} aftaler. Saml nogle af dem, eller "
                                                "fjern dem, der ikke længere gælder.",
                                                kMaxAgreementsPerSession)}});
    }
    const auto agreement = tx.Get<DialogueRepository>().AddAgreement(id, cleaned, context.viewer.user->id, clock_());
    Audit(tx, context, "dialogue.agreement_added", "dialogue_session:" + std::to_string(id), remote_address,
          "aftale " + std::to_string(agreement));
    return agreement;
  });
}

Result<Unit> DialogueService::RemoveAgreement(const OrganisationContext& context, DialogueSessionId id,
                                              DialogueAgreementId agreement, const std::string& remote_address) {
  auto access = Access(context, id, true);
  if (!access) return access.error();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    const auto session = tx.Get<DialogueRepository>().FindSession(id);
    const auto* found = session ? FindAgreement(*session, agreement) : nullptr;
    if (found != nullptr && found->activity) {
      return Conflict(
          "Aftalen er blevet til en aktivitet i planen og bliver stående, så planen kan vise, hvor "
          "aktiviteten kom fra. Aflys aktiviteten i planen, hvis den ikke længere gælder.");
    }
    if (!tx.Get<DialogueRepository>().RemoveAgreement(id, agreement)) {
      return NotFound("Aftalen findes ikke (måske har en anden allerede fjernet den).");
    }
    Audit(tx, context, "dialogue.agreement_removed", "dialogue_session:" + std::to_string(id), remote_address,
          "aftale " + std::to_string(agreement));
    return Unit{};
  });
}

Result<DialogueSessionId> DialogueService::SessionOfAgreement(const OrganisationContext& context,
                                                              DialogueAgreementId agreement) const {
  const auto session =
      store_.Read([&](Transaction& tx) { return tx.Get<DialogueRepository>().SessionOfAgreement(agreement); });
  if (!session) return NotFound("Aftalen findes ikke.");
  auto access = Access(context, *session, false);
  if (!access) return access.error();
  return *session;
}

Result<AgreementActivityPage> DialogueService::AgreementActivityForm(const OrganisationContext& context,
                                                                     DialogueSessionId id,
                                                                     DialogueAgreementId agreement) const {
  auto access = Access(context, id, true);
  if (!access) return access.error();
  const auto* found = FindAgreement(access->session, agreement);
  if (found == nullptr) return NotFound("Aftalen findes ikke.");
  AgreementActivityPage page;
  page.agreement = *found;
  page.round = activation_.CurrentRound();
  page.responsible_choices = activation_.ResponsibleChoices(context, access->session.unit);
  page.suggestion.kind = std::string(domain::ActivityKindCode(domain::ActivityKind::Other));
  page.suggestion.title = domain::Abbreviate(domain::OneLine(found->text), kMaxActivationNameLength);
  page.suggestion.participants = domain::Abbreviate(access->session.participants, kMaxParticipantsLength);
  // The one who converts it is responsible unless they choose someone else (when they are offered).
  if (const auto* me = context.me();
      me != nullptr && std::find(page.responsible_choices.begin(), page.responsible_choices.end(), me) !=
                           page.responsible_choices.end()) {
    page.suggestion.responsible_person = std::to_string(me->id);
  }
  page.session = std::move(access.value());
  return page;
}

Result<PlacedActivity> DialogueService::MakeActivity(const OrganisationContext& context, DialogueSessionId id,
                                                     DialogueAgreementId agreement, const ActivityInput& input,
                                                     const std::string& remote_address) {
  auto access = Access(context, id, true);
  if (!access) return access.error();
  return store_.Write(
      [&](Transaction& tx) -> Result<PlacedActivity> {
        const auto session = tx.Get<DialogueRepository>().FindSession(id);
        const auto* found = session ? FindAgreement(*session, agreement) : nullptr;
        if (found == nullptr) return NotFound("Aftalen findes ikke (måske er den fjernet).");
        if (found->activity) return AlreadyAnActivity();
        auto activity = activation_.AddActivityIn(tx, context, session->unit, input, agreement, remote_address);
        if (!activity) return activity.error();
        Audit(tx, context, "dialogue.agreement_to_activity", "dialogue_session:" + std::to_string(id), remote_address,
              fmt::format("aftale {} blev aktivitet {}", agreement, activity->id));
        return activity.value();
      },
      // Someone converted it at the same moment (the unique index).
      AlreadyAnActivity());
}

}  // namespace lp::app
