#pragma once

#include <string_view>

#include "app/platform/result.hpp"

namespace lp::web {

// The one place where outcomes become HTTP status codes.
int StatusFor(app::ErrorKind kind);

struct ErrorText {
  std::string_view heading;
  std::string_view message;
};
// The Danish heading and explanation shown for a status when the handler gave no message.
ErrorText DanishErrorText(int status);

}  // namespace lp::web
