// The Workspace end to end against the real platform: it learns who the supervisor is (and the
// cache remembers it for offline starts), says when new server data reached the cache, and a
// decision submitted through its command queue reaches the platform once its grace period is over.
#include "SyncTestSupport.h"

#include "storage/ReviewStore.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

using namespace wk;
using namespace wk::synctest;
using namespace std::chrono_literals;

class TestWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void aDecisionFromTheDeskReachesThePlatform()
    {
        QTemporaryDir dir;
        auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
        QVERIFY(server->start() != 0);
        const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));

        Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), /*once=*/false);
        Workspace workspace(cache, console.service.get());
        QSignalSpy supervisor(&workspace, &Workspace::supervisorChanged);
        QSignalSpy updated(&workspace, &Workspace::cacheUpdated);
        console.service->start();

        QVERIFY(supervisor.wait(10000));
        QCOMPARE(workspace.supervisor().supervisorId, QStringLiteral("sup-1"));
        QVERIFY(workspace.supervisor().leaseSeconds > 0);
        QVERIFY(QTest::qWaitFor([&] { return !updated.isEmpty() && workspace.status().caughtUp; }, 20000));

        qint64 version = 0;
        {
            Database db = openCache(cache);
            version = ReviewStore(db).version(QStringLiteral("rv-3")).value_or(-1);
        }
        QVERIFY(version > 0);
        workspace.commands()->setGracePeriod(200ms);
        QSignalSpy outbox(&workspace, &Workspace::outboxChanged);
        const QString id = workspace.commands()->submit(
            CommandType::ReviewDecide, QStringLiteral("rv-3"), version,
            QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}});
        QVERIFY(outbox.wait(5000));

        // Pushed after the grace period without any further activity, and acknowledged.
        QVERIFY(QTest::qWaitFor([&] {
            Database db = openCache(cache);
            return outboxState(db, id) == std::optional<OutboxState>(OutboxState::Applied);
        }, 20000));
        const ReviewItem onServer =
            codec::decodeReviewItem(server->store().find(EntityKind::ReviewItem, QStringLiteral("rv-3"))->object());
        QCOMPARE(onServer.status, ReviewStatus::Decided);
        QCOMPARE(onServer.decision->decidedBy, QStringLiteral("sup-1"));
    }

    void theSupervisorIsRememberedForOfflineStarts()
    {
        QTemporaryDir dir;
        auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
        QVERIFY(server->start() != 0);
        const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Console console(cache, server->baseUrl(), QStringLiteral("demo-2"), false);
            Workspace workspace(cache, console.service.get());
            QSignalSpy supervisor(&workspace, &Workspace::supervisorChanged);
            console.service->start();
            QVERIFY(supervisor.wait(10000));
        }
        // No platform at all now.
        Workspace offline(cache, nullptr);
        QSignalSpy supervisor(&offline, &Workspace::supervisorChanged);
        QVERIFY(supervisor.wait(5000));
        QCOMPARE(offline.supervisor().supervisorId, QStringLiteral("sup-2"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "test_workspace.moc"
