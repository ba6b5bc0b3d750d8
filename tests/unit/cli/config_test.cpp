#include "cli/config.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "cli/bootstrap.hpp"

namespace lp::cli {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// The message of the std::runtime_error that `action` throws, or a failure when it throws none.
template <typename F>
std::string ErrorOf(F&& action) {
  try {
    action();
  } catch (const std::runtime_error& error) {
    return error.what();
  }
  ADD_FAILURE() << "expected std::runtime_error";
  return {};
}

// Every test starts with none of the LP_* variables set and gets the caller's values back afterwards,
// so a developer's or CI's environment cannot change the outcome and the tests leave no trace.
class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const auto& setting : Settings()) {
      const std::string name(setting.env);
      const char* value = std::getenv(name.c_str());
      saved_.emplace_back(name, value ? std::optional<std::string>(value) : std::nullopt);
      ::unsetenv(name.c_str());
    }
  }

  void TearDown() override {
    for (const auto& [name, value] : saved_) {
      if (value) {
        ::setenv(name.c_str(), value->c_str(), 1);
      } else {
        ::unsetenv(name.c_str());
      }
    }
    for (const auto& file : files_) std::filesystem::remove(file);
  }

  std::string WriteFile(const std::string& text) {
    static int counter = 0;
    const auto path = std::filesystem::temp_directory_path() /
                      ("lp_config_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + ".conf");
    std::ofstream(path, std::ios::binary) << text;
    files_.push_back(path);
    return path.string();
  }

 private:
  std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
  std::vector<std::filesystem::path> files_;
};

// ---- Loading ---------------------------------------------------------------------------------

TEST_F(ConfigTest, LoadsTheDefaultsWithoutAFile) {
  const auto config = Config::Load(std::nullopt);

  EXPECT_EQ(config.Get("listen"), "127.0.0.1:8080");
  EXPECT_EQ(config.GetInt("db_pool_size", 1, 256), 4);
  EXPECT_EQ(config.GetInt("session_idle_minutes", 1, 10000), 120);
  EXPECT_FALSE(config.GetBool("secure_cookies"));
  EXPECT_EQ(config.Get("database_url"), "");
  EXPECT_EQ(config.Get("log_level"), "info");
}

TEST_F(ConfigTest, ReadsKeyValueLinesAndSkipsCommentsAndBlankLines) {
  const auto path = WriteFile(
      "# Ledelsesportalen\n"
      "\n"
      "listen = 0.0.0.0:9000\n"
      "   # an indented comment\n"
      "\tdb_pool_size\t=\t8  \n"
      "log_level=debug\r\n"
      "secure_cookies = true\n");

  const auto config = Config::Load(path);

  EXPECT_EQ(config.Get("listen"), "0.0.0.0:9000");
  EXPECT_EQ(config.GetInt("db_pool_size", 1, 256), 8);
  EXPECT_EQ(config.Get("log_level"), "debug");
  EXPECT_TRUE(config.GetBool("secure_cookies"));
  EXPECT_EQ(config.Get("network_threads"), "2");  // untouched default
}

TEST_F(ConfigTest, SplitsALineOnlyAtTheFirstEqualsSign) {
  const auto path = WriteFile("database_url = postgresql://lp:a=b@db:5432/lp?sslmode=require\n");

  EXPECT_EQ(Config::Load(path).Get("database_url"), "postgresql://lp:a=b@db:5432/lp?sslmode=require");
}

TEST_F(ConfigTest, LetsTheLastOfRepeatedKeysWin) {
  const auto path = WriteFile("listen = 127.0.0.1:1\nlisten = 127.0.0.1:2\n");

  EXPECT_EQ(Config::Load(path).Get("listen"), "127.0.0.1:2");
}

TEST_F(ConfigTest, AcceptsAnEmptyValue) {
  const auto path = WriteFile("metrics_token =\n");

  EXPECT_EQ(Config::Load(path).Get("metrics_token"), "");
}

