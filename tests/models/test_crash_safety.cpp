// The app killed mid-write loses nothing it committed: a child process (this binary, started with
// --writer) commits transactions and reports each one, then dies in the middle of another, by
// _exit() or by SIGKILL. The parent then checks every reported commit is there, nothing of the
// unfinished transaction is, and the file is sound.
#include "CodecSamples.h"
#include "storage/CacheDatabase.h"
#include "storage/OutboxStore.h"
#include "storage/ReviewStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <thread>
#include <cstdlib>

using namespace wk;

namespace {
const QDateTime kNow = samples::at(22, 9, 0);

Command noteCommand(const QString &id)
{
    Command c;
    c.id = id;
    c.type = CommandType::ReviewNote;
    c.target = QStringLiteral("rev-0001");
    c.baseVersion = 1;
    c.payload = {{QStringLiteral("text"), QStringLiteral("note %1").arg(id)}};
    return c;
}

void report(const char *line)
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The child. Modes: "exit" and "kill" commit `commits` transactions, then die inside one more (by
// _exit, or by waiting for the parent's SIGKILL while it keeps writing); "loop" commits until killed.
int runWriter(const QString &path, int commits, const QString &mode)
{
    try {
        Database db = openCache(path);
        OutboxStore outbox(db);
        ReviewStore reviews(db);
        const int total = mode == QLatin1StringView("loop") ? 1000000 : commits;
        for (int i = 0; i < total; ++i) {
            Transaction tx(db);
            ReviewItem item = samples::reviewItem();
            item.id = QStringLiteral("committed-%1").arg(i);
            reviews.upsert(item);
            outbox.enqueue(noteCommand(QStringLiteral("cmd-%1").arg(i)), kNow);
            tx.commit();
            report(qPrintable(QStringLiteral("committed %1").arg(i)));
        }
        Transaction tx(db);
        for (int j = 0;; ++j) {
            ReviewItem item = samples::reviewItem();
            item.id = QStringLiteral("uncommitted-%1").arg(j);
            reviews.upsert(item);
            outbox.enqueue(noteCommand(QStringLiteral("lost-%1").arg(j)), kNow);
            if (j == 500) {
                report("mid");
                if (mode == QLatin1StringView("exit"))
                    std::_Exit(3); // no destructors, no rollback, no close (portable _exit)
            }
            if (j > 500)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            if (j > 60000)
                return 4; // the parent never killed us
        }
    } catch (const StorageError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 2;
    }
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killedMidWrite_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("commits");
        QTest::newRow("_exit inside a transaction") << QStringLiteral("exit") << 40;
        QTest::newRow("SIGKILL inside a transaction") << QStringLiteral("kill") << 40;
        QTest::newRow("SIGKILL between and during commits") << QStringLiteral("loop") << 25;
    }

    void killedMidWrite()
    {
        QFETCH(QString, mode);
        QFETCH(int, commits);
        const QString path = m_dir.filePath(QStringLiteral("crash%1.db").arg(++m_n));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--writer"), path, QString::number(commits), mode});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

        // Read the child's reports; "loop" is killed after `commits` reports, while it keeps committing.
        int lastCommitted = -1;
        bool sawMid = false;
        while (!sawMid && !(mode == QLatin1StringView("loop") && lastCommitted + 1 >= commits)) {
            if (!child.canReadLine() && !child.waitForReadyRead(30000))
                break;
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line == "mid")
                    sawMid = true;
                else if (line.startsWith("committed "))
                    lastCommitted = line.mid(10).toInt();
            }
        }
        if (mode != QLatin1StringView("exit"))
            child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        // Reports that were already written when it died still count as committed.
        while (child.canReadLine()) {
            const QByteArray line = child.readAll();
            for (const QByteArray &l : line.split('\n'))
                if (l.startsWith("committed "))
                    lastCommitted = l.mid(10).toInt();
        }
        if (mode == QLatin1StringView("exit")) {
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 3);
        } else {
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }
        if (mode == QLatin1StringView("loop"))
            QVERIFY(lastCommitted + 1 >= commits);
        else
            QCOMPARE(lastCommitted + 1, commits);

        Database db = openCache(path); // recovers the WAL; quick_check would throw on damage
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        Statement reviews(db, QStringLiteral("SELECT count(*) FROM review_items WHERE id LIKE 'committed-%'"));
        QVERIFY(reviews.step());
        const int committedReviews = reviews.columnInt(0);
        // Every reported commit is there; "loop" may have committed one more it had no time to report.
        QVERIFY2(committedReviews == lastCommitted + 1
                     || (mode == QLatin1StringView("loop") && committedReviews == lastCommitted + 2),
                 qPrintable(QStringLiteral("%1 rows, %2 reported").arg(committedReviews).arg(lastCommitted + 1)));
        QCOMPARE(OutboxStore(db).pendingIntents().size(), committedReviews);
        for (int i = 0; i < committedReviews; ++i)
            QVERIFY(OutboxStore(db).entry(QStringLiteral("cmd-%1").arg(i)));
        Statement lost(db, QStringLiteral("SELECT (SELECT count(*) FROM review_items WHERE id LIKE 'uncommitted-%') "
                                          "+ (SELECT count(*) FROM outbox WHERE command_id LIKE 'lost-%')"));
        QVERIFY(lost.step());
        QCOMPARE(lost.columnInt(0), 0);
        db.exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('integrity-check')"));
        // And the cache takes new writes.
        Transaction tx(db);
        OutboxStore(db).enqueue(noteCommand(QStringLiteral("after")), kNow);
        tx.commit();
    }
};

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(),
                         QString::fromLocal8Bit(argv[4]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_crash_safety.moc"
