#pragma once

#include "app/activation/activation_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::ActivationRepository over SOCI (activation_rounds, activation_plans, plan_activities;
// migration 008). One SQL text for both databases.
class SociActivationRepository final : public app::ActivationRepository {
 public:
  explicit SociActivationRepository(UnitOfWork& unit) : unit_(unit) {}

  app::RoundId CreateRound(const app::RoundFields& fields, std::optional<domain::UserId> by,
                           domain::Timestamp at) override;
  bool UpdateRound(app::RoundId id, long long revision, const app::RoundFields& fields,
                   std::optional<domain::UserId> by, domain::Timestamp at) override;
  std::optional<app::ActivationRound> FindRound(app::RoundId id) override;
  std::vector<app::ActivationRound> ListRounds() override;

  app::PlanId CreatePlan(app::RoundId round, domain::UnitId unit, std::optional<domain::UserId> by,
                         domain::Timestamp at) override;
  std::optional<app::ActivationPlan> FindPlan(app::PlanId id) override;
  std::optional<app::ActivationPlan> FindPlanFor(app::RoundId round, domain::UnitId unit) override;
  std::vector<app::ActivationPlan> PlansOfUnit(domain::UnitId unit) override;
  bool UpdatePlanNotes(app::PlanId id, long long revision, const std::string& notes, domain::Timestamp at) override;
  bool ApprovePlan(app::PlanId id, long long revision, std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool WithdrawApproval(app::PlanId id, long long revision, std::optional<domain::UserId> by, domain::Timestamp at,
                        const std::string& reason) override;

  app::ActivityId CreateActivity(app::PlanId plan, const app::ActivityFields& fields,
                                 std::optional<long long> source_agreement, std::optional<domain::UserId> by,
                                 domain::Timestamp at) override;
  std::optional<app::PlanActivity> FindActivity(app::ActivityId id) override;
  std::vector<app::PlanActivity> ActivitiesOf(app::PlanId plan) override;
  bool UpdateActivity(app::ActivityId id, long long revision, const app::ActivityFields& fields,
                      domain::Timestamp at) override;
  bool CompleteActivity(app::ActivityId id, long long revision, std::chrono::year_month_day completed_on,
                        const std::string& outcome, const std::string& agreements, domain::Timestamp at) override;
  bool CancelActivity(app::ActivityId id, long long revision, std::optional<domain::UserId> by, domain::Timestamp at,
                      const std::string& reason) override;
  bool ReopenActivity(app::ActivityId id, long long revision, domain::Timestamp at) override;
  std::vector<app::UnitPlanSummary> SummariesOfUnits(app::RoundId round, const std::vector<domain::UnitId>& units,
                                                     std::chrono::year_month_day today) override;
  std::vector<app::PlacedPlanActivity> PlannedActivitiesOf(domain::PersonId person, std::chrono::year_month_day until,
                                                           std::size_t limit) override;
  std::vector<app::PlacedPlanActivity> PlannedActivitiesUntil(std::chrono::year_month_day until) override;
  std::vector<app::PlacedPlanActivity> ActivitiesOfResponsible(domain::PersonId person,
                                                               std::chrono::year_month_day from) override;

  std::vector<app::UnitPlanSummary> SummariesOfRound(app::RoundId round, std::chrono::year_month_day today) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
