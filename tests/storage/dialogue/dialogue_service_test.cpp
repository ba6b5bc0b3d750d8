// The dialogue tools' service on the real stores (SQLite and PostgreSQL): the library, sessions and
// agreements, with their rules on access, limits and concurrent edits.
#include <gtest/gtest.h>

#include <deque>

#include "app/activation/activation_service.hpp"
#include "app/dialogue/dialogue_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/organisation/unit_delegate_repository.hpp"
#include "domain/platform/text.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using domain::Role;

constexpr long long kNow = 1'796'000'000;  // 30.11.2026

class DialogueServiceTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    ids_ = SeedSmallOrganisation();
    organisation_ =
        std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, [] { return At(kNow); });
    activation_ = std::make_unique<app::ActivationService>(store(), *organisation_, [] { return At(kNow); });
    service_ = std::make_unique<app::DialogueService>(store(), *activation_, [] { return At(kNow); });
  }

  // A login; kept by the fixture, because a context points at its user.
  domain::User& UserFor(const std::string& email, std::vector<Role> roles) {
    auto& user = users_.emplace_back();
    user.id = CreateUser(email, roles);
    user.email = email;
    user.name = email;
    user.roles = std::move(roles);
    return user;
  }

  app::OrganisationContext Context(const domain::User& user) { return organisation_->ForFoundation(user); }

  int LoadCards() {
    return app::DialogueService::LoadDefaultContent(store(), [] { return At(kNow); });
  }

  // The region's leader Bo with a session of one card and one agreement in the region's unit.
  struct SessionWithAgreement {
    app::OrganisationContext leader;
    app::DialogueSessionId session = 0;
    app::DialogueAgreementId agreement = 0;
  };
  SessionWithAgreement AgreedSession() {
    LoadCards();
    auto leader = Context(UserFor("bo@rm.dk", {Role::Leder}));
    const auto session = service_->CreateSession(leader, ids_.region, SessionWith({FirstCard()}), "").value();
    const auto agreement =
        service_->AddAgreement(leader, session, "Vi tager en runde om dialog på hvert personalemøde.", "").value();
    return {std::move(leader), session, agreement};
  }

  void StartRound() {
    const auto admin = Context(UserFor("admin@rm.dk", {Role::Administrator}));
    ASSERT_TRUE(activation_->CreateRound(admin, {"Runde 2026", "", "2026-06-04", "2026-12-31"}, "").ok());
  }

  app::DialogueCardId FirstCard() {
    const auto cards = service_->Library(Context(UserFor("reader@rm.dk", {Role::Medarbejder})));
    EXPECT_FALSE(cards.empty());
    return cards.empty() ? 0 : cards.front().id;
  }

  app::SessionInput SessionWith(std::vector<app::DialogueCardId> cards) {
    app::SessionInput input{"Personalemøde om dialog", "2026-12-03", "Alle i afsnittet", {}};
    for (const auto id : cards) input.card_ids.push_back(std::to_string(id));
    return input;
  }

  SmallOrganisation ids_;
  std::deque<domain::User> users_;
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::ActivationService> activation_;
  std::unique_ptr<app::DialogueService> service_;
};

TEST_F(DialogueServiceTest, LoadsTheShippedStarterSetOnceIntoAnEmptyLibrary) {
  EXPECT_EQ(LoadCards(), 15);
  EXPECT_EQ(LoadCards(), 0);
  const auto cards = service_->Library(Context(UserFor("reader@rm.dk", {Role::Medarbejder})));
  ASSERT_EQ(cards.size(), 15U);
  EXPECT_EQ(cards.front().title, "Hvornår bliver I hørt?");
  EXPECT_EQ(cards.front().topic, domain::DialogueTopic::Dialog);
  EXPECT_EQ(cards.back().kind, domain::DialogueCardKind::Case);
  EXPECT_LT(cards.front().position, cards.back().position);
}

