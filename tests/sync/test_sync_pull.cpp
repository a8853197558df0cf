// End-to-end pulls against the real reference platform over loopback: the first sync, incremental
// pulls by long poll, deletes, and a 410 in the middle of a pull.
#include "SyncTestSupport.h"

#include "storage/BulkLoad.h"
#include "storage/CacheWriter.h"
#include "storage/JournalStore.h"
#include "storage/ReviewStore.h"
#include "storage/SyncStateStore.h"

#include <algorithm>

using namespace wk;
using namespace wk::synctest;

class TestSyncPull : public QObject
{
    Q_OBJECT
private slots:
    void initialSyncMatchesServer_data();
    void initialSyncMatchesServer();
    void initialSyncOfGeneratedData();
    void runningEngineBuildsTheIndexesAfterTheLastPage();
    void incrementalPullAfterServerChange();
    void cursorExpiredMidPullResyncsKeepingOutbox();
};

void TestSyncPull::initialSyncMatchesServer_data()
{
    QTest::addColumn<int>("pageLimit");
    QTest::newRow("many small pages") << 7;
    QTest::newRow("one page") << 1000;
}

void TestSyncPull::initialSyncMatchesServer()
{
    QFETCH(int, pageLimit);
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);

    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), true, 500, pageLimit);
    QVERIFY2(console.runOnce(), qPrintable(console.error()));

    const DataSize size;
    QCOMPARE(console.progress.changes, qint64(size.total()));
    QVERIFY(console.progress.pages >= qint64((size.total() + pageLimit - 1) / pageLimit));
    Database db = openCache(cache);
    QCOMPARE(cacheCounts(db), serverCounts(server->store()));
    QCOMPARE(ReviewStore(db).count(), qint64(size.reviewItems));
    // The data is the server's, not just the counts.
    const auto item = ReviewStore(db).get(QStringLiteral("rv-3"));
    QVERIFY(item);
    QCOMPARE(*item, codec::decodeReviewItem(server->store().find(EntityKind::ReviewItem, QStringLiteral("rv-3"))->object()));
    QVERIFY(!SyncStateStore(db).cursor().isEmpty());
    QVERIFY(SyncStateStore(db).lastPullAt().isValid());
    QVERIFY(!SyncStateStore(db).clientId().isEmpty());   // registered on the way
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    // Many pages from scratch ran in bulk mode: its indexes and search index are all back.
    QVERIFY(!BulkLoad::active(db));
    const QString indexes = QStringLiteral("SELECT group_concat(name || sql, ';') FROM (SELECT name, sql FROM "
                                           "sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)");
    Database fresh = openCache(dir.filePath(QStringLiteral("fresh.sqlite")));
    const auto text = [&indexes](Database &d) {
        Statement st(d, indexes);
        return st.step() ? st.columnText(0) : QString();
    };
    QCOMPARE(text(db), text(fresh));
    db.exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('integrity-check')"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM review_items_fts WHERE review_items_fts MATCH 'tote'")),
             qint64(DataSize().reviewItems));
}

void TestSyncPull::initialSyncOfGeneratedData()
{
    // The generator's data (1% of the full set) through the whole chain: every kind, every field.
    QTemporaryDir dir;
    PlatformServer::Options options;
    options.dbPath = dir.filePath(QStringLiteral("platform.sqlite"));
    options.sizePercent = 1;
    PlatformServer server(options);
    QVERIFY(server.start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server.baseUrl(), QStringLiteral("demo-1"), true);
    QVERIFY2(console.runOnce(), qPrintable(console.error()));
    Database db = openCache(cache);
    const QMap<QString, qint64> counts = serverCounts(server.store());
    QCOMPARE(cacheCounts(db), counts);
    QCOMPARE(counts.size(), 7);   // every entity kind came through
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestSyncPull::runningEngineBuildsTheIndexesAfterTheLastPage()
{
    // Not --once: the engine says it has caught up as soon as the last page is in, then builds the
    // indexes the stream went without, one per turn of its event loop, saying how many are left.
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), false, 500, 40);
    QList<SyncStatus> seen;
    QObject::connect(console.service.get(), &SyncService::statusChanged, console.service.get(),
                     [&seen](const SyncStatus &s) { seen << s; });
    console.service->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.status.caughtUp && console.status.indexesToBuild == 0, 30000);
    QList<int> leftOnceCaughtUp;
    for (const SyncStatus &s : std::as_const(seen))
        if (s.caughtUp && (leftOnceCaughtUp.isEmpty() || leftOnceCaughtUp.constLast() != s.indexesToBuild))
            leftOnceCaughtUp << s.indexesToBuild;
    QVERIFY2(leftOnceCaughtUp.size() > 2, qPrintable(QString::number(leftOnceCaughtUp.size())));
    QVERIFY(leftOnceCaughtUp.constFirst() > 1);
    QVERIFY(std::is_sorted(leftOnceCaughtUp.rbegin(), leftOnceCaughtUp.rend()));   // counting down
    QCOMPARE(leftOnceCaughtUp.constLast(), 0);
    QVERIFY(console.progress.indexBuildMs >= 0);
    Database db = openCache(cache);
    QVERIFY(!BulkLoad::active(db));
    db.exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('integrity-check')"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM review_items_fts WHERE review_items_fts MATCH 'tote'")),
             qint64(DataSize().reviewItems));
    console.service->stop();
}

