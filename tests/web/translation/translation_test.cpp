// The translation pages over HTTP, on both databases: the pages, 403s, bad input that keeps what was
// typed, the 409 on a stale form, escaping of script and raw HTML, inheritance, MED and delegates.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/activation/activation_repository.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/translation/translation_repository.hpp"
#include "cli/demo_data.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

using Fields = std::vector<std::pair<std::string, std::string>>;

// Region (Rita leads) ─┬─ Afdeling (Lene leads; Nina works there) ─ Afsnit (Ole works there)
//                      └─ Andet sted (Carl works there)
class TranslationPages : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {
        {"RM", "Region", "", domain::UnitKind::Region},
        {"AFD", "Afdeling", "RM", domain::UnitKind::Department},
        {"AFS", "Afsnit", "AFD", domain::UnitKind::Section},
        {"AND", "Andet sted", "RM", domain::UnitKind::Department},
    };
    const std::vector<app::PersonRow> people = {
        {"E1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E2", "Lene", "Leder", "lene@rm.test", "Afdelingsleder", "AFD"},
        {"E3", "Nina", "Nielsen", "nina@rm.test", "Sygeplejerske", "AFD"},
        {"E4", "Ole", "Olsen", "ole@rm.test", "Portør", "AFS"},
        {"E5", "Carl", "Clausen", "carl@rm.test", "Portør", "AND"},
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AFD", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::Personaleleder},
    };
    const auto snapshot = SeedOrganisation({units, people, leaderships});
    afd_ = snapshot->organisation.FindUnitByExternalId("AFD")->id;
    afs_ = snapshot->organisation.FindUnitByExternalId("AFS")->id;
    nina_ = snapshot->organisation.FindPersonByEmployeeNo("E3")->id;
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("rita@rm.test", {Role::Leder}, "Rita Regionsen");
    CreateUser("nina@rm.test", {Role::Medarbejder}, "Nina Nielsen");
    CreateUser("ole@rm.test", {Role::Medarbejder}, "Ole Olsen");
    CreateUser("carl@rm.test", {Role::Medarbejder}, "Carl Clausen");
    CreateUser("nobody@rm.test", {Role::Redaktoer}, "Ikke Ansat");
  }

  std::string Path(domain::UnitId unit, const std::string& rest = "") {
    return "/organisation/enheder/" + std::to_string(unit) + "/oversaettelse" + rest;
  }

  // The hidden fields of the editor page as the browser would submit them.
  static std::string Hidden(const std::string& body, const std::string& name) {
    const auto marker = "name=\"" + name + "\" value=\"";
    const auto at = body.find(marker);
    if (at == std::string::npos) return "";
    const auto start = at + marker.size();
    return body.substr(start, body.find('"', start) - start);
  }

  Fields EditorFields(HttpClient& client, domain::UnitId unit) {
    const auto page = client.Get(Path(unit, "/rediger"));
    EXPECT_EQ(page.status, 200) << page.body;
    return {{"_csrf", client.csrf_token()},
            {"draft_id", Hidden(page.body, "draft_id")},
            {"revision", Hidden(page.body, "revision")},
            {"based_on", Hidden(page.body, "based_on")},
            {"theme_rows", "2"}};
  }

  static void AddTheme(Fields& fields, int n, const std::string& title, const std::string& value = "dialog") {
    const auto prefix = "theme-" + std::to_string(n) + "-";
    fields.emplace_back(prefix + "title", title);
    fields.emplace_back(prefix + "bullets", "Første punkt\nAndet punkt");
    fields.emplace_back(prefix + "employees", "Vi lytter.");
    fields.emplace_back(prefix + "leaders", "Du deler din viden.");
    if (!value.empty()) fields.emplace_back(prefix + "values", value);
    fields.emplace_back(prefix + "position", std::to_string(n));
  }

  void Publish(const std::string& email, domain::UnitId unit, const std::string& title) {
    auto client = SignedInClient(email);
    auto fields = EditorFields(client, unit);
    AddTheme(fields, 1, title);
    fields.emplace_back("action", "publish");
    const auto response = client.PostForm(Path(unit, "/rediger"), fields);
    ASSERT_EQ(response.status, 303) << response.body;
  }

  domain::UnitId afd_ = 0;
  domain::UnitId afs_ = 0;
  domain::PersonId nina_ = 0;
};

