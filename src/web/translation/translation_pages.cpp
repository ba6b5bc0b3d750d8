// The pages of a unit's local translation (issue 4): the translation in force, the editor, the
// versions, the MED discussions, and "Vores oversættelse". The handlers read the request and render;
// TranslationService holds the use cases and the access rules (per unit).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "app/organisation/organisation_service.hpp"
#include "app/translation/translation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/markdown.hpp"
#include "web/platform/pages.hpp"
#include "web/translation/translation_pages.hpp"

namespace lp::web {
namespace {

// More rows than this in one submitted form are ignored (the form never shows more than kMaxThemes
// plus the empty ones it offers).
constexpr std::size_t kMaxFormRows = 40;

std::string UnitHref(domain::UnitId unit) { return "/organisation/enheder/" + std::to_string(unit); }
std::string TranslationHref(domain::UnitId unit) { return UnitHref(unit) + "/oversaettelse"; }
std::string EditHref(domain::UnitId unit) { return TranslationHref(unit) + "/rediger"; }
std::string VersionsHref(domain::UnitId unit) { return TranslationHref(unit) + "/versioner"; }
std::string VersionHref(domain::UnitId unit, int number) { return VersionsHref(unit) + "/" + std::to_string(number); }
std::string MedHref(domain::UnitId unit) { return TranslationHref(unit) + "/med"; }

// "Regionssekretariatets", "Holstebro Sygehus'".
std::string Genitive(const std::string& name) {
  if (name.ends_with('s') || name.ends_with('x') || name.ends_with('z')) return name + "'";
  return name + "s";
}

long long ParseNumber(std::string_view text, long long fallback) {
  return ParseInteger<long long>(text).value_or(fallback);
}

std::string Count(std::size_t n) { return domain::FormatInteger(static_cast<long long>(n)); }

void SetUnit(View& view, const domain::Unit& unit) {
  view.Set("UNIT_NAME", unit.name);
  view.Set("UNIT_HREF", UnitHref(unit.id));
  view.Set("TRANSLATION_HREF", TranslationHref(unit.id));
}

// The content of a version (introduction and themes) into `view`.
void AddContent(View& view, const app::TranslationContent& content) {
  if (!content.introduction.empty()) {
    view.AddSection("INTRODUCTION").Set("INTRODUCTION_HTML", RenderMarkdown(content.introduction));
  }
  for (std::size_t i = 0; i < content.themes.size(); ++i) {
    const auto& theme = content.themes[i];
    auto& row = view.AddSection("THEME");
    row.Set("THEME_NUMBER", std::to_string(i + 1));
    row.Set("THEME_TITLE", theme.title);
    if (!theme.values.empty()) {
      auto& values = row.AddSection("VALUES");
      for (const auto value : theme.values) {
        values.AddSection("VALUE").Set("LABEL", std::string(app::RegionalValueLabel(value)));
      }
    }
    const auto bullets = app::BulletLines(theme.bullets);
    if (!bullets.empty()) {
      auto& list = row.AddSection("BULLETS");
      for (const auto& bullet : bullets) list.AddSection("BULLET").Set("TEXT", bullet);
    }
    if (!theme.employees_can_expect.empty()) {
      row.AddSection("EMPLOYEES").Set("TEXT_HTML", RenderMarkdown(theme.employees_can_expect));
    }
    if (!theme.leaders_expect.empty()) row.AddSection("LEADERS").Set("TEXT_HTML", RenderMarkdown(theme.leaders_expect));
  }
}

void SetPublished(View& view, const app::TranslationVersion& version) {
  view.Set("NUMBER", std::to_string(version.number.value_or(0)));
  view.Set("PUBLISHED_AT", version.published_at ? domain::FormatDate(*version.published_at) : std::string{});
  if (!version.published_by_name.empty()) view.AddSection("PUBLISHED_BY").Set("NAME", version.published_by_name);
}

Response RenderInForce(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto result = services.Get<app::TranslationService>().InForce(organisation, context.params.Int("id"));
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& page = result.value();
  const auto unit = page.unit->id;
  View content;
  SetUnit(content, *page.unit);
  if (!page.version) {
    content.Show("NONE");
  } else {
    if (page.source != page.unit) {
      auto& inherited = content.AddSection("INHERITED");
      inherited.Set("SOURCE_GENITIVE", Genitive(page.source->name));
      inherited.Set("SOURCE_NAME", page.source->name);
      inherited.Set("SOURCE_HREF", TranslationHref(page.source->id));
    }
    auto& version = content.AddSection("VERSION");
    SetPublished(version, *page.version);
    AddContent(version, page.version->content);
    auto& med = content.AddSection("MED");
    if (page.med.empty()) med.Show("NO_MED");
    for (const auto& discussion : page.med) {
      auto& row = med.AddSection("DISCUSSION");
      row.Set("HELD_ON", domain::FormatDate(discussion.held_on));
      row.Set("COMMITTEE", discussion.committee);
      if (discussion.version_number) {
        row.AddSection("VERSION_NUMBER").Set("NUMBER", std::to_string(*discussion.version_number));
      }
      if (!discussion.remarks.empty()) row.AddSection("REMARKS").Set("TEXT", discussion.remarks);
    }
  }
  if (page.access.read_drafts) {
    auto& tools = content.AddSection("EDITOR_TOOLS");
    if (page.draft) {
      auto& draft = tools.AddSection("DRAFT");
      draft.Set("DRAFT_UPDATED", domain::FormatDateTime(page.draft->updated_at));
      draft.Set("DRAFT_AUTHOR",
                page.draft->updated_by_name.empty() ? "en slettet bruger" : page.draft->updated_by_name);
    } else {
      tools.Show("NO_DRAFT");
    }
    if (page.access.edit) {
      auto& edit = tools.AddSection("CAN_EDIT");
      edit.Set("EDIT_HREF", EditHref(unit));
      const bool own_version = page.version && page.source == page.unit;
      edit.Set("EDIT_LABEL", page.draft    ? "Rediger kladden"
                             : own_version ? "Skriv en ny version"
                                           : "Skriv enhedens oversættelse");
    }
    tools.Set("VERSIONS_HREF", VersionsHref(unit));
    tools.Set("MED_HREF", MedHref(unit));
  }
  return services.pages.Render(context, "Oversættelse: " + page.unit->name, "translation/translation_view.tpl",
                               content);
}

// --- The editor ---

struct EditState {
  app::TranslationForm form;
  std::size_t empty_rows = 1;
};

// The form as submitted: the rows in their chosen order, without removed and empty ones.
EditState ParseEditForm(const FormData& form) {
  EditState state;
  state.form.draft_id = ParseNumber(form.Get("draft_id"), 0);
  state.form.revision = static_cast<int>(ParseNumber(form.Get("revision"), 0));
  state.form.based_on = ParseNumber(form.Get("based_on"), 0);
  state.form.content.introduction = form.Get("introduction");
  const auto rows = std::min<std::size_t>(
      static_cast<std::size_t>(std::max<long long>(0, ParseNumber(form.Get("theme_rows"), 0))), kMaxFormRows);
  struct Row {
    long long position;
    std::size_t index;
    app::TranslationTheme theme;
  };
  std::vector<Row> kept;
  for (std::size_t n = 1; n <= rows; ++n) {
    if (form.Get(app::ThemeField(n, "remove")) == "1") continue;
    app::TranslationTheme theme;
    theme.title = form.Get(app::ThemeField(n, "title"));
    theme.bullets = form.Get(app::ThemeField(n, "bullets"));
    theme.employees_can_expect = form.Get(app::ThemeField(n, "employees"));
    theme.leaders_expect = form.Get(app::ThemeField(n, "leaders"));
    for (const auto& code : form.GetAll(app::ThemeField(n, "values"))) {
      if (const auto value = app::ParseRegionalValue(code)) theme.values.push_back(*value);
    }
    const auto blank = [](const std::string& text) {
      return std::ranges::all_of(text, [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
    };
    if (blank(theme.title) && blank(theme.bullets) && blank(theme.employees_can_expect) &&
        blank(theme.leaders_expect) && theme.values.empty()) {
      continue;
    }
    const auto position = ParseNumber(form.Get(app::ThemeField(n, "position")), static_cast<long long>(n));
    kept.push_back({position, n, std::move(theme)});
  }
  // A row moved to a place another row holds goes before it ("put it at place 1").
  std::ranges::stable_sort(kept, [](const Row& a, const Row& b) {
    const bool a_moved = a.position != static_cast<long long>(a.index);
    const bool b_moved = b.position != static_cast<long long>(b.index);
    if (a.position != b.position) return a.position < b.position;
    return a_moved && !b_moved;
  });
  for (auto& row : kept) state.form.content.themes.push_back(std::move(row.theme));
  return state;
}

// The editor, as stored or again with what was typed and `error` (field errors, or a conflict whose
// notice links to the translation as it is now).
Response RenderEditor(const PageServices& services, RequestContext& context, const app::TranslationEditor& editor,
                      const EditState& state, const app::Error* error = nullptr) {
  const auto unit = editor.unit->id;
  View content;
  SetUnit(content, *editor.unit);
  content.Set("EDIT_HREF", EditHref(unit));
  content.Set("DRAFT_ID", std::to_string(state.form.draft_id));
  content.Set("REVISION", std::to_string(state.form.revision));
  content.Set("BASED_ON", std::to_string(state.form.based_on));
  content.Set("MAX_THEMES", Count(app::kMaxThemes));
  if (editor.draft) {
    content.Set("STATUS_TEXT",
                "Du redigerer kladden, senest gemt " + domain::FormatDateTime(editor.draft->updated_at) +
                    (editor.draft->updated_by_name.empty() ? "" : " af " + editor.draft->updated_by_name) + ".");
  } else if (editor.latest) {
    content.Set("STATUS_TEXT", "Der er ingen kladde. Formularen viser version " +
                                   std::to_string(editor.latest->number.value_or(0)) +
                                   "; gemmer du, bliver det en ny kladde, og den udgivne version gælder, indtil du "
                                   "udgiver.");
  } else {
    content.Set("STATUS_TEXT", "Enheden har ingen oversættelse endnu. Gemmer du, bliver det enhedens første kladde.");
  }

  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict) {
    if (editor.draft) {
      AddConflictNotice(content, error->message, TranslationHref(unit), "Se oversættelsen og kladdens status",
                        "Oversættelsen er ændret af en anden");
    } else if (editor.latest) {
      const auto number = editor.latest->number.value_or(0);
      AddConflictNotice(content, error->message, VersionHref(unit, number),
                        "Se den udgivne version " + std::to_string(number), "Oversættelsen er ændret af en anden");
    } else {
      AddConflictNotice(content, error->message, TranslationHref(unit), "Se oversættelsen",
                        "Oversættelsen er ændret af en anden");
    }
  } else if (error != nullptr) {
    AddFormError(content, *error, "Oversættelsen er ikke gemt",
                 "Oversættelsen er ikke gemt. Ret det, der står herunder");
  }
  // The list of themes as a whole, and each theme's values (checkboxes), are written in the template.
  const auto group_error = [&](View& view, std::string_view section, const std::string& field) {
    if (const auto message = ErrorFor(errors, field); !message.empty()) {
      view.AddSection(section).Set("MESSAGE", std::string(message));
    }
  };
  group_error(content, "THEMES_ERROR", "themes");
  AddField(content, "INTRODUCTION_FIELD",
           TextAreaField(
               "introduction", "Indledning (valgfri)",
               MaxCharactersHint(app::kMaxTranslationTextChars) + " Du kan bruge Markdown, fx **fed** og punktlister.",
               state.form.content.introduction, 5),
           errors);

  const auto& themes = state.form.content.themes;
  const std::size_t rows = std::max(themes.size(), std::min(themes.size() + state.empty_rows, app::kMaxThemes));
  content.Set("THEME_ROWS", std::to_string(rows));
  if (rows < app::kMaxThemes) content.Show("CAN_ADD");
  const app::TranslationTheme empty_theme;
  const auto text_hint = MaxCharactersHint(app::kMaxTranslationTextChars) + " Markdown kan bruges.";
  for (std::size_t i = 0; i < rows; ++i) {
    const auto n = i + 1;
    const auto& theme = i < themes.size() ? themes[i] : empty_theme;
    auto& row = content.AddSection("THEME");
    row.Set("N", std::to_string(n));
    for (const auto value : app::kAllRegionalValues) {
      auto& option = row.AddSection("VALUE");
      option.Set("CODE", std::string(app::RegionalValueCode(value)));
      option.Set("LABEL", std::string(app::RegionalValueLabel(value)));
      if (std::ranges::find(theme.values, value) != theme.values.end()) option.Show("CHECKED");
    }
    group_error(row, "VALUES_ERROR", app::ThemeField(n, "values"));
    AddField(row, "TITLE_FIELD",
             TextField(app::ThemeField(n, "title"), "Titel", MaxCharactersHint(app::kMaxThemeTitleChars), theme.title),
             errors);
    AddField(row, "BULLETS_FIELD",
             TextAreaField(app::ThemeField(n, "bullets"), "Punkter",
                           "Ét punkt pr. linje, højst " + Count(app::kMaxBulletLines) + " punkter på højst " +
                               Count(app::kMaxBulletChars) + " tegn.",
                           theme.bullets, 5),
             errors);
    AddField(row, "EMPLOYEES_FIELD",
             TextAreaField(app::ThemeField(n, "employees"), "Det kan medarbejderne forvente af lederne", text_hint,
                           theme.employees_can_expect, 4),
             errors);
    AddField(row, "LEADERS_FIELD",
             TextAreaField(app::ThemeField(n, "leaders"), "Det forventer lederne af medarbejderne", text_hint,
                           theme.leaders_expect, 4),
             errors);
  }
  return services.pages.Render(context, FormTitle("Rediger oversættelsen", error) + ": " + editor.unit->name,
                               "translation/translation_edit.tpl", content, FormStatus(error));
}

Response ShowEditor(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto editor = services.Get<app::TranslationService>().Editor(organisation, context.params.Int("id"));
  if (!editor) return services.pages.Error(context, StatusFor(editor.error().kind), editor.error().message);
  EditState state;
  state.form = editor->form;
  return RenderEditor(services, context, editor.value(), state);
}

Response SubmitEditor(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto unit = context.params.Int("id");
  auto& translation = services.Get<app::TranslationService>();
  const auto editor = translation.Editor(organisation, unit);
  if (!editor) return services.pages.Error(context, StatusFor(editor.error().kind), editor.error().message);
  const auto& form = context.Form();
  auto state = ParseEditForm(form);
  const auto action = form.Get("action");
  if (action == "add-theme") {
    state.empty_rows = 2;  // the one always offered, and the one asked for
    return RenderEditor(services, context, editor.value(), state);
  }
  const auto submit = action == "publish" ? app::TranslationSubmit::Publish : app::TranslationSubmit::SaveDraft;
  return FinishForm<app::TranslationSaved>(
      services, context, translation.Save(organisation, unit, state.form, submit, context.request.remote_address),
      [&](const app::Error& error, int) {
        if (error.kind != app::ErrorKind::Conflict)
          return RenderEditor(services, context, editor.value(), state, &error);
        // The form now carries the current state, so saving again is a deliberate choice, never silent.
        const auto current = translation.Editor(organisation, unit);
        if (!current) return services.pages.Error(context, StatusFor(current.error().kind), current.error().message);
        state.form.draft_id = current->form.draft_id;
        state.form.revision = current->form.revision;
        state.form.based_on = current->form.based_on;
        return RenderEditor(services, context, current.value(), state, &error);
      },
      [&](const app::TranslationSaved& saved) {
        if (saved.published_number) {
          return RedirectWithFlash(TranslationHref(unit), "translation-published", services.secure_cookies);
        }
        return RedirectWithFlash(EditHref(unit), "translation-draft-saved", services.secure_cookies);
      });
}

// --- Versions ---

Response RenderVersions(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto result = services.Get<app::TranslationService>().History(organisation, context.params.Int("id"));
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& history = result.value();
  const auto unit = history.unit->id;
  View content;
  SetUnit(content, *history.unit);
  if (history.versions.empty()) {
    content.Show("NO_VERSIONS");
  } else {
    auto& table = content.AddSection("VERSIONS");
    bool seen_published = false;  // the newest published version is the one in force
    for (const auto& version : history.versions) {
      auto& row = table.AddSection("ROW");
      if (version.status == app::TranslationStatus::Draft) {
        auto& draft = row.AddSection("DRAFT_LINK");
        if (history.access.edit) {
          draft.AddSection("EDIT").Set("HREF", EditHref(unit));
        } else {
          draft.Show("NO_EDIT");
        }
        row.Set("STATUS", "Kladde, ikke udgivet");
        row.Set("AT", domain::FormatDateTime(version.updated_at));
        row.Set("BY", version.updated_by_name);
      } else {
        auto& link = row.AddSection("LINK");
        link.Set("HREF", VersionHref(unit, version.number.value_or(0)));
        link.Set("NUMBER", std::to_string(version.number.value_or(0)));
        row.Set("STATUS", seen_published ? "Udgivet, afløst" : "Udgivet, gælder nu");
        seen_published = true;
        row.Set("AT", version.published_at ? domain::FormatDateTime(*version.published_at) : std::string{});
        row.Set("BY", version.published_by_name);
      }
      row.Set("THEMES", Count(version.theme_count));
    }
  }
  return services.pages.Render(context, "Versioner: " + history.unit->name, "translation/translation_versions.tpl",
                               content);
}

Response RenderVersion(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto unit_id = context.params.Int("id");
  const auto number = context.params.Int("number");
  if (number < 1 || number > 1'000'000) return services.pages.Error(context, 404, "Versionen findes ikke.");
  const auto result = services.Get<app::TranslationService>().Version(organisation, unit_id, static_cast<int>(number));
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& version = result.value();
  const auto* unit = organisation.organisation().FindUnit(unit_id);
  const auto history = services.Get<app::TranslationService>().History(organisation, unit_id);
  View content;
  SetUnit(content, *unit);
  content.Set("VERSIONS_HREF", VersionsHref(unit_id));
  SetPublished(content, version);
  bool newest = true;
  if (history) {
    for (const auto& other : history->versions) {
      if (other.number && *other.number > number) newest = false;
    }
  }
  if (newest) {
    content.Show("IN_FORCE");
  } else {
    content.Show("SUPERSEDED");
  }
  AddContent(content, version.content);
  return services.pages.Render(context, unit->name + ": version " + std::to_string(number),
                               "translation/translation_version.tpl", content);
}

// --- MED ---

Response RenderMed(const PageServices& services, RequestContext& context, const app::MedInput& input,
                   const app::Error* error = nullptr) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto result = services.Get<app::TranslationService>().Med(organisation, context.params.Int("id"));
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& overview = result.value();
  const auto unit = overview.unit->id;
  View content;
  SetUnit(content, *overview.unit);
  if (overview.discussions.empty()) {
    content.Show("NO_DISCUSSIONS");
  } else {
    auto& table = content.AddSection("DISCUSSIONS");
    for (const auto& discussion : overview.discussions) {
      auto& row = table.AddSection("ROW");
      row.Set("HELD_ON", domain::FormatDate(discussion.held_on));
      row.Set("COMMITTEE", discussion.committee);
      row.Set("VERSION", discussion.version_number ? "Version " + std::to_string(*discussion.version_number)
                                                   : (discussion.version ? "Kladde" : "–"));
      row.Set("REMARKS", discussion.remarks.empty() ? "–" : discussion.remarks);
      row.Set("RECORDED_BY", discussion.recorded_by_name.empty() ? "Slettet bruger" : discussion.recorded_by_name);
      row.Set("RECORDED_AT", domain::FormatDate(discussion.recorded_at));
    }
  }
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr)
    AddFormError(content, *error, "Drøftelsen er ikke registreret", "Drøftelsen er ikke registreret");
  if (overview.access.edit) {
    auto& form = content.AddSection("FORM");
    form.Set("MED_HREF", MedHref(unit));
    if (overview.latest_number) {
      form.Set("CONCERNS",
               "Drøftelsen registreres for den udgivne version " + std::to_string(*overview.latest_number) + ".");
    } else if (overview.has_draft) {
      form.Set("CONCERNS", "Enheden har ikke udgivet en oversættelse; drøftelsen registreres for kladden.");
    } else {
      form.Set("CONCERNS",
               "Enheden har hverken en udgivet oversættelse eller en kladde; drøftelsen registreres for "
               "enheden.");
    }
    const auto today = services.Get<app::TranslationService>().Today();
    const app::DayRule held_day{"mødedatoen", app::kEarliestMedDate, today};
    AddField(form, "HELD_ON_FIELD",
             DateField("held_on", "Mødedato", "Mellem " + domain::FormatDate(app::kEarliestMedDate) + " og i dag.",
                       input.held_on, held_day)
                 .Class("input-width-s"),
             errors);
    AddField(form, "COMMITTEE_FIELD",
             TextField("committee", "MED-udvalg",
                       "Fx «LokalMED for Regionssekretariatet». " + MaxCharactersHint(app::kMaxCommitteeChars),
                       input.committee),
             errors);
    AddField(form, "REMARKS_FIELD",
             TextAreaField("remarks", "Bemærkninger (valgfri)", MaxCharactersHint(app::kMaxMedRemarksChars),
                           input.remarks, 4),
             errors);
  }
  return services.pages.Render(context, FormTitle("MED-drøftelser", error) + ": " + overview.unit->name,
                               "translation/translation_med.tpl", content, FormStatus(error));
}

Response ShowMed(const PageServices& services, RequestContext& context) { return RenderMed(services, context, {}); }

Response SubmitMed(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto unit = context.params.Int("id");
  const auto& form = context.Form();
  const app::MedInput input{form.Get("held_on"), form.Get("committee"), form.Get("remarks")};
  return FinishForm<app::Unit>(
      services, context,
      services.Get<app::TranslationService>().RecordMed(organisation, unit, input, context.request.remote_address),
      [&](const app::Error& error, int) { return RenderMed(services, context, input, &error); },
      [&](const app::Unit&) {
        return RedirectWithFlash(MedHref(unit), "translation-med-recorded", services.secure_cookies);
      });
}

Response RenderMine(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  const auto unit = services.Get<app::TranslationService>().MyUnit(organisation);
  if (unit) return Response::Redirect(TranslationHref(unit.value()));
  View content;
  content.Set("MESSAGE", unit.error().message);
  content.Set("USER_EMAIL", context.user()->email);
  return services.pages.Render(context, "Vores oversættelse", "translation/translation_mine.tpl", content);
}

// The unit page's part: which translation applies (own, inherited from where, or none), which
// version, and links to it, its versions and its MED discussions, as far as the viewer may read them.
void AddUnitPagePart(const PageServices& services, const app::OrganisationContext& organisation,
                     const domain::Unit& unit, std::vector<UnitPagePart>& parts) {
  const auto in_force = services.Get<app::TranslationService>().InForce(organisation, unit.id);
  if (!in_force) return;  // the viewer may not read it
  UnitPagePart part;
  part.heading = "Oversættelse";
  const auto& found = in_force.value();
  if (found.version && found.source != nullptr && found.version->number) {
    const auto version =
        "version " + std::to_string(*found.version->number) +
        (found.version->published_at ? ", udgivet " + domain::FormatDate(*found.version->published_at) : std::string());
    part.text =
        found.source->id == unit.id
            ? "Enheden har sin egen oversættelse af ledelsesgrundlaget (" + version + ")."
            : "Enheden har ingen egen oversættelse og følger den fra " + found.source->name + " (" + version + ").";
    part.links.push_back({"Læs oversættelsen", TranslationHref(unit.id)});
  } else {
    part.text = "Der gælder ingen oversættelse af ledelsesgrundlaget for enheden endnu.";
  }
  if (found.access.read_drafts && found.draft) part.text += " Der ligger en kladde, som ikke er udgivet.";
  if (found.access.edit) part.links.push_back({"Skriv eller ret enhedens oversættelse", EditHref(unit.id)});
  if (found.access.read_drafts) {
    part.links.push_back({"Versioner", VersionsHref(unit.id)});
    part.links.push_back({"MED-drøftelser", MedHref(unit.id)});
  }
  parts.push_back(std::move(part));
}

}  // namespace

