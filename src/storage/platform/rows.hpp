#pragma once

// How a repository maps rows and runs its named queries (docs/ARCHITECTURE.md, "How a repository is
// written"). Per entity a module's repository .cpp has, in its anonymous namespace:
//   constexpr std::string_view kSelectX = "SELECT <columns> FROM <table> [alias]";  // written once
//   struct XRow { <the columns as SOCI types, Nullable<T> where NULL is allowed>; app::X ToX() const; };
//   void Into(soci::statement& statement, XRow& row);   // binds the columns in kSelectX's order
// and every query as a named constant, e.g. kFindX = kJoined<kSelectX, kWhereIdIs>. Values are bound
// with soci::use on named locals (or UseNullable on a Nullable), never on temporaries: SOCI keeps a
// reference and reads it when the statement runs.

#include <soci/soci.h>

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "storage/platform/sql_values.hpp"

namespace lp::storage {

// Binds a value that may be NULL as the parameter `name`, or reads a column into it.
template <typename T>
auto UseNullable(Nullable<T>& value, const std::string& name) {
  return soci::use(value.value, value.indicator, name);
}
template <typename T>
auto IntoNullable(Nullable<T>& value) {
  return soci::into(value.value, value.indicator);
}

namespace detail {

template <const std::string_view&... Parts>
struct JoinedSql {
  static constexpr std::size_t kSize = (Parts.size() + ...) + sizeof...(Parts) - 1;
  static constexpr std::array<char, kSize> kChars = [] {
    std::array<char, kSize> chars{};
    std::size_t at = 0;
    bool first = true;
    for (const std::string_view part : {Parts...}) {
      if (!first) chars[at++] = ' ';
      first = false;
      for (const char c : part) chars[at++] = c;
    }
    return chars;
  }();
};

}  // namespace detail

// A query put together at compile time from named parts, separated by single spaces:
//   constexpr std::string_view kFindRound = kJoined<kSelectRounds, kWhereIdIsKey>;
template <const std::string_view&... Parts>
inline constexpr std::string_view kJoined{detail::JoinedSql<Parts...>::kChars.data(),
                                          detail::JoinedSql<Parts...>::kSize};

// Prepares `query` with the row's columns bound by the module's Into(statement, row), then the
// parameters `uses` (soci::use/UseNullable of named locals). `row` is filled by each fetch().
template <typename Row, typename... Uses>
soci::statement PrepareSelect(soci::session& sql, std::string_view query, Row& row, Uses&&... uses) {
  soci::statement statement(sql);
  Into(statement, row);
  (statement.exchange(std::forward<Uses>(uses)), ...);
  statement.alloc();
  statement.prepare(std::string(query));
  statement.define_and_bind();
  return statement;
}

// Every row `query` returns, each converted by `convert` (e.g. &RoundRow::ToRound).
template <typename Row, typename Convert, typename... Uses>
auto SelectRows(soci::session& sql, std::string_view query, Convert convert, Uses&&... uses) {
  Row row;
  soci::statement statement = PrepareSelect(sql, query, row, std::forward<Uses>(uses)...);
  statement.execute();
  std::vector<std::decay_t<std::invoke_result_t<Convert, const Row&>>> rows;
  while (statement.fetch()) rows.push_back(std::invoke(convert, std::as_const(row)));
  return rows;
}

// The first row `query` returns, converted by `convert`, or none.
template <typename Row, typename Convert, typename... Uses>
auto SelectFirst(soci::session& sql, std::string_view query, Convert convert, Uses&&... uses)
    -> std::optional<std::decay_t<std::invoke_result_t<Convert, const Row&>>> {
  Row row;
  soci::statement statement = PrepareSelect(sql, query, row, std::forward<Uses>(uses)...);
  statement.execute();
  if (!statement.fetch()) return std::nullopt;
  return std::invoke(convert, std::as_const(row));
}

// Runs a statement once with its parameters (and, for RETURNING, its soci::into) and returns how
// many rows it changed.
template <typename... Exchanges>
long long Execute(soci::session& sql, std::string_view query, Exchanges&&... exchanges) {
  soci::statement statement(sql);
  (statement.exchange(std::forward<Exchanges>(exchanges)), ...);
  statement.alloc();
  statement.prepare(std::string(query));
  statement.define_and_bind();
  statement.execute(true);
  return statement.get_affected_rows();
}

}  // namespace lp::storage
