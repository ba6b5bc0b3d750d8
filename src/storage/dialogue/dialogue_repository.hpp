#pragma once

#include "app/dialogue/dialogue_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::DialogueRepository over SOCI (tables dialogue_*, migration 009).
class SociDialogueRepository final : public app::DialogueRepository {
 public:
  explicit SociDialogueRepository(UnitOfWork& unit) : unit_(unit) {}

  long long CountCards() override;
  std::vector<app::DialogueCard> Cards() override;
  std::optional<app::DialogueCard> FindCard(app::DialogueCardId id) override;
  app::DialogueCardId CreateCard(const app::DialogueCardText& text, std::optional<domain::UserId> by,
                                 domain::Timestamp at) override;
  bool UpdateCard(app::DialogueCardId id, int revision, const app::DialogueCardText& text,
                  std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool SetCardArchived(app::DialogueCardId id, int revision, std::optional<domain::Timestamp> archived_at,
                       std::optional<domain::UserId> by, domain::Timestamp at) override;

  app::DialogueSessionId CreateSession(const app::NewDialogueSession& session) override;
  std::optional<app::DialogueSession> FindSession(app::DialogueSessionId id) override;
  std::vector<app::DialogueSessionSummary> SessionsOfUnit(domain::UnitId unit) override;
  bool UpdateSession(app::DialogueSessionId id, int revision, const app::DialogueSessionRecord& record,
                     std::optional<domain::UserId> by, domain::Timestamp at) override;
  app::DialogueAgreementId AddAgreement(app::DialogueSessionId session, const std::string& text,
                                        std::optional<domain::UserId> by, domain::Timestamp at) override;
  std::optional<app::DialogueSessionId> SessionOfAgreement(app::DialogueAgreementId agreement) override;
  bool RemoveAgreement(app::DialogueSessionId session, app::DialogueAgreementId agreement) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
