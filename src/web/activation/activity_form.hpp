#pragma once

// The form of one activity (templates/activation/activation_activity_form.tpl), shared by the plan's
// own forms (web/activation/activation_pages.cpp) and the dialogue module's form that makes an
// agreement an activity (web/dialogue/dialogue_pages.cpp), so both ask the same in the same words.

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "app/activation/activation_service.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/view.hpp"

namespace lp::web {

// The form's search step for a responsible person by name (issue 15): "Find person" submits the
// form with find_person=1; the form comes back with what was typed and the active people whose name
// matches offered first in the list; nothing is saved. With JavaScript the same list fills as one
// types (/api/v1/personer). A person is never found by employee number.
inline constexpr std::size_t kMaxPeopleFound = 20;
struct PersonSearch {
  bool requested = false;
  std::string query;
  std::vector<const domain::Person*> found;
};
PersonSearch PersonSearchOf(const FormData& form, const domain::Organisation& organisation);

struct ActivityFormModel {
  std::string heading;
  std::string lead;                                              // the sentence under the heading
  std::vector<std::pair<std::string, std::string>> breadcrumbs;  // label and link; the heading follows
  std::string action;
  std::string submit_label;
  std::string cancel_href;
  std::optional<long long> revision;                    // for edits
  std::string quote;                                    // shown above the fields when set (the agreement it comes from)
  std::vector<const domain::Person*> choices;           // offered as responsible
  const domain::Person* current_responsible = nullptr;  // the one stored, for when it is no longer offered
  PersonSearch search;                                  // the search step's query and result
  // The organisation, to name a chosen person who is not offered (found by name before a mistake).
  std::shared_ptr<const app::OrganisationSnapshot> snapshot;
  std::string unavailable;  // when set, why there is no form (shown instead of it, with the cancel link)
};

// Sets everything the template shows: the fields (partials/field.tpl) with their messages from `errors`;
// the error summary and any conflict notice are the caller's (AddFormError, AddConflictNotice).
void SetActivityForm(View& content, const ActivityFormModel& model, const app::ActivityInput& input,
                     std::span<const app::FieldError> errors);

// A unit's plan page, in `round` (the current round when none).
std::string PlanHref(domain::UnitId unit, std::optional<app::RoundId> round);

// A date as typed, in the form <input type="date"> can show (ISO) when it is a date at all.
std::string DateValue(std::string_view typed);

}  // namespace lp::web
