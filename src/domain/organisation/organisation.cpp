#include "domain/organisation/organisation.hpp"

#include <algorithm>
#include <functional>
#include <tuple>
#include <unordered_set>
#include <utility>

namespace lp::domain {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

// --- Text ---

constexpr unsigned char kLatin1Lead = 0xC3;  // UTF-8 lead byte of U+00C0..U+00FF

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool IsAsciiAlphanumeric(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsAsciiSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsAsciiSpace(text.back())) text.remove_suffix(1);
  return text;
}

// The Latin-1 code point of a two-byte UTF-8 sequence C3 xx, or 0 when the bytes are not one.
unsigned Latin1CodePoint(std::string_view text, std::size_t i) {
  if (i + 1 >= text.size() || static_cast<unsigned char>(text[i]) != kLatin1Lead) return 0;
  const auto trail = static_cast<unsigned char>(text[i + 1]);
  if (trail < 0x80 || trail > 0xBF) return 0;
  return 0xC0U + (trail - 0x80U);
}

bool IsLatin1Upper(unsigned code_point) { return code_point >= 0xC0 && code_point <= 0xDE && code_point != 0xD7; }

// Where a lower-case Latin-1 letter sorts in DanishSortKey: a base letter, æ/ø/å after z, or a pair.
std::string_view Latin1SortReplacement(unsigned lower) {
  switch (lower) {
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3: return "a";  // à á â ã
    case 0xE4:
    case 0xE6: return "{";  // ä sorts as æ in Danish
    case 0xE5: return "}";  // å
    case 0xE7: return "c";
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEB: return "e";
    case 0xEC:
    case 0xED:
    case 0xEE:
    case 0xEF: return "i";
    case 0xF0: return "d";  // ð
    case 0xF1: return "n";
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5: return "o";
    case 0xF6:
    case 0xF8: return "|";  // ö sorts as ø in Danish
    case 0xF9:
    case 0xFA:
    case 0xFB: return "u";
    case 0xFC:
    case 0xFD:
    case 0xFF: return "y";  // ü sorts as y in Danish
    case 0xFE: return "th";
    case 0xDF: return "ss";
    default: return {};
  }
}

// "Leder af ledere", "leder-af-ledere" -> "leder_af_ledere"
std::string NormaliseCode(std::string_view text) {
  std::string code = LowerCaseDanish(Trim(text));
  bool previous_separator = false;
  std::string out;
  out.reserve(code.size());
  for (char c : code) {
    const bool separator = c == ' ' || c == '-' || c == '_';
    if (separator) {
      if (!previous_separator) out.push_back('_');
    } else {
      out.push_back(c);
    }
    previous_separator = separator;
  }
  return out;
}

// --- Dates ---

// The day a leader stops being new. The anniversary of 29 February in a common year is 1 March.
sys_days SecondAnniversary(year_month_day since) {
  const year_month_day anniversary = since + std::chrono::years{2};
  if (anniversary.ok()) return sys_days{anniversary};
  return sys_days{anniversary.year() / anniversary.month() / std::chrono::last} + days{1};
}

// --- Validation helpers ---

struct PairHash {
  std::size_t operator()(const std::pair<UnitId, PersonId>& pair) const {
    const std::size_t h1 = std::hash<UnitId>{}(pair.first);
    const std::size_t h2 = std::hash<PersonId>{}(pair.second);
    return h1 ^ (h2 + 0x9e3779b97f4a7c15ULL + (h1 << 6U) + (h1 >> 2U));
  }
};

OrganisationProblem MakeProblem(OrganisationProblemKind kind, std::size_t index, std::optional<UnitId> unit,
                                std::optional<PersonId> person, std::optional<UnitId> related_unit = std::nullopt,
                                std::optional<std::size_t> related_index = std::nullopt) {
  OrganisationProblem problem;
  problem.kind = kind;
  problem.index = index;
  problem.unit = unit;
  problem.person = person;
  problem.related_unit = related_unit;
  problem.related_index = related_index;
  return problem;
}

void SortByIndex(std::vector<OrganisationProblem>& problems) {
  std::stable_sort(problems.begin(), problems.end(),
                   [](const OrganisationProblem& a, const OrganisationProblem& b) { return a.index < b.index; });
}

