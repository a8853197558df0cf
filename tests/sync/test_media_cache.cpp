// MediaCache against the real reference platform over loopback: verified downloads, the cache hit,
// a damaged body, a resumed download whose part on disk is wrong, refusals (size, bad checksum,
// unknown asset) and the byte budget.
#include "generator/MediaLibrary.h"
#include "PlatformServer.h"
#include "sync/MediaCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;
using platform::MediaEntry;
using platform::PlatformServer;

namespace {
MediaEntry fakeEntry(const QString &id, const QByteArray &bytes)
{
    MediaEntry e;
    e.asset.id = id;
    e.asset.mimeType = QStringLiteral("video/mp4");
    e.asset.size = bytes.size();
    e.asset.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return e;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestMediaCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, MediaEntry> m_entries;
    QHash<QString, QByteArray> m_bytes;
    std::unique_ptr<PlatformServer> m_server;

    void addAsset(const QString &id, const QByteArray &bytes)
    {
        m_entries.insert(id, fakeEntry(id, bytes));
        m_bytes.insert(id, bytes);
    }

    PlatformClientSettings settings() const
    {
        PlatformClientSettings s;
        s.baseUrl = m_server->baseUrl();
        s.token = QStringLiteral("demo-1");
        return s;
    }

    std::unique_ptr<MediaCache> makeCache(const QString &folder, qint64 maxBytes = qint64(1) << 30)
    {
        MediaCacheOptions options;
        options.directory = m_dir.filePath(folder);
        options.maxBytes = maxBytes;
        options.maxFileBytes = 1 << 20;
        auto cache = std::make_unique<MediaCache>(options);
        cache->setClientSettings(settings());
        return cache;
    }

    // Fetches and waits for ready or failed; returns {path, error}.
    static QPair<QString, QString> fetchAndWait(MediaCache &cache, const MediaAsset &asset)
    {
        QSignalSpy ready(&cache, &MediaCache::ready);
        QSignalSpy failed(&cache, &MediaCache::failed);
        cache.fetch(asset);
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 10000))
            return {QString(), QStringLiteral("timeout")};
        if (!ready.isEmpty()) {
            if (ready.first().at(0).toString() != asset.id)
                return {QString(), QStringLiteral("ready for another asset")};
            return {ready.first().at(1).toString(), QString()};
        }
        return {QString(), failed.first().at(1).toString()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        addAsset(QStringLiteral("clip-1"), QByteArray(200000, 'a') + QByteArrayLiteral("end of clip one"));
        addAsset(QStringLiteral("clip-2"), QByteArray(150000, 'b') + QByteArrayLiteral("end of clip two"));
        addAsset(QStringLiteral("clip-3"), QByteArray(150000, 'c') + QByteArrayLiteral("end of clip three"));
        PlatformServer::Options o;
        o.dbPath = m_dir.filePath(QStringLiteral("platform.sqlite"));
        o.sizePercent = 0;
        o.findMedia = [this](const QString &id) { return m_entries.contains(id) ? &m_entries[id] : nullptr; };
        o.mediaBytes = [this](const QString &id) { return m_bytes.value(id); };
        m_server = std::make_unique<PlatformServer>(o);
        QVERIFY(m_server->start(QHostAddress::LocalHost, 0) != 0);
    }

