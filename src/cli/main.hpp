#pragma once

namespace lp::cli {

// The `ledelsesportal` command line: serve, migrate, demo-data, import, create-user.
// Exit status: 0 done, 1 the operation failed (the message says why), 2 wrong usage.
int Main(int argc, char** argv);

}  // namespace lp::cli
