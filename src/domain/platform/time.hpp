#pragma once

#include <chrono>

namespace lp::domain {

// Instants are UTC seconds everywhere inside the program and in the database (as integers);
// conversion to Danish local time happens only when formatting for people.
using Timestamp = std::chrono::sys_seconds;

inline Timestamp FromUnixSeconds(long long seconds) { return Timestamp{std::chrono::seconds{seconds}}; }
inline long long ToUnixSeconds(Timestamp t) { return t.time_since_epoch().count(); }

}  // namespace lp::domain
