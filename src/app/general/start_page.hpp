#pragma once

// The start page per person (issue 15): what the person must do, what is new for them and, for a
// leader, how the chain below them stands. It is a mechanism, not a page written by hand: every
// module contributes its own items for the person (StartPageService::Add, called from the module's
// Provide… function at start-up), and the page shows what the modules gave, sorted.
//
// Rules every contributor keeps:
// - Each item says why it is there (the reason names the person's role in it: "Du er leder af …")
//   and links to the page where it is done.
// - A contribution runs a bounded number of queries for the person (indexed lookups for the units
//   they lead or are delegates for), never one per unit of a chain: the chain status comes from the
//   follow-up views' cached figures for the whole region.
// - A contributor that fails (the database is away) does not take the page with it: the page shows
//   what the others gave and says that something is missing (StartPage::unavailable).
//
// Order: tasks overdue first, then by due date (none last), then as contributed; news newest first,
// at most kMaxStartNews; the chain figures as contributed.

#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"

namespace lp::app {

inline constexpr std::size_t kMaxStartNews = 8;
inline constexpr int kStartNewsDays = 30;  // news is what happened in the last 30 days
inline constexpr int kStartSoonDays = 14;  // a dated task is shown from 14 days before it is due

// Something waiting for the person.
struct StartTask {
  std::string title;   // what to do: "Lav en aktiveringsplan for Sengeafsnit 1"
  std::string reason;  // why it is the person's: "Du er leder af enheden. Fristen er 01.03.2027."
  std::string href;    // where it is done
  std::string action;  // the link's text: "Lav planen"
  std::optional<std::chrono::year_month_day> due;
  bool overdue = false;
};

// Something new for the person.
struct StartNews {
  std::string title;
  std::string text;
  std::string href;
  std::chrono::year_month_day on;
};

// A figure of the chain status: "4 enheder mangler en plan", linking to the follow-up.
struct StartFigure {
  long long count = 0;
  std::string singular;  // "enhed mangler en plan"
  std::string plural;    // "enheder mangler en plan"
  std::string href;
  bool attention = false;  // a count above 0 is something to act on
};

struct StartChain {
  std::string scope;  // "Aarhus Universitetshospital og 42 enheder under den"
  std::vector<StartFigure> figures;
  std::string href;  // the follow-up of the chain
};

// A module whose items could not be fetched: its name for the page, the error for the log.
struct StartFailure {
  std::string module;
  std::string error;
};

struct StartPage {
  std::vector<StartTask> tasks;
  std::vector<StartNews> news;
  std::optional<StartChain> chain;
  std::vector<StartFailure> unavailable;
};

// What a contributor is given: who is looking (with the units they are a delegate for) and today.
struct StartRequest {
  const OrganisationContext& context;
  std::chrono::year_month_day today;
};

using StartContributor = std::function<void(const StartRequest& request, StartPage& page)>;

class StartPageService {
 public:
  explicit StartPageService(Clock clock = SystemNow) : clock_(std::move(clock)) {}

  // At start-up only (the list is read without a lock while serving). `module` names the module in
  // StartPage::unavailable and in logs: "aktivering".
  void Add(std::string module, StartContributor contributor);

  // Runs every contributor for the viewer and sorts what they gave.
  StartPage For(const OrganisationContext& context) const;

  std::chrono::year_month_day Today() const;

 private:
  struct Entry {
    std::string module;
    StartContributor contribute;
  };
  Clock clock_;
  std::vector<Entry> contributors_;
};

// Sorts tasks and news as the page shows them and cuts the news at kMaxStartNews (pure, unit-tested).
void SortStartPage(StartPage& page);

// The units a person answers for on the start page: those they lead and those they are a delegate
// for, in tree order, each once. HR's and administrators' wider reach is not included: their start
// page would otherwise list every unit of the region.
std::vector<const domain::Unit*> OwnUnits(const OrganisationContext& context);

}  // namespace lp::app
