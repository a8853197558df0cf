#include "TrackingNumberRegistry.h"

#include "TrackingNumber.h"

#include <algorithm>

namespace wk {

void TrackingNumberRegistry::add(const QString &orderId, const QString &trackingNumber)
{
    const QString number = TrackingNumberValidator::normalise(trackingNumber);
    if (number.isEmpty() || orderId.isEmpty())
        return;   // "no number yet" is not a reuse
    QStringList &orders = m_ordersByNumber[number];
    if (!orders.contains(orderId))   // the same order seen twice (e.g. two events) is not a reuse
        orders.append(orderId);
}

void TrackingNumberRegistry::add(const QList<TrackingAssignment> &assignments)
{
    for (const auto &a : assignments)
        add(a.orderId, a.trackingNumber);
}

QStringList TrackingNumberRegistry::otherOrdersUsing(const QString &trackingNumber, const QString &orderId) const
{
    QStringList others = m_ordersByNumber.value(TrackingNumberValidator::normalise(trackingNumber));
    others.removeAll(orderId);
    return others;
}

QList<ReusedTrackingNumber> TrackingNumberRegistry::reused() const
{
    QList<ReusedTrackingNumber> out;
    for (auto it = m_ordersByNumber.cbegin(); it != m_ordersByNumber.cend(); ++it)
        if (it.value().size() > 1)
            out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.normalisedNumber < b.normalisedNumber;
    });
    return out;
}

QList<ReusedTrackingNumber> findReusedTrackingNumbers(const QList<TrackingAssignment> &assignments)
{
    TrackingNumberRegistry registry;
    registry.add(assignments);
    return registry.reused();
}

} // namespace wk
