// GoalPictureService and IndicatorService on the real stores (SQLite and PostgreSQL) with a fixed
// clock (today is 5 December 2026 in Copenhagen): the shipped goal pictures, editing them with stable
// tracks, the shared check of measurements with its Danish messages, saving, the roll-up along the
// organisation tree, the reporting status, and who sees and reports what.
#include <gmock/gmock.h>

#include <array>
#include <set>
#include <variant>

#include "app/goals/goal_picture_service.hpp"
#include "app/goals/indicator_service.hpp"
#include "app/organisation/organisation_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::ErrorKind;
using app::MeasurementInput;
using domain::Frequency;
using domain::Period;
using domain::Role;
using domain::StatusColour;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

Period Month(int year, int month) { return {Frequency::Monthly, year, month}; }

// One value as typed in a form row, a CSV line or a JSON object.
MeasurementInput Value(std::string period, std::string unit, std::string value, std::string cause = "",
                       std::string action = "") {
  MeasurementInput input;
  input.period = std::move(period);
  input.unit = std::move(unit);
  input.value = std::move(value);
  input.cause = std::move(cause);
  input.action = std::move(action);
  return input;
}

std::string FieldMessage(const app::Error& error, const std::string& field) {
  for (const auto& e : error.field_errors) {
    if (e.field == field) return e.message;
  }
  return "";
}

// Region Midt (led by Bo) ─┬─ Område Nord (led by Lea) ── Afdeling Nord 1 (Ole works there)
//                          └─ Område Syd (led by Ib) ──┬─ Afdeling Syd 1 (Anna works there)
//                                                      └─ Afdeling Syd 2
// Rita is an editor for the whole region. The three shipped goal pictures are loaded.
class GoalsServiceTest : public StoreContract {
 protected:
  void SetUp() override {
    StoreContract::SetUp();
    const auto ids =
        SeedOrganisation({{{"R", "Region Midt", "", domain::UnitKind::Region},
                           {"O1", "Område Nord", "R", domain::UnitKind::Area},
                           {"O2", "Område Syd", "R", domain::UnitKind::Area},
                           {"D11", "Afdeling Nord 1", "O1", domain::UnitKind::Department},
                           {"D21", "Afdeling Syd 1", "O2", domain::UnitKind::Department},
                           {"D22", "Afdeling Syd 2", "O2", domain::UnitKind::Department}},
                          {{"P1", "Bo", "Berg", "bo@rm.dk", "Direktør", "R"},
                           {"P2", "Lea", "Lund", "lea@rm.dk", "Områdechef", "O1"},
                           {"P3", "Ib", "Isaksen", "ib@rm.dk", "Områdechef", "O2"},
                           {"P4", "Anna", "Andersen", "anna@rm.dk", "Sygeplejerske", "D21"},
                           {"P5", "Ole", "Olsen", "ole@rm.dk", "Analytiker", "D11"}},
                          {{"R", "P1", std::chrono::year{2020} / 1 / 1, domain::LeaderKind::LederAfLedere},
                           {"O1", "P2", std::chrono::year{2021} / 1 / 1, domain::LeaderKind::LederAfLedere},
                           {"O2", "P3", std::chrono::year{2021} / 1 / 1, domain::LeaderKind::LederAfLedere}}});
    units_ = ids.units;
    users_["rita"] = CreateUser("rita@rm.dk", {Role::Redaktoer});
    users_["bo"] = CreateUser("bo@rm.dk", {Role::Leder});
    users_["lea"] = CreateUser("lea@rm.dk", {Role::Leder});
    users_["ib"] = CreateUser("ib@rm.dk", {Role::Leder});
    users_["anna"] = CreateUser("anna@rm.dk", {Role::Medarbejder});
    users_["ole"] = CreateUser("ole@rm.dk", {Role::Medarbejder});
    organisation_ = std::make_unique<app::OrganisationService>(store(), app::OrganisationSettings{}, Clock());
    pictures_ = std::make_unique<app::GoalPictureService>(store(), Clock());
    indicators_ = std::make_unique<app::IndicatorService>(store(), *organisation_, *pictures_, Clock());
    ASSERT_EQ(app::GoalPictureService::LoadDefaultContent(store(), now_), 3U);
    for (const auto& picture : pictures_->Current()) {
      for (const auto& track : picture.version.tracks) tracks_.push_back(track.track);
    }
  }
  void TearDown() override {
    indicators_.reset();
    pictures_.reset();
    organisation_.reset();
    StoreContract::TearDown();
  }

  app::Clock Clock() const {
    return [this] { return now_; };
  }

  domain::User As(const std::string& who) {
    const auto id = users_.at(who);
    auto user = store().Read([&](app::Transaction& tx) { return tx.Get<app::UserRepository>().FindById(id); });
    EXPECT_TRUE(user.has_value()) << who;
    return user.value_or(domain::User{});
  }

  // An indicator of the region on the first track, measured monthly for the region as a whole:
  // higher is better, green from 80, red at 60 or below, possible values 0–100.
  app::IndicatorFields Fields(const std::string& name = "Tilfredshed") const {
    app::IndicatorFields f;
    f.track = tracks_.at(0);
    f.name = name;
    f.definition = "Andel tilfredse patienter";
    f.measure_unit = "%";
    f.decimals = 1;
    f.target = 90;
    f.thresholds = {80, 60};
    f.plausible_min = 0;
    f.plausible_max = 100;
    f.owner_unit = units_.at("O1");
    return f;
  }
  // Broken down on the listed units (HR ids).
  app::IndicatorFields UnitFields(const std::vector<std::string>& units, app::Rollup rollup = app::Rollup::Mean) const {
    auto f = Fields("Opdelt");
    f.breakdown = app::Breakdown::Units;
    f.rollup = rollup;
    for (const auto& unit : units) f.units.push_back(units_.at(unit));
    std::sort(f.units.begin(), f.units.end());
    return f;
  }

