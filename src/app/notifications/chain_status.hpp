#pragma once

// The weekly "Status for din ledelseskæde" (issue 16): a leader of leaders gets one notification a
// week with what is missing or overdue in the units below them, instead of one message per unit.
// It is a notification of the category "kaede" like any other, so the person's preference decides
// whether it is mailed at once, gathered in the weekly digest (the default) or kept in the inbox.
//
// Modules add what they follow up as sources (ChainStatusService::Add in their Provide…Services), as
// they add calendar sources: once per run a source reads what it needs for the whole region (in the
// run's transaction) and returns a report that answers for one leader at a time, from memory. The
// leadership foundation reports missing plans, overdue activities and units without a MED dialogue;
// later modules (programmes) add their own sections.
//
// Rules:
// - A leader of leaders is an active person who leads an active unit with, somewhere below it, an
//   active unit led by someone else (ChainLeadersOf).
// - "Below" is every active unit in the subtrees of the units the person leads, except the units the
//   person leads themselves (their own units have their own reminders).
// - Nothing to report: no notification. The topic is the week ("kaede:status:2026-11-30", its
//   Monday), so a second run in the same week tells nobody twice.

#include <chrono>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/notifications/notification_repository.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/store.hpp"
#include "domain/organisation/organisation.hpp"

namespace lp::app {

struct ChainLeader {
  const domain::Person* person = nullptr;
  std::vector<const domain::Unit*> own;    // the active units the person leads, in tree order
  std::vector<const domain::Unit*> below;  // the active units below them, led or not, in tree order
};

// One source's part of a leader's status.
struct ChainStatusSection {
  std::string heading;                // "Ledelsesgrundlaget: aktiveringsrunden „Aktivering 2027“"
  std::vector<std::string> findings;  // one line each: "3 af 40 enheder mangler en plan: …"
  std::vector<std::string> summary;   // short phrases for the subject: "3 planer mangler"
  std::string link;                   // where to follow it up: "/opfoelgning"
};

// Answers for one leader; none (or a section without findings) when all is in order.
using ChainStatusReport = std::function<std::optional<ChainStatusSection>(const ChainLeader& leader)>;
using ChainStatusSource = std::function<ChainStatusReport(Transaction& tx, const domain::Organisation& organisation,
                                                          std::chrono::year_month_day today)>;

// Every leader of leaders of the organisation, in People() order.
std::vector<ChainLeader> ChainLeadersOf(const domain::Organisation& organisation);

// "Akutafdelingen (Anne Hansen), Børneafdelingen og 3 andre": at most `shown` names (of units, people), then how
// many more.
std::string ListOfNames(std::span<const std::string> names, std::size_t shown = 6);

// The week's notification of one leader; none when no section has a finding (or the leader has no
// e-mail address).
std::optional<NewNotification> ChainStatusNotification(const ChainLeader& leader,
                                                       std::span<const ChainStatusSection> sections,
                                                       domain::Timestamp now);

class ChainStatusService {
 public:
  ChainStatusService(Store& store, OrganisationService& organisation);

  void Add(ChainStatusSource source) { sources_.push_back(std::move(source)); }

  // The job "kaede-status": every leader of leaders with something to report is told, in one
  // transaction. Returns the run's result ("212 ledere fik status for deres ledelseskæde af 340").
  std::string Send(domain::Timestamp now);

 private:
  Store& store_;
  OrganisationService& organisation_;
  std::vector<ChainStatusSource> sources_;
};

}  // namespace lp::app