TEST_F(DialogueServiceTest, OnlyEditorsForTheWholeRegionEditTheLibrary) {
  const app::CardInput card{"kort", "dristighed", "Turde vi?", "- Hvad har vi ikke prøvet endnu?"};
  const auto employee = Context(UserFor("ansat@rm.dk", {Role::Medarbejder}));
  EXPECT_EQ(service_->CreateCard(employee, card, "").error().kind, app::ErrorKind::Forbidden);

  auto& scoped = UserFor("lokal-redaktoer@rm.dk", {Role::Redaktoer});
  scoped.scopes = {{Role::Redaktoer, ids_.department}};
  EXPECT_EQ(service_->CreateCard(Context(scoped), card, "").error().kind, app::ErrorKind::Forbidden);

  const auto editor = Context(UserFor("redaktoer@rm.dk", {Role::Redaktoer}));
  const auto created = service_->CreateCard(editor, card, "");
  ASSERT_TRUE(created.ok()) << created.error().message;
  const auto stored = service_->Card(employee, created.value());
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->title, "Turde vi?");
  EXPECT_EQ(stored->revision, 1);
}

TEST_F(DialogueServiceTest, RefusesEmptyOversizedAndUnknownCardFieldsWithDanishMessages) {
  const auto editor = Context(UserFor("redaktoer@rm.dk", {Role::Redaktoer}));
  const auto result = service_->CreateCard(editor, {"plakat", "", "  ", std::string(app::kMaxCardBody + 1, 'x')}, "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, app::ErrorKind::Invalid);
  std::vector<std::string> fields;
  for (const auto& field : result.error().field_errors) fields.push_back(field.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"kind", "topic", "title", "body"}));
  EXPECT_EQ(result.error().field_errors[2].message, "Skriv en titel.");
  EXPECT_EQ(result.error().field_errors[3].message, "Kortets tekst må højst være 4.000 tegn; der står 4.001.");
  // Characters are counted, not bytes: 4,000 "æ" (8,000 bytes) are allowed.
  std::string danish;
  for (std::size_t i = 0; i < app::kMaxCardBody; ++i) danish += "æ";
  EXPECT_TRUE(service_->CreateCard(editor, {"kort", "dialog", "Æ", danish}, "").ok());
}

TEST_F(DialogueServiceTest, AStaleCardEditIsAConflictAndChangesNothing) {
  const auto editor = Context(UserFor("redaktoer@rm.dk", {Role::Redaktoer}));
  const auto id = service_->CreateCard(editor, {"kort", "dialog", "Første", "Tekst"}, "").value();
  ASSERT_TRUE(service_->UpdateCard(editor, id, 1, {"kort", "dialog", "Anden", "Tekst"}, "").ok());
  const auto stale = service_->UpdateCard(editor, id, 1, {"kort", "dialog", "Tredje", "Tekst"}, "");
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().kind, app::ErrorKind::Conflict);
  const auto card = service_->Card(editor, id).value();
  EXPECT_EQ(card.title, "Anden");
  EXPECT_EQ(card.revision, 2);
}

TEST_F(DialogueServiceTest, ArchivedCardsAreHiddenFromReadersAndCannotBePicked) {
  const auto editor = Context(UserFor("redaktoer@rm.dk", {Role::Redaktoer}));
  const auto id = service_->CreateCard(editor, {"case", "ordentlighed", "Casen", "Tekst"}, "").value();
  ASSERT_TRUE(service_->SetCardArchived(editor, id, 1, true, "").ok());
  const auto reader = Context(UserFor("ansat@rm.dk", {Role::Medarbejder}));
  EXPECT_TRUE(service_->Library(reader).empty());
  EXPECT_EQ(service_->Card(reader, id).error().kind, app::ErrorKind::NotFound);
  ASSERT_EQ(service_->Library(editor).size(), 1U);

  const auto leader = Context(UserFor("bo@rm.dk", {Role::Leder}));
  const auto session = service_->CreateSession(leader, ids_.region, SessionWith({id}), "");
  ASSERT_FALSE(session.ok());
  EXPECT_EQ(session.error().field_errors.at(0).field, "cards");
}

