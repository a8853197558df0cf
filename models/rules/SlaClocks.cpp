#include "SlaClocks.h"

#include "CarrierStatus.h"

#include <algorithm>
#include <utility>

namespace wk {

namespace {
constexpr qint64 kHour = 3600 * 1000;

// Dwell limits in hours per lane (NorthAmerica, Europe, Oceania). Transit and last mile are longer
// to Oceania (fewer direct flights, longer domestic legs); customs is slowest in Oceania and
// quickest in North America (de minimis).
struct StageLimits { OrderStage stage; int hours[3]; };
constexpr StageLimits kDwell[] = {
    {OrderStage::Placed, {24, 24, 24}},          // the AI buys from the supplier within a day
    {OrderStage::Purchased, {72, 72, 72}},       // the supplier dispatches to the warehouse
    {OrderStage::AtWarehouse, {48, 48, 48}},     // QC, consolidation, hand-over to the forwarder
    {OrderStage::InTransit, {168, 192, 240}},
    {OrderStage::Customs, {72, 96, 120}},
    {OrderStage::LastMile, {96, 72, 120}},
};
constexpr int kPromiseDays[3] = {15, 14, 20};

using Interval = std::pair<qint64, qint64>;

// The customs-hold intervals of an order, from its events and its CUSTOMS_HOLD exceptions.
QList<Interval> customsHolds(const SlaInput &in, qint64 now)
{
    QList<ShipmentEvent> events = in.events;
    std::sort(events.begin(), events.end(), [](const ShipmentEvent &a, const ShipmentEvent &b) {
        return a.at < b.at;
    });
    QList<Interval> holds;
    qint64 start = -1;
    for (const auto &e : events) {
        if (!e.at.isValid())
            continue;
        const bool hold = CarrierStatuses::isCustomsHold(CarrierStatus::parse(e.carrierStatus));
        const qint64 t = e.at.toMSecsSinceEpoch();
        if (hold && start < 0)
            start = t;
        else if (!hold && start >= 0) {
            holds.append({start, t});
            start = -1;
        }
    }
    if (start >= 0)
        holds.append({start, now});
    for (const auto &x : in.exceptions) {
        if (x.code == ExceptionCode::CustomsHold && x.status == ExceptionStatus::Open && x.openedAt.isValid())
            holds.append({x.openedAt.toMSecsSinceEpoch(), now});
    }
    return holds;
}

// Milliseconds of [from, to) covered by the (possibly overlapping) intervals.
qint64 covered(QList<Interval> intervals, qint64 from, qint64 to)
{
    std::sort(intervals.begin(), intervals.end());
    qint64 total = 0;
    qint64 reach = from;
    for (auto [a, b] : intervals) {
        a = std::max(a, reach);
        b = std::min(b, to);
        if (b > a) {
            total += b - a;
            reach = b;
        }
    }
    return total;
}

bool inside(const QList<Interval> &intervals, qint64 t)
{
    return std::any_of(intervals.begin(), intervals.end(), [t](const Interval &i) { return i.first <= t && t <= i.second; });
}
} // namespace

QString laneCode(Lane lane)
{
    switch (lane) {
    case Lane::NorthAmerica: return QStringLiteral("north_america");
    case Lane::Europe: return QStringLiteral("europe");
    case Lane::Oceania: return QStringLiteral("oceania");
    }
    return {};
}

std::optional<Lane> laneForMarket(QStringView market)
{
    static const QStringList europe{QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("FR"),
                                    QStringLiteral("NL"), QStringLiteral("IT"), QStringLiteral("ES"),
                                    QStringLiteral("BE"), QStringLiteral("AT"), QStringLiteral("IE"),
                                    QStringLiteral("PL"), QStringLiteral("SE"), QStringLiteral("DK")};
    if (market == QLatin1String("US") || market == QLatin1String("CA"))
        return Lane::NorthAmerica;
    if (market == QLatin1String("AU") || market == QLatin1String("NZ"))
        return Lane::Oceania;
    if (europe.contains(market.toString()))
        return Lane::Europe;
    return std::nullopt;
}

std::optional<qint64> SlaClocks::dwellLimitMs(OrderStage stage, Lane lane)
{
    for (const auto &l : kDwell)
        if (l.stage == stage)
            return qint64(l.hours[int(lane)]) * kHour;
    return std::nullopt;
}

qint64 SlaClocks::deliveryPromiseMs(Lane lane) { return qint64(kPromiseDays[int(lane)]) * 24 * kHour; }

QList<SlaClock> SlaClocks::compute(const SlaInput &in)
{
    QList<SlaClock> clocks;
    const qint64 now = in.now.toMSecsSinceEpoch();
    // An unknown market gets the slowest lane's limits: a clock too lenient beats a false alarm.
    const Lane lane = laneForMarket(in.order.market).value_or(Lane::Oceania);
    const QList<Interval> holds = customsHolds(in, now);
    const bool holdNow = inside(holds, now);

    if (const auto limit = dwellLimitMs(in.order.stage, lane); limit && in.order.stageEnteredAt.isValid()) {
        SlaClock c;
        c.kind = SlaClockKind::StageDwell;
        c.stage = in.order.stage;
        c.limitMs = *limit;
        const qint64 from = in.order.stageEnteredAt.toMSecsSinceEpoch();
        c.usedMs = std::max<qint64>(0, now - from);
        if (in.order.stage == OrderStage::LastMile) {
            c.pausedMs = covered(holds, from, now);
            c.usedMs -= c.pausedMs;
            if (holdNow)
                c.pause = SlaPause::CustomsHold;
        }
        if (in.order.onHold) {
            c.pause = SlaPause::OnHold;
            // Frozen: a supervisor's hold never turns a running clock into a breach.
            c.usedMs = std::min(c.usedMs, c.limitMs);
        }
        clocks.append(c);
    }

    const bool finished = in.order.stage == OrderStage::Delivered || in.order.stage == OrderStage::Returned
        || in.order.stage == OrderStage::Refunded;
    if (!finished && in.order.placedAt.isValid()) {
        SlaClock c;
        c.kind = SlaClockKind::DeliveryPromise;
        c.stage = in.order.stage;
        c.limitMs = deliveryPromiseMs(lane);
        const qint64 from = in.order.placedAt.toMSecsSinceEpoch();
        c.pausedMs = covered(holds, from, now);
        c.usedMs = std::max<qint64>(0, now - from - c.pausedMs);
        if (holdNow)
            c.pause = SlaPause::CustomsHold;
        clocks.append(c);
    }

    for (const auto &x : in.exceptions) {
        if (x.status != ExceptionStatus::Open || !x.openedAt.isValid() || !x.slaDueAt.isValid())
            continue;
        SlaClock c;
        c.kind = SlaClockKind::ExceptionResponse;
        c.stage = in.order.stage;
        c.exceptionId = x.id;
        c.limitMs = x.openedAt.msecsTo(x.slaDueAt);
        c.usedMs = std::max<qint64>(0, now - x.openedAt.toMSecsSinceEpoch());
        clocks.append(c);
    }
    return clocks;
}

QString SlaClocks::duration(qint64 ms)
{
    ms = std::abs(ms);
    const qint64 minutes = ms / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 min").arg(minutes);
}

QString SlaClocks::countdown(const SlaClock &c)
{
    QString text = c.breached() ? tr("overdue by %1").arg(duration(c.remainingMs()))
                                : tr("%1 left").arg(duration(c.remainingMs()));
    switch (c.pause) {
    case SlaPause::CustomsHold: return tr("paused (customs hold): %1").arg(text);
    case SlaPause::OnHold: return tr("paused (on hold): %1").arg(text);
    case SlaPause::None: break;
    }
    return text;
}

QString SlaClocks::title(const SlaClock &c)
{
    switch (c.kind) {
    case SlaClockKind::StageDwell: return tr("Time in this stage");
    case SlaClockKind::DeliveryPromise: return tr("Delivery promise");
    case SlaClockKind::ExceptionResponse: return tr("Exception response");
    }
    return {};
}

} // namespace wk
