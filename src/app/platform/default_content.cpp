#include "app/platform/default_content.hpp"

#include <algorithm>
#include <span>

#include "embedded.hpp"

namespace lp {
std::span<const EmbeddedFile> EmbeddedContent();
}

namespace lp::app {

std::optional<std::string_view> DefaultContent(std::string_view path) {
  for (const auto& file : EmbeddedContent()) {
    if (file.name == path) return file.content;
  }
  return std::nullopt;
}

std::vector<ContentFile> DefaultContentIn(std::string_view directory) {
  std::vector<ContentFile> files;
  const std::string prefix = std::string(directory) + "/";
  for (const auto& file : EmbeddedContent()) {
    if (!file.name.starts_with(prefix)) continue;
    const auto rest = file.name.substr(prefix.size());
    if (rest.find('/') != std::string_view::npos || rest == "README.md" || !rest.ends_with(".md")) continue;
    files.push_back({file.name, file.content});
  }
  std::sort(files.begin(), files.end(), [](const ContentFile& a, const ContentFile& b) { return a.path < b.path; });
  return files;
}

TitledText SplitTitle(std::string_view content) {
  TitledText result;
  const auto end_of_line = content.find('\n');
  std::string_view first = content.substr(0, end_of_line);
  if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
  if (first.starts_with("# ")) {
    first.remove_prefix(2);
    result.title = std::string(first);
    content = end_of_line == std::string_view::npos ? std::string_view{} : content.substr(end_of_line + 1);
  }
  while (!content.empty() && (content.front() == '\n' || content.front() == '\r')) content.remove_prefix(1);
  result.body = std::string(content);
  return result;
}

}  // namespace lp::app
