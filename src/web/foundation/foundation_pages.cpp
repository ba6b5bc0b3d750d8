// The regional leadership foundation: the overview, each document, its published versions and the
// comparison of a version with the one before it (everyone signed in), and the editor's draft form
// (editors for the whole region and administrators). The rules live in app::FoundationService; this
// file turns its results into views and forms into its inputs.
#include <optional>

#include "app/foundation/foundation_access.hpp"
#include "app/foundation/foundation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/foundation/foundation_pages.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/markdown.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kOverviewPath = "/ledelsesgrundlag";
// Unchanged lines shown around each change on the comparison page; longer unchanged runs are folded.
constexpr std::size_t kDiffContextLines = 3;
// A document's own page: its title is the h1, so its ## sections are h2 (on the overview, where the
// title is an h2, the default shift makes them h3).
constexpr MarkdownOptions kUnderTheTitle{.heading_shift = 0};

std::string DocumentHref(std::string_view slug) { return std::string(kOverviewPath) + "/" + std::string(slug); }
std::string VersionsHref(std::string_view slug) { return DocumentHref(slug) + "/versioner"; }
std::string VersionHref(std::string_view slug, int number) { return VersionsHref(slug) + "/" + std::to_string(number); }
std::string CompareHref(std::string_view slug, int number) { return VersionHref(slug, number) + "/sammenlign"; }
std::string EditHref(std::string_view slug) { return DocumentHref(slug) + "/rediger"; }

std::string Number(std::size_t n) { return domain::FormatInteger(static_cast<long long>(n)); }
std::string Lines(std::size_t n) { return Number(n) + (n == 1 ? " linje" : " linjer"); }

std::string PublishedDate(const app::FoundationVersionRecord& version) {
  return version.published_at ? domain::FormatDate(*version.published_at) : std::string{};
}

std::string PublishedBy(const app::FoundationVersionRecord& version) {
  return version.published_by ? version.published_by->name : std::string{};
}

// The values every page of a document shares: its slug, links and the version in force.
void SetDocument(View& view, const app::FoundationDocumentView& document) {
  const auto& slug = document.document.slug;
  view.Set("SLUG", slug);
  view.Set("DOCUMENT_HREF", DocumentHref(slug));
  view.Set("VERSIONS_HREF", VersionsHref(slug));
  view.Set("EDIT_HREF", EditHref(slug));
  view.Set("CURRENT_TITLE", document.current.title);
  view.Set("CURRENT_NUMBER", std::to_string(document.current.number.value_or(0)));
  view.Set("CURRENT_HREF", VersionHref(slug, document.current.number.value_or(0)));
  view.Set("CURRENT_DATE", PublishedDate(document.current));
  view.Set("CURRENT_AUTHOR", PublishedBy(document.current));
}

void SetVersion(View& view, std::string_view slug, const app::FoundationVersionRecord& version) {
  const int number = version.number.value_or(0);
  view.Set("NUMBER", std::to_string(number));
  view.Set("TITLE", version.title);
  view.Set("DATE", PublishedDate(version));
  view.Set("AUTHOR", PublishedBy(version));
  view.Set("VERSION_HREF", VersionHref(slug, number));
  view.Set("COMPARE_HREF", CompareHref(slug, number));
}

// The other documents, for the list of the foundation's documents at the foot of a document page.
void AddDocumentList(View& view, const std::vector<app::FoundationDocumentView>& documents, std::string_view current) {
  for (const auto& document : documents) {
    auto& row = view.AddSection("DOCUMENT_LINK");
    row.Set("LINK_HREF", DocumentHref(document.document.slug));
    row.Set("LINK_TITLE", document.current.title);
    row.Show(document.document.slug == current ? "LINK_CURRENT" : "LINK_OTHER");
  }
}

// The number of a version from the path ({number:int} admits only positive 64-bit integers).
std::optional<int> VersionNumber(const RequestContext& context) {
  const auto number = context.params.Int("number");
  if (number <= 0 || number > 1'000'000) return std::nullopt;
  return static_cast<int>(number);
}