std::vector<OrganisationProblem> ValidateUnits(std::span<const Unit> units,
                                               std::unordered_map<UnitId, std::size_t>& unit_index) {
  std::vector<OrganisationProblem> problems;
  std::unordered_map<std::string_view, std::size_t> external_index;
  unit_index.reserve(units.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& unit = units[i];
    if (auto [it, inserted] = unit_index.try_emplace(unit.id, i); !inserted) {
      problems.push_back(
          MakeProblem(OrganisationProblemKind::DuplicateUnitId, i, unit.id, std::nullopt, std::nullopt, it->second));
    }
    if (unit.external_id.empty()) continue;
    if (auto [it, inserted] = external_index.try_emplace(unit.external_id, i); !inserted) {
      problems.push_back(MakeProblem(OrganisationProblemKind::DuplicateUnitExternalId, i, unit.id, std::nullopt,
                                     std::nullopt, it->second));
    }
  }

  constexpr std::size_t kNoParent = SIZE_MAX;
  std::vector<std::size_t> parent(units.size(), kNoParent);
  std::optional<std::size_t> first_root;
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& unit = units[i];
    if (!unit.parent) {
      if (first_root) {
        problems.push_back(
            MakeProblem(OrganisationProblemKind::SeveralRoots, i, unit.id, std::nullopt, units[*first_root].id));
      } else {
        first_root = i;
      }
      continue;
    }
    const auto found = unit_index.find(*unit.parent);
    if (found == unit_index.end()) {
      problems.push_back(MakeProblem(OrganisationProblemKind::UnknownParent, i, unit.id, std::nullopt, *unit.parent));
    } else {
      parent[i] = found->second;
    }
  }

  // Follow parent links from every unit once; a link back into the current path closes a cycle.
  enum class Visit : unsigned char { NotYet, OnPath, Done };
  std::vector<Visit> visit(units.size(), Visit::NotYet);
  std::vector<std::size_t> path;
  for (std::size_t start = 0; start < units.size(); ++start) {
    path.clear();
    std::size_t current = start;
    while (current != kNoParent && visit[current] == Visit::NotYet) {
      visit[current] = Visit::OnPath;
      path.push_back(current);
      current = parent[current];
    }
    if (current != kNoParent && visit[current] == Visit::OnPath) {
      const auto cycle_begin = std::find(path.begin(), path.end(), current);
      const auto first = std::min_element(cycle_begin, path.end());
      std::vector<std::size_t> members(first, path.end());
      members.insert(members.end(), cycle_begin, first);
      OrganisationProblem problem = MakeProblem(OrganisationProblemKind::Cycle, *first, units[*first].id, std::nullopt);
      for (std::size_t member : members) problem.cycle.push_back(units[member].id);
      problems.push_back(std::move(problem));
    }
    for (std::size_t visited : path) visit[visited] = Visit::Done;
  }
  SortByIndex(problems);
  return problems;
}

std::vector<OrganisationProblem> ValidatePeople(std::span<const Person> people,
                                                const std::unordered_map<UnitId, std::size_t>& unit_index,
                                                std::unordered_map<PersonId, std::size_t>& person_index) {
  std::vector<OrganisationProblem> problems;
  std::unordered_map<std::string_view, std::size_t> employee_numbers;
  std::unordered_map<std::string, std::size_t> emails;
  person_index.reserve(people.size());
  employee_numbers.reserve(people.size());
  emails.reserve(people.size());
  for (std::size_t i = 0; i < people.size(); ++i) {
    const Person& person = people[i];
    if (auto [it, inserted] = person_index.try_emplace(person.id, i); !inserted) {
      problems.push_back(MakeProblem(OrganisationProblemKind::DuplicatePersonId, i, std::nullopt, person.id,
                                     std::nullopt, it->second));
    }
    if (!person.employee_no.empty()) {
      if (auto [it, inserted] = employee_numbers.try_emplace(person.employee_no, i); !inserted) {
        problems.push_back(MakeProblem(OrganisationProblemKind::DuplicateEmployeeNumber, i, std::nullopt, person.id,
                                       std::nullopt, it->second));
      }
    }
    if (person.active && !person.email.empty()) {
      if (auto [it, inserted] = emails.try_emplace(LowerCaseDanish(Trim(person.email)), i); !inserted) {
        problems.push_back(
            MakeProblem(OrganisationProblemKind::DuplicateEmail, i, std::nullopt, person.id, std::nullopt, it->second));
      }
    }
    if (!unit_index.contains(person.unit)) {
      problems.push_back(MakeProblem(OrganisationProblemKind::PersonInUnknownUnit, i, person.unit, person.id));
    }
  }
  return problems;
}

std::vector<OrganisationProblem> ValidateLeaderships(std::span<const Leadership> leaderships,
                                                     const std::unordered_map<UnitId, std::size_t>& unit_index,
                                                     const std::unordered_map<PersonId, std::size_t>& person_index) {
  std::vector<OrganisationProblem> problems;
  std::unordered_map<std::pair<UnitId, PersonId>, std::size_t, PairHash> pairs;
  pairs.reserve(leaderships.size());
  for (std::size_t i = 0; i < leaderships.size(); ++i) {
    const Leadership& leadership = leaderships[i];
    const OrganisationProblem about =
        MakeProblem(OrganisationProblemKind::DuplicateLeadership, i, leadership.unit, leadership.person);
    if (!unit_index.contains(leadership.unit)) {
      problems.push_back(about);
      problems.back().kind = OrganisationProblemKind::LeadershipOfUnknownUnit;
    }
    if (!person_index.contains(leadership.person)) {
      problems.push_back(about);
      problems.back().kind = OrganisationProblemKind::LeadershipOfUnknownPerson;
    }
    if (!leadership.leader_since.ok()) {
      problems.push_back(about);
      problems.back().kind = OrganisationProblemKind::InvalidLeaderSince;
    }
    if (auto [it, inserted] = pairs.try_emplace({leadership.unit, leadership.person}, i); !inserted) {
      problems.push_back(about);
      problems.back().kind = OrganisationProblemKind::DuplicateLeadership;
      problems.back().related_index = it->second;
    }
  }
  return problems;
}

