// `watchkeeper journal verify` (issue 7): exit code and sentence for an intact journal, a broken one
// and a missing cache, run as a user would run it.
#include "storage/CacheDatabase.h"
#include "storage/JournalStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;

class TestJournalCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run verify(const QString &db)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("WK_BINARY_DIR") + QStringLiteral("/app/console/watchkeeper"),
                {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--db"), db});
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void intactThenBroken()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Database db = openCache(path);
            JournalStore journal(db);
            for (int i = 0; i < 5; ++i)
                journal.append({0, {}, QStringLiteral("test"), {}, {}, {}, QString::number(i)});
        }
        Run ok = verify(path);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("5 entries, unbroken")), qPrintable(ok.out));
        QVERIFY(ok.out.contains(QStringLiteral("Newest hash: ")));
        {
            Database db = openCache(path);
            db.exec(QStringLiteral("DROP TRIGGER journal_no_update; UPDATE journal SET detail = 'x' WHERE seq = 3"));
        }
        Run broken = verify(path);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("entry 3 no longer matches its hash")), qPrintable(broken.err));
    }

    void missingCache()
    {
        const Run run = verify(m_dir.filePath(QStringLiteral("nowhere.sqlite")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("There is no cache at")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestJournalCli)
#include "test_journal_cli.moc"
