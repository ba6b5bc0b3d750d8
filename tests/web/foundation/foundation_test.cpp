// The regional leadership foundation over HTTP, on both databases: the overview, documents, versions
// and comparisons for everyone signed in; the edit form for region-wide editors (403 for others),
// with bad input (422, Danish messages, the text kept), conflicts (409, the text kept) and Markdown
// that tries to inject script.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/organisation/organisation_repository.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// The value of the form field `name` (input value="…") in a page, as HTML-escaped text.
std::string FieldValue(const std::string& body, const std::string& name) {
  const auto at = body.find("name=\"" + name + "\"");
  if (at == std::string::npos) return "<missing>";
  const auto tag_end = body.find('>', at);
  const std::string marker = "value=\"";
  const auto value = body.find(marker, at);
  if (value == std::string::npos || value > tag_end) return "<missing>";
  const auto start = value + marker.size();
  return body.substr(start, body.find('"', start) - start);
}

// The textarea's content, as a browser reads it (without the one line break that follows <textarea>).
std::string TextareaContent(const std::string& body) {
  const auto open = body.find("<textarea");
  if (open == std::string::npos) return "<missing>";
  auto start = body.find('>', open) + 1;
  if (body.compare(start, 1, "\n") == 0) ++start;
  return body.substr(start, body.find("</textarea>", start) - start);
}

using Fields = std::vector<std::pair<std::string, std::string>>;

class FoundationPages : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const auto snapshot = SeedOrganisation({{{"RM", "Region Midtjylland", "", domain::UnitKind::Region},
                                             {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital}},
                                            {},
                                            {}});
    const auto auh = snapshot->organisation.FindUnitByExternalId("AUH")->id;
    CreateUser("mads@rm.test", {Role::Medarbejder}, "Mads Medarbejder");
    CreateUser("rita@rm.test", {Role::Redaktoer}, "Rita Redaktør");
    CreateUser("admin@rm.test", {Role::Administrator}, "Anders Admin");
    auto scoped = portal().auth().CreateAccount({"lokal@rm.test", "Lone Lokal", {Role::Redaktoer}, kPassword},
                                                {{Role::Redaktoer, auh}});
    ASSERT_TRUE(scoped.ok());
  }

  // Opens the edit page and posts its form with the given text and action.
  static HttpResponse Submit(HttpClient& client, const std::string& slug, const std::string& title,
                             const std::string& body, const std::string& action) {
    const auto page = client.Get("/ledelsesgrundlag/" + slug + "/rediger");
    EXPECT_EQ(page.status, 200);
    return client.PostForm("/ledelsesgrundlag/" + slug + "/rediger", FormFrom(client, page.body, title, body, action));
  }
  static Fields FormFrom(const HttpClient& client, const std::string& page, const std::string& title,
                         const std::string& body, const std::string& action) {
    return {{"_csrf", client.csrf_token()},
            {"draft", FieldValue(page, "draft")},
            {"revision", FieldValue(page, "revision")},
            {"based_on", FieldValue(page, "based_on")},
            {"title", title},
            {"body", body},
            {"action", action}};
  }

  long long CountAudit(const std::string& action) {
    const auto events =
        portal().store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(1000); });
    return std::count_if(events.begin(), events.end(), [&](const app::AuditEvent& e) { return e.action == action; });
  }
};

TEST_F(FoundationPages, ShowsEveryEmployeeTheOverviewWithTheRolePages) {
  auto client = SignedInClient("mads@rm.test");
  const auto start = client.Get("/");
  EXPECT_THAT(start.body, HasSubstr("href=\"/ledelsesgrundlag\""));
  const auto page = client.Get("/ledelsesgrundlag");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("<h1>Ledelsesgrundlaget</h1>"));
  EXPECT_THAT(page.body, HasSubstr("Hvad betyder det for mig?"));
  for (const auto* slug : {"for-leder", "for-medarbejder", "for-med"}) {
    EXPECT_THAT(page.body, HasSubstr("href=\"/ledelsesgrundlag/" + std::string(slug) + "\"")) << slug;
  }
  for (const auto* slug : {"vaerdier", "forventninger", "ledelsesopgave", "demokratisk-grundlag"}) {
    EXPECT_THAT(page.body, HasSubstr("href=\"#" + std::string(slug) + "\"")) << slug;
    EXPECT_THAT(page.body, HasSubstr("id=\"" + std::string(slug) + "\"")) << slug;
  }
  EXPECT_THAT(page.body, HasSubstr("Dialog, dygtighed og dristighed"));
  EXPECT_THAT(page.body, HasSubstr("<h3>Dygtighed</h3>"));
  EXPECT_THAT(page.body, HasSubstr("Målopfyldelse"));
  EXPECT_THAT(page.body, Not(HasSubstr("/rediger")));
  EXPECT_EQ(client.Get("/ledelsesgrundlag").status, 200);
  EXPECT_EQ(Client().Get("/ledelsesgrundlag").status, 303) << "signed out: to the login page";
}

