// SLA clocks: dwell limits per stage and lane, the delivery promise, exception response clocks,
// and the pause rules (customs hold, a supervisor's hold).
#include "rules/SlaClocks.h"

#include <QTest>

using namespace wk;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
constexpr qint64 kHour = 3600 * 1000;

Order order(OrderStage stage, const QString &market, qint64 hoursInStage, qint64 hoursSincePlaced = 100)
{
    Order o;
    o.id = QStringLiteral("o1");
    o.market = market;
    o.stage = stage;
    o.stageEnteredAt = kNow.addMSecs(-hoursInStage * kHour);
    o.placedAt = kNow.addMSecs(-hoursSincePlaced * kHour);
    return o;
}

ShipmentEvent scan(const char *status, qint64 hoursAgo)
{
    ShipmentEvent e;
    e.orderId = QStringLiteral("o1");
    e.carrierStatus = QString::fromLatin1(status);
    e.at = kNow.addMSecs(-hoursAgo * kHour);
    return e;
}

std::optional<SlaClock> find(const QList<SlaClock> &clocks, SlaClockKind kind)
{
    for (const auto &c : clocks)
        if (c.kind == kind)
            return c;
    return std::nullopt;
}
} // namespace

class TestSlaClocks : public QObject
{
    Q_OBJECT
private slots:
    void dwellLimits_data()
    {
        QTest::addColumn<OrderStage>("stage");
        QTest::addColumn<QString>("market");
        QTest::addColumn<int>("hours");   // -1: no clock
        QTest::newRow("placed US") << OrderStage::Placed << QStringLiteral("US") << 24;
        QTest::newRow("transit US") << OrderStage::InTransit << QStringLiteral("US") << 168;
        QTest::newRow("transit DE") << OrderStage::InTransit << QStringLiteral("DE") << 192;
        QTest::newRow("transit AU") << OrderStage::InTransit << QStringLiteral("AU") << 240;
        QTest::newRow("customs CA") << OrderStage::Customs << QStringLiteral("CA") << 72;
        QTest::newRow("customs GB") << OrderStage::Customs << QStringLiteral("GB") << 96;
        QTest::newRow("last mile FR") << OrderStage::LastMile << QStringLiteral("FR") << 72;
        QTest::newRow("last mile AU") << OrderStage::LastMile << QStringLiteral("AU") << 120;
        QTest::newRow("delivered") << OrderStage::Delivered << QStringLiteral("US") << -1;
        QTest::newRow("refunded") << OrderStage::Refunded << QStringLiteral("US") << -1;
    }
    void dwellLimits()
    {
        QFETCH(OrderStage, stage);
        QFETCH(QString, market);
        QFETCH(int, hours);
        const auto lane = laneForMarket(market);
        QVERIFY(lane);
        const auto limit = SlaClocks::dwellLimitMs(stage, *lane);
        QCOMPARE(limit ? int(*limit / kHour) : -1, hours);
    }

    void unknownMarketHasNoLane() { QVERIFY(!laneForMarket(u"ZZ")); }

    void stageClock_data()
    {
        QTest::addColumn<OrderStage>("stage");
        QTest::addColumn<int>("hoursInStage");
        QTest::addColumn<bool>("breached");
        QTest::addColumn<qint64>("remainingHours");
        QTest::newRow("in time") << OrderStage::InTransit << 100 << false << qint64(68);
        QTest::newRow("exactly at the limit") << OrderStage::InTransit << 168 << false << qint64(0);
        QTest::newRow("overdue") << OrderStage::InTransit << 200 << true << qint64(-32);
        QTest::newRow("placed overdue") << OrderStage::Placed << 30 << true << qint64(-6);
    }
    void stageClock()
    {
        QFETCH(OrderStage, stage);
        QFETCH(int, hoursInStage);
        QFETCH(bool, breached);
        QFETCH(qint64, remainingHours);
        const auto clocks = SlaClocks::compute({order(stage, QStringLiteral("US"), hoursInStage), {}, {}, kNow});
        const auto dwell = find(clocks, SlaClockKind::StageDwell);
        QVERIFY(dwell);
        QCOMPARE(dwell->breached(), breached);
        QCOMPARE(dwell->remainingMs() / kHour, remainingHours);
        QCOMPARE(dwell->pause, SlaPause::None);
    }