// Every unit's translation, its versions and MED discussions belong to the translation part.
constexpr std::array<std::string_view, 1> kTranslationElsewhere{"/organisation/enheder/*/oversaettelse"};

void RegisterTranslationPages(PageModule& module) {
  module.shell.AddUnitPageContributor(&AddUnitPagePart);
  module.shell.AddNavigation({"/vores-oversaettelse", "Vores oversættelse",
                              "Din enheds lokale oversættelse af ledelsesgrundlaget: de temaer, I arbejder efter.",
                              app::kSignedIn, &kFoundationSection, 30, kTranslationElsewhere});
  module.shell.AddFlash(
      {"translation-draft-saved", "success",
       "Kladden er gemt. Den er ikke udgivet endnu, så kun de, der arbejder med oversættelsen, kan se den."});
  module.shell.AddFlash({"translation-published", "success",
                         "Oversættelsen er udgivet. Alle i enheden og enhederne under den kan nu læse den."});
  module.shell.AddFlash({"translation-med-recorded", "success", "MED-drøftelsen er registreret."});
  // Every signed-in person may reach these routes; the service decides per unit (403 otherwise).
  const auto access = app::kSignedIn;
  const std::string base = "/organisation/enheder/{id:int}/oversaettelse";
  module.Get(base, access, &RenderInForce);
  module.Get(base + "/rediger", access, &ShowEditor);
  module.Post(base + "/rediger", access, &SubmitEditor);
  module.Get(base + "/versioner", access, &RenderVersions);
  module.Get(base + "/versioner/{number:int}", access, &RenderVersion);
  module.Get(base + "/med", access, &ShowMed);
  module.Post(base + "/med", access, &SubmitMed);
  module.Get("/vores-oversaettelse", access, &RenderMine);
}

}  // namespace lp::web
