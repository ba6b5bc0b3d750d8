// TranslationService and app::TranslationRepository against the real stores (SQLite and PostgreSQL):
// versions and numbering, one draft, publishing, inheritance, the conflicts and the access matrix.
#include <gmock/gmock.h>

#include "app/organisation/organisation_service.hpp"
#include "app/organisation/unit_delegate_repository.hpp"
#include "app/organisation/unit_delegate_service.hpp"
#include "app/translation/translation_repository.hpp"
#include "app/translation/translation_service.hpp"
#include "storage/store_fixture.hpp"
#include "support/parallel.hpp"

namespace lp::storage_test {
namespace {

using app::ErrorKind;
using app::RegionalValue;
using app::TranslationSubmit;
using ::testing::ElementsAre;

// 1 December 2026, 12:00 UTC.
constexpr long long kNow = 1'796'126'400;

// R (led by Bo) ── A (led by Dorte; Anna works there) ── A1 (Erik works there)
//                └ B (Carl and Frida work there)
class TranslationServiceTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    {
      const std::vector<app::UnitRow> units = {{"R", "Region", "", domain::UnitKind::Region},
                                               {"A", "Afdeling A", "R", domain::UnitKind::Department},
                                               {"A1", "Afsnit A1", "A", domain::UnitKind::Section},
                                               {"B", "Afdeling B", "R", domain::UnitKind::Department}};
      const std::vector<app::PersonRow> people = {{"P1", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "A"},
                                                  {"P2", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"},
                                                  {"P3", "Dorte", "Dahl", "dorte@rm.dk", "Afdelingsleder", "A"},
                                                  {"P4", "Erik", "Eriksen", "erik@rm.dk", "Sekretær", "A1"},
                                                  {"P5", "Carl", "Clausen", "carl@rm.dk", "Portør", "B"},
                                                  {"P6", "Frida", "Frost", "frida@rm.dk", "Konsulent", "B"}};
      const std::vector<app::LeadershipRow> leaders = {
          {"R", "P2", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::LederAfLedere},
          {"A", "P3", std::chrono::year{2021} / 1 / 1, domain::LeaderKind::Personaleleder}};
      auto ids = SeedOrganisation({units, people, leaders});
      units_ = std::move(ids.units);
      people_ = std::move(ids.people);
    }
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [] { return At(kNow); });
    service_ = std::make_unique<app::TranslationService>(store(), [this] { return At(now_); });
    leader_a_ = User("dorte@rm.dk", {domain::Role::Leder});
    leader_r_ = User("bo@rm.dk", {domain::Role::Leder});
    anna_ = User("anna@rm.dk", {domain::Role::Medarbejder});
    erik_ = User("erik@rm.dk", {domain::Role::Medarbejder});
    carl_ = User("carl@rm.dk", {domain::Role::Medarbejder});
    frida_ = User("frida@rm.dk", {domain::Role::Medarbejder});
    hr_a_ = User("hr-a@rm.dk", {domain::Role::Hr}, {{domain::Role::Hr, units_["A"]}});
    hr_b_ = User("hr-b@rm.dk", {domain::Role::Hr}, {{domain::Role::Hr, units_["B"]}});
    admin_ = User("admin@rm.dk", {domain::Role::Administrator});
    top_ = User("top@rm.dk", {domain::Role::Koncernledelse});
  }

  domain::User User(const std::string& email, std::vector<domain::Role> roles,
                    std::vector<domain::RoleScope> scopes = {}) {
    return store().Write([&](app::Transaction& tx) {
      app::NewUser user;
      user.email = email;
      user.name = "Navn " + email;
      user.roles = std::move(roles);
      user.created_at = At(1'700'000'000);
      user.scopes = std::move(scopes);
      return *tx.Get<app::UserRepository>().FindById(tx.Get<app::UserRepository>().Create(user));
    });
  }

  app::OrganisationContext As(const domain::User& user) { return organisation_->ForFoundation(user); }

  static app::TranslationContent Content(std::string title,
                                         std::vector<RegionalValue> values = {RegionalValue::Dialog}) {
    app::TranslationContent content;
    content.introduction = "Sådan leder vi.";
    content.themes.push_back(
        {std::move(title), "Et punkt\nEt andet punkt", "Vi lytter.", "Du deler din viden.", std::move(values)});
    return content;
  }

  // Saves (or publishes) from a freshly opened editor; fails the test when it does not succeed.
  app::TranslationSaved Submit(const domain::User& user, domain::UnitId unit, const app::TranslationContent& content,
                               TranslationSubmit submit) {
    const auto context = As(user);
    auto editor = service_->Editor(context, unit);
    EXPECT_TRUE(editor.ok());
    auto form = editor->form;
    form.content = content;
    auto saved = service_->Save(context, unit, form, submit, "127.0.0.1");
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().message);
    return saved.ok() ? saved.value() : app::TranslationSaved{};
  }