Response RenderOverview(const PageServices& services, RequestContext& context) {
  View content;
  for (const auto& document : services.Get<app::FoundationService>().Overview()) {
    const auto& slug = document.document.slug;
    if (document.info.kind == app::FoundationDocumentKind::Role) {
      auto& role = content.AddSection("ROLE");
      role.Set("ROLE_HREF", DocumentHref(slug));
      role.Set("ROLE_TITLE", document.current.title);
      role.Set("ROLE_LABEL", std::string(document.info.label));
      continue;
    }
    auto& toc = content.AddSection("TOC");
    toc.Set("SLUG", slug);
    toc.Set("TOC_TITLE", document.current.title);
    auto& part = content.AddSection("PART");
    SetDocument(part, document);
    part.Set("BODY_HTML", RenderMarkdown(document.current.body));
  }
  return services.pages.Render(context, "Ledelsesgrundlaget", "foundation/foundation_overview.tpl", content);
}

Response RenderDocument(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto result = services.Get<app::FoundationService>().Document(*context.user(), slug);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& page = result.value();
  View content;
  SetDocument(content, page.view);
  content.Set("BODY_HTML", RenderMarkdown(page.view.current.body, kUnderTheTitle));
  if (page.can_edit) {
    auto& editor = content.AddSection("EDITOR");
    if (page.draft) {
      auto& draft = editor.AddSection("HAS_DRAFT");
      draft.Set("DRAFT_SAVED", domain::FormatDateTime(page.draft->updated_at));
      draft.Set("DRAFT_AUTHOR", page.draft->updated_by.name);
    } else {
      editor.Show("NO_DRAFT");
    }
  }
  AddDocumentList(content, services.Get<app::FoundationService>().Overview(), slug);
  return services.pages.Render(context, page.view.current.title, "foundation/foundation_document.tpl", content);
}

Response RenderVersions(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto result = services.Get<app::FoundationService>().Versions(*context.user(), slug);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& list = result.value();
  View content;
  SetDocument(content, list.view);
  content.Set("VERSION_COUNT", Number(list.versions.size()));
  for (const auto& version : list.versions) {
    auto& row = content.AddSection("VERSION");
    SetVersion(row, slug, version);
    auto& state = row.AddSection("VERSION_STATE");
    if (version.number == list.view.current.number) state.Show("IS_CURRENT");
    if (version.number.value_or(0) > 1) state.Show("HAS_PREVIOUS");
  }
  return services.pages.Render(context, "Versioner af " + list.view.current.title, "foundation/foundation_versions.tpl",
                               content);
}

Response RenderVersion(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto number = VersionNumber(context);
  if (!number) return services.pages.Error(context, 404, "Versionen findes ikke.");
  const auto result = services.Get<app::FoundationService>().Version(slug, *number);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& page = result.value();
  View content;
  SetDocument(content, page.view);
  SetVersion(content, slug, page.version);
  content.Set("BODY_HTML", RenderMarkdown(page.version.body, kUnderTheTitle));
  auto& state = content.AddSection("VERSION_STATE");
  if (page.version.number == page.view.current.number) {
    state.Show("IS_CURRENT");
  } else {
    state.Show("IS_OLD");
  }
  if (*number > 1) state.Show("HAS_PREVIOUS");
  return services.pages.Render(context, "Version " + std::to_string(*number) + " af " + page.version.title,
                               "foundation/foundation_version.tpl", content);
}

// A diff line's text as shown: an empty line is named, as it would otherwise be invisible.
void SetDiffText(View& row, const domain::DiffLine& line) {
  if (line.text.empty()) {
    row.Show("EMPTY_LINE");
  } else {
    row.Set("TEXT", line.text);
  }
}

void AddDiffRows(View& content, const domain::LineDiffResult& diff) {
  const auto& lines = diff.lines;
  // A line is shown when a change lies within kDiffContextLines of it.
  std::vector<bool> shown(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind == domain::DiffKind::Unchanged) continue;
    const auto from = i >= kDiffContextLines ? i - kDiffContextLines : 0;
    const auto to = std::min(lines.size(), i + kDiffContextLines + 1);
    for (auto j = from; j < to; ++j) shown[j] = true;
  }
  for (std::size_t i = 0; i < lines.size();) {
    if (!shown[i]) {
      std::size_t run = 0;
      while (i < lines.size() && !shown[i]) {
        ++run;
        ++i;
      }
      content.AddSection("DIFF_ROW").AddSection("FOLDED").Set("FOLDED_COUNT", Number(run));
      continue;
    }
    const auto& line = lines[i];
    auto& row = content.AddSection("DIFF_ROW");
    switch (line.kind) {
      case domain::DiffKind::Unchanged: {
        auto& unchanged = row.AddSection("UNCHANGED");
        unchanged.Set("OLD_LINE", std::to_string(line.old_number));
        unchanged.Set("NEW_LINE", std::to_string(line.new_number));
        SetDiffText(unchanged, line);
        break;
      }
      case domain::DiffKind::Removed: {
        auto& removed = row.AddSection("REMOVED");
        removed.Set("OLD_LINE", std::to_string(line.old_number));
        SetDiffText(removed, line);
        break;
      }
      case domain::DiffKind::Inserted: {
        auto& inserted = row.AddSection("INSERTED");
        inserted.Set("NEW_LINE", std::to_string(line.new_number));
        SetDiffText(inserted, line);
        break;
      }
    }
    ++i;
  }
}

