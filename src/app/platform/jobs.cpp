#include "app/platform/jobs.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

#include "app/platform/transaction.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// The Copenhagen moment of `time` (hour, minute) on `day`.
domain::Timestamp At(std::chrono::year_month_day day, int hour, int minute) {
  const auto midnight = domain::CopenhagenMidnight(day);
  if (!midnight) throw std::logic_error("a schedule day without a midnight");
  // On the two days a year the clocks change, a time after the change is an hour off; the schedule's
  // times (early morning, after 03:00) are never in the changed hour itself.
  const auto noon_offset = domain::CopenhagenUtcOffsetMinutes(*midnight + std::chrono::hours{12});
  const auto midnight_offset = domain::CopenhagenUtcOffsetMinutes(*midnight);
  return *midnight + std::chrono::hours{hour} + std::chrono::minutes{minute} -
         std::chrono::minutes{noon_offset - midnight_offset};
}

}  // namespace

std::string DescribeSchedule(const JobSchedule& schedule) {
  const auto time = "kl. " + TwoDigits(schedule.hour) + ":" + TwoDigits(schedule.minute);
  switch (schedule.kind) {
    case JobSchedule::Kind::Every: {
      const auto minutes = schedule.interval.count();
      if (minutes == 1) return "hvert minut";
      if (minutes % 60 == 0) return minutes == 60 ? "hver time" : "hver " + std::to_string(minutes / 60) + ". time";
      return "hvert " + std::to_string(minutes) + ". minut";
    }
    case JobSchedule::Kind::DailyAt: return "dagligt " + time;
    case JobSchedule::Kind::WeeklyAt: return domain::WeekdayName(schedule.weekday) + " " + time;
  }
  return "";
}

std::optional<domain::Timestamp> DueSince(const JobSchedule& schedule, std::optional<domain::Timestamp> last_started,
                                          domain::Timestamp now) {
  if (schedule.kind == JobSchedule::Kind::Every) {
    if (!last_started) return now;
    const auto due = *last_started + schedule.interval;
    return due <= now ? std::optional(due) : std::nullopt;
  }
  // The latest scheduled moment at or before now.
  auto day = domain::ToCopenhagenTime(now).date;
  std::optional<domain::Timestamp> latest;
  for (int back = 0; back < 8 && !latest; ++back) {
    const std::chrono::year_month_day candidate{std::chrono::sys_days{day} - std::chrono::days{back}};
    if (schedule.kind == JobSchedule::Kind::WeeklyAt &&
        std::chrono::weekday{std::chrono::sys_days{candidate}} != schedule.weekday) {
      continue;
    }
    const auto moment = At(candidate, schedule.hour, schedule.minute);
    if (moment <= now) latest = moment;
  }
  if (!latest) return std::nullopt;
  if (last_started && *last_started >= *latest) return std::nullopt;
  return latest;
}

void JobRegistry::Add(Job job) {
  if (Find(job.name) != nullptr) throw std::logic_error("two jobs named " + job.name);
  jobs_.push_back(std::move(job));
}

const Job* JobRegistry::Find(std::string_view name) const {
  const auto found = std::find_if(jobs_.begin(), jobs_.end(), [&](const Job& job) { return job.name == name; });
  return found == jobs_.end() ? nullptr : &*found;
}

JobOutcome RunJob(Store& store, const Job& job, const std::string& owner, JobStart started_by,
                  const std::function<domain::Timestamp()>& clock) {
  const auto now = clock();
  const auto run = store.Write([&](Transaction& tx) -> std::optional<long long> {
    auto& jobs = tx.Get<JobRepository>();
    std::optional<domain::Timestamp> due;
    if (started_by == JobStart::Schedule) {
      due = DueSince(job.schedule, jobs.LastStarted(job.name), now);
      if (!due) return std::nullopt;
    }
    if (!jobs.TryLease(job.name, owner, now, now + job.lease, due)) return std::nullopt;
    return jobs.StartRun(job.name, owner, started_by, now);
  });
  if (!run) return {false, false, "kører allerede, eller er ikke forfalden"};
  JobOutcome outcome{true, true, ""};
  try {
    outcome.detail = job.run(now);
  } catch (const std::exception& error) {
    outcome.ok = false;
    outcome.detail = error.what();
  }
  store.Write([&](Transaction& tx) {
    auto& jobs = tx.Get<JobRepository>();
    jobs.FinishRun(*run, clock(), outcome.ok, outcome.detail);
    jobs.ReleaseLease(job.name, owner);
    return 0;
  });
  return outcome;
}

std::vector<std::pair<std::string, JobOutcome>> RunDueJobs(Store& store, const JobRegistry& registry,
                                                           const std::string& owner,
                                                           const std::function<domain::Timestamp()>& clock) {
  std::vector<std::pair<std::string, JobOutcome>> ran;
  for (const auto& job : registry.Jobs()) {
    auto outcome = RunJob(store, job, owner, JobStart::Schedule, clock);
    if (outcome.ran) ran.emplace_back(job.name, std::move(outcome));
  }
  return ran;
}

std::string ProcessOwner() {
  std::array<char, 256> host{};
  if (gethostname(host.data(), host.size() - 1) != 0) host[0] = '\0';
  return std::string(host.data()) + ":" + std::to_string(getpid());
}

}  // namespace lp::app
