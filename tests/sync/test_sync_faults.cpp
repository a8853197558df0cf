// The engine rides out a misbehaving platform (the server's --faults over a real socket) and
// retries on its own.
#include "SyncTestSupport.h"

#include "storage/ReviewStore.h"

#include <QTcpServer>

using namespace wk;
using namespace wk::synctest;

class TestSyncFaults : public QObject
{
    Q_OBJECT
private slots:
    void flakyServerIsRiddenOut_data();
    void flakyServerIsRiddenOut();
    void failedPushIsRetriedByItself();
};

void TestSyncFaults::flakyServerIsRiddenOut_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("engineRetries");   // false: Qt resends a request closed before any answer itself
    QTest::newRow("503 every 5th") << QStringLiteral("5xx=every5:0") << true;
    QTest::newRow("dropped every 5th") << QStringLiteral("drop=every5") << false;
    QTest::newRow("truncated every 5th") << QStringLiteral("truncate=every5") << true;
    QTest::newRow("malformed every 5th") << QStringLiteral("malformed=every5") << true;
    QTest::newRow("429 every 5th") << QStringLiteral("429=every5:0") << true;
    QTest::newRow("a mix") << QStringLiteral("5xx=every5:0,drop=every7,truncate=every11,malformed=every13,lost=every3")
                           << true;
}

void TestSyncFaults::flakyServerIsRiddenOut()
{
    QFETCH(QString, faults);
    QFETCH(bool, engineRetries);
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")), faults);
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    // Queued before the first sync: 30 decisions, pushed 4 at a time while small pages come in.
    Database db = openCache(cache);
    QList<Command> commands;
    for (int i = 0; i < 30; ++i) {
        commands.append(decideCommand(QStringLiteral("rv-%1").arg(i), 1));
        enqueue(db, commands.constLast());
    }
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), true, 4, 5);
    QVERIFY2(console.runOnce(120000), qPrintable(console.error()));
    if (engineRetries)
        QVERIFY(console.progress.retries > 0);
    // Every change arrived, every decision was applied exactly once.
    QCOMPARE(cacheCounts(db), serverCounts(server->store()));
    for (const Command &c : std::as_const(commands)) {
        QCOMPARE(outboxState(db, c.id), std::optional<OutboxState>(OutboxState::Applied));
        QCOMPARE(serverNotes(server->store(), c.target), qint64(1));
    }
    QCOMPARE(serverCommandCount(server->store()), qint64(commands.size()));
    QCOMPARE(console.status.pending, 0);
    QCOMPARE(console.status.lastError, QString());
    QCOMPARE(server->waitingPulls(), 0);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestSyncFaults::failedPushIsRetriedByItself()
{
    QTemporaryDir dir;
    const QString platformDb = dir.filePath(QStringLiteral("platform.sqlite"));
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    quint16 port = 0;
    {
        auto server = makeServer(platformDb);
        port = server->start();
        QVERIFY(port != 0);
        Console first(cache, server->baseUrl(), QStringLiteral("demo-1"), true);
        QVERIFY2(first.runOnce(), qPrintable(first.error()));
    }   // the platform goes away

    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    Console console(cache, url, QStringLiteral("demo-1"), false);
    Database db = openCache(cache);
    const Command decide = decideCommand(QStringLiteral("rv-8"), 1);
    enqueue(db, decide);
    console.service->start();
    // The push fails for want of a platform, and the console says so.
    QTRY_VERIFY_WITH_TIMEOUT(console.progress.retries >= 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!console.status.lastError.isEmpty(), 30000);
    QCOMPARE(console.status.connection, SyncStatus::Connection::Offline);
    QTRY_VERIFY_WITH_TIMEOUT(OutboxStore(db).entry(decide.id)->attempts >= 1, 30000);
    QCOMPARE(outboxState(db, decide.id), std::optional<OutboxState>(OutboxState::Pending));

    // The platform comes back on the same port; nobody touches the console: its timer retries.
    auto server = makeServer(platformDb);
    QVERIFY(server->reusedStore());
    QCOMPARE(server->start(QHostAddress::LocalHost, port), port);
    QTRY_COMPARE_WITH_TIMEOUT(outboxState(db, decide.id), std::optional<OutboxState>(OutboxState::Applied), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(console.status.connection == SyncStatus::Connection::Offline, false, 30000);
    QCOMPARE(serverNotes(server->store(), decide.target), qint64(1));
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "test_sync_faults.moc"
