#pragma once

#include "app/programmes/explorer_repository.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::ExplorerRepository over SOCI (programme_nominations, path_plans, path_plan_activities,
// path_plan_changes; migration 020). One SQL text for both databases.
class SociExplorerRepository final : public app::ExplorerRepository {
 public:
  explicit SociExplorerRepository(UnitOfWork& unit) : unit_(unit) {}

  app::ExplorerNominationId AddNomination(const app::NewExplorerNomination& nomination) override;
  std::optional<app::ExplorerNomination> FindNomination(app::ExplorerNominationId id) override;
  std::vector<app::ExplorerNomination> NominationsOfPerson(domain::PersonId person) override;
  std::vector<app::ExplorerNomination> NominationsOfUnits(const std::vector<domain::UnitId>& units) override;
  bool ApproveNomination(app::ExplorerNominationId id, int revision, app::EnrollmentId enrollment,
                         std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool RejectNomination(app::ExplorerNominationId id, int revision, const std::string& reason,
                        std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool WithdrawNomination(app::ExplorerNominationId id, int revision, std::optional<domain::UserId> by,
                          domain::Timestamp at) override;

  app::PathPlan EnsurePlan(app::EnrollmentId enrollment, domain::Timestamp at) override;
  std::optional<app::PathPlan> PlanOfEnrollment(app::EnrollmentId enrollment) override;
  std::vector<app::PathPlan> PlansOfEnrollments(const std::vector<app::EnrollmentId>& enrollments) override;
  bool SetPlanHelper(app::PathPlanId plan, int revision, const std::string& helper, std::optional<domain::UserId> by,
                     domain::Timestamp at) override;
  bool SetPlanAgreed(app::PathPlanId plan, int revision, std::optional<domain::UserId> by,
                     domain::Timestamp at) override;
  bool TouchPlan(app::PathPlanId plan, int revision, std::optional<domain::UserId> by, domain::Timestamp at) override;

  std::vector<app::PathPlanActivity> ActivitiesOf(app::PathPlanId plan) override;
  std::vector<app::PathPlanActivity> ActivitiesOfPlans(const std::vector<app::PathPlanId>& plans) override;
  std::optional<app::PathPlanActivity> FindActivity(app::PathPlanActivityId id) override;
  app::PathPlanActivityId AddActivity(app::PathPlanId plan, const app::PathPlanActivityFields& fields,
                                      std::optional<domain::UserId> by, domain::Timestamp at) override;
  bool UpdateActivity(app::PathPlanActivityId id, int revision, const app::PathPlanActivityFields& fields,
                      std::optional<domain::UserId> by, domain::Timestamp at) override;
  void SetActivityOrder(app::PathPlanId plan, const std::vector<app::PathPlanActivityId>& order) override;

  void AddPlanChange(app::PathPlanId plan, const app::PathPlanChange& change) override;
  std::vector<app::PathPlanChange> ChangesOf(app::PathPlanId plan) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
