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

namespace {
// The change's version is the authority: the entity inside may omit or disagree with it.
template <typename T> T withVersion(T entity, qint64 version)
{
    entity.version = version;
    return entity;
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
    const QString path = QStringLiteral("$.data");
    bool written = false;
    switch (c.entity) {
    case EntityKind::ReviewItem:
        written = m->reviews.upsert(withVersion(codec::decodeReviewItem(c.data, path), c.version), c.data);
        break;
    case EntityKind::Product:
        written = m->products.upsert(withVersion(codec::decodeProduct(c.data, path), c.version), c.data);
        break;
    case EntityKind::Supplier:
        written = m->suppliers.upsert(withVersion(codec::decodeSupplier(c.data, path), c.version), c.data);
        break;
    case EntityKind::SupplierMetrics:
        written = m->suppliers.upsert(withVersion(codec::decodeSupplierMetrics(c.data, path), c.version), c.data);
        break;
    case EntityKind::Order:
        written = m->orders.upsert(withVersion(codec::decodeOrder(c.data, path), c.version), c.data);
        break;
    case EntityKind::ShipmentEvent:
        written = m->orders.upsert(withVersion(codec::decodeShipmentEvent(c.data, path), c.version), c.data);
        break;
    case EntityKind::OrderException:
        written = m->orders.upsert(withVersion(codec::decodeOrderException(c.data, path), c.version), c.data);
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