// Places the items of each bucket together, buckets in order; returns the bucket offsets (size
// bucket_count + 1) and fills order with the item indices. O(items + buckets), stable.
template <typename BucketOf>
std::vector<std::uint32_t> BucketSort(std::size_t items, std::size_t bucket_count, BucketOf bucket_of,
                                      std::vector<std::uint32_t>& order) {
  std::vector<std::uint32_t> begin(bucket_count + 1, 0);
  for (std::size_t i = 0; i < items; ++i) ++begin[bucket_of(i) + 1];
  for (std::size_t b = 0; b < bucket_count; ++b) begin[b + 1] += begin[b];
  std::vector<std::uint32_t> next(begin.begin(), begin.end() - 1);
  order.assign(items, 0);
  for (std::size_t i = 0; i < items; ++i) order[next[bucket_of(i)]++] = static_cast<std::uint32_t>(i);
  return begin;
}

// --- Search ---

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsAsciiSpace(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && !IsAsciiSpace(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

bool StartsWord(std::string_view name, std::size_t at) {
  if (at == 0) return true;
  const char before = name[at - 1];
  return static_cast<unsigned char>(before) < 0x80 && !IsAsciiAlphanumeric(before);
}

// 0: the name starts with the query; 1: every word of the query starts a word of the name; 2: every
// word occurs somewhere; nullopt: no match.
std::optional<int> MatchRank(std::string_view name, std::string_view joined_query,
                             const std::vector<std::string_view>& words) {
  bool all_start_words = true;
  for (std::string_view word : words) {
    std::size_t at = name.find(word);
    if (at == std::string_view::npos) return std::nullopt;
    if (!all_start_words) continue;
    while (at != std::string_view::npos && !StartsWord(name, at)) at = name.find(word, at + 1);
    if (at == std::string_view::npos) all_start_words = false;
  }
  if (name.starts_with(joined_query)) return 0;
  return all_start_words ? 1 : 2;
}

}  // namespace

// --- The search index ---

namespace detail {

void NameIndex::Add(std::string_view name, bool active) {
  begin_.push_back(static_cast<std::uint32_t>(text_.size()));
  active_.push_back(active);
  for (char c : LowerCaseDanish(name)) {
    // No name may hold the separator (queries are split on whitespace, so no word holds one either).
    text_.push_back(IsAsciiSpace(c) ? ' ' : c);
  }
  text_.push_back('\n');
}

void NameIndex::Finish() {
  begin_.push_back(static_cast<std::uint32_t>(text_.size()));
  for (char c : text_) ++byte_counts_[static_cast<unsigned char>(c)];
}

// Like text_.find(word, from), but scans for the word's rarest byte instead of its first: the first
// byte of "østergaard" is UTF-8's lead byte for every æ, ø and å, and would stop the scan at each.
std::size_t NameIndex::Find(std::string_view word, std::size_t from) const {
  std::size_t anchor = 0;
  for (std::size_t i = 1; i < word.size(); ++i) {
    if (byte_counts_[static_cast<unsigned char>(word[i])] < byte_counts_[static_cast<unsigned char>(word[anchor])]) {
      anchor = i;
    }
  }
  const std::string_view text = text_;
  for (std::size_t at = text.find(word[anchor], from + anchor); at != std::string_view::npos;
       at = text.find(word[anchor], at + 1)) {
    const std::size_t start = at - anchor;
    if (text.substr(start, word.size()) == word) return start;
  }
  return std::string_view::npos;
}

std::vector<std::size_t> NameIndex::Search(std::string_view query, std::size_t limit) const {
  const std::string folded = LowerCaseDanish(query);
  const std::vector<std::string_view> words = Words(folded);
  if (words.empty() || limit == 0 || begin_.size() < 2) return {};
  std::string joined;
  for (std::string_view word : words) {
    if (!joined.empty()) joined.push_back(' ');
    joined.append(word);
  }
  // Every match contains the longest word, so one scan for it finds the candidates, and only their
  // names are looked at word by word.
  const std::string_view longest = *std::max_element(
      words.begin(), words.end(), [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
  const std::string_view text = text_;
  std::array<std::vector<std::size_t>, 3> by_rank;
  std::size_t name = 0;
  for (std::size_t at = Find(longest, 0); at != std::string_view::npos && by_rank[0].size() < limit;) {
    // The name holding the hit: hits only move forward, so gallop from the last name, then bisect.
    std::size_t step = 1;
    while (name + step < begin_.size() && begin_[name + step] <= at) {
      name += step;
      step *= 2;
    }
    const auto last = begin_.begin() + static_cast<std::ptrdiff_t>(std::min(name + step, begin_.size()));
    name = static_cast<std::size_t>(std::upper_bound(begin_.begin() + static_cast<std::ptrdiff_t>(name), last, at) -
                                    begin_.begin() - 1);
    const std::size_t name_end = begin_[name + 1] - 1;  // the separator
    if (const auto rank = MatchRank(text.substr(begin_[name], name_end - begin_[name]), joined, words);
        rank && active_[name]) {
      auto& bucket = by_rank[static_cast<std::size_t>(*rank)];
      if (bucket.size() < limit) bucket.push_back(name);
    }
    at = Find(longest, name_end + 1);
  }
  std::vector<std::size_t> found;
  for (const auto& bucket : by_rank) {
    for (std::size_t i : bucket) {
      if (found.size() == limit) return found;
      found.push_back(i);
    }
  }
  return found;
}

}  // namespace detail

// --- Codes and labels ---

std::string_view UnitKindCode(UnitKind kind) { return kUnitKindTable.Code(kind); }
std::string_view UnitKindLabel(UnitKind kind) { return kUnitKindTable.Label(kind); }

std::optional<UnitKind> ParseUnitKind(std::string_view text) {
  const std::string folded = LowerCaseDanish(Trim(text));
  for (const auto& kind : kUnitKindTable) {
    if (folded == kind.code || folded == LowerCaseDanish(kind.label)) return kind.value;
  }
  return std::nullopt;
}

UnitKindReading ReadUnitKind(std::string_view text) {
  const std::string_view written = Trim(text);
  if (const auto kind = ParseUnitKind(written)) return {*kind, {}};
  // Names HR systems give levels of a Danish region, and the category each of them is.
  struct Synonym {
    std::string_view name;  // lower case
    UnitKind kind;
  };
  constexpr std::array<Synonym, 14> kSynonyms = {{{"klinik", UnitKind::Department},
                                                  {"afd", UnitKind::Department},
                                                  {"afd.", UnitKind::Department},
                                                  {"stab", UnitKind::Secretariat},
                                                  {"stabsfunktion", UnitKind::Secretariat},
                                                  {"team", UnitKind::Section},
                                                  {"gruppe", UnitKind::Section},
                                                  {"sengeafsnit", UnitKind::Section},
                                                  {"ambulatorium", UnitKind::Section},
                                                  {"sektor", UnitKind::Area},
                                                  {"koncern", UnitKind::Region},
                                                  {"hospitalsenhed", UnitKind::Hospital},
                                                  {"centre", UnitKind::Centre},
                                                  {"institution", UnitKind::Centre}}};
  const std::string folded = LowerCaseDanish(written);
  for (const auto& synonym : kSynonyms) {
    if (folded == synonym.name) return {synonym.kind, std::string(written)};
  }
  return {UnitKind::Other, std::string(written)};
}

std::string_view ShownUnitKind(UnitKind kind, std::string_view label) {
  return label.empty() ? UnitKindLabel(kind) : label;
}

std::string_view LeaderKindCode(LeaderKind kind) { return kLeaderKindTable.Code(kind); }
std::string_view LeaderKindLabel(LeaderKind kind) { return kLeaderKindTable.Label(kind); }

std::optional<LeaderKind> ParseLeaderKind(std::string_view text) {
  const std::string code = NormaliseCode(text);
  // A functional leader is a staff leader in the portal's terms.
  if (code == "funktionsleder") return LeaderKind::Personaleleder;
  return kLeaderKindTable.Parse(code);
}

std::string Person::FullName() const {
  if (first_name.empty()) return last_name;
  if (last_name.empty()) return first_name;
  return first_name + " " + last_name;
}

std::string DescribeProblem(const OrganisationProblem& problem) {
  const std::string unit = problem.unit ? std::to_string(*problem.unit) : "?";
  const std::string person = problem.person ? std::to_string(*problem.person) : "?";
  const std::string related_unit = problem.related_unit ? std::to_string(*problem.related_unit) : "?";
  switch (problem.kind) {
    case OrganisationProblemKind::DuplicateUnitId: return "Enheden " + unit + " findes mere end én gang.";
    case OrganisationProblemKind::DuplicateUnitExternalId:
      return "Enheden " + unit + " har samme HR-id som en anden enhed.";
    case OrganisationProblemKind::UnknownParent:
      return "Enheden " + unit + " har den overordnede enhed " + related_unit + ", som ikke findes.";
    case OrganisationProblemKind::Cycle: {
      std::string ring;
      for (UnitId id : problem.cycle) ring += std::to_string(id) + " → ";
      ring += problem.cycle.empty() ? unit : std::to_string(problem.cycle.front());
      return "Enhederne ligger under hinanden i ring (" + ring + "); en enhed kan ikke ligge under sig selv.";
    }
    case OrganisationProblemKind::SeveralRoots:
      return "Enheden " + unit + " har ingen overordnet enhed, og det har enheden " + related_unit +
             " heller ikke; der må kun være én øverste enhed.";
    case OrganisationProblemKind::DuplicatePersonId: return "Personen " + person + " findes mere end én gang.";
    case OrganisationProblemKind::DuplicateEmployeeNumber:
      return "Personen " + person + " har samme medarbejdernummer som en anden person.";
    case OrganisationProblemKind::DuplicateEmail:
      return "Personen " + person + " har samme e-mailadresse som en anden aktiv person.";
    case OrganisationProblemKind::PersonInUnknownUnit:
      return "Personen " + person + " hører til enheden " + unit + ", som ikke findes.";
    case OrganisationProblemKind::LeadershipOfUnknownUnit:
      return "Personen " + person + " er angivet som leder af enheden " + unit + ", som ikke findes.";
    case OrganisationProblemKind::LeadershipOfUnknownPerson:
      return "Enheden " + unit + " har lederen " + person + ", som ikke findes.";
    case OrganisationProblemKind::DuplicateLeadership:
      return "Personen " + person + " er angivet som leder af enheden " + unit + " mere end én gang.";
    case OrganisationProblemKind::InvalidLeaderSince:
      return "Personen " + person + " har en ugyldig dato for \"leder siden\" for enheden " + unit + ".";
  }
  return "Ukendt problem i organisationen.";
}

std::string LowerCaseDanish(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const char c = out[i];
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c - 'A' + 'a');
    } else if (const unsigned code_point = Latin1CodePoint(out, i); code_point != 0) {
      if (IsLatin1Upper(code_point)) out[i + 1] = static_cast<char>(static_cast<unsigned char>(out[i + 1]) + 0x20U);
      ++i;
    }
  }
  return out;
}