TEST_F(TranslationPages, ALeaderPublishesAndTheUnitAndTheUnitsBelowReadIt) {
  auto lene = SignedInClient("lene@rm.test");
  const auto none = lene.Get(Path(afd_));
  EXPECT_THAT(none.body, HasSubstr("Der er ingen udgivet oversættelse"));
  EXPECT_THAT(none.body, HasSubstr(">Skriv enhedens oversættelse</a>"));
  auto fields = EditorFields(lene, afd_);
  AddTheme(fields, 1, "Åben dialog");
  AddTheme(fields, 2, "Faglig stolthed", "dygtighed");
  fields.emplace_back("action", "publish");
  const auto published = lene.PostForm(Path(afd_, "/rediger"), fields);
  ASSERT_EQ(published.status, 303) << published.body;
  EXPECT_EQ(published.Header("location"), Path(afd_));
  const auto own = lene.Get(Path(afd_));
  EXPECT_THAT(own.body, HasSubstr("Version 1, udgivet"));
  EXPECT_THAT(own.body, HasSubstr(">Skriv en ny version</a>"));
  EXPECT_THAT(own.body, HasSubstr("Oversættelsen er udgivet"));

  auto nina = SignedInClient("nina@rm.test");
  const auto read = nina.Get(Path(afd_));
  EXPECT_EQ(read.status, 200);
  EXPECT_THAT(read.body, HasSubstr("Faglig stolthed"));
  EXPECT_THAT(read.body, HasSubstr("<li>Andet punkt</li>"));
  EXPECT_THAT(read.body, Not(HasSubstr("/rediger")));
  EXPECT_EQ(nina.Get(Path(afd_, "/rediger")).status, 403);
  EXPECT_EQ(nina.Get(Path(afd_, "/versioner")).status, 403);

  auto ole = SignedInClient("ole@rm.test");
  const auto inherited = ole.Get(Path(afs_));
  EXPECT_EQ(inherited.status, 200);
  EXPECT_THAT(inherited.body, HasSubstr("Enheden har ingen egen oversættelse; her er Afdelings"));
  EXPECT_THAT(inherited.body, HasSubstr("Åben dialog"));
  // "Vores oversættelse" goes to the person's own unit.
  EXPECT_EQ(ole.Get("/vores-oversaettelse").Header("location"), Path(afs_));

  auto carl = SignedInClient("carl@rm.test");
  const auto refused = carl.Get(Path(afd_));
  EXPECT_EQ(refused.status, 403);
  EXPECT_THAT(refused.body, HasSubstr("Du har ikke adgang til enhedens oversættelse"));

  auto rita = SignedInClient("rita@rm.test");
  EXPECT_EQ(rita.Get(Path(afd_, "/versioner")).status, 200);
  EXPECT_EQ(rita.Get(Path(afd_, "/versioner/1")).status, 200);
  EXPECT_EQ(rita.Get(Path(afd_, "/versioner/2")).status, 404);
  EXPECT_EQ(rita.Get(Path(afd_, "/rediger")).status, 403);
}

TEST_F(TranslationPages, BadInputIsRefusedNextToTheFieldAndKeepsWhatWasTyped) {
  auto lene = SignedInClient("lene@rm.test");
  auto fields = EditorFields(lene, afd_);
  fields.emplace_back("introduction", "Min indledning, der ikke må gå tabt");
  AddTheme(fields, 1, std::string(151, 'x'));
  AddTheme(fields, 2, "Uden værdi", "");
  fields.emplace_back("action", "publish");
  const auto refused = lene.PostForm(Path(afd_, "/rediger"), fields);
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Min indledning, der ikke må gå tabt"));
  EXPECT_THAT(refused.body, HasSubstr("Tema 1: Titlen må højst være 150 tegn"));
  EXPECT_THAT(refused.body, HasSubstr("href=\"#theme-1-title\""));
  EXPECT_THAT(refused.body, HasSubstr("id=\"theme-2-values-error\""));
  EXPECT_THAT(refused.body, HasSubstr("value=\"Uden værdi\""));
  EXPECT_THAT(refused.body, HasSubstr(">\nFørste punkt\nAndet punkt</textarea>"));  // line breaks kept
  // "Tilføj tema" re-renders with one more row and keeps the text.
  Fields add = EditorFields(lene, afd_);
  AddTheme(add, 1, "Et tema");
  add.emplace_back("action", "add-theme");
  const auto more = lene.PostForm(Path(afd_, "/rediger"), add);
  EXPECT_EQ(more.status, 200);
  EXPECT_THAT(more.body, HasSubstr("value=\"Et tema\""));
  EXPECT_THAT(more.body, HasSubstr("name=\"theme-3-title\""));
  // MED: a date in the future.
  const auto med = lene.Get(Path(afd_, "/med"));
  ASSERT_EQ(med.status, 200);
  const auto future = lene.PostForm(
      Path(afd_, "/med"),
      {{"_csrf", lene.csrf_token()}, {"held_on", "2200-01-01"}, {"committee", "LokalMED"}, {"remarks", "Noter"}});
  EXPECT_EQ(future.status, 422);
  EXPECT_THAT(future.body, HasSubstr("Datoen skal ligge mellem 01.01.2020 og i dag"));
  EXPECT_THAT(future.body, HasSubstr("Noter"));
}

