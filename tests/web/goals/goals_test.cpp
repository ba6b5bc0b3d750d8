// The goal pictures over HTTP, on both databases: Målbilleder and a goal picture for everyone; the
// editors' draft and publication of a goal picture with its tracks; an indicator made through its form
// (bad input refused at the fields, what was typed kept); the owner's report form (a red value without
// a comment refused, a future period refused, the comment kept in the history); an indicator internal to
// leaders hidden from employees; the unit view with what needs reporting; the series export; the CSV
// import (errors with line and column, nothing stored; a Windows-1252 file with commas previewed and
// confirmed); and the JSON API for integrations (tokens, idempotency, Danish errors).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "domain/goals/indicators.hpp"
#include "domain/platform/danish_format.hpp"
#include "support/page_text.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kGoalsBoundary = "----lp-goals-boundary";

// The last ended month, as the report form and the API write it ("2026-11").
std::string DueMonth() {
  return domain::PeriodCode(
      domain::LastEndedPeriod(domain::Frequency::Monthly, domain::ToCopenhagenTime(app::SystemNow()).date));
}
std::string MonthBefore(int months) {
  auto day = domain::ToCopenhagenTime(app::SystemNow()).date;
  auto period = domain::PeriodOf(domain::Frequency::Monthly, day);
  for (int i = 0; i < months; ++i) {
    period = domain::PeriodOf(
        domain::Frequency::Monthly,
        std::chrono::year_month_day{std::chrono::sys_days{domain::PeriodStart(period)} - std::chrono::days{1}});
  }
  return domain::PeriodCode(period);
}
std::string NextMonth() {
  return domain::PeriodCode(domain::NextPeriod(
      domain::PeriodOf(domain::Frequency::Monthly, domain::ToCopenhagenTime(app::SystemNow()).date)));
}

std::string GoalsMultipart(const std::string& file_name, const std::string& data) {
  return "--" + std::string(kGoalsBoundary) + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
         file_name + "\"\r\nContent-Type: text/csv\r\n\r\n" + data + "\r\n--" + std::string(kGoalsBoundary) + "--\r\n";
}