  app::IndicatorId Create(const app::IndicatorFields& fields) {
    return store().Write([&](app::Transaction& tx) {
      return tx.Get<app::IndicatorRepository>().CreateIndicator(fields, "Rita Redaktør", now_);
    });
  }
  void Archive(app::IndicatorId id) {
    ASSERT_TRUE(store().Write([&](app::Transaction& tx) {
      auto& repository = tx.Get<app::IndicatorRepository>();
      return repository.SetArchived(id, repository.FindIndicator(id)->revision, now_, "Rita", now_);
    }));
  }
  // Stores values as an import would: checked without requiring comments, then saved.
  app::MeasurementOutcome Import(app::IndicatorId id, const std::vector<MeasurementInput>& inputs) {
    const std::array ids{id};
    auto checked = indicators_->Check(ids, inputs, false);
    const auto* checks = std::get_if<std::vector<app::MeasurementCheck>>(&checked);
    if (checks == nullptr) {
      ADD_FAILURE() << "refused: " << std::get<std::vector<app::MeasurementProblem>>(checked).at(0).message;
      return {};
    }
    return indicators_->Save(*checks, app::MeasurementSource::Import, {std::nullopt, "Datavarehuset"},
                             "goals.measurements_imported", "");
  }
  // The problems of values for one indicator (a failure when there are none).
  std::vector<app::MeasurementProblem> Problems(app::IndicatorId id, const std::vector<MeasurementInput>& inputs,
                                                bool require_comments = true) {
    const std::array ids{id};
    auto checked = indicators_->Check(ids, inputs, require_comments);
    if (const auto* problems = std::get_if<std::vector<app::MeasurementProblem>>(&checked)) return *problems;
    ADD_FAILURE() << "no problem found";
    return {};
  }
  std::vector<app::MeasurementCheck> Checked(app::IndicatorId id, const std::vector<MeasurementInput>& inputs,
                                             bool require_comments = true) {
    const std::array ids{id};
    auto checked = indicators_->Check(ids, inputs, require_comments);
    if (const auto* checks = std::get_if<std::vector<app::MeasurementCheck>>(&checked)) return *checks;
    ADD_FAILURE() << "refused: " << std::get<std::vector<app::MeasurementProblem>>(checked).at(0).message;
    return {};
  }

  // The indicator's summary in the viewer's overview, if the viewer sees it.
  std::optional<app::IndicatorSummary> InOverview(const std::string& who, app::IndicatorId id) {
    for (const auto& picture : indicators_->Overview(As(who)).pictures) {
      for (const auto& track : picture.tracks) {
        for (const auto& summary : track.indicators) {
          if (summary.indicator.id == id) return summary;
        }
      }
    }
    return std::nullopt;
  }

  static std::vector<double> Values(const std::vector<app::SeriesPoint>& series) {
    std::vector<double> values;
    values.reserve(series.size());
    for (const auto& point : series) values.push_back(point.value);
    return values;
  }

  // The editor's form for the goal picture as the edit page opens it now.
  app::GoalDraftInput Opened(const std::string& slug = "sundhed") {
    auto state = pictures_->Edit(As("rita"), slug);
    EXPECT_TRUE(state.ok());
    return state.ok() ? state->form : app::GoalDraftInput{};
  }

  domain::Timestamp now_ = domain::CopenhagenMidnight(Day(2026, 12, 5)).value() + std::chrono::hours{12};
  std::map<std::string, domain::UnitId> units_;
  std::map<std::string, domain::UserId> users_;
  std::vector<app::TrackId> tracks_;  // of the shipped pictures, in order
  std::unique_ptr<app::OrganisationService> organisation_;
  std::unique_ptr<app::GoalPictureService> pictures_;
  std::unique_ptr<app::IndicatorService> indicators_;
};

// ---- goal pictures

TEST_F(GoalsServiceTest, LoadsTheThreeShippedGoalPicturesOnce) {
  const auto current = pictures_->Current();
  ASSERT_EQ(current.size(), 3U);
  EXPECT_EQ(current[0].picture.slug, "sundhed");
  EXPECT_EQ(current[1].picture.slug, "socialomraadet");
  EXPECT_EQ(current[2].picture.slug, "vaekstregion");
  EXPECT_EQ(current[0].version.tracks.size(), 3U);
  EXPECT_EQ(current[1].version.tracks.size(), 3U);
  EXPECT_EQ(current[2].version.tracks.size(), 4U);
  EXPECT_EQ(current[0].version.title, "Et sundhedsvæsen på patientens præmisser");
  EXPECT_EQ(current[0].version.tracks[0].title, "Den bedste kvalitet – hver gang og på den rigtige måde");
  for (const auto& view : current) {
    EXPECT_EQ(view.version.number, 1);
    EXPECT_FALSE(view.version.body.empty());
    ASSERT_TRUE(view.version.published_by.has_value());
    EXPECT_EQ(view.version.published_by->name, app::kGoalSystemAuthor);
    EXPECT_FALSE(view.version.published_by->user.has_value());
    EXPECT_EQ(view.version.published_at, now_);
  }
  EXPECT_EQ(std::set<app::TrackId>(tracks_.begin(), tracks_.end()).size(), 10U) << "every track its own id";
  EXPECT_EQ(CountAudit("goals.default_loaded"), 1);

  EXPECT_EQ(app::GoalPictureService::LoadDefaultContent(store(), now_ + std::chrono::hours{1}), 0U);
  EXPECT_EQ(pictures_->Current().size(), 3U);
  EXPECT_EQ(CountAudit("goals.default_loaded"), 1);
  const auto versions = pictures_->Versions("sundhed");
  ASSERT_TRUE(versions.ok());
  EXPECT_EQ(versions->versions.size(), 1U);
  EXPECT_EQ(pictures_->Picture("ukendt").error().kind, ErrorKind::NotFound);
}