TEST_F(FoundationPages, ShowsEachDocumentItsVersionsAndTheFirstVersionsComparison) {
  auto client = SignedInClient("mads@rm.test");
  const auto document = client.Get("/ledelsesgrundlag/for-medarbejder");
  ASSERT_EQ(document.status, 200);
  EXPECT_THAT(document.body, HasSubstr("<h1>Hvad betyder det for mig som medarbejder?</h1>"));
  EXPECT_THAT(document.body, HasSubstr("Version 1, udgivet "));
  EXPECT_THAT(document.body, HasSubstr("Ledelsesportalen (standardtekst)"));
  EXPECT_THAT(document.body, Not(HasSubstr("Rediger")));
  const auto versions = client.Get("/ledelsesgrundlag/for-medarbejder/versioner");
  ASSERT_EQ(versions.status, 200);
  EXPECT_THAT(versions.body, HasSubstr("href=\"/ledelsesgrundlag/for-medarbejder/versioner/1\""));
  EXPECT_THAT(versions.body, HasSubstr("Gældende"));
  const auto first = client.Get("/ledelsesgrundlag/for-medarbejder/versioner/1");
  ASSERT_EQ(first.status, 200);
  EXPECT_THAT(first.body, HasSubstr("Det er den gældende version."));
  const auto compare = client.Get("/ledelsesgrundlag/for-medarbejder/versioner/1/sammenlign");
  ASSERT_EQ(compare.status, 200);
  EXPECT_THAT(compare.body, HasSubstr("er den første version"));
  EXPECT_EQ(client.Get("/ledelsesgrundlag/ukendt").status, 404);
  EXPECT_EQ(client.Get("/ledelsesgrundlag/ukendt/versioner").status, 404);
  EXPECT_EQ(client.Get("/ledelsesgrundlag/vaerdier/versioner/2").status, 404);
  EXPECT_EQ(client.Get("/ledelsesgrundlag/vaerdier/versioner/99999999999/sammenlign").status, 404);
}

TEST_F(FoundationPages, RefusesEditingToEmployeesAndScopedEditors) {
  for (const auto* email : {"mads@rm.test", "lokal@rm.test"}) {
    auto client = SignedInClient(email);
    EXPECT_EQ(client.Get("/ledelsesgrundlag/vaerdier/rediger").status, 403) << email;
    const auto post = client.PostForm("/ledelsesgrundlag/vaerdier/rediger", {{"_csrf", client.csrf_token()},
                                                                             {"draft", ""},
                                                                             {"revision", "0"},
                                                                             {"based_on", "1"},
                                                                             {"title", "Hacket"},
                                                                             {"body", "Hacket"},
                                                                             {"action", "udgiv"}});
    EXPECT_EQ(post.status, 403) << email;
    const auto discard = client.PostForm("/ledelsesgrundlag/vaerdier/rediger/kasser",
                                         {{"_csrf", client.csrf_token()}, {"draft", "1"}, {"revision", "1"}});
    EXPECT_EQ(discard.status, 403) << email;
    EXPECT_THAT(client.Get("/ledelsesgrundlag/vaerdier").body, Not(HasSubstr("/rediger"))) << email;
  }
  EXPECT_EQ(CountAudit("foundation.published"), 0);
  EXPECT_THAT(SignedInClient("mads@rm.test").Get("/ledelsesgrundlag/vaerdier").body,
              HasSubstr("<h1>Dialog, dygtighed og dristighed</h1>"));
}