  std::map<std::string, domain::UnitId> units_;
  std::map<std::string, domain::PersonId> people_;
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::TranslationService> service_;
  long long now_ = kNow;
  domain::User leader_a_, leader_r_, anna_, erik_, carl_, frida_, hr_a_, hr_b_, admin_, top_;
};

TEST_F(TranslationServiceTest, DraftsArePublishedAsNumberedVersionsAndEveryVersionIsKept) {
  const auto a = units_["A"];
  const auto first = Submit(leader_a_, a, Content("Dialog"), TranslationSubmit::SaveDraft);
  EXPECT_FALSE(first.published_number);
  // Saving again updates the one draft.
  now_ += 60;
  const auto again = Submit(leader_a_, a, Content("Åben dialog"), TranslationSubmit::SaveDraft);
  EXPECT_EQ(again.id, first.id);
  const auto published = Submit(leader_a_, a, Content("Åben dialog"), TranslationSubmit::Publish);
  EXPECT_EQ(published.published_number, 1);
  const auto second = Submit(leader_a_, a, Content("Tillid"), TranslationSubmit::Publish);
  EXPECT_EQ(second.published_number, 2);
  Submit(leader_a_, a, Content("Næste udkast"), TranslationSubmit::SaveDraft);

  const auto history = service_->History(As(leader_a_), a);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->versions.size(), 3U);
  EXPECT_EQ(history->versions[0].status, app::TranslationStatus::Draft);
  EXPECT_EQ(history->versions[1].number, 2);
  EXPECT_EQ(history->versions[2].number, 1);
  EXPECT_EQ(history->versions[1].published_by_name, "Navn dorte@rm.dk");

  const auto one = service_->Version(As(leader_a_), a, 1);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->content.themes.at(0).title, "Åben dialog");
  EXPECT_EQ(one->content.themes.at(0).bullets, "Et punkt\nEt andet punkt");
  EXPECT_THAT(one->content.themes.at(0).values, ElementsAre(RegionalValue::Dialog));
  EXPECT_EQ(service_->Version(As(leader_a_), a, 3).error().kind, ErrorKind::NotFound);

  const auto in_force = service_->InForce(As(anna_), a);
  ASSERT_TRUE(in_force.ok());
  ASSERT_TRUE(in_force->version);
  EXPECT_EQ(in_force->version->number, 2);
  EXPECT_EQ(in_force->source, in_force->unit);
  EXPECT_FALSE(in_force->draft);  // an employee does not see the draft
  EXPECT_TRUE(service_->InForce(As(leader_a_), a)->draft);

  const auto audit = store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(10); });
  EXPECT_TRUE(std::ranges::any_of(audit, [](const app::AuditEvent& e) { return e.action == "translation.published"; }));
}

TEST_F(TranslationServiceTest, AUnitWithoutItsOwnInheritsTheNearestAboveIt) {
  EXPECT_FALSE(service_->InForce(As(erik_), units_["A1"])->version);
  Submit(leader_r_, units_["R"], Content("Regionens"), TranslationSubmit::Publish);
  auto in_force = service_->InForce(As(erik_), units_["A1"]);
  ASSERT_TRUE(in_force.ok());
  ASSERT_TRUE(in_force->version);
  EXPECT_EQ(in_force->source->id, units_["R"]);
  Submit(leader_a_, units_["A"], Content("Afdelingens"), TranslationSubmit::Publish);
  in_force = service_->InForce(As(erik_), units_["A1"]);
  EXPECT_EQ(in_force->source->id, units_["A"]);
  EXPECT_EQ(in_force->version->content.themes.at(0).title, "Afdelingens");
}

