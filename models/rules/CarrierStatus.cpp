#include "CarrierStatus.h"

#include <array>
#include <utility>

namespace wk {

namespace {
using M = CarrierMainStatus;
constexpr std::array<std::pair<M, const char *>, 9> kMains{{
    {M::NotFound, "NotFound"}, {M::InfoReceived, "InfoReceived"}, {M::InTransit, "InTransit"},
    {M::Expired, "Expired"}, {M::AvailableForPickup, "AvailableForPickup"},
    {M::OutForDelivery, "OutForDelivery"}, {M::DeliveryFailure, "DeliveryFailure"},
    {M::Delivered, "Delivered"}, {M::Exception, "Exception"}}};

bool is(const CarrierStatus &s, const char *sub) { return s.sub == QLatin1String(sub); }
} // namespace

CarrierStatus CarrierStatus::parse(QStringView raw)
{
    CarrierStatus s;
    s.raw = raw.trimmed().toString();
    const qsizetype underscore = s.raw.indexOf(QLatin1Char('_'));
    const QStringView mainPart = underscore < 0 ? QStringView(s.raw) : QStringView(s.raw).left(underscore);
    for (const auto &[main, code] : kMains) {
        if (mainPart == QLatin1String(code)) {
            s.main = main;
            break;
        }
    }
    if (underscore >= 0)
        s.sub = s.raw.mid(underscore + 1);
    return s;
}

QString CarrierStatuses::mainCode(CarrierMainStatus main)
{
    for (const auto &[m, code] : kMains)
        if (m == main)
            return QString::fromLatin1(code);
    return {};
}

std::optional<ExceptionCode> CarrierStatuses::exceptionFor(const CarrierStatus &s)
{
    switch (s.main) {
    case M::NotFound:
        // NotFound_Other is normal for a day after the label is printed; only a number the carrier
        // rejects outright is the supervisors' problem.
        if (is(s, "InvalidCode"))
            return ExceptionCode::TrackingInvalid;
        return std::nullopt;
    case M::InTransit:
        // Customs processing is the normal path; a request for information stops the parcel until
        // someone answers, which is what CUSTOMS_HOLD means.
        if (is(s, "CustomsRequiringInformation"))
            return ExceptionCode::CustomsHold;
        return std::nullopt;
    case M::Expired: return ExceptionCode::Stalled;   // the carrier stopped reporting altogether
    case M::DeliveryFailure:
        if (is(s, "Rejected"))
            return ExceptionCode::Refused;
        return ExceptionCode::DeliveryFailed;          // NoBody, Security, InvalidAddress, Other
    case M::Exception:
        if (is(s, "Lost") || is(s, "Destroyed"))
            return ExceptionCode::Lost;
        if (is(s, "Damage"))
            return ExceptionCode::Damaged;
        if (is(s, "Returning") || is(s, "Returned"))
            return ExceptionCode::Returning;
        if (is(s, "Rejected"))
            return ExceptionCode::Refused;
        if (is(s, "Delayed"))
            return ExceptionCode::Stalled;
        if (is(s, "Security"))
            return ExceptionCode::CustomsHold;
        if (is(s, "NoBody"))
            return ExceptionCode::DeliveryFailed;
        return ExceptionCode::Stalled;                 // Other, Cancel: the parcel is not moving
    default: return std::nullopt;
    }
}

bool CarrierStatuses::isCustoms(const CarrierStatus &s)
{
    return s.main == M::InTransit && s.sub.startsWith(QLatin1String("Customs"));
}

bool CarrierStatuses::isCustomsHold(const CarrierStatus &s)
{
    return (s.main == M::InTransit && is(s, "CustomsRequiringInformation"))
        || (s.main == M::Exception && is(s, "Security"));
}

QString CarrierStatuses::label(const CarrierStatus &s)
{
    switch (s.main) {
    case M::NotFound:
        return is(s, "InvalidCode") ? tr("Carrier does not know this number") : tr("Not yet scanned by the carrier");
    case M::InfoReceived: return tr("Label created");
    case M::InTransit:
        if (is(s, "PickedUp"))
            return tr("Picked up");
        if (is(s, "Departure"))
            return tr("Departed a facility");
        if (is(s, "Arrival"))
            return tr("Arrived at a facility");
        if (is(s, "CustomsProcessing"))
            return tr("In customs clearance");
        if (is(s, "CustomsReleased"))
            return tr("Released by customs");
        if (is(s, "CustomsRequiringInformation"))
            return tr("Held by customs: information required");
        return tr("In transit");
    case M::Expired: return tr("Tracking expired without delivery");
    case M::AvailableForPickup: return tr("Waiting at a pickup point");
    case M::OutForDelivery: return tr("Out for delivery");
    case M::DeliveryFailure:
        if (is(s, "NoBody"))
            return tr("Delivery failed: nobody at the address");
        if (is(s, "InvalidAddress"))
            return tr("Delivery failed: address invalid");
        if (is(s, "Rejected"))
            return tr("Delivery refused by the recipient");
        if (is(s, "Security"))
            return tr("Delivery failed: security check");
        return tr("Delivery failed");
    case M::Delivered: return tr("Delivered");
    case M::Exception:
        if (is(s, "Lost"))
            return tr("Lost by the carrier");
        if (is(s, "Destroyed"))
            return tr("Destroyed by the carrier");
        if (is(s, "Damage"))
            return tr("Damaged in transit");
        if (is(s, "Returning"))
            return tr("Returning to the sender");
        if (is(s, "Returned"))
            return tr("Returned to the sender");
        if (is(s, "Delayed"))
            return tr("Delayed: no scan for too long");
        if (is(s, "Rejected"))
            return tr("Refused by the recipient");
        if (is(s, "Security"))
            return tr("Held for a security or customs check");
        return tr("Carrier exception");
    case M::Unknown: break;
    }
    return tr("Unknown carrier status %1").arg(s.raw);
}

} // namespace wk
