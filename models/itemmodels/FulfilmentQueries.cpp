// The board's reads (declared in FulfilmentQueries.h): counts per stage and keyset-paged columns
// under every filter, and the pending intents that the board and the queue overlay.
#include "FulfilmentQueries.h"
#include "FulfilmentSql.h"

#include "rules/CustomerPrivacy.h"
#include "rules/SlaClocks.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace wk::fulfilment {

namespace {
int stageIndex(const QString &code)
{
    for (size_t i = 0; i < kBoardStages.size(); ++i)
        if (toCode(kBoardStages[i]) == code)
            return int(i);
    return -1;
}

// The markets in the cache (from the small summary table), for the SLA cut-offs per lane.
// Changes whenever another connection commits (PRAGMA data_version): read sets kept in temp
// tables are only reused while the cache is unchanged.
qint64 dataVersion(Database &db)
{
    Statement st(db, QStringLiteral("PRAGMA data_version"));
    st.step();
    return st.columnInt64(0);
}

QStringList knownMarkets(Database &db)
{
    Statement st(db, QStringLiteral("SELECT DISTINCT market FROM order_board_counts WHERE n > 0"));
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

// The ids of orders past an SLA: a stage dwell limit on their lane (one index range per market and
// stage, orders_board_market), or an open exception past its response time.
void addBreachedIds(Sql &sql, Database &db, qint64 nowMs, std::optional<OrderStage> onlyStage)
{
    QStringList parts;
    QList<Bind> binds;
    for (const QString &market : knownMarkets(db)) {
        const Lane lane = laneForMarket(market).value_or(Lane::Oceania);
        for (OrderStage stage : kBoardStages) {
            if (onlyStage && stage != *onlyStage)
                continue;
            const auto limit = SlaClocks::dwellLimitMs(stage, lane);
            if (!limit)
                continue;
            parts << QStringLiteral("SELECT id FROM orders WHERE market = ? AND stage = ? AND stage_entered_at < ?"
                                    " AND on_hold = 0");
            binds << market << toCode(stage) << (nowMs - *limit);
        }
    }
    parts << QStringLiteral("SELECT order_id AS id FROM order_exceptions INDEXED BY order_exceptions_open_due "
                            "WHERE status = 'open' AND sla_due_at < ?");
    binds << nowMs;
    sql.add(parts.join(QStringLiteral(" UNION ")), binds);
}

// The driving set of order ids when the filter has an exception code, the SLA or a search; none
// means "all orders" (walk the stage indexes).
std::optional<Sql> drivingIds(Database &db, const FulfilmentFilter &f, qint64 nowMs, std::optional<OrderStage> stage)
{
    QList<Sql> sets;
    if (!f.exceptionCode.isEmpty()) {
        Sql s;
        // order_exceptions_open_order holds the order id and the code: the ids come without reading
        // the table, in id order (so the probes into the orders go in order too).
        s.add(QStringLiteral("SELECT order_id AS id FROM order_exceptions INDEXED BY order_exceptions_open_order "
                             "WHERE status = 'open' AND code = ?"),
              {f.exceptionCode});
        sets << s;
    }
    if (f.slaBreached) {
        Sql s;
        addBreachedIds(s, db, nowMs, stage);
        sets << s;
    }
    if (!f.search.trimmed().isEmpty()) {
        Sql s;
        addSearchIds(s, f.search);
        sets << s;
    }
    if (sets.isEmpty())
        return std::nullopt;
    Sql out;
    for (int i = 0; i < sets.size(); ++i) {
        if (i > 0)
            out.add(QStringLiteral(" INTERSECT "));
        out.add(QStringLiteral("SELECT * FROM (") + sets[i].text + QLatin1Char(')'), sets[i].binds);
    }
    return out;
}

const QString kCardColumns = QStringLiteral(
    "o.id, o.stage, o.market, o.currency, o.total_minor, o.carrier, o.tracking_number, o.on_hold, "
    "o.stage_entered_at, o.version, json_extract(o.data, '$.customer_name'), "
    "(SELECT code FROM order_exceptions x WHERE x.order_id = o.id AND x.status = 'open' ORDER BY code LIMIT 1)");

BoardCard cardAt(const Statement &st)
{
    BoardCard c;
    c.orderId = st.columnText(0);
    c.stage = fromCode<OrderStage>(st.columnText(1)).value_or(OrderStage::Placed);
    c.market = st.columnText(2);
    c.currency = st.columnText(3);
    c.totalMinor = st.columnInt64(4);
    c.carrier = st.columnText(5);
    c.trackingNumber = st.columnText(6);
    c.onHold = st.columnInt(7) != 0;
    c.stageEnteredAtMs = optionalInt(st, 8);
    c.version = st.columnInt64(9);
    c.customerMasked = CustomerPrivacy::maskName(st.columnText(10));
    c.exceptionCode = st.columnText(11);
    return c;
}

void addPending(Database &db, QList<BoardCard> &cards)
{
    QStringList ids;
    for (const auto &c : cards)
        ids << c.orderId;
    const auto pending = readPendingTypes(db, ids);
    if (pending.isEmpty())
        return;
    for (auto &c : cards)
        c.pending = pending.value(c.orderId);
}

// Runs a card query that returns up to pageSize + 1 rows: one row past the page says whether
// there is another page.
BoardPage readCards(Database &db, const Sql &sql, OrderStage stage, int pageSize)
{
    Statement st(db, sql.text);
    bindAll(st, sql.binds);
    BoardPage page;
    page.stage = stage;
    bool more = false;
    while (st.step()) {
        if (page.cards.size() == pageSize) {
            more = true;
            break;
        }
        page.cards << cardAt(st);
    }
    page.exhausted = !more;
    addPending(db, page.cards);
    return page;
}

// --- Driven filters, read once --------------------------------------------------------------
// A filter with an exception code, the SLA or a search selects a set of orders that no index
// orders by stage and time. It is read once per board read into temp.board_ids (id, stage, time;
// the connection's own temp database, in memory): the counts and every column's pages then come
// from there, and only the rows of a page are read from orders. (Reading the set once per column
// cost ten passes of random reads: seconds on 2,000,000 orders.)

bool onlyMarketFilter(const FulfilmentFilter &f)
{
    return f.currency.isEmpty() && f.carrier.isEmpty() && f.supplierTier.isEmpty() && f.supplierId.isEmpty()
        && f.exceptionCode.isEmpty() && f.search.trimmed().isEmpty();
}

bool isDriven(const FulfilmentFilter &f)
{
    return !f.exceptionCode.isEmpty() || f.slaBreached || !f.search.trimmed().isEmpty();
}

// The SLA filter (with at most a market) needs no set of its own: the dwell-breached orders are
// index ranges of orders_board_market (which covers id, stage, time and on_hold), counted without
// reading the table and merged per page (each range is sorted, so SQLite stops after a page).
// Only the orders of overdue exceptions are read, once, into temp.overdue_orders (from one index
// range of order_exceptions, not from the orders).
void materialiseOverdue(Database &db, qint64 nowMs)
{
    static thread_local QHash<void *, QPair<qint64, qint64>> last;
    const QPair<qint64, qint64> signature{nowMs, dataVersion(db)};
    if (last.value(db.handle(), {-1, -1}) == signature)
        return;
    db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS overdue_orders (id TEXT PRIMARY KEY, stage TEXT NOT NULL, "
                           "market TEXT NOT NULL, t INTEGER, on_hold INTEGER NOT NULL) WITHOUT ROWID; "
                           "CREATE INDEX IF NOT EXISTS temp.overdue_orders_stage ON overdue_orders (stage, t, id); "
                           "DELETE FROM temp.overdue_orders;"));
    // One range of order_exceptions_open_due, which carries the orders' board columns (migration
    // 009): no probe into orders per exception. order_stage '' is an order not in the cache yet.
    Statement st(db, QStringLiteral("INSERT OR IGNORE INTO temp.overdue_orders (id, stage, market, t, on_hold) "
                                    "SELECT order_id, order_stage, order_market, order_stage_entered_at, order_on_hold "
                                    "FROM order_exceptions INDEXED BY order_exceptions_open_due "
                                    "WHERE status = 'open' AND sla_due_at < ? AND order_stage <> ''"));
    st.bind(1, nowMs);
    st.run();
    last.insert(db.handle(), signature);
}

std::array<qint64, 9> breachedCounts(Database &db, const QString &onlyMarket, qint64 nowMs)
{
    materialiseOverdue(db, nowMs);
    std::array<qint64, 9> counts{};
    Statement range(db, QStringLiteral("SELECT count(*) FROM orders WHERE market = ? AND stage = ? AND stage_entered_at < ? "
                                       "AND on_hold = 0"));
    for (const QString &market : knownMarkets(db)) {
        if (!onlyMarket.isEmpty() && market != onlyMarket)
            continue;
        const Lane lane = laneForMarket(market).value_or(Lane::Oceania);
        for (size_t i = 0; i < kBoardStages.size(); ++i) {
            if (const auto limitMs = SlaClocks::dwellLimitMs(kBoardStages[i], lane)) {
                range.bind(1, market).bind(2, toCode(kBoardStages[i])).bind(3, nowMs - *limitMs);
                range.step();
                counts[i] += range.columnInt64(0);
                range.reset();
            }
        }
    }
    // Overdue-exception orders not already counted as over their dwell limit.
    Statement overdue(db, QStringLiteral("SELECT stage, market, t, on_hold FROM temp.overdue_orders"));
    while (overdue.step()) {
        const QString market = overdue.columnText(1);
        const int i = stageIndex(overdue.columnText(0));
        if (i < 0 || (!onlyMarket.isEmpty() && market != onlyMarket))
            continue;
        const auto limitMs = SlaClocks::dwellLimitMs(kBoardStages[size_t(i)], laneForMarket(market).value_or(Lane::Oceania));
        const bool counted = limitMs && !overdue.columnIsNull(2) && overdue.columnInt(3) == 0
            && overdue.columnInt64(2) < nowMs - *limitMs;
        if (!counted)
            ++counts[size_t(i)];
    }
    return counts;
}

Sql breachedPageIds(Database &db, const QString &onlyMarket, OrderStage stage, const std::optional<BoardKey> &after,
                    qint64 nowMs, int limit)
{
    materialiseOverdue(db, nowMs);
    QStringList arms;
    QList<Bind> binds;
    const auto keyset = [&](QString &arm, const QString &t, const QString &id) {
        if (!after)
            return;
        if (after->stageEnteredAtMs) {
            arm += QStringLiteral(" AND (%1, %2) > (?, ?)").arg(t, id);
            binds << *after->stageEnteredAtMs << after->id;
        } else {
            arm += QStringLiteral(" AND (%1 IS NOT NULL OR %2 > ?)").arg(t, id);
            binds << after->id;
        }
    };
    for (const QString &market : knownMarkets(db)) {
        if (!onlyMarket.isEmpty() && market != onlyMarket)
            continue;
        const auto limitMs = SlaClocks::dwellLimitMs(stage, laneForMarket(market).value_or(Lane::Oceania));
        if (!limitMs)
            continue;
        QString arm = QStringLiteral("SELECT id, stage_entered_at AS t FROM orders WHERE market = ? AND stage = ? "
                                     "AND stage_entered_at < ? AND on_hold = 0");
        binds << market << toCode(stage) << (nowMs - *limitMs);
        keyset(arm, QStringLiteral("stage_entered_at"), QStringLiteral("id"));
        arms << arm;
    }
    QString overdue = QStringLiteral("SELECT id, t FROM temp.overdue_orders WHERE stage = ?");
    binds << toCode(stage);
    if (!onlyMarket.isEmpty()) {
        overdue += QStringLiteral(" AND market = ?");
        binds << onlyMarket;
    }
    keyset(overdue, QStringLiteral("t"), QStringLiteral("id"));
    arms << overdue;
    Sql sql;
    // UNION drops an order that is both over its dwell limit and overdue; ORDER BY on the compound
    // lets SQLite merge the sorted ranges.
    sql.add(arms.join(QStringLiteral(" UNION ")) + QStringLiteral(" ORDER BY 2, 1 LIMIT ?"), binds + QList<Bind>{qint64(limit)});
    return sql;
}

void materialise(Database &db, const FulfilmentFilter &f, qint64 nowMs)
{
    // One per connection (a ReadThread's): the same filter at the same "now" is already there.
    static thread_local QHash<void *, QString> signatures;
    const QString signature = QStringList{f.market, f.currency, f.supplierTier, f.supplierId, f.carrier, f.exceptionCode,
                                          f.slaBreached ? QStringLiteral("sla") : QString(), f.search.trimmed(),
                                          QString::number(nowMs), QString::number(dataVersion(db))}.join(QChar(0x1f));
    if (signatures.value(db.handle()) == signature)
        return;
    db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS board_ids (id TEXT PRIMARY KEY, stage TEXT NOT NULL, t INTEGER) "
                           "WITHOUT ROWID; CREATE INDEX IF NOT EXISTS temp.board_ids_stage ON board_ids (stage, t, id); "
                           "DELETE FROM temp.board_ids;"));
    Sql sql;
    sql.add(QStringLiteral("INSERT OR IGNORE INTO temp.board_ids (id, stage, t) "));
    {
        const auto driver = drivingIds(db, f, nowMs, std::nullopt);
        sql.add(QStringLiteral("SELECT o.id, o.stage, o.stage_entered_at FROM (") + driver->text
                    + QStringLiteral(") d CROSS JOIN orders o INDEXED BY orders_board_id ON o.id = d.id WHERE 1"),
                driver->binds);
        addOrderFilters(sql, f);
    }
    Statement st(db, sql.text);
    bindAll(st, sql.binds);
    st.run();
    signatures.insert(db.handle(), signature);
}

