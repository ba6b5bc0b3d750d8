#pragma once

namespace lp::cli {

// The server's log: the same lines and pattern on standard output as spdlog's default, but
// buffered. spdlog's console sinks flush after every line, which cost a write(2) under the sink's
// lock per request (the access log; docs/PERFORMANCE.md). Here a warning or an error is flushed at
// once, other lines within a second; a process killed with SIGKILL may lose up to that second of
// access-log lines, never a warning.
void UseBufferedServerLog();

}  // namespace lp::cli
