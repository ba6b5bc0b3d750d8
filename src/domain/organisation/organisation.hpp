#pragma once

// The organisation (DOMAIN.md §1): units in a tree, the people in them, and who leads which unit.
//
// `Organisation` is an immutable, indexed snapshot. It is built once from the three lists (from the
// database or an HR import) by `Organisation::Build`, which validates them and returns either the
// snapshot or every problem found, and then answers the questions the pages ask per request (the
// chain, the subtree, "is this leader over that person", search) in microseconds at 30,000 people.
//
// The rules this file decides, in one place:
// - The tree has exactly one root (the region); every other unit's parent exists; no cycles. A unit
//   is in its own subtree; Ancestors() never includes the unit itself.
// - Inactive units and people stay in the snapshot (history), but an inactive person is never anyone's
//   leader in a chain, and search and NewLeaders() list active units and people only.
// - Nearest leaders (as HR reasons): start at the person's own unit and walk up towards the root; the
//   first unit that has at least one active leader, and that the person does not lead themselves,
//   gives the nearest leaders — all of that unit's active leaders (shared leadership, *fælles
//   ledelse*, gives several). So an employee's nearest leaders are their unit's leaders, a leader's
//   are the leaders of the parent unit, and a leaderless unit (e.g. a section without its own leader)
//   defers to the nearest ancestor that has one. The walk starts at Person::unit, the unit HR places
//   the person in, which for a leader is normally the unit they lead.
// - The leadership chain (*ledelseskæde*) is the nearest leaders, then the same walk continued from
//   that unit's parent, and so on to the root: each step a unit with its active leaders. Units without
//   an active leader and units the person leads are skipped. It walks strictly upwards in a validated
//   tree, so it always ends, after at most Depth(unit) + 1 steps. The top leaders' chain is empty.
// - New leader: a leader is new until the second anniversary of their leader-since date, exclusive.
//   Leader since 23.11.2024 is new up to and including 22.11.2026 and no longer new on 23.11.2026.
//   Leader since 29.02.2024 stays new through 28.02.2026 (the anniversary of 29 February in a common
//   year is 1 March). A leader-since date in the future counts as new: the leader is about to start,
//   and Ledervejen must plan for them. One new leadership is enough (someone long-standing who takes
//   on a further unit this year is a new leader of it).
// - IsLeaderOver(leader, other): the leader is active, other is someone else, and other's unit lies in
//   the subtree of a unit the leader leads — where other is not a co-leader of that same unit (shared
//   leaders are peers, not each other's leaders).
// - Validation reports problems as data (kind, ids, and the position in the input list, so the
//   importer can name file and line); it never throws. Duplicate e-mails are checked among active
//   people only, case-insensitively (a former employee's address may be reused by a new one).

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

using UnitId = std::int64_t;
using PersonId = std::int64_t;

// The level of a unit. The code is what CSV files and the database hold; the label is Danish UI text.
enum class UnitKind {
  Region,
  Area,  // område: the hospital, psychiatry, social and administration level under the region
  Hospital,
  Centre,
  Department,
  Section,
  Secretariat,
  Other,
};

inline constexpr auto kUnitKindTable = MakeEnumTable<UnitKind>({
    {UnitKind::Region, "region", "Region"},
    {UnitKind::Area, "omraade", "Område"},
    {UnitKind::Hospital, "hospital", "Hospital"},
    {UnitKind::Centre, "center", "Center"},
    {UnitKind::Department, "afdeling", "Afdeling"},
    {UnitKind::Section, "afsnit", "Afsnit"},
    {UnitKind::Secretariat, "sekretariat", "Sekretariat"},
    {UnitKind::Other, "andet", "Andet"},
});
inline constexpr auto kAllUnitKinds = kUnitKindTable.Values();

std::string_view UnitKindCode(UnitKind kind);   // "region", "omraade", "hospital", "center", "afdeling", …
std::string_view UnitKindLabel(UnitKind kind);  // "Region", "Område", "Hospital", "Center", "Afdeling", …
// Accepts the code or the Danish label, case-insensitive (also ÆØÅ), surrounding whitespace ignored:
// "omraade", "område", "OMRÅDE", " Afdeling ".
std::optional<UnitKind> ParseUnitKind(std::string_view text);

