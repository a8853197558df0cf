#include "OverviewQuery.h"

#include "rules/Guarantee.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QMap>

namespace wk {

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

QList<CodeCount> codeCounts(Database &db, const QString &sql)
{
    Statement st(db, sql);
    QList<CodeCount> out;
    while (st.step())
        out.append({st.columnText(0), st.columnInt64(1)});
    return out;
}

SlaCounts slaCounts(Database &db, const QString &table, const QString &openStatuses, qint64 now, qint64 soon)
{
    // The (status, sla_due_at, id) index serves the range; the sums split it.
    Statement st(db, QStringLiteral("SELECT ifnull(sum(sla_due_at < ?1), 0), ifnull(sum(sla_due_at >= ?1), 0) FROM %1 "
                                    "WHERE status IN (%2) AND sla_due_at < ?2")
                         .arg(table, openStatuses));
    st.bind(1, now).bind(2, soon);
    st.step();
    return {st.columnInt64(0), st.columnInt64(1)};
}

QStringList ids(Database &db, const QString &sql, qint64 from, qint64 to)
{
    Statement st(db, sql);
    st.bind(1, from).bind(2, to).bind(3, OverviewQuery::kAlertIds);
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

// Sums Guarantee::breakdown(goods, shipping).fullRefund per currency over the rows of `st`
// (currency, goods_minor, shipping_minor); returns how many orders it summed.
qint64 sumFullRefunds(Statement &st, QList<Money> *totals)
{
    QMap<QString, Money> byCurrency;
    qint64 orders = 0;
    while (st.step()) {
        const QString currency = st.columnText(0);
        const auto refund = Guarantee::breakdown(Money(st.columnInt64(1), currency), Money(st.columnInt64(2), currency));
        if (!refund)
            continue;   // an unknown currency: the Fulfilment desk shows that order's own sentence
        ++orders;
        const Money sum = byCurrency.value(currency, Money(0, currency));
        byCurrency.insert(currency, sum.plus(refund->fullRefund).value_or(sum));
    }
    *totals = byCurrency.values();
    return orders;
}

ErrorRate rate(const QString &kind, qint64 errors, qint64 population, double low, double high)
{
    ErrorRate r;
    r.kind = kind;
    r.errors = errors;
    r.population = population;
    r.expectedLow = low;
    r.expectedHigh = high;
    return r;
}
} // namespace

bool ErrorRate::drifting() const
{
    if (population < OverviewQuery::kMinPopulation)
        return false;
    const double o = observed();
    return o < expectedLow || o > expectedHigh;
}

double SupervisorThroughput::perHour() const { return double(decisions) / double(OverviewQuery::kThroughputHours); }

bool OverviewQuery::isUrgent(const QString &code)
{
    static const QStringList urgent{QStringLiteral("LOST"), QStringLiteral("DAMAGED"),
                                    QStringLiteral("QUALITY_COMPLAINT"), QStringLiteral("DELIVERED_NOT_RECEIVED"),
                                    QStringLiteral("WRONG_ITEM")};
    return urgent.contains(code);
}

QDateTime OverviewQuery::weekStartOf(const QDateTime &now)
{
    const QDate day = now.toUTC().date();
    return QDateTime(day.addDays(1 - day.dayOfWeek()), QTime(0, 0), Qt::UTC);
}

OverviewSnapshot OverviewQuery::read(Database &db, const QDateTime &nowTime)
{
    OverviewSnapshot s;
    s.at = nowTime.toUTC();
    const qint64 now = s.at.toMSecsSinceEpoch();
    const qint64 soon = now + std::chrono::milliseconds(kDueSoon).count();
    const qint64 imminent = now + std::chrono::milliseconds(kImminent).count();
    const QString reviewOpen = QStringLiteral("'open', 'claimed'");
    const QString exceptionOpen = QStringLiteral("'open'");

    // One snapshot of the file for every figure: a page applied meanwhile must not make them disagree.
    Transaction read(db, Transaction::Kind::Deferred);

    s.queueByKind = codeCounts(db, QStringLiteral("SELECT kind, count(*) FROM review_items "
                                                  "WHERE status IN ('open', 'claimed') GROUP BY kind "
                                                  "ORDER BY count(*) DESC, kind"));
    for (const CodeCount &c : std::as_const(s.queueByKind))
        s.queueTotal += c.count;
    s.queueByReason = codeCounts(db, QStringLiteral("SELECT f.code, count(*) FROM review_items r CROSS JOIN flag_reasons f "
                                                    "ON r.flag_mask & f.bit WHERE r.status IN ('open', 'claimed') "
                                                    "GROUP BY f.code ORDER BY count(*) DESC, f.code"));
    s.reviewSla = slaCounts(db, QStringLiteral("review_items"), reviewOpen, now, soon);
    s.exceptionSla = slaCounts(db, QStringLiteral("order_exceptions"), exceptionOpen, now, soon);

    // Error rates: what the AI got wrong per kind of work, against what it produced.
    qint64 products = 0, orders = 0, ordersWithException = 0;
    {
        Statement st(db, QStringLiteral("SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM orders), "
                                        "(SELECT count(DISTINCT order_id) FROM order_exceptions)"));
        st.step();
        products = st.columnInt64(0);
        orders = st.columnInt64(1);
        ordersWithException = st.columnInt64(2);
    }
    QMap<QString, qint64> flagged;
    for (const CodeCount &c : codeCounts(db, QStringLiteral("SELECT kind, count(*) FROM review_items "
                                                            "WHERE decision IS NULL OR decision <> 'approve' "
                                                            "GROUP BY kind")))
        flagged.insert(c.code, c.count);
    if (products > 0) {
        s.errorRates << rate(QStringLiteral("image"), flagged.value(QStringLiteral("image")),
                             products * kImagesPerProduct, 0.01, 0.10)
                     << rate(QStringLiteral("video"), flagged.value(QStringLiteral("video")),
                             products * kVideosPerProduct, 0.20, 0.40)
                     << rate(QStringLiteral("copy"), flagged.value(QStringLiteral("copy")),
                             products * kCopiesPerProduct, 0.0, 0.01);
    }
    if (orders > 0)
        s.errorRates << rate(QStringLiteral("logistics"), ordersWithException, orders, 0.01, 0.03);

    // Throughput: review decisions per supervisor in the last shift, by hour.
    {
        const qint64 start = now - kThroughputHours * kHourMs;
        Statement st(db, QStringLiteral("SELECT decided_by, (decided_at - ?1) / 3600000, count(*) FROM review_items "
                                        "WHERE decided_at >= ?1 AND decided_at < ?2 AND decided_by IS NOT NULL "
                                        "AND decided_by <> '' GROUP BY 1, 2 ORDER BY 1"));
        st.bind(1, start).bind(2, now);
        QMap<QString, SupervisorThroughput> bySupervisor;
        while (st.step()) {
            SupervisorThroughput &t = bySupervisor[st.columnText(0)];
            t.supervisor = st.columnText(0);
            if (t.hourly.isEmpty())
                t.hourly.resize(kThroughputHours);
            const int hour = std::clamp(st.columnInt(1), 0, kThroughputHours - 1);
            t.hourly[hour] += st.columnInt64(2);
            t.decisions += st.columnInt64(2);
        }
        s.throughput = bySupervisor.values();
        std::stable_sort(s.throughput.begin(), s.throughput.end(),
                         [](const auto &a, const auto &b) { return a.decisions > b.decisions; });
    }

    s.exceptionsByCode = codeCounts(db, QStringLiteral("SELECT code, count(*) FROM order_exceptions WHERE status = 'open' "
                                                       "GROUP BY code ORDER BY count(*) DESC, code"));
    for (const CodeCount &c : std::as_const(s.exceptionsByCode))
        s.openExceptions += c.count;

    // The guarantee this week: refunds paid, and what the exceptions opened this week could cost.
    s.weekStart = weekStartOf(s.at);
    {
        Statement st(db, QStringLiteral("SELECT currency, goods_minor, shipping_minor FROM orders "
                                        "WHERE stage = 'refunded' AND stage_entered_at >= ?1 AND stage_entered_at < ?2"));
        st.bind(1, s.weekStart.toMSecsSinceEpoch()).bind(2, now);
        s.refundedThisWeek = sumFullRefunds(st, &s.guaranteeCostThisWeek);
    }
    {
        Statement st(db, QStringLiteral("SELECT currency, goods_minor, shipping_minor FROM orders WHERE id IN "
                                        "(SELECT order_id FROM order_exceptions WHERE status = 'open' "
                                        "AND opened_at >= ?1 AND opened_at < ?2)"));
        st.bind(1, s.weekStart.toMSecsSinceEpoch()).bind(2, now);
        s.atRiskOrders = sumFullRefunds(st, &s.guaranteeAtRisk);
    }

    QStringList urgentCodes;
    for (const CodeCount &c : std::as_const(s.exceptionsByCode))
        if (isUrgent(c.code))
            urgentCodes << QLatin1Char('\'') + c.code + QLatin1Char('\'');
    if (!urgentCodes.isEmpty()) {
        // The codes are our own constants (isUrgent), never user text.
        Statement st(db, QStringLiteral("SELECT id, code FROM order_exceptions WHERE status = 'open' AND code IN (%1) "
                                        "ORDER BY opened_at DESC LIMIT ?1")
                             .arg(urgentCodes.join(QLatin1Char(','))));
        st.bind(1, kAlertIds);
        while (st.step()) {
            s.urgentExceptionIds << st.columnText(0);
            s.urgentExceptionCodes << st.columnText(1);
        }
    }
    s.imminentReviewIds = ids(db, QStringLiteral("SELECT id FROM review_items WHERE status IN ('open', 'claimed') "
                                                 "AND sla_due_at >= ?1 AND sla_due_at < ?2 ORDER BY sla_due_at LIMIT ?3"),
                              now, imminent);
    s.imminentExceptionIds = ids(db, QStringLiteral("SELECT id FROM order_exceptions WHERE status = 'open' "
                                                    "AND sla_due_at >= ?1 AND sla_due_at < ?2 ORDER BY sla_due_at LIMIT ?3"),
                                 now, imminent);
    return s;
}

} // namespace wk