TEST_F(DialogueServiceTest, TheUnitsLeaderPlansASessionWithCopiesOfTheCardsAndRecordsAgreements) {
  LoadCards();
  const auto leader = Context(UserFor("bo@rm.dk", {Role::Leder}));
  const auto first = FirstCard();
  const auto created = service_->CreateSession(leader, ids_.region, SessionWith({first}), "");
  ASSERT_TRUE(created.ok()) << created.error().message;

  // Editing the library card afterwards does not change what the session asked.
  const auto editor = Context(UserFor("redaktoer@rm.dk", {Role::Redaktoer}));
  ASSERT_TRUE(service_->UpdateCard(editor, first, 1, {"kort", "dialog", "Nyt navn", "Ny tekst"}, "").ok());
  auto details = service_->Session(leader, created.value());
  ASSERT_TRUE(details.ok());
  ASSERT_EQ(details->session.cards.size(), 1U);
  EXPECT_EQ(details->session.cards[0].text.title, "Hvornår bliver I hørt?");
  EXPECT_TRUE(details->can_edit);

  ASSERT_TRUE(
      service_->AddAgreement(leader, created.value(), "  Vi holder et kvarter til dialog på hvert møde. ", "").ok());
  details = service_->Session(leader, created.value());
  ASSERT_EQ(details->session.agreements.size(), 1U);
  EXPECT_EQ(details->session.agreements[0].text, "Vi holder et kvarter til dialog på hvert møde.");
  EXPECT_EQ(service_->AddAgreement(leader, created.value(), " ", "").error().field_errors.at(0).field, "agreement");

  const auto sessions = service_->SessionsOf(leader, ids_.region);
  ASSERT_TRUE(sessions.ok());
  ASSERT_EQ(sessions->sessions.size(), 1U);
  EXPECT_EQ(sessions->sessions[0].cards, 1);
  EXPECT_EQ(sessions->sessions[0].agreements, 1);
}

TEST_F(DialogueServiceTest, SessionsAreReadByTheChainAboveAndEditedOnlyByTheUnitsOwnLeadersAndDelegates) {
  LoadCards();
  const auto card = FirstCard();
  const auto leader_above = Context(UserFor("bo@rm.dk", {Role::Leder}));

  // Bo leads the region, not the department itself: he reads its sessions but does not plan them.
  EXPECT_EQ(service_->CreateSession(leader_above, ids_.department, SessionWith({card}), "").error().kind,
            app::ErrorKind::Forbidden);
  // Anna works in the department: she plans its sessions only once she is its delegate.
  const auto& anna = UserFor("anna@rm.dk", {Role::Medarbejder});
  EXPECT_EQ(service_->CreateSession(Context(anna), ids_.department, SessionWith({card}), "").error().kind,
            app::ErrorKind::Forbidden);
  store().Write([&](app::Transaction& tx) {
    tx.Get<app::UnitDelegateRepository>().Add({ids_.department, ids_.anna, std::nullopt, At(kNow)});
    return 0;
  });
  const auto created = service_->CreateSession(Context(anna), ids_.department, SessionWith({card}), "");
  ASSERT_TRUE(created.ok()) << created.error().message;

  EXPECT_TRUE(service_->Session(leader_above, created.value()).ok());
  EXPECT_FALSE(service_->Session(leader_above, created.value())->can_edit);
  EXPECT_EQ(service_->AddAgreement(leader_above, created.value(), "Aftale", "").error().kind,
            app::ErrorKind::Forbidden);
  const auto outsider = Context(UserFor("ude@rm.dk", {Role::Medarbejder}));
  EXPECT_EQ(service_->Session(outsider, created.value()).error().kind, app::ErrorKind::Forbidden);
  EXPECT_EQ(service_->SessionsOf(outsider, ids_.department).error().kind, app::ErrorKind::Forbidden);
}

