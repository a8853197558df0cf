#include "FulfilmentSql.h"

#include "CustomerSearch.h"

#include "rules/TrackingNumber.h"
#include "storage/Statement.h"

#include <QStringList>

namespace wk::fulfilment {

namespace {
// The id range that an order id prefix selects (ids sort as text; U+FFFF is above any id character).
QList<Bind> prefixRange(const QString &prefix) { return {prefix, prefix + QChar(0xFFFF)}; }
} // namespace

void bindAll(Statement &st, const QList<Bind> &binds)
{
    int i = 1;
    for (const Bind &b : binds) {
        if (const auto *n = std::get_if<qint64>(&b))
            st.bind(i++, *n);
        else
            st.bind(i++, std::get<QString>(b));
    }
}

std::optional<qint64> optionalInt(const Statement &st, int col)
{
    return st.columnIsNull(col) ? std::nullopt : std::optional(st.columnInt64(col));
}

void addOrderFilters(Sql &sql, const FulfilmentFilter &f)
{
    if (!f.market.isEmpty())
        sql.add(QStringLiteral(" AND o.market = ?"), {f.market});
    if (!f.currency.isEmpty())
        sql.add(QStringLiteral(" AND o.currency = ?"), {f.currency});
    if (!f.carrier.isEmpty())
        sql.add(QStringLiteral(" AND o.carrier = ?"), {f.carrier});
    if (!f.supplierId.isEmpty())
        sql.add(QStringLiteral(" AND o.supplier_id = ?"), {f.supplierId});
    if (!f.supplierTier.isEmpty())
        sql.add(QStringLiteral(" AND o.supplier_id IN (SELECT id FROM suppliers WHERE tier = ?)"), {f.supplierTier});
}

void addSearchIds(Sql &sql, const QString &term)
{
    const QString t = term.trimmed();
    QStringList parts{QStringLiteral("SELECT id FROM orders WHERE id >= ? AND id < ?"),
                      // "<> ''" lets SQLite use the partial index orders_tracking (WHERE tracking_number <> ''):
                      // a bound value alone does not prove the index covers it, and a full scan of
                      // 2,000,000 orders took 5 s.
                      QStringLiteral("SELECT id FROM orders WHERE tracking_number = ? AND tracking_number <> ''")};
    QList<Bind> binds = prefixRange(t);
    binds << TrackingNumberValidator::normalise(t);
    // A customer's name or email: through the contentless FTS index of migration 007 (index terms
    // and rowids only), never by reading every order's JSON.
    if (looksLikeCustomer(t)) {
        if (const QString match = customerMatch(t); !match.isEmpty()) {
            parts << QStringLiteral("SELECT o.id FROM order_customer_fts CROSS JOIN orders o ON o.rowid = order_customer_fts.rowid "
                                    "WHERE order_customer_fts MATCH ?");
            binds << match;
        }
    }
    sql.add(parts.join(QStringLiteral(" UNION ")), binds);
}

} // namespace wk::fulfilment