    // Customs holds pause the last-mile clock and the promise, not the customs clock.
    void customsHoldPausesLastMileAndPromise()
    {
        SlaInput in{order(OrderStage::LastMile, QStringLiteral("DE"), 80, 300), {}, {}, kNow};
        in.events = {scan("InTransit_Arrival", 90), scan("InTransit_CustomsRequiringInformation", 70),
                     scan("InTransit_CustomsReleased", 40), scan("OutForDelivery", 10)};
        const auto clocks = SlaClocks::compute(in);
        const auto dwell = find(clocks, SlaClockKind::StageDwell);
        QVERIFY(dwell);
        QCOMPARE(dwell->pausedMs / kHour, 30);   // 70 h ago → 40 h ago, inside the 80 h in last mile
        QCOMPARE(dwell->usedMs / kHour, 50);
        QVERIFY(!dwell->breached());              // 80 h > 72 h without the pause
        QCOMPARE(dwell->pause, SlaPause::None);   // the hold is over
        const auto promise = find(clocks, SlaClockKind::DeliveryPromise);
        QVERIFY(promise);
        QCOMPARE(promise->usedMs / kHour, 270);
    }

    void customsClockKeepsRunningDuringAHold()
    {
        SlaInput in{order(OrderStage::Customs, QStringLiteral("US"), 100), {}, {}, kNow};
        in.events = {scan("InTransit_CustomsRequiringInformation", 90)};
        const auto clocks = SlaClocks::compute(in);
        const auto dwell = find(clocks, SlaClockKind::StageDwell);
        QVERIFY(dwell && dwell->breached());
        QCOMPARE(dwell->pause, SlaPause::None);
        const auto promise = find(clocks, SlaClockKind::DeliveryPromise);
        QVERIFY(promise);
        QCOMPARE(promise->pause, SlaPause::CustomsHold);
        QCOMPARE(promise->pausedMs / kHour, 90);
    }

    void openCustomsExceptionIsAHold()
    {
        SlaInput in{order(OrderStage::Customs, QStringLiteral("US"), 10, 50), {}, {}, kNow};
        OrderException x;
        x.id = QStringLiteral("x1");
        x.code = ExceptionCode::CustomsHold;
        x.openedAt = kNow.addMSecs(-5 * kHour);
        x.slaDueAt = kNow.addMSecs(67 * kHour);
        in.exceptions = {x};
        const auto clocks = SlaClocks::compute(in);
        const auto promise = find(clocks, SlaClockKind::DeliveryPromise);
        QCOMPARE(promise->usedMs / kHour, 45);
        const auto response = find(clocks, SlaClockKind::ExceptionResponse);
        QVERIFY(response);
        QCOMPARE(response->exceptionId, QStringLiteral("x1"));
        QCOMPARE(response->remainingMs() / kHour, 67);
    }

    void supervisorHoldFreezesTheStageClock()
    {
        Order o = order(OrderStage::Purchased, QStringLiteral("US"), 500);
        o.onHold = true;
        const auto dwell = find(SlaClocks::compute({o, {}, {}, kNow}), SlaClockKind::StageDwell);
        QVERIFY(dwell);
        QCOMPARE(dwell->pause, SlaPause::OnHold);
        QVERIFY(!dwell->breached());
    }

    void finishedOrdersHaveNoClock()
    {
        const auto clocks = SlaClocks::compute({order(OrderStage::Delivered, QStringLiteral("US"), 10), {}, {}, kNow});
        QVERIFY(clocks.isEmpty());
    }

    void countdownText_data()
    {
        QTest::addColumn<qint64>("limitH");
        QTest::addColumn<qint64>("usedMin");
        QTest::addColumn<int>("pause");
        QTest::addColumn<QString>("text");
        QTest::newRow("days") << qint64(100) << qint64(60) << 0 << QStringLiteral("4 d 3 h left");
        QTest::newRow("hours") << qint64(3) << qint64(40) << 0 << QStringLiteral("2 h 20 min left");
        QTest::newRow("overdue") << qint64(1) << qint64(65) << 0 << QStringLiteral("overdue by 5 min");
        QTest::newRow("paused") << qint64(2) << qint64(60) << 1 << QStringLiteral("paused (customs hold): 1 h 0 min left");
    }
    void countdownText()
    {
        QFETCH(qint64, limitH);
        QFETCH(qint64, usedMin);
        QFETCH(int, pause);
        QFETCH(QString, text);
        SlaClock c;
        c.limitMs = limitH * kHour;
        c.usedMs = usedMin * 60000;
        c.pause = SlaPause(pause);
        QCOMPARE(SlaClocks::countdown(c), text);
    }
};

QTEST_GUILESS_MAIN(TestSlaClocks)
#include "test_sla_clocks.moc"