std::string DanishSortKey(std::string_view text) {
  std::string key;
  key.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= 'A' && c <= 'Z') {
      key.push_back(static_cast<char>(c - 'A' + 'a'));
      continue;
    }
    unsigned code_point = Latin1CodePoint(text, i);
    if (code_point == 0) {
      key.push_back(c);
      continue;
    }
    if (IsLatin1Upper(code_point)) code_point += 0x20;
    const std::string_view replacement = Latin1SortReplacement(code_point);
    if (replacement.empty()) {
      key.append(text.substr(i, 2));
    } else {
      key.append(replacement);
    }
    ++i;
  }
  return key;
}

// --- Building ---

std::vector<OrganisationProblem> Organisation::Validate(std::span<const Unit> units, std::span<const Person> people,
                                                        std::span<const Leadership> leaderships) {
  std::unordered_map<UnitId, std::size_t> unit_index;
  std::unordered_map<PersonId, std::size_t> person_index;
  std::vector<OrganisationProblem> problems = ValidateUnits(units, unit_index);
  std::vector<OrganisationProblem> people_problems = ValidatePeople(people, unit_index, person_index);
  std::vector<OrganisationProblem> leadership_problems = ValidateLeaderships(leaderships, unit_index, person_index);
  problems.insert(problems.end(), std::make_move_iterator(people_problems.begin()),
                  std::make_move_iterator(people_problems.end()));
  problems.insert(problems.end(), std::make_move_iterator(leadership_problems.begin()),
                  std::make_move_iterator(leadership_problems.end()));
  return problems;
}

