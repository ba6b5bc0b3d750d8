// app::FoundationService against the real stores (SQLite and PostgreSQL): the default content,
// versions, the one draft, optimistic concurrency, what readers see, and who may edit.
#include <gmock/gmock.h>

#include "app/foundation/foundation_service.hpp"
#include "app/platform/default_content.hpp"
#include "storage/store_fixture.hpp"
#include "support/parallel.hpp"

namespace lp::storage_test {
namespace {

using ::testing::HasSubstr;

class FoundationServiceTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    organisation_ = std::make_unique<app::OrganisationService>(store());
    service_ = std::make_unique<app::FoundationService>(store(), *organisation_, [this] { return now_; });
    ASSERT_EQ(app::FoundationService::LoadDefaultContent(store(), At(1'000)), app::kFoundationDocuments.size());
  }
  void TearDown() override {
    service_.reset();
    organisation_.reset();
    StoreContract::TearDown();
  }

  domain::User User(const std::string& email, std::vector<domain::Role> roles, const std::string& name,
                    std::vector<domain::RoleScope> scopes = {}) {
    domain::User user;
    user.id = CreateUser(email, roles);
    user.email = email;
    user.name = name;
    user.roles = std::move(roles);
    user.scopes = std::move(scopes);
    return user;
  }
  domain::User Editor() { return User("rita@rm.dk", {domain::Role::Redaktoer}, "Rita Redaktør"); }

  // The form as the edit page opens it now.
  app::FoundationDraftInput Opened(const domain::User& user, const std::string& slug = "vaerdier") {
    auto state = service_->Edit(user, slug);
    EXPECT_TRUE(state.ok());
    return state.ok() ? state->form : app::FoundationDraftInput{};
  }
  static app::FoundationDraftInput With(app::FoundationDraftInput form, std::string title, std::string body) {
    form.title = std::move(title);
    form.body = std::move(body);
    return form;
  }

  std::vector<app::AuditEvent> Audit() {
    return store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(50); });
  }
  long long AuditCount(const std::string& action) {
    const auto events = Audit();
    return std::count_if(events.begin(), events.end(), [&](const app::AuditEvent& e) { return e.action == action; });
  }