// An HR system's own name for a level ("stab", "klinik", "team", …) read as the portal's category and
// the label to show. The portal's codes and labels give their category and no label of their own;
// a few common Danish names map to the category they are (klinik → afdeling, stab → sekretariat,
// team → afsnit, sektor → område, …) and keep their name as the label; any other name is "andet" with
// its name as the label. Never refused: HR systems name their levels as they like.
struct UnitKindReading {
  UnitKind kind = UnitKind::Other;
  std::string label;  // as written (trimmed); empty when it is the category's own code or label
};
UnitKindReading ReadUnitKind(std::string_view text);
// What a page shows as the kind of a unit: its HR label when it has one, its category's label otherwise.
std::string_view ShownUnitKind(UnitKind kind, std::string_view label);

enum class LeaderKind {
  Personaleleder,  // personnel or function leader (personaleleder/funktionsleder)
  LederAfLedere,   // leader of leaders
  KliniskLeder,    // clinical leader: ledende overlæge, cheflæge, clinical professor in the management
};

inline constexpr auto kLeaderKindTable = MakeEnumTable<LeaderKind>({
    {LeaderKind::Personaleleder, "personaleleder", "Personaleleder"},
    {LeaderKind::LederAfLedere, "leder_af_ledere", "Leder af ledere"},
    {LeaderKind::KliniskLeder, "klinisk_leder", "Klinisk leder"},
});
inline constexpr auto kAllLeaderKinds = kLeaderKindTable.Values();

std::string_view LeaderKindCode(LeaderKind kind);   // "personaleleder", "leder_af_ledere", "klinisk_leder"
std::string_view LeaderKindLabel(LeaderKind kind);  // "Personaleleder", "Leder af ledere", "Klinisk leder"
// Accepts the code or the label, case-insensitive, with spaces, '-' or '_' between words
// ("Leder af ledere", "leder-af-ledere"), and "funktionsleder" for Personaleleder.
std::optional<LeaderKind> ParseLeaderKind(std::string_view text);

struct Unit {
  UnitId id = 0;
  std::string external_id;  // the HR system's unit id
  std::string name;
  std::optional<UnitId> parent;  // none for the root (the region)
  UnitKind kind = UnitKind::Other;
  bool active = true;
  std::string kind_label{};  // the HR system's name for the kind, when not the category's own (ReadUnitKind)

  friend bool operator==(const Unit&, const Unit&) = default;
};

struct Person {
  PersonId id = 0;
  std::string employee_no;  // the key from the HR system; never a CPR number
  std::string first_name;
  std::string last_name;
  std::string email;
  std::string title;
  UnitId unit = 0;
  bool active = true;

  std::string FullName() const;  // "Anne Sørensen"; one name alone when the other is empty

  friend bool operator==(const Person&, const Person&) = default;
};

struct Leadership {
  UnitId unit = 0;
  PersonId person = 0;
  std::chrono::year_month_day leader_since;
  LeaderKind kind = LeaderKind::Personaleleder;

  friend bool operator==(const Leadership&, const Leadership&) = default;
};

enum class OrganisationProblemKind {
  DuplicateUnitId,            // unit; related_index: the first unit with that id
  DuplicateUnitExternalId,    // unit; related_index: the first unit with that external id
  UnknownParent,              // unit; related_unit: the parent id that does not exist
  Cycle,                      // unit: the first unit of the cycle in input order; cycle: the ids around it
  SeveralRoots,               // unit: a further unit without a parent; related_unit: the first root
  DuplicatePersonId,          // person; related_index: the first person with that id
  DuplicateEmployeeNumber,    // person; related_index: the first person with that employee number
  DuplicateEmail,             // person (active); related_index: the first active person with that e-mail
  PersonInUnknownUnit,        // person; unit: the unit id that does not exist
  LeadershipOfUnknownUnit,    // unit (unknown), person
  LeadershipOfUnknownPerson,  // unit, person (unknown)
  DuplicateLeadership,        // unit, person; related_index: the first leadership of that pair
  InvalidLeaderSince,         // unit, person: leader_since is not a real date
};

