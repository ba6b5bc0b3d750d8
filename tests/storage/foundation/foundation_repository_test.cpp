// Contract of app::FoundationRepository, run on SQLite and PostgreSQL.
#include <gmock/gmock.h>

#include "app/foundation/foundation_repository.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::FoundationVersionStatus;

app::NewFoundationVersion Text(app::FoundationDocumentId document, std::string title, std::string body,
                               app::FoundationAuthor author, long long at, std::optional<int> based_on = 1) {
  return {document, based_on, std::move(title), std::move(body), std::move(author), At(at)};
}

TEST_F(StoreContract, KeepsFoundationDocumentsInTheirOrderAndRefusesATakenSlug) {
  store().Write([](app::Transaction& tx) {
    tx.Get<app::FoundationRepository>().CreateDocument("forventninger", 20, At(100));
    tx.Get<app::FoundationRepository>().CreateDocument("vaerdier", 10, At(100));
  });
  const auto documents =
      store().Read([](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().ListDocuments(); });
  ASSERT_EQ(documents.size(), 2U);
  EXPECT_EQ(documents[0].slug, "vaerdier");
  EXPECT_EQ(documents[1].slug, "forventninger");
  EXPECT_EQ(documents[1].created_at, At(100));
  const auto found =
      store().Read([](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().FindDocument("vaerdier"); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, documents[0].id);
  EXPECT_FALSE(
      store().Read([](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().FindDocument("ukendt"); }));
  EXPECT_THROW(store().Write([](app::Transaction& tx) {
    tx.Get<app::FoundationRepository>().CreateDocument("vaerdier", 30, At(1));
  }),
               app::ConstraintViolation);
  // A slug is lower-case letters, digits and hyphens (a CHECK: a storage error, not a conflict).
  EXPECT_THROW(store().Write([](app::Transaction& tx) {
    tx.Get<app::FoundationRepository>().CreateDocument("Ikke gyldig", 40, At(1));
  }),
               app::StorageError);
}

TEST_F(StoreContract, NumbersPublishedFoundationVersionsAndKeepsTheirAuthors) {
  const auto editor = CreateUser("redaktoer@rm.dk", {domain::Role::Redaktoer});
  const auto document = store().Write(
      [](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CreateDocument("vaerdier", 10, At(1)); });
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::FoundationRepository>().CreatePublished(
        Text(document, "Værdier", "Første", {std::nullopt, "System"}, 1'000, std::nullopt), 1);
    tx.Get<app::FoundationRepository>().CreatePublished(
        Text(document, "Værdierne", "Anden", {editor, "Rita Redaktør"}, 2'000), 2);
  });
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::FoundationRepository>().CreatePublished(
        Text(document, "Igen", "To gange nummer 2", {editor, "Rita"}, 3'000), 2);
  }),
               app::ConstraintViolation);

  const auto current =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CurrentVersion(document); });
  ASSERT_TRUE(current.has_value());
  EXPECT_EQ(current->number, 2);
  EXPECT_EQ(current->status, FoundationVersionStatus::Published);
  EXPECT_EQ(current->title, "Værdierne");
  EXPECT_EQ(current->body, "Anden");
  EXPECT_EQ(current->based_on_number, 1);
  EXPECT_EQ(current->published_at, At(2'000));
  EXPECT_EQ(current->published_by, (app::FoundationAuthor{editor, "Rita Redaktør"}));

  const auto first = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().PublishedVersion(document, 1); });
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->body, "Første");
  EXPECT_EQ(first->published_by, (app::FoundationAuthor{std::nullopt, "System"}));
  EXPECT_FALSE(first->based_on_number.has_value());
  EXPECT_FALSE(store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().PublishedVersion(document, 3); }));

  const auto versions = store().Read(
      [&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().PublishedVersions(document); });
  ASSERT_EQ(versions.size(), 2U);
  EXPECT_EQ(versions[0].number, 2);
  EXPECT_EQ(versions[1].number, 1);
  EXPECT_EQ(versions[0].body, "") << "the list is read without the bodies";

  const auto all =
      store().Read([](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CurrentVersions(); });
  ASSERT_EQ(all.size(), 1U);
  EXPECT_EQ(all[0].number, 2);
  EXPECT_EQ(all[0].body, "Anden");
}

