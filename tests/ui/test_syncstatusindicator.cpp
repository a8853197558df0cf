// The status bar's sync sentence: every state says itself in words, not only in colour.
#include "sync/SyncStatusIndicator.h"

#include <QTest>

using wk::SyncProgress;
using wk::SyncStatus;
using wk::SyncStatusIndicator;

class TestSyncStatusIndicator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void describes_data()
    {
        QTest::addColumn<SyncStatus>("status");
        QTest::addColumn<qint64>("changes");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");

        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        SyncStatus syncing;
        syncing.connection = SyncStatus::Connection::Syncing;
        QTest::newRow("first sync") << syncing << qint64(12345)
                                    << QStringList{QStringLiteral("Syncing: 12,345 changes received")}
                                    << QStringList{QStringLiteral("waiting"), QStringLiteral("last pull")};

        SyncStatus online;
        online.connection = SyncStatus::Connection::Online;
        online.lastPullAt = now.addSecs(-30);
        online.pending = 3;
        online.oldestPendingAt = now.addSecs(-125);
        QTest::newRow("online with a queue") << online << qint64(0)
                                             << QStringList{QStringLiteral("Online"),
                                                            QStringLiteral("waiting to be sent: 3, the oldest for 2 min"),
                                                            QStringLiteral("last pull")}
                                             << QStringList{QStringLiteral("Sync desk")};

        SyncStatus offline;
        offline.connection = SyncStatus::Connection::Offline;
        offline.lastError = QStringLiteral("The platform cannot be reached.");
        offline.conflicts = 1;
        offline.rejected = 1;
        offline.pending = 1;
        offline.oldestPendingAt = now;
        QTest::newRow("offline with conflicts") << offline << qint64(0)
                                                << QStringList{QStringLiteral("Offline"),
                                                               QStringLiteral("waiting to be sent: 1"),
                                                               QStringLiteral("for you in the Sync desk: 2"),
                                                               QStringLiteral("The platform cannot be reached.")}
                                                << QStringList{QStringLiteral("oldest")};

        SyncStatus onPurpose;
        onPurpose.connection = SyncStatus::Connection::WorkingOffline;
        QTest::newRow("working offline") << onPurpose << qint64(0) << QStringList{QStringLiteral("Working offline")}
                                         << QStringList{QStringLiteral("Online")};
    }

    void describes()
    {
        QFETCH(SyncStatus, status);
        QFETCH(qint64, changes);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        SyncProgress progress;
        progress.changes = changes;
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        const QString text = SyncStatusIndicator::describe(status, progress, now);
        for (const QString &part : expected)
            QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
        for (const QString &part : absent)
            QVERIFY2(!text.contains(part), qPrintable(text + QStringLiteral(" has ") + part));
    }

    void widgetShowsAndNamesTheSentence()
    {
        SyncStatusIndicator indicator;
        SyncStatus status;
        status.connection = SyncStatus::Connection::Online;
        indicator.setStatus(status);
        QCOMPARE(indicator.text(), QStringLiteral("Online"));
        QCOMPARE(indicator.accessibleName(), QStringLiteral("Online"));
    }
};

QTEST_MAIN(TestSyncStatusIndicator)
#include "test_syncstatusindicator.moc"
