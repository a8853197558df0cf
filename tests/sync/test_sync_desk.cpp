// The Sync desk as a supervisor uses it, against a real temporary cache (and, where the sync
// matters, the real reference platform): the state in words, the first sync's progress, the
// "Work offline" switch, the Conflicts view settling each kind of outcome into the journal, and
// "Take N items offline". Saves offscreen screenshots to /tmp/sync-*.png.
#include "SyncTestSupport.h"

#include "common/ConnectionSettings.h"
#include "common/EmptyStateWidget.h"
#include "common/Translations.h"
#include "itemmodels/ConflictListModel.h"
#include "storage/JournalStore.h"
#include "sync/CommandQueue.h"
#include "sync/ConflictDiff.h"
#include "sync/ConflictsView.h"
#include "sync/SyncDesk.h"
#include "sync/SyncStatePanel.h"
#include "sync/TakeOffline.h"
#include "sync/TakeOfflinePanel.h"
#include "sync/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>

using namespace wk;
using namespace wk::synctest;

class TestSyncDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyWithoutWorkspace();
    void conflictFieldsSideBySide();
    void settlesEveryConflictIntoTheJournal();
    void stateInWordsAndFirstSyncProgress();
    void workOfflineSwitchAndTakeOffline();
    void tokenNeverInConnectionSettings();
    void translatedScreenshots_data();
    void translatedScreenshots();
};

namespace {

const QDateTime kNow = QDateTime::currentDateTimeUtc();

// A cache with two conflicts and a rejection, recorded the way the engine records them.
struct ConflictCache {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    Command leaseHeld = decideCommand(QStringLiteral("rv-1"), 3, QStringLiteral("approve"), QStringLiteral("fine"));
    Command versionConflict = decideCommand(QStringLiteral("rv-2"), 4, QStringLiteral("reject"));
    Command rejected = noteCommand(QStringLiteral("rv-3"), QString());

    ConflictCache()
    {
        Database db = openCache(path);
        for (const Command &c : {leaseHeld, versionConflict, rejected})
            enqueue(db, c);
        Transaction tx(db);
        OutboxStore outbox(db);
        outbox.markInFlight({leaseHeld.id, versionConflict.id, rejected.id}, kNow);
        outbox.recordResult(conflict(leaseHeld, 5, QStringLiteral("lease_held"), QStringLiteral("claimed"),
                                     QStringLiteral("sup-2")),
                            kNow);
        outbox.recordResult(conflict(versionConflict, 9, QStringLiteral("version_conflict"), QStringLiteral("decided"),
                                     QString()),
                            kNow);
        CommandResult r;
        r.id = rejected.id;
        r.outcome = CommandOutcome::Rejected;
        r.problem = {QString(), QStringLiteral("Invalid payload"), 422, QStringLiteral("text must not be empty"),
                     QStringLiteral("invalid_payload")};
        outbox.recordResult(r, kNow);
        tx.commit();
    }

    static CommandResult conflict(const Command &c, qint64 version, const QString &code, const QString &status,
                                  const QString &holder)
    {
        CommandResult r;
        r.id = c.id;
        r.outcome = CommandOutcome::Conflict;
        QJsonObject data{{QStringLiteral("id"), c.target}, {QStringLiteral("status"), status}};
        if (!holder.isEmpty())
            data.insert(QStringLiteral("claimed_by"), holder);
        if (status == QLatin1String("decided"))
            data.insert(QStringLiteral("decision"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("approve")},
                                    {QStringLiteral("decided_by"), QStringLiteral("sup-3")}});
        r.current = QJsonObject{{QStringLiteral("entity"), QStringLiteral("review_item")},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("id"), c.target},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("data"), data}};
        r.problem = {QString(), QStringLiteral("Conflict"), 409, QStringLiteral("Held by Dana (sup-2)."), code};
        return r;
    }
};

void saveShot(QWidget &w, const QString &name)
{
    QCoreApplication::sendPostedEvents();   // pending layout requests, as a visible window gets them
    QCoreApplication::processEvents();
    w.grab().save(QStringLiteral("/tmp/sync-%1.png").arg(name));
}

