#pragma once

// The default content shipped in content/ and compiled into the binary: the regional foundation's
// first version, the dialogue library's starter set and the demo's example texts. Services load it
// into the database when their tables are empty; nothing reads these files at run time.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lp::app {

struct ContentFile {
  std::string_view path;     // relative to content/, e.g. "foundation/vaerdier.md"
  std::string_view content;  // UTF-8 text as written
};

// The file at `path`, if shipped.
std::optional<std::string_view> DefaultContent(std::string_view path);

// The Markdown files directly in `directory` (e.g. "dialogue"), without its README.md, sorted by
// path, so the NN- prefix of a file name gives the order.
std::vector<ContentFile> DefaultContentIn(std::string_view directory);

// A content file split into its title (the first line, "# …") and the rest. The rest keeps its text
// from the first line after the title, with leading blank lines removed.
struct TitledText {
  std::string title;
  std::string body;
};
TitledText SplitTitle(std::string_view content);

}  // namespace lp::app
