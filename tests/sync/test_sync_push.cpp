// End-to-end pushes against the real reference platform over loopback: applied decisions, a lost
// response replayed, a platform that forgot the client, two supervisors on one item, working offline.
#include "SyncTestSupport.h"

#include "storage/JournalStore.h"
#include "storage/ReviewStore.h"
#include "storage/SyncStateStore.h"

using namespace wk;
using namespace wk::synctest;

class TestSyncPush : public QObject
{
    Q_OBJECT
private slots:
    void decisionIsApplied();
    void lostResponseGetsStoredResult();
    void forgottenClientRegistersAgain();
    void twoSupervisorsOneItem_data();
    void twoSupervisorsOneItem();
    void workOfflineHoldsThenSends();
    void offlineDecisionOnDeletedItemIsKept();
    void reusedIdIsSetAsideNotRetriedForever();
    void backlogIsPushedBeforeThePullResumes();
};

namespace {
qint64 cachedVersion(Database &db, const QString &itemId) { return ReviewStore(db).version(itemId).value_or(-1); }
}

void TestSyncPush::decisionIsApplied()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        Console first(cache, server->baseUrl(), QStringLiteral("demo-1"), true);
        QVERIFY2(first.runOnce(), qPrintable(first.error()));
    }
    Database db = openCache(cache);
    const Command decide = decideCommand(QStringLiteral("rv-2"), cachedVersion(db, QStringLiteral("rv-2")));
    enqueue(db, decide);

    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), true);
    QVERIFY2(console.runOnce(), qPrintable(console.error()));
    QCOMPARE(console.progress.applied, qint64(1));
    QCOMPARE(outboxState(db, decide.id), std::optional<OutboxState>(OutboxState::Applied));
    const ReviewItem onServer =
        codec::decodeReviewItem(server->store().find(EntityKind::ReviewItem, QStringLiteral("rv-2"))->object());
    QCOMPARE(onServer.status, ReviewStatus::Decided);
    QCOMPARE(onServer.decision->decidedBy, QStringLiteral("sup-1"));
    QCOMPARE(console.status.pending, 0);
}

void TestSyncPush::lostResponseGetsStoredResult()
{
    QTemporaryDir dir;
    // Every second command post is applied and then its connection closed without an answer.
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")), QStringLiteral("lost=every2"));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), false);
    console.service->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.status.caughtUp, 30000);

    Database db = openCache(cache);
    const Command note = noteCommand(QStringLiteral("rv-1"), QStringLiteral("first"));
    enqueue(db, note);
    console.service->commandsChanged();
    QTRY_COMPARE_WITH_TIMEOUT(outboxState(db, note.id), std::optional<OutboxState>(OutboxState::Applied), 30000);

    // The second post: applied on the platform, answer lost; the engine retries by itself.
    const Command decide = decideCommand(QStringLiteral("rv-3"), cachedVersion(db, QStringLiteral("rv-3")));
    enqueue(db, decide);
    console.service->commandsChanged();
    QTRY_COMPARE_WITH_TIMEOUT(outboxState(db, decide.id), std::optional<OutboxState>(OutboxState::Applied), 30000);
    // (Qt itself resends a request whose connection closed before any answer, so the replay may
    // come from there or from the engine's retry: either way the platform answers from its store.)
    // One effect: the platform stored the command once and recorded the decision's note once.
    QCOMPARE(serverCommandCount(server->store()), qint64(2));
    QCOMPARE(serverNotes(server->store(), QStringLiteral("rv-3")), qint64(1));
    bool duplicate = false;
    for (const JournalEntry &e : JournalStore(db).forCommand(decide.id))
        duplicate = duplicate || e.event == QLatin1StringView("duplicate");
    QVERIFY(duplicate);
}

void TestSyncPush::forgottenClientRegistersAgain()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        Console first(cache, server->baseUrl(), QStringLiteral("demo-1"), true);
        QVERIFY2(first.runOnce(), qPrintable(first.error()));
    }
    Database db = openCache(cache);
    const QString oldClient = SyncStateStore(db).clientId();
    QVERIFY(!oldClient.isEmpty());
    server->store().database().exec(QStringLiteral("DELETE FROM clients"));   // the platform lost its memory

    QList<Command> commands;
    for (int i = 0; i < 3; ++i) {
        commands.append(noteCommand(QStringLiteral("rv-%1").arg(i), QStringLiteral("note %1").arg(i)));
        enqueue(db, commands.constLast());
    }
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), true);
    QVERIFY2(console.runOnce(), qPrintable(console.error()));
    QCOMPARE(console.progress.registrations, qint64(1));
    const QString newClient = SyncStateStore(db).clientId();
    QVERIFY(!newClient.isEmpty());
    QVERIFY(newClient != oldClient);
    for (const Command &c : commands) {
        QCOMPARE(outboxState(db, c.id), std::optional<OutboxState>(OutboxState::Applied));
        QCOMPARE(serverNotes(server->store(), c.target), qint64(1));
    }
}