// Issue 14: every text area of the editor and the MED form shows its text exactly as saved, and
// again after a validation error (a browser drops the one line break that follows <textarea>).
TEST_F(TranslationPages, EveryTextAreaKeepsItsLineBreaksWhenEditedAgain) {
  const std::string text = "Første afsnit.\nAnden linje.\n\n- punkt et\n- punkt to";
  const std::string bullets = "Første punkt\nAndet punkt\nTredje punkt";
  auto lene = SignedInClient("lene@rm.test");
  auto fields = EditorFields(lene, afd_);
  fields.emplace_back("introduction", text);
  fields.emplace_back("theme-1-title", "Åben dialog");
  fields.emplace_back("theme-1-bullets", bullets);
  fields.emplace_back("theme-1-employees", text);
  fields.emplace_back("theme-1-leaders", text);
  fields.emplace_back("theme-1-values", "dialog");
  fields.emplace_back("theme-1-position", "1");
  fields.emplace_back("action", "save");
  ASSERT_EQ(lene.PostForm(Path(afd_, "/rediger"), fields).status, 303);
  const auto form = lene.Get(Path(afd_, "/rediger"));
  EXPECT_THAT(form.body, HasSubstr("aria-describedby=\"introduction-hint\">\n" + text + "</textarea>"));
  EXPECT_THAT(form.body, HasSubstr("aria-describedby=\"theme-1-bullets-hint\">\n" + bullets + "</textarea>"));
  EXPECT_THAT(form.body, HasSubstr("aria-describedby=\"theme-1-employees-hint\">\n" + text + "</textarea>"));
  EXPECT_THAT(form.body, HasSubstr("aria-describedby=\"theme-1-leaders-hint\">\n" + text + "</textarea>"));
  auto refused_fields = EditorFields(lene, afd_);
  refused_fields.emplace_back("introduction", text);
  refused_fields.emplace_back("theme-1-title", std::string(151, 'x'));
  refused_fields.emplace_back("theme-1-bullets", bullets);
  refused_fields.emplace_back("theme-1-employees", text);
  refused_fields.emplace_back("theme-1-leaders", text);
  refused_fields.emplace_back("theme-1-position", "1");
  refused_fields.emplace_back("action", "save");
  const auto refused = lene.PostForm(Path(afd_, "/rediger"), refused_fields);
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("aria-describedby=\"introduction-hint\">\n" + text + "</textarea>"));
  EXPECT_THAT(refused.body, HasSubstr("aria-describedby=\"theme-1-bullets-hint\">\n" + bullets + "</textarea>"));
  EXPECT_THAT(refused.body, HasSubstr("aria-describedby=\"theme-1-employees-hint\">\n" + text + "</textarea>"));
  EXPECT_THAT(refused.body, HasSubstr("aria-describedby=\"theme-1-leaders-hint\">\n" + text + "</textarea>"));

  // The MED remarks come back after an error (a saved discussion is listed, not edited).
  ASSERT_EQ(lene.Get(Path(afd_, "/med")).status, 200);
  const auto med = lene.PostForm(
      Path(afd_, "/med"),
      {{"_csrf", lene.csrf_token()}, {"held_on", "2200-01-01"}, {"committee", "LokalMED"}, {"remarks", text}});
  EXPECT_EQ(med.status, 422);
  EXPECT_THAT(med.body, HasSubstr("aria-describedby=\"remarks-hint\">\n" + text + "</textarea>"));
}

