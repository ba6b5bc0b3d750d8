#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/activation/activation.hpp"
#include "domain/dialogue/dialogue.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

using DialogueCardId = std::int64_t;
using DialogueSessionId = std::int64_t;
using DialogueAgreementId = std::int64_t;

// A card or case of the library (tables dialogue_cards, migration 009).
struct DialogueCard {
  DialogueCardId id = 0;
  domain::DialogueCardKind kind = domain::DialogueCardKind::Question;
  std::string title;
  std::string body;  // Markdown
  domain::DialogueTopic topic = domain::DialogueTopic::Dialog;
  int position = 0;  // the library's order
  std::optional<domain::Timestamp> archived_at;
  int revision = 1;
  domain::Timestamp updated_at{};
};

struct DialogueCardText {
  domain::DialogueCardKind kind = domain::DialogueCardKind::Question;
  std::string title;
  std::string body;
  domain::DialogueTopic topic = domain::DialogueTopic::Dialog;
};

// A card as it was copied into a session.
struct DialogueSessionCard {
  std::optional<DialogueCardId> card;  // none once the library card is gone
  DialogueCardText text;
};

// The activity in a plan that an agreement became (plan_activities.source_agreement_id, migration 010).
struct AgreementActivity {
  std::int64_t id = 0;     // plan_activities.id
  std::int64_t round = 0;  // the round of its plan (the plan is the session unit's)
  std::string title;
  domain::ActivityStatus status = domain::ActivityStatus::Planned;
  std::chrono::year_month_day planned_on;

  friend bool operator==(const AgreementActivity&, const AgreementActivity&) = default;
};

struct DialogueAgreement {
  DialogueAgreementId id = 0;
  std::string text;
  domain::Timestamp created_at{};
  std::optional<AgreementActivity> activity;  // once it became an activity
};

struct DialogueSessionSummary {
  DialogueSessionId id = 0;
  domain::UnitId unit = 0;
  std::string title;
  std::chrono::year_month_day planned_on;
  std::optional<std::chrono::year_month_day> held_on;
  int cards = 0;
  int agreements = 0;
  int revision = 1;
  domain::Timestamp updated_at{};
};

struct DialogueSession {
  DialogueSessionId id = 0;
  domain::UnitId unit = 0;
  std::string title;
  std::chrono::year_month_day planned_on;
  std::string participants;
  std::optional<std::chrono::year_month_day> held_on;
  std::string notes;
  int revision = 1;
  std::optional<domain::UserId> created_by;
  domain::Timestamp created_at{};
  domain::Timestamp updated_at{};
  std::vector<DialogueSessionCard> cards;     // in the order they are shown
  std::vector<DialogueAgreement> agreements;  // oldest first
};

struct NewDialogueSession {
  domain::UnitId unit = 0;
  std::string title;
  std::chrono::year_month_day planned_on;
  std::string participants;
  std::vector<DialogueSessionCard> cards;
  std::optional<domain::UserId> created_by;
  domain::Timestamp created_at{};
};

// What a session's record says after it was held (or before: the plan can change).
struct DialogueSessionRecord {
  std::string title;
  std::chrono::year_month_day planned_on;
  std::string participants;
  std::optional<std::chrono::year_month_day> held_on;
  std::string notes;
};

// The dialogue card and case library, dialogue sessions and their agreements (issue 4).
class DialogueRepository {
 public:
  virtual ~DialogueRepository() = default;

  // ---- the library
  virtual long long CountCards() = 0;
  // Every card, archived ones included, in the library's order (position, then id).
  virtual std::vector<DialogueCard> Cards() = 0;
  virtual std::optional<DialogueCard> FindCard(DialogueCardId id) = 0;
  // Appends the card at the end of the library.
  virtual DialogueCardId CreateCard(const DialogueCardText& text, std::optional<domain::UserId> by,
                                    domain::Timestamp at) = 0;
  // Only when the card is still at `revision`: false (nothing written) when someone else saved since.
  virtual bool UpdateCard(DialogueCardId id, int revision, const DialogueCardText& text,
                          std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // Archives (with a moment) or restores (nullopt) a card, also guarded by its revision.
  virtual bool SetCardArchived(DialogueCardId id, int revision, std::optional<domain::Timestamp> archived_at,
                               std::optional<domain::UserId> by, domain::Timestamp at) = 0;

  // ---- sessions
  virtual DialogueSessionId CreateSession(const NewDialogueSession& session) = 0;
  virtual std::optional<DialogueSession> FindSession(DialogueSessionId id) = 0;
  // A unit's sessions, the newest planned first.
  virtual std::vector<DialogueSessionSummary> SessionsOfUnit(domain::UnitId unit) = 0;
  // Only when the session is still at `revision` (false otherwise, nothing written).
  virtual bool UpdateSession(DialogueSessionId id, int revision, const DialogueSessionRecord& record,
                             std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  virtual DialogueAgreementId AddAgreement(DialogueSessionId session, const std::string& text,
                                           std::optional<domain::UserId> by, domain::Timestamp at) = 0;
  // The session an agreement was made in.
  virtual std::optional<DialogueSessionId> SessionOfAgreement(DialogueAgreementId agreement) = 0;
  // False when the agreement is not the session's. Callers refuse agreements that became activities.
  virtual bool RemoveAgreement(DialogueSessionId session, DialogueAgreementId agreement) = 0;
};

}  // namespace lp::app
