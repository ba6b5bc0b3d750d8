#pragma once

#include <span>
#include <string_view>

namespace lp {

// A file compiled into the binary (templates, SQL migrations), keyed by its relative path.
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

}  // namespace lp
