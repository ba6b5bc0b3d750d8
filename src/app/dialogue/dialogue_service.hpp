#pragma once

// The dialogue tools of the leadership foundation (issue 4): the library of question cards and
// cases that editors keep, and the dialogue sessions a unit holds with them, with the agreements the
// participants make.
//
// Access (app/organisation_access): everyone signed in reads the library; editors with the whole
// region and administrators edit it (EditFoundationContent). A unit's sessions are read by those
// with ReadUnitFoundation on the unit and planned, held and recorded by those with
// EditUnitFoundation (its leaders, their delegates, HR in scope, administrators).

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/activation/activation_service.hpp"
#include "app/dialogue/dialogue_repository.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"

namespace lp::app {

// Limits of the forms, in characters (Unicode code points) unless said otherwise.
inline constexpr std::size_t kMaxCardTitle = 120;
inline constexpr std::size_t kMaxCardBody = 4000;
inline constexpr std::size_t kMaxSessionTitle = 150;
inline constexpr std::size_t kMaxParticipants = 1000;
inline constexpr std::size_t kMaxSessionNotes = 8000;
inline constexpr std::size_t kMaxAgreement = 1000;
inline constexpr std::size_t kMaxCardsPerSession = 12;
inline constexpr std::size_t kMaxAgreementsPerSession = 30;
// The days a session may be planned or held on.
inline constexpr std::chrono::year_month_day kFirstSessionDay{std::chrono::year{2020}, std::chrono::January,
                                                              std::chrono::day{1}};
inline constexpr std::chrono::year_month_day kLastSessionDay{std::chrono::year{2035}, std::chrono::December,
                                                             std::chrono::day{31}};

// A card as typed into the editor's form (codes as the form sends them).
struct CardInput {
  std::string kind;   // "kort" | "case"
  std::string topic;  // a domain::DialogueTopic code
  std::string title;
  std::string body;
};

// A new session as typed: the picked cards in the library's order.
struct SessionInput {
  std::string title;
  std::string planned_on;  // as typed: "2026-06-04" or "4.6.2026"
  std::string participants;
  std::vector<std::string> card_ids;
};

// The record of a session, as typed.
struct SessionRecordInput {
  std::string title;
  std::string planned_on;
  std::string participants;
  bool held = false;
  std::string held_on;  // required when held
  std::string notes;
};

struct UnitSessions {
  const domain::Unit* unit = nullptr;
  bool can_edit = false;
  bool agreements_only = false;  // a member of the unit (kReadUnitPlan): see SessionDetails
  std::vector<DialogueSessionSummary> sessions;
};

struct SessionDetails {
  DialogueSession session;
  const domain::Unit* unit = nullptr;
  bool can_edit = false;
  // The viewer reads the session only as a member of the unit (actions::kReadUnitPlan): the session,
  // its cards and its agreements, which are what the unit agreed, but not the facilitator's notes,
  // which are for those who read the unit's foundation work.
  bool agreements_only = false;
};

// The form that makes an agreement an activity in the unit's plan (the current round's).
struct AgreementActivityPage {
  SessionDetails session;
  DialogueAgreement agreement;
  std::optional<RoundView> round;  // none: there is no round to put it in yet
  std::vector<const domain::Person*> responsible_choices;
  ActivityInput suggestion;  // what the form starts with: the agreement as title, the session's participants
};

class DialogueService {
 public:
  // `activation` puts agreements into the units' plans.
  DialogueService(Store& store, ActivationService& activation, Clock clock = SystemNow);

  // Loads the shipped starter set (content/dialogue) into an empty library, in one transaction.
  // Returns the number of cards loaded: 0 when the library already holds cards.
  static int LoadDefaultContent(Store& store, const Clock& clock = SystemNow);

  // ---- the library
  bool CanEditLibrary(const OrganisationContext& context) const;
  // The cards people may pick: archived ones only for those who edit the library.
  std::vector<DialogueCard> Library(const OrganisationContext& context) const;
  // NotFound for an unknown card, and for an archived one unless the viewer edits the library.
  Result<DialogueCard> Card(const OrganisationContext& context, DialogueCardId id) const;
  Result<DialogueCardId> CreateCard(const OrganisationContext& context, const CardInput& input,
                                    const std::string& remote_address);
  // Conflict when the card changed since `revision` was read.
  Result<Unit> UpdateCard(const OrganisationContext& context, DialogueCardId id, int revision, const CardInput& input,
                          const std::string& remote_address);
  Result<Unit> SetCardArchived(const OrganisationContext& context, DialogueCardId id, int revision, bool archived,
                               const std::string& remote_address);

  // ---- sessions
  Result<UnitSessions> SessionsOf(const OrganisationContext& context, domain::UnitId unit) const;
  Result<DialogueSessionId> CreateSession(const OrganisationContext& context, domain::UnitId unit,
                                          const SessionInput& input, const std::string& remote_address);
  Result<SessionDetails> Session(const OrganisationContext& context, DialogueSessionId id) const;
  Result<Unit> UpdateSession(const OrganisationContext& context, DialogueSessionId id, int revision,
                             const SessionRecordInput& input, const std::string& remote_address);
  Result<DialogueAgreementId> AddAgreement(const OrganisationContext& context, DialogueSessionId id,
                                           const std::string& text, const std::string& remote_address);
  // Conflict for an agreement that became an activity: it stays, as the activity's origin.
  Result<Unit> RemoveAgreement(const OrganisationContext& context, DialogueSessionId id, DialogueAgreementId agreement,
                               const std::string& remote_address);
  // The session of an agreement, for the link from an activity back to where it was agreed; NotFound
  // also when the viewer may not read that session.
  Result<DialogueSessionId> SessionOfAgreement(const OrganisationContext& context, DialogueAgreementId agreement) const;
  // For editors of the session's unit; NotFound for an agreement not of this session.
  Result<AgreementActivityPage> AgreementActivityForm(const OrganisationContext& context, DialogueSessionId id,
                                                      DialogueAgreementId agreement) const;
  // The agreement as an activity in the unit's plan of the current round (a draft plan is made when
  // there is none), in one transaction with the link back to the agreement. Invalid with the activity
  // form's field errors, or without a round; Conflict when the agreement is an activity already.
  Result<PlacedActivity> MakeActivity(const OrganisationContext& context, DialogueSessionId id,
                                      DialogueAgreementId agreement, const ActivityInput& input,
                                      const std::string& remote_address);

  std::chrono::year_month_day Today() const;

 private:
  // The session and its unit when the viewer may read it (`edit`: change it).
  Result<SessionDetails> Access(const OrganisationContext& context, DialogueSessionId id, bool edit) const;
  void Audit(Transaction& tx, const OrganisationContext& context, std::string action, std::string subject,
             const std::string& remote_address, std::string details) const;

  Store& store_;
  ActivationService& activation_;
  Clock clock_;
};

// Parses a shipped card file (content/dialogue/README.md describes the format). nullopt when the
// header lines are missing or name an unknown kind or topic.
std::optional<DialogueCardText> ParseCardFile(std::string_view content);

}  // namespace lp::app