// Which board index a column page walks: the one of the set filter (market, currency or carrier)
// that leaves the fewest orders of the stage, by the summary table; the stage's own index without
// one. Every board index holds every filter column (migration 008), so the walk tests the other
// filters without reading the table. A supplier id is left to SQLite (orders_supplier: a
// supplier's few thousand orders, sorted).
QString boardIndexHint(Database &db, const FulfilmentFilter &f, OrderStage stage)
{
    if (!f.supplierId.isEmpty())
        return {};
    struct Dimension {
        const char *column;
        const char *index;
        const QString &value;
    };
    const Dimension dimensions[] = {{"market", "orders_board_market", f.market},
                                    {"currency", "orders_board_currency", f.currency},
                                    {"carrier", "orders_board_carrier", f.carrier}};
    QString best = QStringLiteral("orders_board_stage");
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const Dimension &d : dimensions) {
        if (d.value.isEmpty())
            continue;
        Statement count(db, QStringLiteral("SELECT coalesce(sum(n), 0) FROM order_board_counts WHERE stage = ? AND %1 = ?")
                                .arg(QLatin1StringView(d.column)));
        count.bind(1, toCode(stage)).bind(2, d.value);
        count.step();
        if (count.columnInt64(0) < fewest) {
            fewest = count.columnInt64(0);
            best = QString::fromLatin1(d.index);
        }
    }
    return QStringLiteral(" INDEXED BY ") + best;
}

} // namespace