// Region Midtjylland (Rita) ─ Aarhus Universitetshospital (Lene) ─ Hjertesygdomme (Nanna), and
// Regionshospitalet Gødstrup (Gorm); Sara is an employee at Hjertesygdomme.
class Goals : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {
        {"RM", "Region Midtjylland", "", domain::UnitKind::Region},
        {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital},
        {"AUH-KARD", "Hjertesygdomme", "AUH", domain::UnitKind::Department},
        {"RHG", "Regionshospitalet Gødstrup", "RM", domain::UnitKind::Hospital},
    };
    const std::vector<app::PersonRow> people = {
        {"E1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E2", "Lene", "Leder", "lene@rm.test", "Hospitalsdirektør", "AUH"},
        {"E3", "Nanna", "Nielsen", "nanna@rm.test", "Afdelingsleder", "AUH-KARD"},
        {"E4", "Gorm", "Gødstrup", "gorm@rm.test", "Hospitalsdirektør", "RHG"},
        {"E5", "Sara", "Sørensen", "sara@rm.test", "Sygeplejerske", "AUH-KARD"},
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH-KARD", "E3", std::chrono::year{2018} / 4 / 1, domain::LeaderKind::Personaleleder},
        {"RHG", "E4", std::chrono::year{2017} / 4 / 1, domain::LeaderKind::LederAfLedere},
    };
    SeedOrganisation({units, people, leaderships});
    CreateUser("redaktoer@rm.test", {Role::Redaktoer}, "Rikke Redaktør");
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("gorm@rm.test", {Role::Leder}, "Gorm Gødstrup");
    CreateUser("sara@rm.test", {Role::Medarbejder}, "Sara Sørensen");
    CreateUser("admin@rm.test", {Role::Administrator}, "Ada Admin");
  }

  // The first strategy track's id, from the overview.
  std::string FirstTrack(HttpClient& client) {
    return FirstMatch(client.Get("/maalbilleder").body, "id=\"spor-([0-9]+)\"");
  }

  // An indicator made through the form by the editor: % with higher better, green 85, red 75, 0–100,
  // owned by Aarhus Universitetshospital; broken down on AUH and RHG when `by_units`.
  std::string MakeIndicator(const std::string& name, bool by_units = false, bool leaders_only = false) {
    auto editor = SignedInClient("redaktoer@rm.test");
    const auto track = FirstTrack(editor);
    editor.Get("/maalbilleder/indikatorer/ny?spor=" + track);
    std::vector<std::pair<std::string, std::string>> fields = {
        {"_csrf", editor.csrf_token()},
        {"track", track},
        {"name", name},
        {"definition", "Andel af henviste patienter,\nder er udredt inden for 30 dage."},
        {"measure_unit", "%"},
        {"direction", "hoejere-er-bedre"},
        {"frequency", "maanedlig"},
        {"decimals", "1"},
        {"target", "90"},
        {"target_date", "31.12.2027"},
        {"green", "85"},
        {"red", "75"},
        {"plausible_min", "0"},
        {"plausible_max", "100"},
        {"owner_unit", "AUH"},
        {"owner_email", ""},
        {"data_source", "LPR"},
        {"breakdown", by_units ? "enheder" : "region"},
        {"rollup", "gennemsnit"},
        {"revision", "0"},
        {"local_unit", ""},
    };
    if (by_units) {
      fields.emplace_back("units", "AUH");
      fields.emplace_back("units", "RHG");
    }
    if (leaders_only) fields.emplace_back("leaders_only", "1");
    const auto created = editor.PostForm("/maalbilleder/indikatorer/ny", fields);
    EXPECT_EQ(created.status, 303) << created.body;
    return created.Header("location");
  }

  HttpResponse Report(HttpClient& client, const std::string& indicator, const std::string& period,
                      const std::vector<std::pair<std::string, std::string>>& values) {
    client.Get(indicator + "/indberet?periode=" + period);
    std::vector<std::pair<std::string, std::string>> fields = {
        {"_csrf", client.csrf_token()}, {"period", period}, {"action", "gem"}};
    fields.insert(fields.end(), values.begin(), values.end());
    return client.PostForm(indicator + "/indberet", fields);
  }

  std::string CreateToken() {
    auto admin = SignedInClient("admin@rm.test");
    admin.Get("/administration/integrationer");
    const auto response = admin.PostForm(
        "/administration/integrationer",
        {{"name", "Datavarehus"}, {"purpose", "Målinger"}, {"scope", "maalinger"}, {"_csrf", admin.csrf_token()}});
    return FirstMatch(response.body, "value=\"(lpi_[A-Za-z0-9_-]{43})\"");
  }

  HttpResponse Deliver(const std::string& token, const std::string& indicator, const std::string& json) {
    std::map<std::string, std::string> headers{{"Content-Type", "application/json"}};
    if (!token.empty()) headers["Authorization"] = "Bearer " + token;
    const auto id = indicator.substr(indicator.rfind('/') + 1);
    return Client().Request("POST", "/api/v1/indikatorer/" + id + "/maalinger", json, headers);
  }
};

TEST_F(Goals, EveryoneReadsTheThreeGoalPicturesWithTheirTracks) {
  auto sara = SignedInClient("sara@rm.test");
  const auto overview = sara.Get("/maalbilleder");
  ASSERT_EQ(overview.status, 200);
  EXPECT_THAT(overview.body, HasSubstr("Et sundhedsvæsen på patientens præmisser"));
  EXPECT_THAT(overview.body, HasSubstr("Et socialområde, som støtter borgeren til aktivt medborgerskab"));
  EXPECT_THAT(overview.body, HasSubstr("En attraktiv og bæredygtig vækstregion, for alle"));
  const std::regex track("<h3 id=\"spor-[0-9]+\">Spor ");
  EXPECT_EQ(
      std::distance(std::sregex_iterator(overview.body.begin(), overview.body.end(), track), std::sregex_iterator()),
      10)
      << "3 + 3 + 4 tracks";
  EXPECT_THAT(overview.body, Not(HasSubstr("Tilføj en indikator på sporet"))) << "employees do not edit";
  const auto picture = sara.Get("/maalbilleder/sundhed");
  ASSERT_EQ(picture.status, 200);
  EXPECT_THAT(picture.body, HasSubstr("Version 1, udgivet"));
  EXPECT_EQ(sara.Get("/maalbilleder/findes-ikke").status, 404);
  EXPECT_EQ(sara.Get("/maalbilleder/sundhed/rediger").status, 403);
  EXPECT_EQ(sara.Get("/maalbilleder/sundhed/versioner").status, 200);
}

