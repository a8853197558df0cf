#pragma once
// Starts the sync of the local cache with a platform for the console window, and shows its state
// in the window's status bar. The SyncService (models/sync) does the work on its own threads.
#include "common/ConnectionSettings.h"

#include <QString>


namespace wk {
class MainWindow;
class SyncService;
}

namespace wk::console {

// The service is a child of `window` (it stops, and its threads join, when the window goes); so is
// the Workspace built on it, which the window hands to its desks.
SyncService *startConsoleSync(MainWindow &window, const ConnectionSettings &connection, const QString &cachePath);

// Where the demo's cache lives (kept apart from a real platform's cache).
QString demoCachePath();

} // namespace wk::console
