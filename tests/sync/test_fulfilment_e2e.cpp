// The Fulfilment desk against the real reference platform over loopback, end to end: a supervisor
// triages four exceptions by keyboard (a tracking fix, a partial refund, a full refund, a reship),
// the console's sync pushes them while it keeps pulling, and the platform's own store shows each
// effect exactly once (one stored command each, one refund row per refund, the orders and
// exceptions changed as the commands say), even though the platform loses every second answer to a
// command post after applying it. The cache then shows the platform's new state.
#include "SyncTestSupport.h"
#include "../ui/DialogDriver.h"

#include "fulfilment/FulfilmentDesk.h"
#include "fulfilment/OrderDetailPane.h"
#include "fulfilment/RefundDialog.h"
#include "fulfilment/TrackingFixDialog.h"
#include "fulfilment/BoardView.h"
#include "itemmodels/BoardColumnModel.h"
#include "itemmodels/ExceptionQueueModel.h"
#include "storage/JournalStore.h"
#include "storage/OrderStore.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <functional>

using namespace wk;
using namespace wk::synctest;
using wk::testing::onNextDialog;

namespace {

const QString kFixedNumber = QStringLiteral("1Z999AA10123456784");   // UPS, valid check character


// Five orders in transit; four carry an open exception, one SLA hour apart so that the queue's
// order (soonest SLA first) is known.
struct Case {
    ExceptionCode code;
    const char *proposal;
};
const Case kCases[] = {{ExceptionCode::TrackingInvalid, "order.fix_tracking"},
                       {ExceptionCode::Damaged, "order.refund"},
                       {ExceptionCode::Lost, "order.refund"},
                       {ExceptionCode::Stalled, "order.reship"}};

void feedOrders(platform::PlatformStore &store)
{
    store.beginBatch();
    for (int i = 0; i < 5; ++i)
        store.order(platformtest::sampleOrder(i));
    for (int i = 0; i < int(std::size(kCases)); ++i) {
        OrderException e = platformtest::sampleException(i);
        e.code = kCases[i].code;
        e.aiProposal = QString::fromLatin1(kCases[i].proposal);
        e.slaDueAt = platformtest::kT0.addSecs(3600 * (i + 1));
        store.orderException(e);
    }
    store.commitBatch();
}

Order serverOrder(platform::PlatformStore &store, const QString &id)
{
    return codec::decodeOrder(store.find(EntityKind::Order, id)->object());
}

OrderException serverException(platform::PlatformStore &store, const QString &id)
{
    return codec::decodeOrderException(store.find(EntityKind::OrderException, id)->object());
}

struct Refund {
    qint64 amountMinor;
    QString currency;
    bool full;
    QString reason;
};

QList<Refund> serverRefunds(platform::PlatformStore &store, const QString &orderId)
{
    Statement st(store.database(), QStringLiteral("SELECT amount_minor, currency, full_refund, reason FROM refunds "
                                                  "WHERE order_id = ? ORDER BY id"));
    st.bind(1, orderId);
    QList<Refund> out;
    while (st.step())
        out << Refund{st.columnInt64(0), st.columnText(1), st.columnInt(2) != 0, st.columnText(3)};
    return out;
}

QStringList serverCommands(platform::PlatformStore &store)
{
    Statement st(store.database(), QStringLiteral("SELECT type || ' ' || target || ' ' || outcome FROM commands ORDER BY type, target"));
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

} // namespace

class TestFulfilmentEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void triagedCommandsReachThePlatformOnce();

private:
    // Moves the queue's current row with J/K, as a supervisor does, to the given exception.
    bool walkTo(const QString &exceptionId);
    // Gives the window the focus back after a modal dialog (the offscreen platform does not).
    void refocus();

    FulfilmentDesk *m_desk = nullptr;
};

bool TestFulfilmentEndToEnd::walkTo(const QString &exceptionId)
{
    ExceptionQueueModel *model = m_desk->queueModel();
    QTableView *queue = m_desk->queueView();
    const int target = model->rowOf(exceptionId);
    if (target < 0)
        return false;
    for (int guard = 0; guard < 20 && queue->currentIndex().row() != target; ++guard)
        QTest::keyClick(queue, queue->currentIndex().row() < target ? Qt::Key_J : Qt::Key_K);
    return model->row(queue->currentIndex().row())->exceptionId == exceptionId;
}

void TestFulfilmentEndToEnd::refocus()
{
    m_desk->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_desk));
    m_desk->queueView()->setFocus();
}

