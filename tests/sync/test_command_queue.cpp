// CommandQueue: commands reach the outbox from the UI thread through the writer thread, with undo in
// the grace period, bulk in one transaction, resubmit and dismiss of a conflict, a cache that cannot
// be opened said in words, and the supervisor remembered in the cache.
#include "storage/CacheDatabase.h"
#include "storage/OutboxStore.h"
#include "storage/Transaction.h"
#include "sync/CommandQueue.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;
using namespace std::chrono_literals;

class TestCommandQueue : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_n));
        openCache(path);   // created and migrated, then closed
        return path;
    }

    static QJsonObject approve() { return QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}}; }

private slots:
    void submitWritesTheOutboxWithItsGrace()
    {
        const QString path = freshCache();
        CommandQueue queue(path);
        queue.setGracePeriod(60s);
        QSignalSpy submitted(&queue, &CommandQueue::submitted);
        QSignalSpy changed(&queue, &CommandQueue::outboxChanged);
        const QString id = queue.submit(CommandType::ReviewDecide, QStringLiteral("rv-1"), 3, approve());
        QVERIFY(!id.isEmpty());
        QVERIFY(submitted.wait(5000));
        QCOMPARE(submitted.first().at(0).toStringList(), QStringList{id});
        QCOMPARE(changed.size(), 1);

        Database db = openCache(path);
        OutboxStore outbox(db);
        const auto entry = outbox.entry(id);
        QVERIFY(entry);
        QCOMPARE(entry->command.target, QStringLiteral("rv-1"));
        QCOMPARE(entry->command.baseVersion, 3);
        QCOMPARE(entry->state, OutboxState::Pending);
        QVERIFY(entry->notBefore >= entry->createdAt.addSecs(59));
        QVERIFY(outbox.due(QDateTime::currentDateTimeUtc()).isEmpty());   // still in its grace period
    }

    void undoInTheGracePeriodOnly()
    {
        const QString path = freshCache();
        CommandQueue queue(path);
        queue.setGracePeriod(60s);
        QSignalSpy submitted(&queue, &CommandQueue::submitted);
        QSignalSpy undone(&queue, &CommandQueue::undone);
        const QString waiting = queue.submit(CommandType::ReviewDecide, QStringLiteral("rv-1"), 1, approve());
        queue.setGracePeriod(0ms);
        const QString gone = queue.submit(CommandType::ReviewDecide, QStringLiteral("rv-2"), 1, approve());
        QVERIFY(QTest::qWaitFor([&] { return submitted.size() == 2; }, 5000));
        {
            // The second one is already on its way.
            Database db = openCache(path);
            OutboxStore outbox(db);
            outbox.markInFlight({gone}, QDateTime::currentDateTimeUtc());
        }
        queue.undo(waiting);
        queue.undo(gone);
        QVERIFY(QTest::qWaitFor([&] { return undone.size() == 2; }, 5000));
        QCOMPARE(undone.at(0).at(0).toString(), waiting);
        QCOMPARE(undone.at(0).at(1).toBool(), true);
        QCOMPARE(undone.at(1).at(0).toString(), gone);
        QCOMPARE(undone.at(1).at(1).toBool(), false);
        Database db = openCache(path);
        QCOMPARE(OutboxStore(db).status().pending, 1);
    }

    void bulkIsOneTransaction()
    {
        const QString path = freshCache();
        CommandQueue queue(path);
        QSignalSpy submitted(&queue, &CommandQueue::submitted);
        QList<Command> drafts;
        for (int i = 0; i < 50; ++i) {
            Command c;
            c.type = CommandType::ReviewDecide;
            c.target = QStringLiteral("rv-%1").arg(i);
            c.baseVersion = 1;
            c.payload = approve();
            drafts.append(c);
        }
        const QStringList ids = queue.submitAll(drafts);
        QCOMPARE(ids.size(), 50);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 50);
        QVERIFY(submitted.wait(5000));
        QCOMPARE(submitted.first().at(0).toStringList(), ids);
        Database db = openCache(path);
        QCOMPARE(OutboxStore(db).status().pending, 50);
    }

    void resubmitAndDismissSettleConflicts()
    {
        const QString path = freshCache();
        CommandQueue queue(path);
        queue.setGracePeriod(0ms);
        QSignalSpy submitted(&queue, &CommandQueue::submitted);
        const QString first = queue.submit(CommandType::ReviewDecide, QStringLiteral("rv-1"), 1, approve());
        const QString second = queue.submit(CommandType::ReviewDecide, QStringLiteral("rv-2"), 1, approve());
        QVERIFY(QTest::qWaitFor([&] { return submitted.size() == 2; }, 5000));
        {
            Database db = openCache(path);
            OutboxStore outbox(db);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            outbox.markInFlight({first, second}, now);
            for (const QString &id : {first, second}) {
                CommandResult r;
                r.id = id;
                r.outcome = CommandOutcome::Conflict;
                r.problem.code = QStringLiteral("version_conflict");
                QVERIFY(outbox.recordResult(r, now));
            }
            QCOMPARE(outbox.needingAttention().size(), 2);
        }
        QSignalSpy resubmitted(&queue, &CommandQueue::resubmitted);
        QSignalSpy dismissed(&queue, &CommandQueue::dismissed);
        queue.resubmit(first, 7);
        queue.dismiss(second);
        QVERIFY(QTest::qWaitFor([&] { return resubmitted.size() == 1 && dismissed.size() == 1; }, 5000));
        const QString newId = resubmitted.first().at(1).toString();
        QVERIFY(newId != first);
        Database db = openCache(path);
        OutboxStore outbox(db);
        QVERIFY(outbox.needingAttention().isEmpty());
        const auto again = outbox.entry(newId);
        QVERIFY(again);
        QCOMPARE(again->command.baseVersion, 7);
        QCOMPARE(again->command.target, QStringLiteral("rv-1"));
        QCOMPARE(again->state, OutboxState::Pending);
    }

    void aBrokenCacheIsSaidInWords()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'z'));
        f.close();
        CommandQueue queue(path);
        QSignalSpy failed(&queue, &CommandQueue::failed);
        QSignalSpy submitted(&queue, &CommandQueue::submitted);
        const QString id = queue.submit(CommandType::ReviewDecide, QStringLiteral("rv-1"), 1, approve());
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toStringList(), QStringList{id});
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("nothing was queued")));
        QVERIFY(submitted.isEmpty());
    }

    void remembersTheSupervisor()
    {
        const QString path = freshCache();
        Me me{QStringLiteral("sv-2"), QStringLiteral("Mia Wong"), 300};
        {
            CommandQueue queue(path);
            queue.rememberSupervisor(me);
        }   // the writer finishes its queue before the thread ends
        CommandQueue queue(path);
        QSignalSpy loaded(&queue, &CommandQueue::supervisorLoaded);
        queue.loadSupervisor();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().at(0).value<Me>(), me);
    }
};

QTEST_GUILESS_MAIN(TestCommandQueue)
#include "test_command_queue.moc"
