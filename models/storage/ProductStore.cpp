#include "ProductStore.h"

#include "StoreSupport.h"
#include "sync/Codecs.h"

namespace wk {

using namespace storage;

struct ProductStore::Statements {
    explicit Statements(Database &db)
        : rows(db, QStringLiteral("products")),
          upsert(db, QStringLiteral(R"(
INSERT INTO products (id, sku, title, supplier_id, category, price_minor, currency, version, data)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
ON CONFLICT (id) DO UPDATE SET
    sku = excluded.sku, title = excluded.title, supplier_id = excluded.supplier_id,
    category = excluded.category, price_minor = excluded.price_minor, currency = excluded.currency,
    version = excluded.version, data = excluded.data
WHERE excluded.version >= products.version)")),
          ofSupplier(db, QStringLiteral(
                             "SELECT data, version FROM products WHERE supplier_id = ?1 ORDER BY sku, id"))
    {
    }
    EntityRows rows;
    Statement upsert;
    Statement ofSupplier;
};

ProductStore::ProductStore(Database &db) : m_db(db), m(std::make_unique<Statements>(db)) {}
ProductStore::~ProductStore() = default;

bool ProductStore::upsert(const Product &product) { return upsert(product, codec::encode(product)); }

bool ProductStore::upsert(const Product &p, const WireJson &wire)
{
    assertInTransaction(m_db, "ProductStore::upsert");
    Statement &st = m->upsert;
    st.bind(1, p.id)
        .bind(2, text(p.sku))
        .bind(3, text(p.title))
        .bind(4, text(p.supplierId))
        .bind(5, text(p.category))
        .bind(6, p.price.minorUnits())
        .bind(7, text(p.price.currency()))
        .bind(8, p.version)
        .bindText(9, wire.utf8());
    st.run();
    return m_db.changes() > 0;
}

bool ProductStore::remove(const QString &id)
{
    assertInTransaction(m_db, "ProductStore::remove");
    return m->rows.remove(id);
}

std::optional<Product> ProductStore::get(const QString &id)
{
    return m->rows.entity(id, codec::decodeProduct);
}

std::optional<qint64> ProductStore::version(const QString &id) { return m->rows.version(id); }

QList<Product> ProductStore::ofSupplier(const QString &supplierId)
{
    Statement &st = m->ofSupplier;
    st.bind(1, supplierId);
    QList<Product> out;
    try {
        while (st.step()) {
            Product p = codec::decodeProduct(jsonAt(st, 0));
            p.version = st.columnInt64(1);
            out << p;
        }
    } catch (...) {
        st.reset();
        throw;
    }
    st.reset();
    return out;
}

qint64 ProductStore::count() { return m->rows.count(); }

} // namespace wk
