#pragma once

#include <string>
#include <string_view>

namespace lp::domain {

// Trims surrounding white space and lower-cases the address (ASCII); e-mail is the login name.
std::string NormalizeEmail(std::string_view email);
// A pragmatic check: one @, a non-empty local part, a domain with a dot, no spaces or control characters.
bool IsPlausibleEmail(std::string_view email);

}  // namespace lp::domain
