// GeneratorWorld's orders: markets and currencies, money per the guarantee rules, carriers with
// tracking numbers, 17TRACK-style shipment events consistent with the stage, and exceptions.
#include "GeneratorWorld.h"

#include "NameBank.h"
#include "TrackingNumbers.h"
#include "rules/Guarantee.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcGeneratorOrders, "wk.platform.generator")

namespace wk::platform {

namespace {

struct Market {
    const char *country;
    const char *currency;
    int usdPerMille;   // local units per 1000 USD units: a fixed rate keeps the data deterministic
    int weight;
};
constexpr Market kMarkets[] = {
    {"US", "USD", 1000, 35}, {"CA", "CAD", 1370, 7}, {"GB", "GBP", 790, 12}, {"DE", "EUR", 920, 12},
    {"FR", "EUR", 920, 8},   {"NL", "EUR", 920, 4},  {"IT", "EUR", 920, 4},  {"ES", "EUR", 920, 4},
    {"AU", "AUD", 1530, 14},
};

// 17TRACK sub-statuses, as the carriers report them.
const QString kInfoReceived = QStringLiteral("InfoReceived");
const QString kPickedUp = QStringLiteral("InTransit_PickedUp");
const QString kDeparture = QStringLiteral("InTransit_Departure");
const QString kArrival = QStringLiteral("InTransit_Arrival");
const QString kCustomsProcessing = QStringLiteral("InTransit_CustomsProcessing");
const QString kCustomsReleased = QStringLiteral("InTransit_CustomsReleased");
const QString kOutForDelivery = QStringLiteral("OutForDelivery");
const QString kDelivered = QStringLiteral("Delivered_Other");
const QString kInvalidCode = QStringLiteral("NotFound_InvalidCode");
const QString kDelayed = QStringLiteral("Exception_Delayed");
const QString kDamage = QStringLiteral("Exception_Damage");
const QString kLost = QStringLiteral("Exception_Lost");
const QString kReturning = QStringLiteral("Exception_Returning");
const QString kNoBody = QStringLiteral("DeliveryFailure_NoBody");
const QString kPickup = QStringLiteral("AvailableForPickup_Other");

// The stage an exception of each code leaves its order in.
OrderStage stageFor(ExceptionCode code)
{
    switch (code) {
    case ExceptionCode::TrackingInvalid:
    case ExceptionCode::Stalled:
    case ExceptionCode::Lost: return OrderStage::InTransit;
    case ExceptionCode::CustomsHold: return OrderStage::Customs;
    case ExceptionCode::DeliveryFailed:
    case ExceptionCode::Returning:
    case ExceptionCode::Damaged:
    case ExceptionCode::Refused: return OrderStage::LastMile;
    case ExceptionCode::SupplierLate: return OrderStage::Purchased;
    case ExceptionCode::ConsolidationQcFail: return OrderStage::AtWarehouse;
    case ExceptionCode::WrongItem:
    case ExceptionCode::QualityComplaint:
    case ExceptionCode::DeliveredNotReceived: return OrderStage::Delivered;
    }
    return OrderStage::InTransit;
}

// The carrier's story for an order: what it has scanned so far.
QStringList eventStatuses(OrderStage stage, std::optional<ExceptionCode> code, Dice &dice)
{
    const QStringList common{kInfoReceived, kPickedUp, kDeparture, kArrival};
    if (code) {
        switch (*code) {
        case ExceptionCode::TrackingInvalid: return {kInvalidCode};
        case ExceptionCode::Stalled: return common + QStringList{kDelayed};
        case ExceptionCode::Lost: return common + QStringList{kLost};
        case ExceptionCode::CustomsHold: return common + QStringList{kCustomsProcessing};
        case ExceptionCode::DeliveryFailed:
            return common + QStringList{kCustomsProcessing, kCustomsReleased, kOutForDelivery, kNoBody};
        case ExceptionCode::Returning:
            return common + QStringList{kCustomsProcessing, kCustomsReleased, kNoBody, kReturning};
        case ExceptionCode::Damaged: return common + QStringList{kCustomsProcessing, kCustomsReleased, kDamage};
        case ExceptionCode::Refused: return common + QStringList{kCustomsReleased, kOutForDelivery, kReturning};
        default: break;   // the others are not the carrier's: its story is the stage's
        }
    }
    switch (stage) {
    case OrderStage::InTransit:
        return dice.chance(0.5) ? common : common + QStringList{kDeparture};   // a transfer hub
    case OrderStage::Customs: return common + QStringList{kCustomsProcessing};
    case OrderStage::LastMile:
        return common + QStringList{kCustomsProcessing, kCustomsReleased, dice.chance(0.8) ? kOutForDelivery : kPickup};
    case OrderStage::Delivered:
        return common + QStringList{kCustomsProcessing, kCustomsReleased, kOutForDelivery, kDelivered};
    case OrderStage::Returned:
        return common + QStringList{kCustomsReleased, kNoBody, kReturning};
    case OrderStage::Refunded: return common + QStringList{kLost};
    default: return {};
    }
}

QString describe(const QString &status)
{
    static const QHash<QString, QString> text{
        {kInfoReceived, QStringLiteral("Shipment information received")},
        {kPickedUp, QStringLiteral("Picked up by the carrier")},
        {kDeparture, QStringLiteral("Departed from facility")},
        {kArrival, QStringLiteral("Arrived at facility")},
        {kCustomsProcessing, QStringLiteral("Customs clearance in progress")},
        {kCustomsReleased, QStringLiteral("Released by customs")},
        {kOutForDelivery, QStringLiteral("Out for delivery")},
        {kDelivered, QStringLiteral("Delivered")},
        {kInvalidCode, QStringLiteral("The carrier has no record of this tracking number")},
        {kDelayed, QStringLiteral("Delayed: no scan for several days")},
        {kDamage, QStringLiteral("Parcel damaged in transit")},
        {kLost, QStringLiteral("Parcel declared lost")},
        {kReturning, QStringLiteral("Returning to sender")},
        {kNoBody, QStringLiteral("Delivery attempted: nobody at the address")},
        {kPickup, QStringLiteral("Available for pickup at the local post office")},
    };
    return text.value(status);
}

QString eventLocation(const QString &status, const OrderInfo &order)
{
    if (status == kInvalidCode)
        return {};
    if (status == kInfoReceived || status == kPickedUp || status == kDeparture) {
        // The origin hub follows from the id (not from a hash, whose seed may change between runs).
        const int digit = order.id.isEmpty() ? 0 : order.id.back().digitValue();
        return names::originHubs().at(std::max(0, digit) % names::originHubs().size());
    }
    return names::destinationHub(order.shipCountry);
}

int slaHours(ExceptionCode code)
{
    switch (code) {
    case ExceptionCode::ConsolidationQcFail: return 12;
    case ExceptionCode::TrackingInvalid:
    case ExceptionCode::DeliveryFailed:
    case ExceptionCode::Lost:
    case ExceptionCode::Damaged:
    case ExceptionCode::SupplierLate:
    case ExceptionCode::WrongItem: return 24;
    case ExceptionCode::CustomsHold:
    case ExceptionCode::DeliveredNotReceived: return 72;
    default: return 48;
    }
}

} // namespace

ShipmentEvent GeneratorWorld::makeEvent(const OrderInfo &order, const QString &status, const QDateTime &at)
{
    ShipmentEvent e;
    e.id = nextEventId();
    e.orderId = order.id;
    e.at = at;
    e.carrierStatus = status;
    e.location = eventLocation(status, order);
    e.description = describe(status);
    return e;
}

OrderException GeneratorWorld::makeException(const OrderInfo &order, ExceptionCode code, const QDateTime &at, bool open)
{
    const QString refund = QStringLiteral("%1 %2").arg(Money(order.refundMinor, order.currency).toPlainString(),
                                                       order.currency);
    OrderException x;
    x.id = nextExceptionId();
    x.orderId = order.id;
    x.code = code;
    x.status = open ? ExceptionStatus::Open : ExceptionStatus::Resolved;
    x.openedAt = at;
    x.slaDueAt = at.addSecs(qint64(slaHours(code)) * 3600);
    CommandType proposal = CommandType::ExceptionEscalate;
    switch (code) {
    case ExceptionCode::TrackingInvalid:
        x.carrierSubStatus = kInvalidCode;
        proposal = CommandType::OrderFixTracking;
        x.aiRationale = QStringLiteral("The carrier has no record of this number and its check digit is wrong: "
                                       "most likely a typo at the warehouse. Ask the warehouse for the label scan.");
        break;
    case ExceptionCode::Stalled: {
        const qint64 days = order.lastEventAt.isValid() ? order.lastEventAt.daysTo(at) : 7;
        x.carrierSubStatus = kDelayed;
        proposal = days > 10 ? CommandType::OrderReship : CommandType::ExceptionEscalate;
        x.aiRationale = QStringLiteral("No carrier scan for %1 days where this lane usually takes 3; %2").arg(days).arg(
            days > 10 ? QStringLiteral("reshipping is cheaper than the refund of %1.").arg(refund)
                      : QStringLiteral("ask the carrier to trace it before reshipping."));
        break;
    }
    case ExceptionCode::CustomsHold:
        x.carrierSubStatus = kCustomsProcessing;
        x.aiRationale = QStringLiteral("Held by customs in %1: the declared value needs the supplier's invoice.")
                            .arg(order.shipCountry);
        break;
    case ExceptionCode::DeliveryFailed:
        x.carrierSubStatus = kNoBody;
        proposal = CommandType::ExceptionResolve;
        x.aiRationale = QStringLiteral("Nobody was home; the courier has scheduled a second attempt, so no action is needed yet.");
        break;
    case ExceptionCode::Returning:
        x.carrierSubStatus = kReturning;
        proposal = CommandType::OrderReship;
        x.aiRationale = QStringLiteral("The parcel is going back to the sender; a reship keeps the promise for less than the refund of %1.")
                            .arg(refund);
        break;
    case ExceptionCode::Lost:
        x.carrierSubStatus = kLost;
        proposal = CommandType::OrderReship;
        x.aiRationale = QStringLiteral("The carrier declared the parcel lost; the delivery guarantee owes a refund of %1, a reship costs less.")
                            .arg(refund);
        break;
    case ExceptionCode::Damaged:
        x.carrierSubStatus = kDamage;
        proposal = CommandType::OrderRefund;
        x.aiRationale = QStringLiteral("The carrier reported damage in transit; the quality guarantee pays a full refund of %1.")
                            .arg(refund);
        break;
    case ExceptionCode::Refused:
        x.carrierSubStatus = kReturning;
        proposal = CommandType::OrderRefund;
        x.aiRationale = QStringLiteral("The recipient refused the parcel; refund %1 once it is back at the warehouse.").arg(refund);
        break;
    case ExceptionCode::SupplierLate:
        proposal = CommandType::OrderHold;
        x.aiRationale = QStringLiteral("The supplier has not dispatched within the agreed 48 hours; hold the order and ask for a date.");
        break;
    case ExceptionCode::WrongItem:
        x.carrierSubStatus = kDelivered;
        proposal = CommandType::OrderReship;
        x.aiRationale = QStringLiteral("The customer's photo shows a different item; reship the right one and charge the supplier.");
        break;
    case ExceptionCode::ConsolidationQcFail:
        proposal = CommandType::OrderHold;
        x.aiRationale = QStringLiteral("The item failed quality control at the consolidation warehouse; hold it until the supplier replaces it.");
        break;
    case ExceptionCode::QualityComplaint:
        x.carrierSubStatus = kDelivered;
        proposal = CommandType::OrderRefund;
        x.aiRationale = QStringLiteral("The customer reports a fault with photos; the quality guarantee pays a full refund of %1.")
                            .arg(refund);
        break;
    case ExceptionCode::DeliveredNotReceived:
        x.carrierSubStatus = kDelivered;
        x.aiRationale = QStringLiteral("The carrier shows a delivery the customer denies; open a carrier claim before refunding.");
        break;
    }
    x.aiProposal = toCode(proposal);
    if (!open)
        x.resolution = QStringLiteral("Done as proposed (%1).").arg(x.aiProposal);
    return x;
}

void GeneratorWorld::buildOrders(GenerationSink *sink)
{
    QList<int> marketWeights;
    for (const Market &m : kMarkets)
        marketWeights.append(m.weight);
    // placed, purchased, at_warehouse, in_transit, customs, last_mile, delivered, returned, refunded
    const QList<int> stageWeights{5, 8, 9, 20, 6, 8, 38, 3, 3};
    const QList<int> codeWeights{15, 14, 8, 8, 5, 6, 7, 3, 10, 5, 4, 10, 5};
    const QStringList names13 = allCodes<ExceptionCode>();
    const QDateTime now = m_options.now;
    int exceptions = 0;

    m_orders.reserve(m_options.orders);
    for (int i = 0; i < m_options.orders; ++i) {
        const Market &market = kMarkets[m_dice.weighted(marketWeights)];
        const QString currency = QLatin1String(market.currency);
        const ProductInfo &product = m_products.at(m_dice.between(0, int(m_products.size()) - 1));

        OrderInfo info;
        info.id = QStringLiteral("ord-%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        info.shipCountry = QLatin1String(market.country);
        info.currency = currency;
        std::optional<ExceptionCode> code;
        // The first exceptions walk through every code so that each appears; the rest by weight.
        if (m_dice.chance(0.02)) {
            code = ExceptionCode(exceptions < names13.size() ? exceptions : m_dice.weighted(codeWeights));
            ++exceptions;
        }
        info.stage = code ? stageFor(*code) : OrderStage(m_dice.weighted(stageWeights));
        info.hasException = code.has_value();

        Order o;
        o.id = info.id;
        o.market = info.shipCountry;
        o.shipCountry = info.shipCountry;
        const QString first = m_dice.pick(names::firstNames(o.market));
        const QString last = m_dice.pick(names::lastNames(o.market));
        o.customerName = first + QLatin1Char(' ') + last;
        // Mailboxes are ASCII: "García" becomes "garcia", "Müller" "muller".
        const QString decomposed = (first + QLatin1Char('.') + last).toLower().normalized(QString::NormalizationForm_D);
        QString mailbox;
        for (QChar c : decomposed)
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('.'))
                mailbox.append(c);
        o.customerEmail = QStringLiteral("%1%2@example.com").arg(mailbox).arg(m_dice.between(1, 99));
        o.stage = info.stage;
        o.supplierId = product.supplierId;
        o.productId = product.id;
        o.quantity = m_dice.chance(0.8) ? 1 : m_dice.between(2, 4);
        o.goods = Money(product.priceCents * market.usdPerMille / 1000 * o.quantity, currency);
        o.shipping = Money((299 + product.weightG / 5 * o.quantity / 2 + m_dice.between(0, 300)) * market.usdPerMille / 1000,
                           currency);
        const auto fee = Guarantee::serviceFee(o.goods, o.shipping);
        if (!fee) {
            qCWarning(lcGeneratorOrders) << "cannot compute the fee of" << o.id << ":" << fee.message();
            continue;
        }
        o.fee = fee.value();
        info.refundMinor = o.goods.minorUnits() + o.shipping.minorUnits() + o.fee.minorUnits();
        o.supplierCostCny = Money(product.priceCents * 396 / 100 * o.quantity, QStringLiteral("CNY"));
        o.onHold = code && (*code == ExceptionCode::ConsolidationQcFail || *code == ExceptionCode::SupplierLate)
                   && m_dice.chance(0.3);

        // Older stages were placed longer ago; events then walk forward from the dispatch.
        static constexpr int kAgeDays[][2] = {{0, 1}, {1, 3}, {3, 7}, {6, 12}, {9, 16}, {12, 20}, {15, 60}, {25, 60}, {25, 60}};
        const auto &age = kAgeDays[int(o.stage)];
        o.placedAt = now.addSecs(-qint64(m_dice.between(age[0] * 24, age[1] * 24 + 23)) * 3600 - m_dice.between(0, 3599));
        o.stageEnteredAt = o.placedAt.addSecs(qint64(m_dice.between(1, 48)) * 3600);

        QStringList statuses = eventStatuses(o.stage, code, m_dice);
        info.shipped = !statuses.isEmpty();
        QList<ShipmentEvent> events;
        if (info.shipped) {
            const IssuedTracking tracking = issueTracking(o.market, code != ExceptionCode::TrackingInvalid, m_dice.rng());
            o.carrier = tracking.carrier;
            o.trackingNumber = tracking.number;
            QDateTime at = o.placedAt.addSecs(qint64(m_dice.between(36, 96)) * 3600);
            for (qsizetype k = 0; k < statuses.size(); ++k) {
                // A stalled parcel stops being scanned: its last sign of life is days old.
                const bool stall = code == ExceptionCode::Stalled && k == statuses.size() - 1;
                at = at.addSecs(qint64(stall ? m_dice.between(7 * 24, 14 * 24) : m_dice.between(6, 40)) * 3600);
                events.append(makeEvent(info, statuses.at(k), at));
            }
            // Compress into the past when the walk ran beyond now: still in order, an hour apart.
            for (qsizetype k = events.size() - 1; k >= 0; --k) {
                const QDateTime latest = now.addSecs(-3600 * (events.size() - k));
                if (events[k].at > latest)
                    events[k].at = latest;
                if (k + 1 < events.size() && events[k].at >= events[k + 1].at)
                    events[k].at = events[k + 1].at.addSecs(-3600);
            }
            if (events.constFirst().at < o.placedAt)
                o.placedAt = events.constFirst().at.addSecs(-24 * 3600);
            o.stageEnteredAt = events.constLast().at;
            info.lastEventAt = o.stageEnteredAt;
        }
        if (o.stageEnteredAt > now)
            o.stageEnteredAt = now;
        if (sink) {
            sink->order(o);
            for (const ShipmentEvent &e : events)
                sink->shipmentEvent(e);
        }
        if (code) {
            // Exceptions open when the stage's trouble shows, or now for the stalled ones.
            // The monitor notices within the last few days; a few have run past their SLA already.
            QDateTime opened = now.addSecs(-qint64(m_dice.between(1, 60)) * 3600 - m_dice.between(0, 3599));
            if (opened < o.stageEnteredAt)
                opened = o.stageEnteredAt.addSecs(qint64(m_dice.between(1, 6)) * 3600);
            if (opened > now)
                opened = now.addSecs(-60);
            const OrderException x = makeException(info, *code, opened, m_dice.chance(0.85));
            if (sink)
                sink->orderException(x);
        }
        m_orders.append(std::move(info));
    }
}

} // namespace wk::platform
