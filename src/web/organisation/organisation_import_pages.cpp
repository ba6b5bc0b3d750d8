// The HR import page (issue 3): upload units.csv and people.csv, see what would change, confirm.
// The handlers only read the request and render; ImportService holds the use case.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "app/organisation/import_service.hpp"
#include "app/organisation/organisation_access.hpp"
#include "app/organisation/organisation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/organisation/organisation_pages.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kPath = "/organisation/import";
constexpr std::string_view kConfirmPath = "/organisation/import/bekraeft";
// Long lists are cut here; the summary lines still count everything.
constexpr std::size_t kMaxRowsPerTable = 200;
constexpr std::size_t kMaxErrorsShown = 200;
constexpr int kRunsShown = 20;

std::string OrEmpty(const std::string& text) { return text.empty() ? "(tom)" : text; }

std::string Counts(long long created, long long changed, long long removed, std::string_view created_word,
                   std::string_view changed_word, std::string_view removed_word) {
  return domain::FormatInteger(created) + " " + std::string(created_word) + ", " + domain::FormatInteger(changed) +
         " " + std::string(changed_word) + ", " + domain::FormatInteger(removed) + " " + std::string(removed_word);
}

// One detail table of the preview: a heading with the full count, at most kMaxRowsPerTable rows.
class Table {
 public:
  Table(View& content, std::string id, std::string title, std::size_t total, std::vector<std::string> columns)
      : section_(content.AddSection("TABLE")), total_(total) {
    section_.Set("TABLE_ID", std::move(id));
    section_.Set("TITLE", std::move(title));
    section_.Set("COUNT", domain::FormatInteger(static_cast<long long>(total)));
    for (auto& column : columns) section_.AddSection("COLUMN").Set("LABEL", std::move(column));
    if (total > kMaxRowsPerTable) {
      section_.AddSection("MORE").Set("MORE_COUNT",
                                      domain::FormatInteger(static_cast<long long>(total - kMaxRowsPerTable)));
    }
  }

  View& Row() { return section_.AddSection("ROW"); }
  static void Cell(View& row, std::string text) { row.AddSection("CELL").Set("TEXT", std::move(text)); }
  static void Changes(View& row, const std::vector<app::FieldChange>& changes) {
    auto& cell = row.AddSection("CELL");
    if (changes.empty()) {
      cell.Set("TEXT", "Ingen felter ændres");
      return;
    }
    auto& list = cell.AddSection("CHANGES");
    for (const auto& change : changes) {
      auto& item = list.AddSection("CHANGE");
      item.Set("LABEL", change.label);
      item.Set("BEFORE", OrEmpty(change.before));
      item.Set("AFTER", OrEmpty(change.after));
    }
  }
  template <typename Items, typename Fill>
  void Rows(const Items& items, Fill fill) {
    const std::size_t shown = std::min(items.size(), kMaxRowsPerTable);
    for (std::size_t i = 0; i < shown; ++i) fill(Row(), items[i]);
  }

 private:
  View& section_;
  std::size_t total_;
};

std::string NameOf(const app::ImportPreview& preview, const std::string& key) {
  const auto it = preview.deactivated_names.find(key);
  return it == preview.deactivated_names.end() ? std::string{} : it->second;
}

void AddUnitTables(View& content, const app::ImportPreview& preview, const app::ImportPlan& plan) {
  if (!plan.units_created.empty()) {
    Table table(content, "units-created", "Enheder, der oprettes", plan.units_created.size(),
                {"Enheds-id", "Navn", "Overordnet enhed", "Type"});
    table.Rows(plan.units_created, [](View& row, const app::UnitRow& unit) {
      Table::Cell(row, unit.external_id);
      Table::Cell(row, unit.name);
      Table::Cell(row, OrEmpty(unit.parent_external_id));
      Table::Cell(row, std::string(domain::ShownUnitKind(unit.kind, unit.kind_label)));
    });
  }
  const auto changed = [&](std::string id, std::string title, const std::vector<app::UnitChange>& changes) {
    if (changes.empty()) return;
    Table table(content, std::move(id), std::move(title), changes.size(), {"Enheds-id", "Navn", "Ændringer"});
    table.Rows(changes, [](View& row, const app::UnitChange& change) {
      Table::Cell(row, change.row.external_id);
      Table::Cell(row, change.row.name);
      Table::Changes(row, change.changes);
    });
  };
  changed("units-changed", "Enheder, der ændres", plan.units_changed);
  changed("units-reactivated", "Lukkede enheder, der genåbnes", plan.units_reactivated);
  if (!plan.units_deactivated.empty()) {
    Table table(content, "units-deactivated", "Enheder, der lukkes", plan.units_deactivated.size(),
                {"Enheds-id", "Navn"});
    table.Rows(plan.units_deactivated, [&](View& row, const std::string& id) {
      Table::Cell(row, id);
      Table::Cell(row, NameOf(preview, "unit:" + id));
    });
  }
}

