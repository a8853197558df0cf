// The headless `watchkeeper sync` killed with SIGKILL in the middle of a sync, then started again:
// no decision is lost, each command has exactly one effect on the platform, and the cache is sound.
#include "SyncTestSupport.h"

#include <QProcess>
#include <QRegularExpression>

using namespace wk;
using namespace wk::synctest;

class TestSyncKill : public QObject
{
    Q_OBJECT
private slots:
    void killedMidSyncLosesNothing_data();
    void killedMidSyncLosesNothing();
    void killedRightAfterTheLocalCommit();
    void badUsageIsASentence();
};

namespace {

QString consoleProgram() { return qEnvironmentVariable("WK_BINARY_DIR") + QStringLiteral("/app/console/watchkeeper"); }

QString writeTokenFile(const QTemporaryDir &dir, const QString &token)
{
    const QString path = dir.filePath(QStringLiteral("token"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(token.toUtf8() + '\n');
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

// The highest "<label> N" in the progress lines.
qint64 lastFigure(const QString &output, const QString &label)
{
    qint64 value = 0;
    auto it = QRegularExpression(label + QStringLiteral(" (\\d+)")).globalMatch(output);
    while (it.hasNext())
        value = std::max(value, it.next().captured(1).toLongLong());
    return value;
}

struct SyncProcess {
    QProcess process;
    QString output;
    std::unique_ptr<QSignalSpy> finished;

    SyncProcess(const QStringList &arguments)
    {
        process.setProgram(consoleProgram());
        process.setArguments(arguments);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { output += QString::fromUtf8(process.readAllStandardOutput()); });
        QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                         [this] { output += QString::fromUtf8(process.readAllStandardError()); });
        finished = std::make_unique<QSignalSpy>(&process, &QProcess::finished);
        process.start();
    }
};

} // namespace

void TestSyncKill::killedMidSyncLosesNothing_data()
{
    QTest::addColumn<QString>("killPoint");
    QTest::newRow("a push sent, its answer not yet back") << QStringLiteral("effect");
    QTest::newRow("after some pushes were answered") << QStringLiteral("pushed");
    QTest::newRow("between pages of the first pull") << QStringLiteral("changes");
}

void TestSyncKill::killedMidSyncLosesNothing()
{
    QFETCH(QString, killPoint);
    QTemporaryDir dir;
    DataSize size;
    size.reviewItems = 150;
    // Slow answers leave room to kill the client at the chosen moment.
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")), QStringLiteral("latency=1.0:60"), size);
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString token = writeTokenFile(dir, QStringLiteral("demo-1"));
    QVERIFY(!token.isEmpty());

    QList<Command> commands;
    {
        Database db = openCache(cache);
        for (int i = 0; i < size.reviewItems; ++i) {
            commands.append(decideCommand(QStringLiteral("rv-%1").arg(i), 1));
            enqueue(db, commands.constLast());
        }
    }
    const QStringList common = {QStringLiteral("sync"), QStringLiteral("--server"), server->baseUrl().toString(),
                                QStringLiteral("--token-file"), token, QStringLiteral("--db"), cache,
                                QStringLiteral("--batch-size"), QStringLiteral("10"), QStringLiteral("--page-size"),
                                QStringLiteral("20")};
    {
        SyncProcess run(common);
        QVERIFY(run.process.waitForStarted(30000));
        if (killPoint == QLatin1StringView("effect"))
            QTRY_VERIFY_WITH_TIMEOUT(serverCommandCount(server->store()) > 0, 60000);
        else if (killPoint == QLatin1StringView("pushed"))
            QTRY_VERIFY_WITH_TIMEOUT(lastFigure(run.output, QStringLiteral("pushed")) >= 30, 60000);
        else
            QTRY_VERIFY_WITH_TIMEOUT(lastFigure(run.output, QStringLiteral("changes")) >= 40, 60000);
        QCOMPARE(run.process.state(), QProcess::Running);   // still mid-sync
        run.process.kill();                                 // SIGKILL
        QVERIFY(run.finished->wait(30000));
        QCOMPARE(run.process.exitStatus(), QProcess::CrashExit);
    }
    {
        Database db = openCache(cache);
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        qInfo("killed with %d pending, %lld in flight, %lld commands stored by the platform",
              OutboxStore(db).status().pending,
              scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'in_flight'")),
              serverCommandCount(server->store()));
        QCOMPARE(OutboxStore(db).status().pending + scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'applied'")),
                 qint64(commands.size()));
    }

    SyncProcess again(common + QStringList{QStringLiteral("--once")});
    QVERIFY(again.finished->wait(120000));
    QVERIFY2(again.process.exitStatus() == QProcess::NormalExit && again.process.exitCode() == 0,
             qPrintable(again.output));
    QVERIFY(again.output.contains(QStringLiteral("Sync complete.")));

    Database db = openCache(cache);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    for (const Command &c : std::as_const(commands)) {
        QCOMPARE(outboxState(db, c.id), std::optional<OutboxState>(OutboxState::Applied));
        QCOMPARE(serverNotes(server->store(), c.target), qint64(1));   // exactly one effect
    }
    QCOMPARE(serverCommandCount(server->store()), qint64(commands.size()));
    QCOMPARE(cacheCounts(db), serverCounts(server->store()));
}

// The kill point before any push: a console (the desks' CommandQueue, with the sync running)
// commits a decision and is killed with SIGKILL the moment the commit is reported, in its grace
// period. After a restart the decision reaches the platform, exactly once.
void TestSyncKill::killedRightAfterTheLocalCommit()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    const QString item = QStringLiteral("rv-3");

