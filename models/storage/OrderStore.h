#pragma once
// Orders, their shipment events and their exceptions in the cache (tables orders, shipment_events,
// order_exceptions). Writes run inside the caller's Transaction.
#include "WireJson.h"
#include "domain/Entities.h"

#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace wk {

class Database;

class OrderStore
{
public:
    explicit OrderStore(Database &db);
    ~OrderStore();
    OrderStore(const OrderStore &) = delete;
    OrderStore &operator=(const OrderStore &) = delete;

    // Each upsert ignores (returns false for) a version older than the stored one. `wire` is the
    // entity's wire JSON when the caller already has it.
    bool upsert(const Order &order);
    bool upsert(const Order &order, const WireJson &wire);
    bool upsert(const ShipmentEvent &event);
    bool upsert(const ShipmentEvent &event, const WireJson &wire);
    bool upsert(const OrderException &exception);
    bool upsert(const OrderException &exception, const WireJson &wire);

    bool removeOrder(const QString &id);
    bool removeShipmentEvent(const QString &id);
    bool removeException(const QString &id);

    std::optional<Order> order(const QString &id);
    std::optional<ShipmentEvent> shipmentEvent(const QString &id);
    std::optional<OrderException> exception(const QString &id);
    std::optional<qint64> orderVersion(const QString &id);

    // The order's tracking history, oldest first.
    QList<ShipmentEvent> shipmentEvents(const QString &orderId);
    // The order's exceptions, oldest first.
    QList<OrderException> exceptionsOf(const QString &orderId);

    qint64 orderCount();

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m;
};

} // namespace wk