void AddPeopleTables(View& content, const app::ImportPreview& preview, const app::ImportPlan& plan) {
  if (!plan.people_created.empty()) {
    Table table(content, "people-created", "Medarbejdere, der oprettes", plan.people_created.size(),
                {"Medarbejdernr.", "Navn", "Stilling", "E-mail", "Enhed"});
    table.Rows(plan.people_created, [](View& row, const app::PersonRow& person) {
      Table::Cell(row, person.employee_no);
      Table::Cell(row, person.first_name + " " + person.last_name);
      Table::Cell(row, OrEmpty(person.title));
      Table::Cell(row, OrEmpty(person.email));
      Table::Cell(row, person.unit_external_id);
    });
  }
  const auto changed = [&](std::string id, std::string title, const std::vector<app::PersonChange>& changes) {
    if (changes.empty()) return;
    Table table(content, std::move(id), std::move(title), changes.size(), {"Medarbejdernr.", "Navn", "Ændringer"});
    table.Rows(changes, [](View& row, const app::PersonChange& change) {
      Table::Cell(row, change.row.employee_no);
      Table::Cell(row, change.row.first_name + " " + change.row.last_name);
      Table::Changes(row, change.changes);
    });
  };
  changed("people-changed", "Medarbejdere, der ændres", plan.people_changed);
  changed("people-reactivated", "Tidligere medarbejdere, der genaktiveres", plan.people_reactivated);
  if (!plan.people_deactivated.empty()) {
    Table table(content, "people-deactivated", "Medarbejdere, der deaktiveres (ikke længere i filen)",
                plan.people_deactivated.size(), {"Medarbejdernr.", "Navn"});
    table.Rows(plan.people_deactivated, [&](View& row, const std::string& id) {
      Table::Cell(row, id);
      Table::Cell(row, NameOf(preview, "person:" + id));
    });
  }
}

void AddLeadershipTables(View& content, const app::ImportPlan& plan) {
  if (!plan.leaderships_added.empty()) {
    Table table(content, "leaderships-added", "Ledelser, der tilføjes", plan.leaderships_added.size(),
                {"Enheds-id", "Medarbejdernr.", "Leder siden", "Ledertype"});
    table.Rows(plan.leaderships_added, [](View& row, const app::LeadershipRow& leadership) {
      Table::Cell(row, leadership.unit_external_id);
      Table::Cell(row, leadership.employee_no);
      Table::Cell(row, domain::FormatDate(leadership.leader_since));
      Table::Cell(row, std::string(domain::LeaderKindLabel(leadership.kind)));
    });
  }
  if (!plan.leaderships_changed.empty()) {
    Table table(content, "leaderships-changed", "Ledelser, der ændres", plan.leaderships_changed.size(),
                {"Enheds-id", "Medarbejdernr.", "Ændringer"});
    table.Rows(plan.leaderships_changed, [](View& row, const app::LeadershipChange& change) {
      Table::Cell(row, change.row.unit_external_id);
      Table::Cell(row, change.row.employee_no);
      Table::Changes(row, change.changes);
    });
  }
  if (!plan.leaderships_removed.empty()) {
    Table table(content, "leaderships-removed", "Ledelser, der fjernes", plan.leaderships_removed.size(),
                {"Enheds-id", "Medarbejdernr."});
    table.Rows(plan.leaderships_removed, [](View& row, const std::pair<std::string, std::string>& leadership) {
      Table::Cell(row, leadership.first);
      Table::Cell(row, leadership.second);
    });
  }
}

void AddSafetyLimit(View& content, const app::ImportPreview& preview, const app::ImportPlan& plan,
                    const std::string& force_error) {
  auto& limit = content.AddSection(plan.refused_by_safety_limit ? "LIMIT_REFUSED" : "LIMIT_OK");
  limit.Set("PEOPLE_SHARE", domain::FormatPercent(plan.person_deactivation_share, 1));
  limit.Set("PEOPLE_ACTIVE", domain::FormatInteger(static_cast<long long>(plan.active_people_now)));
  limit.Set("UNITS_SHARE", domain::FormatPercent(plan.unit_deactivation_share, 1));
  limit.Set("UNITS_ACTIVE", domain::FormatInteger(static_cast<long long>(plan.active_units_now)));
  limit.Set("LIMIT", domain::FormatPercent(plan.max_deactivation_share, 0));
  if (!plan.refused_by_safety_limit || !preview.pending_id) return;
  if (preview.may_force) {
    auto& force = limit.AddSection("FORCE_FORM");
    force.Set("PENDING_ID", *preview.pending_id);
    if (!force_error.empty()) force.AddSection("FORCE_ERROR").Set("MESSAGE", force_error);
  } else {
    limit.Show("FORCE_NOT_ALLOWED");
  }
}

