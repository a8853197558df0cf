#pragma once
// SLA clocks of an order: how long it may dwell in each stage on its lane, the end-to-end delivery
// promise, and the response time of an open exception; with the rules that pause them. Pure: the
// caller passes the order, its tracking events, its exceptions and "now".
//
// Pause rules (each says whose delay it is, because a clock measures someone's performance):
// - A customs hold (17TRACK InTransit_CustomsRequiringInformation or Exception_Security, or an open
//   CUSTOMS_HOLD exception) pauses the last-mile dwell clock and the delivery promise: the
//   destination's customs holds the parcel, neither the carrier nor the platform can move it, and
//   the guarantee's promise excludes that time. The customs dwell clock keeps running, because the
//   hold usually waits for an invoice that the supervisors must obtain.
// - A supervisor's hold (order.hold) pauses the stage dwell clock: the stop is the platform's own
//   choice, not the carrier's or the supplier's. The cache keeps no hold history, so a held order's
//   clock is frozen at "now" (shown as paused, never as breached by the hold).
// - An exception's response clock never pauses: somebody has to look at it either way.
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace wk {

// Where a parcel goes: the lane decides the dwell limits. Codes are stable.
enum class Lane { NorthAmerica, Europe, Oceania };
QString laneCode(Lane lane);
// US, CA → NorthAmerica; GB and the EU → Europe; AU, NZ → Oceania; nullopt for an unknown market.
std::optional<Lane> laneForMarket(QStringView market);

enum class SlaClockKind { StageDwell, DeliveryPromise, ExceptionResponse };
enum class SlaPause { None, CustomsHold, OnHold };

struct SlaClock
{
    SlaClockKind kind = SlaClockKind::StageDwell;
    OrderStage stage = OrderStage::Placed;     // StageDwell: the stage
    QString exceptionId;                       // ExceptionResponse: the exception
    qint64 limitMs = 0;
    qint64 usedMs = 0;                         // running time, pauses taken out
    SlaPause pause = SlaPause::None;           // paused now, and why
    qint64 pausedMs = 0;                       // time taken out by pauses so far

    qint64 remainingMs() const { return limitMs - usedMs; }
    bool breached() const { return usedMs > limitMs; }
};

struct SlaInput
{
    Order order;
    QList<ShipmentEvent> events;               // any order; sorted inside
    QList<OrderException> exceptions;
    QDateTime now;
};

class SlaClocks
{
    Q_DECLARE_TR_FUNCTIONS(wk::SlaClocks)
public:
    // How long an order may stay in `stage` on `lane`; nullopt for the stages without a clock
    // (delivered, returned, refunded).
    static std::optional<qint64> dwellLimitMs(OrderStage stage, Lane lane);
    // Placed → delivered, pauses taken out.
    static qint64 deliveryPromiseMs(Lane lane);

    // The order's clocks: its current stage's dwell clock (if the stage has one), the delivery
    // promise until it is delivered, and one response clock per open exception.
    static QList<SlaClock> compute(const SlaInput &input);

    // "2 d 4 h left", "overdue by 3 h", "paused: customs hold, 1 d 2 h left" (translated).
    static QString countdown(const SlaClock &clock);
    static QString title(const SlaClock &clock);
    static QString duration(qint64 ms);
};

} // namespace wk
