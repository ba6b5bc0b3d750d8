#include "app/programmes/programmes_chain_status.hpp"

#include <fmt/format.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "app/programmes/programme_repository.hpp"
#include "app/programmes/programme_service.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {

ChainStatusReport ProgrammeChainStatus(Transaction& tx, const domain::Organisation& organisation,
                                       std::chrono::year_month_day today) {
  // Each enrolled person's status (Ledervejen programmes that are not archived).
  auto states = std::make_shared<std::unordered_map<domain::PersonId, domain::ProgrammeStatus>>();
  auto& repository = tx.Get<ProgrammeRepository>();
  const auto midnight = domain::CopenhagenMidnight(today);
  const auto now = midnight ? *midnight : domain::Timestamp{};
  for (const auto& programme : repository.Programmes()) {
    if (programme.fields.kind != domain::ProgrammeKind::Ledervejen || programme.archived_at) continue;
    const auto tallies = repository.TalliesOfProgramme(programme.id, now);
    for (const auto& enrollment : repository.EnrollmentsOfProgramme(programme.id)) {
      if (enrollment.withdrawn_at) continue;
      (*states)[enrollment.person] = StatusOfEnrollment(programme, enrollment, tallies, today);
    }
  }
  return [states, &organisation](const ChainLeader& leader) -> std::optional<ChainStatusSection> {
    std::vector<std::string> overdue;
    std::vector<std::string> at_risk;
    std::unordered_set<domain::PersonId> seen;
    for (const auto* unit : leader.below) {
      for (const auto& leadership : organisation.ActiveLeadersOf(unit->id)) {
        if (leadership.person == leader.person->id || !seen.insert(leadership.person).second) continue;
        const auto found = states->find(leadership.person);
        if (found == states->end()) continue;
        const auto& status = found->second;
        const auto* person = organisation.FindPerson(leadership.person);
        if (person == nullptr) continue;
        const auto deadline = status.deadline ? domain::FormatDate(*status.deadline) : std::string("ingen frist");
        if (status.state == domain::ProgressState::Overdue) {
          overdue.push_back(fmt::format("{} ({}, fristen var {})", person->FullName(), unit->name, deadline));
        } else if (status.state == domain::ProgressState::AtRisk) {
          at_risk.push_back(fmt::format("{} ({}, frist {})", person->FullName(), unit->name, deadline));
        }
      }
    }
    if (overdue.empty() && at_risk.empty()) return std::nullopt;
    ChainStatusSection section;
    section.heading = "Ledervejen for nye ledere";
    section.link = "/min-udvikling";
    const auto count = [](std::size_t n) { return static_cast<long long>(n); };
    if (!overdue.empty()) {
      section.findings.push_back(
          fmt::format("{} fristen for Ledervejen: {}.",
                      domain::CountOf(count(overdue.size()), "leder har overskredet", "ledere har overskredet"),
                      ListOfNames(overdue)));
      section.summary.push_back(
          domain::CountOf(count(overdue.size()), "leder bagud i Ledervejen", "ledere bagud i Ledervejen"));
    }
    if (!at_risk.empty()) {
      section.findings.push_back(fmt::format("{} i risiko for ikke at nå Ledervejen: {}.",
                                             domain::CountOf(count(at_risk.size()), "leder er", "ledere er"),
                                             ListOfNames(at_risk)));
      section.summary.push_back(
          domain::CountOf(count(at_risk.size()), "leder i risiko i Ledervejen", "ledere i risiko i Ledervejen"));
    }
    return section;
  };
}

}  // namespace lp::app
