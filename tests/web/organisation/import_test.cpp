// The HR import page over real HTTP, on SQLite and PostgreSQL: upload, preview, confirm.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "app/organisation/hr_import.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "web/portal_fixture.hpp"

#ifndef LP_FIXTURE_DIR
#error "tests/CMakeLists.txt defines LP_FIXTURE_DIR for the HTTP tests"
#endif

namespace lp::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kBoundary = "----LpTestBoundary0123";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string FixtureDir(const std::string& set) { return std::string(LP_FIXTURE_DIR) + "/import/" + set; }

struct Files {
  std::string units;
  std::string people;
};

Files Fixture(const std::string& set) {
  return {ReadFile(FixtureDir(set) + "/units.csv"), ReadFile(FixtureDir(set) + "/people.csv")};
}

// The valid set without its last person: 1 of 7 people leaves, over the 10 % safety limit.
Files WithoutLastPerson() {
  auto files = Fixture("valid");
  files.people.erase(files.people.rfind("1007;"));
  return files;
}

struct Part {
  std::string name;
  std::optional<std::string> filename;
  std::string data;
};

std::string MultipartBody(const std::vector<Part>& parts) {
  std::string body;
  for (const auto& part : parts) {
    body += "--" + std::string(kBoundary) + "\r\nContent-Disposition: form-data; name=\"" + part.name + "\"";
    if (part.filename) body += "; filename=\"" + *part.filename + "\"\r\nContent-Type: text/csv";
    body += "\r\n\r\n" + part.data + "\r\n";
  }
  return body + "--" + std::string(kBoundary) + "--\r\n";
}

const std::map<std::string, std::string> kMultipartHeaders{
    {"Content-Type", "multipart/form-data; boundary=" + std::string(kBoundary)}};

// As ctemplate's HTML escaping writes it.
std::string HtmlEscaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// The value of the confirm form's hidden "import" field.
std::string PendingId(const std::string& body) {
  const std::string marker = "name=\"import\" value=\"";
  const auto at = body.find(marker);
  if (at == std::string::npos) return {};
  const auto start = at + marker.size();
  return body.substr(start, body.find('"', start) - start);
}

class ImportPage : public PortalTest {
 protected:
  void Configure(std::map<std::string, std::string>& settings) override {
    // A small general limit shows that the upload route has its own; a small upload limit keeps
    // the oversize test cheap.
    settings["max_body_bytes"] = "4096";
    settings["max_upload_bytes"] = "65536";
  }

  HttpClient SignedIn(const std::string& email, std::vector<domain::Role> roles, const std::string& name) {
    CreateUser(email, std::move(roles), name);
    auto client = SignedInClient(email);
    EXPECT_EQ(client.Get("/organisation/import").status, 200);
    return client;
  }
  HttpClient Hr() { return SignedIn("hr@rm.dk", {domain::Role::Hr}, "Hanne HR"); }
  HttpClient Admin() { return SignedIn("admin@rm.dk", {domain::Role::Administrator}, "Anders Admin"); }

  static HttpResponse Upload(HttpClient& client, const Files& files, std::vector<Part> extra = {}) {
    std::vector<Part> parts{{"_csrf", std::nullopt, client.csrf_token()},
                            {"units", "units.csv", files.units},
                            {"people", "people.csv", files.people}};
    for (auto& part : extra) parts.push_back(std::move(part));
    return client.Request("POST", "/organisation/import", MultipartBody(parts), kMultipartHeaders);
  }

  static HttpResponse Confirm(HttpClient& client, const std::string& pending_id,
                              std::vector<std::pair<std::string, std::string>> extra = {}) {
    std::vector<std::pair<std::string, std::string>> fields{{"_csrf", client.csrf_token()}, {"import", pending_id}};
    for (auto& field : extra) fields.push_back(std::move(field));
    return client.PostForm("/organisation/import/bekraeft", fields);
  }

  // Uploads and confirms; returns the confirmation's response.
  HttpResponse Import(HttpClient& client, const Files& files) {
    const auto preview = Upload(client, files);
    EXPECT_EQ(preview.status, 200) << preview.body;
    return Confirm(client, PendingId(preview.body));
  }

  app::OrganisationRecords Stored() {
    return portal().store().Read([](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().LoadAll(); });
  }
  std::vector<app::ImportRun> Runs() {
    return portal().store().Read(
        [](app::Transaction& tx) { return tx.Get<app::OrganisationRepository>().ListImportRuns(100); });
  }
  std::size_t ActivePeople() {
    const auto records = Stored();
    return static_cast<std::size_t>(
        std::count_if(records.people.begin(), records.people.end(), [](const auto& person) { return person.active; }));
  }
};