TEST_F(FoundationPages, LetsAnEditorSaveADraftThatReadersDoNotSeeAndPublishIt) {
  auto editor = SignedInClient("rita@rm.test");
  auto reader = SignedInClient("mads@rm.test");
  const auto document = editor.Get("/ledelsesgrundlag/vaerdier");
  EXPECT_THAT(document.body, HasSubstr("href=\"/ledelsesgrundlag/vaerdier/rediger\""));
  // On its own page the title is the h1 and the sections (## in the text) are h2, with no level skipped.
  EXPECT_THAT(document.body, HasSubstr("<h2>Dygtighed</h2>"));
  EXPECT_THAT(editor.Get("/ledelsesgrundlag/vaerdier/versioner/1").body, HasSubstr("<h2>Dygtighed</h2>"));
  const auto form = editor.Get("/ledelsesgrundlag/vaerdier/rediger");
  ASSERT_EQ(form.status, 200);
  EXPECT_THAT(TextareaContent(form.body), HasSubstr("## Dialog"));
  EXPECT_EQ(FieldValue(form.body, "title"), "Dialog, dygtighed og dristighed");
  EXPECT_EQ(FieldValue(form.body, "based_on"), "1");
  EXPECT_THAT(form.body, HasSubstr("Forhåndsvisning"));

  const auto saved = editor.PostForm("/ledelsesgrundlag/vaerdier/rediger",
                                     FormFrom(editor, form.body, "Vores værdier", "## Dialog\n\nKladdetekst", "gem"));
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("location"), "/ledelsesgrundlag/vaerdier/rediger");
  const auto draft_form = editor.Get("/ledelsesgrundlag/vaerdier/rediger");
  EXPECT_THAT(draft_form.body, HasSubstr("Kladden er gemt"));
  EXPECT_THAT(draft_form.body, HasSubstr("Du arbejder i dokumentets kladde"));
  EXPECT_THAT(draft_form.body, HasSubstr("Kassér kladde"));
  EXPECT_EQ(TextareaContent(draft_form.body), "## Dialog\n\nKladdetekst");
  EXPECT_THAT(editor.Get("/ledelsesgrundlag/vaerdier").body, HasSubstr("Der er en kladde til dokumentet"));

  const auto reader_page = reader.Get("/ledelsesgrundlag/vaerdier");
  EXPECT_THAT(reader_page.body, Not(HasSubstr("Kladdetekst")));
  EXPECT_THAT(reader_page.body, Not(HasSubstr("Vores værdier")));
  EXPECT_THAT(reader_page.body, Not(HasSubstr("kladde")));
  EXPECT_THAT(reader.Get("/ledelsesgrundlag").body, Not(HasSubstr("Kladdetekst")));

  const auto published =
      editor.PostForm("/ledelsesgrundlag/vaerdier/rediger",
                      FormFrom(editor, draft_form.body, "Vores værdier", "## Dialog\n\nUdgivet tekst", "udgiv"));
  ASSERT_EQ(published.status, 303) << published.body;
  EXPECT_EQ(published.Header("location"), "/ledelsesgrundlag/vaerdier");
  const auto now = reader.Get("/ledelsesgrundlag/vaerdier");
  EXPECT_THAT(now.body, HasSubstr("<h1>Vores værdier</h1>"));
  EXPECT_THAT(now.body, HasSubstr("Udgivet tekst"));
  EXPECT_THAT(now.body, HasSubstr("Version 2, udgivet"));
  EXPECT_THAT(now.body, HasSubstr("Rita Redaktør"));
  const auto old = reader.Get("/ledelsesgrundlag/vaerdier/versioner/1");
  EXPECT_THAT(old.body, HasSubstr("Dette er ikke den gældende version"));
  EXPECT_THAT(old.body, HasSubstr("<h1>Dialog, dygtighed og dristighed</h1>"));
  const auto compare = reader.Get("/ledelsesgrundlag/vaerdier/versioner/2/sammenlign");
  ASSERT_EQ(compare.status, 200);
  EXPECT_THAT(compare.body, HasSubstr("<ins>Udgivet tekst</ins>"));
  EXPECT_THAT(compare.body, HasSubstr("<strong>Tilføjet</strong>"));
  EXPECT_THAT(compare.body, HasSubstr("<strong>Fjernet</strong>"));
  EXPECT_THAT(compare.body, HasSubstr("<del>Vi taler åbent og ærligt sammen"));
  EXPECT_THAT(compare.body, HasSubstr("<del>Dialog, dygtighed og dristighed</del>")) << "the title change";
  // Any two versions: the picker offers the others, and ?med= compares with the one chosen.
  EXPECT_THAT(compare.body, HasSubstr("<option value=\"1\" selected>Version 1</option>"));
  const auto backwards = reader.Get("/ledelsesgrundlag/vaerdier/versioner/1/sammenlign?med=2");
  ASSERT_EQ(backwards.status, 200);
  EXPECT_THAT(backwards.body, HasSubstr("sammenlignet med version 2"));
  EXPECT_THAT(backwards.body, HasSubstr("<del>Udgivet tekst</del>"));
  EXPECT_EQ(reader.Get("/ledelsesgrundlag/vaerdier/versioner/2/sammenlign?med=2").status, 404);
  EXPECT_EQ(reader.Get("/ledelsesgrundlag/vaerdier/versioner/2/sammenlign?med=7").status, 404);
  EXPECT_EQ(reader.Get("/ledelsesgrundlag/vaerdier/versioner/2/sammenlign?med=x").status, 404);
  EXPECT_EQ(CountAudit("foundation.draft_saved"), 1);
  EXPECT_EQ(CountAudit("foundation.published"), 1);
}

