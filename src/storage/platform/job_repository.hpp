#pragma once

#include "app/platform/jobs.hpp"
#include "storage/platform/transaction.hpp"

namespace lp::storage {

// app::JobRepository over SOCI (tables job_leases, job_runs, migration 014).
class SociJobRepository final : public app::JobRepository {
 public:
  explicit SociJobRepository(UnitOfWork& unit) : unit_(unit) {}

  bool TryLease(const std::string& job, const std::string& owner, domain::Timestamp now, domain::Timestamp until,
                std::optional<domain::Timestamp> due) override;
  void ReleaseLease(const std::string& job, const std::string& owner) override;
  std::optional<domain::Timestamp> LastStarted(const std::string& job) override;
  long long StartRun(const std::string& job, const std::string& owner, app::JobStart started_by,
                     domain::Timestamp at) override;
  void FinishRun(long long run, domain::Timestamp at, bool ok, const std::string& detail) override;
  std::vector<app::JobRun> RecentRuns(const std::string& job, std::size_t limit) override;
  long long PurgeRuns(domain::Timestamp before) override;

 private:
  UnitOfWork& unit_;
};

}  // namespace lp::storage
