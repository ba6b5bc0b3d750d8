// A code the program does not know, found in the database (a newer program wrote it, or someone
// edited a table), is an app::StorageError naming the table, the column and the code: never a
// silent default. Run on SQLite and PostgreSQL; the codes are written past the schema's CHECKs.
#include <gmock/gmock.h>

#include <functional>
#include <string>
#include <tuple>

#include "app/activation/activation_repository.hpp"
#include "app/dialogue/dialogue_repository.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/translation/translation_repository.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using ::testing::HasSubstr;

class UnknownCode : public StoreContract {
 protected:
  // Sets table.column to 'bogus' in the rows `where` selects, past the CHECK that lists the codes:
  // SQLite ignores CHECKs on the connection; PostgreSQL drops the table's CHECK constraints.
  void StoreBogusCode(const std::string& table, const std::string& column, const std::string& where) {
    const std::string update = "UPDATE " + table + " SET " + column + " = 'bogus' WHERE " + where;
    if (database_.backend() == "sqlite") {
      database_.Execute("PRAGMA ignore_check_constraints = ON; " + update);
    } else {
      database_.Execute(
          "DO $$ DECLARE c record; BEGIN FOR c IN SELECT conname FROM pg_constraint "
          "WHERE conrelid = '" +
          table +
          "'::regclass AND contype = 'c' LOOP "
          "EXECUTE format('ALTER TABLE " +
          table + " DROP CONSTRAINT %I', c.conname); END LOOP; END $$; " + update);
    }
  }

  // Expects `read` to throw app::StorageError naming `column` ("table.column") and the code.
  void ExpectUnknownCode(const std::string& column, const std::function<void(app::Transaction&)>& read) {
    try {
      store().Read([&](app::Transaction& tx) { read(tx); });
      ADD_FAILURE() << "reading " << column << " = 'bogus' did not throw";
    } catch (const app::StorageError& error) {
      EXPECT_THAT(error.what(), HasSubstr(column));
      EXPECT_THAT(error.what(), HasSubstr("bogus"));
    }
  }
};

TEST_F(UnknownCode, InAnActivationPlanOrActivityIsAStorageError) {
  const auto organisation = SeedSmallOrganisation();
  const auto [round, plan, activity] = store().Write([&](app::Transaction& tx) {
    auto& repository = tx.Get<app::ActivationRepository>();
    const auto new_round =
        repository.CreateRound({"Runde", "", Day(2026, 6, 4), Day(2026, 10, 1)}, std::nullopt, At(1));
    const auto new_plan = repository.CreatePlan(new_round, organisation.department, std::nullopt, At(1));
    const auto new_activity =
        repository.CreateActivity(new_plan, {domain::ActivityKind::Med, "MED", Day(2026, 7, 1), std::nullopt, "", ""},
                                  std::nullopt, std::nullopt, At(1));
    return std::tuple{new_round, new_plan, new_activity};
  });
  const std::string the_activity = "id = " + std::to_string(activity);

  StoreBogusCode("plan_activities", "kind", the_activity);
  ExpectUnknownCode("plan_activities.kind",
                    [&](app::Transaction& tx) { tx.Get<app::ActivationRepository>().FindActivity(activity); });
  database_.Execute("UPDATE plan_activities SET kind = 'med' WHERE " + the_activity);
  StoreBogusCode("plan_activities", "status", the_activity);
  ExpectUnknownCode("plan_activities.status",
                    [&](app::Transaction& tx) { tx.Get<app::ActivationRepository>().ActivitiesOf(plan); });

  StoreBogusCode("activation_plans", "status", "id = " + std::to_string(plan));
  ExpectUnknownCode("activation_plans.status",
                    [&](app::Transaction& tx) { tx.Get<app::ActivationRepository>().FindPlan(plan); });
  ExpectUnknownCode("activation_plans.status", [&](app::Transaction& tx) {
    tx.Get<app::ActivationRepository>().PlansOfUnit(organisation.department);
  });
  ExpectUnknownCode("activation_plans.status", [&](app::Transaction& tx) {
    tx.Get<app::ActivationRepository>().SummariesOfRound(round, Day(2026, 8, 1));
  });
}