TEST_F(TranslationPages, AStaleFormIsA409ThatKeepsTheTextAndLinksToTheCurrentVersion) {
  auto lene = SignedInClient("lene@rm.test");
  auto first = EditorFields(lene, afd_);
  AddTheme(first, 1, "Kladde 1");
  first.emplace_back("action", "save");
  ASSERT_EQ(lene.PostForm(Path(afd_, "/rediger"), first).status, 303);
  auto stale = EditorFields(lene, afd_);
  auto fresh = EditorFields(lene, afd_);
  AddTheme(fresh, 1, "Kladde 2");
  fresh.emplace_back("action", "save");
  ASSERT_EQ(lene.PostForm(Path(afd_, "/rediger"), fresh).status, 303);
  AddTheme(stale, 1, "Min tekst fra en gammel fane");
  stale.emplace_back("action", "save");
  const auto conflict = lene.PostForm(Path(afd_, "/rediger"), stale);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_THAT(conflict.body, HasSubstr("har gemt en nyere udgave af kladden"));
  EXPECT_THAT(conflict.body, HasSubstr("Min tekst fra en gammel fane"));
  EXPECT_THAT(conflict.body, HasSubstr("Se oversættelsen og kladdens status"));
  // The re-rendered form carries the current revision: saving again is a deliberate overwrite.
  Fields again = {{"_csrf", lene.csrf_token()},
                  {"draft_id", Hidden(conflict.body, "draft_id")},
                  {"revision", Hidden(conflict.body, "revision")},
                  {"based_on", Hidden(conflict.body, "based_on")},
                  {"theme_rows", "1"}};
  AddTheme(again, 1, "Min tekst fra en gammel fane");
  again.emplace_back("action", "save");
  EXPECT_EQ(lene.PostForm(Path(afd_, "/rediger"), again).status, 303);
}

TEST_F(TranslationPages, ThemesAreRemovedAndReorderedWithoutJavaScript) {
  auto lene = SignedInClient("lene@rm.test");
  auto fields = EditorFields(lene, afd_);
  fields[4].second = "3";  // theme_rows
  AddTheme(fields, 1, "Første");
  AddTheme(fields, 2, "Anden");
  AddTheme(fields, 3, "Tredje");
  fields.emplace_back("theme-2-remove", "1");
  for (auto& [name, value] : fields) {
    if (name == "theme-3-position") value = "1";
  }
  fields.emplace_back("action", "save");
  ASSERT_EQ(lene.PostForm(Path(afd_, "/rediger"), fields).status, 303);
  EXPECT_THAT(lene.Get(Path(afd_)).body, HasSubstr(">Rediger kladden</a>"));
  const auto page = lene.Get(Path(afd_, "/rediger"));
  const auto third = page.body.find("value=\"Tredje\"");
  const auto first = page.body.find("value=\"Første\"");
  ASSERT_NE(third, std::string::npos);
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(third, first);
  EXPECT_THAT(page.body, Not(HasSubstr("value=\"Anden\"")));
  EXPECT_THAT(page.body,
              HasSubstr("id=\"theme-1-title\" name=\"theme-1-title\" class=\"form-input\" value=\"Tredje\""));
}