OrganisationOrProblems Organisation::Build(std::vector<Unit> units, std::vector<Person> people,
                                           std::vector<Leadership> leaderships) {
  std::vector<OrganisationProblem> problems = Validate(units, people, leaderships);
  if (!problems.empty()) return problems;

  Organisation org;
  const std::size_t unit_count = units.size();
  if (unit_count == 0) return org;  // validation made sure people and leaderships are empty too

  // Children of each unit (by input index), siblings in Danish name order.
  std::unordered_map<UnitId, Position> input_index;
  input_index.reserve(unit_count);
  for (std::size_t i = 0; i < unit_count; ++i) input_index.emplace(units[i].id, static_cast<Position>(i));
  std::vector<std::string> unit_keys(unit_count);
  for (std::size_t i = 0; i < unit_count; ++i) unit_keys[i] = DanishSortKey(units[i].name);
  const std::size_t root_bucket = unit_count;  // the root's "parent" bucket
  std::vector<Position> by_parent;
  const std::vector<Position> children_of = BucketSort(
      unit_count, unit_count + 1,
      [&](std::size_t i) { return units[i].parent ? input_index.at(*units[i].parent) : root_bucket; }, by_parent);
  const auto by_name = [&](Position a, Position b) {
    return std::tie(unit_keys[a], units[a].name, units[a].id) < std::tie(unit_keys[b], units[b].name, units[b].id);
  };
  for (std::size_t p = 0; p < unit_count; ++p) {
    std::sort(by_parent.begin() + children_of[p], by_parent.begin() + children_of[p + 1], by_name);
  }

  // Depth-first order from the root: every subtree becomes a contiguous run of positions.
  std::vector<Position> order;  // input index at each position
  order.reserve(unit_count);
  std::vector<Position> stack{by_parent[children_of[root_bucket]]};
  while (!stack.empty()) {
    const Position i = stack.back();
    stack.pop_back();
    order.push_back(i);
    for (Position k = children_of[i + 1]; k > children_of[i]; --k) stack.push_back(by_parent[k - 1]);
  }
  std::vector<Position> position_of(unit_count);
  for (std::size_t p = 0; p < unit_count; ++p) position_of[order[p]] = static_cast<Position>(p);

  org.units_.reserve(unit_count);
  org.parent_.assign(unit_count, kNone);
  org.depth_.assign(unit_count, 0);
  org.child_begin_.assign(unit_count + 1, 0);
  org.children_.reserve(unit_count);
  for (std::size_t p = 0; p < unit_count; ++p) {
    const Position i = order[p];
    org.child_begin_[p] = static_cast<Position>(org.children_.size());
    for (Position k = children_of[i]; k < children_of[i + 1]; ++k) org.children_.push_back(position_of[by_parent[k]]);
    if (units[i].parent) {
      org.parent_[p] = position_of[input_index.at(*units[i].parent)];
      org.depth_[p] = org.depth_[org.parent_[p]] + 1;
    }
    org.units_.push_back(std::move(units[i]));
  }
  org.child_begin_[unit_count] = static_cast<Position>(org.children_.size());
  org.subtree_end_.assign(unit_count, 0);
  for (std::size_t p = unit_count; p-- > 0;) {
    org.subtree_end_[p] = std::max(org.subtree_end_[p], static_cast<Position>(p + 1));
    if (org.parent_[p] != kNone) {
      org.subtree_end_[org.parent_[p]] = std::max(org.subtree_end_[org.parent_[p]], org.subtree_end_[p]);
    }
  }
  org.unit_positions_.reserve(unit_count);
  for (std::size_t p = 0; p < unit_count; ++p) {
    const Unit& unit = org.units_[p];
    org.unit_positions_.emplace(unit.id, static_cast<Position>(p));
    if (!unit.external_id.empty()) org.unit_external_positions_.emplace(unit.external_id, static_cast<Position>(p));
  }

  // People: grouped by their unit's position, within a unit by last name, then first name.
  const std::size_t person_count = people.size();
  std::vector<Position> person_order;
  org.people_begin_ = BucketSort(
      person_count, unit_count, [&](std::size_t i) { return org.unit_positions_.at(people[i].unit); }, person_order);
  std::vector<std::pair<std::string, std::string>> person_keys(person_count);
  for (std::size_t i = 0; i < person_count; ++i) {
    person_keys[i] = {DanishSortKey(people[i].last_name), DanishSortKey(people[i].first_name)};
  }
  const auto by_person_name = [&](Position a, Position b) {
    return std::tie(person_keys[a], people[a].last_name, people[a].first_name, people[a].id) <
           std::tie(person_keys[b], people[b].last_name, people[b].first_name, people[b].id);
  };
  for (std::size_t p = 0; p < unit_count; ++p) {
    std::sort(person_order.begin() + org.people_begin_[p], person_order.begin() + org.people_begin_[p + 1],
              by_person_name);
  }
  org.people_.reserve(person_count);
  org.person_unit_.reserve(person_count);
  org.active_before_.assign(person_count + 1, 0);
  org.person_positions_.reserve(person_count);
  org.employee_no_positions_.reserve(person_count);
  for (std::size_t q = 0; q < person_count; ++q) {
    Person& person = people[person_order[q]];
    const auto position = static_cast<Position>(q);
    org.person_unit_.push_back(org.unit_positions_.at(person.unit));
    org.active_before_[q + 1] = org.active_before_[q] + (person.active ? 1U : 0U);
    org.person_positions_.emplace(person.id, position);
    if (!person.employee_no.empty()) org.employee_no_positions_.emplace(person.employee_no, position);
    org.people_.push_back(std::move(person));
  }

  // Leaderships, once by unit (active leaders first) and once by person.
  const std::size_t leadership_count = leaderships.size();
  const auto unit_of = [&](std::size_t i) { return org.unit_positions_.at(leaderships[i].unit); };
  const auto person_of = [&](std::size_t i) { return org.person_positions_.at(leaderships[i].person); };
  std::vector<Position> leadership_order;
  org.leaders_begin_ = BucketSort(leadership_count, unit_count, unit_of, leadership_order);
  const auto by_leader = [&](Position a, Position b) {
    const bool inactive_a = !org.people_[person_of(a)].active;
    const bool inactive_b = !org.people_[person_of(b)].active;
    return std::tie(inactive_a, leaderships[a].leader_since, leaderships[a].person) <
           std::tie(inactive_b, leaderships[b].leader_since, leaderships[b].person);
  };
  org.active_leaders_end_.assign(unit_count, 0);
  for (std::size_t p = 0; p < unit_count; ++p) {
    const auto first = leadership_order.begin() + org.leaders_begin_[p];
    const auto last = leadership_order.begin() + org.leaders_begin_[p + 1];
    std::sort(first, last, by_leader);
    const auto active = std::count_if(first, last, [&](Position i) { return org.people_[person_of(i)].active; });
    org.active_leaders_end_[p] = org.leaders_begin_[p] + static_cast<Position>(active);
  }
  org.leaderships_.reserve(leadership_count);
  for (Position i : leadership_order) org.leaderships_.push_back(leaderships[i]);

  std::vector<Position> by_person_order;
  org.led_begin_ = BucketSort(leadership_count, person_count, person_of, by_person_order);
  for (std::size_t q = 0; q < person_count; ++q) {
    std::sort(by_person_order.begin() + org.led_begin_[q], by_person_order.begin() + org.led_begin_[q + 1],
              [&](Position a, Position b) { return unit_of(a) < unit_of(b); });
  }
  org.leaderships_by_person_.reserve(leadership_count);
  for (Position i : by_person_order) org.leaderships_by_person_.push_back(leaderships[i]);

  for (const Unit& unit : org.units_) org.unit_search_.Add(unit.name, unit.active);
  org.unit_search_.Finish();
  for (const Person& person : org.people_) org.person_search_.Add(person.FullName(), person.active);
  org.person_search_.Finish();
  return org;
}