TEST_F(DialogueServiceTest, SessionDatesAndCardCountsAreChecked) {
  LoadCards();
  const auto leader = Context(UserFor("bo@rm.dk", {Role::Leder}));
  auto input = SessionWith({FirstCard()});
  input.planned_on = "31.02.2026";
  EXPECT_EQ(service_->CreateSession(leader, ids_.region, input, "").error().field_errors.at(0).message,
            "Datoen er ikke en gyldig dato. Skriv den som 23.11.2026.");
  input.planned_on = "1.1.2019";
  EXPECT_EQ(service_->CreateSession(leader, ids_.region, input, "").error().field_errors.at(0).message,
            "Datoen skal ligge mellem 01.01.2020 og 31.12.2035.");

  std::vector<app::DialogueCardId> all;
  for (const auto& card : service_->Library(leader)) all.push_back(card.id);
  const auto too_many = service_->CreateSession(leader, ids_.region, SessionWith(all), "");
  ASSERT_FALSE(too_many.ok());
  EXPECT_EQ(too_many.error().field_errors.at(0).message, "Vælg højst 12 kort til én session; du har valgt 15.");
  EXPECT_EQ(service_->CreateSession(leader, ids_.region, SessionWith({}), "").error().field_errors.at(0).message,
            "Vælg mindst ét kort eller én case.");
}

TEST_F(DialogueServiceTest, MarkingASessionHeldNeedsADayThatHasComeAndAStaleRecordIsAConflict) {
  LoadCards();
  const auto leader = Context(UserFor("bo@rm.dk", {Role::Leder}));
  const auto id = service_->CreateSession(leader, ids_.region, SessionWith({FirstCard()}), "").value();
  app::SessionRecordInput record{"Personalemøde", "2026-11-30", "", true, "2026-12-24", "Godt møde."};
  const auto future = service_->UpdateSession(leader, id, 1, record, "");
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().field_errors.at(0).field, "held_on");
  EXPECT_EQ(future.error().field_errors.at(0).message,
            "Datoen for afholdelsen skal ligge mellem 01.01.2020 og 30.11.2026.");

  record.held_on = "30.11.2026";
  ASSERT_TRUE(service_->UpdateSession(leader, id, 1, record, "").ok());
  const auto session = service_->Session(leader, id)->session;
  ASSERT_TRUE(session.held_on.has_value());
  EXPECT_EQ(*session.held_on, std::chrono::year{2026} / 11 / 30);
  EXPECT_EQ(session.notes, "Godt møde.");
  EXPECT_EQ(session.revision, 2);

  record.notes = "Overskrevet?";
  EXPECT_EQ(service_->UpdateSession(leader, id, 1, record, "").error().kind, app::ErrorKind::Conflict);
  EXPECT_EQ(service_->Session(leader, id)->session.notes, "Godt møde.");
}

TEST_F(DialogueServiceTest, AnAgreementBecomesOneActivityInTheUnitsPlanAndStaysAsItsOrigin) {
  StartRound();
  const auto agreed = AgreedSession();
  const auto form = service_->AgreementActivityForm(agreed.leader, agreed.session, agreed.agreement);
  ASSERT_TRUE(form.ok()) << form.error().message;
  ASSERT_TRUE(form->round.has_value());
  EXPECT_EQ(form->suggestion.title, "Vi tager en runde om dialog på hvert personalemøde.");
  EXPECT_EQ(form->suggestion.participants, "Alle i afsnittet");
  EXPECT_EQ(form->suggestion.responsible_person, std::to_string(ids_.bo));  // the leader who converts it

  app::ActivityInput input = form->suggestion;
  input.kind = "dialogkort";
  input.planned_on = "15.12.2026";
  const auto made = service_->MakeActivity(agreed.leader, agreed.session, agreed.agreement, input, "");
  ASSERT_TRUE(made.ok()) << made.error().message;

  // The unit had no plan: one was made as a draft, and the activity points back at the agreement.
  const auto plan = activation_->UnitPlan(agreed.leader, ids_.region, std::nullopt);
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  ASSERT_TRUE(plan->plan.has_value());
  ASSERT_EQ(plan->activities.size(), 1U);
  EXPECT_EQ(plan->activities[0].activity.id, made->id);
  EXPECT_EQ(made->unit, ids_.region);
  EXPECT_EQ(made->plan, plan->plan->id);
  EXPECT_EQ(plan->activities[0].activity.source_agreement, agreed.agreement);
  EXPECT_EQ(plan->activities[0].activity.fields.kind, domain::ActivityKind::DialogueCards);

  const auto session = service_->Session(agreed.leader, agreed.session)->session;
  ASSERT_TRUE(session.agreements.at(0).activity.has_value());
  EXPECT_EQ(session.agreements[0].activity->id, made->id);
  EXPECT_EQ(session.agreements[0].activity->round, made->round);
  EXPECT_EQ(session.agreements[0].activity->status, domain::ActivityStatus::Planned);
  EXPECT_EQ(session.agreements[0].activity->planned_on, std::chrono::year{2026} / 12 / 15);

  // Once is enough, and the agreement can no longer be removed.
  EXPECT_EQ(service_->MakeActivity(agreed.leader, agreed.session, agreed.agreement, input, "").error().kind,
            app::ErrorKind::Conflict);
  EXPECT_EQ(service_->RemoveAgreement(agreed.leader, agreed.session, agreed.agreement, "").error().kind,
            app::ErrorKind::Conflict);
  EXPECT_EQ(service_->Session(agreed.leader, agreed.session)->session.agreements.size(), 1U);
  EXPECT_EQ(activation_->UnitPlan(agreed.leader, ids_.region, std::nullopt)->activities.size(), 1U);
}

