// The demo media: every manifest entry is compiled in with the right hash, defects are described
// consistently, and every clip really decodes (when ffmpeg is installed).
#include "MediaLibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;
using namespace wk::platform;

class TestMediaLibrary : public QObject
{
    Q_OBJECT
private slots:
    void entriesLoaded()
    {
        const auto &lib = MediaLibrary::instance();
        int sources = 0, images = 0, videos = 0;
        for (const MediaEntry &e : lib.entries()) {
            sources += e.isSourcePhoto;
            images += !e.isSourcePhoto && e.kind == MediaKind::Image;
            videos += e.kind == MediaKind::Video;
        }
        QVERIFY2(sources >= 8, "expected at least 8 supplier source photos");
        QVERIFY(images >= 12);
        QVERIFY(videos >= 6);
    }
    void bytesMatchManifest()
    {
        for (const MediaEntry &e : MediaLibrary::instance().entries()) {
            const QByteArray data = MediaLibrary::instance().bytes(e.asset.id);
            QVERIFY2(!data.isEmpty(), qPrintable(e.asset.id));
            QCOMPARE(data.size(), e.asset.size);
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()), e.asset.sha256);
            // The file in the source tree is the one compiled in.
            QFile onDisk(qEnvironmentVariable("WK_SOURCE_DIR") + QStringLiteral("/resources/") + e.file);
            if (onDisk.open(QIODevice::ReadOnly))
                QCOMPARE(onDisk.readAll(), data);
        }
        QVERIFY(MediaLibrary::instance().bytes(QStringLiteral("no-such-media")).isEmpty());
    }
    void defectsAreDescribed()
    {
        for (const MediaEntry &e : MediaLibrary::instance().entries()) {
            if (e.isSourcePhoto) {
                QVERIFY(e.defects.isEmpty());
                continue;
            }
            QVERIFY2(MediaLibrary::instance().find(e.sourceId), qPrintable(e.asset.id + QStringLiteral(" has no source")));
            if (e.defects.isEmpty())
                continue;
            if (e.kind == MediaKind::Image) {
                QCOMPARE(e.defectRegions.size(), e.defects.size());
                for (const Region &r : e.defectRegions) {
                    QVERIFY(r.x >= 0 && r.y >= 0 && r.x + r.width <= 1.0 && r.y + r.height <= 1.0);
                    QVERIFY(r.width > 0 && r.height > 0);
                }
            } else {
                QVERIFY(!e.defectRanges.isEmpty());
                for (const TimeRange &t : e.defectRanges)
                    QVERIFY(t.startMs < t.endMs && t.endMs <= e.asset.durationMs);
            }
        }
    }
    void videosDecode()
    {
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        if (ffmpeg.isEmpty())
            QSKIP("ffmpeg is not installed, so the clips cannot be decoded here.");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const MediaEntry &e : MediaLibrary::instance().entries()) {
            if (e.kind != MediaKind::Video)
                continue;
            const QString path = dir.filePath(e.asset.id + QStringLiteral(".mp4"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(MediaLibrary::instance().bytes(e.asset.id));
            f.close();
            QProcess p;
            p.start(ffmpeg, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), path,
                             QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(p.readAllStandardError().isEmpty(), qPrintable(e.asset.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestMediaLibrary)
#include "test_media_library.moc"
