#pragma once

// The regional leadership foundation (issue 4): its documents, their published versions and the one
// draft per document that editors work on.
//
// - Everyone signed in reads the published documents and every earlier published version, and
//   compares a version with the one before it. Drafts are never part of what readers get.
// - Editors without a scope and administrators (kEditFoundationContent, and the reach of
//   actions::kEditFoundationContent must be the whole region) save a draft, publish it or
//   discard it. A draft carries a revision: saving, publishing and discarding name the revision the
//   editor's form was opened with, and a change since (another editor saved, published or discarded)
//   is a Conflict, never overwritten. Publishing is also a Conflict when another version was
//   published since the editor's text was started from the version in force.
// - The shipped text (content/foundation/*.md) becomes version 1 of each document when the document
//   does not exist yet (LoadDefaultContent, run after the migrations).

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/foundation/foundation_access.hpp"
#include "app/foundation/foundation_repository.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/platform/auth_service.hpp"
#include "app/platform/result.hpp"
#include "app/platform/store.hpp"
#include "domain/platform/line_diff.hpp"
#include "domain/platform/user.hpp"

namespace lp::app {

// Limits of an editor's text, counted in Unicode characters (code points) after trimming.
inline constexpr std::size_t kMaxFoundationTitleCharacters = 200;
inline constexpr std::size_t kMaxFoundationBodyCharacters = 50'000;

// The name shown as the author of the shipped default content.
inline constexpr std::string_view kFoundationSystemAuthor = "Ledelsesportalen (standardtekst)";

enum class FoundationDocumentKind {
  Foundation,  // a part of the foundation itself (values, expectations, the task, the democratic basis)
  Role,        // "what it means for me" for one role
};

struct FoundationDocumentInfo {
  std::string_view slug;  // also the default content's file name: content/foundation/<slug>.md
  FoundationDocumentKind kind;
  std::string_view label;  // a short name for links and navigation
};

// The documents, in the order the overview shows them.
inline constexpr std::array kFoundationDocuments = {
    FoundationDocumentInfo{"vaerdier", FoundationDocumentKind::Foundation, "Værdierne"},
    FoundationDocumentInfo{"forventninger", FoundationDocumentKind::Foundation, "De fire forventninger"},
    FoundationDocumentInfo{"ledelsesopgave", FoundationDocumentKind::Foundation, "Den tredobbelte ledelsesopgave"},
    FoundationDocumentInfo{"demokratisk-grundlag", FoundationDocumentKind::Foundation, "Det demokratiske grundlag"},
    FoundationDocumentInfo{"for-leder", FoundationDocumentKind::Role, "Leder"},
    FoundationDocumentInfo{"for-medarbejder", FoundationDocumentKind::Role, "Medarbejder"},
    FoundationDocumentInfo{"for-med", FoundationDocumentKind::Role, "MED-udvalget"},
};

// The entry of kFoundationDocuments for a slug; none for a slug the program does not know.
const FoundationDocumentInfo* FindFoundationDocumentInfo(std::string_view slug);

struct FoundationDocumentView {
  FoundationDocumentRecord document;
  FoundationDocumentInfo info;
  FoundationVersionRecord current;  // the newest published version
};

struct FoundationDocumentPage {
  FoundationDocumentView view;
  bool can_edit = false;
  std::optional<FoundationVersionRecord> draft;  // only for those who may edit
};

struct FoundationVersionList {
  FoundationDocumentView view;
  std::vector<FoundationVersionRecord> versions;  // published, newest first, without bodies
  bool can_edit = false;
};

struct FoundationVersionPage {
  FoundationDocumentView view;      // with the version in force
  FoundationVersionRecord version;  // the one asked for
};

struct FoundationComparison {
  FoundationDocumentView view;
  FoundationVersionRecord version;
  std::optional<FoundationVersionRecord> previous;  // the version compared with; none for version 1 alone
  domain::LineDiffResult body;                      // previous → version (empty without a previous)
};

// What an editor's form holds: the text and where it came from.
struct FoundationDraftInput {
  std::string title;
  std::string body;
  std::optional<FoundationVersionId> draft;  // the draft the form was opened with; none: a new one
  int revision = 0;                          // that draft's revision then
  std::optional<int> based_on;               // the published version the text was started from
};

struct FoundationEditState {
  FoundationDocumentView view;
  std::optional<FoundationVersionRecord> draft;
  FoundationDraftInput form;  // the draft, or a new draft filled from the version in force
};

struct FoundationPublished {
  int number = 0;
};

class FoundationService {
 public:
  FoundationService(Store& store, OrganisationService& organisation, Clock clock = SystemNow);

  // Creates each known document that does not exist yet, with its shipped text as version 1,
  // published by kFoundationSystemAuthor, in one transaction; audits "foundation.default_loaded".
  // Returns how many documents it created (0 when all were there: it is safe to run on every start).
  static std::size_t LoadDefaultContent(Store& store, domain::Timestamp now = SystemNow());

  // Whether the user may edit the regional foundation (the route rule and the region-wide reach).
  bool CanEdit(const domain::User& user);

  // The documents in force, in overview order.
  std::vector<FoundationDocumentView> Overview();
  Result<FoundationDocumentPage> Document(const domain::User& user, std::string_view slug);
  Result<FoundationVersionList> Versions(const domain::User& user, std::string_view slug);
  Result<FoundationVersionPage> Version(std::string_view slug, int number);
  // Version `number` against version `with` (any other published version; none: the one before it).
  // NotFound for an unknown version or `with` equal to `number`.
  Result<FoundationComparison> Compare(std::string_view slug, int number, std::optional<int> with = std::nullopt);

  // Forbidden unless CanEdit.
  Result<FoundationEditState> Edit(const domain::User& user, std::string_view slug);
  // Checks the limits (Invalid with messages for the fields "title" and "body") and trims; writes nothing.
  Result<FoundationDraftInput> Validate(FoundationDraftInput input) const;
  // Saves the form as the document's draft (a new one or the form's draft at its revision).
  Result<FoundationVersionRecord> SaveDraft(const domain::User& user, std::string_view slug, FoundationDraftInput input,
                                            const std::string& remote_address);
  // Publishes the form's text as the next version (through the form's draft when it has one).
  Result<FoundationPublished> Publish(const domain::User& user, std::string_view slug, FoundationDraftInput input,
                                      const std::string& remote_address);
  Result<Unit> DiscardDraft(const domain::User& user, std::string_view slug, FoundationVersionId draft, int revision,
                            const std::string& remote_address);

 private:
  Result<Unit> RequireEditor(const domain::User& user);

  Store& store_;
  OrganisationService& organisation_;
  Clock clock_;
};

}  // namespace lp::app
