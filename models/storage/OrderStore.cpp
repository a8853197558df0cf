#include "OrderStore.h"

#include "StoreSupport.h"
#include "sync/Codecs.h"

namespace wk {

using namespace storage;

struct OrderStore::Statements {
    explicit Statements(Database &db)
        : orders(db, QStringLiteral("orders")),
          events(db, QStringLiteral("shipment_events")),
          exceptions(db, QStringLiteral("order_exceptions")),
          upsertOrder(db, QStringLiteral(R"(
INSERT INTO orders (id, market, ship_country, stage, supplier_id, product_id, quantity, currency,
    goods_minor, shipping_minor, fee_minor, total_minor, supplier_cost_cny_minor, carrier,
    tracking_number, on_hold, placed_at, stage_entered_at, version, data)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?9 + ?10 + ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
ON CONFLICT (id) DO UPDATE SET
    market = excluded.market, ship_country = excluded.ship_country, stage = excluded.stage,
    supplier_id = excluded.supplier_id, product_id = excluded.product_id,
    quantity = excluded.quantity, currency = excluded.currency, goods_minor = excluded.goods_minor,
    shipping_minor = excluded.shipping_minor, fee_minor = excluded.fee_minor,
    total_minor = excluded.total_minor, supplier_cost_cny_minor = excluded.supplier_cost_cny_minor,
    carrier = excluded.carrier, tracking_number = excluded.tracking_number,
    on_hold = excluded.on_hold, placed_at = excluded.placed_at,
    stage_entered_at = excluded.stage_entered_at, version = excluded.version, data = excluded.data
WHERE excluded.version >= orders.version)")),
          upsertEvent(db, QStringLiteral(R"(
INSERT INTO shipment_events (id, order_id, at, carrier_status, location, description, version, data)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT (id) DO UPDATE SET
    order_id = excluded.order_id, at = excluded.at, carrier_status = excluded.carrier_status,
    location = excluded.location, description = excluded.description, version = excluded.version,
    data = excluded.data
WHERE excluded.version >= shipment_events.version)")),
          upsertException(db, QStringLiteral(R"(
INSERT INTO order_exceptions (id, order_id, code, status, carrier_sub_status, ai_proposal, opened_at,
    sla_due_at, resolution, version, data)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
ON CONFLICT (id) DO UPDATE SET
    order_id = excluded.order_id, code = excluded.code, status = excluded.status,
    carrier_sub_status = excluded.carrier_sub_status, ai_proposal = excluded.ai_proposal,
    opened_at = excluded.opened_at, sla_due_at = excluded.sla_due_at,
    resolution = excluded.resolution, version = excluded.version, data = excluded.data
WHERE excluded.version >= order_exceptions.version)")),
          eventsOf(db, QStringLiteral(
                           "SELECT data, version FROM shipment_events WHERE order_id = ?1 ORDER BY at, id")),
          exceptionsOf(db, QStringLiteral("SELECT data, version FROM order_exceptions WHERE order_id = ?1 "
                                          "ORDER BY opened_at, id"))
    {
    }
    EntityRows orders;
    EntityRows events;
    EntityRows exceptions;
    Statement upsertOrder;
    Statement upsertEvent;
    Statement upsertException;
    Statement eventsOf;
    Statement exceptionsOf;
};

OrderStore::OrderStore(Database &db) : m_db(db), m(std::make_unique<Statements>(db)) {}
OrderStore::~OrderStore() = default;

bool OrderStore::upsert(const Order &order) { return upsert(order, codec::encode(order)); }

bool OrderStore::upsert(const Order &o, const QJsonObject &wire)
{
    assertInTransaction(m_db, "OrderStore::upsert");
    Statement &st = m->upsertOrder;
    st.bind(1, o.id)
        .bind(2, text(o.market))
        .bind(3, text(o.shipCountry))
        .bind(4, wk::toCode(o.stage))
        .bind(5, text(o.supplierId))
        .bind(6, text(o.productId))
        .bind(7, o.quantity)
        .bind(8, text(o.goods.currency()))
        .bind(9, o.goods.minorUnits())
        .bind(10, o.shipping.minorUnits())
        .bind(11, o.fee.minorUnits())
        .bind(12, o.supplierCostCny.minorUnits())
        .bind(13, text(o.carrier))
        .bind(14, text(o.trackingNumber))
        .bind(15, o.onHold);
    bindTime(st, 16, o.placedAt);
    bindTime(st, 17, o.stageEnteredAt);
    st.bind(18, o.version).bind(19, jsonText(wire));
    st.run();
    return m_db.changes() > 0;
}

bool OrderStore::upsert(const ShipmentEvent &event) { return upsert(event, codec::encode(event)); }

bool OrderStore::upsert(const ShipmentEvent &e, const QJsonObject &wire)
{
    assertInTransaction(m_db, "OrderStore::upsert");
    Statement &st = m->upsertEvent;
    st.bind(1, e.id).bind(2, text(e.orderId));
    bindTime(st, 3, e.at);
    st.bind(4, text(e.carrierStatus))
        .bind(5, text(e.location))
        .bind(6, text(e.description))
        .bind(7, e.version)
        .bind(8, jsonText(wire));
    st.run();
    return m_db.changes() > 0;
}

bool OrderStore::upsert(const OrderException &exception)
{
    return upsert(exception, codec::encode(exception));
}

bool OrderStore::upsert(const OrderException &x, const QJsonObject &wire)
{
    assertInTransaction(m_db, "OrderStore::upsert");
    Statement &st = m->upsertException;
    st.bind(1, x.id)
        .bind(2, text(x.orderId))
        .bind(3, wk::toCode(x.code))
        .bind(4, wk::toCode(x.status))
        .bind(5, text(x.carrierSubStatus))
        .bind(6, text(x.aiProposal));
    bindTime(st, 7, x.openedAt);
    bindTime(st, 8, x.slaDueAt);
    st.bind(9, text(x.resolution)).bind(10, x.version).bind(11, jsonText(wire));
    st.run();
    return m_db.changes() > 0;
}

bool OrderStore::removeOrder(const QString &id)
{
    assertInTransaction(m_db, "OrderStore::removeOrder");
    return m->orders.remove(id);
}

bool OrderStore::removeShipmentEvent(const QString &id)
{
    assertInTransaction(m_db, "OrderStore::removeShipmentEvent");
    return m->events.remove(id);
}

bool OrderStore::removeException(const QString &id)
{
    assertInTransaction(m_db, "OrderStore::removeException");
    return m->exceptions.remove(id);
}

std::optional<Order> OrderStore::order(const QString &id)
{
    const auto row = m->orders.row(id);
    if (!row)
        return std::nullopt;
    Order o = codec::decodeOrder(row->data);
    o.version = row->version;
    return o;
}

std::optional<ShipmentEvent> OrderStore::shipmentEvent(const QString &id)
{
    const auto row = m->events.row(id);
    if (!row)
        return std::nullopt;
    ShipmentEvent e = codec::decodeShipmentEvent(row->data);
    e.version = row->version;
    return e;
}

std::optional<OrderException> OrderStore::exception(const QString &id)
{
    const auto row = m->exceptions.row(id);
    if (!row)
        return std::nullopt;
    OrderException x = codec::decodeOrderException(row->data);
    x.version = row->version;
    return x;
}

std::optional<qint64> OrderStore::orderVersion(const QString &id) { return m->orders.version(id); }

QList<ShipmentEvent> OrderStore::shipmentEvents(const QString &orderId)
{
    Statement &st = m->eventsOf;
    st.bind(1, orderId);
    QList<ShipmentEvent> out;
    try {
        while (st.step()) {
            ShipmentEvent e = codec::decodeShipmentEvent(jsonAt(st, 0));
            e.version = st.columnInt64(1);
            out << e;
        }
    } catch (...) {
        st.reset();
        throw;
    }
    st.reset();
    return out;
}

QList<OrderException> OrderStore::exceptionsOf(const QString &orderId)
{
    Statement &st = m->exceptionsOf;
    st.bind(1, orderId);
    QList<OrderException> out;
    try {
        while (st.step()) {
            OrderException x = codec::decodeOrderException(jsonAt(st, 0));
            x.version = st.columnInt64(1);
            out << x;
        }
    } catch (...) {
        st.reset();
        throw;
    }
    st.reset();
    return out;
}

qint64 OrderStore::orderCount() { return m->orders.count(); }

} // namespace wk