// --- Lookups ---

std::optional<Organisation::Position> Organisation::UnitPosition(UnitId id) const {
  const auto found = unit_positions_.find(id);
  if (found == unit_positions_.end()) return std::nullopt;
  return found->second;
}

std::optional<Organisation::Position> Organisation::PersonPosition(PersonId id) const {
  const auto found = person_positions_.find(id);
  if (found == person_positions_.end()) return std::nullopt;
  return found->second;
}

const Unit* Organisation::FindUnit(UnitId id) const {
  const auto position = UnitPosition(id);
  return position ? &units_[*position] : nullptr;
}

const Unit* Organisation::FindUnitByExternalId(std::string_view external_id) const {
  const auto found = unit_external_positions_.find(std::string(external_id));
  return found == unit_external_positions_.end() ? nullptr : &units_[found->second];
}

const Person* Organisation::FindPerson(PersonId id) const {
  const auto position = PersonPosition(id);
  return position ? &people_[*position] : nullptr;
}

const Person* Organisation::FindPersonByEmployeeNo(std::string_view employee_no) const {
  const auto found = employee_no_positions_.find(std::string(employee_no));
  return found == employee_no_positions_.end() ? nullptr : &people_[found->second];
}

// --- The tree ---

const Unit* Organisation::Parent(UnitId unit) const {
  const auto position = UnitPosition(unit);
  if (!position || parent_[*position] == kNone) return nullptr;
  return &units_[parent_[*position]];
}