void TestSyncPush::twoSupervisorsOneItem_data()
{
    QTest::addColumn<QString>("firstType");      // what supervisor 1 does first
    QTest::addColumn<QString>("secondDecision"); // what supervisor 2 decides
    QTest::addColumn<QString>("problemCode");
    QTest::newRow("the same decision") << QStringLiteral("approve") << QStringLiteral("approve")
                                       << QStringLiteral("version_conflict");
    QTest::newRow("different decisions") << QStringLiteral("approve") << QStringLiteral("reject")
                                         << QStringLiteral("version_conflict");
    QTest::newRow("against the other's lease") << QStringLiteral("claim") << QStringLiteral("approve")
                                               << QStringLiteral("lease_held");
}

void TestSyncPush::twoSupervisorsOneItem()
{
    QFETCH(QString, firstType);
    QFETCH(QString, secondDecision);
    QFETCH(QString, problemCode);
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cacheA = dir.filePath(QStringLiteral("a.sqlite"));
    const QString cacheB = dir.filePath(QStringLiteral("b.sqlite"));
    for (const auto &[cache, token] : {std::pair(cacheA, QStringLiteral("demo-1")), std::pair(cacheB, QStringLiteral("demo-2"))}) {
        Console c(cache, server->baseUrl(), token, true);
        QVERIFY2(c.runOnce(), qPrintable(c.error()));
    }
    Database dbA = openCache(cacheA);
    Database dbB = openCache(cacheB);
    const QString item = QStringLiteral("rv-4");
    // Both saw the same version, offline.
    const Command mine = firstType == QLatin1StringView("claim") ? claimCommand(item, cachedVersion(dbA, item))
                                                                 : decideCommand(item, cachedVersion(dbA, item), firstType);
    const Command theirs = decideCommand(item, cachedVersion(dbB, item), secondDecision);
    enqueue(dbA, mine);
    enqueue(dbB, theirs);
    {
        Console a(cacheA, server->baseUrl(), QStringLiteral("demo-1"), true);
        QVERIFY2(a.runOnce(), qPrintable(a.error()));
        QCOMPARE(outboxState(dbA, mine.id), std::optional<OutboxState>(OutboxState::Applied));
    }
    {
        Console b(cacheB, server->baseUrl(), QStringLiteral("demo-2"), true);
        QVERIFY2(b.runOnce(), qPrintable(b.error()));
        QCOMPARE(b.progress.conflicts, qint64(1));
        QCOMPARE(b.status.conflicts, 1);
    }
    // The loser's decision is kept for a person, with the platform's side beside it.
    const auto entry = OutboxStore(dbB).entry(theirs.id);
    QVERIFY(entry);
    QCOMPARE(entry->state, OutboxState::Conflict);
    QCOMPARE(entry->problem.code, problemCode);
    QCOMPARE(entry->current.value(QStringLiteral("id")).toString(), item);
    QCOMPARE(OutboxStore(dbB).needingAttention().size(), 1);
    // Another sync does not drop it or push it again.
    {
        Console b(cacheB, server->baseUrl(), QStringLiteral("demo-2"), true);
        QVERIFY2(b.runOnce(), qPrintable(b.error()));
        QCOMPARE(b.progress.pushed, qint64(0));
    }
    QCOMPARE(outboxState(dbB, theirs.id), std::optional<OutboxState>(OutboxState::Conflict));
    QCOMPARE(serverCommandCount(server->store()), qint64(2));
}