TEST_F(ConfigTest, NamesTheFileWhenItCannotBeRead) {
  const std::string missing = "/nonexistent/lp_config_test/portal.conf";

  EXPECT_THAT(ErrorOf([&] { Config::Load(missing); }), HasSubstr(missing));
}

TEST_F(ConfigTest, NamesFileAndLineOfAnUnknownSetting) {
  const auto path = WriteFile("listen = 127.0.0.1:8080\n# comment\nlisten_port = 80\n");

  EXPECT_THAT(ErrorOf([&] { Config::Load(path); }),
              AllOf(HasSubstr(path + ":3:"), HasSubstr("unknown setting 'listen_port'")));
}

TEST_F(ConfigTest, NamesFileAndLineOfALineWithoutEquals) {
  const auto path = WriteFile("\nlisten 127.0.0.1:8080\n");

  EXPECT_THAT(ErrorOf([&] { Config::Load(path); }), AllOf(HasSubstr(path + ":2:"), HasSubstr("key = value")));
}

TEST_F(ConfigTest, RefusesKeysInAnotherCase) {
  const auto path = WriteFile("LISTEN = 127.0.0.1:8080\n");

  EXPECT_THAT(ErrorOf([&] { Config::Load(path); }), HasSubstr("unknown setting 'LISTEN'"));
}

TEST_F(ConfigTest, LetsTheEnvironmentOverrideTheFile) {
  const auto path = WriteFile("listen = 127.0.0.1:1111\ndb_pool_size = 8\n");
  ::setenv("LP_LISTEN", "[::1]:2222", 1);

  const auto config = Config::Load(path);

  EXPECT_EQ(config.Get("listen"), "[::1]:2222");
  EXPECT_EQ(config.GetInt("db_pool_size", 1, 256), 8);  // not overridden
}

TEST_F(ConfigTest, LetsTheEnvironmentOverrideTheDefaults) {
  ::setenv("LP_SECURE_COOKIES", "yes", 1);
  ::setenv("LP_TRUSTED_PROXIES", "10.0.0.1,10.0.0.2", 1);

  const auto config = Config::Load(std::nullopt);

  EXPECT_TRUE(config.GetBool("secure_cookies"));
  EXPECT_THAT(config.GetList("trusted_proxies"), ElementsAre("10.0.0.1", "10.0.0.2"));
}

// ---- Typed access ----------------------------------------------------------------------------

TEST_F(ConfigTest, GetIntAcceptsTheBoundsOfItsRange) {
  auto config = Config::FromMap({{"db_pool_size", "1"}, {"network_threads", "64"}});

  EXPECT_EQ(config.GetInt("db_pool_size", 1, 256), 1);
  EXPECT_EQ(config.GetInt("network_threads", 1, 64), 64);
  config.Set("shutdown_grace_seconds", "-5");
  EXPECT_EQ(config.GetInt("shutdown_grace_seconds", -10, 10), -5);
}

TEST_F(ConfigTest, GetIntExplainsAValueOutsideItsRangeByVariableName) {
  const auto config = Config::FromMap({{"db_pool_size", "0"}, {"network_threads", "65"}});

  EXPECT_THAT(ErrorOf([&] { config.GetInt("db_pool_size", 1, 256); }),
              AllOf(HasSubstr("LP_DB_POOL_SIZE"), HasSubstr("from 1 to 256"), HasSubstr("'0'")));
  EXPECT_THAT(ErrorOf([&] { config.GetInt("network_threads", 1, 64); }),
              AllOf(HasSubstr("LP_NETWORK_THREADS"), HasSubstr("'65'")));
}

TEST_F(ConfigTest, GetIntRefusesTextThatIsNotAWholeNumber) {
  for (const char* text : {"", "abc", "12abc", "1.5", " 4", "4 ", "0x10", "99999999999999999999"}) {
    SCOPED_TRACE(text);
    const auto config = Config::FromMap({{"db_pool_size", text}});
    EXPECT_THAT(ErrorOf([&] { config.GetInt("db_pool_size", 1, 256); }), HasSubstr("LP_DB_POOL_SIZE"));
  }
}