QPushButton *button(QWidget &root, const char *name)
{
    return root.findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

void TestSyncDesk::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSyncDesk::emptyWithoutWorkspace()
{
    SyncDesk desk;
    desk.resize(900, 700);
    desk.show();
    QVERIFY(desk.emptyState()->isVisible());
    QVERIFY(!desk.conflicts()->isVisible());
}

void TestSyncDesk::conflictFieldsSideBySide()
{
    ConflictCache cache;
    Database db = openCache(cache.path);
    const auto entry = OutboxStore(db).entry(cache.versionConflict.id);
    QVERIFY(entry);
    const QList<ConflictField> fields = ConflictDiff::fields(*entry);
    QCOMPARE(fields.value(0).field, QStringLiteral("version"));
    QCOMPARE(fields.value(0).mine, QStringLiteral("4"));
    QCOMPARE(fields.value(0).theirs, QStringLiteral("9"));
    QVERIFY(fields.value(0).differs);
    auto decision = std::find_if(fields.begin(), fields.end(),
                                 [](const ConflictField &f) { return f.field == QLatin1String("decision"); });
    QVERIFY(decision != fields.end());
    QCOMPARE(decision->mine, QStringLiteral("reject"));
    QCOMPARE(decision->theirs, QStringLiteral("approve"));
    QVERIFY(decision->differs);
    QVERIFY(std::any_of(fields.begin(), fields.end(), [](const ConflictField &f) {
        return f.field == QLatin1String("decision.decided_by") && f.theirs == QLatin1String("sup-3");
    }));
    QVERIFY(ConflictDiff::sentence(*entry).contains(QStringLiteral("changed or decided")));
}

void TestSyncDesk::settlesEveryConflictIntoTheJournal()
{
    ConflictCache cache;
    Workspace workspace(cache.path, nullptr);
    workspace.commands()->setGracePeriod(std::chrono::milliseconds(0));
    SyncDesk desk;
    desk.resize(1000, 760);
    desk.setWorkspace(&workspace);
    desk.show();
    ConflictsView *view = desk.conflicts();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    QVERIFY(view->isVisible());
    QVERIFY(!view->findChild<EmptyStateWidget *>(QStringLiteral("conflictsEmpty"))->isVisible());

    // The first row (oldest) is selected: the lease conflict, with theirs beside mine.
    QCOMPARE(view->list()->currentIndex().row(), 0);
    QTableWidget *fields = view->fields();
    QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("version"));
    QCOMPARE(fields->item(0, 1)->text(), QStringLiteral("5"));
    QCOMPARE(fields->item(0, 2)->text(), QStringLiteral("3"));
    QCOMPARE(fields->item(0, 3)->text(), QStringLiteral("differs"));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("conflictProblem"))->text().contains(QStringLiteral("Another supervisor")));
    saveShot(desk, QStringLiteral("desk-conflicts"));

    // Accept theirs.
    QTest::mouseClick(button(desk, "acceptTheirs"), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QVERIFY(view->outcomeText().contains(QStringLiteral("Accepted theirs for rv-1")));

    // The version conflict: send mine again, against their version 9, under a new id.
    view->list()->selectRow(view->model()->rowOf(cache.versionConflict.id));
    QTest::mouseClick(button(desk, "resubmit"), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->outcomeText().contains(QStringLiteral("version 9")));

    // The rejection: no theirs to accept; discard mine.
    QCOMPARE(view->list()->currentIndex().row(), 0);
    QVERIFY(!button(desk, "acceptTheirs")->isEnabled());
    QTest::mouseClick(button(desk, "discard"), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QTRY_VERIFY(view->findChild<EmptyStateWidget *>(QStringLiteral("conflictsEmpty"))->isVisible());
    QVERIFY(view->outcomeText().contains(QStringLiteral("Discarded")));

    // Nothing disappeared silently: each outcome is in the journal, the resubmitted one points at
    // its successor, which waits in the outbox against version 9.
    Database db = openCache(cache.path);
    JournalStore journal(db);
    auto lastOf = [&](const QString &id) { return journal.forCommand(id).constLast(); };
    QCOMPARE(lastOf(cache.leaseHeld.id).event, QStringLiteral("dismissed"));
    QCOMPARE(lastOf(cache.leaseHeld.id).detail, CommandQueue::kAcceptedTheirs);
    QCOMPARE(lastOf(cache.rejected.id).detail, CommandQueue::kDiscarded);
    const JournalEntry resubmitted = lastOf(cache.versionConflict.id);
    QVERIFY(resubmitted.detail.startsWith(QStringLiteral("resubmitted as ")));
    const QString newId = resubmitted.detail.mid(QStringLiteral("resubmitted as ").size());
    const auto successor = OutboxStore(db).entry(newId);
    QVERIFY(successor);
    QCOMPARE(successor->command.baseVersion, qint64(9));
    QCOMPARE(successor->command.payload, cache.versionConflict.payload);
    QCOMPARE(successor->state, OutboxState::Pending);
    QCOMPARE(journal.forCommand(newId).constFirst().event, QStringLiteral("enqueued"));
    QVERIFY(OutboxStore(db).needingAttention().isEmpty());
}

void TestSyncDesk::stateInWordsAndFirstSyncProgress()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    openCache(cache);
    Workspace workspace(cache, nullptr);
    SyncDesk desk;
    desk.resize(1000, 700);
    desk.setWorkspace(&workspace);
    desk.show();
    SyncStatePanel *panel = desk.statePanel();

    SyncStatus first;
    first.connection = SyncStatus::Connection::Syncing;
    emit workspace.statusChanged(first);
    SyncProgress progress;
    progress.changes = 12345;
    emit workspace.progressed(progress);
    QVERIFY(panel->firstSyncProgressVisible());
    QCOMPARE(panel->stateText(), QStringLiteral("Syncing"));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("firstSyncText"))->text().contains(QStringLiteral("12,345")));
    QCOMPARE(panel->lastPullText(), QStringLiteral("Never"));
    saveShot(desk, QStringLiteral("desk-first-sync"));

    // Every change is in; the indexes the stream went without are being built.
    SyncStatus indexing;
    indexing.connection = SyncStatus::Connection::Online;
    indexing.caughtUp = true;
    indexing.indexesToBuild = 3;
    emit workspace.statusChanged(indexing);
    QVERIFY(panel->firstSyncProgressVisible());
    const QString indexingText = panel->findChild<QLabel *>(QStringLiteral("firstSyncText"))->text();
    QVERIFY2(indexingText.contains(QStringLiteral("12,345")) && indexingText.contains(QStringLiteral("3 left")),
             qPrintable(indexingText));

    SyncStatus online;
    online.connection = SyncStatus::Connection::Online;
    online.caughtUp = true;
    online.lastPullAt = QDateTime::currentDateTimeUtc();
    online.pending = 4;
    online.oldestPendingAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    online.conflicts = 2;
    online.rejected = 1;
    emit workspace.statusChanged(online);
    QVERIFY(!panel->firstSyncProgressVisible());
    QVERIFY(panel->stateText().startsWith(QStringLiteral("Online")));
    QCOMPARE(panel->queueText(), QStringLiteral("4 commands; the oldest has waited 5 min"));
    QCOMPARE(panel->attentionText(), QStringLiteral("Conflicts: 2 · rejected: 1 — settle them below."));
    QVERIFY(panel->lastPullText() != QStringLiteral("Never"));
    QVERIFY(panel->errorText().isEmpty());

    SyncStatus offline = online;
    offline.connection = SyncStatus::Connection::Offline;
    offline.lastError = QStringLiteral("The platform refused the access token: ask for a new token and enter it in the settings.");
    emit workspace.statusChanged(offline);
    QVERIFY(panel->stateText().startsWith(QStringLiteral("Offline: see the problem below")));
    QVERIFY(panel->errorText().contains(QStringLiteral("refused the access token")));
    saveShot(desk, QStringLiteral("desk-offline"));
}