struct PageState {
  const app::ImportPreview* preview = nullptr;
  std::vector<app::FieldError> field_errors;  // missing files, the force checkbox
  std::string alert;                          // a message about the whole page (e.g. an expired preview)
  std::string units_name;                     // the uploaded names, to link errors to their file field
  std::string people_name;
};

void AddErrors(View& content, const PageState& state) {
  std::vector<std::pair<std::string, std::string>> items;  // (field id, message)
  std::size_t units_errors = 0;
  std::size_t people_errors = 0;
  std::size_t total = state.field_errors.size();
  for (const auto& field : state.field_errors) items.emplace_back(field.field, field.message);
  if (state.preview != nullptr) {
    total += state.preview->report.errors.size();
    for (const auto& error : state.preview->report.errors) {
      const bool in_units = error.file == state.units_name;
      ++(in_units ? units_errors : people_errors);
      if (items.size() < kMaxErrorsShown) items.emplace_back(in_units ? "units" : "people", error.Format());
    }
  }
  if (items.empty()) return;
  auto& summary = content.AddSection("ERROR_SUMMARY");
  for (auto& [field, message] : items) {
    auto& item = summary.AddSection("ERROR_ITEM");
    item.Set("FIELD_ID", field);
    item.Set("MESSAGE", message);
  }
  if (total > items.size()) {
    summary.AddSection("ERRORS_MORE").Set("COUNT", domain::FormatInteger(static_cast<long long>(total - items.size())));
  }
  const auto field_message = [&](std::string_view field, std::size_t csv_errors, std::string_view file) {
    for (const auto& error : state.field_errors) {
      if (error.field == field) return error.message;
    }
    if (csv_errors == 0) return std::string{};
    return std::string(file) + " har " + domain::FormatInteger(static_cast<long long>(csv_errors)) + " fejl" +
           ". Ret filen, og indlæs begge filer igen.";
  };
  if (auto message = field_message("units", units_errors, state.units_name); !message.empty()) {
    content.AddSection("UNITS_ERROR").Set("MESSAGE", message);
  }
  if (auto message = field_message("people", people_errors, state.people_name); !message.empty()) {
    content.AddSection("PEOPLE_ERROR").Set("MESSAGE", message);
  }
}

void AddPreview(View& content, const app::ImportPreview& preview, const std::string& force_error) {
  const auto& report = preview.report;
  for (const auto& note : report.notes) content.AddSection("NOTE").Set("TEXT", note);
  if (!report.plan) return;
  const auto& plan = *report.plan;
  auto& section = content.AddSection("PREVIEW");
  if (preview.organisation_changed) section.Show("ORGANISATION_CHANGED");
  for (const auto& line : report.summary) section.AddSection("SUMMARY_LINE").Set("TEXT", line);
  AddSafetyLimit(section, preview, plan, force_error);
  AddUnitTables(section, preview, plan);
  AddPeopleTables(section, preview, plan);
  AddLeadershipTables(section, plan);
  if (preview.pending_id && !plan.refused_by_safety_limit) {
    auto& confirm = section.AddSection("CONFIRM_FORM");
    confirm.Set("PENDING_ID", *preview.pending_id);
    confirm.Set("EXPIRES", domain::FormatDateTime(preview.expires_at));
    if (!plan.HasChanges()) confirm.Show("NO_CHANGES");
  }
}

void AddHistory(View& content, app::ImportService& import) {
  const auto runs = import.RecentRuns(kRunsShown);
  if (runs.empty()) {
    content.Show("NO_RUNS");
    return;
  }
  auto& history = content.AddSection("RUNS");
  for (const auto& view : runs) {
    const auto& run = view.run;
    auto& row = history.AddSection("RUN");
    row.Set("AT", domain::FormatDateTime(run.at));
    row.Set("ACTOR",
            view.actor_name.empty() ? (run.actor_user_id ? "Slettet bruger" : "Kommandolinjen") : view.actor_name);
    row.Set("SOURCE", run.source);
    row.Set("UNITS",
            Counts(run.units_created, run.units_changed, run.units_deactivated, "oprettet", "ændret", "lukket"));
    row.Set("PEOPLE", Counts(run.people_created, run.people_changed, run.people_deactivated, "oprettet", "ændret",
                             "deaktiveret"));
    row.Set("LEADERSHIPS", Counts(run.leaderships_added, run.leaderships_changed, run.leaderships_removed, "tilføjet",
                                  "ændret", "fjernet"));
    row.Set("FORCED", run.forced ? "Ja" : "Nej");
  }
}

