// The Suppliers desk end to end, as a new user tries it on the demo: the real reference platform
// with its own generated data on a loopback port, a console cache filled by the real sync, and the
// desk driven by keys and clicks. A supplier is found by search, its score explained down to the
// exceptions and orders behind it (the Fulfilment desk opened with the drill-down's filter lists
// exactly that supplier's open exceptions), moved to another tier after the impact preview, then
// suspended with a reason: each command goes through the outbox, is applied by the platform
// exactly once — every second command post loses its answer after the effect, so one of the two
// is replayed and must come back as a duplicate, not a second change — and comes back through the
// pull into the cache and the tier lists.
#include "SyncTestSupport.h"

#include "common/MainWindow.h"
#include "fulfilment/FulfilmentDesk.h"
#include "itemmodels/ExceptionQueueModel.h"
#include "itemmodels/ScoreRefresher.h"
#include "itemmodels/SupplierTierModel.h"
#include "suppliers/ScorecardPanel.h"
#include "suppliers/SupplierActionDialog.h"
#include "suppliers/SuppliersDesk.h"
#include "suppliers/TierPane.h"
#include "storage/JournalStore.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace wk;
using namespace wk::synctest;

namespace {

QString text(Database &db, const QString &sql, const QString &id)
{
    Statement st(db, sql);
    st.bind(1, id);
    return st.step() ? st.columnText(0) : QString();
}

qint64 count(Database &db, const QString &sql, const QString &id)
{
    Statement st(db, sql);
    st.bind(1, id);
    return st.step() ? st.columnInt64(0) : -1;
}

// What the platform's own store recorded for the supplier: command rows of `type` (the idempotency
// table, one per command id), and the changes a supervisor's command made (the change log).
qint64 platformCommands(platform::PlatformStore &store, const QString &type, const QString &id)
{
    Statement st(store.database(), QStringLiteral("SELECT count(*) FROM commands WHERE type = ?1 AND target = ?2"));
    st.bind(1, type).bind(2, id);
    return st.step() ? st.columnInt64(0) : -1;
}

qint64 platformCommandChanges(platform::PlatformStore &store, const QString &id)
{
    Statement st(store.database(), QStringLiteral("SELECT count(*) FROM change_log WHERE kind = ?1 AND id = ?2 AND actor <> ''"));
    st.bind(1, int(EntityKind::Supplier)).bind(2, id);
    return st.step() ? st.columnInt64(0) : -1;
}

QString outboxCommandId(Database &db, const QString &type, const QString &id)
{
    Statement st(db, QStringLiteral("SELECT command_id FROM outbox WHERE type = ?1 AND target = ?2"));
    st.bind(1, type).bind(2, id);
    return st.step() ? st.columnText(0) : QString();
}

Supplier onPlatform(platform::PlatformStore &store, const QString &id)
{
    const auto stored = store.find(EntityKind::Supplier, id);
    return stored ? codec::decodeSupplier(stored->object()) : Supplier();
}

// Rows of a tier list whose supplier is `id`.
int rowsOf(TierPane *pane, const QString &id)
{
    int n = 0;
    QAbstractItemModel *m = pane->view()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        n += m->index(r, 0).data(SupplierTierModel::SupplierIdRole).toString() == id ? 1 : 0;
    return n;
}

} // namespace

class TestSuppliersEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);   // the window's settings are not the user's
    }
    void foundExplainedMovedAndSuspended();
};

