#pragma once

// One way to give an enum its code (as stored, in URLs and forms), its Danish label and its parser:
// a table written once per enum, from which the three are looked up.
//
//   constexpr auto kStatuses = MakeEnumTable<ActivityStatus>({
//       {ActivityStatus::Planned, "planned", "Planlagt"},
//       {ActivityStatus::Done, "done", "Gennemført"},
//   });
//   kStatuses.Code(ActivityStatus::Done) == "done"; kStatuses.Parse("done") == ActivityStatus::Done
//   inline constexpr auto kAllActivityStatuses = kStatuses.Values();  // the list of all values, derived
//
// A table whose list of values other code needs lives in the header beside its enum, and the kAll…
// list is derived from it, so the values are written once.
// The table is checked when it is compiled: two entries with the same value or the same code do not
// compile. A value missing from the table is a programming error that Code/Label report by throwing
// std::logic_error (the unit tests run every table both ways: tests/unit/platform/enum_table_test.cpp).

#include <array>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace lp::domain {

template <typename E>
struct EnumName {
  E value;
  std::string_view code;   // ASCII, lower case; stored in the database and used in URLs and forms
  std::string_view label;  // Danish, as shown
};

template <typename E, std::size_t N>
class EnumTable {
 public:
  consteval explicit EnumTable(const std::array<EnumName<E>, N>& names) : names_(names) {
    for (std::size_t i = 0; i < N; ++i) {
      if (names_[i].code.empty()) throw "an enum code must not be empty";
      for (std::size_t j = i + 1; j < N; ++j) {
        if (names_[i].value == names_[j].value) throw "an enum value is named twice";
        if (names_[i].code == names_[j].code) throw "an enum code is used twice";
      }
    }
  }

  constexpr std::string_view Code(E value) const { return Find(value).code; }
  constexpr std::string_view Label(E value) const { return Find(value).label; }
  constexpr std::optional<E> Parse(std::string_view code) const {
    for (const auto& name : names_) {
      if (name.code == code) return name.value;
    }
    return std::nullopt;
  }

  // The values in the table's order: the one list of all values of E (kAllUnitKinds = kUnitKindTable.Values()).
  constexpr std::array<E, N> Values() const {
    std::array<E, N> values{};
    for (std::size_t i = 0; i < N; ++i) values[i] = names_[i].value;
    return values;
  }

  // The entries in the table's order (the order in which lists and choices show them).
  constexpr auto begin() const { return names_.begin(); }
  constexpr auto end() const { return names_.end(); }
  constexpr std::size_t size() const { return N; }

 private:
  constexpr const EnumName<E>& Find(E value) const {
    for (const auto& name : names_) {
      if (name.value == value) return name;
    }
    throw std::logic_error("an enum value has no entry in its table");
  }

  std::array<EnumName<E>, N> names_;
};

// Makes the table of E from its entries: MakeEnumTable<E>({{E::A, "a", "A"}, …}).
template <typename E, std::size_t N>
consteval EnumTable<E, N> MakeEnumTable(const EnumName<E> (&names)[N]) {
  std::array<EnumName<E>, N> entries{};
  for (std::size_t i = 0; i < N; ++i) entries[i] = names[i];
  return EnumTable<E, N>(entries);
}

}  // namespace lp::domain