std::vector<const Unit*> Organisation::Children(UnitId unit) const {
  std::vector<const Unit*> children;
  const auto position = UnitPosition(unit);
  if (!position) return children;
  children.reserve(child_begin_[*position + 1] - child_begin_[*position]);
  for (Position k = child_begin_[*position]; k < child_begin_[*position + 1]; ++k) {
    children.push_back(&units_[children_[k]]);
  }
  return children;
}

std::vector<const Unit*> Organisation::Ancestors(UnitId unit) const {
  std::vector<const Unit*> ancestors;
  const auto position = UnitPosition(unit);
  if (!position) return ancestors;
  ancestors.reserve(static_cast<std::size_t>(depth_[*position]));
  for (Position p = parent_[*position]; p != kNone; p = parent_[p]) ancestors.push_back(&units_[p]);
  return ancestors;
}

std::span<const Unit> Organisation::Subtree(UnitId unit) const {
  const auto position = UnitPosition(unit);
  if (!position) return {};
  return std::span<const Unit>(units_).subspan(*position, subtree_end_[*position] - *position);
}

bool Organisation::IsInSubtree(UnitId unit, UnitId root) const {
  const auto unit_position = UnitPosition(unit);
  const auto root_position = UnitPosition(root);
  if (!unit_position || !root_position) return false;
  return *root_position <= *unit_position && *unit_position < subtree_end_[*root_position];
}

std::optional<int> Organisation::Depth(UnitId unit) const {
  const auto position = UnitPosition(unit);
  if (!position) return std::nullopt;
  return depth_[*position];
}

HeadCount Organisation::CountPeople(UnitId unit) const {
  const auto position = UnitPosition(unit);
  if (!position) return {};
  const Position first = people_begin_[*position];
  const Position own_end = people_begin_[*position + 1];
  const Position subtree_end = people_begin_[subtree_end_[*position]];
  return {.direct = own_end - first,
          .total = subtree_end - first,
          .active_direct = active_before_[own_end] - active_before_[first],
          .active_total = active_before_[subtree_end] - active_before_[first]};
}

