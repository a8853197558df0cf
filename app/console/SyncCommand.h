#pragma once
// `watchkeeper sync`: the headless sync for scripts and tests (issue 3, section 6). Runs on a
// QCoreApplication of its own, before any widget exists.

namespace wk::console {

// True when the first argument is the `sync` subcommand.
bool isSyncCommand(int argc, char **argv);
// Runs it; returns the process exit code (0 ok, 1 sync failed, 2 bad usage).
int runSyncCommand(int argc, char **argv);

} // namespace wk::console