TEST_F(FoundationPages, KeepsTheTextAndExplainsBadInputInDanish) {
  auto editor = SignedInClient("admin@rm.test");
  const std::string typed = "Min tekst med <b>tegn</b> & mere";
  const auto empty_title = Submit(editor, "forventninger", "   ", typed, "gem");
  EXPECT_EQ(empty_title.status, 422);
  EXPECT_THAT(empty_title.body, HasSubstr("Skriv en titel."));
  EXPECT_THAT(empty_title.body, HasSubstr("href=\"#title\""));
  EXPECT_THAT(empty_title.body, HasSubstr("aria-invalid=\"true\""));
  EXPECT_EQ(TextareaContent(empty_title.body), "Min tekst med &lt;b&gt;tegn&lt;/b&gt; &amp; mere");

  // Issue 14: line breaks and lists come back exactly (the markup holds the one line break a browser
  // drops after <textarea>, then the text).
  const std::string lines = "Første afsnit.\nAnden linje.\n\n- punkt et\n- punkt to";
  const auto kept_lines = Submit(editor, "forventninger", "", lines, "gem");
  EXPECT_EQ(kept_lines.status, 422);
  EXPECT_THAT(kept_lines.body, HasSubstr(">\n" + lines + "</textarea>"));

  const std::string long_body(50'001, 'a');
  const auto too_long = Submit(editor, "forventninger", "En titel", long_body, "udgiv");
  EXPECT_EQ(too_long.status, 422);
  EXPECT_THAT(too_long.body, HasSubstr("Teksten må højst være 50.000 tegn"));
  EXPECT_THAT(too_long.body, HasSubstr("der står 50.001."));
  EXPECT_EQ(TextareaContent(too_long.body), long_body);
  EXPECT_EQ(FieldValue(too_long.body, "title"), "En titel");

  const auto empty_body = Submit(editor, "forventninger", "En titel", "\n  \n", "forhaandsvis");
  EXPECT_EQ(empty_body.status, 422);
  EXPECT_THAT(empty_body.body, HasSubstr("Skriv teksten."));

  const auto preview = Submit(editor, "forventninger", "Forhåndsvist", "## Overskrift\n\nAfsnit", "forhaandsvis");
  EXPECT_EQ(preview.status, 200);
  EXPECT_THAT(preview.body, HasSubstr("<h3>Overskrift</h3>"));
  EXPECT_THAT(preview.body, HasSubstr("Den er ikke gemt endnu."));
  EXPECT_EQ(CountAudit("foundation.draft_saved") + CountAudit("foundation.published"), 0);

  EXPECT_EQ(
      editor
          .PostForm(
              "/ledelsesgrundlag/forventninger/rediger",
              {{"_csrf", editor.csrf_token()}, {"revision", "x"}, {"title", "T"}, {"body", "B"}, {"action", "gem"}})
          .status,
      400);
  EXPECT_EQ(editor
                .PostForm("/ledelsesgrundlag/forventninger/rediger", {{"_csrf", editor.csrf_token()},
                                                                      {"revision", "0"},
                                                                      {"based_on", "1"},
                                                                      {"title", "T"},
                                                                      {"body", "B"},
                                                                      {"action", "slet"}})
                .status,
            400);
}

TEST_F(FoundationPages, AnswersAStaleDraftWith409AndKeepsTheText) {
  auto rita = SignedInClient("rita@rm.test");
  auto anders = SignedInClient("admin@rm.test");
  ASSERT_EQ(Submit(rita, "ledelsesopgave", "Opgaven", "Første kladde", "gem").status, 303);
  const auto ritas_page = rita.Get("/ledelsesgrundlag/ledelsesopgave/rediger");
  ASSERT_EQ(Submit(anders, "ledelsesopgave", "Opgaven", "Anders' kladde", "gem").status, 303);
  const auto stale = rita.PostForm("/ledelsesgrundlag/ledelsesopgave/rediger",
                                   FormFrom(rita, ritas_page.body, "Opgaven", "Ritas ændring", "gem"));
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("En anden har ændret eller kasseret kladden"));
  EXPECT_THAT(stale.body, HasSubstr("Din tekst er ikke gemt"));
  EXPECT_EQ(TextareaContent(stale.body), "Ritas ændring");
  EXPECT_NE(FieldValue(stale.body, "revision"), FieldValue(ritas_page.body, "revision"))
      << "the form now names the draft as it is, so that saving again is a choice";
  EXPECT_EQ(TextareaContent(anders.Get("/ledelsesgrundlag/ledelsesopgave/rediger").body), "Anders&#39; kladde");

  // Saving again from the conflict page replaces the draft knowingly.
  const auto again = rita.PostForm("/ledelsesgrundlag/ledelsesopgave/rediger",
                                   FormFrom(rita, stale.body, "Opgaven", "Ritas ændring", "gem"));
  EXPECT_EQ(again.status, 303);

  // Discarding with a stale revision is refused too.
  const auto discard = anders.PostForm(
      "/ledelsesgrundlag/ledelsesopgave/rediger/kasser",
      {{"_csrf", anders.csrf_token()}, {"draft", FieldValue(ritas_page.body, "draft")}, {"revision", "1"}});
  EXPECT_EQ(discard.status, 409);
  EXPECT_THAT(discard.body, HasSubstr("ikke kasseret"));
  const auto current = anders.Get("/ledelsesgrundlag/ledelsesopgave/rediger");
  const auto discarded = anders.PostForm("/ledelsesgrundlag/ledelsesopgave/rediger/kasser",
                                         {{"_csrf", anders.csrf_token()},
                                          {"draft", FieldValue(current.body, "draft")},
                                          {"revision", FieldValue(current.body, "revision")}});
  EXPECT_EQ(discarded.status, 303);
  EXPECT_THAT(anders.Get("/ledelsesgrundlag/ledelsesopgave").body, HasSubstr("Kladden er kasseret"));
  EXPECT_EQ(CountAudit("foundation.draft_discarded"), 1);
}

