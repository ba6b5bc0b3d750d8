#pragma once

// The organisation as the pages see it: one shared, immutable snapshot (domain::Organisation) and the
// use cases of the organisation pages, each checked against the access policy
// (app/organisation_access).
//
// The snapshot is built from OrganisationRepository::LoadAll() (about 30 ms at 30,000 people) and
// shared by every request as a shared_ptr to const, so readers never wait for each other. It is
// rebuilt when the newest import run id differs from the one it was built at: every applied import
// records a run, also one from another process (the CLI) or another node. The check is one cheap
// query, done by at most one request every `check_interval`; the thread that finds a change rebuilds
// while all others go on with the old snapshot, which they keep alive as long as they hold it.

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/organisation/organisation_access.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/paging.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/time.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

struct OrganisationSnapshot {
  domain::Organisation organisation;
  // LowerCaseDanish(e-mail) → the active person with that address (unique among active people).
  std::unordered_map<std::string, domain::PersonId> active_by_email;
  std::optional<long long> import_run_id;  // the newest import run when it was built
  // Problems of the stored data when it could not be built; the previous snapshot stays in use.
  std::size_t rejected_problems = 0;
};

using SteadyClock = std::function<std::chrono::steady_clock::time_point()>;

struct OrganisationSettings {
  std::chrono::milliseconds check_interval{std::chrono::seconds{5}};
  std::size_t search_limit = 25;       // results per kind (units, people)
  std::size_t max_query_length = 100;  // bytes
  std::size_t employees_per_page = 100;
  std::size_t data_check_list_limit = 100;  // entries shown per finding; counts are always complete
};

// One request's view: the snapshot it started with and who is looking.
struct OrganisationContext {
  std::shared_ptr<const OrganisationSnapshot> snapshot;
  Viewer viewer;

  const domain::Organisation& organisation() const { return snapshot->organisation; }
  const domain::Person* me() const;
  AccessReach Reach(const OrganisationAction& action) const { return ReachOf(organisation(), viewer, action); }
};

// A leader of a unit, as the pages show them. is_new: domain::Organisation::IsNewLeader today.
struct LeaderEntry {
  const domain::Person* person = nullptr;
  const domain::Leadership* leadership = nullptr;
  bool is_new = false;
};

// A unit with its active leaders (a chain step, or a row of a list). Several leaders: shared leadership.
struct UnitWithLeaders {
  const domain::Unit* unit = nullptr;
  std::vector<LeaderEntry> leaders;
};

struct SubUnit {
  const domain::Unit* unit = nullptr;
  domain::HeadCount count;
  std::vector<LeaderEntry> leaders;
};

// A search of the organisation page: the text, an optional area (a unit directly under the root)
// whose subtree the results must lie in, and the page of each list (search_limit per page).
struct SearchQuery {
  std::string_view text;
  std::optional<domain::UnitId> area;
  std::size_t unit_page = 1;
  std::size_t person_page = 1;
};

struct SearchResults {
  std::string query;                          // trimmed
  std::vector<const domain::Unit*> units;     // one page
  std::vector<const domain::Person*> people;  // one page: the viewer's own colleagues first
  std::size_t total_units = 0;                // every match (in the area)
  std::size_t total_people = 0;
  PageSpan unit_page;
  PageSpan person_page;
  std::vector<const domain::Unit*> areas;  // the units directly under the root, for the filter
  const domain::Unit* area = nullptr;      // the area searched in
};

// The top of the tree for browsing without JavaScript: the root, its children and grandchildren.
struct TreeOverview {
  const domain::Unit* root = nullptr;  // none when no organisation is loaded
  domain::HeadCount root_count;
  struct Branch {
    SubUnit unit;
    std::vector<SubUnit> children;
  };
  std::vector<Branch> branches;
  std::size_t unit_count = 0;  // active units
  std::size_t active_people = 0;
};

struct UnitDetails {
  const domain::Unit* unit = nullptr;
  domain::HeadCount count;
  std::vector<LeaderEntry> leaders;              // active leaders; several: shared leadership
  std::vector<UnitWithLeaders> ancestors;        // root first, the parent last; leaders may be empty
  std::vector<SubUnit> children;                 // by name
  std::vector<const domain::Person*> employees;  // this page of the unit's own active people
  std::size_t employee_total = 0;
  std::size_t page = 1;  // 1-based
  std::size_t page_count = 1;
};

struct PersonDetails {
  const domain::Person* person = nullptr;
  const domain::Unit* unit = nullptr;
  std::optional<UnitWithLeaders> nearest;  // the nearest leaders
  std::vector<UnitWithLeaders> chain;      // the leadership chain, nearest first, top last
  std::vector<LeaderEntry> leads;          // the units the person leads (leadership is public; its
                                           // kind and start date are HR details)
  bool hr_details = false;                 // the viewer may see the HR details
  bool is_self = false;
  // With the HR details: the portal login that is this person (by users.person_id, or by the
  // person's e-mail for a login not linked to anyone else), with its access roles and scopes.
  std::optional<domain::User> login;
};

