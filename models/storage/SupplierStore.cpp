#include "SupplierStore.h"

#include "StoreSupport.h"
#include "sync/Codecs.h"

namespace wk {

using namespace storage;

struct SupplierStore::Statements {
    explicit Statements(Database &db)
        : suppliers(db, QStringLiteral("suppliers")),
          metricRows(db, QStringLiteral("supplier_metrics")),
          upsertSupplier(db, QStringLiteral(R"(
INSERT INTO suppliers (id, name, name_zh, tier, region, city, status, status_reason, version, data)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT (id) DO UPDATE SET
    name = excluded.name, name_zh = excluded.name_zh, tier = excluded.tier,
    region = excluded.region, city = excluded.city, status = excluded.status,
    status_reason = excluded.status_reason, version = excluded.version, data = excluded.data
WHERE excluded.version >= suppliers.version)")),
          upsertMetrics(db, QStringLiteral(R"(
INSERT INTO supplier_metrics (id, supplier_id, period_kind, period_start, orders, on_time, defects,
    exceptions, lead_time_hours_sum, media_reviewed, media_rejected, version, data)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
ON CONFLICT (id) DO UPDATE SET
    supplier_id = excluded.supplier_id, period_kind = excluded.period_kind,
    period_start = excluded.period_start, orders = excluded.orders, on_time = excluded.on_time,
    defects = excluded.defects, exceptions = excluded.exceptions,
    lead_time_hours_sum = excluded.lead_time_hours_sum, media_reviewed = excluded.media_reviewed,
    media_rejected = excluded.media_rejected, version = excluded.version, data = excluded.data
WHERE excluded.version >= supplier_metrics.version)")),
          metricsOf(db, QStringLiteral("SELECT data, version FROM supplier_metrics "
                                       "WHERE supplier_id = ?1 AND period_kind = ?2 ORDER BY period_start"))
    {
    }
    EntityRows suppliers;
    EntityRows metricRows;
    Statement upsertSupplier;
    Statement upsertMetrics;
    Statement metricsOf;
};

SupplierStore::SupplierStore(Database &db) : m_db(db), m(std::make_unique<Statements>(db)) {}
SupplierStore::~SupplierStore() = default;

bool SupplierStore::upsert(const Supplier &supplier) { return upsert(supplier, codec::encode(supplier)); }

bool SupplierStore::upsert(const Supplier &s, const WireJson &wire)
{
    assertInTransaction(m_db, "SupplierStore::upsert");
    Statement &st = m->upsertSupplier;
    st.bind(1, s.id)
        .bind(2, text(s.name))
        .bind(3, text(s.nameZh))
        .bind(4, wk::toCode(s.tier))
        .bind(5, text(s.region))
        .bind(6, text(s.city))
        .bind(7, wk::toCode(s.status))
        .bind(8, text(s.statusReason))
        .bind(9, s.version)
        .bindText(10, wire.utf8());
    st.run();
    return m_db.changes() > 0;
}

bool SupplierStore::upsert(const SupplierMetrics &metrics) { return upsert(metrics, codec::encode(metrics)); }

bool SupplierStore::upsert(const SupplierMetrics &x, const WireJson &wire)
{
    assertInTransaction(m_db, "SupplierStore::upsert");
    Statement &st = m->upsertMetrics;
    st.bind(1, x.id)
        .bind(2, text(x.supplierId))
        .bind(3, wk::toCode(x.periodKind))
        .bind(4, text(x.periodStart.toString(Qt::ISODate)))
        .bind(5, x.orders)
        .bind(6, x.onTime)
        .bind(7, x.defects)
        .bind(8, x.exceptions)
        .bind(9, x.leadTimeHoursSum)
        .bind(10, x.mediaReviewed)
        .bind(11, x.mediaRejected)
        .bind(12, x.version)
        .bindText(13, wire.utf8());
    st.run();
    return m_db.changes() > 0;
}

bool SupplierStore::removeSupplier(const QString &id)
{
    assertInTransaction(m_db, "SupplierStore::removeSupplier");
    return m->suppliers.remove(id);
}

bool SupplierStore::removeMetrics(const QString &id)
{
    assertInTransaction(m_db, "SupplierStore::removeMetrics");
    return m->metricRows.remove(id);
}

std::optional<Supplier> SupplierStore::supplier(const QString &id)
{
    return m->suppliers.entity(id, codec::decodeSupplier);
}

std::optional<qint64> SupplierStore::supplierVersion(const QString &id) { return m->suppliers.version(id); }

std::optional<SupplierMetrics> SupplierStore::metricsById(const QString &id)
{
    return m->metricRows.entity(id, codec::decodeSupplierMetrics);
}

QList<SupplierMetrics> SupplierStore::metrics(const QString &supplierId, PeriodKind kind)
{
    Statement &st = m->metricsOf;
    st.bind(1, supplierId).bind(2, wk::toCode(kind));
    QList<SupplierMetrics> out;
    try {
        while (st.step()) {
            SupplierMetrics x = codec::decodeSupplierMetrics(jsonAt(st, 0));
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

qint64 SupplierStore::supplierCount() { return m->suppliers.count(); }

} // namespace wk