void TestSyncPull::incrementalPullAfterServerChange()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), false);
    console.service->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.status.caughtUp, 30000);
    // Caught up: the engine now waits in a long poll that the change below answers.
    QTRY_COMPARE_WITH_TIMEOUT(server->waitingPulls(), 1, 30000);

    // A decision on the same item waits in its grace period: the pull must not touch it (rule 3).
    Database db = openCache(cache);
    const Command pending = decideCommand(QStringLiteral("rv-5"), 1);
    enqueue(db, pending, std::chrono::hours(1));

    platform::PlatformStore &store = server->store();
    ReviewItem item = codec::decodeReviewItem(store.find(EntityKind::ReviewItem, QStringLiteral("rv-5"))->object());
    item.title = QStringLiteral("Renamed on the platform");
    {
        Transaction tx(store.database());
        store.upsert(EntityKind::ReviewItem, item.id, codec::encode(item));
        store.remove(EntityKind::ShipmentEvent, QStringLiteral("se-2"));
        tx.commit();
    }
    server->notifyChanged();

    QTRY_COMPARE_WITH_TIMEOUT(ReviewStore(db).get(QStringLiteral("rv-5"))->title, QStringLiteral("Renamed on the platform"),
                              30000);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT count(*) FROM shipment_events WHERE id = 'se-2'")),
                              qint64(0), 30000);
    QCOMPARE(cacheCounts(db), serverCounts(store));
    QCOMPARE(console.status.connection == SyncStatus::Connection::Offline, false);
    const QList<OutboxEntry> intents = OutboxStore(db).pendingFor(QStringLiteral("rv-5"));
    QCOMPARE(intents.size(), 1);
    QCOMPARE(intents.constFirst().command, OutboxStore(db).entry(pending.id)->command);
    QCOMPARE(intents.constFirst().state, OutboxState::Pending);
}

void TestSyncPull::cursorExpiredMidPullResyncsKeepingOutbox()
{
    QTemporaryDir dir;
    // The platform keeps only the last 30 log rows: a scan that began before a burst of changes
    // cannot continue after it.
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")), {}, {}, 30);
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));

    // A first sync interrupted after its first page: what a console that was closed mid-pull left.
    {
        platformtest::TestClient http(server->baseUrl(), QStringLiteral("demo-1"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
        const auto reply = http.get(QStringLiteral("/v1/changes"), query);
        QCOMPARE(reply.status, 200);
        const ChangesPage page = codec::decodeChangesPage(reply.json());
        QVERIFY(page.hasMore);
        Database db = openCache(cache);
        Transaction tx(db);
        CacheWriter(db).applyPage(page, QDateTime::currentDateTimeUtc());
        tx.commit();
    }
    // A decision made offline meanwhile, in its grace period still: it must survive the resync.
    Database db = openCache(cache);
    const Command waiting = decideCommand(QStringLiteral("rv-1"), 1);
    enqueue(db, waiting, std::chrono::hours(1));

    // A burst of changes on the platform moves its horizon past the interrupted scan.
    platform::PlatformStore &store = server->store();
    {
        Transaction tx(store.database());
        for (int i = 0; i < 40; ++i) {
            ReviewItem item = platformtest::sampleReviewItem(i % 40);
            item.title = QStringLiteral("Burst %1").arg(i);
            store.upsert(EntityKind::ReviewItem, item.id, codec::encode(item));
        }
        tx.commit();
    }
    server->notifyChanged();

    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), true, 500, 10);
    QVERIFY2(console.runOnce(), qPrintable(console.error()));
    QCOMPARE(console.progress.resyncs, qint64(1));
    QCOMPARE(cacheCounts(db), serverCounts(store));
    QCOMPARE(ReviewStore(db).get(QStringLiteral("rv-7"))->title, QStringLiteral("Burst 7"));
    QCOMPARE(outboxState(db, waiting.id), std::optional<OutboxState>(OutboxState::Pending));
    bool journalled = false;
    for (const JournalEntry &e : JournalStore(db).recent(50))
        journalled = journalled || e.event == QLatin1StringView("resync");
    QVERIFY(journalled);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestSyncPull)
#include "test_sync_pull.moc"
