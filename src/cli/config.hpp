#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lp::cli {

// One configuration setting: its key in the configuration file, its environment variable, what it
// means (shown by --help), and its default. Environment variables win over the file.
struct Setting {
  std::string_view key;
  std::string_view env;
  std::string_view description;
  std::string_view default_value;
};

std::span<const Setting> Settings();
// The --help footer describing every setting.
std::string SettingsHelp();

class Config {
 public:
  // Reads `file` (when given: `key = value` lines, # comments) and then the environment.
  // Throws std::runtime_error naming the file/line or the variable when something is wrong.
  static Config Load(const std::optional<std::string>& file);
  static Config FromMap(const std::map<std::string, std::string>& values);  // tests

  std::string Get(std::string_view key) const;
  long long GetInt(std::string_view key, long long min, long long max) const;
  bool GetBool(std::string_view key) const;
  std::vector<std::string> GetList(std::string_view key) const;
  void Set(std::string_view key, std::string value);

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

}  // namespace lp::cli