TEST_F(TranslationServiceTest, AStaleRevisionIsAConflictAndWritesNothing) {
  const auto a = units_["A"];
  Submit(leader_a_, a, Content("Første"), TranslationSubmit::SaveDraft);
  auto stale = service_->Editor(As(hr_a_), a);  // HR opens the draft …
  ASSERT_TRUE(stale.ok());
  now_ += 60;
  Submit(leader_a_, a, Content("Lederens"), TranslationSubmit::SaveDraft);  // … the leader saves meanwhile
  auto form = stale->form;
  form.content = Content("HR's");
  const auto saved = service_->Save(As(hr_a_), a, form, TranslationSubmit::SaveDraft, "");
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().kind, ErrorKind::Conflict);
  EXPECT_THAT(saved.error().message, ::testing::HasSubstr("har gemt en nyere udgave"));
  EXPECT_EQ(service_->Editor(As(leader_a_), a)->draft->content.themes.at(0).title, "Lederens");
  // Publishing from the stale form is refused the same way.
  EXPECT_EQ(service_->Save(As(hr_a_), a, form, TranslationSubmit::Publish, "").error().kind, ErrorKind::Conflict);
  EXPECT_TRUE(service_->Editor(As(leader_a_), a)->draft);
}

TEST_F(TranslationServiceTest, PublishingAfterSomeoneElsePublishedIsAConflict) {
  const auto a = units_["A"];
  Submit(leader_a_, a, Content("Version 1"), TranslationSubmit::Publish);
  // Both open the editor on version 1 (no draft yet).
  auto leader_form = service_->Editor(As(leader_a_), a)->form;
  auto hr_form = service_->Editor(As(hr_a_), a)->form;
  leader_form.content = Content("Lederens version 2");
  ASSERT_TRUE(service_->Save(As(leader_a_), a, leader_form, TranslationSubmit::Publish, "").ok());
  hr_form.content = Content("HR's version 2");
  const auto refused = service_->Save(As(hr_a_), a, hr_form, TranslationSubmit::Publish, "");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::Conflict);
  EXPECT_THAT(refused.error().message, ::testing::HasSubstr("har udgivet version 2"));
  // A draft that was published meanwhile is a conflict too.
  auto draft_form = service_->Editor(As(leader_a_), a)->form;
  draft_form.content = Content("Udkast");
  const auto draft = service_->Save(As(leader_a_), a, draft_form, TranslationSubmit::SaveDraft, "");
  ASSERT_TRUE(draft.ok());
  auto opened = service_->Editor(As(hr_a_), a)->form;
  auto by_leader = service_->Editor(As(leader_a_), a)->form;
  ASSERT_TRUE(service_->Save(As(leader_a_), a, by_leader, TranslationSubmit::Publish, "").ok());
  const auto late = service_->Save(As(hr_a_), a, opened, TranslationSubmit::SaveDraft, "");
  EXPECT_EQ(late.error().kind, ErrorKind::Conflict);
  EXPECT_THAT(late.error().message, ::testing::HasSubstr("har udgivet kladden som version 3"));
  EXPECT_EQ(service_->History(As(leader_a_), a)->versions.size(), 3U);
}

// Issue 14: on PostgreSQL, ten simultaneous publishes from the same version gave four new versions.
TEST_F(TranslationServiceTest, TenSimultaneousPublishesFromTheSameVersionGiveOneNewVersion) {
  const auto a = units_["A"];
  Submit(leader_a_, a, Content("Version 1"), TranslationSubmit::Publish);
  const auto context = As(leader_a_);
  const auto opened = service_->Editor(context, a)->form;  // on version 1, no draft
  const auto results = test::RunTogether(10, [&](std::size_t i) {
    auto form = opened;
    form.content = Content("Version 2 nr. " + std::to_string(i));
    return service_->Save(context, a, form, TranslationSubmit::Publish, "");
  });
  int published = 0;
  for (const auto& result : results) {
    if (result.ok()) {
      ++published;
      EXPECT_EQ(result->published_number, 2);
    } else {
      EXPECT_EQ(result.error().kind, ErrorKind::Conflict) << result.error().message;
    }
  }
  EXPECT_EQ(published, 1);
  EXPECT_EQ(service_->History(context, a)->versions.size(), 2U);
  EXPECT_FALSE(service_->Editor(context, a)->draft);
  EXPECT_EQ(CountAudit("translation.published"), 2);
}