TEST_F(GoalsServiceTest, ANewTrackGetsAnIdAndPublishingKeepsTheFormsOrder) {
  const auto editor = As("rita");
  auto form = Opened();
  ASSERT_EQ(form.tracks.size(), 3U);
  const std::vector<app::TrackId> shipped{*form.tracks[0].track, *form.tracks[1].track, *form.tracks[2].track};
  EXPECT_EQ(form.based_on, 1);
  form.tracks.push_back({std::nullopt, "  Nyt spor  ", "Om det nye spor"});
  form.tracks.push_back({std::nullopt, "", ""});  // an unused empty row is left out
  const auto saved = pictures_->SaveDraft(editor, "sundhed", form, "127.0.0.1");
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  ASSERT_EQ(saved->tracks.size(), 4U);
  const auto added = saved->tracks[3].track;
  EXPECT_GT(added, 0);
  EXPECT_EQ(std::count(shipped.begin(), shipped.end(), added), 0);
  EXPECT_EQ(saved->tracks[3].title, "Nyt spor") << "trimmed";
  EXPECT_EQ(saved->based_on_number, 1);
  EXPECT_EQ(saved->revision, 1);
  EXPECT_EQ(CountAudit("goals.draft_saved"), 1);
  EXPECT_EQ(pictures_->Current()[0].version.tracks.size(), 3U) << "the version in force is untouched";

  // The draft opens again with the new track's id; the editor moves it first and renames another.
  auto again = Opened();
  ASSERT_TRUE(again.draft.has_value());
  EXPECT_EQ(again.revision, 1);
  ASSERT_EQ(again.tracks.size(), 4U);
  EXPECT_EQ(again.tracks[3].track, added);
  std::rotate(again.tracks.begin(), again.tracks.begin() + 3, again.tracks.end());
  again.tracks[2].title = "Sammenhæng";
  const auto published = pictures_->Publish(editor, "sundhed", again, "127.0.0.1");
  ASSERT_TRUE(published.ok()) << published.error().message;
  EXPECT_EQ(published.value(), 2);
  EXPECT_EQ(CountAudit("goals.published"), 1);

  const auto current = pictures_->Picture("sundhed");
  ASSERT_TRUE(current.ok());
  EXPECT_EQ(current->version.number, 2);
  std::vector<app::TrackId> order;
  for (const auto& track : current->version.tracks) order.push_back(track.track);
  EXPECT_EQ(order, (std::vector<app::TrackId>{added, shipped[0], shipped[1], shipped[2]}));
  EXPECT_EQ(current->version.tracks[2].title, "Sammenhæng");
  EXPECT_FALSE(pictures_->Edit(editor, "sundhed")->draft.has_value()) << "publishing used up the draft";
  const auto first = pictures_->Version("sundhed", 1);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->version.tracks.size(), 3U) << "version 1 keeps its tracks";

  // Publishing straight from the version in force (no draft) makes version 3.
  auto direct = Opened();
  direct.title = "Sundhed for alle";
  const auto third = pictures_->Publish(editor, "sundhed", direct, "");
  ASSERT_TRUE(third.ok()) << third.error().message;
  EXPECT_EQ(third.value(), 3);
  const auto list = pictures_->Versions("sundhed");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->versions.size(), 3U);
  EXPECT_EQ(list->versions[0].number, 3);
  EXPECT_EQ(list->versions[0].title, "Sundhed for alle");
}

TEST_F(GoalsServiceTest, ATrackWithAnIndicatorInUseCannotBeLeftOut) {
  const auto editor = As("rita");
  auto fields = Fields();
  fields.track = tracks_.at(1);  // sundhed's second track
  const auto indicator = Create(fields);

  auto form = Opened();
  ASSERT_EQ(form.tracks.at(1).track, tracks_.at(1));
  form.tracks[1].remove = true;
  form.tracks.push_back({std::nullopt, "Nyt spor", ""});
  const auto saved = pictures_->SaveDraft(editor, "sundhed", form, "");
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().kind, ErrorKind::Invalid);
  EXPECT_THAT(FieldMessage(saved.error(), "track-2-title"), HasSubstr("har indikatorer i brug og kan ikke udgå"));
  EXPECT_EQ(FieldMessage(saved.error(), "track-1-title"), "");
  const auto published = pictures_->Publish(editor, "sundhed", form, "");
  ASSERT_FALSE(published.ok());
  EXPECT_EQ(published.error().kind, ErrorKind::Invalid);
  EXPECT_NE(FieldMessage(published.error(), "track-2-title"), "");
  EXPECT_FALSE(pictures_->Edit(editor, "sundhed")->draft.has_value()) << "nothing saved";
  const auto owners =
      store().Read([](app::Transaction& tx) { return tx.Get<app::GoalPictureRepository>().TrackPictures(); });
  EXPECT_EQ(owners.size(), 10U) << "the new track of the refused form was rolled back";

  // An archived indicator no longer holds its track.
  Archive(indicator);
  const auto after = pictures_->Publish(editor, "sundhed", form, "");
  ASSERT_TRUE(after.ok()) << after.error().message;
  const auto current = pictures_->Picture("sundhed");
  ASSERT_EQ(current->version.tracks.size(), 3U);
  EXPECT_EQ(current->version.tracks[0].track, tracks_.at(0));
  EXPECT_EQ(current->version.tracks[1].track, tracks_.at(2));
  EXPECT_EQ(current->version.tracks[2].title, "Nyt spor");
}

