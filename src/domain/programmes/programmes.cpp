#include "domain/programmes/programmes.hpp"

#include <algorithm>
#include <cctype>

#include "domain/platform/danish_format.hpp"

namespace lp::domain {

std::string_view ProgrammeKindCode(ProgrammeKind kind) { return kProgrammeKindTable.Code(kind); }
std::string_view ProgrammeKindLabel(ProgrammeKind kind) { return kProgrammeKindTable.Label(kind); }
std::optional<ProgrammeKind> ParseProgrammeKind(std::string_view code) { return kProgrammeKindTable.Parse(code); }

std::string_view ElementKindCode(ElementKind kind) { return kElementKindTable.Code(kind); }
std::string_view ElementKindLabel(ElementKind kind) { return kElementKindTable.Label(kind); }
std::optional<ElementKind> ParseElementKind(std::string_view code) { return kElementKindTable.Parse(code); }

std::string_view ElementNoun(ElementKind kind, long long count) {
  const bool one = count == 1;
  switch (kind) {
    case ElementKind::CourseDay: return one ? "kursusdag" : "kursusdage";
    case ElementKind::Sparring: return one ? "sparring" : "sparringer";
    case ElementKind::ShortCourse: return one ? "kort kursus" : "korte kurser";
    case ElementKind::Preparation: return "forberedelsestrin";  // the same in the plural
    case ElementKind::PersonalPlan: return one ? "personlig plan" : "personlige planer";
  }
  return "";
}

bool HasSessions(ElementKind kind) {
  return kind == ElementKind::CourseDay || kind == ElementKind::Sparring || kind == ElementKind::ShortCourse;
}

std::string_view ProgressStateCode(ProgressState state) { return kProgressStateTable.Code(state); }
std::string_view ProgressStateLabel(ProgressState state) { return kProgressStateTable.Label(state); }
std::optional<ProgressState> ParseProgressState(std::string_view code) { return kProgressStateTable.Parse(code); }

std::vector<Requirement> RequirementsFor(std::span<const Requirement> requirements, std::optional<LeaderKind> variant) {
  std::vector<Requirement> applying;
  for (const auto kind : kAllElementKinds) {
    const Requirement* chosen = nullptr;
    for (const auto& requirement : requirements) {
      if (requirement.kind != kind) continue;
      if (requirement.variant && requirement.variant == variant) {
        chosen = &requirement;
        break;
      }
      if (!requirement.variant && chosen == nullptr) chosen = &requirement;
    }
    if (chosen != nullptr) applying.push_back(*chosen);
  }
  return applying;
}

std::string ProgrammeStatus::Criteria() const {
  std::string text;
  for (const auto& element : elements) {
    if (!text.empty()) text += " · ";
    if (element.kind == ElementKind::PersonalPlan && element.required == 1) {
      text += element.Met() ? "personlig plan lagt" : "personlig plan mangler";
      continue;
    }
    text += std::to_string(element.done) + " af " + std::to_string(element.required) + " " +
            std::string(ElementNoun(element.kind, element.required));
  }
  if (deadline) {
    if (!text.empty()) text += " · ";
    text += "frist " + FormatDate(*deadline);
  }
  return text;
}

int ProgrammeStatus::Missing() const {
  int missing = 0;
  for (const auto& element : elements) missing += std::max(0, element.required - element.done);
  return missing;
}

namespace {

int DaysBetween(std::chrono::year_month_day from, std::chrono::year_month_day to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

}  // namespace

ProgrammeStatus StatusOf(const StatusInput& input, std::chrono::year_month_day today) {
  ProgrammeStatus status;
  status.deadline = input.deadline;
  int required = 0;
  int done = 0;
  int uncovered = 0;  // neither done nor booked
  for (const auto& requirement : input.requirements) {
    ElementProgress element;
    element.kind = requirement.kind;
    element.required = requirement.required;
    for (const auto& count : input.counts) {
      if (count.kind != requirement.kind) continue;
      element.done += count.attended + count.credited;
      element.booked += count.booked;
    }
    element.done = std::min(element.done, element.required);
    required += element.required;
    done += element.done;
    uncovered += std::max(0, element.required - element.done - element.booked);
    status.elements.push_back(element);
  }
  const int missing = required - done;
  if (input.exempt) {
    status.state = ProgressState::Exempt;
    status.reason = "HR har registreret en fritagelse.";
    return status;
  }
  if (required == 0) {
    status.reason = "Forløbet har ingen krav at opfylde.";
    return status;
  }
  if (missing == 0) {
    status.state = ProgressState::Completed;
    status.reason = "Alle krav er opfyldt.";
    return status;
  }
  const auto what_missing = CountOf(missing, "element", "elementer") + " mangler";
  if (input.deadline && today > *input.deadline) {
    status.state = ProgressState::Overdue;
    status.reason = "Fristen " + FormatDate(*input.deadline) + " er overskredet, og " + what_missing + ".";
    return status;
  }
  if (input.deadline) {
    const int days_left = DaysBetween(today, *input.deadline);
    auto soon = today + std::chrono::months{kAtRiskMonths};
    if (!soon.ok()) soon = soon.year() / soon.month() / std::chrono::last;
    if (*input.deadline <= soon && uncovered > 0) {
      status.state = ProgressState::AtRisk;
      status.reason = "Fristen er om " + CountOf(days_left, "dag", "dage") + ", og " +
                      CountOf(uncovered, "element er", "elementer er") + " hverken gennemført eller booket.";
      return status;
    }
    if (input.enrolled_on && *input.enrolled_on < *input.deadline && required > 0) {
      const double total = DaysBetween(*input.enrolled_on, *input.deadline);
      const double gone = std::clamp(DaysBetween(*input.enrolled_on, today) / total, 0.0, 1.0);
      const double share_done = static_cast<double>(done) / required;
      if (gone - share_done > 1.0 / 3.0) {
        status.state = ProgressState::AtRisk;
        status.reason = FormatPercent(gone, 0) + " af tiden er gået, men kun " + std::to_string(done) + " af " +
                        std::to_string(required) + " elementer er gennemført.";
        return status;
      }
    }
  }
  status.state = ProgressState::OnTrack;
  if (uncovered == 0) {
    status.reason =
        missing == 1 ? std::string("1 element mangler, og det er booket.") : what_missing + ", og de er alle booket.";
  } else {
    status.reason = what_missing + ", heraf " + std::to_string(uncovered) + " ikke booket.";
  }
  return status;
}

std::chrono::year_month_day LedervejenDeadline(std::chrono::year_month_day leader_since) {
  auto deadline = (leader_since.year() + std::chrono::years{2}) / leader_since.month() / leader_since.day();
  if (!deadline.ok()) deadline = deadline.year() / deadline.month() / std::chrono::last;
  return deadline;
}

double PacedDemand(int remaining, std::optional<std::chrono::year_month_day> deadline,
                   std::chrono::year_month_day today, std::chrono::year_month_day window_end) {
  if (remaining <= 0) return 0;
  const std::chrono::sys_days from{today};
  const std::chrono::sys_days until{window_end};
  if (until <= from) return 0;
  const std::chrono::sys_days due =
      deadline ? std::chrono::sys_days{*deadline}
               : std::chrono::sys_days{std::chrono::year_month_day{from} + std::chrono::months{kUndatedPaceMonths}};
  if (due <= until) return remaining;
  return remaining * static_cast<double>((until - from).count()) / static_cast<double>((due - from).count());
}

std::string FormatVerificationCode(std::string_view code) {
  std::string text;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (i > 0 && i % 4 == 0) text += '-';
    text += code[i];
  }
  return text;
}

std::optional<std::string> NormalizeVerificationCode(std::string_view text) {
  std::string code;
  for (const char c : text) {
    if (c == '-' || c == ' ') continue;
    const auto upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (kVerificationAlphabet.find(upper) == std::string_view::npos) return std::nullopt;
    code += upper;
  }
  if (code.size() != 12) return std::nullopt;
  return code;
}

}  // namespace lp::domain
