#include "CacheWriter.h"

#include "OrderStore.h"
#include "ProductStore.h"
#include "ReviewStore.h"
#include "StoreSupport.h"
#include "SupplierStore.h"
#include "SyncStateStore.h"
#include "sync/Codecs.h"

namespace wk {

struct CacheWriter::Stores {
    explicit Stores(Database &db) : reviews(db), products(db), suppliers(db), orders(db), syncState(db) {}
    ReviewStore reviews;
    ProductStore products;
    SupplierStore suppliers;
    OrderStore orders;
    SyncStateStore syncState;
};

CacheWriter::CacheWriter(Database &db) : m_db(db), m(std::make_unique<Stores>(db)) {}
CacheWriter::~CacheWriter() = default;

ReviewStore &CacheWriter::reviews() { return m->reviews; }
ProductStore &CacheWriter::products() { return m->products; }
SupplierStore &CacheWriter::suppliers() { return m->suppliers; }
OrderStore &CacheWriter::orders() { return m->orders; }
SyncStateStore &CacheWriter::syncState() { return m->syncState; }

void CacheWriter::setBulkLoad(bool on)
{
    m->reviews.setSearchIndexDeferred(on);
    // Not a longer checkpoint interval, although each checkpoint syncs the file: one every 32,768
    // pages instead of sqlite's 1,000 wrote 200,000 items in 4.2 s instead of 6.7 s
    // (tests/bench/bench_storage), but with the log grown past 100 MB a reader that the Fulfilment
    // desk opened right after the first sync found no tables, in 4 of 8 fresh demo starts (0 of 6
    // with the default). Until that is understood, the default.
}

namespace {
// Hands `write` the change's entity: the one decodeChange kept if there is one (a pulled change), or
// decoded from `dataText` here. The change's version is the authority: the entity inside may omit or
// disagree with it.
template <typename T, typename Write>
bool writeEntity(const Change &c, Write write)
{
    const std::shared_ptr<const DecodedEntity> decoded =
        c.decoded ? c.decoded : codec::decodeChangeData(c.entity, c.dataText);
    const T *entity = std::get_if<T>(decoded.get());
    if (!entity)
        throw DecodeError(QStringLiteral("$.data"), QStringLiteral("decoded as another kind of entity"));
    if (entity->version == c.version)
        return write(*entity);
    T copy = *entity;
    copy.version = c.version;
    return write(copy);
}
} // namespace

void CacheWriter::apply(const Change &c, ApplyStats &stats)
{
    storage::assertInTransaction(m_db, "CacheWriter::apply");
    if (c.op == ChangeOp::Delete) {
        bool removed = false;
        switch (c.entity) {
        case EntityKind::ReviewItem: removed = m->reviews.remove(c.id); break;
        case EntityKind::Product: removed = m->products.remove(c.id); break;
        case EntityKind::Supplier: removed = m->suppliers.removeSupplier(c.id); break;
        case EntityKind::SupplierMetrics: removed = m->suppliers.removeMetrics(c.id); break;
        case EntityKind::Order: removed = m->orders.removeOrder(c.id); break;
        case EntityKind::ShipmentEvent: removed = m->orders.removeShipmentEvent(c.id); break;
        case EntityKind::OrderException: removed = m->orders.removeException(c.id); break;
        }
        // Deleting what the cache never had is normal after a resync: count it all the same.
        Q_UNUSED(removed);
        ++stats.deleted;
        return;
    }
    // The stores write the text as it is: the bytes the platform sent (writeEntity has checked them).
    const WireJson wire(QJsonObject(), c.dataText);
    bool written = false;
    switch (c.entity) {
    case EntityKind::ReviewItem:
        written = writeEntity<ReviewItem>(c, [&](const ReviewItem &e) { return m->reviews.upsert(e, wire); });
        break;
    case EntityKind::Product:
        written = writeEntity<Product>(c, [&](const Product &e) { return m->products.upsert(e, wire); });
        break;
    case EntityKind::Supplier:
        written = writeEntity<Supplier>(c, [&](const Supplier &e) { return m->suppliers.upsert(e, wire); });
        break;
    case EntityKind::SupplierMetrics:
        written = writeEntity<SupplierMetrics>(c, [&](const SupplierMetrics &e) {
            return m->suppliers.upsert(e, wire);
        });
        break;
    case EntityKind::Order:
        written = writeEntity<Order>(c, [&](const Order &e) { return m->orders.upsert(e, wire); });
        break;
    case EntityKind::ShipmentEvent:
        written = writeEntity<ShipmentEvent>(c, [&](const ShipmentEvent &e) { return m->orders.upsert(e, wire); });
        break;
    case EntityKind::OrderException:
        written = writeEntity<OrderException>(c, [&](const OrderException &e) { return m->orders.upsert(e, wire); });
        break;
    }
    ++(written ? stats.upserted : stats.stale);
}

ApplyStats CacheWriter::applyPage(const ChangesPage &page, const QDateTime &pulledAt)
{
    storage::assertInTransaction(m_db, "CacheWriter::applyPage");
    ApplyStats stats;
    for (const Change &c : page.changes)
        apply(c, stats);
    m->syncState.setCursor(page.cursor);
    m->syncState.setLastPullAt(pulledAt);
    return stats;
}

} // namespace wk