void TestSyncDesk::workOfflineSwitchAndTakeOffline()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    PlatformClientSettings client;
    client.baseUrl = server->baseUrl();
    client.token = QStringLiteral("demo-1");
    SyncEngineOptions engine;
    engine.databasePath = cache;
    engine.waitSeconds = 2;
    SyncService sync(client, engine);
    Workspace workspace(cache, &sync);
    workspace.setClientSettings(client);
    workspace.commands()->setGracePeriod(std::chrono::milliseconds(0));
    SyncDesk desk;
    desk.resize(1000, 760);
    desk.setWorkspace(&workspace);
    desk.show();
    sync.start();
    SyncStatePanel *panel = desk.statePanel();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.status().caughtUp, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->stateText().startsWith(QStringLiteral("Online")), 30000);
    QVERIFY(panel->throughputText().contains(QStringLiteral("in total 76 changes")));

    // Work offline on purpose: the switch says so, and taking items offline then explains why not.
    auto *workOffline = panel->findChild<QCheckBox *>(QStringLiteral("workOffline"));
    QTest::mouseClick(workOffline, Qt::LeftButton, {}, QPoint(5, workOffline->height() / 2));
    QTRY_COMPARE(panel->stateText(), QStringLiteral("Working offline"));
    TakeOfflinePanel *take = desk.takeOfflinePanel();
    QTest::mouseClick(take->button(), Qt::LeftButton);
    QTRY_VERIFY(take->lineText().contains(QStringLiteral("only be taken offline while the platform is reachable")));
    QTest::mouseClick(workOffline, Qt::LeftButton, {}, QPoint(5, workOffline->height() / 2));
    QTRY_VERIFY_WITH_TIMEOUT(panel->stateText().startsWith(QStringLiteral("Online")), 30000);

    // Take 3 items offline: three claims with an 8-hour lease reach the platform.
    take->countBox()->setValue(3);
    QTest::mouseClick(take->button(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(take->lineText().contains(QStringLiteral("you can review them offline")), 30000);
    saveShot(desk, QStringLiteral("desk-online"));
    Database db = openCache(cache);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'review.claim' "
                                                        "AND state = 'applied'")),
                              qint64(3), 30000);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'review.claim' "
                                       "AND json_extract(payload, '$.lease_seconds') = 28800")),
             qint64(3));
    // The same three are not offered again while they are ours.
    QString error;
    const auto next = TakeOffline::candidates(cache, 3, &error);
    QVERIFY(error.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT count(*) FROM review_items WHERE claimed_by IS NOT NULL "
                                                       "AND claimed_by != ''")) == 3, 30000);
    QCOMPARE(TakeOffline::candidates(cache, 100, &error).size(), qsizetype(40 - 3));
}