    void downloadsVerifiesAndServesFromCache()
    {
        auto cache = makeCache(QStringLiteral("hit"));
        const MediaAsset asset = m_entries.value(QStringLiteral("clip-1")).asset;
        QVERIFY(cache->cachedPath(asset).isEmpty());
        const auto [path, error] = fetchAndWait(*cache, asset);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QFileInfo(path).fileName(), asset.sha256 + QStringLiteral(".mp4"));
        QCOMPARE(readAll(path), m_bytes.value(asset.id));
        QCOMPARE(cache->cachedPath(asset), path);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        // Cached: no platform needed any more.
        PlatformClientSettings gone;
        gone.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        cache->setClientSettings(gone);
        const auto again = fetchAndWait(*cache, asset);
        QCOMPARE(again.first, path);
    }

    void damagedBodyIsDiscarded()
    {
        auto cache = makeCache(QStringLiteral("damaged"));
        MediaAsset asset = m_entries.value(QStringLiteral("clip-2")).asset;
        asset.sha256 = QString::fromLatin1(QCryptographicHash::hash("other bytes", QCryptographicHash::Sha256).toHex());
        const auto [path, error] = fetchAndWait(*cache, asset);
        QVERIFY(path.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("checksum")), qPrintable(error));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("damaged"))).entryList(QDir::Files).isEmpty());
    }

    void resumesFromThePartOnDisk()
    {
        auto cache = makeCache(QStringLiteral("resume"));
        const MediaAsset asset = m_entries.value(QStringLiteral("clip-2")).asset;
        const QByteArray bytes = m_bytes.value(asset.id);
        const QString part = m_dir.filePath(QStringLiteral("resume/")) + MediaCache::fileNameFor(asset) + QStringLiteral(".part");
        QDir().mkpath(m_dir.filePath(QStringLiteral("resume")));

        // A wrong prefix on disk: only a Range request keeps it, and then the checksum catches it.
        {
            QFile f(part);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(1000, 'x'));
        }
        const auto wrong = fetchAndWait(*cache, asset);
        QVERIFY(wrong.first.isEmpty());
        QVERIFY2(wrong.second.contains(QStringLiteral("checksum")), qPrintable(wrong.second));
        QVERIFY(!QFile::exists(part));

        // The right prefix: the rest is fetched and the file is whole.
        {
            QFile f(part);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes.left(70000));
        }
        const auto resumed = fetchAndWait(*cache, asset);
        QVERIFY2(resumed.second.isEmpty(), qPrintable(resumed.second));
        QCOMPARE(readAll(resumed.first), bytes);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("expected");
        const QString good = m_entries.value(QStringLiteral("clip-3")).asset.sha256;
        QTest::newRow("path in the checksum") << QStringLiteral("clip-3") << QStringLiteral("../../etc/passwd") << qint64(10)
                                              << QStringLiteral("checksum");
        QTest::newRow("upper-case checksum") << QStringLiteral("clip-3") << good.toUpper() << qint64(10)
                                             << QStringLiteral("checksum");
        QTest::newRow("too big") << QStringLiteral("clip-3") << good << qint64(64) << QStringLiteral("MB");
        QTest::newRow("unknown asset") << QStringLiteral("no-such-clip") << good << qint64(100)
                                       << QStringLiteral("no such media");
    }

    void refusals()
    {
        QFETCH(QString, id);
        QFETCH(QString, sha256);
        QFETCH(qint64, size);
        QFETCH(QString, expected);
        auto cache = makeCache(QStringLiteral("refused"));
        MediaAsset asset;
        asset.id = id;
        asset.mimeType = QStringLiteral("video/mp4");
        asset.sha256 = sha256;
        asset.size = size == 64 ? (qint64(64) << 20) : size;
        const auto [path, error] = fetchAndWait(*cache, asset);
        QVERIFY(path.isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
        const QStringList left = QDir(m_dir.filePath(QStringLiteral("refused"))).entryList(QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void notConnectedSaysSo()
    {
        MediaCacheOptions options;
        options.directory = m_dir.filePath(QStringLiteral("offline"));
        MediaCache cache(options);
        const auto [path, error] = fetchAndWait(cache, m_entries.value(QStringLiteral("clip-1")).asset);
        QVERIFY(path.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("not connected")), qPrintable(error));
    }

    void keepsToItsBudget()
    {
        // Room for one clip: the older one goes when the next arrives.
        auto cache = makeCache(QStringLiteral("budget"), 250000);
        const MediaAsset first = m_entries.value(QStringLiteral("clip-2")).asset;
        const MediaAsset second = m_entries.value(QStringLiteral("clip-3")).asset;
        const auto a = fetchAndWait(*cache, first);
        QVERIFY2(a.second.isEmpty(), qPrintable(a.second));
        QFile(a.first).setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime);
        const auto b = fetchAndWait(*cache, second);
        QVERIFY2(b.second.isEmpty(), qPrintable(b.second));
        QVERIFY(QFile::exists(b.first));
        QVERIFY(!QFile::exists(a.first));
        QVERIFY(cache->cachedPath(first).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "test_media_cache.moc"