struct LedUnitOverview {
  const domain::Unit* unit = nullptr;
  domain::HeadCount count;
  std::size_t sub_units = 0;    // units below it (the unit itself not counted)
  std::size_t leaders = 0;      // distinct active leaders in the subtree, the viewer not counted
  std::size_t new_leaders = 0;  // of those, new leaders
  std::vector<SubUnit> children;
};

struct LeadershipOverview {
  const domain::Person* me = nullptr;  // none: the login is not linked to a person
  std::vector<LedUnitOverview> led;    // empty: the person leads nothing
  std::vector<UnitWithLeaders> chain;  // the person's own chain upwards
};

struct DataCheck {
  bool region = false;
  std::vector<const domain::Unit*> scope;  // the subtrees checked when not the region
  struct Finding {
    std::size_t total = 0;
    PageSpan page;                              // the entries below are this page of all of them
    std::vector<const domain::Unit*> units;     // per entry: the unit …
    std::vector<const domain::Person*> people;  // … and the person, where the finding has one
    std::vector<const domain::Unit*> related;   // … and a related unit (the parent for chain gaps)
  };
  Finding units_without_leader;  // units: active units without an active leader
  Finding chain_gaps;            // units, people (the leader), related (the leaderless parent)
  Finding people_without_email;  // people (active), units (their unit)
  Finding inactive_leaders;      // units, people: leaderships whose person is inactive
};

// The page of each finding of the data check (data_check_list_limit entries a page).
struct DataCheckPages {
  std::size_t units_without_leader = 1;
  std::size_t chain_gaps = 1;
  std::size_t people_without_email = 1;
  std::size_t inactive_leaders = 1;
};

class OrganisationService {
 public:
  explicit OrganisationService(Store& store, OrganisationSettings settings = {}, Clock clock = SystemNow,
                               SteadyClock steady = std::chrono::steady_clock::now);

  // The current snapshot; checks (at most once per check_interval) whether an import has run since.
  std::shared_ptr<const OrganisationSnapshot> Current();
  // Rebuilds now, e.g. after this process applied an import.
  void Reload();

  // The one entry point of the organisation pages: the snapshot and who is looking.
  OrganisationContext For(const domain::User& user);
  // The same with the units the person is a delegate for (one indexed query), as the pages of the
  // leadership foundation need it (Reach::Delegated).
  OrganisationContext ForFoundation(const domain::User& user);

  TreeOverview Tree(const OrganisationContext& context) const;
  // Invalid (field "q") for a query over max_query_length; an empty query finds nothing; NotFound
  // for an area that is not directly under the root. Each list is paged (search_limit a page); among
  // people, those of the viewer's own unit come first, then those of the units around it (the
  // subtree of its parent), each group in the search's own ranking.
  Result<SearchResults> Search(const OrganisationContext& context, const SearchQuery& query) const;
  Result<SearchResults> Search(const OrganisationContext& context, std::string_view text) const {
    return Search(context, SearchQuery{text, std::nullopt, 1, 1});
  }
  Result<UnitDetails> Unit(const OrganisationContext& context, domain::UnitId id, std::size_t page) const;
  // Appends "person.viewed" to the audit log when HR details of someone else are shown.
  Result<PersonDetails> Person(const OrganisationContext& context, domain::PersonId id,
                               const std::string& remote_address);
  LeadershipOverview MyLeadership(const OrganisationContext& context) const;
  Result<DataCheck> Check(const OrganisationContext& context, const DataCheckPages& pages = {}) const;

  const OrganisationSettings& settings() const { return settings_; }
  std::chrono::year_month_day Today() const;

 private:
  std::shared_ptr<const OrganisationSnapshot> Load() const;
  void Rebuild();  // with rebuild_mutex_ held
  std::vector<LeaderEntry> Leaders(const domain::Organisation& organisation, domain::UnitId unit) const;
  SubUnit Describe(const domain::Organisation& organisation, const domain::Unit& unit) const;

  Store& store_;
  OrganisationSettings settings_;
  Clock clock_;
  SteadyClock steady_;

  mutable std::mutex snapshot_mutex_;  // guards only the pointer copy
  std::shared_ptr<const OrganisationSnapshot> snapshot_;
  std::mutex rebuild_mutex_;                 // one rebuild at a time
  std::atomic<std::int64_t> next_check_{0};  // steady clock, nanoseconds since its epoch
};

}  // namespace lp::app