std::span<const Person> Organisation::PeopleIn(UnitId unit) const {
  const auto position = UnitPosition(unit);
  if (!position) return {};
  return std::span<const Person>(people_).subspan(people_begin_[*position],
                                                  people_begin_[*position + 1] - people_begin_[*position]);
}

std::span<const Person> Organisation::PeopleInSubtree(UnitId unit) const {
  const auto position = UnitPosition(unit);
  if (!position) return {};
  const Position first = people_begin_[*position];
  return std::span<const Person>(people_).subspan(first, people_begin_[subtree_end_[*position]] - first);
}

// --- Leadership ---

std::span<const Leadership> Organisation::LeadersOf(UnitId unit) const {
  const auto position = UnitPosition(unit);
  if (!position) return {};
  const Position first = leaders_begin_[*position];
  return std::span<const Leadership>(leaderships_).subspan(first, leaders_begin_[*position + 1] - first);
}

std::span<const Leadership> Organisation::ActiveLeadersOf(UnitId unit) const {
  const auto position = UnitPosition(unit);
  if (!position) return {};
  const Position first = leaders_begin_[*position];
  return std::span<const Leadership>(leaderships_).subspan(first, active_leaders_end_[*position] - first);
}

std::span<const Leadership> Organisation::UnitsLedBy(PersonId person) const {
  const auto position = PersonPosition(person);
  if (!position) return {};
  const Position first = led_begin_[*position];
  return std::span<const Leadership>(leaderships_by_person_).subspan(first, led_begin_[*position + 1] - first);
}

bool Organisation::Leads(Position person, Position unit) const {
  const PersonId id = people_[person].id;
  for (Position k = leaders_begin_[unit]; k < leaders_begin_[unit + 1]; ++k) {
    if (leaderships_[k].person == id) return true;
  }
  return false;
}

std::optional<LeaderGroup> Organisation::LeadersFrom(Position from, Position person) const {
  for (Position p = from; p != kNone; p = parent_[p]) {
    const Position first = leaders_begin_[p];
    if (active_leaders_end_[p] == first || Leads(person, p)) continue;
    return LeaderGroup{
        .unit = &units_[p],
        .leaders = std::span<const Leadership>(leaderships_).subspan(first, active_leaders_end_[p] - first)};
  }
  return std::nullopt;
}

std::optional<LeaderGroup> Organisation::NearestLeaders(PersonId person) const {
  const auto position = PersonPosition(person);
  if (!position) return std::nullopt;
  return LeadersFrom(person_unit_[*position], *position);
}

std::vector<LeaderGroup> Organisation::LeadershipChain(PersonId person) const {
  std::vector<LeaderGroup> chain;
  const auto position = PersonPosition(person);
  if (!position) return chain;
  for (auto group = LeadersFrom(person_unit_[*position], *position); group;) {
    chain.push_back(*group);
    const auto unit = static_cast<Position>(group->unit - units_.data());
    if (parent_[unit] == kNone) break;
    group = LeadersFrom(parent_[unit], *position);
  }
  return chain;
}

bool Organisation::IsLeaderOver(PersonId leader, PersonId other) const {
  const auto leader_position = PersonPosition(leader);
  const auto other_position = PersonPosition(other);
  if (!leader_position || !other_position || leader_position == other_position) return false;
  if (!people_[*leader_position].active) return false;
  const Position other_unit = person_unit_[*other_position];
  for (const Leadership& leadership : UnitsLedBy(leader)) {
    const Position led = unit_positions_.at(leadership.unit);
    if (led <= other_unit && other_unit < subtree_end_[led] && !Leads(*other_position, led)) return true;
  }
  return false;
}

bool Organisation::IsNewLeader(PersonId person, year_month_day today) const {
  const sys_days day{today};
  return std::ranges::any_of(UnitsLedBy(person), [&](const Leadership& leadership) {
    return day < SecondAnniversary(leadership.leader_since);
  });
}

std::vector<const Person*> Organisation::NewLeaders(year_month_day today) const {
  const sys_days day{today};
  std::vector<const Person*> found;
  for (std::size_t q = 0; q < people_.size(); ++q) {
    // The compact offsets first: most people lead nothing, and their Person need not be read.
    if (led_begin_[q] == led_begin_[q + 1] || !people_[q].active) continue;
    for (Position k = led_begin_[q]; k < led_begin_[q + 1]; ++k) {
      if (day < SecondAnniversary(leaderships_by_person_[k].leader_since)) {
        found.push_back(&people_[q]);
        break;
      }
    }
  }
  return found;
}

// --- Search ---

std::vector<const Unit*> Organisation::SearchUnits(std::string_view query, std::size_t limit) const {
  std::vector<const Unit*> found;
  for (std::size_t i : unit_search_.Search(query, limit)) found.push_back(&units_[i]);
  return found;
}

std::vector<const Person*> Organisation::SearchPeople(std::string_view query, std::size_t limit) const {
  std::vector<const Person*> found;
  for (std::size_t i : person_search_.Search(query, limit)) found.push_back(&people_[i]);
  return found;
}

}  // namespace lp::domain
