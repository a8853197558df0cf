#pragma once
// `watchkeeper journal verify [--db PATH]`: checks the decision journal's hash chain (issue 7) and
// exits non-zero when it is broken. Headless, like `watchkeeper sync`.

namespace wk::console {

// True when the first argument is the `journal` subcommand.
bool isJournalCommand(int argc, char **argv);
// Runs it; returns the exit code: 0 the chain verifies, 1 it is broken, 2 bad usage or no cache.
int runJournalCommand(int argc, char **argv);

} // namespace wk::console
