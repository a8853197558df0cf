// The demo media compiled into the platform: every file the manifest names is there, its size and
// sha256 are what the library serves, the flagged ones say where their defect is, and every video
// really decodes.
#include "generator/MediaLibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;
using namespace wk::platform;

class TestMediaLibrary : public QObject
{
    Q_OBJECT

private:
    static QJsonArray manifest()
    {
        QFile f(QStringLiteral(":/media/manifest.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("media")).toArray();
    }

private slots:
    void everyManifestFileIsLoaded()
    {
        const QJsonArray media = manifest();
        QVERIFY2(media.size() >= 20, "the compiled-in manifest lists the demo media");
        const MediaLibrary &library = MediaLibrary::instance();
        QCOMPARE(library.entries().size(), media.size());
        for (const QJsonValue &v : media) {
            const QJsonObject o = v.toObject();
            const QString id = o.value(QStringLiteral("id")).toString();
            const MediaEntry *entry = library.find(id);
            QVERIFY2(entry, qPrintable(id));
            QFile file(QStringLiteral(":/") + o.value(QStringLiteral("file")).toString());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            QCOMPARE(entry->asset.size, qint64(bytes.size()));
            QCOMPARE(entry->asset.sha256,
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            QCOMPARE(library.bytes(id), bytes);
            QCOMPARE(entry->asset.mimeType, o.value(QStringLiteral("mime")).toString());
            QVERIFY(entry->asset.width > 0 && entry->asset.height > 0);
        }
        QVERIFY(!library.find(QStringLiteral("no-such-media")));
        QVERIFY(library.bytes(QStringLiteral("no-such-media")).isEmpty());
    }

    void defectsSayWhere()
    {
        for (const MediaEntry &e : MediaLibrary::instance().entries()) {
            if (e.isSourcePhoto) {
                QVERIFY2(e.defects.isEmpty(), qPrintable(e.asset.id));
                continue;
            }
            QVERIFY2(MediaLibrary::instance().find(QStringLiteral("src-") + e.productKey),
                     qPrintable(e.asset.id + QStringLiteral(": no source photo for its product")));
            for (FlagReason reason : e.defects) {
                const QString tag = toCode(reason);
                const bool located = e.kind == MediaKind::Video
                    ? std::any_of(e.defectRanges.cbegin(), e.defectRanges.cend(), [&](const TimeRange &t) { return t.tag == tag; })
                    : std::any_of(e.defectRegions.cbegin(), e.defectRegions.cend(), [&](const Region &g) { return g.tag == tag; });
                QVERIFY2(located, qPrintable(e.asset.id + QStringLiteral(": ") + tag));
            }
            for (const Region &g : e.defectRegions)
                QVERIFY(g.x >= 0 && g.y >= 0 && g.x + g.width <= 1 && g.y + g.height <= 1);
            for (const TimeRange &t : e.defectRanges)
                QVERIFY(t.startMs >= 0 && t.startMs < t.endMs && t.endMs <= e.asset.durationMs);
        }
    }

    void videosDecode()
    {
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
        if (ffmpeg.isEmpty() || ffprobe.isEmpty())
            QSKIP("ffmpeg/ffprobe not found: install ffmpeg to check that the demo videos decode.");
        QTemporaryDir dir;
        int videos = 0;
        for (const MediaEntry &e : MediaLibrary::instance().entries()) {
            if (e.kind != MediaKind::Video)
                continue;
            ++videos;
            const QString path = dir.filePath(e.asset.id + QStringLiteral(".mp4"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(MediaLibrary::instance().bytes(e.asset.id));
            out.close();

            QProcess probe;
            probe.start(ffprobe, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                                  QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                  QStringLiteral("stream=codec_name,width,height"), QStringLiteral("-of"),
                                  QStringLiteral("json"), path});
            QVERIFY(probe.waitForFinished(30000));
            QCOMPARE(probe.exitCode(), 0);
            const QJsonObject stream = QJsonDocument::fromJson(probe.readAllStandardOutput())
                                           .object().value(QStringLiteral("streams")).toArray().at(0).toObject();
            QCOMPARE(stream.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
            QCOMPARE(stream.value(QStringLiteral("width")).toInt(), e.asset.width);
            QCOMPARE(stream.value(QStringLiteral("height")).toInt(), e.asset.height);

            // Decode every frame: a file a player chokes on fails here.
            QProcess decode;
            decode.start(ffmpeg, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-xerror"),
                                  QStringLiteral("-i"), path, QStringLiteral("-f"), QStringLiteral("null"),
                                  QStringLiteral("-")});
            QVERIFY(decode.waitForFinished(60000));
            QVERIFY2(decode.exitCode() == 0 && decode.readAllStandardError().trimmed().isEmpty(),
                     qPrintable(e.asset.id));
        }
        QVERIFY(videos >= 4);
    }
};

QTEST_GUILESS_MAIN(TestMediaLibrary)
#include "test_media_library.moc"
