// The Fulfilment desk's item models over a real cache filled through the stores: counts from SQL
// under each filter, keyset pages, the exception queue, stale answers dropped, the pending-intent
// overlay, the summary table following supplier tier changes, and the journalled reveal.
// QAbstractItemModelTester watches every model.
#include "FulfilmentFixture.h"
#include "itemmodels/BoardColumnModel.h"
#include "itemmodels/ExceptionQueueModel.h"
#include "itemmodels/FulfilmentHistory.h"
#include "itemmodels/FulfilmentQueries.h"
#include "itemmodels/OrderBoardModel.h"
#include "itemmodels/OrderDetailLoader.h"
#include "rules/SlaClocks.h"
#include "storage/JournalStore.h"
#include "storage/OutboxStore.h"
#include "storage/Statement.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace wk;
using namespace wk::testing;

namespace {
constexpr int kOrders = 1000;

bool breached(int i)
{
    const Order o = fixtureOrder(i);
    const auto limit = SlaClocks::dwellLimitMs(o.stage, *laneForMarket(o.market));
    if (limit && o.stageEnteredAt.toMSecsSinceEpoch() < kFixtureNow.toMSecsSinceEpoch() - *limit)
        return true;
    return fixtureHasException(i) && fixtureException(i).slaDueAt < kFixtureNow;
}

bool matches(int i, const FulfilmentFilter &f)
{
    const Order o = fixtureOrder(i);
    if (!f.market.isEmpty() && o.market != f.market)
        return false;
    if (!f.carrier.isEmpty() && o.carrier != f.carrier)
        return false;
    if (!f.supplierTier.isEmpty()) {
        const QString tier = o.supplierId == QLatin1String("s1") ? QStringLiteral("pallet_trader") : QStringLiteral("longtail_1688");
        if (tier != f.supplierTier)
            return false;
    }
    if (!f.exceptionCode.isEmpty() && !(fixtureHasException(i) && toCode(fixtureException(i).code) == f.exceptionCode))
        return false;
    if (f.slaBreached && !breached(i))
        return false;
    if (!f.search.isEmpty() && !o.id.startsWith(f.search) && o.trackingNumber != f.search)
        return false;
    return true;
}

std::array<qint64, 9> expectedCounts(const FulfilmentFilter &f)
{
    std::array<qint64, 9> counts{};
    for (int i = 0; i < kOrders; ++i)
        if (matches(i, f))
            ++counts[size_t(i % 9)];
    return counts;
}

FulfilmentFilter filterOf(const QString &key, const QString &value)
{
    FulfilmentFilter f;
    if (key == QLatin1String("market")) f.market = value;
    if (key == QLatin1String("carrier")) f.carrier = value;
    if (key == QLatin1String("tier")) f.supplierTier = value;
    if (key == QLatin1String("code")) f.exceptionCode = value;
    if (key == QLatin1String("sla")) f.slaBreached = true;
    if (key == QLatin1String("search")) f.search = value;
    if (key == QLatin1String("market+code")) {
        f.market = QStringLiteral("US");
        f.exceptionCode = value;
    }
    if (key == QLatin1String("market+sla")) {
        f.market = value;
        f.slaBreached = true;
    }
    if (key == QLatin1String("market+search")) {
        f.market = QStringLiteral("US");
        f.search = value;
    }
    if (key == QLatin1String("combined")) {
        f.market = QStringLiteral("DE");
        f.supplierTier = QStringLiteral("longtail_1688");
        f.slaBreached = true;
    }
    return f;
}

void waitLoaded(QObject *model)
{
    QSignalSpy spy(model, SIGNAL(loaded()));
    QVERIFY(spy.wait(10000));
}
} // namespace