// One problem found by validation. index is the position in the input list the problem is about:
// the units list for unit problems, the people list for person problems, the leaderships list for
// leadership problems (the importer maps it to a file and line).
struct OrganisationProblem {
  OrganisationProblemKind kind = OrganisationProblemKind::UnknownParent;
  std::size_t index = 0;
  std::optional<UnitId> unit;
  std::optional<PersonId> person;
  std::optional<UnitId> related_unit;
  std::optional<std::size_t> related_index;
  std::vector<UnitId> cycle;  // for Cycle: each unit's parent follows it; the last one's parent is the first

  friend bool operator==(const OrganisationProblem&, const OrganisationProblem&) = default;
};

// A Danish sentence for the problem, without file and line ("Enheden 12 har den overordnede enhed 99,
// som ikke findes."). The importer, which knows the HR keys and lines, may well say it better.
std::string DescribeProblem(const OrganisationProblem& problem);

// A unit with the leaders who lead it, as one step of a chain. leaders is never empty in a chain.
struct LeaderGroup {
  const Unit* unit = nullptr;
  std::span<const Leadership> leaders;
};

// How many people a unit holds: directly, and in its whole subtree (the unit included).
struct HeadCount {
  std::size_t direct = 0;
  std::size_t total = 0;
  std::size_t active_direct = 0;
  std::size_t active_total = 0;
};

namespace detail {
// The names one search runs over, lower-cased (LowerCaseDanish) and laid one after another in one
// buffer, each followed by '\n', so that one scan finds the candidates.
class NameIndex {
 public:
  void Add(std::string_view name, bool active);
  void Finish();  // after the last Add
  // The positions of the active names that contain every word of the query, best first (see
  // Organisation::SearchUnits), at most limit.
  std::vector<std::size_t> Search(std::string_view query, std::size_t limit) const;

 private:
  std::size_t Find(std::string_view word, std::size_t from) const;

  std::string text_;
  std::vector<std::uint32_t> begin_;  // where each name starts, then text_.size()
  std::vector<bool> active_;
  std::array<std::uint32_t, 256> byte_counts_{};  // how often each byte occurs in text_
};
}  // namespace detail

class Organisation;
using OrganisationOrProblems = std::variant<Organisation, std::vector<OrganisationProblem>>;

// Pointers and spans returned by an Organisation stay valid as long as it lives (also when it is
// moved); unknown ids give nullptr, nullopt, an empty list or false — never an exception.
class Organisation {
 public:
  Organisation() = default;  // empty: no units, no people

  // Every problem in the three lists, in input order (units, then people, then leaderships); empty
  // when they make a valid organisation. O(n).
  static std::vector<OrganisationProblem> Validate(std::span<const Unit> units, std::span<const Person> people,
                                                   std::span<const Leadership> leaderships);
  // The snapshot, or Validate's problems when there are any. O(n), plus sorting siblings and each
  // unit's people by name.
  static OrganisationOrProblems Build(std::vector<Unit> units, std::vector<Person> people,
                                      std::vector<Leadership> leaderships);

  // All units in tree order (depth first, siblings by name), so every subtree is a contiguous run.
  std::span<const Unit> Units() const { return units_; }
  // All people, grouped by unit in tree order, and within a unit by last name, then first name.
  std::span<const Person> People() const { return people_; }
  std::size_t LeadershipCount() const { return leaderships_.size(); }

  const Unit* Root() const { return units_.empty() ? nullptr : &units_.front(); }
  const Unit* FindUnit(UnitId id) const;
  const Unit* FindUnitByExternalId(std::string_view external_id) const;
  const Person* FindPerson(PersonId id) const;
  const Person* FindPersonByEmployeeNo(std::string_view employee_no) const;

  // --- The tree ---
  const Unit* Parent(UnitId unit) const;                       // nullptr for the root
  std::vector<const Unit*> Children(UnitId unit) const;        // by name
  std::vector<const Unit*> Ancestors(UnitId unit) const;       // parent first, root last
  std::span<const Unit> Subtree(UnitId unit) const;            // the unit first, then its descendants
  bool IsInSubtree(UnitId unit, UnitId root) const;            // O(1); true for unit == root
  std::optional<int> Depth(UnitId unit) const;                 // 0 for the root
  HeadCount CountPeople(UnitId unit) const;                    // O(1)
  std::span<const Person> PeopleIn(UnitId unit) const;         // the unit's own people
  std::span<const Person> PeopleInSubtree(UnitId unit) const;  // the unit's and all its descendants'