TEST_F(TranslationServiceTest, TenSimultaneousPublishesOfTheSameDraftPublishItOnce) {
  const auto a = units_["A"];
  Submit(leader_a_, a, Content("Udkast"), TranslationSubmit::SaveDraft);
  const auto context = As(leader_a_);
  const auto opened = service_->Editor(context, a)->form;  // the draft at its revision
  const auto results = test::RunTogether(
      10, [&](std::size_t) { return service_->Save(context, a, opened, TranslationSubmit::Publish, ""); });
  const auto published = std::count_if(results.begin(), results.end(), [](const auto& r) { return r.ok(); });
  EXPECT_EQ(published, 1);
  for (const auto& result : results) {
    if (!result.ok()) {
      EXPECT_EQ(result.error().kind, ErrorKind::Conflict) << result.error().message;
    }
  }
  EXPECT_EQ(service_->History(context, a)->versions.size(), 1U);
}

TEST_F(TranslationServiceTest, ValidationNamesTheFieldsAndADraftMayBeIncomplete) {
  const auto a = units_["A"];
  auto form = service_->Editor(As(leader_a_), a)->form;
  form.content = Content("Uden værdi", {});
  ASSERT_TRUE(service_->Save(As(leader_a_), a, form, TranslationSubmit::SaveDraft, "").ok());
  form = service_->Editor(As(leader_a_), a)->form;
  form.content.themes.push_back({"", "", "Kun tekst", "", {}});
  form.content.themes.push_back({std::string(151, 'x'), "", "", "", {RegionalValue::Dristighed}});
  const auto refused = service_->Save(As(leader_a_), a, form, TranslationSubmit::Publish, "");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
  std::vector<std::string> fields;
  for (const auto& error : refused.error().field_errors) fields.push_back(error.field);
  EXPECT_THAT(fields, ElementsAre("theme-1-values", "theme-2-title", "theme-2-values", "theme-3-title"));
  form.content.themes.clear();
  const auto empty = service_->Save(As(leader_a_), a, form, TranslationSubmit::Publish, "");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field_errors.at(0).field, "themes");
  // Nothing was written by the refused saves.
  EXPECT_EQ(service_->Editor(As(leader_a_), a)->draft->content.themes.at(0).title, "Uden værdi");
}

TEST_F(TranslationServiceTest, TheAccessMatrix) {
  const auto a = units_["A"];
  Submit(leader_a_, a, Content("Udgivet"), TranslationSubmit::Publish);
  Submit(leader_a_, a, Content("Kladde"), TranslationSubmit::SaveDraft);
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::UnitDelegateRepository>().Add({a, people_["P6"], leader_a_.id, At(kNow)});
  });

  struct Case {
    const domain::User* user;
    bool edit;
    bool read_drafts;
    bool read_published;
  };
  const std::vector<Case> cases = {
      {&leader_a_, true, true, true},   // the unit's own leader
      {&frida_, true, true, true},      // its delegate
      {&hr_a_, true, true, true},       // HR in scope
      {&admin_, true, true, true},      // an administrator
      {&leader_r_, false, true, true},  // the leader above reads drafts
      {&top_, false, true, true},       // koncernledelse reads
      {&anna_, false, false, true},     // an employee of the unit: only the published one
      {&erik_, false, false, true},     // an employee of a unit below (which inherits it)
      {&carl_, false, false, false},    // an employee elsewhere
      {&hr_b_, false, false, false},    // HR out of scope
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.user->email);
    const auto context = As(*c.user);
    EXPECT_EQ(service_->Editor(context, a).ok(), c.edit);
    EXPECT_EQ(service_->History(context, a).ok(), c.read_drafts);
    const auto in_force = service_->InForce(context, a);
    EXPECT_EQ(in_force.ok(), c.read_published);
    if (!c.read_published) {
      EXPECT_EQ(in_force.error().kind, ErrorKind::Forbidden);
    } else {
      EXPECT_EQ(in_force->draft.has_value(), c.read_drafts);
    }
    auto form = app::TranslationForm{};
    if (!c.edit) {
      EXPECT_EQ(service_->Save(context, a, form, TranslationSubmit::SaveDraft, "").error().kind, ErrorKind::Forbidden);
      EXPECT_EQ(service_->RecordMed(context, a, {"2026-11-01", "LokalMED", ""}, "").error().kind, ErrorKind::Forbidden);
    }
  }
  // Erik reads the translation in force in his own unit, inherited from A.
  EXPECT_EQ(service_->InForce(As(erik_), units_["A1"])->source->id, a);
}

