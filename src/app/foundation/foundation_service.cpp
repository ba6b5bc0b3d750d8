#include "app/foundation/foundation_service.hpp"
#include "app/foundation/foundation_access.hpp"
#include "app/foundation/foundation_repository.hpp"

#include <algorithm>
#include <utility>

#include "app/platform/authorization.hpp"
#include "app/platform/default_content.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

Error UnknownDocument() { return NotFound("Dokumentet findes ikke i ledelsesgrundlaget."); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string Subject(std::string_view slug) { return "foundation:" + std::string(slug); }

// A conflict message ends by saying that nothing typed is lost.
constexpr std::string_view kTextKept = " Din tekst er ikke gemt, men står stadig i formularen herunder.";

std::string PublishedMeanwhile(int number) {
  return "Der er udgivet en nyere version (version " + std::to_string(number) +
         ") af dokumentet, siden du begyndte på din tekst." + std::string(kTextKept) +
         " Læs den nye version, og ret din tekst til, før du gemmer eller udgiver.";
}

FoundationAuthor AuthorOf(const domain::User& user) { return {user.id, user.name}; }

struct Loaded {
  FoundationDocumentRecord document;
  const FoundationDocumentInfo* info = nullptr;
};

// The document of a slug the program knows and the database holds.
std::optional<Loaded> LoadDocument(Transaction& tx, std::string_view slug) {
  const auto* info = FindFoundationDocumentInfo(slug);
  if (info == nullptr) return std::nullopt;
  auto document = tx.Get<FoundationRepository>().FindDocument(std::string(slug));
  if (!document) return std::nullopt;
  return Loaded{std::move(*document), info};
}

std::optional<FoundationDocumentView> LoadView(Transaction& tx, std::string_view slug) {
  auto loaded = LoadDocument(tx, slug);
  if (!loaded) return std::nullopt;
  auto current = tx.Get<FoundationRepository>().CurrentVersion(loaded->document.id);
  if (!current) return std::nullopt;
  return FoundationDocumentView{std::move(loaded->document), *loaded->info, std::move(*current)};
}

}  // namespace

const FoundationDocumentInfo* FindFoundationDocumentInfo(std::string_view slug) {
  const auto found = std::find_if(kFoundationDocuments.begin(), kFoundationDocuments.end(),
                                  [&](const FoundationDocumentInfo& info) { return info.slug == slug; });
  return found == kFoundationDocuments.end() ? nullptr : &*found;
}

FoundationService::FoundationService(Store& store, OrganisationService& organisation, Clock clock)
    : store_(store), organisation_(organisation), clock_(std::move(clock)) {}

std::size_t FoundationService::LoadDefaultContent(Store& store, domain::Timestamp now) {
  const auto load = [&] {
    return store.Write([&](Transaction& tx) {
      std::size_t created = 0;
      std::string slugs;
      for (std::size_t index = 0; index < kFoundationDocuments.size(); ++index) {
        const auto& info = kFoundationDocuments[index];
        const std::string slug(info.slug);
        if (tx.Get<FoundationRepository>().FindDocument(slug)) continue;
        const auto content = DefaultContent("foundation/" + slug + ".md");
        if (!content) throw std::logic_error("no default content for the foundation document " + slug);
        const auto text = SplitTitle(*content);
        const auto id = tx.Get<FoundationRepository>().CreateDocument(slug, static_cast<int>((index + 1) * 10), now);
        tx.Get<FoundationRepository>().CreatePublished({id,
                                                        std::nullopt,
                                                        Trim(text.title),
                                                        Trim(text.body),
                                                        {std::nullopt, std::string(kFoundationSystemAuthor)},
                                                        now},
                                                       1);
        ++created;
        slugs += (slugs.empty() ? "" : ", ") + slug;
      }
      if (created > 0) {
        tx.Get<AuditRepository>().Append(
            {now, std::nullopt, "foundation.default_loaded", "foundation", "", "version 1 of " + slugs});
      }
      return created;
    });
  };
  try {
    return load();
  } catch (const ConstraintViolation&) {
    // Another process loaded the same documents at the same moment; what it wrote is the same text.
    return load();
  }
}

Result<Unit> FoundationService::RequireEditor(const domain::User& user) {
  if (!CanEdit(user)) {
    return Forbidden("Kun redaktører for hele regionen og administratorer kan redigere ledelsesgrundlaget.");
  }
  return Unit{};
}

bool FoundationService::CanEdit(const domain::User& user) {
  if (Authorize(&user, Requires(kEditFoundationContent)) != Decision::Allow) return false;
  // EditFoundationContent has no delegated grants, so the plain context (without the delegations
  // ForFoundation loads) decides it.
  return organisation_.For(user).Reach(actions::kEditFoundationContent).Region();
}

