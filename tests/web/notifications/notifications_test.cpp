// The notifications over HTTP, on both databases: a published translation and a started activation
// round reach the right inboxes, the header's "Beskeder" link counts what is unread, a message is
// read by opening it and by nobody else, and "Mine notifikationer" keeps its choices and refuses
// unknown ones with a Danish message next to the field.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <string>
#include <vector>

#include "app/notifications/notifier.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "domain/platform/danish_format.hpp"
#include "support/page_text.hpp"
#include "web/portal_fixture.hpp"

namespace lp::testing {
namespace {

using domain::Role;
using ::testing::HasSubstr;
using ::testing::Not;

// Region Midtjylland (Rita) ─┬─ Aarhus Universitetshospital (Lene; Sara works there)
//                            │    ├─ Hjertesygdomme (no leader; Nina works there)
//                            │    └─ Øjensygdomme (Ib leads it, with a translation of its own)
//                            └─ Regionshospitalet Gødstrup (Ole)
class Notifications : public PortalTest {
 protected:
  void SetUp() override {
    PortalTest::SetUp();
    const std::vector<app::UnitRow> units = {
        {"RM", "Region Midtjylland", "", domain::UnitKind::Region},
        {"AUH", "Aarhus Universitetshospital", "RM", domain::UnitKind::Hospital},
        {"AUH-KARD", "Hjertesygdomme", "AUH", domain::UnitKind::Department},
        {"AUH-OEJE", "Øjensygdomme", "AUH", domain::UnitKind::Department},
        {"RHG", "Regionshospitalet Gødstrup", "RM", domain::UnitKind::Hospital},
    };
    const std::vector<app::PersonRow> people = {
        {"E1", "Rita", "Regionsen", "rita@rm.test", "Regionsdirektør", "RM"},
        {"E2", "Lene", "Leder", "lene@rm.test", "Hospitalsdirektør", "AUH"},
        {"E3", "Nina", "Nielsen", "nina@rm.test", "Sygeplejerske", "AUH-KARD"},
        {"E4", "Ole", "Olsen", "ole@rm.test", "Hospitalsdirektør", "RHG"},
        {"E5", "Sara", "Sørensen", "Sara@RM.test", "HR-konsulent", "AUH"},
        {"E6", "Ib", "Iversen", "ib@rm.test", "Overlæge", "AUH-OEJE"},
        {"E7", "Jonna", "Jensen", "jonna@rm.test", "Sygeplejerske", "AUH-OEJE"},
    };
    const std::vector<app::LeadershipRow> leaderships = {
        {"RM", "E1", std::chrono::year{2015} / 1 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH", "E2", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
        {"AUH-OEJE", "E6", std::chrono::year{2020} / 4 / 1, domain::LeaderKind::Personaleleder},
        {"RHG", "E4", std::chrono::year{2019} / 4 / 1, domain::LeaderKind::LederAfLedere},
    };
    const auto snapshot = SeedOrganisation({units, people, leaderships});
    auh_ = snapshot->organisation.FindUnitByExternalId("AUH")->id;
    eyes_ = snapshot->organisation.FindUnitByExternalId("AUH-OEJE")->id;
    CreateUser("rita@rm.test", {Role::Leder}, "Rita Regionsen");
    CreateUser("lene@rm.test", {Role::Leder}, "Lene Leder");
    CreateUser("ib@rm.test", {Role::Leder}, "Ib Iversen");
    CreateUser("nina@rm.test", {Role::Medarbejder}, "Nina Nielsen");
    CreateUser("sara@rm.test", {Role::Medarbejder}, "Sara Sørensen");
    CreateUser("jonna@rm.test", {Role::Medarbejder}, "Jonna Jensen");
    CreateUser("kl@rm.test", {Role::Koncernledelse}, "Koncern Ledelse");
  }

  // The header's link to the inbox, as the desktop header shows it.
  static std::string InboxLink(const std::string& body) {
    const auto start = body.find("<div class=\"portal-user\">");
    const auto at = body.find("href=\"/beskeder\"", start);
    if (start == std::string::npos || at == std::string::npos) return "";
    return body.substr(at, body.find("</a>", at) - at);
  }

  void Publish(HttpClient& client, domain::UnitId unit) {
    const auto edit = "/organisation/enheder/" + std::to_string(unit) + "/oversaettelse/rediger";
    const auto form = client.Get(edit);
    ASSERT_EQ(form.status, 200);
    const auto response =
        client.PostForm(edit, {{"_csrf", client.csrf_token()},
                               {"draft_id", FirstMatch(form.body, "name=\"draft_id\" value=\"([0-9]*)\"")},
                               {"revision", FirstMatch(form.body, "name=\"revision\" value=\"([0-9]*)\"")},
                               {"based_on", FirstMatch(form.body, "name=\"based_on\" value=\"([0-9]*)\"")},
                               {"theme_rows", "1"},
                               {"introduction", "Sådan gør vi."},
                               {"theme-1-title", "Dialog"},
                               {"theme-1-bullets", "Vi lytter"},
                               {"theme-1-values", "dialog"},
                               {"theme-1-position", "1"},
                               {"action", "publish"}});
    ASSERT_EQ(response.status, 303) << response.body;
  }

  domain::UnitId auh_ = 0;
  domain::UnitId eyes_ = 0;
};

TEST_F(Notifications, APublishedTranslationReachesThoseItAppliesToAndTheHeaderCountsIt) {
  auto ib = SignedInClient("ib@rm.test");
  Publish(ib, eyes_);  // Øjensygdomme has its own: its people keep it
  auto jonna = SignedInClient("jonna@rm.test");
  EXPECT_THAT(InboxLink(jonna.Get("/").body), HasSubstr("1<span class=\"sr-only\"> ulæst</span>"));

  auto lene = SignedInClient("lene@rm.test");
  Publish(lene, auh_);
  auto nina = SignedInClient("nina@rm.test");
  auto sara = SignedInClient("sara@rm.test");
  const auto header = InboxLink(nina.Get("/").body);
  EXPECT_THAT(header, HasSubstr("Beskeder"));
  EXPECT_THAT(header, HasSubstr("1<span class=\"sr-only\"> ulæst</span>"));
  EXPECT_THAT(InboxLink(sara.Get("/").body), HasSubstr("1<span class=\"sr-only\"> ulæst</span>"))
      << "the HR data's address in capitals still reaches the login";
  EXPECT_THAT(InboxLink(lene.Get("/").body), Not(HasSubstr("portal-count"))) << "not the publisher";
  EXPECT_THAT(InboxLink(jonna.Get("/").body), HasSubstr("1<span class=\"sr-only\"> ulæst</span>"))
      << "Øjensygdomme keeps its own translation, so Jonna hears only of that";
  EXPECT_THAT(InboxLink(SignedInClient("rita@rm.test").Get("/").body), Not(HasSubstr("portal-count")))
      << "above the unit, it does not apply";

  const auto inbox = nina.Get("/beskeder");
  ASSERT_EQ(inbox.status, 200);
  EXPECT_THAT(inbox.body, HasSubstr("1 besked, 1 ulæst."));
  EXPECT_THAT(inbox.body, HasSubstr("<strong class=\"portal-inbox-flag\">Ulæst</strong> · Nyt fra mine enheder"));
  EXPECT_THAT(inbox.body, HasSubstr("Ny oversættelse af ledelsesgrundlaget i Aarhus Universitetshospital"));
  EXPECT_THAT(inbox.body, HasSubstr("Den gælder også i Hjertesygdomme, som ikke har sin egen."));
  const auto message = FirstMatch(inbox.body, "href=\"(/beskeder/[0-9]+)\"");
  ASSERT_FALSE(message.empty());

  // Nobody else reads it, not even by guessing its number.
  EXPECT_EQ(sara.Get(message).status, 404);
  const auto opened = nina.Get(message);
  ASSERT_EQ(opened.status, 200);
  EXPECT_THAT(opened.body, HasSubstr("href=\"/organisation/enheder/" + std::to_string(auh_) + "/oversaettelse\""));
  EXPECT_THAT(InboxLink(opened.body), Not(HasSubstr("portal-count"))) << "opened is read";
  EXPECT_THAT(nina.Get("/beskeder").body, HasSubstr("1 besked, 0 ulæste."));
}

TEST_F(Notifications, AStartedRoundTellsEveryLeaderOnceWithTheDeadline) {
  auto kl = SignedInClient("kl@rm.test");
  kl.Get("/aktivering/runder/ny");
  const auto today = domain::ToCopenhagenTime(app::SystemNow()).date;
  const auto deadline = std::chrono::year_month_day{std::chrono::sys_days{today} + std::chrono::days{30}};
  const auto created = kl.PostForm("/aktivering/runder/ny", {{"name", "Aktivering 2027"},
                                                             {"description", ""},
                                                             {"starts_on", domain::FormatIsoDate(today)},
                                                             {"plan_deadline", domain::FormatIsoDate(deadline)},
                                                             {"_csrf", kl.csrf_token()}});
  ASSERT_EQ(created.status, 303) << created.body;
  auto lene = SignedInClient("lene@rm.test");
  const auto inbox = lene.Get("/beskeder").body;
  EXPECT_THAT(inbox, HasSubstr("Lav en aktiveringsplan for Aarhus Universitetshospital"));
  EXPECT_THAT(inbox, HasSubstr("skal være klar senest " + domain::FormatDate(deadline) + "."));
  EXPECT_THAT(inbox, HasSubstr("Frister og påmindelser"));
  EXPECT_THAT(SignedInClient("ib@rm.test").Get("/beskeder").body, HasSubstr("Lav en aktiveringsplan for Øjensygdomme"));
  EXPECT_THAT(SignedInClient("nina@rm.test").Get("/beskeder").body, HasSubstr("Du har ingen beskeder endnu."));

  // Saving the round again does not tell them twice.
  const auto rounds = kl.Get("/aktivering").body;
  const auto edit = FirstMatch(rounds, "href=\"(/aktivering/runder/[0-9]+/rediger)\"");
  ASSERT_FALSE(edit.empty());
  const auto form = kl.Get(edit);
  const auto saved = kl.PostForm(edit, {{"name", "Aktivering 2027"},
                                        {"description", "Nu med beskrivelse."},
                                        {"starts_on", domain::FormatIsoDate(today)},
                                        {"plan_deadline", domain::FormatIsoDate(deadline)},
                                        {"revision", FirstMatch(form.body, "name=\"revision\" value=\"([0-9]+)\"")},
                                        {"_csrf", kl.csrf_token()}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_THAT(lene.Get("/beskeder").body, HasSubstr("1 besked, 1 ulæst."));

  // Marking all read empties the count.
  const auto marked = lene.PostForm("/beskeder/laest", {{"_csrf", lene.csrf_token()}});
  EXPECT_EQ(marked.status, 303);
  const auto after = lene.Get("/beskeder").body;
  EXPECT_THAT(after, HasSubstr("Alle beskeder er markeret som læst."));
  EXPECT_THAT(after, HasSubstr("1 besked, 0 ulæste."));
  EXPECT_THAT(after, Not(HasSubstr("Marker alle som læst</button>")));
}

TEST_F(Notifications, PreferencesShowTheDefaultsKeepWhatWasChosenAndRefuseUnknownValues) {
  auto nina = SignedInClient("nina@rm.test");
  const auto page = nina.Get("/mine-notifikationer");
  ASSERT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("id=\"kategori-frister-straks\" name=\"kategori-frister\" value=\"straks\" "
                                   "class=\"form-radio\" checked>"));
  EXPECT_THAT(page.body, HasSubstr("id=\"kategori-nyt-kun-portalen\" name=\"kategori-nyt\" value=\"kun-portalen\" "
                                   "class=\"form-radio\" checked>"));
  EXPECT_THAT(page.body, HasSubstr("Forvalgt: Samlet i en ugentlig mail."));

  std::vector<std::pair<std::string, std::string>> form = {
      {"_csrf", nina.csrf_token()},        {"kategori-frister", "dagligt"},     {"kategori-forloeb", "straks"},
      {"kategori-moeder", "kun-portalen"}, {"kategori-abonnementer", "straks"}, {"kategori-kaede", "ugentligt"},
      {"kategori-nyt", "hvert-minut"}};
  const auto refused = nina.PostForm("/mine-notifikationer", form);
  EXPECT_EQ(refused.status, 422);
  EXPECT_THAT(refused.body, HasSubstr("Vælg, hvordan du vil have besked om „Nyt fra mine enheder“."));
  EXPECT_THAT(refused.body, HasSubstr("<fieldset class=\"form-group form-error\" id=\"kategori-nyt\""));
  EXPECT_THAT(refused.body, HasSubstr("id=\"kategori-frister-dagligt\" name=\"kategori-frister\" value=\"dagligt\" "
                                      "class=\"form-radio\" checked>"))
      << "what was chosen is kept";

  form.back().second = "straks";
  const auto saved = nina.PostForm("/mine-notifikationer", form);
  EXPECT_EQ(saved.status, 303);
  const auto again = nina.Get("/mine-notifikationer").body;
  EXPECT_THAT(again, HasSubstr("Dine valg er gemt."));
  EXPECT_THAT(again, HasSubstr("id=\"kategori-frister-dagligt\" name=\"kategori-frister\" value=\"dagligt\" "
                               "class=\"form-radio\" checked>"));
  EXPECT_THAT(again, HasSubstr("id=\"kategori-nyt-straks\" name=\"kategori-nyt\" value=\"straks\" "
                               "class=\"form-radio\" checked>"));
  // Saved again unchanged: still the same.
  form.front().second = nina.csrf_token();
  EXPECT_EQ(nina.PostForm("/mine-notifikationer", form).status, 303);
  EXPECT_THAT(nina.Get("/mine-notifikationer").body,
              HasSubstr("id=\"kategori-moeder-kun-portalen\" name=\"kategori-moeder\" value=\"kun-portalen\" "
                        "class=\"form-radio\" checked>"));
  EXPECT_EQ(nina.Get("/beskeder/987654").status, 404);
}

TEST_F(Notifications, AMessageKeepsItsLinesAndTheListShowsItsFirstParagraph) {
  portal().store().Write([&](app::Transaction& tx) {
    app::NewNotification notification;
    notification.recipient = "lene@rm.test";
    notification.category = domain::NotificationCategory::Chain;
    notification.topic = "kaede:status:2026-12-07";
    notification.subject = "Status for din ledelseskæde, uge 50";
    notification.body = "Sådan står det til.\nUge 50.\n\nLedelsesgrundlaget\n• 1 plan mangler: Øjensygdomme.";
    notification.link = "/opfoelgning";
    notification.created_at = app::SystemNow();
    return app::Notify(tx, notification);
  });
  auto lene = SignedInClient("lene@rm.test");
  const auto inbox = lene.Get("/beskeder");
  EXPECT_THAT(inbox.body, HasSubstr("Sådan står det til.\nUge 50.</p>"));
  EXPECT_THAT(inbox.body, Not(HasSubstr("1 plan mangler"))) << "only the first paragraph in the list";
  const auto id = FirstMatch(inbox.body, "href=\"/beskeder/([0-9]+)\"");
  ASSERT_FALSE(id.empty());
  const auto message = lene.Get("/beskeder/" + id);
  EXPECT_THAT(message.body,
              HasSubstr("Sådan står det til.\nUge 50.\n\nLedelsesgrundlaget\n• 1 plan mangler: Øjensygdomme.</p>"))
      << "line breaks are kept, not collapsed into spaces";
}

}  // namespace
}  // namespace lp::testing
