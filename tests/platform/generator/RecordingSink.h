#pragma once
// Keeps everything a generator emits, in order, and hashes the wire form of the whole stream.
#include "generator/GenerationSink.h"
#include "sync/Codecs.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace wk::platformtest {

class RecordingSink final : public platform::GenerationSink
{
public:
    QList<Supplier> suppliers;
    QList<SupplierMetrics> metrics;
    QList<Product> products;
    QList<ReviewItem> reviewItems;
    QList<Order> orders;
    QList<ShipmentEvent> events;
    QList<OrderException> exceptions;

    void supplier(const Supplier &e) override { suppliers.append(e); add(codec::encode(e)); }
    void supplierMetrics(const SupplierMetrics &e) override { metrics.append(e); add(codec::encode(e)); }
    void product(const Product &e) override { products.append(e); add(codec::encode(e)); }
    void reviewItem(const ReviewItem &e) override { reviewItems.append(e); add(codec::encode(e)); }
    void order(const Order &e) override { orders.append(e); add(codec::encode(e)); }
    void shipmentEvent(const ShipmentEvent &e) override { events.append(e); add(codec::encode(e)); }
    void orderException(const OrderException &e) override { exceptions.append(e); add(codec::encode(e)); }

    QByteArray digest() const { return m_hash.result().toHex(); }

private:
    void add(const QJsonObject &o) { m_hash.addData(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace wk::platformtest
