#pragma once

// Recurring jobs inside the portal process (issue 16): reminders, digests, the mail sender, purges.
// Modules add their jobs to the JobRegistry in their Provide…Services; the composition root runs the
// due ones from a background thread (RunDueJobs, every LP_SCHEDULER_SECONDS), and the CLI runs one
// by name (`ledelsesportal jobs run NAME`).
//
// Once, with several processes: a run takes the job's lease in the database first (job_leases). The
// lease is only taken when it is free (or expired) and the job has not started since the moment it
// became due, so with two portal processes on one database each due run happens in one of them. A
// run is recorded (job_runs: who, when, how it ended) whether it succeeds or throws.

#include <chrono>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/platform/store.hpp"
#include "domain/platform/time.hpp"

namespace lp::app {

// When a job is due. Times of day are Copenhagen wall-clock time.
struct JobSchedule {
  enum class Kind { Every, DailyAt, WeeklyAt };
  Kind kind = Kind::Every;
  std::chrono::minutes interval{60};                  // Every
  int hour = 6;                                       // DailyAt, WeeklyAt
  int minute = 0;                                     // DailyAt, WeeklyAt
  std::chrono::weekday weekday{std::chrono::Monday};  // WeeklyAt

  static JobSchedule Every(std::chrono::minutes interval) { return {Kind::Every, interval, 0, 0, {}}; }
  static JobSchedule DailyAt(int hour, int minute) { return {Kind::DailyAt, {}, hour, minute, {}}; }
  static JobSchedule WeeklyAt(std::chrono::weekday day, int hour, int minute) {
    return {Kind::WeeklyAt, {}, hour, minute, day};
  }
};

// "hvert 5. minut", "dagligt kl. 06:00", "mandag kl. 06:00".
std::string DescribeSchedule(const JobSchedule& schedule);

// The moment the job last became due at or before `now` given when it last started; none when it is
// not due. A job that never ran is due at once.
std::optional<domain::Timestamp> DueSince(const JobSchedule& schedule, std::optional<domain::Timestamp> last_started,
                                          domain::Timestamp now);

// What a job does. It returns a short result for the run's record ("3 mails sendt") and throws on
// failure; it does its own transactions.
using JobFunction = std::function<std::string(domain::Timestamp now)>;

struct Job {
  std::string name;         // "beskeder-til-mail": the CLI's name, lower case, no spaces
  std::string description;  // Danish, for the administrator page and `jobs list`
  JobSchedule schedule;
  JobFunction run;
  std::chrono::minutes lease{15};  // longer than the job ever takes
};

class JobRegistry {
 public:
  // A second job of the same name is a programming error.
  void Add(Job job);
  std::span<const Job> Jobs() const { return jobs_; }
  const Job* Find(std::string_view name) const;

  // How often this process's scheduler looks for due jobs; zero when it runs none by itself
  // (LP_SCHEDULER_SECONDS=0: jobs then run only by hand or with `ledelsesportal jobs run`).
  void SetSchedulerInterval(std::chrono::seconds interval) { scheduler_interval_ = interval; }
  std::chrono::seconds scheduler_interval() const { return scheduler_interval_; }

 private:
  std::vector<Job> jobs_;
  std::chrono::seconds scheduler_interval_{0};
};

enum class JobStart { Schedule, Manual };

struct JobRun {
  long long id = 0;
  std::string job;
  std::string owner;  // the process: host, pid
  JobStart started_by = JobStart::Schedule;
  domain::Timestamp started_at{};
  std::optional<domain::Timestamp> finished_at;
  std::optional<bool> ok;  // none while running (or when the process died during the run)
  std::string detail;
};

class JobRepository {
 public:
  virtual ~JobRepository() = default;
  // Takes the job's lease for `owner` until `until` when it is free or expired at `now` and the job has
  // not started at or after `due` (none: take it whenever it is free); records `now` as its last start.
  virtual bool TryLease(const std::string& job, const std::string& owner, domain::Timestamp now,
                        domain::Timestamp until, std::optional<domain::Timestamp> due) = 0;
  virtual void ReleaseLease(const std::string& job, const std::string& owner) = 0;
  virtual std::optional<domain::Timestamp> LastStarted(const std::string& job) = 0;
  virtual long long StartRun(const std::string& job, const std::string& owner, JobStart started_by,
                             domain::Timestamp at) = 0;
  virtual void FinishRun(long long run, domain::Timestamp at, bool ok, const std::string& detail) = 0;
  // The newest runs first; of one job, or of all when `job` is empty.
  virtual std::vector<JobRun> RecentRuns(const std::string& job, std::size_t limit) = 0;
  virtual long long PurgeRuns(domain::Timestamp before) = 0;
};

struct JobOutcome {
  bool ran = false;  // false: another process holds the lease, or it was not due
  bool ok = false;
  std::string detail;
};

// Runs `job` now if its lease can be had (for JobStart::Schedule only when it is due), recording the run.
JobOutcome RunJob(Store& store, const Job& job, const std::string& owner, JobStart started_by,
                  const std::function<domain::Timestamp()>& clock);

// Runs every due job of the registry, one after the other; returns those that ran, with how they ended.
std::vector<std::pair<std::string, JobOutcome>> RunDueJobs(Store& store, const JobRegistry& registry,
                                                           const std::string& owner,
                                                           const std::function<domain::Timestamp()>& clock);

// This process's name in the leases and runs: "host:pid".
std::string ProcessOwner();

}  // namespace lp::app