void TestSyncDesk::tokenNeverInConnectionSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ConnectionSettings connection;
    connection.platformUrl = QUrl(QStringLiteral("https://platform.example.com"));
    connection.token = QStringLiteral("tk-3a7f-never-in-settings");
    connection.tokenWarning = QStringLiteral("stored in a file");
    {
        QSettings settings(path, QSettings::IniFormat);
        connection.save(settings);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("platform.example.com"));
    QVERIFY(!bytes.contains("tk-3a7f"));
    QVERIFY(!bytes.contains("stored in a file"));
}

void TestSyncDesk::translatedScreenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("acceptTheirs");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Plattform-Stand übernehmen");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("接受对方版本");
}

// The desk in German ("Abgleich") and Chinese: translated, and the screenshot to look at.
void TestSyncDesk::translatedScreenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, acceptTheirs);
    QTranslator translator;
    QVERIFY(translator.load(translationResource(language)));
    QCoreApplication::installTranslator(&translator);
    ConflictCache cache;
    Workspace workspace(cache.path, nullptr);
    SyncDesk desk;
    desk.resize(1000, 760);
    desk.setWorkspace(&workspace);
    desk.show();
    QTRY_COMPARE(desk.conflicts()->model()->rowCount(), 3);
    SyncStatus online;
    online.connection = SyncStatus::Connection::Online;
    online.caughtUp = true;
    online.lastPullAt = QDateTime::currentDateTimeUtc();
    online.conflicts = 2;
    online.rejected = 1;
    emit workspace.statusChanged(online);
    QCOMPARE(button(desk, "acceptTheirs")->accessibleName(), acceptTheirs);
    saveShot(desk, QStringLiteral("desk-%1").arg(language));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestSyncDesk)
#include "test_sync_desk.moc"