TEST_F(ImportPage, ShowsTheUploadFormAndAnEmptyHistoryToHr) {
  auto client = Hr();
  const auto page = client.Get("/organisation/import");
  EXPECT_EQ(page.status, 200);
  EXPECT_THAT(page.body, HasSubstr("enctype=\"multipart/form-data\""));
  EXPECT_THAT(page.body, HasSubstr("type=\"file\" id=\"units\" name=\"units\""));
  EXPECT_THAT(page.body, HasSubstr("type=\"file\" id=\"people\" name=\"people\""));
  EXPECT_THAT(page.body, HasSubstr("Organisationen er endnu ikke indlæst"));
  // Linked from the start page's overview and the organisation page (not from the main menu).
  EXPECT_THAT(client.Get("/").body, HasSubstr("href=\"/organisation/import\""));
  EXPECT_THAT(client.Get("/organisation").body, HasSubstr("href=\"/organisation/import\""));
}

TEST_F(ImportPage, IsForbiddenForEmployeesAndLeadersAndNeedsALogin) {
  EXPECT_EQ(Client().Get("/organisation/import").status, 303);
  CreateUser("leder@rm.dk", {domain::Role::Medarbejder, domain::Role::Leder});
  auto client = SignedInClient("leder@rm.dk");
  const auto page = client.Get("/organisation/import");
  EXPECT_EQ(page.status, 403);
  client.Get("/");
  EXPECT_EQ(Upload(client, Fixture("valid")).status, 403);
  EXPECT_EQ(Confirm(client, "anything").status, 403);
  EXPECT_THAT(client.Get("/").body, Not(HasSubstr("href=\"/organisation/import\"")));
  EXPECT_TRUE(Stored().units.empty());
}

TEST_F(ImportPage, PreviewsTheValidFilesWithoutWritingAnything) {
  auto client = Hr();
  const auto preview = Upload(client, Fixture("valid"));
  EXPECT_EQ(preview.status, 200) << preview.body;
  EXPECT_THAT(preview.body, HasSubstr("Forhåndsvisning"));
  EXPECT_THAT(preview.body, HasSubstr("Enheder, der oprettes (6)"));
  EXPECT_THAT(preview.body, HasSubstr("Medarbejdere, der oprettes (7)"));
  EXPECT_THAT(preview.body, HasSubstr("Ledelser, der tilføjes (5)"));
  EXPECT_THAT(preview.body, HasSubstr("Mette Sørensen"));
  EXPECT_THAT(preview.body, HasSubstr("01.03.2025"));  // leader since, as a Danish date
  EXPECT_THAT(preview.body, HasSubstr("Gennemfør importen"));
  EXPECT_THAT(preview.body, HasSubstr("Grænsen er 10 %"));
  EXPECT_EQ(PendingId(preview.body).size(), 43U);
  EXPECT_TRUE(Stored().units.empty());
  EXPECT_TRUE(Runs().empty());
}