Response RenderPage(const PageServices& services, RequestContext& context, const PageState& state, int status) {
  View content;
  AddErrors(content, state);
  if (!state.alert.empty()) content.AddSection("ALERT").Set("MESSAGE", state.alert);
  if (state.preview != nullptr) {
    std::string force_error;
    for (const auto& error : state.field_errors) {
      if (error.field == "force") force_error = error.message;
    }
    AddPreview(content, *state.preview, force_error);
  }
  const bool showing_plan = state.preview != nullptr && state.preview->report.plan.has_value();
  content.Set("UPLOAD_HEADING", showing_plan ? "Indlæs andre filer" : "Indlæs filer fra HR-systemet");
  content.Set("MAX_UPLOAD",
              domain::FormatDecimal(static_cast<double>(services.max_upload_bytes) / (1024.0 * 1024.0), 0));
  AddHistory(content, services.Get<app::ImportService>());
  const bool has_errors = status >= 400;
  const std::string title = has_errors ? "HR-import (fejl)" : showing_plan ? "HR-import: forhåndsvisning" : "HR-import";
  return services.pages.Render(context, title, "organisation/organisation_import.tpl", content, status);
}

app::ImportFile FileFrom(const MultipartForm& form, std::string_view field) {
  const auto* part = form.Find(field);
  if (part == nullptr || !part->filename) return {};
  return {*part->filename, std::string(part->data)};
}

Response ShowImport(const PageServices& services, RequestContext& context) {
  return RenderPage(services, context, {}, 200);
}

// Not FinishForm: a preview is shown whether or not the files have errors (422 with the errors listed).
Response SubmitUpload(const PageServices& services, RequestContext& context) {
  if (!context.multipart) {
    return services.pages.Error(context, 400, MultipartErrorMessage(MultipartError::NotMultipart));
  }
  app::ImportUpload upload{FileFrom(*context.multipart, "units"), FileFrom(*context.multipart, "people"),
                           context.request.remote_address};
  auto result = services.Get<app::ImportService>().Preview(*context.user(), upload);
  PageState state;
  state.units_name = upload.units.name;
  state.people_name = upload.people.name;
  if (!result) {
    state.field_errors = result.error().field_errors;
    return RenderPage(services, context, state, StatusFor(result.error().kind));
  }
  state.preview = &result.value();
  const bool refused = result->report.outcome == app::ImportOutcome::RefusedErrors;
  return RenderPage(services, context, state, refused ? 422 : 200);
}

// Not FinishForm: a confirmation that is refused (errors, the safety limit, a changed organisation)
// shows the preview as it is now with its own status; an expired preview is an alert on the page.
Response SubmitConfirm(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const bool force = form.Get("force") == "1";
  auto result = services.Get<app::ImportService>().Confirm(*context.user(), form.Get("import"), force,
                                                           context.request.remote_address);
  if (!result) {
    const auto& error = result.error();
    if (error.kind == app::ErrorKind::NotFound) {
      PageState state;
      state.alert = error.message;
      return RenderPage(services, context, state, 404);
    }
    return services.pages.Error(context, StatusFor(error.kind), error.message);
  }
  if (result->outcome == app::ConfirmOutcome::Applied) {
    // This node shows the new organisation at once; the others notice within seconds.
    services.Get<app::OrganisationService>().Reload();
    return RedirectWithFlash(std::string(kPath), "organisation-imported", services.secure_cookies);
  }
  PageState state;
  state.preview = &result->preview;
  int status = 409;
  if (result->outcome == app::ConfirmOutcome::RefusedErrors) status = 422;
  if (result->outcome == app::ConfirmOutcome::RefusedSafetyLimit && form.Has("force_form") && !force) {
    state.field_errors.push_back(
        {"force", "Sæt flueben, hvis importen skal gennemføres, selv om sikkerhedsgrænsen afviser den."});
    status = 422;
  }
  return RenderPage(services, context, state, status);
}

}  // namespace

void RegisterImportPages(PageModule& module) {
  const auto access = app::Requires(app::kImportOrganisation);
  module.Get(std::string(kPath), access, &ShowImport);
  module.PostUpload(std::string(kPath), access, &SubmitUpload, module.services.max_upload_bytes);
  module.Post(std::string(kConfirmPath), access, &SubmitConfirm);
}

}  // namespace lp::web