Response RenderComparison(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto number = VersionNumber(context);
  if (!number) return services.pages.Error(context, 404, "Versionen findes ikke.");
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  std::optional<int> with;
  if (const auto text = query.Get("med"); !text.empty()) {
    with = ParsePositive<int>(text);
    if (!with) return services.pages.Error(context, 404, "Versionen findes ikke.");
  }
  const auto result = services.Get<app::FoundationService>().Compare(slug, *number, with);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& comparison = result.value();
  View content;
  SetDocument(content, comparison.view);
  SetVersion(content, slug, comparison.version);
  // Any two versions: the form picks the one to compare with (a GET, so it works without JavaScript).
  const int latest = comparison.view.current.number.value_or(0);
  if (latest > 1) {
    auto& picker = content.AddSection("PICK_OTHER");
    picker.Set("PICK_ACTION", CompareHref(slug, *number));
    const int shown = comparison.previous ? comparison.previous->number.value_or(0) : 0;
    for (int n = latest; n >= 1; --n) {
      if (n == *number) continue;
      auto& option = picker.AddSection("OTHER_VERSION");
      option.Set("VALUE", std::to_string(n));
      if (n == shown) option.Show("SELECTED");
    }
  }
  if (!comparison.previous) {
    content.Show("FIRST_VERSION");
  } else {
    auto& compared = content.AddSection("COMPARED");
    const auto& previous = *comparison.previous;
    compared.Set("PREVIOUS_NUMBER", std::to_string(previous.number.value_or(0)));
    compared.Set("PREVIOUS_DATE", PublishedDate(previous));
    compared.Set("PREVIOUS_HREF", VersionHref(slug, previous.number.value_or(0)));
    compared.Set("NUMBER", std::to_string(*number));
    compared.Set("DATE", PublishedDate(comparison.version));
    compared.Set("INSERTED_COUNT", Lines(comparison.body.inserted));
    compared.Set("REMOVED_COUNT", Lines(comparison.body.removed));
    if (previous.title != comparison.version.title) {
      auto& title = compared.AddSection("TITLE_CHANGED");
      title.Set("OLD_TITLE", previous.title);
      title.Set("NEW_TITLE", comparison.version.title);
    }
    if (comparison.body.inserted == 0 && comparison.body.removed == 0) {
      compared.Show("BODY_UNCHANGED");
    } else {
      auto& table = compared.AddSection("DIFF");
      table.Set("PREVIOUS_NUMBER", std::to_string(previous.number.value_or(0)));
      table.Set("NUMBER", std::to_string(*number));
      AddDiffRows(table, comparison.body);
      if (!comparison.body.exact) compared.Show("DIFF_COARSE");
    }
  }
  return services.pages.Render(context,
                               "Ændringer i version " + std::to_string(*number) + " af " + comparison.version.title,
                               "foundation/foundation_compare.tpl", content);
}

// What the editor's form sent. Hidden fields that do not parse mean a tampered form.
std::optional<app::FoundationDraftInput> ReadDraftForm(const FormData& form) {
  app::FoundationDraftInput input;
  input.title = form.Get("title");
  input.body = form.Get("body");
  if (const auto draft = form.Get("draft"); !draft.empty()) {
    const auto id = ParsePositive<int>(draft);
    if (!id) return std::nullopt;
    input.draft = *id;
  }
  const auto revision = ParseInteger<int>(form.Get("revision"));
  if (!revision || *revision < 0) return std::nullopt;
  input.revision = *revision;
  if (const auto based_on = form.Get("based_on"); !based_on.empty()) {
    const auto number = ParsePositive<int>(based_on);
    if (!number) return std::nullopt;
    input.based_on = *number;
  }
  return input;
}