TEST_F(ConfigTest, GetBoolAcceptsTheUsualSpellings) {
  for (const char* text : {"true", "1", "yes"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Config::FromMap({{"secure_cookies", text}}).GetBool("secure_cookies"));
  }
  for (const char* text : {"false", "0", "no", ""}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(Config::FromMap({{"secure_cookies", text}}).GetBool("secure_cookies"));
  }
}

TEST_F(ConfigTest, GetBoolRefusesAnythingElseByVariableName) {
  const auto config = Config::FromMap({{"secure_cookies", "måske"}});

  EXPECT_THAT(ErrorOf([&] { config.GetBool("secure_cookies"); }),
              AllOf(HasSubstr("LP_SECURE_COOKIES"), HasSubstr("'måske'")));
}

TEST_F(ConfigTest, GetListSplitsOnCommasTrimsAndDropsEmptyItems) {
  const auto config = Config::FromMap({{"trusted_proxies", " 10.0.0.1 ,,\t10.0.0.2, ,"}});

  EXPECT_THAT(config.GetList("trusted_proxies"), ElementsAre("10.0.0.1", "10.0.0.2"));
}

TEST_F(ConfigTest, GetListOfAnEmptyOrUnknownKeyIsEmpty) {
  const auto config = Config::FromMap({});

  EXPECT_THAT(config.GetList("trusted_proxies"), IsEmpty());
  EXPECT_THAT(config.GetList("no_such_key"), IsEmpty());
}

TEST_F(ConfigTest, SetReplacesAValue) {
  auto config = Config::FromMap({});

  config.Set("listen", "0.0.0.0:80");

  EXPECT_EQ(config.Get("listen"), "0.0.0.0:80");
}

TEST(ConfigSettings, HaveUniqueKeysAndLpVariablesAndAppearInTheHelp) {
  std::set<std::string_view> keys;
  std::set<std::string_view> envs;
  const auto help = SettingsHelp();
  for (const auto& setting : Settings()) {
    SCOPED_TRACE(std::string(setting.key));
    EXPECT_TRUE(keys.insert(setting.key).second);
    EXPECT_TRUE(envs.insert(setting.env).second);
    EXPECT_TRUE(setting.env.starts_with("LP_"));
    EXPECT_FALSE(setting.description.empty());
    EXPECT_THAT(help, HasSubstr(std::string(setting.env) + " / " + std::string(setting.key)));
  }
  EXPECT_GE(keys.size(), 10U);
}

// ---- Listen addresses ------------------------------------------------------------------------

TEST(ParseListen, SplitsAnIpv4HostAndPort) {
  const auto address = ParseListen("127.0.0.1:8080");

  EXPECT_EQ(address.host, "127.0.0.1");
  EXPECT_EQ(address.port, 8080);
}

TEST(ParseListen, StripsTheBracketsOfAnIpv6Host) {
  const auto address = ParseListen("[::1]:80");

  EXPECT_EQ(address.host, "::1");
  EXPECT_EQ(address.port, 80);
}

TEST(ParseListen, AcceptsAHostNameAndTheWholePortRange) {
  EXPECT_EQ(ParseListen("localhost:65535").port, 65535);
  EXPECT_EQ(ParseListen("localhost:65535").host, "localhost");
  EXPECT_EQ(ParseListen("0.0.0.0:0").port, 0);  // 0 = any free port (the tests use it)
}

TEST(ParseListen, RefusesMalformedAddresses) {
  for (const char* text : {"", "127.0.0.1", "127.0.0.1:", ":8080", "127.0.0.1:http", "127.0.0.1:80x", "127.0.0.1:-1",
                           "127.0.0.1:65536", "127.0.0.1:99999999999", "[::1]", "127.0.0.1: 80"}) {
    SCOPED_TRACE(text);
    EXPECT_THROW(ParseListen(text), std::runtime_error);
  }
}

TEST(ParseListen, QuotesTheBadValueInItsMessage) {
  EXPECT_THAT(ErrorOf([] { ParseListen("127.0.0.1:http"); }), HasSubstr("'127.0.0.1:http'"));
}

}  // namespace
}  // namespace lp::cli