std::vector<FoundationDocumentView> FoundationService::Overview() {
  return store_.Read([](Transaction& tx) {
    const auto documents = tx.Get<FoundationRepository>().ListDocuments();
    const auto current = tx.Get<FoundationRepository>().CurrentVersions();
    std::vector<FoundationDocumentView> views;
    for (const auto& document : documents) {
      const auto* info = FindFoundationDocumentInfo(document.slug);
      const auto version = std::find_if(current.begin(), current.end(),
                                        [&](const FoundationVersionRecord& v) { return v.document == document.id; });
      if (info == nullptr || version == current.end()) continue;
      views.push_back({document, *info, *version});
    }
    return views;
  });
}

Result<FoundationDocumentPage> FoundationService::Document(const domain::User& user, std::string_view slug) {
  const bool can_edit = CanEdit(user);
  return store_.Read([&](Transaction& tx) -> Result<FoundationDocumentPage> {
    auto view = LoadView(tx, slug);
    if (!view) return UnknownDocument();
    FoundationDocumentPage page{std::move(*view), can_edit, std::nullopt};
    if (can_edit) page.draft = tx.Get<FoundationRepository>().Draft(page.view.document.id);
    return page;
  });
}

Result<FoundationVersionList> FoundationService::Versions(const domain::User& user, std::string_view slug) {
  const bool can_edit = CanEdit(user);
  return store_.Read([&](Transaction& tx) -> Result<FoundationVersionList> {
    auto view = LoadView(tx, slug);
    if (!view) return UnknownDocument();
    auto versions = tx.Get<FoundationRepository>().PublishedVersions(view->document.id);
    return FoundationVersionList{std::move(*view), std::move(versions), can_edit};
  });
}

Result<FoundationVersionPage> FoundationService::Version(std::string_view slug, int number) {
  return store_.Read([&](Transaction& tx) -> Result<FoundationVersionPage> {
    auto view = LoadView(tx, slug);
    if (!view) return UnknownDocument();
    auto version = tx.Get<FoundationRepository>().PublishedVersion(view->document.id, number);
    if (!version) return NotFound("Version " + std::to_string(number) + " af dokumentet findes ikke.");
    return FoundationVersionPage{std::move(*view), std::move(*version)};
  });
}

Result<FoundationComparison> FoundationService::Compare(std::string_view slug, int number, std::optional<int> with) {
  auto found = Version(slug, number);
  if (!found) return found.error();
  FoundationComparison comparison{std::move(found->view), std::move(found->version), std::nullopt, {}};
  if (with && *with == number) return NotFound("Vælg en anden version at sammenligne med.");
  const int other = with.value_or(number - 1);
  if (other >= 1) {
    comparison.previous = store_.Read([&](Transaction& tx) {
      return tx.Get<FoundationRepository>().PublishedVersion(comparison.view.document.id, other);
    });
    if (!comparison.previous && with) return NotFound("Versionen findes ikke.");
    if (comparison.previous) comparison.body = domain::LineDiff(comparison.previous->body, comparison.version.body);
  }
  return comparison;
}

Result<FoundationEditState> FoundationService::Edit(const domain::User& user, std::string_view slug) {
  if (auto allowed = RequireEditor(user); !allowed) return allowed.error();
  return store_.Read([&](Transaction& tx) -> Result<FoundationEditState> {
    auto view = LoadView(tx, slug);
    if (!view) return UnknownDocument();
    auto draft = tx.Get<FoundationRepository>().Draft(view->document.id);
    FoundationEditState state{std::move(*view), std::move(draft), {}};
    if (state.draft) {
      state.form = {state.draft->title, state.draft->body, state.draft->id, state.draft->revision,
                    state.draft->based_on_number};
    } else {
      state.form = {state.view.current.title, state.view.current.body, std::nullopt, 0, state.view.current.number};
    }
    return state;
  });
}

Result<FoundationDraftInput> FoundationService::Validate(FoundationDraftInput input) const {
  input.title = Trim(input.title);
  input.body = Trim(input.body);
  std::vector<FieldError> errors;
  if (CheckText(errors, "title", input.title, {"titlen", kMaxFoundationTitleCharacters, "Skriv en titel."}) &&
      input.title.find_first_of("\r\n") != std::string::npos) {
    errors.push_back({"title", "Titlen skal stå på én linje."});
  }
  CheckText(errors, "body", input.body,
            {"teksten", kMaxFoundationBodyCharacters, "Skriv teksten. Et dokument kan ikke være tomt."});
  if (!errors.empty()) {
    return Invalid(std::move(errors), "Dokumentet er ikke gemt. Ret fejlene herunder.");
  }
  return input;
}