TEST_F(GoalsServiceTest, AStaleRevisionIsAConflict) {
  const auto editor = As("rita");
  ASSERT_TRUE(pictures_->SaveDraft(editor, "sundhed", Opened(), "").ok());
  auto mine = Opened();
  auto theirs = Opened();
  ASSERT_EQ(mine.revision, 1);
  theirs.title = "Deres titel";
  ASSERT_TRUE(pictures_->SaveDraft(editor, "sundhed", theirs, "").ok());

  mine.title = "Min titel";
  const auto saved = pictures_->SaveDraft(editor, "sundhed", mine, "");
  ASSERT_FALSE(saved.ok());
  EXPECT_EQ(saved.error().kind, ErrorKind::Conflict);
  const auto published = pictures_->Publish(editor, "sundhed", mine, "");
  ASSERT_FALSE(published.ok());
  EXPECT_EQ(published.error().kind, ErrorKind::Conflict);
  const auto discarded = pictures_->DiscardDraft(editor, "sundhed", *mine.draft, mine.revision, "");
  ASSERT_FALSE(discarded.ok());
  EXPECT_EQ(discarded.error().kind, ErrorKind::Conflict);
  const auto state = pictures_->Edit(editor, "sundhed");
  ASSERT_TRUE(state->draft.has_value());
  EXPECT_EQ(state->draft->title, "Deres titel");
  EXPECT_EQ(state->draft->revision, 2);
  EXPECT_EQ(pictures_->Picture("sundhed")->version.number, 1);

  // A version published since the form was opened is a conflict too.
  auto stale = Opened("vaekstregion");
  ASSERT_TRUE(pictures_->Publish(editor, "vaekstregion", Opened("vaekstregion"), "").ok());
  const auto late = pictures_->SaveDraft(editor, "vaekstregion", stale, "");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().kind, ErrorKind::Conflict);
  EXPECT_THAT(late.error().message, HasSubstr("version 2"));
}

TEST_F(GoalsServiceTest, OnlyEditorsEditTheGoalPictures) {
  const auto leader = As("lea");
  EXPECT_FALSE(pictures_->CanEdit(leader));
  EXPECT_TRUE(pictures_->CanEdit(As("rita")));
  auto form = Opened();
  EXPECT_EQ(pictures_->Edit(leader, "sundhed").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(pictures_->SaveDraft(leader, "sundhed", form, "").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(pictures_->Publish(leader, "sundhed", form, "").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(pictures_->DiscardDraft(leader, "sundhed", 1, 1, "").error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(pictures_->Picture("sundhed")->version.number, 1);
  EXPECT_EQ(CountAudit("goals.published"), 0);
}

// ---- the check of measurements

TEST_F(GoalsServiceTest, CheckRefusesBadValuesWithDanishMessages) {
  const auto id = Create(Fields());
  const auto one = [&](MeasurementInput input) {
    const auto problems = Problems(id, {std::move(input)});
    return problems.empty() ? app::MeasurementProblem{} : problems[0];
  };

  auto problem = one(Value("2026-10", "", "mange"));
  EXPECT_EQ(problem.field, "vaerdi");
  EXPECT_EQ(problem.message, "\"mange\" er ikke et tal. Skriv fx 12,5.");
  problem = one(Value("2026-10", "", "1.234"));
  EXPECT_EQ(problem.field, "vaerdi");
  EXPECT_THAT(problem.message, HasSubstr("kan læses på to måder"));
  problem = one(Value("2026-10", "", "150"));
  EXPECT_EQ(problem.field, "vaerdi");
  EXPECT_THAT(problem.message, HasSubstr("Værdien 150 er ikke mulig"));
  problem = one(Value("2026-10", "", "-0,5"));
  EXPECT_EQ(problem.field, "vaerdi") << "below the possible minimum";
  problem = one(Value("2027-01", "", "90"));
  EXPECT_EQ(problem.field, "periode");
  EXPECT_THAT(problem.message, HasSubstr("januar 2027 er ikke begyndt"));
  problem = one(Value("2026-K2", "", "90"));
  EXPECT_EQ(problem.field, "periode");
  EXPECT_THAT(problem.message, HasSubstr("\"2026-K2\" er ikke en periode for en"));
  EXPECT_THAT(problem.message, HasSubstr("2026-03"));
  problem = one(Value("", "", "90"));
  EXPECT_EQ(problem.field, "periode");
  problem = one(Value("2026-10", "X99", "90"));
  EXPECT_EQ(problem.field, "enhed");
  EXPECT_EQ(problem.message, "Enheden \"X99\" findes ikke i organisationen.");
  problem = one(Value("2026-10", "O1", "90"));
  EXPECT_EQ(problem.field, "enhed");
  EXPECT_THAT(problem.message, HasSubstr("måles kun samlet"));
  problem = one(Value("2026-10", "", "90", "Årsag uden handling"));
  EXPECT_EQ(problem.field, "handling");

  // The current month has begun: it can be reported.
  EXPECT_EQ(Checked(id, {Value("2026-12", "", "90")}).size(), 1U);
}

TEST_F(GoalsServiceTest, CheckRefusesAUnitOutsideTheBreakdownAndAPeriodGivenTwice) {
  const auto units = Create(UnitFields({"O1", "O2"}));
  auto problems = Problems(units, {Value("2026-10", "D22", "90")});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "enhed");
  EXPECT_EQ(problems[0].message, "Indikatoren måles ikke på enheden Afdeling Syd 2 (D22).");

  problems = Problems(units, {Value("2026-10", "O1", "90"), Value("2026-10", "", "90"), Value("2026-10", "O2", "85"),
                              Value("2026-10", " O1 ", "91")});
  ASSERT_EQ(problems.size(), 1U) << "the whole and another unit for the same period are fine";
  EXPECT_EQ(problems[0].index, 3U);
  EXPECT_EQ(problems[0].field, "periode");
  EXPECT_THAT(problems[0].message, HasSubstr("står to gange (også i nr. 1)"));

  const auto region = Create(Fields("Samlet"));
  problems = Problems(region, {Value("2026-09", "", "90"), Value("2026-9", "", "91")});
  ASSERT_EQ(problems.size(), 1U) << "\"2026-9\" is the same month";
  EXPECT_EQ(problems[0].index, 1U);
  EXPECT_THAT(problems[0].message, HasSubstr("september 2026 står to gange"));
}

TEST_F(GoalsServiceTest, ARedValueNeedsACommentUnlessOneIsStored) {
  const auto id = Create(Fields());
  auto problems = Problems(id, {Value("2026-08", "", "40")});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "aarsag");
  EXPECT_THAT(problems[0].message, HasSubstr("Værdien er rød"));

  // With the comment in the input, or without requiring comments (a file, an integration): fine.
  auto checks = Checked(id, {Value("2026-08", "", "40", "Sygdom", "Vikarer")});
  ASSERT_EQ(checks.size(), 1U);
  EXPECT_EQ(checks[0].colour, StatusColour::Red);
  EXPECT_EQ(checks[0].measurement.value, 40);
  EXPECT_EQ(checks[0].measurement.period, Month(2026, 8));
  EXPECT_EQ(Checked(id, {Value("2026-08", "", "40")}, false).size(), 1U);
  // A yellow value needs none.
  EXPECT_EQ(Checked(id, {Value("2026-08", "", "70")}).at(0).colour, StatusColour::Yellow);

  // A comment stored for that point (and only that point) is enough.
  store().Write([&](app::Transaction& tx) {
    app::IndicatorComment comment;
    comment.period = Month(2026, 8);
    comment.cause = "Sygdom";
    comment.action = "Vikarer";
    comment.author = {users_.at("rita"), "Rita"};
    comment.created_at = now_;
    tx.Get<app::IndicatorRepository>().AddComment(id, comment);
  });
  checks = Checked(id, {Value("2026-08", "", "40")});
  ASSERT_EQ(checks.size(), 1U);
  EXPECT_EQ(checks[0].colour, StatusColour::Red);
  problems = Problems(id, {Value("2026-07", "", "40")});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "aarsag");
}

TEST_F(GoalsServiceTest, CheckRefusesAnArchivedIndicator) {
  const auto id = Create(Fields());
  Archive(id);
  const auto problems = Problems(id, {Value("2026-10", "", "90")});
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "indikator");
  EXPECT_THAT(problems[0].message, HasSubstr("arkiveret"));
}