TEST_F(UnknownCode, InADialogueCardSessionCardOrTheActivityOfAnAgreementIsAStorageError) {
  const auto organisation = SeedSmallOrganisation();
  const app::DialogueCardText text{domain::DialogueCardKind::Question, "Kort", "Tekst", domain::DialogueTopic::Dialog};
  const auto [card, session, plan] = store().Write([&](app::Transaction& tx) {
    auto& dialogue = tx.Get<app::DialogueRepository>();
    const auto new_card = dialogue.CreateCard(text, std::nullopt, At(1));
    const auto new_session = dialogue.CreateSession(
        {organisation.department, "Møde", Day(2026, 6, 4), "", {{new_card, text}}, std::nullopt, At(1)});
    const auto agreement = dialogue.AddAgreement(new_session, "Aftale", std::nullopt, At(2));
    auto& activation = tx.Get<app::ActivationRepository>();
    const auto round = activation.CreateRound({"Runde", "", Day(2026, 6, 4), Day(2026, 10, 1)}, std::nullopt, At(1));
    const auto new_plan = activation.CreatePlan(round, organisation.department, std::nullopt, At(1));
    activation.CreateActivity(new_plan, {domain::ActivityKind::Med, "MED", Day(2026, 7, 1), std::nullopt, "", ""},
                              agreement, std::nullopt, At(3));
    return std::tuple{new_card, new_session, new_plan};
  });

  StoreBogusCode("dialogue_cards", "kind", "id = " + std::to_string(card));
  ExpectUnknownCode("dialogue_cards.kind",
                    [&](app::Transaction& tx) { tx.Get<app::DialogueRepository>().FindCard(card); });
  StoreBogusCode("dialogue_cards", "topic", "id = " + std::to_string(card));
  database_.Execute("UPDATE dialogue_cards SET kind = 'kort' WHERE id = " + std::to_string(card));
  ExpectUnknownCode("dialogue_cards.topic", [&](app::Transaction& tx) { tx.Get<app::DialogueRepository>().Cards(); });

  StoreBogusCode("plan_activities", "status", "plan_id = " + std::to_string(plan));
  ExpectUnknownCode("plan_activities.status",
                    [&](app::Transaction& tx) { tx.Get<app::DialogueRepository>().FindSession(session); });
  database_.Execute("UPDATE plan_activities SET status = 'planned' WHERE plan_id = " + std::to_string(plan));
  StoreBogusCode("dialogue_session_cards", "topic", "session_id = " + std::to_string(session));
  ExpectUnknownCode("dialogue_session_cards.topic",
                    [&](app::Transaction& tx) { tx.Get<app::DialogueRepository>().FindSession(session); });
}

TEST_F(UnknownCode, InAUnitOrLeadershipIsAStorageError) {
  SeedSmallOrganisation();
  StoreBogusCode("units", "kind", "external_id = 'A'");
  ExpectUnknownCode("units.kind", [](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().LoadAll(); });
  database_.Execute("UPDATE units SET kind = 'afdeling' WHERE external_id = 'A'");
  StoreBogusCode("unit_leaders", "kind", "1 = 1");
  ExpectUnknownCode("unit_leaders.kind", [](app::Transaction& tx) { tx.Get<app::OrganisationRepository>().LoadAll(); });
}

TEST_F(UnknownCode, InATranslationVersionOrThemeValueIsAStorageError) {
  const auto organisation = SeedSmallOrganisation();
  const auto author = CreateUser("hr@rm.dk", {domain::Role::Hr});
  const app::TranslationContent content{"Indledning", {{"Tema", "- punkt", "", "", {app::RegionalValue::Dialog}}}};
  store().Write([&](app::Transaction& tx) {
    return tx.Get<app::TranslationRepository>().CreateDraft(organisation.department, std::nullopt, content, author,
                                                            At(1));
  });

  StoreBogusCode("translation_theme_values", "value", "1 = 1");
  ExpectUnknownCode("translation_theme_values.value",
                    [&](app::Transaction& tx) { tx.Get<app::TranslationRepository>().Draft(organisation.department); });
  StoreBogusCode("translation_versions", "status", "unit_id = " + std::to_string(organisation.department));
  ExpectUnknownCode("translation_versions.status", [&](app::Transaction& tx) {
    tx.Get<app::TranslationRepository>().Versions(organisation.department);
  });
}

TEST_F(UnknownCode, InAUsersRoleOrScopeIsAStorageError) {
  const auto organisation = SeedSmallOrganisation();
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::UserRepository>().SetRoleScopes(user, {{domain::Role::Hr, organisation.department}});
  });
  const std::string of_user = "user_id = " + std::to_string(user);

  StoreBogusCode("user_roles", "role", of_user);
  ExpectUnknownCode("user_roles.role", [&](app::Transaction& tx) { tx.Get<app::UserRepository>().FindById(user); });
  database_.Execute("UPDATE user_roles SET role = 'hr' WHERE " + of_user);
  StoreBogusCode("user_role_scopes", "role", of_user);
  ExpectUnknownCode("user_role_scopes.role",
                    [&](app::Transaction& tx) { tx.Get<app::UserRepository>().FindByEmail("hr@rm.dk"); });
}

}  // namespace
}  // namespace lp::storage_test