TEST_F(DialogueServiceTest, BadActivityInputOrNoRoundWritesNothing) {
  const auto agreed = AgreedSession();
  app::ActivityInput input{"andet", "Opfølgning", "2026-12-15", "", "Bo", ""};
  const auto no_round = service_->MakeActivity(agreed.leader, agreed.session, agreed.agreement, input, "");
  ASSERT_FALSE(no_round.ok());
  EXPECT_EQ(no_round.error().kind, app::ErrorKind::Invalid);
  EXPECT_TRUE(no_round.error().field_errors.empty());
  EXPECT_FALSE(service_->AgreementActivityForm(agreed.leader, agreed.session, agreed.agreement)->round.has_value());

  StartRound();
  input.planned_on = "1.1.2019";
  input.title = "";
  const auto invalid = service_->MakeActivity(agreed.leader, agreed.session, agreed.agreement, input, "");
  ASSERT_FALSE(invalid.ok());
  std::vector<std::string> fields;
  for (const auto& field : invalid.error().field_errors) fields.push_back(field.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"title", "planned_on"}));
  // No draft plan was left behind by the failed attempt.
  EXPECT_FALSE(activation_->UnitPlan(agreed.leader, ids_.region, std::nullopt)->plan.has_value());
  EXPECT_FALSE(service_->Session(agreed.leader, agreed.session)->session.agreements.at(0).activity.has_value());

  // Only the unit's editors convert, and only agreements of the session.
  const auto outsider = Context(UserFor("ude@rm.dk", {Role::Medarbejder}));
  input = {"andet", "Opfølgning", "2026-12-15", "", "Bo", ""};
  EXPECT_EQ(service_->MakeActivity(outsider, agreed.session, agreed.agreement, input, "").error().kind,
            app::ErrorKind::Forbidden);
  EXPECT_EQ(service_->MakeActivity(agreed.leader, agreed.session, agreed.agreement + 99, input, "").error().kind,
            app::ErrorKind::NotFound);
}

TEST_F(DialogueServiceTest, ALongAgreementIsShortenedToATitleAtAWord) {
  LoadCards();
  const auto leader = Context(UserFor("bo@rm.dk", {Role::Leder}));
  const auto session = service_->CreateSession(leader, ids_.region, SessionWith({FirstCard()}), "").value();
  std::string text = "Vi aftaler\r\nat";
  while (text.size() < 400) text += " dialogen";
  const auto agreement = service_->AddAgreement(leader, session, text, "").value();
  const auto title = service_->AgreementActivityForm(leader, session, agreement)->suggestion.title;
  // 13 + 15 × 9 characters of whole words fit into 149 with room for the "…".
  EXPECT_EQ(domain::CharacterCount(title), 149U);
  EXPECT_EQ(title.rfind("Vi aftaler at dialogen dialogen", 0), 0U);
  EXPECT_EQ(title.substr(title.size() - std::string("dialogen…").size()), "dialogen…");
}

}  // namespace
}  // namespace lp::storage_test
