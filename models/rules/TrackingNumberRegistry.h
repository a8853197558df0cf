#pragma once
// Which orders use which tracking number: a number on two orders is almost always a typo or a
// supplier reusing a label, and either way a parcel that cannot reach two customers.
// Pure: the caller feeds (order id, number) pairs, from the cache or from a typed fix.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wk {

struct TrackingAssignment
{
    QString orderId;
    QString trackingNumber;   // as typed or stored; compared after TrackingNumberValidator::normalise
};

struct ReusedTrackingNumber
{
    QString normalisedNumber;
    QStringList orderIds;     // distinct, in the order first seen; always two or more
    friend bool operator==(const ReusedTrackingNumber &, const ReusedTrackingNumber &) = default;
};

class TrackingNumberRegistry
{
public:
    void add(const QString &orderId, const QString &trackingNumber);
    void add(const QList<TrackingAssignment> &assignments);

    // The other orders that already use this number (normalised), excluding `orderId` itself:
    // what the inline check shows before a fix is queued.
    QStringList otherOrdersUsing(const QString &trackingNumber, const QString &orderId) const;
    // Every number on more than one order, sorted by number for a stable display.
    QList<ReusedTrackingNumber> reused() const;

private:
    QHash<QString, QStringList> m_ordersByNumber;
};

// One-shot form of the registry.
QList<ReusedTrackingNumber> findReusedTrackingNumbers(const QList<TrackingAssignment> &assignments);

} // namespace wk