TEST_F(GoalsServiceTest, SaveCountsWhatChangedAndNamesRedValuesWithoutComment) {
  const auto id = Create(UnitFields({"O1", "O2"}));
  auto outcome = Import(id, {Value("2026-10", "", "90"), Value("2026-10", "O1", "85")});
  EXPECT_EQ(outcome.created, 2U);
  EXPECT_EQ(outcome.updated, 0U);
  EXPECT_EQ(outcome.unchanged, 0U);
  EXPECT_TRUE(outcome.uncommented.empty());

  outcome = Import(id, {Value("2026-10", "", "90"), Value("2026-10", "O1", "86,5"), Value("2026-10", "O2", "40"),
                        Value("2026-11", "", "50"), Value("2026-11", "O1", "30", "Lukket afsnit", "Genåbnet")});
  EXPECT_EQ(outcome.created, 3U);
  EXPECT_EQ(outcome.updated, 1U);
  EXPECT_EQ(outcome.unchanged, 1U);
  EXPECT_THAT(outcome.uncommented, ElementsAre("oktober 2026 – Område Syd", "november 2026"));
  EXPECT_EQ(CountAudit("goals.measurements_imported"), 2);

  const auto stored = store().Read([&](app::Transaction& tx) {
    return std::pair{tx.Get<app::IndicatorRepository>().Measurements(id),
                     tx.Get<app::IndicatorRepository>().Comments(id)};
  });
  ASSERT_EQ(stored.first.size(), 5U);
  EXPECT_EQ(stored.first[1].value, 86.5);
  EXPECT_EQ(stored.first[1].source, app::MeasurementSource::Import);
  EXPECT_EQ(stored.first[1].recorded_by, (app::GoalAuthor{std::nullopt, "Datavarehuset"}));
  ASSERT_EQ(stored.second.size(), 1U) << "the comment given with a value is stored with it";
  EXPECT_EQ(stored.second[0].cause, "Lukket afsnit");
  EXPECT_EQ(stored.second[0].unit, units_.at("O1"));
}

TEST_F(GoalsServiceTest, SaveStoresAllOrNothing) {
  const auto id = Create(Fields());
  auto checks = Checked(id, {Value("2026-10", "", "90")});
  ASSERT_EQ(checks.size(), 1U);
  auto broken = checks[0];
  broken.indicator = id + 1'000;  // no such indicator: the second write fails
  checks.push_back(broken);
  EXPECT_THROW(indicators_->Save(checks, app::MeasurementSource::Api, {std::nullopt, "Integration"},
                                 "goals.measurements_api", ""),
               app::WriteConflict);
  EXPECT_TRUE(
      store().Read([&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().Measurements(id); }).empty())
      << "the first value is not kept either";
  EXPECT_EQ(CountAudit("goals.measurements_api"), 0);
}

// ---- roll-up along the organisation tree