TEST_F(TranslationPages, ScriptAndRawHtmlAreShownAsText) {
  auto lene = SignedInClient("lene@rm.test");
  auto fields = EditorFields(lene, afd_);
  fields.emplace_back("introduction", "<script>alert(1)</script> og [link](javascript:alert(2))");
  AddTheme(fields, 1, "<b>Fed titel</b>");
  fields.emplace_back("action", "publish");
  ASSERT_EQ(lene.PostForm(Path(afd_, "/rediger"), fields).status, 303);
  const auto page = lene.Get(Path(afd_));
  EXPECT_THAT(page.body, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(page.body, Not(HasSubstr("<b>Fed titel</b>")));
  EXPECT_THAT(page.body, Not(HasSubstr("href=\"javascript:")));
  EXPECT_THAT(page.body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(page.body, HasSubstr("&lt;b&gt;Fed titel&lt;/b&gt;"));
}

TEST_F(TranslationPages, MedDiscussionsAreRecordedAndListed) {
  Publish("lene@rm.test", afd_, "Tema");
  auto lene = SignedInClient("lene@rm.test");
  ASSERT_EQ(lene.Get(Path(afd_, "/med")).status, 200);
  const auto recorded = lene.PostForm(Path(afd_, "/med"), {{"_csrf", lene.csrf_token()},
                                                           {"held_on", "2024-05-02"},
                                                           {"committee", "LokalMED Afdeling"},
                                                           {"remarks", "Godt modtaget"}});
  ASSERT_EQ(recorded.status, 303) << recorded.body;
  EXPECT_THAT(lene.Get(Path(afd_, "/med")).body, HasSubstr("LokalMED Afdeling"));
  auto nina = SignedInClient("nina@rm.test");
  EXPECT_THAT(nina.Get(Path(afd_)).body, HasSubstr("02.05.2024: LokalMED Afdeling (version 1)"));
  EXPECT_EQ(nina.Get(Path(afd_, "/med")).status, 403);
  EXPECT_EQ(
      nina.PostForm(Path(afd_, "/med"), {{"_csrf", nina.csrf_token()}, {"held_on", "2024-05-02"}, {"committee", "X"}})
          .status,
      403);
}

TEST_F(TranslationPages, VoresOversaettelseExplainsALoginThatIsNoPerson) {
  auto nobody = SignedInClient("nobody@rm.test");
  const auto page = nobody.Get("/vores-oversaettelse");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Dit login hører ikke til en person i organisationen"));
  EXPECT_THAT(page.body, HasSubstr("href=\"/vores-oversaettelse\""));  // the navigation entry
}

TEST_F(TranslationPages, TheUnitPageListsDelegatesAndLetsTheLeaderManageThem) {
  auto lene = SignedInClient("lene@rm.test");
  const auto unit_path = "/organisation/enheder/" + std::to_string(afd_);
  const auto page = lene.Get(unit_path);
  EXPECT_THAT(page.body, HasSubstr("Der gælder ingen oversættelse af ledelsesgrundlaget for enheden endnu."));
  EXPECT_THAT(page.body, HasSubstr(">Skriv eller ret enhedens oversættelse</a>"));
  EXPECT_THAT(page.body, HasSubstr(">MED-drøftelser</a>"));
  EXPECT_THAT(page.body, HasSubstr("Enheden har ingen stedfortrædere"));
  const auto unknown =
      lene.PostForm(unit_path + "/stedfortraedere", {{"_csrf", lene.csrf_token()}, {"employee_no", "E-UKENDT"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_THAT(unknown.body, HasSubstr("Der er ingen medarbejder med medarbejdernummer E-UKENDT"));
  EXPECT_THAT(unknown.body, HasSubstr("value=\"E-UKENDT\""));
  const auto added =
      lene.PostForm(unit_path + "/stedfortraedere", {{"_csrf", lene.csrf_token()}, {"person", std::to_string(nina_)}});
  EXPECT_EQ(added.status, 303);
  EXPECT_THAT(lene.Get(unit_path).body, HasSubstr("Fjern<span class=\"sr-only\"> Nina Nielsen"));
  // Nina, now a delegate, may edit the translation, and sees who the delegates are but cannot manage.
  auto nina = SignedInClient("nina@rm.test");
  EXPECT_EQ(nina.Get(Path(afd_, "/rediger")).status, 200);
  const auto as_nina = nina.Get(unit_path);
  EXPECT_THAT(as_nina.body, HasSubstr("Stedfortrædere"));
  EXPECT_THAT(as_nina.body, Not(HasSubstr("Tilføj stedfortræder")));
  EXPECT_EQ(nina.PostForm(unit_path + "/stedfortraedere/fjern",
                          {{"_csrf", nina.csrf_token()}, {"person", std::to_string(nina_)}})
                .status,
            403);
  lene.Get(unit_path);
  EXPECT_EQ(lene.PostForm(unit_path + "/stedfortraedere/fjern",
                          {{"_csrf", lene.csrf_token()}, {"person", std::to_string(nina_)}})
                .status,
            303);
  EXPECT_EQ(nina.Get(Path(afd_, "/rediger")).status, 403);
  // Carl, elsewhere, sees neither the delegates nor the translation link.
  auto carl = SignedInClient("carl@rm.test");
  const auto as_carl = carl.Get(unit_path);
  EXPECT_THAT(as_carl.body, Not(HasSubstr("Stedfortrædere")));
  EXPECT_THAT(as_carl.body, Not(HasSubstr("Enhedens oversættelse")));
}

class DemoTranslation : public PortalTest {};

TEST_F(DemoTranslation, TheDemoPublishesTheRegionssekretariatsTranslationAndLeavesLedersUnitWithout) {
  const auto first = cli::LoadDemoData(portal().store(), portal().auth(), cli::DemoSize::Small);
  EXPECT_TRUE(first.translation_published);
  EXPECT_FALSE(cli::LoadDemoData(portal().store(), portal().auth(), cli::DemoSize::Small).translation_published);
  portal().organisation().Reload();
  const auto snapshot = portal().organisation().Current();
  const auto* secretariat = snapshot->organisation.FindUnitByExternalId(cli::kDemoTranslationUnit);
  ASSERT_NE(secretariat, nullptr);
  EXPECT_EQ(secretariat->name, "Regionssekretariatet");

  auto leder = Client();
  leder.Get("/log-ind");
  ASSERT_EQ(leder
                .PostForm("/log-ind", {{"email", "leder@demo.ledelsesportal.dk"},
                                       {"password", std::string(cli::kDemoPassword)},
                                       {"_csrf", leder.csrf_token()}})
                .status,
            303);
  const auto mine = leder.Get("/vores-oversaettelse");
  ASSERT_EQ(mine.status, 303);
  const auto own = leder.Get(mine.Header("location"));
  EXPECT_EQ(own.status, 200);
  EXPECT_THAT(own.body, HasSubstr("Der er ingen udgivet oversættelse"));
  EXPECT_THAT(own.body, HasSubstr("Ortopædkirurgi"));

  const auto page = leder.Get("/organisation/enheder/" + std::to_string(secretariat->id) + "/oversaettelse");
  // leder@ is not in the Regionssekretariat's chain: the page is not for them.
  EXPECT_EQ(page.status, 403);
  auto top = Client();
  top.Get("/log-ind");
  ASSERT_EQ(top.PostForm("/log-ind", {{"email", "koncernledelse@demo.ledelsesportal.dk"},
                                      {"password", std::string(cli::kDemoPassword)},
                                      {"_csrf", top.csrf_token()}})
                .status,
            303);
  const auto as_top = top.Get("/organisation/enheder/" + std::to_string(secretariat->id) + "/oversaettelse");
  EXPECT_EQ(as_top.status, 200);
  EXPECT_THAT(as_top.body, HasSubstr("Version 1, udgivet 04.06.2026"));
  EXPECT_THAT(as_top.body, HasSubstr("Udvikling, nytænkning og plads til dristighed"));
  EXPECT_THAT(as_top.body, HasSubstr("18.06.2026: LokalMED for Regionssekretariatet (version 1)"));
}

TEST_F(DemoTranslation, TheDemoSpreadsPlansAndTranslationsOverTheRegionButLeavesLedersChainToTheExamples) {
  cli::LoadDemoData(portal().store(), portal().auth(), cli::DemoSize::Small);
  portal().organisation().Reload();
  const auto snapshot = portal().organisation().Current();
  const auto& organisation = snapshot->organisation;
  const auto* department = organisation.FindUnitByExternalId("AUH-C1-A1");
  ASSERT_NE(department, nullptr);
  portal().store().Read([&](app::Transaction& tx) {
    const auto rounds = tx.Get<app::ActivationRepository>().ListRounds();
    EXPECT_EQ(rounds.size(), 1U);
    if (rounds.empty()) return 0;
    const auto summaries =
        tx.Get<app::ActivationRepository>().SummariesOfRound(rounds.front().id, std::chrono::year{2026} / 12 / 1);
    // Far more than the seven hand-made plans, in every area.
    EXPECT_GT(summaries.size(), 20U);
    for (const auto* area : {"HOSP", "PSY", "SOC", "RU", "ADM"}) {
      const auto* unit = organisation.FindUnitByExternalId(area);
      if (unit == nullptr) {
        ADD_FAILURE() << "no area " << area;
        continue;
      }
      const auto below = std::ranges::count_if(summaries, [&](const app::UnitPlanSummary& summary) {
        return summary.unit != unit->id && organisation.IsInSubtree(summary.unit, unit->id);
      });
      EXPECT_GT(below, 0) << area;
    }
    // leder@'s department keeps its hand-made plan, and nothing above it has a translation to inherit.
    for (const auto* above = department; above != nullptr;
         above = above->parent ? organisation.FindUnit(*above->parent) : nullptr) {
      EXPECT_FALSE(tx.Get<app::TranslationRepository>().LatestPublished(above->id).has_value()) << above->name;
    }
    const auto published = tx.Get<app::TranslationRepository>().LatestNumbers([&] {
      std::vector<domain::UnitId> all;
      for (const auto& unit : organisation.Units()) all.push_back(unit.id);
      return all;
    }());
    EXPECT_GT(published.size(), 10U);
    return 0;
  });
}

}  // namespace
}  // namespace lp::testing
