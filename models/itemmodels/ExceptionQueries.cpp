// The exception queue's reads (declared in FulfilmentQueries.h): a page of open exceptions under a
// filter, soonest SLA first, and their count.
#include "FulfilmentQueries.h"
#include "FulfilmentSql.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <optional>

namespace wk::fulfilment {

namespace {
struct ExceptionWhere {
    Sql from;    // " FROM ... x ... o ..." with its binds, which come before the WHERE's
    Sql where;
    bool filtersOrders = false;
    bool driven = false;   // from a search's set of order ids, not from an exception index
};

ExceptionWhere exceptionWhere(const FulfilmentFilter &f, qint64 nowMs)
{
    ExceptionWhere e;
    Sql &where = e.where;
    where.add(QStringLiteral(" WHERE x.status = 'open'"));
    if (!f.exceptionCode.isEmpty())
        where.add(QStringLiteral(" AND x.code = ?"), {f.exceptionCode});
    if (!f.stage.isEmpty())
        where.add(QStringLiteral(" AND o.stage = ?"), {f.stage});
    if (f.slaBreached)
        where.add(QStringLiteral(" AND x.sla_due_at < ?"), {nowMs});
    const qsizetype beforeOrderFilters = where.text.size();
    addOrderFilters(where, f);
    e.filtersOrders = where.text.size() != beforeOrderFilters || !f.stage.isEmpty();
    // With a filter on the order, CROSS JOIN keeps the open exceptions the outer loop: otherwise
    // SQLite turns the LEFT JOIN into an inner one and may walk every order of a market to probe
    // for exceptions (2 s against 0.05 s on 2,000,000 orders). Without one, LEFT JOIN keeps an
    // exception whose order has not reached the cache yet.
    // orders_board_id holds every order filter column: the filter is tested without the table.
    const QString orders = e.filtersOrders ? QStringLiteral(" CROSS JOIN orders o INDEXED BY orders_board_id ON o.id = x.order_id")
                                           : QStringLiteral(" LEFT JOIN orders o ON o.id = x.order_id");
    if (const QString t = f.search.trimmed(); !t.isEmpty()) {
        // The board's search (order id prefix, tracking number, customer) plus an exception id, as a
        // set of order ids that the query starts from (order_exceptions_order): a test of every open
        // exception against the set walked 40,000 of them for a handful of matches (35 ms).
        Sql ids;
        addSearchIds(ids, t);
        e.from.add(QStringLiteral(" FROM (") + ids.text + QStringLiteral(" UNION SELECT order_id FROM order_exceptions WHERE id = ?) s "
                                                            "CROSS JOIN order_exceptions x ON x.order_id = s.id")
                       + orders,
                   ids.binds + QList<Bind>{t});
        e.driven = true;
    } else {
        e.from.add(QStringLiteral(" FROM order_exceptions x") + orders);
    }
    return e;
}
} // namespace

namespace {
// A filter on the order (market, stage, currency, carrier, supplier, tier; with or without the SLA)
// is tested on the exception's copy of the order's columns (migration 009) inside
// order_exceptions_open_due: one scan of the open exceptions' index instead of a probe into orders
// per open exception (16,000 probes, ~25 ms on 2,000,000 orders, against ~1 ms). An exception code
// keeps its own index (a few thousand exceptions: fewer probes than this scan's row reads for the
// code), a search its set of order ids.
std::optional<Sql> countByOwnColumns(const FulfilmentFilter &f, qint64 nowMs)
{
    if (!f.exceptionCode.isEmpty() || !f.search.trimmed().isEmpty())
        return std::nullopt;
    Sql sql;
    sql.add(QStringLiteral("SELECT count(*) FROM order_exceptions x INDEXED BY order_exceptions_open_due "
                           "WHERE x.status = 'open'"));
    if (f.slaBreached)
        sql.add(QStringLiteral(" AND x.sla_due_at < ?"), {nowMs});
    const qsizetype unfiltered = sql.text.size();
    const std::pair<const char *, const QString &> columns[] = {{"order_market", f.market},
                                                                {"order_stage", f.stage},
                                                                {"order_currency", f.currency},
                                                                {"order_carrier", f.carrier},
                                                                {"order_supplier_id", f.supplierId}};
    for (const auto &[column, value] : columns)
        if (!value.isEmpty())
            sql.add(QStringLiteral(" AND x.%1 = ?").arg(QLatin1StringView(column)), {value});
    if (!f.supplierTier.isEmpty())
        sql.add(QStringLiteral(" AND x.order_supplier_id IN (SELECT id FROM suppliers WHERE tier = ?)"), {f.supplierTier});
    // Without an order filter the plain count below reads order_exceptions_status_sla alone.
    if (sql.text.size() == unfiltered)
        return std::nullopt;
    return sql;
}
} // namespace

qint64 countExceptions(Database &db, const FulfilmentFilter &f, qint64 nowMs)
{
    if (const auto own = countByOwnColumns(f, nowMs)) {
        Statement count(db, own->text);
        bindAll(count, own->binds);
        count.step();
        return count.columnInt64(0);
    }
    const ExceptionWhere e = exceptionWhere(f, nowMs);
    // Without an order filter or a search the count needs no join at all (an index-only count).
    // With one it reads an order per open exception: the reason it is a job of its own, after the
    // first page.
    Sql sql;
    sql.add(QStringLiteral("SELECT count(*)"));
    if (e.filtersOrders && !e.driven && !f.slaBreached) {
        // order_exceptions_open_order holds the order id and the code: the open exceptions come
        // in order id order without reading the table, and so do the probes into orders_board_id
        // (a third of the time of SQLite's own choice, which reads each exception's row).
        sql.add(QStringLiteral(" FROM order_exceptions x INDEXED BY order_exceptions_open_order "
                               "CROSS JOIN orders o INDEXED BY orders_board_id ON o.id = x.order_id"));
    } else if (e.filtersOrders || e.driven) {
        sql.add(e.from.text, e.from.binds);
    } else {
        sql.add(QStringLiteral(" FROM order_exceptions x"));
    }
    sql.add(e.where.text, e.where.binds);
    Statement count(db, sql.text);
    bindAll(count, sql.binds);
    count.step();
    return count.columnInt64(0);
}

ExceptionPage readExceptions(Database &db, const FulfilmentFilter &f, const std::optional<QPair<qint64, QString>> &after,
                             qint64 nowMs, int pageSize)
{
    const ExceptionWhere e = exceptionWhere(f, nowMs);
    ExceptionPage page;
    // The page's exception ids first (with an order filter, tested in orders_board_id), then the
    // rows of those only: the queue's columns need the order's row, the filter does not.
    Sql ids;
    ids.add(QStringLiteral("SELECT x.id") + e.from.text, e.from.binds);
    ids.add(e.where.text, e.where.binds);
    // Keyset on (sla_due_at, id): order_exceptions_status_sla walks it without a sort. The platform
    // sets an SLA on every exception; rows without one sort first (kNoSla marks such a last row).
    if (after) {
        if (after->first == kNoSla)
            ids.add(QStringLiteral(" AND (x.sla_due_at IS NOT NULL OR x.id > ?)"), {after->second});
        else
            ids.add(QStringLiteral(" AND (x.sla_due_at, x.id) > (?, ?)"), {after->first, after->second});
    }
    ids.add(QStringLiteral(" ORDER BY x.sla_due_at, x.id LIMIT ?"), {qint64(pageSize + 1)});
    Sql sql;
    sql.add(QStringLiteral("SELECT x.id, x.order_id, x.code, x.carrier_sub_status, x.ai_proposal, x.opened_at, "
                           "x.sla_due_at, x.version, o.market, o.stage, o.currency, o.total_minor, o.carrier, "
                           "o.tracking_number, o.version, o.on_hold FROM (")
                + ids.text
                + QStringLiteral(") p CROSS JOIN order_exceptions x ON x.id = p.id LEFT JOIN orders o ON o.id = x.order_id "
                                 "ORDER BY x.sla_due_at, x.id"),
            ids.binds);
    Statement st(db, sql.text);
    bindAll(st, sql.binds);
    bool more = false;
    while (st.step()) {
        if (page.rows.size() == pageSize) {
            more = true;
            break;
        }
        ExceptionRow r;
        r.exceptionId = st.columnText(0);
        r.orderId = st.columnText(1);
        r.code = st.columnText(2);
        r.carrierSubStatus = st.columnText(3);
        r.aiProposal = st.columnText(4);
        r.openedAtMs = optionalInt(st, 5);
        r.slaDueAtMs = optionalInt(st, 6);
        r.version = st.columnInt64(7);
        r.market = st.columnText(8);
        r.stage = st.columnText(9);
        r.currency = st.columnText(10);
        r.totalMinor = st.columnInt64(11);
        r.carrier = st.columnText(12);
        r.trackingNumber = st.columnText(13);
        r.orderVersion = st.columnInt64(14);
        r.onHold = st.columnInt(15) != 0;
        page.rows << r;
    }
    page.exhausted = !more;
    QStringList targets;
    for (const auto &r : page.rows)
        targets << r.exceptionId << r.orderId;
    const auto pending = readPendingTypes(db, targets);
    for (auto &r : page.rows)
        r.pending = pending.value(r.exceptionId) + pending.value(r.orderId);
    return page;
}

} // namespace wk::fulfilment
