// The dialogue tools over HTTP, on both databases: the library and its editor, a unit's sessions,
// the full-screen card view and agreements, with access, bad input and concurrent edits.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/activation/activation_repository.hpp"
#include "app/dialogue/dialogue_service.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// Region Midtjylland (Rita) ─ Aarhus Universitetshospital (Lene) ─ Hjertesygdomme (Nina).
class DialoguePages : public PortalTest {
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
        {"E-1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E-2", "Lene", "Leder", "leder@rm.test", "Hospitalsdirektør", "AUH"},
        {"E-3", "Nina", "Nielsen", "nina@rm.test", "Sygeplejerske", "AUH-KARD"},
        {"E-4", "Olga", "Olsen", "olga@rm.test", "Sygeplejerske", "RHG"},
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E-1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E-2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
    };
    auh_ = SeedOrganisation({units, people, leaderships})->organisation.FindUnitByExternalId("AUH")->id;
    CreateUser("rita@rm.test", {Role::Leder}, "Rita Regionsen");
    CreateUser("leder@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("nina@rm.test", {Role::Medarbejder}, "Nina Nielsen");
    CreateUser("olga@rm.test", {Role::Medarbejder}, "Olga Olsen");
    CreateUser("red@rm.test", {Role::Redaktoer}, "Rikke Redaktør");
  }

  std::string SessionsPath() const { return "/organisation/enheder/" + std::to_string(auh_) + "/dialog"; }

  // The ids of the first `count` cards offered on the new-session form.
  std::vector<std::string> OfferedCards(HttpClient& client, std::size_t count) {
    const auto page = client.Get(SessionsPath() + "/ny");
    EXPECT_EQ(page.status, 200);
    std::vector<std::string> ids;
    std::size_t at = 0;
    const std::string marker = "name=\"card\" value=\"";
    while (ids.size() < count && (at = page.body.find(marker, at)) != std::string::npos) {
      at += marker.size();
      ids.push_back(page.body.substr(at, page.body.find('"', at) - at));
    }
    return ids;
  }

  std::string CreateSession(HttpClient& client) {
    const auto cards = OfferedCards(client, 2);
    EXPECT_EQ(cards.size(), 2U);
    std::vector<std::pair<std::string, std::string>> form = {{"_csrf", client.csrf_token()},
                                                             {"title", "Personalemøde om dialog"},
                                                             {"planned_on", "2026-06-04"},
                                                             {"participants", "Alle"}};
    for (const auto& id : cards) form.emplace_back("card", id);
    const auto created = client.PostForm(SessionsPath() + "/ny", form);
    EXPECT_EQ(created.status, 303) << created.body;
    return created.Header("location");
  }

  domain::UnitId auh_ = 0;
};

TEST_F(DialoguePages, EveryoneReadsTheShippedLibraryGroupedByTopic) {
  auto nina = SignedInClient("nina@rm.test");
  const auto library = nina.Get("/dialog");
  EXPECT_EQ(library.status, 200);
  EXPECT_THAT(library.body, HasSubstr("Hvornår bliver I hørt?"));
  EXPECT_THAT(library.body, HasSubstr("De fire forventninger:</span> Ordentlighed"));
  EXPECT_THAT(library.body, HasSubstr("15 kort."));
  EXPECT_THAT(library.body, Not(HasSubstr("/dialog/kort/ny")));  // no editor link for readers
  const auto filtered = nina.Get("/dialog?emne=dristighed");
  EXPECT_THAT(filtered.body, HasSubstr("Kort om Dristighed:"));
  EXPECT_THAT(filtered.body, Not(HasSubstr("Hvornår bliver I hørt?")));
  EXPECT_EQ(nina.Get("/dialog/kort/ny").status, 403);
  EXPECT_EQ(nina.PostForm("/dialog/kort/ny", {{"_csrf", nina.csrf_token()}, {"title", "X"}}).status, 403);
}

TEST_F(DialoguePages, TopicChoicesNameTheirGroupOnlyWhereItAddsSomething) {
  auto editor = SignedInClient("red@rm.test");
  const auto form = editor.Get("/dialog/kort/ny").body;
  EXPECT_THAT(form, HasSubstr(">Værdierne: Dialog</option>"));
  EXPECT_THAT(form, HasSubstr(">Andet</option>"));
  EXPECT_THAT(form, Not(HasSubstr("Andet: Andet")));
}