// Units Område Nord (80, and its department 10: the area's own value wins), Afdeling Syd 1 (60) and
// Afdeling Syd 2 (50) in November; only Afdeling Syd 1 (40) in October. Område Syd has no value of its
// own: the mean of its departments, 55. The whole: the mean of the areas, (80 + 55) / 2 = 67,5 (not
// the mean of all values, 50); in October 40.
TEST_F(GoalsServiceTest, RollsUpTheMeanLevelByLevel) {
  auto fields = UnitFields({"O1", "O2", "D11", "D21", "D22"});
  fields.thresholds = {70, 50};
  const auto id = Create(fields);
  Import(id, {Value("2026-11", "O1", "80"), Value("2026-11", "D11", "10"), Value("2026-11", "D21", "60"),
              Value("2026-11", "D22", "50"), Value("2026-10", "D21", "40")});

  const auto summary = InOverview("anna", id);
  ASSERT_TRUE(summary.has_value());
  ASSERT_TRUE(summary->latest.has_value());
  EXPECT_EQ(summary->latest->period, Month(2026, 11));
  EXPECT_DOUBLE_EQ(summary->latest->value, 67.5);
  EXPECT_FALSE(summary->latest->measured) << "rolled up";
  EXPECT_EQ(summary->latest->colour, StatusColour::Yellow);
  EXPECT_THAT(Values(summary->series), ElementsAre(40.0, 67.5));
  EXPECT_FALSE(summary->series[0].red_without_comment) << "a rolled-up red asks for no comment";
  // The units' own red values (at or below 50) since the period before the due one want a comment.
  EXPECT_THAT(summary->reporting.uncommented,
              ::testing::UnorderedElementsAre("oktober 2026 – Afdeling Syd 1", "november 2026 – Afdeling Nord 1",
                                              "november 2026 – Afdeling Syd 2"));
  EXPECT_THAT(summary->reporting.missing, ElementsAre("Område Syd")) << "listed: a rolled-up value is not given";

  const auto south = indicators_->Page(As("anna"), id, "O2", "");
  ASSERT_TRUE(south.ok()) << south.error().message;
  ASSERT_NE(south->shown_unit, nullptr);
  EXPECT_EQ(south->shown_unit->name, "Område Syd");
  EXPECT_THAT(Values(south->shown), ElementsAre(40.0, 55.0));
  EXPECT_FALSE(south->shown[1].measured);
  const auto north = indicators_->Page(As("anna"), id, "O1", "");
  ASSERT_TRUE(north.ok());
  EXPECT_THAT(Values(north->shown), ElementsAre(80.0));
  EXPECT_TRUE(north->shown[0].measured);
  EXPECT_EQ(north->shown[0].colour, StatusColour::Green);
  const auto department = indicators_->Page(As("anna"), id, "D22", "");
  ASSERT_TRUE(department.ok());
  EXPECT_THAT(Values(department->shown), ElementsAre(50.0));
  EXPECT_EQ(department->shown[0].colour, StatusColour::Red);
  EXPECT_TRUE(department->shown[0].red_without_comment);
  const auto whole = indicators_->Page(As("anna"), id, "", "");
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->shown_unit, nullptr);
  EXPECT_THAT(Values(whole->shown), ElementsAre(40.0, 67.5));

  // The breakdown in tree order, by name under each unit.
  std::vector<std::pair<std::string, int>> rows;
  for (const auto& row : whole->breakdown) rows.emplace_back(row.unit != nullptr ? row.unit->name : "?", row.depth);
  EXPECT_EQ(rows, (std::vector<std::pair<std::string, int>>{{"Region Midt", 0},
                                                            {"Område Nord", 1},
                                                            {"Afdeling Nord 1", 2},
                                                            {"Område Syd", 1},
                                                            {"Afdeling Syd 1", 2},
                                                            {"Afdeling Syd 2", 2}}));
  ASSERT_EQ(whole->breakdown.size(), 6U);
  ASSERT_TRUE(whole->breakdown[3].latest.has_value());
  EXPECT_DOUBLE_EQ(whole->breakdown[3].latest->value, 55.0);
}

TEST_F(GoalsServiceTest, RollsUpASumAndGivesTheUnitsNoColour) {
  auto fields = UnitFields({"O1", "O2", "D11", "D21", "D22"}, app::Rollup::Sum);
  fields.thresholds = {200, 100};
  fields.plausible_max = std::nullopt;
  const auto id = Create(fields);
  // A unit's red-looking value of a sum needs no comment: the thresholds are for the whole.
  EXPECT_EQ(Checked(id, {Value("2026-11", "D21", "60")}).size(), 1U);
  Import(id, {Value("2026-11", "O1", "80"), Value("2026-11", "D11", "10"), Value("2026-11", "D21", "60"),
              Value("2026-11", "D22", "50")});

  const auto summary = InOverview("anna", id);
  ASSERT_TRUE(summary.has_value());
  ASSERT_TRUE(summary->latest.has_value());
  EXPECT_DOUBLE_EQ(summary->latest->value, 190.0);  // 80 + (60 + 50)
  EXPECT_EQ(summary->latest->colour, StatusColour::Yellow);
  EXPECT_TRUE(summary->reporting.uncommented.empty());

  const auto south = indicators_->Page(As("anna"), id, "O2", "");
  ASSERT_TRUE(south.ok());
  EXPECT_THAT(Values(south->shown), ElementsAre(110.0));
  EXPECT_FALSE(south->shown[0].colour.has_value());
  const auto page = indicators_->Page(As("anna"), id, "", "");
  ASSERT_TRUE(page.ok());
  for (const auto& row : page->breakdown) {
    ASSERT_TRUE(row.latest.has_value());
    if (row.depth == 0) {
      EXPECT_EQ(row.latest->colour, StatusColour::Yellow);
    } else {
      EXPECT_FALSE(row.latest->colour.has_value()) << row.unit->name;
      EXPECT_FALSE(row.latest->red_without_comment);
    }
  }
}

