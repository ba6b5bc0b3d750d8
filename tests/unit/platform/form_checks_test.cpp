// The shared checks of typed form fields: one message per mistake, the same words on every page.
#include "app/platform/form_checks.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lp::app {
namespace {

using namespace std::chrono_literals;

TEST(FormChecks, TextIsRequiredOnlyWithAMissingMessageAndCountsCharacters) {
  std::vector<FieldError> errors;
  EXPECT_TRUE(CheckText(errors, "notes", "", {"noterne", 10}));
  EXPECT_FALSE(CheckText(errors, "title", "", {"titlen", 10, "Skriv en titel."}));
  EXPECT_TRUE(CheckText(errors, "title", "æøåæøåæøåæ", {"titlen", 10, "Skriv en titel."}));  // 10 characters, 20 bytes
  EXPECT_FALSE(CheckText(errors, "title", "elleve tegn", {"titlen", 10, "Skriv en titel."}));
  EXPECT_FALSE(CheckText(errors, "body", "\xFF", {"ændringen", 10}));
  ASSERT_EQ(errors.size(), 3U);
  EXPECT_EQ(errors[0].field, "title");
  EXPECT_EQ(errors[0].message, "Skriv en titel.");
  EXPECT_EQ(errors[1].message, "Titlen må højst være 10 tegn; der står 11.");
  EXPECT_EQ(errors[2].message, "Ændringen indeholder tegn, der ikke kan læses. Skriv teksten igen.");
}

TEST(FormChecks, DaysAreDatesInTheirRange) {
  const DayRule rule{"datoen", 2020y / 1 / 1, 2035y / 12 / 31};
  std::vector<FieldError> errors;
  EXPECT_EQ(CheckDay(errors, "on", " 4.6.2026 ", rule), 2026y / 6 / 4);
  EXPECT_EQ(CheckDay(errors, "on", "2026-06-04", rule), 2026y / 6 / 4);
  EXPECT_FALSE(CheckDay(errors, "on", "", rule));
  EXPECT_FALSE(CheckDay(errors, "on", "31.02.2026", rule));
  EXPECT_FALSE(CheckDay(errors, "on", "1.1.2036", rule));
  ASSERT_EQ(errors.size(), 3U);
  EXPECT_EQ(errors[0].message, "Skriv en dato, fx 23.11.2026.");
  EXPECT_EQ(errors[1].message, "Datoen er ikke en gyldig dato. Skriv den som 23.11.2026.");
  EXPECT_EQ(errors[2].message, "Datoen skal ligge mellem 01.01.2020 og 31.12.2035.");
}

TEST(FormChecks, SentenceStartCapitalisesDanishLetters) {
  EXPECT_EQ(SentenceStart("titlen"), "Titlen");
  EXPECT_EQ(SentenceStart("øvelsen"), "Øvelsen");
  EXPECT_EQ(SentenceStart("Tema 1: Titlen"), "Tema 1: Titlen");
  EXPECT_EQ(SentenceStart(""), "");
}

}  // namespace
}  // namespace lp::app
