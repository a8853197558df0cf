#pragma once
// Reads one order's detail for the Fulfilment desk (events, exceptions, journal actions, pending
// intents) on its own ReadThread, the customer's personal data masked. revealCustomer() is the
// only way to the clear name and email: it first appends a "customer_revealed" line to the journal
// (JournalStore, on a short-lived write connection on the read thread), then reads them.
#include "FulfilmentTypes.h"

#include <QObject>

namespace wk {

class ReadThread;

class OrderDetailLoader : public QObject
{
    Q_OBJECT
public:
    explicit OrderDetailLoader(const QString &cachePath, QObject *parent = nullptr);
    ~OrderDetailLoader() override;

    // Loads `orderId`; only the latest request is answered.
    void load(const QString &orderId);
    const QString &currentOrderId() const { return m_orderId; }
    // `supervisorId` is who asked, for the journal line; `reason` what for (free text, may be empty).
    void revealCustomer(const QString &orderId, const QString &supervisorId, const QString &reason = {});

    // The orders that carry this tracking number (for the inline reuse check of a typed fix).
    void findOrdersWithTracking(const QString &normalisedNumber);

signals:
    void ordersWithTracking(const QString &normalisedNumber, const QStringList &orderIds);
    void loaded(const wk::OrderDetail &detail);
    void revealed(const QString &orderId, const QString &name, const QString &email);
    void failed(const QString &sentence);

private:
    ReadThread *m_reader;
    QString m_orderId;
    quint64 m_loadTicket = 0;
    quint64 m_revealTicket = 0;
    quint64 m_trackingTicket = 0;
};

} // namespace wk

Q_DECLARE_METATYPE(wk::OrderDetail)