TEST_F(GoalsServiceTest, PageShowsAUnitsSeriesAndRefusesAnUnknownUnit) {
  const auto id = Create(UnitFields({"O1", "D21"}));
  Import(id, {Value("2026-10", "O1", "81"), Value("2026-11", "O1", "82"), Value("2026-11", "D21", "70")});
  const auto north = indicators_->Page(As("anna"), id, "O1", "");
  ASSERT_TRUE(north.ok()) << north.error().message;
  ASSERT_NE(north->shown_unit, nullptr);
  EXPECT_EQ(north->shown_unit->external_id, "O1");
  EXPECT_THAT(Values(north->shown), ElementsAre(81.0, 82.0));
  EXPECT_THAT(Values(north->summary.series), ElementsAre(81.0, 76.0)) << "the whole: (82 + 70) / 2 in November";

  const auto unknown = indicators_->Page(As("anna"), id, "X99", "");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().kind, ErrorKind::NotFound);
  const auto not_measured = indicators_->Page(As("anna"), id, "D22", "");
  ASSERT_FALSE(not_measured.ok());
  EXPECT_EQ(not_measured.error().kind, ErrorKind::NotFound);
  EXPECT_EQ(indicators_->Page(As("anna"), id + 1'000, "", "").error().kind, ErrorKind::NotFound);
}

// The root's own HR id (the region, or a local indicator's unit) shows the whole.
TEST_F(GoalsServiceTest, PageWithTheRootsOwnUnitShowsTheWhole) {
  const auto id = Create(UnitFields({"O1", "D21"}));
  Import(id, {Value("2026-11", "O1", "82"), Value("2026-11", "D21", "70")});
  const auto region = indicators_->Page(As("anna"), id, "R", "");
  ASSERT_TRUE(region.ok()) << region.error().message;
  EXPECT_EQ(region->shown_unit, nullptr);
  EXPECT_THAT(Values(region->shown), ElementsAre(76.0));
}

// ---- reporting status

TEST_F(GoalsServiceTest, TheDuePeriodIsTheLastEndedOne) {
  const auto monthly = Create(Fields("Månedlig"));
  auto quarterly_fields = Fields("Kvartalsvis");
  quarterly_fields.frequency = Frequency::Quarterly;
  const auto quarterly = Create(quarterly_fields);
  auto yearly_fields = Fields("Årlig");
  yearly_fields.frequency = Frequency::Yearly;
  const auto yearly = Create(yearly_fields);

  const auto month = InOverview("rita", monthly);
  ASSERT_TRUE(month.has_value());
  EXPECT_EQ(domain::PeriodCode(month->reporting.due), "2026-11");
  EXPECT_THAT(month->reporting.missing, ElementsAre("Regionen samlet"));
  EXPECT_FALSE(month->reporting.reported());
  const auto quarter = InOverview("rita", quarterly);
  ASSERT_TRUE(quarter.has_value());
  EXPECT_EQ(domain::PeriodCode(quarter->reporting.due), "2026-K3");
  const auto year = InOverview("rita", yearly);
  ASSERT_TRUE(year.has_value());
  EXPECT_EQ(domain::PeriodCode(year->reporting.due), "2025");

  // A value for the current month is not the due one.
  Import(monthly, {Value("2026-12", "", "90")});
  EXPECT_THAT(InOverview("rita", monthly)->reporting.missing, ElementsAre("Regionen samlet"));
  Import(monthly, {Value("2026-11", "", "90")});
  EXPECT_TRUE(InOverview("rita", monthly)->reporting.reported());
  Import(quarterly, {Value("2026-K3", "", "90")});
  EXPECT_TRUE(InOverview("rita", quarterly)->reporting.reported());
}

TEST_F(GoalsServiceTest, TodayIsTheDayInCopenhagen) {
  const auto id = Create(Fields());
  // Half past midnight on 1 December in Copenhagen is still 30 November in UTC.
  now_ = domain::CopenhagenMidnight(Day(2026, 12, 1)).value() + std::chrono::minutes{30};
  EXPECT_EQ(domain::PeriodCode(InOverview("rita", id)->reporting.due), "2026-11");
  EXPECT_EQ(Checked(id, {Value("2026-12", "", "90")}).size(), 1U) << "December has begun";
  now_ -= std::chrono::hours{1};
  EXPECT_EQ(domain::PeriodCode(InOverview("rita", id)->reporting.due), "2026-10");
  EXPECT_EQ(Problems(id, {Value("2026-12", "", "90")}).at(0).field, "periode");
}

TEST_F(GoalsServiceTest, MissingNamesTheUnitsWithoutAValue) {
  const auto id = Create(UnitFields({"O1", "O2", "D21"}));
  Import(id, {Value("2026-11", "O1", "90"), Value("2026-10", "O2", "90")});
  const auto summary = InOverview("rita", id);
  ASSERT_TRUE(summary.has_value());
  EXPECT_THAT(summary->reporting.missing, ElementsAre("Område Syd", "Afdeling Syd 1"));
  Import(id, {Value("2026-11", "O2", "90"), Value("2026-11", "D21", "90")});
  EXPECT_TRUE(InOverview("rita", id)->reporting.reported());
}

TEST_F(GoalsServiceTest, ARedValueWithoutCommentIsReportedOnlyOnceCommented) {
  auto fields = Fields();
  fields.owner_user = users_.at("ole");
  const auto id = Create(fields);
  const auto outcome = Import(id, {Value("2026-11", "", "40")});
  EXPECT_THAT(outcome.uncommented, ElementsAre("november 2026"));
  auto summary = InOverview("ole", id);
  ASSERT_TRUE(summary.has_value());
  EXPECT_TRUE(summary->reporting.missing.empty());
  EXPECT_THAT(summary->reporting.uncommented, ElementsAre("november 2026 – Regionen samlet"));
  EXPECT_FALSE(summary->reporting.reported());
  ASSERT_TRUE(summary->latest.has_value());
  EXPECT_TRUE(summary->latest->red_without_comment);

  const auto refused = indicators_->Comment(As("ole"), id, Value("2026-11", "", "", "", "Vi gør noget"), "");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::Invalid);
  EXPECT_NE(FieldMessage(refused.error(), "cause"), "");

  const auto commented =
      indicators_->Comment(As("ole"), id, Value("2026-11", "", "", "Mange syge", "Vikarer er hentet ind"), "127.0.0.1");
  ASSERT_TRUE(commented.ok()) << commented.error().message;
  EXPECT_EQ(CountAudit("goals.comment_added"), 1);
  summary = InOverview("ole", id);
  ASSERT_TRUE(summary.has_value());
  EXPECT_TRUE(summary->reporting.uncommented.empty());
  EXPECT_TRUE(summary->reporting.reported());
  EXPECT_FALSE(summary->latest->red_without_comment);
  EXPECT_EQ(summary->latest->comments, 1U);
}