struct EditOutcome {
  const app::Error* error = nullptr;
  bool preview = false;  // show the typed text rendered
};

// The edit form: `state` is the document and its draft as they are now; `form` what the form shows
// (the stored draft, or what the editor typed, with the hidden fields of `state` after a conflict).
Response RenderEdit(const PageServices& services, RequestContext& context, const app::FoundationEditState& state,
                    const app::FoundationDraftInput& form, EditOutcome outcome = {}) {
  View content;
  SetDocument(content, state.view);
  content.Set("DRAFT_ID", form.draft ? std::to_string(*form.draft) : std::string{});
  content.Set("REVISION", std::to_string(form.revision));
  content.Set("BASED_ON", form.based_on ? std::to_string(*form.based_on) : std::string{});
  if (state.draft) {
    auto& draft = content.AddSection("HAS_DRAFT");
    draft.Set("DRAFT_SAVED", domain::FormatDateTime(state.draft->updated_at));
    draft.Set("DRAFT_AUTHOR", state.draft->updated_by.name);
    auto& discard = content.AddSection("DISCARD");
    discard.Set("DISCARD_DRAFT_ID", std::to_string(state.draft->id));
    discard.Set("DISCARD_REVISION", std::to_string(state.draft->revision));
  } else {
    content.Show("NO_DRAFT");
  }
  const auto* error = outcome.error;
  const auto errors = FieldErrorsOf(error);
  if (error != nullptr && error->kind == app::ErrorKind::Conflict) {
    const auto& current = state.view.current;
    AddConflictNotice(content, error->message, VersionHref(state.view.document.slug, current.number.value_or(0)),
                      "Læs den gældende version (version " + std::to_string(current.number.value_or(0)) + ", udgivet " +
                          PublishedDate(current) + " af " + PublishedBy(current) + ")",
                      "Din tekst er ikke gemt");
  } else if (error != nullptr) {
    AddFormError(content, *error, "Din tekst er ikke gemt", "Der er problemer med det, du har skrevet");
  }
  AddField(content, "TITLE_FIELD",
           TextField("title", "Titel", MaxCharactersHint(app::kMaxFoundationTitleCharacters), form.title)
               .Class("input-width-xl")
               .Required(),
           errors);
  AddField(content, "BODY_FIELD",
           TextAreaField("body", "Tekst",
                         "Skrives i Markdown (se hjælpen herunder). " +
                             MaxCharactersHint(app::kMaxFoundationBodyCharacters) +
                             " Bogstaver, tal, mellemrum og linjeskift tæller hver ét tegn.",
                         form.body, 22)
               .Class("portal-foundation-body")
               .Required(),
           errors);
  const bool valid = error == nullptr || error->kind != app::ErrorKind::Invalid;
  if (valid && (outcome.preview || error == nullptr)) {
    auto& preview = content.AddSection("PREVIEW");
    preview.Set("PREVIEW_TITLE", form.title);
    preview.Set("PREVIEW_HTML", RenderMarkdown(form.body));
    if (outcome.preview) preview.Show("PREVIEW_OF_TYPED");
  }
  return services.pages.Render(context, FormTitle("Rediger " + state.view.current.title, error),
                               "foundation/foundation_edit.tpl", content, FormStatus(error));
}

Response ShowEdit(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto state = services.Get<app::FoundationService>().Edit(*context.user(), slug);
  if (!state) return services.pages.Error(context, StatusFor(state.error().kind), state.error().message);
  return RenderEdit(services, context, state.value(), state.value().form);
}