  domain::Timestamp now_ = At(1'800'000'000);
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::FoundationService> service_;
};

TEST_F(FoundationServiceTest, LoadsTheShippedTextOnceAsPublishedVersionOne) {
  const auto overview = service_->Overview();
  ASSERT_EQ(overview.size(), app::kFoundationDocuments.size());
  for (std::size_t i = 0; i < overview.size(); ++i) {
    const auto& document = overview[i];
    EXPECT_EQ(document.document.slug, app::kFoundationDocuments[i].slug);
    const auto shipped = app::SplitTitle(*app::DefaultContent("foundation/" + document.document.slug + ".md"));
    EXPECT_EQ(document.current.title, shipped.title);
    EXPECT_THAT(shipped.body, HasSubstr(document.current.body));
    EXPECT_EQ(document.current.number, 1);
    EXPECT_EQ(document.current.published_at, At(1'000));
    ASSERT_TRUE(document.current.published_by.has_value());
    EXPECT_EQ(document.current.published_by->name, app::kFoundationSystemAuthor);
    EXPECT_FALSE(document.current.published_by->user.has_value());
  }
  EXPECT_EQ(overview[0].current.title, "Dialog, dygtighed og dristighed");
  EXPECT_EQ(AuditCount("foundation.default_loaded"), 1);

  EXPECT_EQ(app::FoundationService::LoadDefaultContent(store(), At(2'000)), 0U) << "a second start loads nothing";
  EXPECT_EQ(service_->Overview().size(), app::kFoundationDocuments.size());
  EXPECT_EQ(AuditCount("foundation.default_loaded"), 1);
  const auto versions = service_->Versions(Editor(), "vaerdier");
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->versions.size(), 1U);
}

TEST_F(FoundationServiceTest, NumbersPublishedVersionsAndKeepsTheOldOnesReadable) {
  const auto editor = Editor();
  const auto saved = service_->SaveDraft(editor, "vaerdier", With(Opened(editor), "  Værdierne  ", "Ny tekst\n"), "");
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(saved->title, "Værdierne") << "trimmed";
  EXPECT_EQ(saved->body, "Ny tekst");
  EXPECT_EQ(saved->based_on_number, 1);
  EXPECT_EQ(AuditCount("foundation.draft_saved"), 1);

  const auto published = service_->Publish(editor, "vaerdier", With(Opened(editor), "Værdierne", "Ny tekst 2"), "");
  ASSERT_TRUE(published.ok()) << published.error().message;
  EXPECT_EQ(published->number, 2);
  EXPECT_EQ(AuditCount("foundation.published"), 1);

  now_ = At(1'800'086'400);
  const auto third = service_->Publish(editor, "vaerdier", With(Opened(editor), "Værdierne", "Tredje"), "");
  ASSERT_TRUE(third.ok()) << third.error().message;
  EXPECT_EQ(third->number, 3);

  const auto document = service_->Document(editor, "vaerdier");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->view.current.number, 3);
  EXPECT_EQ(document->view.current.body, "Tredje");
  EXPECT_EQ(document->view.current.published_by, (app::FoundationAuthor{editor.id, "Rita Redaktør"}));
  EXPECT_FALSE(document->draft.has_value()) << "publishing used up the draft";

  const auto second = service_->Version("vaerdier", 2);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->version.body, "Ny tekst 2");
  EXPECT_EQ(second->view.current.number, 3);
  EXPECT_EQ(service_->Version("vaerdier", 4).error().kind, app::ErrorKind::NotFound);
  EXPECT_EQ(service_->Version("ukendt", 1).error().kind, app::ErrorKind::NotFound);

  const auto comparison = service_->Compare("vaerdier", 3);
  ASSERT_TRUE(comparison.ok());
  ASSERT_TRUE(comparison->previous.has_value());
  EXPECT_EQ(comparison->previous->number, 2);
  EXPECT_EQ(comparison->body.removed, 1U);
  EXPECT_EQ(comparison->body.inserted, 1U);
  EXPECT_FALSE(service_->Compare("vaerdier", 1)->previous.has_value());

  const auto list = service_->Versions(editor, "vaerdier");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->versions.size(), 3U);
  EXPECT_EQ(list->versions[0].number, 3);
  EXPECT_EQ(list->versions[2].number, 1);
}

TEST_F(FoundationServiceTest, KeepsOneDraftPerDocument) {
  const auto rita = Editor();
  const auto admin = User("admin@rm.dk", {domain::Role::Administrator}, "Anders Admin");
  const auto ritas_form = Opened(rita);
  const auto anders_form = Opened(admin);  // opened before Rita saved: no draft yet
  ASSERT_TRUE(service_->SaveDraft(rita, "vaerdier", With(ritas_form, "Ritas", "Ritas tekst"), "").ok());
  const auto second = service_->SaveDraft(admin, "vaerdier", With(anders_form, "Anders'", "Anders' tekst"), "");
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().kind, app::ErrorKind::Conflict);
  EXPECT_THAT(second.error().message, HasSubstr("kladde"));
  const auto draft = service_->Edit(admin, "vaerdier")->draft;
  ASSERT_TRUE(draft.has_value());
  EXPECT_EQ(draft->body, "Ritas tekst") << "nothing was overwritten";
  // Opened again, Anders works in the same draft.
  EXPECT_EQ(Opened(admin).draft, draft->id);
}

TEST_F(FoundationServiceTest, RefusesToSaveOverADraftChangedSinceTheFormWasOpened) {
  const auto rita = Editor();
  const auto admin = User("admin@rm.dk", {domain::Role::Administrator}, "Anders Admin");
  ASSERT_TRUE(service_->SaveDraft(rita, "vaerdier", With(Opened(rita), "Kladde", "Første"), "").ok());
  const auto ritas_form = Opened(rita);
  const auto anders_form = Opened(admin);
  ASSERT_TRUE(service_->SaveDraft(admin, "vaerdier", With(anders_form, "Kladde", "Anders ændrede"), "").ok());
  const auto stale = service_->SaveDraft(rita, "vaerdier", With(ritas_form, "Kladde", "Rita ændrede"), "");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().kind, app::ErrorKind::Conflict);
  EXPECT_THAT(stale.error().message, HasSubstr("ændret"));
  EXPECT_EQ(service_->Edit(rita, "vaerdier")->draft->body, "Anders ændrede");
  const auto publish = service_->Publish(rita, "vaerdier", With(ritas_form, "Kladde", "Rita ændrede"), "");
  ASSERT_FALSE(publish.ok());
  EXPECT_EQ(publish.error().kind, app::ErrorKind::Conflict);
  EXPECT_EQ(service_->Document(rita, "vaerdier")->view.current.number, 1) << "nothing was published";
  EXPECT_EQ(AuditCount("foundation.published"), 0);
}

TEST_F(FoundationServiceTest, RefusesToPublishOverAVersionPublishedSinceTheTextWasStarted) {
  const auto rita = Editor();
  const auto admin = User("admin@rm.dk", {domain::Role::Administrator}, "Anders Admin");
  const auto ritas_form = Opened(rita);  // based on version 1, no draft
  ASSERT_TRUE(service_->Publish(admin, "vaerdier", With(Opened(admin), "Anders' version", "Anders"), "").ok());
  const auto late = service_->Publish(rita, "vaerdier", With(ritas_form, "Ritas version", "Rita"), "");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().kind, app::ErrorKind::Conflict);
  EXPECT_THAT(late.error().message, HasSubstr("version 2"));
  const auto save = service_->SaveDraft(rita, "vaerdier", With(ritas_form, "Ritas version", "Rita"), "");
  ASSERT_FALSE(save.ok());
  EXPECT_EQ(save.error().kind, app::ErrorKind::Conflict);
  EXPECT_THAT(save.error().message, HasSubstr("version 2"));
  const auto document = service_->Document(rita, "vaerdier");
  EXPECT_EQ(document->view.current.number, 2);
  EXPECT_EQ(document->view.current.body, "Anders");
  EXPECT_FALSE(document->draft.has_value());