TEST_F(TranslationServiceTest, MedDiscussionsAreRecordedWithTheVersionAndDatesInRange) {
  const auto a = units_["A"];
  Submit(leader_a_, a, Content("Udgivet"), TranslationSubmit::Publish);
  const auto context = As(leader_a_);
  const auto future = service_->RecordMed(context, a, {"2026-12-02", "LokalMED", ""}, "");
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().field_errors.at(0).field, "held_on");
  EXPECT_THAT(future.error().field_errors.at(0).message,
              ::testing::HasSubstr("mellem 01.01.2020 og i dag, 01.12.2026"));
  EXPECT_FALSE(service_->RecordMed(context, a, {"31.12.2019", "LokalMED", ""}, "").ok());
  EXPECT_FALSE(service_->RecordMed(context, a, {"i går", "LokalMED", ""}, "").ok());
  const auto no_committee = service_->RecordMed(context, a, {"01.12.2026", " ", ""}, "");
  EXPECT_EQ(no_committee.error().field_errors.at(0).field, "committee");
  ASSERT_TRUE(service_->RecordMed(context, a, {"01.12.2026", "LokalMED A", "Godt modtaget."}, "").ok());
  const auto med = service_->Med(context, a);
  ASSERT_TRUE(med.ok());
  ASSERT_EQ(med->discussions.size(), 1U);
  EXPECT_EQ(med->discussions[0].committee, "LokalMED A");
  EXPECT_EQ(med->discussions[0].version_number, 1);
  EXPECT_EQ(med->discussions[0].held_on, std::chrono::year{2026} / 12 / 1);
  EXPECT_EQ(service_->InForce(As(anna_), a)->med.size(), 1U);
  EXPECT_EQ(service_->Med(As(anna_), a).error().kind, ErrorKind::Forbidden);
}

TEST_F(TranslationServiceTest, OnlyThoseWhoManageDelegatesAppointThemAndEveryChangeIsAudited) {
  app::UnitDelegateService delegates(store(), [] { return At(kNow); });
  const auto a = units_["A"];
  EXPECT_EQ(delegates.Add(As(anna_), a, {"", "P6"}, "").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(delegates.Add(As(leader_a_), a, {"", "P9"}, "").error().field_errors.at(0).field, "employee_no");
  EXPECT_EQ(delegates.Add(As(leader_a_), a, {"", ""}, "").error().field_errors.at(0).field, "person");
  EXPECT_EQ(delegates.Add(As(leader_a_), a, {std::to_string(people_["P3"]), ""}, "").error().kind,
            ErrorKind::Invalid);  // the leader herself
  ASSERT_TRUE(delegates.Add(As(leader_a_), a, {"", "P6"}, "").ok());
  EXPECT_EQ(delegates.Add(As(hr_a_), a, {std::to_string(people_["P6"]), ""}, "").error().kind, ErrorKind::Invalid);
  const auto view = delegates.ForUnit(As(leader_r_), a);  // the leader above sees them, cannot manage
  EXPECT_TRUE(view.visible);
  EXPECT_FALSE(view.manage);
  ASSERT_EQ(view.delegates.size(), 1U);
  EXPECT_EQ(view.delegates[0].person->employee_no, "P6");
  EXPECT_FALSE(delegates.ForUnit(As(carl_), a).visible);
  const auto managed = delegates.ForUnit(As(leader_a_), a);
  ASSERT_EQ(managed.candidates.size(), 1U);  // Anna; Dorte leads the unit
  EXPECT_EQ(managed.candidates[0]->employee_no, "P1");
  // The delegate may now edit the translation.
  EXPECT_TRUE(service_->Editor(As(frida_), a).ok());
  EXPECT_EQ(delegates.Remove(As(frida_), a, people_["P6"], "").error().kind, ErrorKind::Forbidden);
  ASSERT_TRUE(delegates.Remove(As(leader_a_), a, people_["P6"], "").ok());
  EXPECT_EQ(delegates.Remove(As(leader_a_), a, people_["P6"], "").error().kind, ErrorKind::NotFound);
  EXPECT_FALSE(service_->Editor(As(frida_), a).ok());
  const auto audit = store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(10); });
  std::vector<std::string> actions;
  for (const auto& event : audit) actions.push_back(event.action);
  EXPECT_THAT(actions, ::testing::IsSupersetOf({"delegate.added", "delegate.removed"}));
}

}  // namespace
}  // namespace lp::storage_test