TEST_F(GoalsServiceTest, ACommentOnAUnitsValueClearsThatValueOnly) {
  auto fields = UnitFields({"O1", "O2"});
  fields.owner_user = users_.at("ole");
  const auto id = Create(fields);
  Import(id, {Value("2026-11", "O1", "40"), Value("2026-11", "O2", "30")});
  EXPECT_THAT(InOverview("ole", id)->reporting.uncommented,
              ::testing::UnorderedElementsAre("november 2026 – Område Nord", "november 2026 – Område Syd"));

  const auto wrong_unit = indicators_->Comment(As("ole"), id, Value("2026-11", "D21", "", "Årsag", "Handling"), "");
  ASSERT_FALSE(wrong_unit.ok());
  EXPECT_NE(FieldMessage(wrong_unit.error(), "unit"), "");
  ASSERT_TRUE(indicators_->Comment(As("ole"), id, Value("2026-11", "O2", "", "Årsag", "Handling"), "").ok());
  const auto summary = InOverview("ole", id);
  ASSERT_TRUE(summary.has_value());
  EXPECT_THAT(summary->reporting.uncommented, ElementsAre("november 2026 – Område Nord"));
  const auto comments =
      store().Read([&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().Comments(id); });
  ASSERT_EQ(comments.size(), 1U);
  EXPECT_EQ(comments[0].unit, units_.at("O2"));
  EXPECT_EQ(comments[0].author, (app::GoalAuthor{users_.at("ole"), "Test Person"}));
  EXPECT_EQ(comments[0].created_at, now_);
}

// ---- who sees and reports what

TEST_F(GoalsServiceTest, AnIndicatorForLeadersIsHiddenFromOtherStaff) {
  auto fields = Fields("Sygefravær");
  fields.leaders_only = true;
  fields.owner_user = users_.at("ole");
  const auto internal = Create(fields);
  const auto open = Create(Fields("Åben"));

  EXPECT_FALSE(InOverview("anna", internal).has_value());
  EXPECT_TRUE(InOverview("anna", open).has_value());
  const auto hidden = indicators_->Page(As("anna"), internal, "", "");
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().kind, ErrorKind::NotFound);
  EXPECT_EQ(indicators_->Report(As("anna"), internal, "2026-11", {Value("", "", "90")}, "").error().kind,
            ErrorKind::NotFound);

  EXPECT_TRUE(InOverview("ib", internal).has_value()) << "a leader";
  EXPECT_TRUE(indicators_->Page(As("ib"), internal, "", "").ok());
  EXPECT_TRUE(InOverview("ole", internal).has_value()) << "its owner";
  EXPECT_TRUE(indicators_->Page(As("ole"), internal, "", "").ok());
  EXPECT_TRUE(InOverview("rita", internal).has_value()) << "an editor";
}

TEST_F(GoalsServiceTest, OnlyTheOwnerAndTheOwnerUnitsLeadersReport) {
  auto fields = Fields();
  fields.owner_user = users_.at("ole");
  const auto id = Create(fields);  // owned by Område Nord

  const auto other_leader = indicators_->Report(As("ib"), id, "2026-11", {Value("", "", "90")}, "");
  ASSERT_FALSE(other_leader.ok());
  EXPECT_EQ(other_leader.error().kind, ErrorKind::Forbidden);
  const auto staff = indicators_->Report(As("anna"), id, "2026-11", {Value("", "", "90")}, "");
  ASSERT_FALSE(staff.ok());
  EXPECT_EQ(staff.error().kind, ErrorKind::Forbidden);
  EXPECT_TRUE(
      store().Read([&](app::Transaction& tx) { return tx.Get<app::IndicatorRepository>().Measurements(id); }).empty());

  const auto owner = indicators_->Report(As("ole"), id, "2026-11", {Value("", "", "90")}, "127.0.0.1");
  ASSERT_TRUE(owner.ok()) << owner.error().message;
  EXPECT_EQ(owner->created, 1U);
  const auto leader = indicators_->Report(As("lea"), id, "2026-11", {Value("", "", "91")}, "");
  ASSERT_TRUE(leader.ok()) << leader.error().message;
  EXPECT_EQ(leader->updated, 1U);
  // Exactly the owner unit's leaders (goals_access.hpp: LedUnits), not the leader of a unit above it.
  const auto above = indicators_->Report(As("bo"), id, "2026-10", {Value("", "", "92")}, "");
  ASSERT_FALSE(above.ok());
  EXPECT_EQ(above.error().kind, ErrorKind::Forbidden);
  EXPECT_EQ(CountAudit("goals.measurements_reported"), 2);

  // The form refuses a red value without a comment, naming the row's field.
  const auto red = indicators_->Report(As("ole"), id, "2026-09", {Value("", "", "40")}, "");
  ASSERT_FALSE(red.ok());
  EXPECT_EQ(red.error().kind, ErrorKind::Invalid);
  EXPECT_THAT(FieldMessage(red.error(), "cause-region"), HasSubstr("Værdien er rød"));
}

// Another module (initiatives, decisions) lists what works on an indicator through a link source; the
// indicator page shows what every source adds for it, and only for it.
TEST_F(GoalsServiceTest, TheIndicatorPageListsWhatTheLinkSourcesSayWorksOnIt) {
  const auto id = Create(UnitFields({"O1", "D21"}));
  const auto other = Create(UnitFields({"O1"}));
  indicators_->AddLinkSource(
      [id](const app::OrganisationContext&, const app::GoalLinkTarget& target, std::vector<app::GoalLink>& links) {
        if (target.indicator == id) links.push_back({"Indsats", "Hurtigere udredning", "/indsatser/7", "Område Nord"});
      });
  indicators_->AddLinkSource(
      [](const app::OrganisationContext&, const app::GoalLinkTarget& target, std::vector<app::GoalLink>& links) {
        links.push_back({"Beslutning", "Spor " + std::to_string(target.track), "/beslutninger/3", ""});
      });
  const auto page = indicators_->Page(As("anna"), id, "", "");
  ASSERT_TRUE(page.ok()) << page.error().message;
  ASSERT_EQ(page->links.size(), 2U);
  EXPECT_EQ(page->links[0].title, "Hurtigere udredning");
  EXPECT_EQ(page->links[1].kind, "Beslutning");
  const auto second = indicators_->Page(As("anna"), other, "", "");
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->links.size(), 1U) << "the first source adds nothing for another indicator";
}

}  // namespace
}  // namespace lp::storage_test