void TestFulfilmentEndToEnd::triagedCommandsReachThePlatformOnce()
{
    QTemporaryDir dir;
    DataSize size;
    size.reviewItems = 0;
    size.orders = 0;
    size.exceptions = 0;
    size.shipmentEvents = 0;
    size.metrics = 0;
    // Every second command post is applied on the platform and its answer lost: the console must
    // retry under the same command id and the platform must answer from its store.
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")), QStringLiteral("lost=every2"), size);
    feedOrders(server->store());
    const qint64 untouchedVersion = server->store().find(EntityKind::Order, QStringLiteral("ord-4"))->version;
    QVERIFY(server->start() != 0);

    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server->baseUrl(), QStringLiteral("demo-1"), false);
    Workspace workspace(cache, console.service.get());
    // Short enough for a quick test, long enough that the grace period is still real.
    workspace.commands()->setGracePeriod(std::chrono::milliseconds(300));
    console.service->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.status.caughtUp, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(workspace.supervisor().supervisorId, QStringLiteral("sup-1"), 10000);

    FulfilmentDesk desk;
    m_desk = &desk;
    desk.resize(1600, 1000);
    desk.setWorkspace(&workspace);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    ExceptionQueueModel *model = desk.queueModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
    QTableView *queue = desk.queueView();
    queue->setFocus();
    QSignalSpy submitted(workspace.commands(), &CommandQueue::submitted);

    // Each command is applied on the platform and pulled back before the next: the queue re-reads
    // under the supervisor in between, as it does at a real desk.
    Database db = openCache(cache);
    QStringList commandIds;
    const auto waitApplied = [&](const QString &what) {
        QVERIFY2(!submitted.isEmpty() || submitted.wait(5000), qPrintable(what + QStringLiteral(": not queued")));
        const QStringList ids = submitted.takeFirst().at(0).toStringList();
        QCOMPARE(ids.size(), 1);
        commandIds << ids.first();
        QTRY_VERIFY2_WITH_TIMEOUT(outboxState(db, ids.first()) == std::optional<OutboxState>(OutboxState::Applied),
                                  qPrintable(what + QStringLiteral(": not applied")), 30000);
    };
    const auto detailOf = [&](const QString &orderId) {
        QTRY_COMPARE_WITH_TIMEOUT(desk.detailPane()->detail().order.id, orderId, 10000);
    };

    // T on exc-0: the new number is checked inline and queued with its carrier.
    QVERIFY(walkTo(QStringLiteral("exc-0")));
    detailOf(QStringLiteral("ord-0"));
    onNextDialog([](QDialog *dialog) {
        auto *fix = qobject_cast<TrackingFixDialog *>(dialog);
        QVERIFY(fix);
        QTest::keyClicks(fix->numberEdit(), kFixedNumber);
        QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(fix->numberEdit(), Qt::Key_Return);
    });
    QTest::keyClick(queue, Qt::Key_T);
    waitApplied(QStringLiteral("tracking fix"));

    // F on exc-1: a partial refund of 12.50 EUR with a reason.
    refocus();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("exc-0")) < 0, 10000);   // resolved by the fix, pulled back
    QVERIFY(walkTo(QStringLiteral("exc-1")));
    detailOf(QStringLiteral("ord-1"));
    onNextDialog([](QDialog *dialog) {
        auto *refund = qobject_cast<RefundDialog *>(dialog);
        QVERIFY(refund);
        refund->partialButton()->setFocus();
        QTest::keyClick(refund->partialButton(), Qt::Key_Space);
        QVERIFY(refund->partialButton()->isChecked());
        QTest::keyClicks(refund->amountEdit(), QStringLiteral("12.50"));
        QTest::keyClicks(refund->reasonEdit(), QStringLiteral("arrived damaged, customer keeps it"));
        QVERIFY2(refund->verdict().contains(QStringLiteral("12.50")), qPrintable(refund->verdict()));
        QTest::keyClick(refund->reasonEdit(), Qt::Key_Return);
    });
    QTest::keyClick(queue, Qt::Key_F);
    waitApplied(QStringLiteral("partial refund"));

    // F on exc-2: the full refund (the default choice) with a reason.
    refocus();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("exc-1")) < 0, 10000);
    QVERIFY(walkTo(QStringLiteral("exc-2")));
    detailOf(QStringLiteral("ord-2"));
    onNextDialog([](QDialog *dialog) {
        auto *refund = qobject_cast<RefundDialog *>(dialog);
        QVERIFY(refund);
        QTest::keyClicks(refund->reasonEdit(), QStringLiteral("parcel lost by the carrier"));
        QVERIFY2(refund->verdict().contains(QStringLiteral("121.00")), qPrintable(refund->verdict()));
        QTest::keyClick(refund->reasonEdit(), Qt::Key_Return);
    });
    QTest::keyClick(queue, Qt::Key_F);
    waitApplied(QStringLiteral("full refund"));

    // R on exc-3: reship at once (no dialog).
    refocus();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(QStringLiteral("exc-2")) < 0, 10000);
    QVERIFY(walkTo(QStringLiteral("exc-3")));
    QTest::keyClick(queue, Qt::Key_R);
    waitApplied(QStringLiteral("reship"));

    // --- The platform's side: each effect exactly once ---
    platform::PlatformStore &store = server->store();
    QCOMPARE(serverCommands(store), (QStringList{QStringLiteral("order.fix_tracking ord-0 applied"),
                                                 QStringLiteral("order.refund ord-1 applied"),
                                                 QStringLiteral("order.refund ord-2 applied"),
                                                 QStringLiteral("order.reship ord-3 applied")}));

    const Order fixed = serverOrder(store, QStringLiteral("ord-0"));
    QCOMPARE(fixed.trackingNumber, kFixedNumber);
    QCOMPARE(fixed.carrier, QStringLiteral("ups"));
    QCOMPARE(serverException(store, QStringLiteral("exc-0")).status, ExceptionStatus::Resolved);
    QCOMPARE(serverException(store, QStringLiteral("exc-0")).resolution, QStringLiteral("tracking_fixed"));

    const auto partial = serverRefunds(store, QStringLiteral("ord-1"));
    QCOMPARE(partial.size(), 1);
    QCOMPARE(partial.first().amountMinor, qint64(1250));
    QCOMPARE(partial.first().currency, QStringLiteral("EUR"));
    QCOMPARE(partial.first().full, false);
    QCOMPARE(partial.first().reason, QStringLiteral("arrived damaged, customer keeps it"));
    QCOMPARE(serverOrder(store, QStringLiteral("ord-1")).stage, OrderStage::InTransit);
    QCOMPARE(serverException(store, QStringLiteral("exc-1")).resolution, QStringLiteral("partially_refunded"));

    const auto full = serverRefunds(store, QStringLiteral("ord-2"));
    QCOMPARE(full.size(), 1);
    QCOMPARE(full.first().amountMinor, qint64(12100));   // goods 100.00 + shipping 10.00 + fee 11.00
    QCOMPARE(full.first().full, true);
    QCOMPARE(serverOrder(store, QStringLiteral("ord-2")).stage, OrderStage::Refunded);
    QCOMPARE(serverException(store, QStringLiteral("exc-2")).resolution, QStringLiteral("refunded"));

    const Order reshipped = serverOrder(store, QStringLiteral("ord-3"));
    QCOMPARE(reshipped.stage, OrderStage::Purchased);
    QVERIFY(reshipped.trackingNumber.isEmpty());
    QCOMPARE(serverException(store, QStringLiteral("exc-3")).resolution, QStringLiteral("reshipped"));

    QCOMPARE(scalar(store.database(), QStringLiteral("SELECT count(*) FROM refunds")), qint64(2));
    // The order without an exception was not touched.
    QCOMPARE(store.find(EntityKind::Order, QStringLiteral("ord-4"))->version, untouchedVersion);

    // --- The console's side: every command acknowledged, the cache pulled the new state ---
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'applied'")), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'applied'")), qint64(4));
    OrderStore orders(db);
    QTRY_COMPARE_WITH_TIMEOUT(orders.order(QStringLiteral("ord-3"))->stage, OrderStage::Purchased, 10000);
    QCOMPARE(orders.order(QStringLiteral("ord-0"))->trackingNumber, kFixedNumber);
    QCOMPARE(orders.order(QStringLiteral("ord-2"))->stage, OrderStage::Refunded);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 10000);   // the queue is empty: all four resolved
    // The lost answers were really lost: some command was answered "duplicate" on its replay.
    int duplicates = 0;
    for (const QString &id : std::as_const(commandIds))
        for (const JournalEntry &e : JournalStore(db).forCommand(id))
            duplicates += e.event == QLatin1StringView("duplicate") ? 1 : 0;
    QVERIFY(duplicates >= 1);

    // The order's history after the round trip, as the supervisor opens it from the board (Enter on
    // its card): the refund in words with who queued it, then the platform's answer.
    QListView *inTransit = desk.board()->columnView(3);
    QModelIndex card;
    QTRY_VERIFY_WITH_TIMEOUT((card = [&] {
        for (int r = 0; r < inTransit->model()->rowCount(); ++r)
            if (inTransit->model()->index(r, 0).data(BoardColumnModel::OrderIdRole).toString() == QLatin1String("ord-1"))
                return inTransit->model()->index(r, 0);
        return QModelIndex();
    }()).isValid(), 10000);
    inTransit->setFocus();
    inTransit->setCurrentIndex(card);
    QTest::keyClick(inTransit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(desk.detailPane()->detail().order.id, QStringLiteral("ord-1"), 10000);
    QStringList lines;
    for (int i = 0; i < desk.detailPane()->timeline()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = desk.detailPane()->timeline()->topLevelItem(i);
        lines << item->text(1) + QStringLiteral(" | ") + item->text(2);
    }
    const qsizetype queued = lines.indexOf(QStringLiteral("Refund by sup-1 | 12.50 EUR, partial refund \u00b7 reason: arrived damaged, customer keeps it"));
    QVERIFY2(queued >= 0, qPrintable(lines.join(QLatin1Char('\n'))));
    const qsizetype answered = lines.indexOf(QRegularExpression(QStringLiteral("^Refund: applied by the platform( \\(confirmed on a retry\\))? \\| $")));
    QVERIFY2(answered >= 0 && answered < queued, qPrintable(lines.join(QLatin1Char('\n'))));   // newest first
    QVERIFY(desk.detailPane()->decisionText().contains(QStringLiteral("reason: arrived damaged")));
    desk.grab().save(QDir::temp().filePath(QStringLiteral("fulfilment-e2e.png")));
    m_desk = nullptr;
}

QTEST_MAIN(TestFulfilmentEndToEnd)
#include "test_fulfilment_e2e.moc"