Result<FoundationVersionRecord> FoundationService::SaveDraft(const domain::User& user, std::string_view slug,
                                                             FoundationDraftInput input,
                                                             const std::string& remote_address) {
  if (auto allowed = RequireEditor(user); !allowed) return allowed.error();
  auto valid = Validate(std::move(input));
  if (!valid) return valid.error();
  const auto& form = valid.value();
  const auto now = clock_();
  const auto author = AuthorOf(user);
  return store_.Write(
      [&](Transaction& tx) -> Result<FoundationVersionRecord> {
        auto view = LoadView(tx, slug);
        if (!view) return UnknownDocument();
        auto& repository = tx.Get<FoundationRepository>();
        const auto document = view->document.id;
        const int current = view->current.number.value_or(0);
        if (form.draft) {
          if (!repository.UpdateDraft({document, *form.draft, form.revision}, form.title, form.body, author, now)) {
            if (current != form.based_on.value_or(0)) return Conflict(PublishedMeanwhile(current));
            return Conflict("En anden har ændret eller kasseret kladden, siden du åbnede den." +
                            std::string(kTextKept) + " Gemmer du igen, erstatter din tekst den kladde, der ligger nu.");
          }
        } else {
          if (repository.Draft(document)) {
            return Conflict("En anden har startet en kladde til dokumentet, siden du åbnede det." +
                            std::string(kTextKept) + " Gemmer du igen, erstatter din tekst den kladde.");
          }
          if (current != form.based_on.value_or(0)) return Conflict(PublishedMeanwhile(current));
          repository.CreateDraft({document, current == 0 ? std::nullopt : std::optional<int>(current), form.title,
                                  form.body, author, now});
        }
        auto saved = repository.Draft(document);
        if (!saved) throw StorageError("the saved foundation draft is missing");
        tx.Get<AuditRepository>().Append({now, user.id, "foundation.draft_saved", Subject(slug), remote_address,
                                          "revision " + std::to_string(saved->revision)});
        return std::move(*saved);
      },
      // Another editor created a draft in the same moment.
      Conflict("En anden har startet en kladde til dokumentet i samme øjeblik." + std::string(kTextKept)));
}

Result<FoundationPublished> FoundationService::Publish(const domain::User& user, std::string_view slug,
                                                       FoundationDraftInput input, const std::string& remote_address) {
  if (auto allowed = RequireEditor(user); !allowed) return allowed.error();
  auto valid = Validate(std::move(input));
  if (!valid) return valid.error();
  const auto& form = valid.value();
  const auto now = clock_();
  const auto author = AuthorOf(user);
  return store_.Write(
      [&](Transaction& tx) -> Result<FoundationPublished> {
        auto view = LoadView(tx, slug);
        if (!view) return UnknownDocument();
        auto& repository = tx.Get<FoundationRepository>();
        const auto document = view->document.id;
        const int current = view->current.number.value_or(0);
        if (current != form.based_on.value_or(0)) return Conflict(PublishedMeanwhile(current));
        const int next = current + 1;
        if (form.draft) {
          // The text as typed is what is published: the draft takes it, then becomes the version.
          if (!repository.UpdateDraft({document, *form.draft, form.revision}, form.title, form.body, author, now) ||
              !repository.PublishDraft({document, *form.draft, form.revision + 1}, next, author, now)) {
            return Conflict("En anden har ændret eller kasseret kladden, siden du åbnede den, så den er ikke udgivet." +
                            std::string(kTextKept));
          }
        } else {
          if (repository.Draft(document)) {
            return Conflict(
                "En anden har startet en kladde til dokumentet, siden du åbnede det, så din tekst er ikke "
                "udgivet." +
                std::string(kTextKept));
          }
          repository.CreatePublished({document, current, form.title, form.body, author, now}, next);
        }
        tx.Get<AuditRepository>().Append(
            {now, user.id, "foundation.published", Subject(slug), remote_address, "version " + std::to_string(next)});
        return FoundationPublished{next};
      },
      // Another editor published the same number in the same moment.
      Conflict("En anden har udgivet en ny version af dokumentet i samme øjeblik." + std::string(kTextKept)));
}

Result<Unit> FoundationService::DiscardDraft(const domain::User& user, std::string_view slug, FoundationVersionId draft,
                                             int revision, const std::string& remote_address) {
  if (auto allowed = RequireEditor(user); !allowed) return allowed.error();
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto loaded = LoadDocument(tx, slug);
    if (!loaded) return UnknownDocument();
    auto current = tx.Get<FoundationRepository>().Draft(loaded->document.id);
    if (!current || current->id != draft ||
        !tx.Get<FoundationRepository>().DeleteDraft({loaded->document.id, draft, revision})) {
      return Conflict(
          "Kladden er ændret, udgivet eller kasseret af en anden, siden du åbnede den, så den er ikke kasseret. "
          "Se den nu, før du beslutter dig.");
    }
    tx.Get<AuditRepository>().Append({now, user.id, "foundation.draft_discarded", Subject(slug), remote_address,
                                      "revision " + std::to_string(revision)});
    return Unit{};
  });
}

}  // namespace lp::app