TEST_F(Goals, AnEditorDraftsAndPublishesAGoalPictureWithARenamedAndANewTrack) {
  auto editor = SignedInClient("redaktoer@rm.test");
  const auto form = editor.Get("/maalbilleder/sundhed/rediger");
  ASSERT_EQ(form.status, 200);
  const auto first = FirstMatch(form.body, "name=\"track-1-id\" value=\"([0-9]+)\"");
  const auto second = FirstMatch(form.body, "name=\"track-2-id\" value=\"([0-9]+)\"");
  const auto third = FirstMatch(form.body, "name=\"track-3-id\" value=\"([0-9]+)\"");
  std::vector<std::pair<std::string, std::string>> fields = {{"_csrf", editor.csrf_token()},
                                                             {"draft", ""},
                                                             {"revision", "0"},
                                                             {"based_on", "1"},
                                                             {"tracks", "5"},
                                                             {"title", "Et sundhedsvæsen på patientens præmisser"},
                                                             {"body", "Ambitionen,\nskrevet om.\n\n- med en liste"},
                                                             {"track-1-id", first},
                                                             {"track-1-title", "Den bedste kvalitet"},
                                                             {"track-1-description", "Linje et\nLinje to"},
                                                             {"track-2-id", second},
                                                             {"track-2-title", "Sammenhæng"},
                                                             {"track-2-description", ""},
                                                             {"track-3-id", third},
                                                             {"track-3-title", "Effektivitet"},
                                                             {"track-3-description", ""},
                                                             {"track-4-id", ""},
                                                             {"track-4-title", "Et nyt spor om forebyggelse"},
                                                             {"track-4-description", "Nyt"},
                                                             {"track-5-id", ""},
                                                             {"track-5-title", ""},
                                                             {"track-5-description", ""},
                                                             {"action", "gem"}};
  // Bad input first: no title; what was typed stays.
  auto bad = fields;
  bad[5].second = "";
  const auto refused = editor.PostForm("/maalbilleder/sundhed/rediger", bad);
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Skriv målbilledets titel."));
  EXPECT_THAT(refused.body, HasSubstr("Et nyt spor om forebyggelse"));
  const auto saved = editor.PostForm("/maalbilleder/sundhed/rediger", fields);
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_THAT(SignedInClient("sara@rm.test").Get("/maalbilleder/sundhed").body, Not(HasSubstr("Et nyt spor")))
      << "a draft is the editors' only";
  const auto draft = editor.Get("/maalbilleder/sundhed/rediger");
  EXPECT_THAT(draft.body, HasSubstr("Linje et\nLinje to")) << "line breaks kept";
  EXPECT_THAT(draft.body, HasSubstr("Ambitionen,\nskrevet om."));
  auto publish = fields;
  publish[1].second = FirstMatch(draft.body, "name=\"draft\" value=\"([0-9]+)\"");
  publish[2].second = FirstMatch(draft.body, "name=\"revision\" value=\"([0-9]+)\"");
  publish[16].second = FirstMatch(draft.body, "name=\"track-4-id\" value=\"([0-9]+)\"");
  publish.back().second = "udgiv";
  const auto published = editor.PostForm("/maalbilleder/sundhed/rediger", publish);
  ASSERT_EQ(published.status, 303) << published.body;
  const auto page = SignedInClient("sara@rm.test").Get("/maalbilleder/sundhed");
  EXPECT_THAT(page.body, HasSubstr("Version 2, udgivet"));
  EXPECT_THAT(page.body, HasSubstr("Spor 4: Et nyt spor om forebyggelse"));
  EXPECT_THAT(page.body, HasSubstr("id=\"spor-" + first + "\">Spor 1: Den bedste kvalitet<")) << "the id stays";
  const auto versions = editor.Get("/maalbilleder/sundhed/versioner").body;
  EXPECT_THAT(versions, HasSubstr("<li>Ambitionen er ændret</li>"));
  EXPECT_THAT(versions, HasSubstr("<li>Spor omdøbt: Den bedste kvalitet – hver gang og på den rigtige måde → Den "
                                  "bedste kvalitet</li>"));
  EXPECT_THAT(versions, HasSubstr("<li>Nyt spor: Et nyt spor om forebyggelse</li>"));
  EXPECT_THAT(versions, HasSubstr("<li>Første version</li>"));
  EXPECT_EQ(editor.Get("/maalbilleder/sundhed/versioner/1").status, 200);
  // Moving the new track to place 1 (a draft of version 3) puts it first and the others after it.
  const auto moving = editor.Get("/maalbilleder/sundhed/rediger");
  auto moved = publish;
  moved[1].second = "";
  moved[2].second = "0";
  moved[3].second = "2";
  moved.back().second = "gem";
  moved.emplace_back("track-4-position", "1");
  ASSERT_EQ(editor.PostForm("/maalbilleder/sundhed/rediger", moved).status, 303);
  const auto reordered = editor.Get("/maalbilleder/sundhed/rediger").body;
  EXPECT_THAT(reordered, HasSubstr("name=\"track-1-title\" class=\"form-input input-width-xl\" value=\"Et nyt spor om "
                                   "forebyggelse\""));
  EXPECT_THAT(reordered, HasSubstr("name=\"track-2-title\" class=\"form-input input-width-xl\" value=\"Den bedste "
                                   "kvalitet\""));
  EXPECT_THAT(editor.Get("/maalbilleder/sundhed/versioner/1").body,
              HasSubstr("Den bedste kvalitet – hver gang og på den rigtige måde"));
  // Publishing again from the old form is a conflict, nothing lost.
  const auto stale = editor.PostForm("/maalbilleder/sundhed/rediger", publish);
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Et nyt spor om forebyggelse"));
}