  // The same with a draft: started on version 2, then someone publishes it (version 3) meanwhile.
  ASSERT_TRUE(service_->SaveDraft(rita, "vaerdier", With(Opened(rita), "Kladde", "Kladde"), "").ok());
  const auto ritas_draft_form = Opened(rita);
  ASSERT_TRUE(service_->Publish(admin, "vaerdier", Opened(admin), "").ok());
  const auto stale = service_->Publish(rita, "vaerdier", With(ritas_draft_form, "Kladde", "Rita igen"), "");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().kind, app::ErrorKind::Conflict);
  EXPECT_THAT(stale.error().message, HasSubstr("version 3"));
  EXPECT_EQ(service_->Document(rita, "vaerdier")->view.current.body, "Kladde");
}

TEST_F(FoundationServiceTest, TenSimultaneousPublishesFromTheSameVersionGiveOneNewVersion) {
  const auto editor = Editor();
  const auto opened = Opened(editor);  // on version 1, no draft
  const auto results = test::RunTogether(10, [&](std::size_t i) {
    return service_->Publish(editor, "vaerdier", With(opened, "Værdier", "Tekst nr. " + std::to_string(i)), "");
  });
  int published = 0;
  for (const auto& result : results) {
    if (result.ok()) {
      ++published;
      EXPECT_EQ(result->number, 2);
    } else {
      EXPECT_EQ(result.error().kind, app::ErrorKind::Conflict) << result.error().message;
    }
  }
  EXPECT_EQ(published, 1);
  EXPECT_EQ(service_->Versions(editor, "vaerdier")->versions.size(), 2U);
  EXPECT_EQ(AuditCount("foundation.published"), 1);
}

