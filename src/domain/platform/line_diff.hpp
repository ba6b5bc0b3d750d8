#pragma once

// A line diff of two texts (a published version and the one before it): the shortest edit script
// by Myers' O((N+M)·D) algorithm, after the common first and last lines are taken off. Lines end at
// "\n"; a "\r" before it is not part of the line, so CRLF and LF texts compare equal line by line.
//
// The work is bounded: when the two texts differ in more than `max_edit_distance` lines (removed
// plus inserted), the differing middle is reported as removed in full and then inserted in full,
// which is still a correct (if not the shortest) script, and `exact` is false.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lp::domain {

enum class DiffKind { Unchanged, Removed, Inserted };

struct DiffLine {
  DiffKind kind = DiffKind::Unchanged;
  std::string text;
  std::size_t old_number = 0;  // 1-based line in the old text; 0 for an inserted line
  std::size_t new_number = 0;  // 1-based line in the new text; 0 for a removed line

  friend bool operator==(const DiffLine&, const DiffLine&) = default;
};

struct LineDiffResult {
  std::vector<DiffLine> lines;  // every line of both texts, in order; removed before inserted
  std::size_t removed = 0;
  std::size_t inserted = 0;
  bool exact = true;  // false: the edit distance exceeded the limit (see above)
};

inline constexpr std::size_t kDefaultMaxEditDistance = 1000;

// The lines of a text: split at "\n", a trailing "\r" dropped; a final "\n" does not start another
// line. An empty text has no lines.
std::vector<std::string_view> SplitLines(std::string_view text);

LineDiffResult LineDiff(std::string_view before, std::string_view after,
                        std::size_t max_edit_distance = kDefaultMaxEditDistance);

}  // namespace lp::domain