TEST_F(DialoguePages, AnEditorsMarkdownIsRenderedHarmlessly) {
  auto editor = SignedInClient("red@rm.test");
  const auto created = editor.PostForm("/dialog/kort/ny", {{"_csrf", editor.csrf_token()},
                                                           {"kind", "kort"},
                                                           {"topic", "dialog"},
                                                           {"title", "Lyt <b>først</b>"},
                                                           {"body",
                                                            "- Hvad hører vi?\n\n<script>alert(1)</script>\n"
                                                            "[klik](javascript:alert(2))"}});
  ASSERT_EQ(created.status, 303) << created.body;
  const auto card = editor.Get(created.Header("location"));
  EXPECT_EQ(card.status, 200);
  EXPECT_THAT(card.body, HasSubstr("<li>Hvad hører vi?</li>"));
  EXPECT_THAT(card.body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(card.body, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(card.body, Not(HasSubstr("href=\"javascript:")));
  EXPECT_THAT(card.body, HasSubstr("Lyt &lt;b&gt;først&lt;/b&gt;"));
  EXPECT_THAT(card.body, HasSubstr("Kortet er gemt i dialogbiblioteket."));
}

TEST_F(DialoguePages, BadCardInputIsRefusedInDanishAndTheTextIsKept) {
  auto editor = SignedInClient("red@rm.test");
  const auto refused = editor.PostForm("/dialog/kort/ny", {{"_csrf", editor.csrf_token()},
                                                           {"kind", "kort"},
                                                           {"topic", ""},
                                                           {"title", ""},
                                                           {"body", "Min lange tekst, som ikke må gå tabt"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Skriv en titel."));
  EXPECT_THAT(refused.body, HasSubstr("Vælg, hvad kortet handler om."));
  EXPECT_THAT(refused.body, HasSubstr(">\nMin lange tekst, som ikke må gå tabt</textarea>"));
  EXPECT_THAT(refused.body, HasSubstr("<title>Nyt kort (fejl) – Ledelsesportalen</title>"));
}

TEST_F(DialoguePages, AStaleEditIsAConflictThatKeepsTheTypedText) {
  auto editor = SignedInClient("red@rm.test");
  const auto created = editor.PostForm(
      "/dialog/kort/ny",
      {{"_csrf", editor.csrf_token()}, {"kind", "case"}, {"topic", "ordentlighed"}, {"title", "A"}, {"body", "B"}});
  const auto path = created.Header("location");
  const std::vector<std::pair<std::string, std::string>> first = {
      {"_csrf", editor.csrf_token()}, {"revision", "1"},   {"kind", "case"},
      {"topic", "ordentlighed"},      {"title", "Første"}, {"body", "Tekst"}};
  EXPECT_EQ(editor.PostForm(path + "/rediger", first).status, 303);
  auto second = first;
  second[4].second = "Min ændring";
  const auto conflict = editor.PostForm(path + "/rediger", second);
  EXPECT_EQ(conflict.status, 409);
  EXPECT_THAT(conflict.body, HasSubstr("En anden har ændret kortet, siden du åbnede det."));
  EXPECT_THAT(conflict.body, HasSubstr("value=\"Min ændring\""));
  EXPECT_THAT(editor.Get(path).body, HasSubstr("<h1>Første</h1>"));
}

TEST_F(DialoguePages, TheLeaderHoldsASessionAndTheChainAboveReadsIt) {
  auto lene = SignedInClient("leder@rm.test");
  EXPECT_THAT(lene.Get("/dialog").body, HasSubstr(SessionsPath()));  // "Hold en dialogsession" for her unit
  const auto session = CreateSession(lene);
  ASSERT_THAT(session, HasSubstr("/dialog/sessioner/"));

  const auto page = lene.Get(session);
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("Sessionens 2 kort"));
  EXPECT_THAT(page.body, HasSubstr("Dialogsessionen er oprettet."));

  const auto slide = lene.Get(session + "/vis/1");
  EXPECT_EQ(slide.status, 200);
  EXPECT_THAT(slide.body, HasSubstr("kort 1 af 2"));
  EXPECT_THAT(slide.body, HasSubstr("rel=\"next\""));
  EXPECT_THAT(slide.body, Not(HasSubstr("class=\"header\"")));  // no portal header on the meeting screen
  EXPECT_THAT(lene.Get(session + "/vis/3").body, HasSubstr("Hvad aftaler vi?"));
  EXPECT_EQ(lene.Get(session + "/vis/4").status, 404);

  const auto added = lene.PostForm(
      session + "/aftaler",
      {{"_csrf", lene.csrf_token()}, {"agreement", "Vi starter hvert møde med en runde."}, {"return", "vis"}});
  EXPECT_EQ(added.status, 303);
  EXPECT_EQ(added.Header("location"), session + "/vis/3");
  EXPECT_THAT(lene.Get(session + "/vis/3").body, HasSubstr("Vi starter hvert møde med en runde."));
  // An agreement of two lines keeps them on the session page.
  EXPECT_EQ(lene.PostForm(session + "/aftaler",
                          {{"_csrf", lene.csrf_token()}, {"agreement", "Vi mødes hver uge.\r\nFørste gang i januar."}})
                .status,
            303);
  EXPECT_THAT(lene.Get(session).body, HasSubstr("Vi mødes hver uge.\nFørste gang i januar.</span>"));
  // A mistake typed in the card view is shown there, with the text kept, line breaks included.
  const auto too_long = "Første linje\n" + std::string(app::kMaxAgreement, 'a');
  const auto refused =
      lene.PostForm(session + "/aftaler", {{"_csrf", lene.csrf_token()}, {"agreement", too_long}, {"return", "vis"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Hvad aftaler vi?"));
  EXPECT_THAT(refused.body, HasSubstr("aria-invalid=\"true\""));
  EXPECT_THAT(refused.body, HasSubstr(too_long + "</textarea>"));
  EXPECT_THAT(refused.body, Not(HasSubstr("class=\"header\"")));  // still the card view

  auto rita = SignedInClient("rita@rm.test");
  const auto above = rita.Get(session);
  EXPECT_EQ(above.status, 200);
  EXPECT_THAT(above.body, HasSubstr("Vi starter hvert møde med en runde."));
  EXPECT_THAT(above.body, Not(HasSubstr("Gem aftalen")));
  EXPECT_EQ(rita.PostForm(session + "/aftaler", {{"_csrf", rita.csrf_token()}, {"agreement", "Nej"}}).status, 403);

  // Nina works below the hospital: she reads what it agreed, changes nothing. Olga, of another
  // hospital, reads nothing.
  auto nina = SignedInClient("nina@rm.test");
  const auto member = nina.Get(session);
  EXPECT_EQ(member.status, 200);
  EXPECT_THAT(member.body, HasSubstr("Vi starter hvert møde med en runde."));
  EXPECT_THAT(member.body, Not(HasSubstr("Gem aftalen")));
  EXPECT_EQ(nina.Get(SessionsPath()).status, 200);
  EXPECT_EQ(nina.PostForm(session + "/aftaler", {{"_csrf", nina.csrf_token()}, {"agreement", "Nej"}}).status, 403);
  auto olga = SignedInClient("olga@rm.test");
  EXPECT_EQ(olga.Get(session).status, 403);
  EXPECT_EQ(olga.Get(session + "/vis/1").status, 403);
  EXPECT_EQ(olga.Get(SessionsPath()).status, 403);
}

TEST_F(DialoguePages, BadSessionInputIsRefusedInDanishAndNothingIsCreated) {
  auto lene = SignedInClient("leder@rm.test");
  const auto refused = lene.PostForm(
      SessionsPath() + "/ny",
      {{"_csrf", lene.csrf_token()}, {"title", "Min titel"}, {"planned_on", "2040-01-01"}, {"participants", ""}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Datoen skal ligge mellem 01.01.2020 og 31.12.2035."));
  EXPECT_THAT(refused.body, HasSubstr("Vælg mindst ét kort eller én case."));
  EXPECT_THAT(refused.body, HasSubstr("value=\"Min titel\""));
  EXPECT_THAT(lene.Get(SessionsPath()).body, HasSubstr("Enheden har ingen dialogsessioner endnu."));

  const auto session = CreateSession(lene);
  const auto held = lene.PostForm(session, {{"_csrf", lene.csrf_token()},
                                            {"revision", "1"},
                                            {"title", "Personalemøde om dialog"},
                                            {"planned_on", "2026-06-04"},
                                            {"held", "1"},
                                            {"held_on", "ikke en dato"},
                                            {"notes", "Noter der ikke må gå tabt"}});
  EXPECT_EQ(held.status, 422);
  EXPECT_THAT(held.body, HasSubstr("Datoen for afholdelsen er ikke en gyldig dato."));
  EXPECT_THAT(held.body, HasSubstr(">\nNoter der ikke må gå tabt</textarea>"));
  const auto empty = lene.PostForm(session + "/aftaler", {{"_csrf", lene.csrf_token()}, {"agreement", "  "}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_THAT(empty.body, HasSubstr("Skriv aftalen."));
}

// Issue 14: every text area of the dialogue tools shows its text exactly as saved, and again after a
// validation error (a browser drops the one line break that follows <textarea>).
TEST_F(DialoguePages, EveryTextAreaKeepsItsLineBreaksWhenEditedAgain) {
  const std::string text = "Første afsnit.\nAnden linje.\n\n- punkt et\n- punkt to";
  const auto kept = ">\n" + text + "</textarea>";

  auto editor = SignedInClient("red@rm.test");
  const auto created = editor.PostForm(
      "/dialog/kort/ny",
      {{"_csrf", editor.csrf_token()}, {"kind", "kort"}, {"topic", "ordentlighed"}, {"title", "Kort"}, {"body", text}});
  ASSERT_EQ(created.status, 303) << created.body;
  const auto card = created.Header("location");
  EXPECT_THAT(editor.Get(card + "/rediger").body, HasSubstr(kept));
  const auto bad_card = editor.PostForm(card + "/rediger", {{"_csrf", editor.csrf_token()},
                                                            {"revision", "1"},
                                                            {"kind", "kort"},
                                                            {"topic", "ordentlighed"},
                                                            {"title", ""},
                                                            {"body", text}});
  EXPECT_EQ(bad_card.status, 422);
  EXPECT_THAT(bad_card.body, HasSubstr(kept));

  auto lene = SignedInClient("leder@rm.test");
  const auto bad_new = lene.PostForm(
      SessionsPath() + "/ny",
      {{"_csrf", lene.csrf_token()}, {"title", "Møde"}, {"planned_on", "2026-06-04"}, {"participants", text}});
  EXPECT_EQ(bad_new.status, 422);  // no cards chosen
  EXPECT_THAT(bad_new.body, HasSubstr(kept));

  const auto session = CreateSession(lene);
  std::vector<std::pair<std::string, std::string>> record = {
      {"_csrf", lene.csrf_token()}, {"revision", "1"},      {"title", "Personalemøde om dialog"},
      {"planned_on", "2026-06-04"}, {"participants", text}, {"notes", text}};
  ASSERT_EQ(lene.PostForm(session, record).status, 303);
  const auto page = lene.Get(session);
  EXPECT_THAT(page.body, HasSubstr("id=\"participants\" name=\"participants\" class=\"form-input\" rows=\"2\" "
                                   "aria-describedby=\"participants-hint\">\n" +
                                   text + "</textarea>"));
  EXPECT_THAT(page.body, HasSubstr("aria-describedby=\"notes-hint\">\n" + text + "</textarea>"));
  record[1].second = "2";
  record[2].second = "";
  const auto bad_record = lene.PostForm(session, record);
  EXPECT_EQ(bad_record.status, 422);
  EXPECT_THAT(bad_record.body, HasSubstr("aria-describedby=\"participants-hint\">\n" + text + "</textarea>"));
  EXPECT_THAT(bad_record.body, HasSubstr("aria-describedby=\"notes-hint\">\n" + text + "</textarea>"));

  // A new agreement is empty once saved; what was typed comes back after an error.
  const auto long_agreement = text + std::string(1'000, 'a');
  const auto bad_agreement =
      lene.PostForm(session + "/aftaler", {{"_csrf", lene.csrf_token()}, {"agreement", long_agreement}});
  EXPECT_EQ(bad_agreement.status, 422);
  EXPECT_THAT(bad_agreement.body, HasSubstr(">\n" + long_agreement + "</textarea>"));
}

TEST_F(DialoguePages, AnAgreementBecomesAnActivityInThePlanOnce) {
  auto lene = SignedInClient("leder@rm.test");
  const auto session = CreateSession(lene);
  ASSERT_EQ(lene.PostForm(session + "/aftaler",
                          {{"_csrf", lene.csrf_token()}, {"agreement", "Vi tager en runde om dialog på hvert møde."}})
                .status,
            303);
  const auto with_agreement = lene.Get(session);
  const std::string marker = "/aftaler/";
  const auto at = with_agreement.body.find("/aktivitet\"");
  ASSERT_NE(at, std::string::npos) << "no \"Gør til aktivitet\" link";
  const auto from = with_agreement.body.rfind(marker, at) + marker.size();
  const auto agreement = with_agreement.body.substr(from, at - from);
  const auto form_path = session + "/aftaler/" + agreement + "/aktivitet";

  // Without an activation round there is nowhere to put it, and the page says so instead of a form.
  const auto no_round = lene.Get(form_path);
  EXPECT_EQ(no_round.status, 200);
  EXPECT_THAT(no_round.body, HasSubstr("Der er ingen aktiveringsrunde endnu"));
  EXPECT_THAT(no_round.body, Not(HasSubstr("Gør til aktivitet</button>")));

  portal().store().Write([](app::Transaction& tx) {
    return tx.Get<app::ActivationRepository>().CreateRound(
        {"Aktivering 2026", "", std::chrono::year{2026} / 1 / 1, std::chrono::year{2035} / 12 / 31}, std::nullopt,
        domain::FromUnixSeconds(1'780'000'000));
  });
  const auto form = lene.Get(form_path);
  EXPECT_EQ(form.status, 200);
  EXPECT_THAT(form.body, HasSubstr("Aftalen fra dialogsessionen"));
  EXPECT_THAT(form.body, HasSubstr("value=\"Vi tager en runde om dialog på hvert møde.\""));  // the title
  EXPECT_THAT(form.body, HasSubstr("Aktiviteten kommer i planen for Aarhus Universitetshospital, Aktivering 2026."));

  // Bad input comes back with the errors and what was typed.
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"_csrf", lene.csrf_token()}, {"kind", "andet"},       {"title", "Min egen titel"},
      {"planned_on", "31.02.2027"}, {"responsible", "Lene"}, {"participants", "Ledergruppen"}};
  const auto refused = lene.PostForm(form_path, bad);
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Datoen er ikke en gyldig dato. Skriv den som 23.11.2026."));
  EXPECT_THAT(refused.body, HasSubstr("value=\"Min egen titel\""));
  EXPECT_THAT(refused.body, HasSubstr(">\nLedergruppen</textarea>"));

  auto rita = SignedInClient("rita@rm.test");  // reads the session, but it is not her unit's
  EXPECT_EQ(rita.Get(form_path).status, 403);

  auto good = bad;
  good[3].second = "15.01.2027";
  const auto made = lene.PostForm(form_path, good);
  ASSERT_EQ(made.status, 303) << made.body;
  const auto plan = made.Header("location");
  EXPECT_THAT(plan, HasSubstr("/organisation/enheder/" + std::to_string(auh_) + "/plan?runde="));
  EXPECT_THAT(plan, HasSubstr("#aktivitet-"));
  const auto plan_page = lene.Get(plan.substr(0, plan.find('#')));
  EXPECT_THAT(plan_page.body, HasSubstr("Aftalen er nu en aktivitet i enhedens plan."));
  EXPECT_THAT(plan_page.body, HasSubstr("Min egen titel"));
  EXPECT_THAT(plan_page.body, HasSubstr("href=\"/dialog/aftaler/" + agreement + "\""));
  const auto back = lene.Get("/dialog/aftaler/" + agreement);
  EXPECT_EQ(back.status, 303);
  EXPECT_EQ(back.Header("location"), session + "#aftale-" + agreement);

  // The session shows where it went; converting again or removing the agreement is refused.
  const auto after = lene.Get(session);
  EXPECT_THAT(after.body, HasSubstr("Aktivitet i planen: <a href=\"" + plan + "\">Min egen titel</a>, 15.01.2027"));
  EXPECT_THAT(after.body, Not(HasSubstr(form_path + "\"")));
  EXPECT_EQ(lene.Get(form_path).status, 303);
  EXPECT_EQ(lene.PostForm(form_path, good).status, 409);
  const auto removed = lene.PostForm(session + "/aftaler/" + agreement + "/fjern", {{"_csrf", lene.csrf_token()}});
  EXPECT_EQ(removed.status, 409);
  EXPECT_THAT(lene.Get(session).body, HasSubstr("Vi tager en runde om dialog på hvert møde."));
}

}  // namespace
}  // namespace lp::testing