TEST_F(FoundationServiceTest, TenSimultaneousPublishesOfTheSameDraftPublishItOnce) {
  const auto editor = Editor();
  ASSERT_TRUE(service_->SaveDraft(editor, "vaerdier", With(Opened(editor), "Værdier", "Kladden"), "").ok());
  const auto opened = Opened(editor);  // the draft at its revision
  const auto results =
      test::RunTogether(10, [&](std::size_t) { return service_->Publish(editor, "vaerdier", opened, ""); });
  const auto published = std::count_if(results.begin(), results.end(), [](const auto& r) { return r.ok(); });
  EXPECT_EQ(published, 1);
  for (const auto& result : results) {
    if (!result.ok()) {
      EXPECT_EQ(result.error().kind, app::ErrorKind::Conflict) << result.error().message;
    }
  }
  EXPECT_EQ(service_->Versions(editor, "vaerdier")->versions.size(), 2U);
}

TEST_F(FoundationServiceTest, ShowsReadersNoDraftsAndNoEditing) {
  const auto rita = Editor();
  const auto reader = User("mads@rm.dk", {domain::Role::Medarbejder}, "Mads Medarbejder");
  ASSERT_TRUE(service_->SaveDraft(rita, "vaerdier", With(Opened(rita), "Hemmelig kladde", "Ikke udgivet"), "").ok());
  const auto page = service_->Document(reader, "vaerdier");
  ASSERT_TRUE(page.ok());
  EXPECT_FALSE(page->can_edit);
  EXPECT_FALSE(page->draft.has_value());
  EXPECT_EQ(page->view.current.title, "Dialog, dygtighed og dristighed");
  for (const auto& document : service_->Overview()) EXPECT_NE(document.current.title, "Hemmelig kladde");
  const auto versions = service_->Versions(reader, "vaerdier");
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->versions.size(), 1U);
  EXPECT_FALSE(versions->can_edit);
  EXPECT_EQ(service_->Version("vaerdier", 2).error().kind, app::ErrorKind::NotFound);

  const auto editor_page = service_->Document(rita, "vaerdier");
  ASSERT_TRUE(editor_page.ok());
  EXPECT_TRUE(editor_page->can_edit);
  ASSERT_TRUE(editor_page->draft.has_value());
  EXPECT_EQ(editor_page->draft->title, "Hemmelig kladde");
}

TEST_F(FoundationServiceTest, LetsOnlyRegionWideEditorsAndAdministratorsEdit) {
  const auto org = SeedSmallOrganisation();
  const auto reader = User("mads@rm.dk", {domain::Role::Medarbejder}, "Mads Medarbejder");
  const auto leader = User("bo@rm.dk", {domain::Role::Leder, domain::Role::Koncernledelse}, "Bo Berg");
  const auto scoped =
      User("lokal@rm.dk", {domain::Role::Redaktoer}, "Lone Lokal", {{domain::Role::Redaktoer, org.department}});
  const auto editor = Editor();
  const auto admin = User("admin@rm.dk", {domain::Role::Administrator}, "Anders Admin");
  for (const auto* user : {&reader, &leader, &scoped}) {
    EXPECT_FALSE(service_->CanEdit(*user)) << user->email;
    EXPECT_EQ(service_->Edit(*user, "vaerdier").error().kind, app::ErrorKind::Forbidden) << user->email;
    const auto saved = service_->SaveDraft(*user, "vaerdier", {"Titel", "Tekst", std::nullopt, 0, 1}, "");
    EXPECT_EQ(saved.error().kind, app::ErrorKind::Forbidden) << user->email;
    const auto published = service_->Publish(*user, "vaerdier", {"Titel", "Tekst", std::nullopt, 0, 1}, "");
    EXPECT_EQ(published.error().kind, app::ErrorKind::Forbidden) << user->email;
    EXPECT_EQ(service_->DiscardDraft(*user, "vaerdier", 1, 1, "").error().kind, app::ErrorKind::Forbidden);
  }
  EXPECT_EQ(service_->Document(reader, "vaerdier")->view.current.number, 1);
  EXPECT_EQ(AuditCount("foundation.draft_saved") + AuditCount("foundation.published"), 0);
  for (const auto* user : {&editor, &admin}) {
    EXPECT_TRUE(service_->CanEdit(*user)) << user->email;
    EXPECT_TRUE(service_->Edit(*user, "for-med").ok()) << user->email;
  }
  EXPECT_EQ(service_->Edit(editor, "ukendt").error().kind, app::ErrorKind::NotFound);
}

