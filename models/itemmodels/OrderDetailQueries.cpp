// An order's detail (declared in FulfilmentQueries.h): the order with its customer masked, its
// shipment events, exceptions, supplier, journal lines and pending intents; and the clear customer
// after a journalled reveal.
#include "FulfilmentQueries.h"

#include "rules/CustomerPrivacy.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Statement.h"

#include <algorithm>

namespace wk::fulfilment {

OrderDetail readOrderDetail(Database &db, const QString &orderId)
{
    OrderDetail d;
    OrderStore store(db);
    const auto order = store.order(orderId);
    if (!order)
        return d;
    d.found = true;
    d.order = *order;
    // Personal data never leaves the read thread in clear: a reveal reads it separately.
    d.order.customerName = CustomerPrivacy::maskName(order->customerName);
    d.order.customerEmail = CustomerPrivacy::maskEmail(order->customerEmail);
    d.events = store.shipmentEvents(orderId);
    d.exceptions = store.exceptionsOf(orderId);
    {
        Statement st(db, QStringLiteral("SELECT name, tier FROM suppliers WHERE id = ?"));
        st.bind(1, order->supplierId);
        if (st.step()) {
            d.supplierName = st.columnText(0);
            d.supplierTier = st.columnText(1);
        }
    }
    QStringList targets{orderId};
    for (const auto &x : d.exceptions)
        targets << x.id;
    for (const QString &target : targets) {
        Statement st(db, QStringLiteral("SELECT at, event, coalesce(type, ''), target, coalesce(detail, ''), "
                                        "coalesce(actor, ''), coalesce(payload, '') FROM journal WHERE target = ? ORDER BY seq"));
        st.bind(1, target);
        while (st.step())
            d.actions << JournalLine{st.columnInt64(0), st.columnText(1), st.columnText(2), st.columnText(3),
                                     st.columnText(4), st.columnText(5), st.columnText(6)};
        Statement p(db, QStringLiteral("SELECT command_id, type, target, payload, created_at FROM outbox "
                                       "WHERE target = ? AND state IN ('pending', 'in_flight') ORDER BY seq"));
        p.bind(1, target);
        while (p.step())
            d.pending << PendingIntent{p.columnText(0), p.columnText(1), p.columnText(2), p.columnText(3), p.columnInt64(4)};
    }
    // Stable: lines of one millisecond keep the journal's order (queued before applied).
    std::stable_sort(d.actions.begin(), d.actions.end(), [](const JournalLine &a, const JournalLine &b) { return a.atMs < b.atMs; });
    if (!order->trackingNumber.isEmpty()) {
        Statement st(db, QStringLiteral("SELECT id FROM orders WHERE tracking_number = ? AND tracking_number <> '' AND id <> ? LIMIT 20"));
        st.bind(1, order->trackingNumber).bind(2, orderId);
        while (st.step())
            d.otherOrdersWithTracking << st.columnText(0);
    }
    return d;
}

QPair<QString, QString> readCustomer(Database &db, const QString &orderId)
{
    Statement st(db, QStringLiteral("SELECT json_extract(data, '$.customer_name'), json_extract(data, '$.customer_email') "
                                    "FROM orders WHERE id = ?"));
    st.bind(1, orderId);
    if (!st.step())
        return {};
    return {st.columnText(0), st.columnText(1)};
}

} // namespace wk::fulfilment
