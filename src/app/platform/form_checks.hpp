#pragma once

// The checks of typed form fields that every use case shares, so the same mistake is named the same
// way on every page: a missing value, text that is too long (counted in characters, not bytes) or
// not readable, and a date that is no date or out of range. Each adds at most one Danish message
// for its field to `errors`; the caller cleans the text first (domain::CleanText).

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/platform/result.hpp"

namespace lp::app {

struct TextRule {
  TextRule(std::string_view field_label, std::size_t max_characters, std::string_view missing_message = {})
      : label(field_label), max(max_characters), missing(missing_message) {}

  std::string_view label;    // the field mid-sentence, definite: "titlen", "kortets tekst"
  std::size_t max = 0;       // characters
  std::string_view missing;  // the message when it is empty; empty: the field is optional
};

// False when it added an error.
bool CheckText(std::vector<FieldError>& errors, std::string_view field, std::string_view value, const TextRule& rule);

struct DayRule {
  constexpr DayRule(std::string_view field_label, std::chrono::year_month_day first_day,
                    std::chrono::year_month_day last_day,
                    std::string_view missing_message = "Skriv en dato, fx 23.11.2026.")
      : label(field_label), first(first_day), last(last_day), missing(missing_message) {}

  std::string_view label;  // "datoen", "datoen for afholdelsen"
  std::chrono::year_month_day first;
  std::chrono::year_month_day last;
  std::string_view missing;
};

// The day typed (ISO from <input type="date"> or Danish 23.11.2026), or none with an error added.
std::optional<std::chrono::year_month_day> CheckDay(std::vector<FieldError>& errors, std::string_view field,
                                                    std::string_view value, const DayRule& rule);

// The label at the start of a sentence: "titlen" → "Titlen", "ændringen" → "Ændringen".
std::string SentenceStart(std::string_view label);

}  // namespace lp::app