// Issue 14.2: a form's draft id is checked against the document of the URL. Posting another document's
// draft to this document's editor changes neither, answers 409 (never 5xx) and writes no audit event.
TEST_F(FoundationPages, RefusesTheDraftOfAnotherDocumentWhateverTheAction) {
  auto rita = SignedInClient("rita@rm.test");
  ASSERT_EQ(Submit(rita, "ledelsesopgave", "Opgaven", "Kladde til opgaven", "gem").status, 303);
  const auto other = rita.Get("/ledelsesgrundlag/ledelsesopgave/rediger");
  const auto foreign_draft = FieldValue(other.body, "draft");
  const auto foreign_revision = FieldValue(other.body, "revision");
  ASSERT_NE(foreign_draft, "");
  const auto values = rita.Get("/ledelsesgrundlag/vaerdier/rediger");
  ASSERT_EQ(FieldValue(values.body, "draft"), "") << "the values document has no draft of its own";
  const auto saved_before = CountAudit("foundation.draft_saved");

  for (const std::string action : {"gem", "udgiv"}) {
    auto fields = FormFrom(rita, values.body, "Fremmed titel", "Fremmed tekst", action);
    for (auto& [name, value] : fields) {
      if (name == "draft") value = foreign_draft;
      if (name == "revision") value = foreign_revision;
    }
    const auto answer = rita.PostForm("/ledelsesgrundlag/vaerdier/rediger", fields);
    EXPECT_EQ(answer.status, 409) << action;
    EXPECT_THAT(answer.body, HasSubstr("Din tekst er ikke")) << action;
    EXPECT_EQ(TextareaContent(answer.body), "Fremmed tekst") << action;
  }
  const auto discard =
      rita.PostForm("/ledelsesgrundlag/vaerdier/rediger/kasser",
                    {{"_csrf", rita.csrf_token()}, {"draft", foreign_draft}, {"revision", foreign_revision}});
  EXPECT_EQ(discard.status, 409);

  EXPECT_EQ(TextareaContent(rita.Get("/ledelsesgrundlag/ledelsesopgave/rediger").body), "Kladde til opgaven");
  EXPECT_THAT(rita.Get("/ledelsesgrundlag/ledelsesopgave").body, Not(HasSubstr("Fremmed")));
  EXPECT_THAT(rita.Get("/ledelsesgrundlag/vaerdier").body, Not(HasSubstr("Fremmed")));
  EXPECT_EQ(CountAudit("foundation.published"), 0);
  EXPECT_EQ(CountAudit("foundation.draft_saved"), saved_before);
  EXPECT_EQ(CountAudit("foundation.draft_discarded"), 0);
}