TEST_F(StoreContract, KeepsOneFoundationDraftAndChangesItOnlyAtItsRevision) {
  const auto editor = CreateUser("redaktoer@rm.dk", {domain::Role::Redaktoer});
  const auto other = CreateUser("anden@rm.dk", {domain::Role::Redaktoer});
  const auto document = store().Write(
      [](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CreateDocument("vaerdier", 10, At(1)); });
  const auto draft = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().CreateDraft(Text(document, "Kladde", "Tekst", {editor, "Rita"}, 1'000));
  });
  EXPECT_THROW(store().Write([&](app::Transaction& tx) {
    tx.Get<app::FoundationRepository>().CreateDraft(Text(document, "Anden kladde", "Tekst", {other, "Ole"}, 1'100));
  }),
               app::ConstraintViolation);

  auto stored = store().Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().Draft(document); });
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->id, draft);
  EXPECT_EQ(stored->status, FoundationVersionStatus::Draft);
  EXPECT_EQ(stored->revision, 1);
  EXPECT_FALSE(stored->number.has_value());
  EXPECT_FALSE(stored->published_at.has_value());
  EXPECT_EQ(stored->created_by, (app::FoundationAuthor{editor, "Rita"}));

  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().UpdateDraft({document, draft, 1}, "Kladde 2", "Ny tekst", {other, "Ole"},
                                                           At(2'000));
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().UpdateDraft({document, draft, 1}, "Forældet", "Forældet",
                                                           {editor, "Rita"}, At(2'100));
  })) << "a stale revision changes nothing";
  stored = store().Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().Draft(document); });
  EXPECT_EQ(stored->title, "Kladde 2");
  EXPECT_EQ(stored->body, "Ny tekst");
  EXPECT_EQ(stored->revision, 2);
  EXPECT_EQ(stored->updated_by, (app::FoundationAuthor{other, "Ole"}));
  EXPECT_EQ(stored->updated_at, At(2'000));
  EXPECT_EQ(stored->created_by, (app::FoundationAuthor{editor, "Rita"}));

  // Drafts are no published versions.
  EXPECT_FALSE(
      store().Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CurrentVersion(document); }));
  EXPECT_TRUE(
      store().Read([](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CurrentVersions(); }).empty());

  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().DeleteDraft({document, draft, 1});
  }));
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().DeleteDraft({document, draft, 2});
  }));
  EXPECT_FALSE(store().Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().Draft(document); }));
}

TEST_F(StoreContract, PublishesAFoundationDraftOnceAndNeverChangesItAfterwards) {
  const auto editor = CreateUser("redaktoer@rm.dk", {domain::Role::Redaktoer});
  const auto document = store().Write(
      [](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CreateDocument("vaerdier", 10, At(1)); });
  const auto draft = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().CreateDraft(
        Text(document, "Kladde", "Tekst", {editor, "Rita"}, 1'000, std::nullopt));
  });
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().PublishDraft({document, draft, 7}, 1, {editor, "Rita"}, At(2'000));
  }));
  EXPECT_TRUE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().PublishDraft({document, draft, 1}, 1, {editor, "Rita"}, At(2'000));
  }));
  const auto published =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CurrentVersion(document); });
  ASSERT_TRUE(published.has_value());
  EXPECT_EQ(published->id, draft);
  EXPECT_EQ(published->number, 1);
  EXPECT_EQ(published->published_at, At(2'000));
  EXPECT_FALSE(store().Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().Draft(document); }));
  // A published version is no draft any more: none of the draft operations touch it.
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().UpdateDraft({document, draft, published->revision}, "Ændret", "Ændret",
                                                           {editor, "Rita"}, At(3'000));
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().PublishDraft({document, draft, published->revision}, 2, {editor, "Rita"},
                                                            At(3'000));
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().DeleteDraft({document, draft, published->revision});
  }));
  EXPECT_EQ(
      store()
          .Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CurrentVersion(document); })
          ->title,
      "Kladde");
}

TEST_F(StoreContract, ChangesAFoundationDraftOnlyThroughItsOwnDocument) {
  // A form names its draft by id; the document comes from the URL. An id of another document's draft
  // must change nothing, whatever the action.
  const auto editor = CreateUser("redaktoer@rm.dk", {domain::Role::Redaktoer});
  const auto values = store().Write(
      [](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CreateDocument("vaerdier", 10, At(1)); });
  const auto compass = store().Write(
      [](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().CreateDocument("kompasset", 20, At(1)); });
  const auto draft = store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().CreateDraft(Text(compass, "Kompas", "Tekst", {editor, "Rita"}, 1'000));
  });
  const app::FoundationDraftRef foreign{values, draft, 1};
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().UpdateDraft(foreign, "Fremmed", "Fremmed", {editor, "Rita"}, At(2'000));
  }));
  EXPECT_FALSE(store().Write([&](app::Transaction& tx) {
    return tx.Get<app::FoundationRepository>().PublishDraft(foreign, 1, {editor, "Rita"}, At(2'000));
  }));
  EXPECT_FALSE(
      store().Write([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().DeleteDraft(foreign); }));
  const auto stored =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::FoundationRepository>().Draft(compass); });
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->title, "Kompas");
  EXPECT_EQ(stored->revision, 1);
  EXPECT_EQ(stored->status, FoundationVersionStatus::Draft);
}

}  // namespace
}  // namespace lp::storage_test
