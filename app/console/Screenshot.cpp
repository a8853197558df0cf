#include "Screenshot.h"

#include "sync/SyncService.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <memory>

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

namespace {
void exitWith(const QString &error)
{
    if (!error.isEmpty())
        std::fputs(qUtf8Printable(error + QLatin1Char('\n')), stderr);
    QCoreApplication::exit(error.isEmpty() ? 0 : 1);
}
} // namespace

void saveScreenshotWhenCaughtUp(QWidget &window, SyncService &sync, const QString &path)
{
    constexpr int kSettleMs = 4000;         // the desks' first reads and the scorecards after the sync
    constexpr int kGiveUpMs = 5 * 60 * 1000;
    QPointer<QWidget> target(&window);
    auto *settle = new QTimer(&sync);
    settle->setSingleShot(true);
    QObject::connect(settle, &QTimer::timeout, &sync, [target, path] {
        exitWith(target ? saveScreenshot(*target, path) : QString());
    });
    auto caughtUp = std::make_shared<QMetaObject::Connection>();
    *caughtUp = QObject::connect(&sync, &SyncService::statusChanged, settle, [settle, caughtUp](const SyncStatus &status) {
        if (!status.caughtUp)
            return;
        QObject::disconnect(*caughtUp);   // the first time only: the live demo keeps syncing
        settle->start(kSettleMs);
    });
    QTimer::singleShot(kGiveUpMs, &sync, [] {
        exitWith(QCoreApplication::translate("wk::console::Screenshot",
                                             "The demo did not finish its first sync within five minutes: no screenshot."));
    });
}

} // namespace wk::console