TEST_F(FoundationPages, AnswersPublishingOverANewerVersionWith409AndLinksToIt) {
  auto rita = SignedInClient("rita@rm.test");
  auto anders = SignedInClient("admin@rm.test");
  const auto ritas_page = rita.Get("/ledelsesgrundlag/for-med/rediger");
  ASSERT_EQ(Submit(anders, "for-med", "MED", "Anders' version", "udgiv").status, 303);
  const auto late = rita.PostForm("/ledelsesgrundlag/for-med/rediger",
                                  FormFrom(rita, ritas_page.body, "MED-udvalget", "Ritas version", "udgiv"));
  EXPECT_EQ(late.status, 409);
  EXPECT_THAT(late.body, HasSubstr("Der er udgivet en nyere version (version 2)"));
  EXPECT_THAT(late.body, HasSubstr("href=\"/ledelsesgrundlag/for-med/versioner/2\""));
  EXPECT_EQ(TextareaContent(late.body), "Ritas version");
  EXPECT_EQ(FieldValue(late.body, "title"), "MED-udvalget");
  EXPECT_THAT(rita.Get("/ledelsesgrundlag/for-med").body, HasSubstr("Anders&#39; version"));
}

TEST_F(FoundationPages, RendersScriptAndRawHtmlInMarkdownHarmlessly) {
  auto editor = SignedInClient("rita@rm.test");
  const std::string body =
      "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[Klik](javascript:alert(1)) og "
      "[RM](https://www.rm.dk)";
  ASSERT_EQ(Submit(editor, "demokratisk-grundlag", "Demokrati <script>", body, "udgiv").status, 303);
  for (const auto* path : {"/ledelsesgrundlag/demokratisk-grundlag", "/ledelsesgrundlag",
                           "/ledelsesgrundlag/demokratisk-grundlag/versioner/2",
                           "/ledelsesgrundlag/demokratisk-grundlag/versioner/2/sammenlign"}) {
    const auto page = SignedInClient("mads@rm.test").Get(path);
    ASSERT_EQ(page.status, 200) << path;
    EXPECT_THAT(page.body, Not(HasSubstr("<script>alert"))) << path;
    EXPECT_THAT(page.body, Not(HasSubstr("<img src=x"))) << path;
    EXPECT_THAT(page.body, Not(HasSubstr("href=\"javascript:"))) << path;
    EXPECT_THAT(page.body, HasSubstr("&lt;script&gt;")) << path;
  }
  EXPECT_THAT(editor.Get("/ledelsesgrundlag/demokratisk-grundlag").body, HasSubstr("<a href=\"https://www.rm.dk\""));
}

}  // namespace
}  // namespace lp::testing