void TestSyncPush::workOfflineHoldsThenSends()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), false);
    console.service->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.status.caughtUp, 30000);
    console.service->setWorkOffline(true);
    QTRY_COMPARE_WITH_TIMEOUT(console.status.connection, SyncStatus::Connection::WorkingOffline, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(server->waitingPulls(), 0, 30000);   // the long poll was abandoned

    Database db = openCache(cache);
    const Command decide = decideCommand(QStringLiteral("rv-6"), cachedVersion(db, QStringLiteral("rv-6")));
    enqueue(db, decide);
    console.service->commandsChanged();
    QTRY_COMPARE_WITH_TIMEOUT(console.status.pending, 1, 30000);
    QVERIFY(console.status.oldestPendingAt.isValid());
    QCOMPARE(console.status.connection, SyncStatus::Connection::WorkingOffline);

    console.service->setWorkOffline(false);
    QTRY_COMPARE_WITH_TIMEOUT(outboxState(db, decide.id), std::optional<OutboxState>(OutboxState::Applied), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(console.status.pending, 0, 30000);
    QCOMPARE(serverCommandCount(server->store()), qint64(1));
}

void TestSyncPush::offlineDecisionOnDeletedItemIsKept()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        Console first(cache, server->baseUrl(), QStringLiteral("demo-1"), true);
        QVERIFY2(first.runOnce(), qPrintable(first.error()));
    }
    Database db = openCache(cache);
    const Command decide = decideCommand(QStringLiteral("rv-9"), cachedVersion(db, QStringLiteral("rv-9")));
    enqueue(db, decide);
    {   // Meanwhile the platform withdrew the item.
        Transaction tx(server->store().database());
        server->store().remove(EntityKind::ReviewItem, QStringLiteral("rv-9"));
        tx.commit();
        server->notifyChanged();
    }
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), true);
    QVERIFY2(console.runOnce(), qPrintable(console.error()));
    QCOMPARE(console.progress.rejected, qint64(1));
    QCOMPARE(ReviewStore(db).get(QStringLiteral("rv-9")), std::nullopt);   // the delete was pulled
    const auto entry = OutboxStore(db).entry(decide.id);
    QVERIFY(entry);                                                       // the decision was not dropped
    QCOMPARE(entry->state, OutboxState::Rejected);
    QCOMPARE(entry->problem.code, QStringLiteral("not_found"));
    QCOMPARE(console.status.rejected, 1);
}

void TestSyncPush::reusedIdIsSetAsideNotRetriedForever()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cacheA = dir.filePath(QStringLiteral("a.sqlite"));
    const QString cacheB = dir.filePath(QStringLiteral("b.sqlite"));
    Database dbA = openCache(cacheA);
    Database dbB = openCache(cacheB);
    const Command original = noteCommand(QStringLiteral("rv-1"), QStringLiteral("original"));
    enqueue(dbA, original);
    {
        Console a(cacheA, server->baseUrl(), QStringLiteral("demo-1"), true);
        QVERIFY2(a.runOnce(), qPrintable(a.error()));
    }
    // Another console (a restored backup, a bug) sends other content under the same id, in a batch
    // with an innocent command.
    Command clash = noteCommand(QStringLiteral("rv-2"), QStringLiteral("something else"));
    clash.id = original.id;
    const Command innocent = noteCommand(QStringLiteral("rv-3"), QStringLiteral("innocent"));
    enqueue(dbB, clash);
    enqueue(dbB, innocent);
    Console b(cacheB, server->baseUrl(), QStringLiteral("demo-1"), true);
    QVERIFY2(b.runOnce(), qPrintable(b.error()));
    const auto entry = OutboxStore(dbB).entry(clash.id);
    QVERIFY(entry);
    QCOMPARE(entry->state, OutboxState::Rejected);
    QCOMPARE(entry->problem.code, QStringLiteral("idempotency_key_reused"));
    QCOMPARE(outboxState(dbB, innocent.id), std::optional<OutboxState>(OutboxState::Applied));
    QCOMPARE(serverNotes(server->store(), QStringLiteral("rv-2")), qint64(0));
    QCOMPARE(serverNotes(server->store(), QStringLiteral("rv-3")), qint64(1));
}

void TestSyncPush::backlogIsPushedBeforeThePullResumes()
{
    // Decisions queued offline go out batch after batch; pages of their echoes are not written in
    // between (the pull waits for each push), and afterwards the pull brings them all.
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), false, 4);
    qint64 pagesWhilePushing = 0, lastPages = 0;
    QObject::connect(console.service.get(), &SyncService::progressed, console.service.get(), [&](const SyncProgress &p) {
        if (p.pushed > 0 && p.pushed < 20 && p.pages > lastPages)
            pagesWhilePushing += p.pages - lastPages;
        lastPages = p.pages;
    });
    console.service->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.status.caughtUp, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(server->waitingPulls(), 1, 30000);

    Database db = openCache(cache);
    QStringList ids;
    {
        Transaction tx(db);
        OutboxStore outbox(db);
        for (int i = 0; i < 20; ++i) {
            const QString item = QStringLiteral("rv-%1").arg(i);
            const Command c = decideCommand(item, cachedVersion(db, item));
            outbox.enqueue(c, QDateTime::currentDateTimeUtc());
            ids << item;
        }
        tx.commit();
    }
    console.service->commandsChanged();
    QTRY_COMPARE_WITH_TIMEOUT(console.progress.applied, qint64(20), 30000);
    // At most the long poll that was already waiting when the first batch went out.
    QVERIFY2(pagesWhilePushing <= 1, qPrintable(QString::number(pagesWhilePushing)));
    for (const QString &item : std::as_const(ids))
        QTRY_COMPARE_WITH_TIMEOUT(ReviewStore(db).get(item)->status, ReviewStatus::Decided, 30000);
    QCOMPARE(cacheCounts(db), serverCounts(server->store()));
}

QTEST_GUILESS_MAIN(TestSyncPush)
#include "test_sync_push.moc"