TEST_F(Goals, AnIndicatorIsMadeThroughItsFormWithBadInputRefusedAtTheFields) {
  auto editor = SignedInClient("redaktoer@rm.test");
  const auto track = FirstTrack(editor);
  editor.Get("/maalbilleder/indikatorer/ny?spor=" + track);
  const auto refused = editor.PostForm("/maalbilleder/indikatorer/ny", {{"_csrf", editor.csrf_token()},
                                                                        {"track", track},
                                                                        {"name", "Ventetid"},
                                                                        {"definition", ""},
                                                                        {"measure_unit", "dage"},
                                                                        {"direction", "lavere-er-bedre"},
                                                                        {"frequency", "maanedlig"},
                                                                        {"decimals", "0"},
                                                                        {"target", "tyve"},
                                                                        {"green", "30"},
                                                                        {"red", "20"},
                                                                        {"owner_unit", "FINDES-IKKE"},
                                                                        {"breakdown", "enheder"},
                                                                        {"rollup", "gennemsnit"},
                                                                        {"revision", "0"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Skriv, hvad indikatoren måler, og hvordan den opgøres."));
  EXPECT_THAT(refused.body, HasSubstr("Skriv et tal, fx 12,5."));
  EXPECT_THAT(refused.body, HasSubstr("Når lavere er bedre, skal grænsen for rød være højere end grænsen for grøn."));
  EXPECT_THAT(refused.body, HasSubstr("Enheden &quot;FINDES-IKKE&quot; findes ikke i organisationen."));
  EXPECT_THAT(refused.body, HasSubstr("Vælg de enheder, indikatoren måles på"));
  EXPECT_THAT(refused.body, HasSubstr("value=\"Ventetid\"")) << "what was typed is kept";

  const auto indicator = MakeIndicator("Udredning inden for 30 dage", true);
  ASSERT_THAT(indicator, HasSubstr("/maalbilleder/indikatorer/"));
  const auto page = editor.Get(indicator);
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Udredning inden for 30 dage</h1>"));
  EXPECT_THAT(page.body, HasSubstr("Grøn ved 85,0 % eller derover, rød ved 75,0 % eller derunder"));
  EXPECT_THAT(page.body, HasSubstr("Andel af henviste patienter,\nder er udredt"));
  EXPECT_THAT(page.body, HasSubstr("Der er ingen målinger for Regionen samlet endnu."));
  // Saved unchanged, the form holds the same.
  const auto edit = editor.Get(indicator + "/rediger");
  EXPECT_THAT(edit.body, HasSubstr("value=\"31.12.2027\""));
  EXPECT_THAT(edit.body, HasSubstr("value=\"AUH\" checked"));
  EXPECT_THAT(edit.body, HasSubstr("value=\"RHG\" checked"));
  EXPECT_EQ(SignedInClient("sara@rm.test").Get(indicator + "/rediger").status, 403);
}

TEST_F(Goals, TheOwnerReportsARedValueOnlyWithACommentAndTheHistoryKeepsIt) {
  const auto indicator = MakeIndicator("Udredning inden for 30 dage");
  auto lene = SignedInClient("lene@rm.test");  // leads the owner unit
  const auto due = DueMonth();
  const auto form = lene.Get(indicator + "/indberet");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("value=\"" + due + "\" selected"));
  const auto red = Report(lene, indicator, due, {{"value-region", "70,5"}});
  EXPECT_EQ(red.status, 422);
  EXPECT_THAT(red.body, HasSubstr("Værdien er rød. Skriv årsagen og det, I gør ved det"));
  EXPECT_THAT(red.body, HasSubstr("value=\"70,5\"")) << "what was typed is kept";
  const auto future = Report(lene, indicator, NextMonth(), {{"value-region", "88"}});
  EXPECT_EQ(future.status, 422);
  EXPECT_THAT(future.body, HasSubstr("er ikke begyndt endnu"));
  const auto range = Report(lene, indicator, due, {{"value-region", "140"}});
  EXPECT_EQ(range.status, 422);
  EXPECT_THAT(range.body, HasSubstr("indikatoren kan kun ligge mellem 0,0 og 100,0 %"));
  const auto saved = Report(lene, indicator, due,
                            {{"value-region", "70,5"},
                             {"cause-region", "Personalemangel\ni sommerferien"},
                             {"action-region", "Ekstra udredningsdage"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  const auto page = lene.Get(indicator);
  EXPECT_THAT(page.body, HasSubstr("70,5 %"));
  EXPECT_THAT(page.body, HasSubstr("Rød: langt fra målet"));
  EXPECT_THAT(page.body, HasSubstr("Personalemangel\ni sommerferien"));
  EXPECT_THAT(page.body, HasSubstr("Indberettet"));
  // Saved again unchanged: nothing lost, no new comment needed.
  const auto again = Report(lene, indicator, due, {{"value-region", "70,5"}});
  EXPECT_EQ(again.status, 303) << again.body;
  // Someone else may not report.
  auto gorm = SignedInClient("gorm@rm.test");
  EXPECT_EQ(gorm.Get(indicator + "/indberet").status, 403);
  EXPECT_EQ(Report(gorm, indicator, due, {{"value-region", "90"}}).status, 403);
  // The overview shows the value, its status in words and the trend.
  const auto overview = SignedInClient("sara@rm.test").Get("/maalbilleder").body;
  EXPECT_THAT(overview, HasSubstr("70,5 %"));
  EXPECT_THAT(overview, HasSubstr("Rød: langt fra målet"));
  EXPECT_THAT(overview, HasSubstr("class=\"portal-sparkline\""));
}

TEST_F(Goals, ABrokenDownIndicatorRollsUpAndTheUnitViewSaysWhatIsMissing) {
  const auto indicator = MakeIndicator("Udredning pr. hospital", true);
  auto lene = SignedInClient("lene@rm.test");
  const auto due = DueMonth();
  const auto before = MonthBefore(2);
  ASSERT_EQ(Report(lene, indicator, before, {{"value-AUH", "90"}, {"value-RHG", "80"}}).status, 303);
  const auto unit_view = lene.Get("/maalbilleder/enheder/AUH");
  ASSERT_EQ(unit_view.status, 200);
  EXPECT_THAT(unit_view.body, HasSubstr("Udredning pr. hospital"));
  EXPECT_THAT(unit_view.body, HasSubstr("ikke indberettet"));
  EXPECT_THAT(unit_view.body, HasSubstr("Mangler værdi: Aarhus Universitetshospital"));
  const auto page = lene.Get(indicator);
  EXPECT_THAT(page.body, HasSubstr("85,0 %")) << "the region is the mean of the two hospitals";
  EXPECT_THAT(page.body, HasSubstr("samlet fra enhederne"));
  EXPECT_THAT(page.body, HasSubstr("Fordelt på enheder"));
  const auto unit_page = lene.Get(indicator + "?enhed=RHG");
  EXPECT_THAT(unit_page.body, HasSubstr("Kørselsdiagram: Regionshospitalet Gødstrup"));
  EXPECT_EQ(lene.Get(indicator + "?enhed=FINDES-IKKE").status, 404);
  ASSERT_EQ(Report(lene, indicator, due, {{"value-AUH", "88"}, {"value-RHG", "86"}}).status, 303);
  EXPECT_THAT(lene.Get("/maalbilleder/enheder/AUH").body,
              HasSubstr(domain::PeriodLabel(*domain::ParsePeriod(domain::Frequency::Monthly, due)) + ": indberettet"));
  // The export has the whole and each unit, with decimal commas.
  const auto csv = lene.Get(indicator + "/serie.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_THAT(csv.Header("content-type"), HasSubstr("text/csv"));
  EXPECT_THAT(csv.body, HasSubstr("Periode;Periodens navn;Enhed (HR-id);Enhed;Værdi"));
  EXPECT_THAT(csv.body, HasSubstr(before + ";"));
  EXPECT_THAT(csv.body, HasSubstr(";RHG;Regionshospitalet Gødstrup;80,0;%;Målt"));
  EXPECT_THAT(csv.body, HasSubstr(";;Regionen samlet;85,0;%;Samlet fra enhederne"));
  const auto xlsx = lene.Get(indicator + "/serie.xlsx");
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
}

TEST_F(Goals, AnIndicatorInternalToLeadersIsHiddenFromEmployees) {
  const auto indicator = MakeIndicator("Sygefravær blandt ledere", false, true);
  auto sara = SignedInClient("sara@rm.test");
  EXPECT_EQ(sara.Get(indicator).status, 404);
  EXPECT_THAT(sara.Get("/maalbilleder").body, Not(HasSubstr("Sygefravær blandt ledere")));
  auto gorm = SignedInClient("gorm@rm.test");
  EXPECT_EQ(gorm.Get(indicator).status, 200);
  EXPECT_THAT(gorm.Get("/maalbilleder").body, HasSubstr("Kun for ledere"));
}

TEST_F(Goals, TheCsvImportRefusesAFileWithErrorsAndStoresAGoodOneAfterThePreview) {
  const auto indicator = MakeIndicator("Udredning pr. hospital", true);
  const auto id = indicator.substr(indicator.rfind('/') + 1);
  auto lene = SignedInClient("lene@rm.test");
  const std::map<std::string, std::string> headers{
      {"Content-Type", "multipart/form-data; boundary=" + std::string(kGoalsBoundary)}};
  lene.Get("/maalbilleder/import");
  const std::string bad = "indikator;periode;enhed;vaerdi\n" + id + ";" + DueMonth() + ";AUH;abc\n" + id + ";" +
                          NextMonth() + ";RHG;80\n" + id + ";" + DueMonth() + ";FINDES;80\n999999;" + DueMonth() +
                          ";;1\n";
  auto refused = lene.Request("POST", "/maalbilleder/import?_csrf=" + lene.csrf_token(),
                              GoalsMultipart("maalinger.csv", bad), headers);
  if (refused.status == 403 || refused.status == 400) {
    // The token travels in the form, as the page sends it.
    refused =
        lene.Request("POST", "/maalbilleder/import",
                     "--" + std::string(kGoalsBoundary) + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" +
                         lene.csrf_token() + "\r\n" + GoalsMultipart("maalinger.csv", bad),
                     headers);
  }
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_THAT(refused.body, HasSubstr("maalinger.csv, linje 2, kolonne vaerdi: &quot;abc&quot; er ikke et tal."));
  EXPECT_THAT(refused.body, HasSubstr("maalinger.csv, linje 3, kolonne periode: Perioden"));
  EXPECT_THAT(refused.body, HasSubstr("linje 4, kolonne enhed: Enheden &quot;FINDES&quot; findes ikke"));
  EXPECT_THAT(refused.body, HasSubstr("linje 5, kolonne indikator: Der er ingen indikator nummer 999999."));
  EXPECT_THAT(lene.Get(indicator).body, HasSubstr("Der er ingen målinger")) << "nothing stored";

  // Windows-1252 with commas between fields and a comment with an æ; a red without comment is flagged.
  std::string good = "Indikator,Periode,Enhed,Vaerdi,Aarsag,Handling\r\n" + id + "," + DueMonth() +
                     ",AUH,\"88,5\",,\r\n" + id + "," + DueMonth() + ",RHG,70,\"L\xe6ngere ventetid\",Ekstra dage\r\n" +
                     id + "," + MonthBefore(2) + ",RHG,72,,\r\n";
  const auto upload = [&](const std::string& data) {
    lene.Get("/maalbilleder/import");
    return lene.Request("POST", "/maalbilleder/import",
                        "--" + std::string(kGoalsBoundary) +
                            "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + lene.csrf_token() + "\r\n" +
                            GoalsMultipart("maalinger.csv", data),
                        headers);
  };
  const auto preview = upload(good);
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_THAT(preview.body, HasSubstr("3 værdier: 3 nye, 0 ændres og 0 uændrede."));
  EXPECT_THAT(preview.body, HasSubstr("1 værdi er røde uden kommentar"));
  EXPECT_THAT(lene.Get(indicator).body, HasSubstr("Der er ingen målinger")) << "a preview stores nothing";
  upload(good);
  const auto content = FirstMatch(preview.body, "<textarea name=\"content\" hidden>([^<]*)</textarea>");
  ASSERT_FALSE(content.empty());
  std::string decoded = std::regex_replace(content, std::regex("&#39;"), "'");
  decoded = std::regex_replace(decoded, std::regex("&quot;"), "\"");
  decoded = std::regex_replace(decoded, std::regex("&lt;"), "<");
  decoded = std::regex_replace(decoded, std::regex("&gt;"), ">");
  decoded = std::regex_replace(decoded, std::regex("&amp;"), "&");
  const auto confirmed =
      lene.PostForm("/maalbilleder/import/bekraeft",
                    {{"_csrf", lene.csrf_token()}, {"file_name", "maalinger.csv"}, {"content", decoded}});
  ASSERT_EQ(confirmed.status, 303) << confirmed.body;
  const auto page = lene.Get(indicator);
  EXPECT_THAT(page.body, HasSubstr("Længere ventetid"));
  EXPECT_THAT(page.body, HasSubstr("88,5 %"));
  EXPECT_THAT(page.body,
              HasSubstr("Rød uden kommentar: " +
                        domain::PeriodLabel(*domain::ParsePeriod(domain::Frequency::Monthly, MonthBefore(2))) +
                        " – Regionshospitalet Gødstrup"));
  // Someone who may not report gets an error per line.
  auto gorm = SignedInClient("gorm@rm.test");
  gorm.Get("/maalbilleder/import");
  const auto foreign = gorm.Request(
      "POST", "/maalbilleder/import",
      "--" + std::string(kGoalsBoundary) + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" +
          gorm.csrf_token() + "\r\n" +
          GoalsMultipart("m.csv", "indikator;periode;enhed;vaerdi\n" + id + ";" + DueMonth() + ";RHG;90\n"),
      headers);
  EXPECT_EQ(foreign.status, 422);
  EXPECT_THAT(foreign.body, HasSubstr("Du kan ikke indberette for indikator " + id));
}

TEST_F(Goals, TheApiTakesMeasurementsWithATokenIdempotentlyAndAnswersDanishErrors) {
  const auto indicator = MakeIndicator("Udredning pr. hospital", true);
  const auto token = CreateToken();
  ASSERT_FALSE(token.empty());
  const auto due = DueMonth();
  const std::string body = R"({"maalinger": [{"periode": ")" + due + R"(", "enhed": "AUH", "vaerdi": 88.5},
                                              {"periode": ")" +
                           due + R"(", "enhed": "RHG", "vaerdi": 70}]})";
  const auto created = Deliver(token, indicator, body);
  ASSERT_EQ(created.status, 200) << created.body;
  EXPECT_THAT(created.body, HasSubstr(R"("oprettet":2,"opdateret":0,"uaendret":0)"));
  EXPECT_THAT(created.body, HasSubstr("Regionshospitalet Gødstrup")) << "the red value without comment is named";
  // The owner unit's leader is told of the red value nobody has explained, once.
  const auto inbox = SignedInClient("lene@rm.test").Get("/beskeder").body;
  EXPECT_THAT(inbox, HasSubstr("Rød værdi uden kommentar: Udredning pr. hospital"));
  const auto again = Deliver(token, indicator, body);
  EXPECT_THAT(again.body, HasSubstr(R"("oprettet":0,"opdateret":0,"uaendret":2)"));
  const auto changed = Deliver(token, indicator, R"({"periode": ")" + due + R"(", "enhed": "AUH", "vaerdi": "89,5"})");
  EXPECT_THAT(changed.body, HasSubstr(R"("oprettet":0,"opdateret":1,"uaendret":0)"));
  const auto bad = Deliver(token, indicator,
                           R"({"maalinger": [{"periode": ")" + NextMonth() + R"(", "enhed": "AUH", "vaerdi": 1},
                                             {"periode": ")" +
                               due + R"(", "enhed": "FINDES", "vaerdi": 1},
                                             {"periode": ")" +
                               due + R"(", "enhed": "RHG", "vaerdi": 101},
                                             {"periode": ")" +
                               due + R"(", "enhed": "RHG"}]})");
  EXPECT_EQ(bad.status, 400) << "a measurement without a value is the wrong shape";
  const auto invalid = Deliver(token, indicator,
                               R"({"maalinger": [{"periode": ")" + NextMonth() + R"(", "enhed": "AUH", "vaerdi": 1},
                                                 {"periode": ")" +
                                   due + R"(", "enhed": "FINDES", "vaerdi": 1},
                                                 {"periode": ")" +
                                   due + R"(", "enhed": "RHG", "vaerdi": 101}]})");
  EXPECT_EQ(invalid.status, 422);
  EXPECT_THAT(invalid.body, HasSubstr(R"({"maaling":1,"felt":"periode")"));
  EXPECT_THAT(invalid.body,
              HasSubstr(R"({"maaling":2,"felt":"enhed","besked":"Enheden \"FINDES\" findes ikke i organisationen."})"));
  EXPECT_THAT(invalid.body, HasSubstr(R"({"maaling":3,"felt":"vaerdi")"));
  EXPECT_THAT(invalid.body, HasSubstr("\"fejl\":\"Målingerne er ikke gemt."));
  EXPECT_THAT(SignedInClient("lene@rm.test").Get(indicator).body, HasSubstr("89,5 %"))
      << "the refused delivery changed nothing";
  const auto after = SignedInClient("lene@rm.test").Get("/beskeder").body;
  EXPECT_EQ(after.find("Rød værdi uden kommentar"), after.rfind("Rød værdi uden kommentar")) << "told once";
  EXPECT_EQ(Deliver("", indicator, body).status, 401);
  EXPECT_EQ(Deliver("lpi_" + std::string(43, 'A'), indicator, body).status, 401);
  EXPECT_EQ(Deliver(token, "/maalbilleder/indikatorer/999999", body).status, 404);
  EXPECT_EQ(Deliver(token, indicator, "ikke json").status, 400);
}

}  // namespace
}  // namespace lp::testing