Response SubmitEdit(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto& user = *context.user();
  const auto& form = context.Form();
  const auto input = ReadDraftForm(form);
  if (!input) return services.pages.Error(context, 400, "Formularen kunne ikke læses. Åbn siden igen.");
  const auto action = form.Get("action");
  if (action != "gem" && action != "udgiv" && action != "forhaandsvis") {
    return services.pages.Error(context, 400, "Vælg Gem kladde, Vis forhåndsvisning eller Udgiv.");
  }
  auto& foundation = services.Get<app::FoundationService>();
  const auto state = foundation.Edit(user, slug);
  if (!state) return services.pages.Error(context, StatusFor(state.error().kind), state.error().message);

  // Renders the form again with what was typed; after a conflict its hidden fields name the draft
  // and version as they are now, so that saving again is a decision made knowing of the change.
  const auto again = [&](const app::Error& error, int) {
    auto shown = *input;
    if (error.kind == app::ErrorKind::Conflict) {
      shown.draft = state->form.draft;
      shown.revision = state->form.revision;
      shown.based_on = state->form.based_on;
    }
    return RenderEdit(services, context, state.value(), shown, {&error, false});
  };
  if (action == "forhaandsvis") {
    return FinishForm<app::FoundationDraftInput>(
        services, context, foundation.Validate(*input), again, [&](const app::FoundationDraftInput&) {
          return RenderEdit(services, context, state.value(), *input, {nullptr, true});
        });
  }
  if (action == "gem") {
    return FinishForm<app::FoundationVersionRecord>(
        services, context, foundation.SaveDraft(user, slug, *input, context.request.remote_address), again,
        [&](const app::FoundationVersionRecord&) {
          return RedirectWithFlash(EditHref(slug), "foundation-draft-saved", services.secure_cookies);
        });
  }
  return FinishForm<app::FoundationPublished>(
      services, context, foundation.Publish(user, slug, *input, context.request.remote_address), again,
      [&](const app::FoundationPublished&) {
        return RedirectWithFlash(DocumentHref(slug), "foundation-published", services.secure_cookies);
      });
}

Response SubmitDiscard(const PageServices& services, RequestContext& context) {
  const auto slug = context.params.Get("slug");
  const auto& form = context.Form();
  const auto draft = ParseInteger<int>(form.Get("draft"));
  const auto revision = ParseInteger<int>(form.Get("revision"));
  if (!draft || !revision) return services.pages.Error(context, 400, "Formularen kunne ikke læses. Åbn siden igen.");
  auto& foundation = services.Get<app::FoundationService>();
  return FinishForm<app::Unit>(
      services, context,
      foundation.DiscardDraft(*context.user(), slug, *draft, *revision, context.request.remote_address),
      [&](const app::Error& error, int) {
        // The draft as it is now, with the notice of why it was not discarded.
        const auto state = foundation.Edit(*context.user(), slug);
        if (!state) return services.pages.Error(context, StatusFor(state.error().kind), state.error().message);
        return RenderEdit(services, context, state.value(), state.value().form, {&error, false});
      },
      [&](const app::Unit&) {
        return RedirectWithFlash(DocumentHref(slug), "foundation-draft-discarded", services.secure_cookies);
      });
}

}  // namespace

void RegisterFoundationPages(PageModule& module) {
  module.shell.AddNavigation(
      {"/ledelsesgrundlag", "Ledelsesgrundlaget",
       "Regionens tre værdier, de fire forventninger til god ledelse, den tredobbelte ledelsesopgave – og "
       "hvad det betyder for dig.",
       app::kSignedIn, &kFoundationSection, 20});
  module.shell.AddFlash(
      {"foundation-draft-saved", "success", "Kladden er gemt. Kun redaktører kan se den, indtil den bliver udgivet."});
  module.shell.AddFlash(
      {"foundation-published", "success",
       "Den nye version er udgivet og gælder nu for alle. Den tidligere version ligger under Versioner."});
  module.shell.AddFlash(
      {"foundation-draft-discarded", "success", "Kladden er kasseret. Den gældende version er uændret."});
  const auto editors = app::Requires(app::kEditFoundationContent);
  module.Get(std::string(kOverviewPath), app::kSignedIn, &RenderOverview);
  module.Get("/ledelsesgrundlag/{slug}", app::kSignedIn, &RenderDocument);
  module.Get("/ledelsesgrundlag/{slug}/versioner", app::kSignedIn, &RenderVersions);
  module.Get("/ledelsesgrundlag/{slug}/versioner/{number:int}", app::kSignedIn, &RenderVersion);
  module.Get("/ledelsesgrundlag/{slug}/versioner/{number:int}/sammenlign", app::kSignedIn, &RenderComparison);
  module.Get("/ledelsesgrundlag/{slug}/rediger", editors, &ShowEdit);
  module.Post("/ledelsesgrundlag/{slug}/rediger", editors, &SubmitEdit);
  module.Post("/ledelsesgrundlag/{slug}/rediger/kasser", editors, &SubmitDiscard);
}

}  // namespace lp::web
