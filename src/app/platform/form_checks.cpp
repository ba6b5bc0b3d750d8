#include "app/platform/form_checks.hpp"

#include <fmt/format.h>

#include "domain/platform/danish_format.hpp"
#include "domain/platform/text.hpp"
#include "domain/platform/text_encoding.hpp"

namespace lp::app {

std::string SentenceStart(std::string_view label) {
  std::string text(label);
  if (text.empty()) return text;
  if (text.front() >= 'a' && text.front() <= 'z') {
    text.front() = static_cast<char>(text.front() - 'a' + 'A');
  } else if (text.size() >= 2 && text[0] == '\xC3' && (text[1] == '\xA6' || text[1] == '\xB8' || text[1] == '\xA5')) {
    text[1] = static_cast<char>(text[1] - 0x20);  // æ ø å → Æ Ø Å
  }
  return text;
}

bool CheckText(std::vector<FieldError>& errors, std::string_view field, std::string_view value, const TextRule& rule) {
  const auto add = [&](std::string message) {
    errors.push_back({std::string(field), std::move(message)});
    return false;
  };
  if (!domain::IsValidUtf8(value)) {
    return add(SentenceStart(rule.label) + " indeholder tegn, der ikke kan læses. Skriv teksten igen.");
  }
  if (value.empty()) return rule.missing.empty() || add(std::string(rule.missing));
  const auto length = domain::CharacterCount(value);
  if (length > rule.max) {
    return add(fmt::format("{} må højst være {} tegn; der står {}.", SentenceStart(rule.label),
                           domain::FormatInteger(static_cast<long long>(rule.max)),
                           domain::FormatInteger(static_cast<long long>(length))));
  }
  return true;
}

std::optional<std::chrono::year_month_day> CheckDay(std::vector<FieldError>& errors, std::string_view field,
                                                    std::string_view value, const DayRule& rule) {
  const auto add = [&](std::string message) {
    errors.push_back({std::string(field), std::move(message)});
    return std::nullopt;
  };
  const auto cleaned = domain::CleanText(value);
  if (cleaned.empty()) return add(std::string(rule.missing));
  const auto day = domain::ParseDate(cleaned);
  if (!day) return add(SentenceStart(rule.label) + " er ikke en gyldig dato. Skriv den som 23.11.2026.");
  if (*day < rule.first || *day > rule.last) {
    return add(fmt::format("{} skal ligge mellem {} og {}.", SentenceStart(rule.label), domain::FormatDate(rule.first),
                           domain::FormatDate(rule.last)));
  }
  return day;
}

}  // namespace lp::app
