#include "Screenshot.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace wk::console {

void prepareScreenshotFont()
{
    // The offscreen platform's default font is smaller than what common desktops use; 10 pt is
    // closer to what a supervisor actually sees.
    QFont font = QApplication::font();
    font.setPointSizeF(10);
    QApplication::setFont(font);
}

QString saveScreenshot(QWidget &window, const QString &path, QSize size)
{
    window.resize(size);
    window.show();
    // Layouts and style polish settle over a few event-loop turns after show().
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();

    const QImage image = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImageWriter writer(path, "png");
    writer.setQuality(0); // for PNG: the strongest compression; the images live in git
    if (!writer.write(image)) {
        return QCoreApplication::translate("wk::console::Screenshot", "Cannot write the screenshot %1: %2")
            .arg(QDir::toNativeSeparators(path), writer.errorString());
    }
    return {};
}

} // namespace wk::console