  // --- Leadership ---
  // Every leadership of the unit: active leaders first, each group by leader-since, then person id.
  std::span<const Leadership> LeadersOf(UnitId unit) const;
  std::span<const Leadership> ActiveLeadersOf(UnitId unit) const;  // the leaders whose person is active
  std::span<const Leadership> UnitsLedBy(PersonId person) const;   // in tree order
  bool IsLeader(PersonId person) const { return !UnitsLedBy(person).empty(); }
  // The first step of LeadershipChain (see the rules at the top); nullopt for the top leaders, for
  // someone with no leader above them, and for an unknown person.
  std::optional<LeaderGroup> NearestLeaders(PersonId person) const;
  std::vector<LeaderGroup> LeadershipChain(PersonId person) const;  // nearest first, the top last
  bool IsLeaderOver(PersonId leader, PersonId other) const;
  bool IsNewLeader(PersonId person, std::chrono::year_month_day today) const;
  std::vector<const Person*> NewLeaders(std::chrono::year_month_day today) const;  // active, in People() order

  // --- Search (for the organisation pages) ---
  // Case-insensitive (ÆØÅ and the other Latin-1 letters included), over active units' names and
  // active people's full names. Every word of the query must occur in the name; names that start
  // with the query come first, then names where every query word starts a word, then the rest, each
  // group in tree order. At most limit results; an empty query finds nothing.
  std::vector<const Unit*> SearchUnits(std::string_view query, std::size_t limit) const;
  std::vector<const Person*> SearchPeople(std::string_view query, std::size_t limit) const;

 private:
  using Position = std::uint32_t;  // an index into units_ or people_
  static constexpr Position kNone = std::numeric_limits<Position>::max();

  std::optional<Position> UnitPosition(UnitId id) const;
  std::optional<Position> PersonPosition(PersonId id) const;
  bool Leads(Position person, Position unit) const;
  // The first unit from `from` upwards with an active leader that `person` does not lead.
  std::optional<LeaderGroup> LeadersFrom(Position from, Position person) const;

  std::vector<Unit> units_;  // tree order
  std::unordered_map<UnitId, Position> unit_positions_;
  std::unordered_map<std::string, Position> unit_external_positions_;
  std::vector<Position> parent_;       // kNone for the root
  std::vector<Position> subtree_end_;  // one past the last descendant
  std::vector<int> depth_;
  std::vector<Position> child_begin_;  // into children_, size units + 1
  std::vector<Position> children_;

  std::vector<Person> people_;  // by unit in tree order
  std::unordered_map<PersonId, Position> person_positions_;
  std::unordered_map<std::string, Position> employee_no_positions_;
  std::vector<Position> person_unit_;    // the position of each person's unit
  std::vector<Position> people_begin_;   // into people_ by unit position, size units + 1
  std::vector<Position> active_before_;  // active people among people_[0, i), size people + 1

  std::vector<Leadership> leaderships_;  // by unit in tree order, active leaders first
  std::vector<Position> leaders_begin_;  // into leaderships_ by unit position, size units + 1
  std::vector<Position> active_leaders_end_;
  std::vector<Leadership> leaderships_by_person_;  // by person position, then unit in tree order
  std::vector<Position> led_begin_;                // into leaderships_by_person_, size people + 1

  detail::NameIndex unit_search_;
  detail::NameIndex person_search_;
};

// Lower-cases ASCII and the Latin-1 letters (ÆØÅ → æøå, É → é, …) in UTF-8 text; every other byte,
// including invalid UTF-8, is kept as it is. For search and for parsing codes; not a full Unicode
// case fold.
std::string LowerCaseDanish(std::string_view text);

// A key whose byte order is Danish alphabetical order for Latin names: case-insensitive, with æ, ø,
// å after z in that order, and the other accented Latin-1 letters sorted with their base letter.
std::string DanishSortKey(std::string_view text);

}  // namespace lp::domain