TEST_F(FoundationServiceTest, ChecksTheLimitsInCharactersWithDanishMessages) {
  const auto editor = Editor();
  const auto form = Opened(editor);
  auto empty = service_->SaveDraft(editor, "vaerdier", With(form, "   ", "\n\n"), "");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().kind, app::ErrorKind::Invalid);
  ASSERT_EQ(empty.error().field_errors.size(), 2U);
  EXPECT_EQ(empty.error().field_errors[0].field, "title");
  EXPECT_EQ(empty.error().field_errors[0].message, "Skriv en titel.");
  EXPECT_EQ(empty.error().field_errors[1].field, "body");

  std::string title_200;
  for (int i = 0; i < 200; ++i) title_200 += "æ";  // 400 bytes, 200 characters
  std::string body_50000(50'000, 'x');
  EXPECT_TRUE(service_->Validate(With(form, title_200, body_50000)).ok());
  const auto too_long = service_->Validate(With(form, title_200 + "ø", body_50000 + "å"));
  ASSERT_FALSE(too_long.ok());
  ASSERT_EQ(too_long.error().field_errors.size(), 2U);
  EXPECT_THAT(too_long.error().field_errors[0].message, HasSubstr("Titlen må højst være 200 tegn"));
  EXPECT_THAT(too_long.error().field_errors[0].message, HasSubstr("der står 201."));
  EXPECT_THAT(too_long.error().field_errors[1].message, HasSubstr("50.000 tegn"));
  EXPECT_THAT(too_long.error().field_errors[1].message, HasSubstr("der står 50.001."));
  EXPECT_EQ(AuditCount("foundation.draft_saved"), 0);
  EXPECT_FALSE(service_->Edit(editor, "vaerdier")->draft.has_value());
}

TEST_F(FoundationServiceTest, DiscardsADraftOnlyAtTheRevisionItWasSeen) {
  const auto editor = Editor();
  ASSERT_TRUE(service_->SaveDraft(editor, "vaerdier", With(Opened(editor), "Kladde", "Første"), "").ok());
  const auto seen = Opened(editor);
  ASSERT_TRUE(service_->SaveDraft(editor, "vaerdier", With(seen, "Kladde", "Anden"), "").ok());
  const auto stale = service_->DiscardDraft(editor, "vaerdier", *seen.draft, seen.revision, "");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().kind, app::ErrorKind::Conflict);
  EXPECT_TRUE(service_->Edit(editor, "vaerdier")->draft.has_value());
  const auto now = Opened(editor);
  ASSERT_TRUE(service_->DiscardDraft(editor, "vaerdier", *now.draft, now.revision, "127.0.0.1").ok());
  EXPECT_FALSE(service_->Edit(editor, "vaerdier")->draft.has_value());
  EXPECT_EQ(AuditCount("foundation.draft_discarded"), 1);
  EXPECT_EQ(service_->Document(editor, "vaerdier")->view.current.number, 1);
}

}  // namespace
}  // namespace lp::storage_test