std::array<qint64, 9> readBoardCounts(Database &db, const FulfilmentFilter &f, qint64 nowMs)
{
    if (f.slaBreached && onlyMarketFilter(f))
        return breachedCounts(db, f.market, nowMs);
    std::array<qint64, 9> counts{};
    Sql sql;
    if (isDriven(f)) {
        materialise(db, f, nowMs);
        sql.add(QStringLiteral("SELECT stage, count(*) FROM temp.board_ids GROUP BY stage"));
    } else if (f.supplierId.isEmpty()) {
        sql.add(QStringLiteral("SELECT stage, sum(n) FROM order_board_counts WHERE 1"));
        if (!f.market.isEmpty())
            sql.add(QStringLiteral(" AND market = ?"), {f.market});
        if (!f.currency.isEmpty())
            sql.add(QStringLiteral(" AND currency = ?"), {f.currency});
        if (!f.carrier.isEmpty())
            sql.add(QStringLiteral(" AND carrier = ?"), {f.carrier});
        if (!f.supplierTier.isEmpty())
            sql.add(QStringLiteral(" AND supplier_tier = ?"), {f.supplierTier});
        sql.add(QStringLiteral(" GROUP BY stage"));
    } else {
        sql.add(QStringLiteral("SELECT o.stage, count(*) FROM orders o WHERE 1"));
        addOrderFilters(sql, f);
        sql.add(QStringLiteral(" GROUP BY o.stage"));
    }
    Statement st(db, sql.text);
    bindAll(st, sql.binds);
    while (st.step()) {
        const int i = stageIndex(st.columnText(0));
        if (i >= 0)
            counts[size_t(i)] = st.columnInt64(1);
    }
    return counts;
}

