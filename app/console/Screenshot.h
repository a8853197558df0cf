#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace wk {
class SyncService;
}

namespace wk::console {

// Call before the window is built: widgets derive their fonts from the application font.
void prepareScreenshotFont();

// The README's screenshots: the window at a fixed size, rendered (not captured from a screen),
// so they come out the same on every machine. Returns an error sentence, or an empty string.
QString saveScreenshot(QWidget &window, const QString &path, QSize size = QSize(1280, 800));

// `--demo --screenshot`: the window as a new user sees it, rendered once the demo's first sync has
// caught up and the desks have had a few seconds to read the cache (their readers and the score
// refresh run on worker threads). Then the application exits: 0, or 1 with the reason on stderr
// (the file could not be written, or the sync did not catch up within five minutes).
void saveScreenshotWhenCaughtUp(QWidget &window, SyncService &sync, const QString &path);

} // namespace wk::console
