#pragma once
// What the pane tests share: the real demo media in resources/media as MediaAssets (with their
// real sha256, so the panes' checks pass), and an offscreen screenshot checked for content.
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QWidget>

namespace wk::test {

inline QString mediaPath(const QString &file)
{
    return qEnvironmentVariable("WK_SOURCE_DIR") + QStringLiteral("/resources/media/") + file;
}

inline MediaAsset assetFor(const QString &file, const QString &mime, int width = 640, int height = 640,
                           qint64 durationMs = 0)
{
    MediaAsset asset;
    asset.id = file.section(QLatin1Char('.'), 0, 0);
    asset.mimeType = mime;
    QFile f(mediaPath(file));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = f.readAll();
        asset.size = bytes.size();
        asset.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    asset.width = width;
    asset.height = height;
    asset.durationMs = durationMs;
    return asset;
}

// How many distinct colours a grab has (sampled on a grid): a blank or uniform pane has a few.
inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

inline QImage saveScreenshot(QWidget *widget, const QString &name)
{
    // Widgets added to a shown layout appear on the next turn of the event loop.
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    const QString path = QStringLiteral("/tmp/panes-%1.png").arg(name);
    if (!image.save(path))
        qWarning("could not save %s", qPrintable(path));
    return image;
}

} // namespace wk::test