    QProcess dying;
    dying.setProgram(qEnvironmentVariable("WK_BINARY_DIR") + QStringLiteral("/tests/sync/sync_enqueue_and_die"));
    dying.setArguments({server->baseUrl().toString(), QStringLiteral("demo-1"), cache, item, QStringLiteral("1")});
    dying.start();
    QVERIFY2(dying.waitForFinished(60000), qPrintable(dying.errorString()));
    const QString output = QString::fromUtf8(dying.readAllStandardOutput());
    QVERIFY2(dying.exitStatus() == QProcess::CrashExit,
             qPrintable(output + QString::fromUtf8(dying.readAllStandardError())));
    const QRegularExpressionMatch committed = QRegularExpression(QStringLiteral("committed (\\S+)")).match(output);
    QVERIFY2(committed.hasMatch(), qPrintable(output));
    const QString commandId = committed.captured(1);

    QDateTime due;
    {
        Database db = openCache(cache);
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        const auto entry = OutboxStore(db).entry(commandId);
        QVERIFY(entry.has_value());   // the commit survived the kill
        QCOMPARE(entry->state, OutboxState::Pending);
        QCOMPARE(entry->attempts, 0);
        due = entry->notBefore;
    }
    QCOMPARE(serverCommandCount(server->store()), qint64(0));   // nothing left before the kill
    // `--once` pushes what is due: wait out the grace period the decision was made with.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > due, 30000);

    const QString token = writeTokenFile(dir, QStringLiteral("demo-1"));
    const QStringList args = {QStringLiteral("sync"), QStringLiteral("--server"), server->baseUrl().toString(),
                              QStringLiteral("--token-file"), token, QStringLiteral("--db"), cache,
                              QStringLiteral("--once")};
    for (int run = 0; run < 2; ++run) {   // the second restart must not send it again
        SyncProcess again(args);
        QVERIFY(again.finished->wait(120000));
        QVERIFY2(again.process.exitStatus() == QProcess::NormalExit && again.process.exitCode() == 0,
                 qPrintable(again.output));
        Database db = openCache(cache);
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(outboxState(db, commandId), std::optional<OutboxState>(OutboxState::Applied));
        QCOMPARE(serverNotes(server->store(), item), qint64(1));
        QCOMPARE(serverCommandCount(server->store()), qint64(1));
    }
}

void TestSyncKill::badUsageIsASentence()
{
    SyncProcess run({QStringLiteral("sync"), QStringLiteral("--server"), QStringLiteral("http://example.com"),
                     QStringLiteral("--token-file"), QStringLiteral("/nonexistent"), QStringLiteral("--db"),
                     QStringLiteral("/tmp/x.sqlite")});
    QVERIFY(run.finished->wait(30000));
    QCOMPARE(run.process.exitCode(), 2);
    QVERIFY2(run.output.contains(QStringLiteral("not be encrypted")), qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "test_sync_kill.moc"
