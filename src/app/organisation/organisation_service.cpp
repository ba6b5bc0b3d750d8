#include "app/organisation/organisation_service.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/organisation/unit_delegate_repository.hpp"

#include <algorithm>
#include <limits>
#include <unordered_set>
#include <utility>
#include <variant>

#include "app/platform/errors.hpp"
#include "app/platform/paging.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"

namespace lp::app {
namespace {

std::string_view TrimView(std::string_view text) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::int64_t Nanoseconds(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

}  // namespace

const domain::Person* OrganisationContext::me() const {
  return viewer.person ? organisation().FindPerson(*viewer.person) : nullptr;
}

OrganisationService::OrganisationService(Store& store, OrganisationSettings settings, Clock clock, SteadyClock steady)
    : store_(store), settings_(settings), clock_(std::move(clock)), steady_(std::move(steady)) {}

std::chrono::year_month_day OrganisationService::Today() const { return domain::ToCopenhagenTime(clock_()).date; }

std::shared_ptr<const OrganisationSnapshot> OrganisationService::Load() const {
  std::lock_guard lock(snapshot_mutex_);
  return snapshot_;
}

void OrganisationService::Rebuild() {
  auto [latest, records] = store_.Read([](Transaction& tx) {
    // The id first: an import committing in between makes the data newer than the id, and the next
    // check then rebuilds once more, which is harmless; the other order could miss a change.
    auto id = tx.Get<OrganisationRepository>().LatestImportRunId();
    return std::make_pair(id, tx.Get<OrganisationRepository>().LoadAll());
  });
  auto built =
      domain::Organisation::Build(std::move(records.units), std::move(records.people), std::move(records.leaderships));
  auto next = std::make_shared<OrganisationSnapshot>();
  next->import_run_id = latest;
  if (auto* problems = std::get_if<std::vector<domain::OrganisationProblem>>(&built)) {
    // The import validates before it writes, so this means the database was edited by hand. Keep
    // serving the last good organisation (or none) rather than a broken one; remember the run id so
    // that it is not rebuilt on every check until the next import.
    const auto previous = Load();
    if (previous) next->organisation = previous->organisation;
    next->active_by_email = previous ? previous->active_by_email : decltype(next->active_by_email){};
    next->rejected_problems = problems->size();
  } else {
    next->organisation = std::move(std::get<domain::Organisation>(built));
    for (const auto& person : next->organisation.People()) {
      if (person.active && !person.email.empty()) {
        next->active_by_email.emplace(domain::LowerCaseDanish(person.email), person.id);
      }
    }
  }
  std::shared_ptr<const OrganisationSnapshot> published = std::move(next);
  std::lock_guard lock(snapshot_mutex_);
  snapshot_ = std::move(published);
}

void OrganisationService::Reload() {
  std::lock_guard rebuild(rebuild_mutex_);
  Rebuild();
  next_check_.store(Nanoseconds(steady_()) + std::chrono::nanoseconds(settings_.check_interval).count());
}

std::shared_ptr<const OrganisationSnapshot> OrganisationService::Current() {
  auto snapshot = Load();
  if (!snapshot) {
    // The first request waits for the first build; so do the requests that arrive meanwhile.
    std::lock_guard rebuild(rebuild_mutex_);
    snapshot = Load();
    if (!snapshot) {
      Rebuild();
      next_check_.store(Nanoseconds(steady_()) + std::chrono::nanoseconds(settings_.check_interval).count());
      snapshot = Load();
    }
    return snapshot;
  }
  const auto now = Nanoseconds(steady_());
  auto due = next_check_.load();
  if (now < due) return snapshot;
  // One request wins the check; the others go on with the snapshot they have.
  if (!next_check_.compare_exchange_strong(due, now + std::chrono::nanoseconds(settings_.check_interval).count())) {
    return snapshot;
  }
  std::unique_lock rebuild(rebuild_mutex_, std::try_to_lock);
  if (!rebuild.owns_lock()) return snapshot;  // a Reload() is under way
  const auto latest = store_.Read([](Transaction& tx) { return tx.Get<OrganisationRepository>().LatestImportRunId(); });
  if (latest == snapshot->import_run_id) return snapshot;
  Rebuild();
  return Load();
}

OrganisationContext OrganisationService::For(const domain::User& user) {
  OrganisationContext context{Current(), Viewer{&user, std::nullopt, {}}};
  context.viewer.person = ResolvePerson(context.organisation(), user, context.snapshot->active_by_email);
  return context;
}

OrganisationContext OrganisationService::ForFoundation(const domain::User& user) {
  auto context = For(user);
  // A delegation held by someone who has left (an inactive person a login still points at) grants
  // nothing; the row stays so that it is back if HR reactivates them.
  const auto* me = context.me();
  if (me != nullptr && me->active) {
    const auto person = me->id;
    context.viewer.delegated_units =
        store_.Read([&](Transaction& tx) { return tx.Get<UnitDelegateRepository>().UnitsDelegatedTo(person); });
  }
  return context;
}

std::vector<LeaderEntry> OrganisationService::Leaders(const domain::Organisation& organisation,
                                                      domain::UnitId unit) const {
  std::vector<LeaderEntry> leaders;
  const auto today = Today();
  for (const auto& leadership : organisation.ActiveLeadersOf(unit)) {
    const auto* person = organisation.FindPerson(leadership.person);
    if (person == nullptr) continue;
    leaders.push_back({person, &leadership, organisation.IsNewLeader(person->id, today)});
  }
  return leaders;
}

SubUnit OrganisationService::Describe(const domain::Organisation& organisation, const domain::Unit& unit) const {
  return {&unit, organisation.CountPeople(unit.id), Leaders(organisation, unit.id)};
}

TreeOverview OrganisationService::Tree(const OrganisationContext& context) const {
  const auto& organisation = context.organisation();
  TreeOverview tree;
  tree.root = organisation.Root();
  if (tree.root == nullptr) return tree;
  tree.root_count = organisation.CountPeople(tree.root->id);
  tree.active_people = tree.root_count.active_total;
  tree.unit_count = static_cast<std::size_t>(
      std::count_if(organisation.Units().begin(), organisation.Units().end(), [](const auto& u) { return u.active; }));
  for (const auto* child : organisation.Children(tree.root->id)) {
    TreeOverview::Branch branch{Describe(organisation, *child), {}};
    for (const auto* grandchild : organisation.Children(child->id)) {
      branch.children.push_back(Describe(organisation, *grandchild));
    }
    tree.branches.push_back(std::move(branch));
  }
  return tree;
}

Result<SearchResults> OrganisationService::Search(const OrganisationContext& context, const SearchQuery& query) const {
  SearchResults results;
  const auto trimmed = TrimView(query.text);
  results.query = std::string(trimmed);
  if (trimmed.size() > settings_.max_query_length) {
    const auto message = "Søgningen må højst være på " + std::to_string(settings_.max_query_length) + " tegn.";
    return InvalidField("q", message);
  }
  const auto& organisation = context.organisation();
  if (const auto* root = organisation.Root()) results.areas = organisation.Children(root->id);
  if (query.area) {
    const auto found = std::find_if(results.areas.begin(), results.areas.end(),
                                    [&](const domain::Unit* unit) { return unit->id == *query.area; });
    if (found == results.areas.end()) return NotFound("Området findes ikke.");
    results.area = *found;
  }
  if (trimmed.empty()) return results;
  const auto in_area = [&](domain::UnitId unit) {
    return results.area == nullptr || organisation.IsInSubtree(unit, results.area->id);
  };
  // Every match, so the page can say how many there are ("viser 25 af 143"); the search itself is
  // an in-memory index over the snapshot.
  constexpr std::size_t kEvery = std::numeric_limits<std::size_t>::max();
  auto units = organisation.SearchUnits(trimmed, kEvery);
  std::erase_if(units, [&](const domain::Unit* unit) { return !in_area(unit->id); });
  auto people = organisation.SearchPeople(trimmed, kEvery);
  std::erase_if(people, [&](const domain::Person* person) { return !in_area(person->unit); });
  if (const auto* me = context.me()) {
    const auto* parent = organisation.Parent(me->unit);
    const auto closeness = [&](const domain::Person* person) {
      if (person->unit == me->unit) return 0;
      if (parent != nullptr && organisation.IsInSubtree(person->unit, parent->id)) return 1;
      return 2;
    };
    std::stable_sort(people.begin(), people.end(),
                     [&](const domain::Person* a, const domain::Person* b) { return closeness(a) < closeness(b); });
  }
  results.total_units = units.size();
  results.total_people = people.size();
  results.unit_page = PageOf(units.size(), query.unit_page, settings_.search_limit);
  results.person_page = PageOf(people.size(), query.person_page, settings_.search_limit);
  results.units.assign(units.begin() + static_cast<std::ptrdiff_t>(results.unit_page.first),
                       units.begin() + static_cast<std::ptrdiff_t>(results.unit_page.last));
  results.people.assign(people.begin() + static_cast<std::ptrdiff_t>(results.person_page.first),
                        people.begin() + static_cast<std::ptrdiff_t>(results.person_page.last));
  return results;
}

Result<UnitDetails> OrganisationService::Unit(const OrganisationContext& context, domain::UnitId id,
                                              std::size_t page) const {
  const auto& organisation = context.organisation();
  if (organisation.FindUnit(id) == nullptr) return UnknownUnit();
  if (!context.Reach(actions::kViewOrganisation).CoversUnit(organisation, id)) {
    return Forbidden("Du har ikke adgang til enheden.");
  }
  UnitDetails details;
  details.unit = organisation.FindUnit(id);
  details.count = organisation.CountPeople(id);
  details.leaders = Leaders(organisation, id);
  auto ancestors = organisation.Ancestors(id);
  std::reverse(ancestors.begin(), ancestors.end());
  for (const auto* ancestor : ancestors) details.ancestors.push_back({ancestor, Leaders(organisation, ancestor->id)});
  for (const auto* child : organisation.Children(id)) details.children.push_back(Describe(organisation, *child));

  std::vector<const domain::Person*> active;
  for (const auto& person : organisation.PeopleIn(id)) {
    if (person.active) active.push_back(&person);
  }
  details.employee_total = active.size();
  const auto span = PageOf(active.size(), page, settings_.employees_per_page);
  details.page_count = span.pages;
  details.page = span.page;
  details.employees.assign(active.begin() + static_cast<std::ptrdiff_t>(span.first),
                           active.begin() + static_cast<std::ptrdiff_t>(span.last));
  return details;
}

Result<PersonDetails> OrganisationService::Person(const OrganisationContext& context, domain::PersonId id,
                                                  const std::string& remote_address) {
  const auto& organisation = context.organisation();
  const auto* person = organisation.FindPerson(id);
  if (person == nullptr) return NotFound("Personen findes ikke.");
  if (!context.Reach(actions::kViewOrganisation).CoversPerson(organisation, id)) {
    return Forbidden("Du har ikke adgang til personen.");
  }
  PersonDetails details;
  details.person = person;
  details.unit = organisation.FindUnit(person->unit);
  details.is_self = context.viewer.person == id;
  for (const auto& step : organisation.LeadershipChain(id)) {
    UnitWithLeaders entry{step.unit, Leaders(organisation, step.unit->id)};
    if (!details.nearest) details.nearest = entry;
    details.chain.push_back(std::move(entry));
  }
  const auto today = Today();
  for (const auto& leadership : organisation.UnitsLedBy(id)) {
    details.leads.push_back({person, &leadership, person->active && organisation.IsNewLeader(id, today)});
  }
  details.hr_details = context.Reach(actions::kViewHrDetails).CoversPerson(organisation, id);
  if (details.hr_details && details.is_self) {
    details.login = *context.viewer.user;
  } else if (details.hr_details) {
    // Access to personal data is logged; looking at oneself is not access to someone else's data.
    details.login = store_.Write([&](Transaction& tx) -> std::optional<domain::User> {
      tx.Get<AuditRepository>().Append({clock_(), context.viewer.user->id, "person.viewed",
                                        "person:" + std::to_string(id), remote_address, "HR-oplysninger vist"});
      if (person->email.empty()) return std::nullopt;
      auto login = tx.Get<UserRepository>().FindByEmail(domain::NormalizeEmail(person->email));
      if (!login || (login->user.person && *login->user.person != id)) return std::nullopt;
      return std::move(login->user);
    });
  }
  return details;
}

LeadershipOverview OrganisationService::MyLeadership(const OrganisationContext& context) const {
  const auto& organisation = context.organisation();
  LeadershipOverview overview;
  overview.me = context.me();
  if (overview.me == nullptr) return overview;
  const auto today = Today();
  for (const auto& step : organisation.LeadershipChain(overview.me->id)) {
    overview.chain.push_back({step.unit, Leaders(organisation, step.unit->id)});
  }
  if (!overview.me->active) return overview;
  for (const auto& leadership : organisation.UnitsLedBy(overview.me->id)) {
    const auto* unit = organisation.FindUnit(leadership.unit);
    if (unit == nullptr) continue;
    LedUnitOverview led;
    led.unit = unit;
    led.count = organisation.CountPeople(unit->id);
    const auto subtree = organisation.Subtree(unit->id);
    led.sub_units = subtree.empty() ? 0 : subtree.size() - 1;
    std::unordered_set<domain::PersonId> leaders;
    for (const auto& member : subtree) {
      for (const auto& below : organisation.ActiveLeadersOf(member.id)) {
        if (below.person != overview.me->id) leaders.insert(below.person);
      }
    }
    led.leaders = leaders.size();
    led.new_leaders =
        static_cast<std::size_t>(std::count_if(leaders.begin(), leaders.end(), [&](domain::PersonId leader) {
          return organisation.IsNewLeader(leader, today);
        }));
    for (const auto* child : organisation.Children(unit->id)) led.children.push_back(Describe(organisation, *child));
    overview.led.push_back(std::move(led));
  }
  return overview;
}

Result<DataCheck> OrganisationService::Check(const OrganisationContext& context, const DataCheckPages& pages) const {
  const auto& organisation = context.organisation();
  const auto reach = context.Reach(actions::kViewDataCheck);
  if (!reach.Any()) return Forbidden("Datakontrollen er for HR og administratorer.");
  DataCheck check;
  check.region = reach.Region();
  std::vector<std::span<const domain::Unit>> runs;
  if (check.region) {
    runs.push_back(organisation.Units());
  } else {
    for (const auto root : reach.Roots(organisation)) {
      check.scope.push_back(organisation.FindUnit(root));
      runs.push_back(organisation.Subtree(root));
    }
  }
  const auto limit = settings_.data_check_list_limit;
  // Every entry is counted; only those of the finding's page are kept.
  check.units_without_leader.page.page = pages.units_without_leader;
  check.chain_gaps.page.page = pages.chain_gaps;
  check.people_without_email.page.page = pages.people_without_email;
  check.inactive_leaders.page.page = pages.inactive_leaders;
  const auto add = [limit](DataCheck::Finding& finding, const domain::Unit* unit, const domain::Person* person,
                           const domain::Unit* related) {
    const auto index = finding.total++;
    const auto first = (std::max<std::size_t>(finding.page.page, 1) - 1) * limit;
    if (index < first || index >= first + limit) return;
    finding.units.push_back(unit);
    finding.people.push_back(person);
    finding.related.push_back(related);
  };
  for (const auto run : runs) {
    for (const auto& unit : run) {
      if (!unit.active) continue;
      const auto active_leaders = organisation.ActiveLeadersOf(unit.id);
      if (active_leaders.empty()) add(check.units_without_leader, &unit, nullptr, nullptr);
      const auto* parent = organisation.Parent(unit.id);
      if (!active_leaders.empty() && parent != nullptr && organisation.ActiveLeadersOf(parent->id).empty()) {
        for (const auto& leadership : active_leaders) {
          add(check.chain_gaps, &unit, organisation.FindPerson(leadership.person), parent);
        }
      }
      for (const auto& leadership : organisation.LeadersOf(unit.id)) {
        const auto* person = organisation.FindPerson(leadership.person);
        if (person != nullptr && !person->active) add(check.inactive_leaders, &unit, person, nullptr);
      }
      for (const auto& person : organisation.PeopleIn(unit.id)) {
        if (person.active && person.email.empty()) add(check.people_without_email, &unit, &person, nullptr);
      }
    }
  }
  // A page past the end shows the last page: count first, then fetch that page again.
  bool again = false;
  for (auto* finding :
       {&check.units_without_leader, &check.chain_gaps, &check.people_without_email, &check.inactive_leaders}) {
    const auto requested = finding->page.page;
    finding->page = PageOf(finding->total, requested, limit);
    if (finding->page.page != requested) again = true;
  }
  if (again) {
    return Check(context, {check.units_without_leader.page.page, check.chain_gaps.page.page,
                           check.people_without_email.page.page, check.inactive_leaders.page.page});
  }
  return check;
}

}  // namespace lp::app
