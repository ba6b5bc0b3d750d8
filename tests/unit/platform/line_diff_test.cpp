#include "domain/platform/line_diff.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace lp::domain {
namespace {

using enum DiffKind;

// The diff as one line per entry: "  text", "- text", "+ text".
std::vector<std::string> Render(const LineDiffResult& diff) {
  std::vector<std::string> out;
  for (const auto& line : diff.lines) {
    const char* mark = line.kind == Unchanged ? "  " : line.kind == Removed ? "- " : "+ ";
    out.push_back(mark + line.text);
  }
  return out;
}

// Applying the script to `before` must give `after`, and dropping the insertions must give `before`.
void ExpectValidScript(const std::string& before, const std::string& after, const LineDiffResult& diff) {
  std::vector<std::string> old_side;
  std::vector<std::string> new_side;
  for (const auto& line : diff.lines) {
    if (line.kind != Inserted) old_side.push_back(line.text);
    if (line.kind != Removed) new_side.push_back(line.text);
  }
  const auto expected_old = SplitLines(before);
  const auto expected_new = SplitLines(after);
  ASSERT_EQ(old_side.size(), expected_old.size());
  ASSERT_EQ(new_side.size(), expected_new.size());
  for (std::size_t i = 0; i < old_side.size(); ++i) EXPECT_EQ(old_side[i], expected_old[i]);
  for (std::size_t i = 0; i < new_side.size(); ++i) EXPECT_EQ(new_side[i], expected_new[i]);
}

TEST(SplitLines, SplitsAtNewlinesAndDropsCarriageReturns) {
  EXPECT_TRUE(SplitLines("").empty());
  EXPECT_EQ(SplitLines("a"), (std::vector<std::string_view>{"a"}));
  EXPECT_EQ(SplitLines("a\n"), (std::vector<std::string_view>{"a"}));
  EXPECT_EQ(SplitLines("a\r\nb\n\nc"), (std::vector<std::string_view>{"a", "b", "", "c"}));
}

TEST(LineDiff, EqualTextsHaveOnlyUnchangedLines) {
  const auto diff = LineDiff("a\nb\nc\n", "a\nb\nc");
  EXPECT_EQ(Render(diff), (std::vector<std::string>{"  a", "  b", "  c"}));
  EXPECT_EQ(diff.removed, 0U);
  EXPECT_EQ(diff.inserted, 0U);
  EXPECT_TRUE(diff.exact);
}

TEST(LineDiff, ReportsAnInsertedLineWithItsNumbers) {
  const auto diff = LineDiff("a\nc", "a\nb\nc");
  EXPECT_EQ(Render(diff), (std::vector<std::string>{"  a", "+ b", "  c"}));
  EXPECT_EQ(diff.lines[1], (DiffLine{Inserted, "b", 0, 2}));
  EXPECT_EQ(diff.lines[2], (DiffLine{Unchanged, "c", 2, 3}));
  EXPECT_EQ(diff.inserted, 1U);
}

TEST(LineDiff, ReportsAChangedLineAsRemovedThenInserted) {
  const auto diff = LineDiff("Dialog\nDygtighed\nDristighed", "Dialog\nFaglighed\nDristighed");
  EXPECT_EQ(Render(diff), (std::vector<std::string>{"  Dialog", "- Dygtighed", "+ Faglighed", "  Dristighed"}));
  EXPECT_EQ(diff.lines[1], (DiffLine{Removed, "Dygtighed", 2, 0}));
  EXPECT_EQ(diff.lines[2], (DiffLine{Inserted, "Faglighed", 0, 2}));
}

TEST(LineDiff, HandlesEmptySides) {
  EXPECT_EQ(Render(LineDiff("", "x\ny")), (std::vector<std::string>{"+ x", "+ y"}));
  EXPECT_EQ(Render(LineDiff("x\ny", "")), (std::vector<std::string>{"- x", "- y"}));
  EXPECT_TRUE(LineDiff("", "").lines.empty());
}

TEST(LineDiff, FindsTheShortestScriptOfTheClassicExample) {
  // Myers' paper: ABCABBA → CBABAC needs 5 edits (the LCS has 4 lines).
  const auto diff = LineDiff("A\nB\nC\nA\nB\nB\nA", "C\nB\nA\nB\nA\nC");
  EXPECT_EQ(diff.removed + diff.inserted, 5U);
  ExpectValidScript("A\nB\nC\nA\nB\nB\nA", "C\nB\nA\nB\nA\nC", diff);
}

TEST(LineDiff, IsAValidAndMinimalScriptForRandomTexts) {
  std::mt19937 random(4);  // fixed seed: the same cases on every run
  for (int round = 0; round < 200; ++round) {
    std::string before;
    std::string after;
    std::vector<std::string> a;
    std::vector<std::string> b;
    for (int i = 0; i < static_cast<int>(random() % 12); ++i)
      a.push_back(std::string(1, static_cast<char>('a' + random() % 4)));
    for (int i = 0; i < static_cast<int>(random() % 12); ++i)
      b.push_back(std::string(1, static_cast<char>('a' + random() % 4)));
    for (const auto& line : a) before += line + "\n";
    for (const auto& line : b) after += line + "\n";
    const auto diff = LineDiff(before, after);
    ExpectValidScript(before, after, diff);
    // Minimal: removed + inserted = |a| + |b| - 2·LCS, with the LCS by dynamic programming.
    std::vector<std::vector<std::size_t>> lcs(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = 1; i <= a.size(); ++i) {
      for (std::size_t j = 1; j <= b.size(); ++j) {
        lcs[i][j] = a[i - 1] == b[j - 1] ? lcs[i - 1][j - 1] + 1 : std::max(lcs[i - 1][j], lcs[i][j - 1]);
      }
    }
    EXPECT_EQ(diff.removed + diff.inserted, a.size() + b.size() - 2 * lcs[a.size()][b.size()])
        << before << "|" << after;
  }
}

TEST(LineDiff, PutsRemovedLinesBeforeInsertedOnesWithinAChange) {
  const auto diff = LineDiff("x\n1\n2\ny", "x\n3\n4\ny");
  EXPECT_EQ(Render(diff), (std::vector<std::string>{"  x", "- 1", "- 2", "+ 3", "+ 4", "  y"}));
}

TEST(LineDiff, FallsBackToReplacingTheMiddleBeyondTheLimit) {
  const auto diff = LineDiff("same\na\nb\nc\nend", "same\nd\ne\nf\nend", 2);
  EXPECT_FALSE(diff.exact);
  EXPECT_EQ(Render(diff), (std::vector<std::string>{"  same", "- a", "- b", "- c", "+ d", "+ e", "+ f", "  end"}));
  ExpectValidScript("same\na\nb\nc\nend", "same\nd\ne\nf\nend", diff);
}

TEST(LineDiff, StaysFastOnLargeTexts) {
  std::string before;
  std::string after;
  for (int i = 0; i < 20000; ++i) {
    before += "linje " + std::to_string(i) + "\n";
    after += (i % 50 == 0 ? "ændret " : "linje ") + std::to_string(i) + "\n";
  }
  const auto diff = LineDiff(before, after);
  EXPECT_TRUE(diff.exact);
  EXPECT_EQ(diff.removed, 400U);
  EXPECT_EQ(diff.inserted, 400U);
}

}  // namespace
}  // namespace lp::domain
