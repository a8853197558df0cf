#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace wk::console {

// Call before the window is built: widgets derive their fonts from the application font.
void prepareScreenshotFont();

// The README's screenshots: the window at a fixed size, rendered (not captured from a screen),
// so they come out the same on every machine. Returns an error sentence, or an empty string.
QString saveScreenshot(QWidget &window, const QString &path, QSize size = QSize(1280, 800));

} // namespace wk::console