TEST_F(ImportPage, AcceptsAnUploadLargerThanTheGeneralBodyLimit) {
  auto client = Hr();
  const auto preview = Upload(client, Fixture("valid"), {{"padding", std::nullopt, std::string(20'000, 'p')}});
  EXPECT_EQ(preview.status, 200) << preview.body;
  // Other routes keep the general limit.
  const auto login = client.PostForm("/min-profil/log-ud-andre",
                                     {{"_csrf", client.csrf_token()}, {"padding", std::string(5'000, 'p')}});
  EXPECT_EQ(login.status, 413);
}

TEST_F(ImportPage, ConfirmWritesTheOrganisationRecordsTheRunAndRedirects) {
  auto client = Hr();
  const auto preview = Upload(client, Fixture("valid"));
  const auto confirmed = Confirm(client, PendingId(preview.body));
  EXPECT_EQ(confirmed.status, 303);
  EXPECT_EQ(confirmed.Header("location"), "/organisation/import");

  const auto records = Stored();
  EXPECT_EQ(records.units.size(), 6U);
  EXPECT_EQ(records.people.size(), 7U);
  EXPECT_EQ(records.leaderships.size(), 5U);
  const auto runs = Runs();
  ASSERT_EQ(runs.size(), 1U);
  EXPECT_EQ(runs[0].source, "web: units.csv, people.csv");
  EXPECT_TRUE(runs[0].actor_user_id.has_value());
  EXPECT_EQ(runs[0].people_created, 7);
  const auto audit =
      portal().store().Read([](app::Transaction& tx) { return tx.Get<app::AuditRepository>().ListRecent(5); });
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit[0].action, "organisation.imported");

  const auto page = client.Get("/organisation/import");
  EXPECT_THAT(page.body, HasSubstr("HR-importen er gennemført"));
  EXPECT_THAT(page.body, HasSubstr("web: units.csv, people.csv"));
  EXPECT_THAT(page.body, HasSubstr("Hanne HR"));
  EXPECT_THAT(page.body, HasSubstr("7 oprettet, 0 ændret, 0 deaktiveret"));

  // The pending upload is gone: confirming twice finds nothing.
  EXPECT_EQ(Confirm(client, PendingId(preview.body)).status, 404);
}

TEST_F(ImportPage, TheSameFilesAgainShowNoChanges) {
  auto client = Hr();
  EXPECT_EQ(Import(client, Fixture("valid")).status, 303);
  const auto again = Upload(client, Fixture("valid"));
  EXPECT_EQ(again.status, 200);
  EXPECT_THAT(again.body, HasSubstr("Ingen ændringer"));
  EXPECT_THAT(again.body, Not(HasSubstr("der oprettes")));
}

TEST_F(ImportPage, ReadsWindows1252AndSaysSo) {
  auto client = Hr();
  const auto preview = Upload(client, Fixture("valid_windows1252"));
  EXPECT_EQ(preview.status, 200) << preview.body;
  EXPECT_THAT(preview.body, HasSubstr("Windows-1252"));
  EXPECT_THAT(preview.body, HasSubstr("Sørensen"));
}

TEST_F(ImportPage, EveryErrorFixtureGets422WithFileLineAndColumnAndWritesNothing) {
  auto client = Hr();
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LP_FIXTURE_DIR) + "/import")) {
    const auto set = entry.path().filename().string();
    if (set.starts_with("valid")) continue;
    SCOPED_TRACE(set);
    const auto files = Fixture(set);
    const auto expected = app::ParseHrExport("units.csv", files.units, "people.csv", files.people);
    ASSERT_FALSE(expected.errors.empty());
    const auto response = Upload(client, files);
    EXPECT_EQ(response.status, 422);
    EXPECT_THAT(response.body, HasSubstr("Filerne kan ikke indlæses"));
    for (const auto& error : expected.errors) EXPECT_THAT(response.body, HasSubstr(HtmlEscaped(error.Format())));
    const auto field = expected.errors[0].file == "units.csv" ? "#units" : "#people";
    EXPECT_THAT(response.body, HasSubstr(std::string("href=\"") + field + "\""));
    EXPECT_THAT(response.body, Not(HasSubstr("Gennemfør importen")));
  }
  EXPECT_TRUE(Stored().units.empty());
  EXPECT_TRUE(Runs().empty());
}

TEST_F(ImportPage, AMissingFileIsAFieldError) {
  auto client = Hr();
  const auto response = client.Request("POST", "/organisation/import",
                                       MultipartBody({{"_csrf", std::nullopt, client.csrf_token()},
                                                      {"units", "units.csv", Fixture("valid").units},
                                                      {"people", "", ""}}),
                                       kMultipartHeaders);
  EXPECT_EQ(response.status, 422);
  EXPECT_THAT(response.body, HasSubstr("href=\"#people\""));
  EXPECT_THAT(response.body, HasSubstr("Vælg filen med medarbejderne"));
}

TEST_F(ImportPage, TheSafetyLimitRefusesHrAndAnAdministratorMayForceIt) {
  auto admin = Admin();
  EXPECT_EQ(Import(admin, Fixture("valid")).status, 303);

  auto hr = Hr();
  const auto hr_preview = Upload(hr, WithoutLastPerson());
  EXPECT_EQ(hr_preview.status, 200);
  EXPECT_THAT(hr_preview.body, HasSubstr("Sikkerhedsgrænsen afviser importen"));
  EXPECT_THAT(hr_preview.body, HasSubstr("14,3 %"));
  EXPECT_THAT(hr_preview.body, HasSubstr("Medarbejdere, der deaktiveres (ikke længere i filen) (1)"));
  EXPECT_THAT(hr_preview.body, HasSubstr("<td>1007</td><td>Karen Bach</td>"));
  EXPECT_THAT(hr_preview.body, Not(HasSubstr("Gennemfør alligevel")));
  EXPECT_THAT(hr_preview.body, Not(HasSubstr("Gennemfør importen")));
  EXPECT_EQ(PendingId(hr_preview.body), "");  // nothing HR could confirm
  EXPECT_EQ(Confirm(hr, "any", {{"force", "1"}}).status, 403);
  EXPECT_EQ(ActivePeople(), 7U);

  admin.Get("/organisation/import");
  const auto admin_preview = Upload(admin, WithoutLastPerson());
  EXPECT_THAT(admin_preview.body, HasSubstr("Gennemfør alligevel"));
  const auto unchecked = Confirm(admin, PendingId(admin_preview.body), {{"force_form", "1"}});
  EXPECT_EQ(unchecked.status, 422);
  EXPECT_THAT(unchecked.body, HasSubstr("Sæt flueben"));
  EXPECT_THAT(unchecked.body, HasSubstr("id=\"force-error\""));  // next to the checkbox too
  EXPECT_EQ(ActivePeople(), 7U);
  const auto forced = Confirm(admin, PendingId(admin_preview.body), {{"force_form", "1"}, {"force", "1"}});
  EXPECT_EQ(forced.status, 303);
  EXPECT_EQ(ActivePeople(), 6U);
  EXPECT_TRUE(Runs()[0].forced);
}

TEST_F(ImportPage, RefusesAnUploadWithoutCsrfToken) {
  auto client = Hr();
  const auto files = Fixture("valid");
  const auto response = client.Request(
      "POST", "/organisation/import",
      MultipartBody({{"units", "units.csv", files.units}, {"people", "people.csv", files.people}}), kMultipartHeaders);
  EXPECT_EQ(response.status, 403);
  const auto wrong = client.Request("POST", "/organisation/import",
                                    MultipartBody({{"_csrf", std::nullopt, "forged"},
                                                   {"units", "units.csv", files.units},
                                                   {"people", "people.csv", files.people}}),
                                    kMultipartHeaders);
  EXPECT_EQ(wrong.status, 403);
  EXPECT_THAT(wrong.body, HasSubstr("intet blev gemt"));
}

TEST_F(ImportPage, RefusesAnOversizedUploadWith413BeforeReadingIt) {
  auto client = Hr();
  HttpConnection connection("127.0.0.1", port());
  connection.SendRaw("POST /organisation/import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" +
                     std::string(kBoundary) + "\r\nContent-Length: 70000\r\n\r\n--");
  const auto response = connection.ReadResponse();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
  EXPECT_THAT(response->body, HasSubstr("Filerne fylder for meget"));
  EXPECT_THAT(response->body, HasSubstr("0,1 MB"));
}

TEST_F(ImportPage, RefusesMalformedMultipartWith400) {
  auto client = Hr();
  const auto body = MultipartBody({{"_csrf", std::nullopt, client.csrf_token()}, {"units", "units.csv", "a"}});
  const auto unterminated =
      client.Request("POST", "/organisation/import", body.substr(0, body.size() - 30), kMultipartHeaders);
  EXPECT_EQ(unterminated.status, 400);
  EXPECT_THAT(unterminated.body, HasSubstr("Filoverførslen stoppede"));
  const auto duplicate = client.Request(
      "POST", "/organisation/import",
      MultipartBody({{"_csrf", std::nullopt, client.csrf_token()}, {"units", "a.csv", "a"}, {"units", "b.csv", "b"}}),
      kMultipartHeaders);
  EXPECT_EQ(duplicate.status, 400);
  const auto no_boundary =
      client.Request("POST", "/organisation/import", body, {{"Content-Type", "multipart/form-data"}});
  EXPECT_EQ(no_boundary.status, 400);
  EXPECT_THAT(no_boundary.body, HasSubstr("afgrænsning"));
  EXPECT_TRUE(Stored().units.empty());
}

TEST_F(ImportPage, OnlyTheUploaderMayConfirm) {
  auto hr = Hr();
  const auto preview = Upload(hr, Fixture("valid"));
  auto admin = Admin();
  const auto response = Confirm(admin, PendingId(preview.body));
  EXPECT_EQ(response.status, 403);
  EXPECT_THAT(response.body, HasSubstr("Kun den, der indlæste filerne"));
  EXPECT_EQ(Confirm(admin, "no-such-import").status, 404);
  EXPECT_TRUE(Stored().units.empty());
  EXPECT_EQ(Confirm(hr, PendingId(preview.body)).status, 303);
}

TEST_F(ImportPage, AStalePreviewShowsTheChangedNoticeAndAppliesNothing) {
  auto hr = Hr();
  const auto preview = Upload(hr, WithoutLastPerson());
  auto admin = Admin();
  EXPECT_EQ(Import(admin, Fixture("valid")).status, 303);  // the organisation changes meanwhile
  ASSERT_EQ(Runs().size(), 1U);

  hr.Get("/organisation/import");
  const auto stale = Confirm(hr, PendingId(preview.body));
  EXPECT_EQ(stale.status, 409);
  EXPECT_THAT(stale.body, HasSubstr("Organisationen er ændret siden forhåndsvisningen"));
  EXPECT_THAT(stale.body, HasSubstr("Sikkerhedsgrænsen afviser importen"));  // the plan as it is now
  EXPECT_EQ(Runs().size(), 1U);
  EXPECT_EQ(ActivePeople(), 7U);
}

}  // namespace
}  // namespace lp::testing
