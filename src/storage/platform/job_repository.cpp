#include "storage/platform/job_repository.hpp"

#include <limits>

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// The lease is taken when it is free or expired and the job has not started since it became due; the
// upsert's WHERE makes the check and the taking one statement, so two processes cannot both succeed.
constexpr std::string_view kTryLease =
    "INSERT INTO job_leases (job, owner, lease_until, last_started_at) VALUES (:job, :owner, :until, :now) "
    "ON CONFLICT (job) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until, "
    "last_started_at = excluded.last_started_at "
    "WHERE job_leases.lease_until < :free_at AND "
    "(job_leases.last_started_at IS NULL OR job_leases.last_started_at < :due)";
constexpr std::string_view kReleaseLease = "UPDATE job_leases SET lease_until = 0 WHERE job = :job AND owner = :owner";
constexpr std::string_view kLastStarted = "SELECT last_started_at FROM job_leases WHERE job = :job";
constexpr std::string_view kStartRun =
    "INSERT INTO job_runs (job, owner, started_by, started_at) VALUES (:job, :owner, :started_by, :at) "
    "RETURNING id";
constexpr std::string_view kFinishRun =
    "UPDATE job_runs SET finished_at = :at, result = :result, detail = :detail WHERE id = :id";
constexpr std::string_view kSelectRuns =
    "SELECT id, job, owner, started_by, started_at, finished_at, result, detail FROM job_runs";
constexpr std::string_view kOfJob = "WHERE job = :job ORDER BY started_at DESC, id DESC LIMIT :limit";
constexpr std::string_view kOfAll = "ORDER BY started_at DESC, id DESC LIMIT :limit";
constexpr std::string_view kRunsOfJob = kJoined<kSelectRuns, kOfJob>;
constexpr std::string_view kRunsOfAll = kJoined<kSelectRuns, kOfAll>;
constexpr std::string_view kPurgeRuns = "DELETE FROM job_runs WHERE started_at < :before";

struct RunRow {
  long long id = 0;
  std::string job;
  std::string owner;
  std::string started_by;
  long long started_at = 0;
  Nullable<domain::Timestamp> finished_at;
  Nullable<std::string> result;
  std::string detail;

  app::JobRun ToRun() const {
    app::JobRun run;
    run.id = id;
    run.job = job;
    run.owner = owner;
    run.started_by = started_by == "manuel" ? app::JobStart::Manual : app::JobStart::Schedule;
    run.started_at = FromUnixSeconds(started_at);
    run.finished_at = finished_at.Get();
    if (const auto code = result.Get()) run.ok = *code == "ok";
    run.detail = detail;
    return run;
  }
};

void Into(soci::statement& statement, RunRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.job));
  statement.exchange(soci::into(row.owner));
  statement.exchange(soci::into(row.started_by));
  statement.exchange(soci::into(row.started_at));
  statement.exchange(IntoNullable(row.finished_at));
  statement.exchange(IntoNullable(row.result));
  statement.exchange(soci::into(row.detail));
}

}  // namespace

bool SociJobRepository::TryLease(const std::string& job, const std::string& owner, domain::Timestamp now,
                                 domain::Timestamp until, std::optional<domain::Timestamp> due) {
  return Guarded(unit_, [&] {
    std::string name = job;
    std::string who = owner;
    long long at = ToUnixSeconds(now);
    long long free_at = at;
    long long lease_until = ToUnixSeconds(until);
    long long due_at = due ? ToUnixSeconds(*due) : std::numeric_limits<long long>::max();
    return Execute(unit_.sql, kTryLease, soci::use(name, "job"), soci::use(who, "owner"),
                   soci::use(lease_until, "until"), soci::use(at, "now"), soci::use(free_at, "free_at"),
                   soci::use(due_at, "due")) > 0;
  });
}

void SociJobRepository::ReleaseLease(const std::string& job, const std::string& owner) {
  Guarded(unit_, [&] {
    std::string name = job;
    std::string who = owner;
    Execute(unit_.sql, kReleaseLease, soci::use(name, "job"), soci::use(who, "owner"));
    return 0;
  });
}

std::optional<domain::Timestamp> SociJobRepository::LastStarted(const std::string& job) {
  return Guarded(unit_, [&] {
    std::string name = job;
    soci::indicator found = soci::i_null;
    long long value = 0;
    unit_.sql << kLastStarted, soci::use(name, "job"), soci::into(value, found);
    if (!unit_.sql.got_data() || found != soci::i_ok) return std::optional<domain::Timestamp>{};
    return std::optional<domain::Timestamp>{FromUnixSeconds(value)};
  });
}

long long SociJobRepository::StartRun(const std::string& job, const std::string& owner, app::JobStart started_by,
                                      domain::Timestamp at) {
  return Guarded(unit_, [&] {
    std::string name = job;
    std::string who = owner;
    std::string by = started_by == app::JobStart::Manual ? "manuel" : "plan";
    long long when = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kStartRun, soci::use(name, "job"), soci::use(who, "owner"), soci::use(by, "started_by"),
            soci::use(when, "at"), soci::into(id));
    return id;
  });
}

void SociJobRepository::FinishRun(long long run, domain::Timestamp at, bool ok, const std::string& detail) {
  Guarded(unit_, [&] {
    long long id = run;
    long long when = ToUnixSeconds(at);
    std::string result = ok ? "ok" : "fejl";
    std::string text = detail.size() > 2000 ? detail.substr(0, 2000) : detail;
    Execute(unit_.sql, kFinishRun, soci::use(when, "at"), soci::use(result, "result"), soci::use(text, "detail"),
            soci::use(id, "id"));
    return 0;
  });
}

std::vector<app::JobRun> SociJobRepository::RecentRuns(const std::string& job, std::size_t limit) {
  return Guarded(unit_, [&] {
    std::string name = job;
    auto rows = static_cast<long long>(limit);
    if (job.empty()) {
      return SelectRows<RunRow>(unit_.sql, kRunsOfAll, &RunRow::ToRun, soci::use(rows, "limit"));
    }
    return SelectRows<RunRow>(unit_.sql, kRunsOfJob, &RunRow::ToRun, soci::use(name, "job"), soci::use(rows, "limit"));
  });
}

long long SociJobRepository::PurgeRuns(domain::Timestamp before) {
  return Guarded(unit_, [&] {
    long long when = ToUnixSeconds(before);
    return Execute(unit_.sql, kPurgeRuns, soci::use(when, "before"));
  });
}

}  // namespace lp::storage
