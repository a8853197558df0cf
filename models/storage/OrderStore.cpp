#include "OrderStore.h"

#include "GroupedUpsert.h"
#include "StoreSupport.h"
#include "sync/Codecs.h"

namespace wk {

using namespace storage;

namespace {
// The columns of an order, by how often their indexes need rewriting (see GroupedUpsert.h).
enum OrderGroup { Always = 0, Flow, Origin, Tracking, Hold, Total };
enum OrderColumn {
    Stage, StageEnteredAt, Market, Carrier,     // flow: moves with every stage change
    SupplierId, ProductId, PlacedAt,            // origin: fixed once placed
    TrackingNumber, OnHold, Currency, TotalMinor,
    ShipCountry, Quantity, GoodsMinor, ShippingMinor, FeeMinor, SupplierCostCnyMinor, Version, Data,
    OrderColumnCount
};

QList<GroupedUpsert::Column> orderColumns()
{
    using T = Value::Type;
    const QList<GroupedUpsert::Column> columns{
        {QStringLiteral("stage"), Flow, T::Text},           {QStringLiteral("stage_entered_at"), Flow, T::Int},
        {QStringLiteral("market"), Flow, T::Text},          {QStringLiteral("carrier"), Flow, T::Text},
        {QStringLiteral("supplier_id"), Origin, T::Text},   {QStringLiteral("product_id"), Origin, T::Text},
        {QStringLiteral("placed_at"), Origin, T::Int},      {QStringLiteral("tracking_number"), Tracking, T::Text},
        {QStringLiteral("on_hold"), Hold, T::Int},          {QStringLiteral("currency"), Total, T::Text},
        {QStringLiteral("total_minor"), Total, T::Int},     {QStringLiteral("ship_country"), Always, T::Text},
        {QStringLiteral("quantity"), Always, T::Int},       {QStringLiteral("goods_minor"), Always, T::Int},
        {QStringLiteral("shipping_minor"), Always, T::Int}, {QStringLiteral("fee_minor"), Always, T::Int},
        {QStringLiteral("supplier_cost_cny_minor"), Always, T::Int}, {QStringLiteral("version"), Always, T::Int},
        {QStringLiteral("data"), Always, T::Text}};
    Q_ASSERT(columns.size() == OrderColumnCount);
    return columns;
}

std::vector<Value> orderValues(const Order &o, const WireJson &wire)
{
    std::vector<Value> v(OrderColumnCount);
    v[Stage] = Value::of(wk::toCode(o.stage));
    v[StageEnteredAt] = Value::time(o.stageEnteredAt);
    v[Market] = Value::of(text(o.market));
    v[Carrier] = Value::of(text(o.carrier));
    v[SupplierId] = Value::of(text(o.supplierId));
    v[ProductId] = Value::of(text(o.productId));
    v[PlacedAt] = Value::time(o.placedAt);
    v[TrackingNumber] = Value::of(text(o.trackingNumber));
    v[OnHold] = Value::of(o.onHold);
    v[Currency] = Value::of(text(o.goods.currency()));
    // For sorting by order value; the codecs hold goods, shipping and fee to one currency.
    v[TotalMinor] = Value::of(o.goods.minorUnits() + o.shipping.minorUnits() + o.fee.minorUnits());
    v[ShipCountry] = Value::of(text(o.shipCountry));
    v[Quantity] = Value::of(o.quantity);
    v[GoodsMinor] = Value::of(o.goods.minorUnits());
    v[ShippingMinor] = Value::of(o.shipping.minorUnits());
    v[FeeMinor] = Value::of(o.fee.minorUnits());
    v[SupplierCostCnyMinor] = Value::of(o.supplierCostCny.minorUnits());
    v[Version] = Value::of(o.version);
    v[Data] = Value::utf8(wire.utf8());
    return v;
}
} // namespace

struct OrderStore::Statements {
    explicit Statements(Database &db)
        : orders(db, QStringLiteral("orders")),
          events(db, QStringLiteral("shipment_events")),
          exceptions(db, QStringLiteral("order_exceptions")),
          upsertOrder(db, QStringLiteral("orders"), orderColumns()),
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
    GroupedUpsert upsertOrder;
    Statement upsertEvent;
    Statement upsertException;
    Statement eventsOf;
    Statement exceptionsOf;
};

OrderStore::OrderStore(Database &db) : m_db(db), m(std::make_unique<Statements>(db)) {}
OrderStore::~OrderStore() = default;

bool OrderStore::upsert(const Order &order) { return upsert(order, codec::encode(order)); }

bool OrderStore::upsert(const Order &o, const WireJson &wire)
{
    assertInTransaction(m_db, "OrderStore::upsert");
    const auto before = m->upsertOrder.current(o.id);
    if (before && o.version < before->values[Version].i)
        return false;
    if (before)
        m->upsertOrder.update(*before, orderValues(o, wire));
    else
        m->upsertOrder.insert(o.id, orderValues(o, wire));
    return true;
}

bool OrderStore::upsert(const ShipmentEvent &event) { return upsert(event, codec::encode(event)); }

bool OrderStore::upsert(const ShipmentEvent &e, const WireJson &wire)
{
    assertInTransaction(m_db, "OrderStore::upsert");
    Statement &st = m->upsertEvent;
    st.bind(1, e.id).bind(2, text(e.orderId));
    bindTime(st, 3, e.at);
    st.bind(4, text(e.carrierStatus))
        .bind(5, text(e.location))
        .bind(6, text(e.description))
        .bind(7, e.version)
        .bindText(8, wire.utf8());
    st.run();
    return m_db.changes() > 0;
}

bool OrderStore::upsert(const OrderException &exception)
{
    return upsert(exception, codec::encode(exception));
}

bool OrderStore::upsert(const OrderException &x, const WireJson &wire)
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
    st.bind(9, text(x.resolution)).bind(10, x.version).bindText(11, wire.utf8());
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
    return m->orders.entity(id, codec::decodeOrder);
}

std::optional<ShipmentEvent> OrderStore::shipmentEvent(const QString &id)
{
    return m->events.entity(id, codec::decodeShipmentEvent);
}

std::optional<OrderException> OrderStore::exception(const QString &id)
{
    return m->exceptions.entity(id, codec::decodeOrderException);
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