void TestSuppliersEndToEnd::foundExplainedMovedAndSuspended()
{
    QTemporaryDir dir;
    // The demo's generator at 5% of the full size: 100 suppliers in three tiers, their metrics,
    // orders with exceptions, products and flagged media.
    PlatformServer::Options options;
    options.dbPath = dir.filePath(QStringLiteral("platform.sqlite"));
    options.sizePercent = 5;
    options.faults = QStringLiteral("lost=every2");
    PlatformServer server(options);
    QVERIFY(server.start() != 0);

    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    PlatformClientSettings client;
    client.baseUrl = server.baseUrl();
    client.token = QStringLiteral("demo-1");
    SyncEngineOptions engine;
    engine.databasePath = cache;
    engine.waitSeconds = 1;
    SyncService sync(client, engine);
    Workspace workspace(cache, &sync);
    workspace.setClientSettings(client);
    workspace.commands()->setGracePeriod(std::chrono::milliseconds(0));
    // The console's window with the two desks of the flow: the drill-down is the window's own
    // navigation from one desk to the other.
    MainWindow window;
    window.addDesk(std::make_unique<SuppliersDesk>());
    window.addDesk(std::make_unique<FulfilmentDesk>());
    auto &desk = *qobject_cast<SuppliersDesk *>(window.desk(0));
    auto &fulfilment = *qobject_cast<FulfilmentDesk *>(window.desk(1));
    window.resize(1680, 1050);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setWorkspace(&workspace);
    desk.refresher()->setMinimumInterval(0);   // the refresher exists once the desk has a workspace
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.status().caughtUp, 60000);

    // The supplier a supervisor would look at first: the most open exceptions.
    QString id, name;
    SupplierTier tier = SupplierTier::PalletTrader;
    {
        Database db = openCache(cache);
        Statement st(db, QStringLiteral("SELECT s.id, s.name, s.tier FROM order_exceptions e JOIN orders o ON o.id = e.order_id "
                                        "JOIN suppliers s ON s.id = o.supplier_id WHERE e.status = 'open' AND s.status = 'active' "
                                        "GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1"));
        QVERIFY(st.step());
        id = st.columnText(0);
        name = st.columnText(1);
        tier = *fromCode<SupplierTier>(st.columnText(2));
    }
    QCOMPARE(onPlatform(server.store(), id).tier, tier);
    for (int t = 0; t < 3; ++t)
        QTRY_VERIFY_WITH_TIMEOUT(desk.tierPane(SupplierTier(t))->model()->totalCount() > 0, 30000);

    // Found: part of its name, Enter, and the list holding it has the focus.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    desk.searchEdit()->setFocus();
    QTest::keyClicks(desk.searchEdit(), name);
    QTest::keyClick(desk.searchEdit(), Qt::Key_Return);
    QTableView *list = desk.tierPane(tier)->view();
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(list), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rowsOf(desk.tierPane(tier), id) == 1, 10000);
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, 0).data(SupplierTierModel::SupplierIdRole).toString() == id)
            list->setCurrentIndex(list->model()->index(r, 0));
    QTRY_COMPARE_WITH_TIMEOUT(desk.scorecard()->detail().supplier.id, id, 10000);

    // Explained: five weighted criteria, and the exceptions behind the score are this supplier's orders.
    ScorecardPanel *card = desk.scorecard();
    QCOMPARE(card->criteriaTable()->rowCount(), 5);
    QVERIFY(card->scoreLabel()->text().contains(QStringLiteral("·")));
    const SupplierDetail detail = card->detail();
    QVERIFY(!detail.feedback.isEmpty());
    {
        Database db = openCache(cache);
        for (const FeedbackItem &f : detail.feedback)
            if (f.kind == FeedbackItem::Kind::Exception)
                QCOMPARE(text(db, QStringLiteral("SELECT supplier_id FROM orders WHERE id = ?1"), f.orderId), id);
    }
    QVERIFY(card->feedbackList()->topLevelItemCount() >= 1);

    // Down to the orders: the drill-down switches the window to the Fulfilment desk filtered to
    // this supplier, whose exception queue holds exactly its open exceptions.
    QTest::mouseClick(card->findChild<QPushButton *>(), Qt::LeftButton);
    QCOMPARE(window.currentDesk(), static_cast<Desk *>(&fulfilment));
    {
        Database db = openCache(cache);
        const qint64 open = count(db, QStringLiteral("SELECT count(*) FROM order_exceptions e JOIN orders o ON o.id = e.order_id "
                                                     "WHERE o.supplier_id = ?1 AND e.status = 'open'"), id);
        QVERIFY(open > 0);
        QTRY_COMPARE_WITH_TIMEOUT(fulfilment.queueModel()->totalCount(), open, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(fulfilment.queueModel()->rowCount()), open, 10000);
        for (int r = 0; r < fulfilment.queueModel()->rowCount(); ++r) {
            const QString order = fulfilment.queueModel()->index(r, 0).data(ExceptionQueueModel::OrderIdRole).toString();
            QCOMPARE(text(db, QStringLiteral("SELECT supplier_id FROM orders WHERE id = ?1"), order), id);
        }
    }
    fulfilment.grab().save(QStringLiteral("/tmp/suppliers-e2e-drilldown.png"));
    // Back with Ctrl+1, the Suppliers desk as it was left: the same supplier open.
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentDesk(), static_cast<Desk *>(&desk));
    QCOMPARE(desk.currentSupplierId(), id);

    // Moved: Ctrl+Shift+M, the impact preview (checked against the cache), another tier, confirm.
    const SupplierTier target = SupplierTier((int(tier) + 1) % 3);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    SupplierActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = desk.findChild<SupplierActionDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->impactLoaded(), 10000);
    {
        Database db = openCache(cache);
        const qint64 openOrders = count(db, QStringLiteral("SELECT count(*) FROM orders WHERE supplier_id = ?1 "
                                                           "AND stage NOT IN ('delivered', 'returned', 'refunded')"), id);
        const QString impact = dialog->findChild<QLabel *>(QStringLiteral("impactPreview"))->text();
        QVERIFY2(impact.contains(QStringLiteral("%1 open order").arg(openOrders)), qPrintable(impact));
    }
    dialog->tierBox()->setCurrentIndex(dialog->tierBox()->findData(toCode(target)));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);

    // Reached the platform: applied there, and the pull brings the new tier back to the lists.
    Database db = openCache(cache);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'supplier.set_tier' "
                                                        "AND state = 'applied'")), qint64(1), 30000);
    QCOMPARE(onPlatform(server.store(), id).tier, target);
    const QString setTier = QStringLiteral("supplier.set_tier");
    QCOMPARE(platformCommands(server.store(), setTier, id), qint64(1));
    QCOMPARE(platformCommandChanges(server.store(), id), qint64(1));
    QTRY_COMPARE_WITH_TIMEOUT(text(db, QStringLiteral("SELECT tier FROM suppliers WHERE id = ?1"), id), toCode(target), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(rowsOf(desk.tierPane(target), id) == 1, 30000);
    QCOMPARE(rowsOf(desk.tierPane(tier), id), 0);

    // Suspended with a reason, after its own preview: the platform keeps the reason.
    QTRY_COMPARE_WITH_TIMEOUT(desk.currentSupplierId(), id, 10000);
    dialog = desk.openAction(SupplierActionDialog::Action::Suspend);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->impactLoaded(), 10000);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Quality complaints keep coming"));
    QVERIFY(dialog->confirmButton()->isEnabled());
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'supplier.suspend' "
                                                        "AND state = 'applied'")), qint64(1), 30000);
    const Supplier suspended = onPlatform(server.store(), id);
    QCOMPARE(suspended.status, SupplierStatus::Suspended);
    QCOMPARE(suspended.statusReason, QStringLiteral("Quality complaints keep coming"));

    // Exactly once: each command id the outbox sent is stored once on the platform and made one
    // change there, and the post whose answer was lost was replayed and answered as a duplicate.
    const QString suspend = QStringLiteral("supplier.suspend");
    QCOMPARE(platformCommands(server.store(), setTier, id), qint64(1));
    QCOMPARE(platformCommands(server.store(), suspend, id), qint64(1));
    QCOMPARE(platformCommandChanges(server.store(), id), qint64(2));
    bool duplicate = false;
    for (const QString &type : {setTier, suspend}) {
        const QString commandId = outboxCommandId(db, type, id);
        QVERIFY(server.store().command(commandId).has_value());
        for (const JournalEntry &e : JournalStore(db).forCommand(commandId))
            duplicate = duplicate || e.event == QLatin1StringView("duplicate");
    }
    QVERIFY2(duplicate, "no command post lost its answer: the replay was not exercised");
    QTRY_COMPARE_WITH_TIMEOUT(text(db, QStringLiteral("SELECT status FROM suppliers WHERE id = ?1"), id),
                              QStringLiteral("suspended"), 30000);
    // The desk catches up by itself: the scorecard says suspended, with the reason, nothing pending.
    QTRY_VERIFY_WITH_TIMEOUT(card->detail().supplier.status == SupplierStatus::Suspended
                                 && card->detail().pendingCommands == 0, 30000);
    bool reasonShown = false;
    for (const QLabel *label : card->findChildren<QLabel *>())
        reasonShown = reasonShown || label->text().contains(QStringLiteral("Suspended: Quality complaints keep coming"));
    QVERIFY(reasonShown);
    // ... and so does its row in the tier list (the lists read the recomputed scores table).
    const auto listedStatus = [&] {
        QAbstractItemModel *m = desk.tierPane(target)->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(SupplierTierModel::SupplierIdRole).toString() == id)
                return m->index(r, 0).data(SupplierTierModel::StatusRole).toString();
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(listedStatus(), QStringLiteral("suspended"), 30000);
    QTest::qWait(1000);   // the charts redraw after the lists
    desk.grab().save(QStringLiteral("/tmp/suppliers-e2e.png"));
    sync.stop();
}

QTEST_MAIN(TestSuppliersEndToEnd)
#include "test_suppliers_e2e.moc"