class TestFulfilmentModels : public QObject
{
    Q_OBJECT
private slots:
    // Each command's payload in words, as the order detail shows it; nothing worth saying is empty.
    void historyPayloadSummary_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("partial refund") << QStringLiteral("order.refund")
                                        << QStringLiteral(R"({"amount":{"amount_minor":1250,"currency":"EUR"},"reason":"late","full":false})")
                                        << QStringLiteral("12.50 EUR, partial refund \u00b7 reason: late");
        QTest::newRow("full refund, JPY") << QStringLiteral("order.refund")
                                          << QStringLiteral(R"({"amount":{"amount_minor":4800,"currency":"JPY"},"reason":"","full":true})")
                                          << QStringLiteral("4800 JPY, full refund");
        QTest::newRow("unreadable amount") << QStringLiteral("order.refund") << QStringLiteral(R"({"amount":"lots","full":true})")
                                           << QStringLiteral("an unreadable amount, full refund");
        QTest::newRow("tracking fix") << QStringLiteral("order.fix_tracking")
                                      << QStringLiteral(R"({"tracking_number":"1Z999AA10123456784","carrier":"ups"})")
                                      << QStringLiteral("new tracking number 1Z999AA10123456784 (ups)");
        QTest::newRow("hold") << QStringLiteral("order.hold") << QStringLiteral(R"({"reason":"supplier asked"})")
                              << QStringLiteral("reason: supplier asked");
        QTest::newRow("release") << QStringLiteral("order.release") << QStringLiteral("{}") << QString();
        QTest::newRow("reship") << QStringLiteral("order.reship") << QStringLiteral("{}") << QString();
        QTest::newRow("resolve") << QStringLiteral("exception.resolve") << QStringLiteral(R"({"resolution":"checked"})")
                                 << QStringLiteral("resolution: checked");
        QTest::newRow("note to the supplier") << QStringLiteral("order.note") << QStringLiteral(R"({"text":"ship faster"})")
                                              << QStringLiteral("ship faster");
    }
    void historyPayloadSummary()
    {
        QFETCH(QString, type);
        QFETCH(QString, payload);
        QFETCH(QString, expected);
        QCOMPARE(FulfilmentHistory::payloadSummary(type, payload), expected);
    }

    // Pending intents on top; then the journal newest first (same millisecond: the later line first);
    // the platform's answer in words; a reveal names who and why, never the data.
    void historyLines()
    {
        const QList<JournalLine> journal{
            {1000, QStringLiteral("enqueued"), QStringLiteral("order.refund"), QStringLiteral("ORD-1"), QStringLiteral("7"),
             QStringLiteral("sup-ana"), QStringLiteral(R"({"amount":{"amount_minor":500,"currency":"USD"},"reason":"late","full":false})")},
            {1000, QStringLiteral("applied"), QStringLiteral("order.refund"), QStringLiteral("ORD-1"), QStringLiteral("4"), {}, {}},
            {2000, QStringLiteral("customer_revealed"), {}, QStringLiteral("ORD-1"),
             QStringLiteral(R"({"supervisor_id":"sup-bo","reason":"customer called"})"), {}, {}},
            {3000, QStringLiteral("rejected"), QStringLiteral("order.hold"), QStringLiteral("ORD-1"),
             QStringLiteral(R"({"title":"Invalid state","detail":"The order is already on hold."})"), {}, {}},
        };
        const QList<PendingIntent> pending{
            {QStringLiteral("c1"), QStringLiteral("order.release"), QStringLiteral("ORD-1"), QStringLiteral("{}"), 500},
            {QStringLiteral("c2"), QStringLiteral("order.hold"), QStringLiteral("ORD-1"), QStringLiteral(R"({"reason":"wait"})"), 4000},
        };
        const QList<HistoryLine> lines = FulfilmentHistory::lines(journal, pending);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines[0].what, QStringLiteral("Hold pending, not yet confirmed by the platform"));
        QCOMPARE(lines[0].detail, QStringLiteral("reason: wait"));
        QVERIFY(lines[0].pending && lines[1].pending);
        QCOMPARE(lines[1].what, QStringLiteral("Release pending, not yet confirmed by the platform"));
        QCOMPARE(lines[2].what, QStringLiteral("Hold: rejected by the platform"));
        QCOMPARE(lines[2].detail, QStringLiteral("The order is already on hold."));
        QCOMPARE(lines[3].what, QStringLiteral("Customer data revealed by sup-bo"));
        QCOMPARE(lines[3].detail, QStringLiteral("customer called"));
        QCOMPARE(lines[4].what, QStringLiteral("Refund: applied by the platform"));
        QCOMPARE(lines[5].what, QStringLiteral("Refund by sup-ana"));
        QCOMPARE(lines[5].detail, QStringLiteral("5.00 USD, partial refund \u00b7 reason: late"));
        QVERIFY(!lines[5].pending);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = makeFulfilmentCache(m_dir, kOrders);
    }

    void boardCounts_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("no filter") << QString() << QString();
        QTest::newRow("market DE") << QStringLiteral("market") << QStringLiteral("DE");
        QTest::newRow("carrier UPS") << QStringLiteral("carrier") << QStringLiteral("UPS");
        QTest::newRow("tier pallet (supplier known first)") << QStringLiteral("tier") << QStringLiteral("pallet_trader");
        QTest::newRow("tier 1688 (supplier came later)") << QStringLiteral("tier") << QStringLiteral("longtail_1688");
        QTest::newRow("exception LOST") << QStringLiteral("code") << QStringLiteral("LOST");
        QTest::newRow("sla breached") << QStringLiteral("sla") << QString();
        QTest::newRow("order id prefix") << QStringLiteral("search") << QStringLiteral("ORD-00001");
        QTest::newRow("tracking number") << QStringLiteral("search") << fixtureOrder(42).trackingNumber;
        QTest::newRow("DE, 1688, breached") << QStringLiteral("combined") << QString();
    }
    void boardCounts()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const FulfilmentFilter filter = filterOf(key, value);
        OrderBoardModel board(m_path);
        board.setNow(kFixtureNow.toMSecsSinceEpoch());
        QList<std::shared_ptr<QAbstractItemModelTester>> testers;
        for (int c = 0; c < board.columnCount(); ++c)
            testers << std::make_shared<QAbstractItemModelTester>(board.column(c),
                                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setFilter(filter);
        waitLoaded(&board);
        const auto expected = expectedCounts(filter);
        for (int c = 0; c < board.columnCount(); ++c) {
            QCOMPARE(board.column(c)->totalCount(), expected[size_t(c)]);
            QCOMPARE(board.column(c)->rowCount(), int(std::min<qint64>(expected[size_t(c)], fulfilment::kBoardFirstPageSize)));
        }
    }

    // Scrolling a column to its end reads every order of the stage exactly once, in keyset order.
    void columnPagesFollowTheKeyset()
    {
        OrderBoardModel board(m_path);
        board.setNow(kFixtureNow.toMSecsSinceEpoch());
        board.setFilter({});
        waitLoaded(&board);
        BoardColumnModel *column = board.column(OrderStage::InTransit);
        QAbstractItemModelTester tester(column, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(column->totalCount() > fulfilment::kPageSize);
        // (The tester may have asked for the next page already: then wait for it.)
        while (column->hasMore()) {
            QSignalSpy inserted(column, &QAbstractItemModel::rowsInserted);
            column->fetchMore({});
            QVERIFY(inserted.wait(10000));
        }
        QCOMPARE(column->rowCount(), int(column->totalCount()));
        // Oldest in the stage first: the fixture's stage_entered_at falls as i grows.
        QStringList expected;
        for (int i = kOrders - 1; i >= 0; --i)
            if (i % 9 == 3)
                expected << fixtureOrderId(i);
        QStringList got;
        for (int r = 0; r < column->rowCount(); ++r)
            got << column->data(column->index(r), BoardColumnModel::OrderIdRole).toString();
        QCOMPARE(got, expected);
        // Masked customer, never the clear name.
        QVERIFY(column->card(0)->customerMasked.startsWith(QStringLiteral("C\u2022\u2022\u2022")));
        QVERIFY(!column->data(column->index(0), Qt::ToolTipRole).toString().contains(QStringLiteral("Customer Number")));
    }

    // Two filters in a row: only the second one's answer is applied.
    void staleAnswersAreDropped()
    {
        OrderBoardModel board(m_path);
        board.setNow(kFixtureNow.toMSecsSinceEpoch());
        QSignalSpy loaded(&board, &OrderBoardModel::loaded);
        board.setFilter(filterOf(QStringLiteral("market"), QStringLiteral("US")));
        board.setFilter(filterOf(QStringLiteral("market"), QStringLiteral("AU")));
        QVERIFY(loaded.wait(10000));
        QTest::qWait(100);   // an answer to the first filter would arrive by now
        const auto expected = expectedCounts(filterOf(QStringLiteral("market"), QStringLiteral("AU")));
        for (int c = 0; c < board.columnCount(); ++c)
            QCOMPARE(board.column(c)->totalCount(), expected[size_t(c)]);
        for (int r = 0; r < board.column(0)->rowCount(); ++r)
            QCOMPARE(board.column(0)->card(r)->market, QStringLiteral("AU"));
    }

    void exceptionQueue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("all open") << QString() << QString();
        QTest::newRow("TRACKING_INVALID") << QStringLiteral("code") << QStringLiteral("TRACKING_INVALID");
        QTest::newRow("breached") << QStringLiteral("sla") << QString();
        QTest::newRow("market US") << QStringLiteral("market") << QStringLiteral("US");
        // Counted on the exceptions' copy of the order's columns (migration 009).
        QTest::newRow("market DE, breached") << QStringLiteral("market+sla") << QStringLiteral("DE");
        QTest::newRow("carrier UPS") << QStringLiteral("carrier") << QStringLiteral("UPS");
        QTest::newRow("tier pallet") << QStringLiteral("tier") << QStringLiteral("pallet_trader");
        QTest::newRow("order id prefix") << QStringLiteral("search") << QStringLiteral("ORD-00007");
        QTest::newRow("tracking number") << QStringLiteral("search") << fixtureOrder(14).trackingNumber;
        // An order filter with a code (the count's own index) and with a search (ids first).
        QTest::newRow("market US, DAMAGED") << QStringLiteral("market+code") << QStringLiteral("DAMAGED");
        QTest::newRow("market US, order id prefix") << QStringLiteral("market+search") << QStringLiteral("ORD-0000");
    }
    void exceptionQueue()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        FulfilmentFilter filter = filterOf(key, value);
        ExceptionQueueModel queue(m_path);
        queue.setNow(kFixtureNow.toMSecsSinceEpoch());
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&queue, &ExceptionQueueModel::counted);
        queue.setFilter(filter);
        waitLoaded(&queue);
        // A queue longer than its first page is counted a moment later: "not known yet" until then,
        // never an earlier filter's number; a shorter one is counted by its page.
        if (queue.hasMore())
            QCOMPARE(queue.totalCount(), qint64(-1));
        else
            QCOMPARE(queue.totalCount(), qint64(queue.rowCount()));
        while (queue.hasMore()) {
            QSignalSpy inserted(&queue, &QAbstractItemModel::rowsInserted);
            queue.fetchMore({});
            QVERIFY(inserted.wait(10000));
        }
        QList<OrderException> expected;
        for (int i = 0; i < kOrders; ++i) {
            if (!fixtureHasException(i))
                continue;
            const OrderException x = fixtureException(i);
            const Order o = fixtureOrder(i);
            if (!filter.exceptionCode.isEmpty() && toCode(x.code) != filter.exceptionCode)
                continue;
            if (filter.slaBreached && !(x.slaDueAt < kFixtureNow))
                continue;
            if (!filter.market.isEmpty() && o.market != filter.market)
                continue;
            if (!filter.carrier.isEmpty() && o.carrier != filter.carrier)
                continue;
            if (!filter.supplierTier.isEmpty()
                && (o.supplierId == QLatin1String("s1")) != (filter.supplierTier == QLatin1String("pallet_trader")))
                continue;
            if (!filter.search.isEmpty() && !o.id.startsWith(filter.search) && o.trackingNumber != filter.search)
                continue;
            expected << x;
        }
        std::sort(expected.begin(), expected.end(), [](const OrderException &a, const OrderException &b) {
            return std::pair(a.slaDueAt, a.id) < std::pair(b.slaDueAt, b.id);
        });
        // The count follows the first page, as a job of its own.
        if (counted.isEmpty())
            QVERIFY(counted.wait(10000));
        QCOMPARE(queue.totalCount(), qint64(expected.size()));
        QCOMPARE(queue.rowCount(), int(expected.size()));
        // The count's own query (the queue runs it when the queue is longer than a page) agrees.
        {
            Database db(m_path, Database::Mode::ReadOnly);
            QCOMPARE(fulfilment::countExceptions(db, filter, kFixtureNow.toMSecsSinceEpoch()), qint64(expected.size()));
        }
        for (int r = 0; r < expected.size(); ++r)
            QCOMPARE(queue.row(r)->exceptionId, expected[r].id);
        if (!expected.isEmpty() && expected.first().slaDueAt < kFixtureNow) {
            QVERIFY(queue.data(queue.index(0, ExceptionQueueModel::DueColumn)).toString().startsWith(QStringLiteral("overdue")));
            QVERIFY(queue.data(queue.index(0, 0), ExceptionQueueModel::BreachedRole).toBool());
        }
    }

    // A command in the outbox shows on top of the server row until the platform acknowledges it.
    void pendingIntentsOverlayServerRows()
    {
        OrderBoardModel board(m_path);
        ExceptionQueueModel queue(m_path);
        board.setNow(kFixtureNow.toMSecsSinceEpoch());
        queue.setNow(kFixtureNow.toMSecsSinceEpoch());
        QSignalSpy boardLoaded(&board, &OrderBoardModel::loaded);
        QSignalSpy queueLoaded(&queue, &ExceptionQueueModel::loaded);
        board.setFilter({});
        queue.setFilter({});
        QVERIFY(boardLoaded.wait(10000));
        if (queueLoaded.isEmpty())
            QVERIFY(queueLoaded.wait(10000));
        const QString orderId = board.column(0)->card(0)->orderId;
        const QString exceptionId = queue.row(0)->exceptionId;
        {
            Database db(m_path);
            Transaction tx(db);
            OutboxStore outbox(db);
            outbox.enqueue({QUuid::createUuid().toString(QUuid::WithoutBraces), 0, CommandType::OrderHold, orderId, 1,
                            QJsonObject{{QStringLiteral("reason"), QStringLiteral("test")}}},
                           QDateTime::currentDateTimeUtc());
            outbox.enqueue({QUuid::createUuid().toString(QUuid::WithoutBraces), 0, CommandType::ExceptionEscalate,
                            exceptionId, 1, QJsonObject{}},
                           QDateTime::currentDateTimeUtc());
            tx.commit();
        }
        QSignalSpy boardChanged(board.column(0), &QAbstractItemModel::dataChanged);
        QSignalSpy queueChanged(&queue, &QAbstractItemModel::dataChanged);
        board.refreshPending();
        queue.refreshPending();
        QVERIFY(boardChanged.wait(10000));
        if (queueChanged.isEmpty())
            QVERIFY(queueChanged.wait(10000));
        QCOMPARE(board.column(0)->card(0)->pending, QStringList{QStringLiteral("order.hold")});
        // The card's second line says it in words, in a column too narrow for one long line.
        const QString card = board.column(0)->data(board.column(0)->index(0)).toString();
        QCOMPARE(card.count(QLatin1Char('\n')), 1);
        QVERIFY2(card.section(QLatin1Char('\n'), 1).contains(QStringLiteral("pending: Hold")), qPrintable(card));
        QVERIFY2(card.section(QLatin1Char('\n'), 0, 0).contains(board.column(0)->card(0)->currency), qPrintable(card));
        QVERIFY(queue.row(0)->pending.contains(QStringLiteral("exception.escalate")));
        QVERIFY(!queue.data(queue.index(0, ExceptionQueueModel::StatusColumn)).toString().isEmpty());
    }

    // The summary table follows a supplier's tier change (trigger on suppliers).
    void tierChangeMovesCounts()
    {
        QTemporaryDir dir;
        const QString path = makeFulfilmentCache(dir, 90);
        {
            Database db(path);
            Transaction tx(db);
            Supplier s1{QStringLiteral("s1"), QStringLiteral("Ningbo Pallets"), QStringLiteral("宁波"),
                        SupplierTier::DirectFactory, QStringLiteral("Zhejiang"), QStringLiteral("Ningbo"),
                        SupplierStatus::Active, {}, 2};
            SupplierStore(db).upsert(s1);
            tx.commit();
        }
        OrderBoardModel board(path);
        FulfilmentFilter f;
        f.supplierTier = QStringLiteral("direct_factory");
        board.setFilter(f);
        waitLoaded(&board);
        QCOMPARE(board.totalCount(), qint64(23));   // i % 4 == 0 for i < 90
        f.supplierTier = QStringLiteral("pallet_trader");
        board.setFilter(f);
        waitLoaded(&board);
        QCOMPARE(board.totalCount(), qint64(0));
    }

    // An overdue exception is placed on the board by the copy of its order's columns that it
    // carries (migration 009): the copy follows the order arriving after it, moving to another
    // stage and going away. Delivered and returned have no dwell limit: only the exception breaches.
    void overdueExceptionFollowsItsOrder()
    {
        QTemporaryDir dir;
        const QString path = makeFulfilmentCache(dir, 0);
        Database db(path);
        Order o = fixtureOrder(7);
        o.stage = OrderStage::Delivered;
        OrderException x = fixtureException(7);
        x.slaDueAt = kFixtureNow.addSecs(-3600);
        const auto write = [&db](const auto &entity) {
            Transaction tx(db);
            OrderStore(db).upsert(entity);
            tx.commit();
        };
        FulfilmentFilter f;
        f.slaBreached = true;
        OrderBoardModel board(path);
        board.setNow(kFixtureNow.toMSecsSinceEpoch());
        const auto breachedIn = [&board, &f](OrderStage stage) {
            board.setFilter(f);
            waitLoaded(&board);
            return std::pair{board.column(stage)->totalCount(), board.totalCount()};
        };
        write(x);   // its order is not in the cache yet: nowhere to show it
        QCOMPARE(breachedIn(OrderStage::Delivered), std::pair(qint64(0), qint64(0)));
        write(o);
        QCOMPARE(breachedIn(OrderStage::Delivered), std::pair(qint64(1), qint64(1)));
        QCOMPARE(board.column(OrderStage::Delivered)->card(0)->orderId, o.id);
        o.stage = OrderStage::Returned;
        o.version = 2;
        write(o);
        QCOMPARE(breachedIn(OrderStage::Returned), std::pair(qint64(1), qint64(1)));
        QCOMPARE(board.column(OrderStage::Returned)->card(0)->orderId, o.id);
        // Only the supplier changes (a group of its own in OrderStore's upsert): the exception's copy
        // follows, and the queue's count under a tier filter reads that copy.
        FulfilmentFilter tier;
        tier.supplierTier = QStringLiteral("pallet_trader");
        const auto queueCount = [&db, &tier] {
            return fulfilment::countExceptions(db, tier, kFixtureNow.toMSecsSinceEpoch());
        };
        o.supplierId = QStringLiteral("s1");
        o.version = 3;
        write(o);
        QCOMPARE(queueCount(), qint64(1));
        o.supplierId = QStringLiteral("s2");
        o.version = 4;
        write(o);
        QCOMPARE(queueCount(), qint64(0));
        {
            Transaction tx(db);
            OrderStore(db).removeOrder(o.id);
            tx.commit();
        }
        QCOMPARE(breachedIn(OrderStage::Returned), std::pair(qint64(0), qint64(0)));
    }

    // Search by customer goes through the contentless FTS index (migration 007): a name's words as
    // prefixes in any order, an email exactly, diacritics folded; the index follows a changed
    // customer; cards stay masked; the index itself gives back no readable name.
    void customerSearchUsesTheIndex()
    {
        QTemporaryDir dir;
        const QString path = makeFulfilmentCache(dir, 500);
        const auto boardTotal = [&path](const QString &term) {
            OrderBoardModel board(path);
            board.setNow(kFixtureNow.toMSecsSinceEpoch());
            FulfilmentFilter f;
            f.search = term;
            board.setFilter(f);
            waitLoaded(&board);
            return board.totalCount();
        };
        // "Customer Number42": order 42 and 420..429 start with "number42".
        QCOMPARE(boardTotal(QStringLiteral("number42")), qint64(11));
        QCOMPARE(boardTotal(QStringLiteral("NUMBER42 cust")), qint64(11));
        QCOMPARE(boardTotal(QStringLiteral("customer42@example.com")), qint64(1));
        QCOMPARE(boardTotal(QStringLiteral("customer4@example.com")), qint64(1));
        QCOMPARE(boardTotal(QStringLiteral("nobody@example.com")), qint64(0));
        {
            Database db(path);
            Transaction tx(db);
            Order o = fixtureOrder(42);
            o.customerName = QStringLiteral("Jürgen Müller");
            o.version = 2;
            QVERIFY(OrderStore(db).upsert(o));
            tx.commit();
            // Contentless: the index answers with rowids; its columns read back as nothing.
            Statement st(db, QStringLiteral("SELECT count(*) FROM order_customer_fts WHERE name IS NOT NULL OR email IS NOT NULL"));
            QVERIFY(st.step());
            QCOMPARE(st.columnInt64(0), qint64(0));
        }
        QCOMPARE(boardTotal(QStringLiteral("number42")), qint64(10));
        QCOMPARE(boardTotal(QStringLiteral("muller")), qint64(1));
        QCOMPARE(boardTotal(QStringLiteral("Jürgen Mü")), qint64(1));

        OrderBoardModel board(path);
        QAbstractItemModelTester tester(board.column(OrderStage::Placed), QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.setNow(kFixtureNow.toMSecsSinceEpoch());
        FulfilmentFilter f;
        f.search = QStringLiteral("Müller");
        board.setFilter(f);
        waitLoaded(&board);
        BoardColumnModel *column = board.column(fixtureOrder(42).stage);
        QCOMPARE(column->rowCount(), 1);
        QCOMPARE(column->card(0)->orderId, fixtureOrderId(42));
        QCOMPARE(column->card(0)->customerMasked, QStringLiteral("J\u2022\u2022\u2022 M\u2022\u2022\u2022"));

        ExceptionQueueModel queue(path);
        QAbstractItemModelTester queueTester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queue.setNow(kFixtureNow.toMSecsSinceEpoch());
        queue.setFilter(f);
        waitLoaded(&queue);
        QCOMPARE(queue.rowCount(), 1);   // order 42 has an open exception (every 7th)
        QCOMPARE(queue.row(0)->orderId, fixtureOrderId(42));
    }

    // The detail is masked; revealing the customer is journalled before the clear data is shown.
    void revealIsJournalled()
    {
        OrderDetailLoader loader(m_path);
        QSignalSpy loaded(&loader, &OrderDetailLoader::loaded);
        loader.load(fixtureOrderId(11));
        QVERIFY(loaded.wait(10000));
        const auto detail = loaded.first().first().value<OrderDetail>();
        QVERIFY(detail.found);
        QCOMPARE(detail.order.customerName, QStringLiteral("C\u2022\u2022\u2022 N\u2022\u2022\u2022"));
        QCOMPARE(detail.order.customerEmail, QStringLiteral("c\u2022\u2022\u2022@e\u2022\u2022\u2022.com"));
        QCOMPARE(detail.events.size(), 3);
        QCOMPARE(detail.supplierTier, QStringLiteral("longtail_1688"));

        QSignalSpy revealed(&loader, &OrderDetailLoader::revealed);
        loader.revealCustomer(fixtureOrderId(11), QStringLiteral("sup-1"), QStringLiteral("customer called"));
        QVERIFY(revealed.wait(10000));
        QCOMPARE(revealed.first().at(1).toString(), QStringLiteral("Customer Number11"));
        Database db(m_path, Database::Mode::ReadOnly);
        const auto recent = JournalStore(db).recent(5);
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first().event, QStringLiteral("customer_revealed"));
        QCOMPARE(recent.first().target, fixtureOrderId(11));
        QVERIFY(recent.first().detail.contains(QStringLiteral("sup-1")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestFulfilmentModels)
#include "test_fulfilment_models.moc"