BoardPage readBoardPage(Database &db, const FulfilmentFilter &f, OrderStage stage, const std::optional<BoardKey> &after,
                        qint64 nowMs, int pageSize)
{
    Sql sql;
    if (f.slaBreached && onlyMarketFilter(f)) {
        const Sql ids = breachedPageIds(db, f.market, stage, after, nowMs, pageSize + 1);
        sql.add(QStringLiteral("SELECT ") + kCardColumns + QStringLiteral(" FROM (") + ids.text
                    + QStringLiteral(") d CROSS JOIN orders o ON o.id = d.id ORDER BY o.stage_entered_at, o.id"),
                ids.binds);
        return readCards(db, sql, stage, pageSize);
    }
    if (isDriven(f)) {
        materialise(db, f, nowMs);
        // The page's ids from the read set (filters applied there), then their rows.
        Sql ids;
        ids.add(QStringLiteral("SELECT id FROM temp.board_ids WHERE stage = ?"), {toCode(stage)});
        if (after) {
            if (after->stageEnteredAtMs)
                ids.add(QStringLiteral(" AND (t, id) > (?, ?)"), {*after->stageEnteredAtMs, after->id});
            else
                ids.add(QStringLiteral(" AND (t IS NOT NULL OR id > ?)"), {after->id});
        }
        ids.add(QStringLiteral(" ORDER BY t, id LIMIT ?"), {qint64(pageSize + 1)});
        sql.add(QStringLiteral("SELECT ") + kCardColumns + QStringLiteral(" FROM (") + ids.text
                    + QStringLiteral(") d CROSS JOIN orders o ON o.id = d.id ORDER BY o.stage_entered_at, o.id"),
                ids.binds);
        return readCards(db, sql, stage, pageSize);
    }
    // The page's ids first, tested inside a board index (migration 008), then only their rows.
    Sql ids;
    ids.add(QStringLiteral("SELECT o.id FROM orders o") + boardIndexHint(db, f, stage) + QStringLiteral(" WHERE o.stage = ?"),
            {toCode(stage)});
    addOrderFilters(ids, f);
    if (after) {
        // NULL times sort first: after a NULL, the rest of the NULLs by id, then every timed row.
        if (after->stageEnteredAtMs)
            ids.add(QStringLiteral(" AND (o.stage_entered_at, o.id) > (?, ?)"), {*after->stageEnteredAtMs, after->id});
        else
            ids.add(QStringLiteral(" AND (o.stage_entered_at IS NOT NULL OR o.id > ?)"), {after->id});
    }
    ids.add(QStringLiteral(" ORDER BY o.stage_entered_at, o.id LIMIT ?"), {qint64(pageSize + 1)});
    sql.add(QStringLiteral("SELECT ") + kCardColumns + QStringLiteral(" FROM (") + ids.text
                + QStringLiteral(") d CROSS JOIN orders o ON o.id = d.id ORDER BY o.stage_entered_at, o.id"),
            ids.binds);
    return readCards(db, sql, stage, pageSize);
}

BoardSnapshot readBoard(Database &db, const FulfilmentFilter &f, qint64 nowMs, int pageSize)
{
    BoardSnapshot s;
    s.counts = readBoardCounts(db, f, nowMs);
    for (size_t i = 0; i < kBoardStages.size(); ++i) {
        if (s.counts[i] == 0) {
            BoardPage empty;
            empty.stage = kBoardStages[i];
            empty.exhausted = true;
            s.firstPages << empty;
        } else {
            s.firstPages << readBoardPage(db, f, kBoardStages[i], std::nullopt, nowMs, pageSize);
        }
    }
    return s;
}

QHash<QString, QStringList> readPendingTypes(Database &db, const QStringList &targets)
{
    QHash<QString, QStringList> out;
    if (targets.isEmpty())
        return out;
    // The outbox is small (pending intents only); one pass beats a query per target.
    Statement st(db, QStringLiteral("SELECT target, type FROM outbox WHERE state IN ('pending', 'in_flight') ORDER BY seq"));
    const QSet<QString> wanted(targets.begin(), targets.end());
    while (st.step()) {
        const QString target = st.columnText(0);
        if (wanted.contains(target))
            out[target] << st.columnText(1);
    }
    return out;
}

} // namespace wk::fulfilment
