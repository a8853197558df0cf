#include "itemmodels/SupplierQueries.h"

#include "itemmodels/SupplierScoring.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Codecs.h"

#include <QDateTime>
#include <QJsonDocument>

namespace wk {

namespace {
QString sortColumn(SupplierSortKey k)
{
    switch (k) {
    case SupplierSortKey::Name: return QStringLiteral("name COLLATE NOCASE");
    case SupplierSortKey::Score: return QStringLiteral("score");
    case SupplierSortKey::Volume: return QStringLiteral("volume");
    case SupplierSortKey::DefectRate: return QStringLiteral("defect_rate");
    case SupplierSortKey::OnTimeRate: return QStringLiteral("on_time_rate");
    case SupplierSortKey::LeadTime: return QStringLiteral("lead_time_hours");
    case SupplierSortKey::ExceptionRate: return QStringLiteral("exception_rate");
    }
    return QStringLiteral("score");
}

QString likePattern(const QString &search)
{
    QString s = search.trimmed();
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    s.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + s + QLatin1Char('%');
}

// WHERE clause without the tier; ?2 = search pattern, ?3 = supplier id.
QString filterSql(const QString &search, const QString &supplierId)
{
    QString sql;
    if (!search.trimmed().isEmpty())
        sql += QStringLiteral(" AND (name LIKE ?2 ESCAPE '\\' OR name_zh LIKE ?2 ESCAPE '\\' "
                              "OR supplier_id LIKE ?2 ESCAPE '\\')");
    if (!supplierId.isEmpty())
        sql += QStringLiteral(" AND supplier_id = ?3");
    return sql;
}

void bindFilter(Statement &st, const QString &search, const QString &supplierId)
{
    if (!search.trimmed().isEmpty())
        st.bind(2, likePattern(search));
    if (!supplierId.isEmpty())
        st.bind(3, supplierId);
}

std::optional<double> optionalAt(const Statement &st, int col)
{
    return st.columnIsNull(col) ? std::nullopt : std::optional(st.columnDouble(col));
}

QDateTime msAt(const Statement &st, int col)
{
    return st.columnIsNull(col) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.columnInt64(col), Qt::UTC);
}
} // namespace

qint64 countTier(Database &db, const TierQuery &q)
{
    Statement st(db, QStringLiteral("SELECT count(*) FROM supplier_scores WHERE tier = ?1") + filterSql(q.search, q.supplierId));
    st.bind(1, toCode(q.tier));
    bindFilter(st, q.search, q.supplierId);
    return st.step() ? st.columnInt64(0) : 0;
}

QList<SupplierListRow> tierPage(Database &db, const TierQuery &q, int offset, int limit)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    Statement st(db, QStringLiteral("SELECT supplier_id, name, name_zh, status, score, standing, volume, defect_rate, "
                                    "on_time_rate, lead_time_hours, exception_rate, media_reject_rate, "
                                    "(SELECT type || ' ' || payload FROM outbox o WHERE o.target = supplier_id "
                                    " AND o.state IN ('pending', 'in_flight') AND o.type LIKE 'supplier.%' "
                                    " ORDER BY o.seq DESC LIMIT 1) "
                                    "FROM supplier_scores WHERE tier = ?1")
                         + filterSql(q.search, q.supplierId) + QStringLiteral(" ORDER BY ") + sortColumn(q.sort) + dir
                         + QStringLiteral(", supplier_id") + dir + QStringLiteral(" LIMIT ?4 OFFSET ?5"));
    st.bind(1, toCode(q.tier));
    bindFilter(st, q.search, q.supplierId);
    st.bind(4, limit).bind(5, offset);
    QList<SupplierListRow> rows;
    rows.reserve(limit);
    while (st.step()) {
        SupplierListRow r;
        r.id = st.columnText(0);
        r.name = st.columnText(1);
        r.nameZh = st.columnText(2);
        r.status = fromCode<SupplierStatus>(st.columnText(3)).value_or(SupplierStatus::Active);
        r.score = optionalAt(st, 4);
        const QString standing = st.columnText(5);
        for (int s = 0; s <= int(Standing::NoData); ++s)
            if (standingCode(Standing(s)) == standing)
                r.standing = Standing(s);
        r.volume = st.columnInt(6);
        r.defectRate = optionalAt(st, 7);
        r.onTimeRate = optionalAt(st, 8);
        r.leadTimeHours = optionalAt(st, 9);
        r.exceptionRate = optionalAt(st, 10);
        r.mediaRejectRate = optionalAt(st, 11);
        if (!st.columnIsNull(12)) {
            const QString pending = st.columnText(12);
            r.pendingType = pending.section(QLatin1Char(' '), 0, 0);
            r.pendingPayload = QJsonDocument::fromJson(pending.section(QLatin1Char(' '), 1).toUtf8()).object();
        }
        rows << r;
    }
    return rows;
}

std::array<qint64, 3> tierCounts(Database &db, const QString &search, const QString &supplierId)
{
    std::array<qint64, 3> counts{};
    Statement st(db, QStringLiteral("SELECT tier, count(*) FROM supplier_scores WHERE 1") + filterSql(search, supplierId)
                         + QStringLiteral(" GROUP BY tier"));
    bindFilter(st, search, supplierId);
    while (st.step())
        if (const auto tier = fromCode<SupplierTier>(st.columnText(0)))
            counts[size_t(*tier)] = st.columnInt64(1);
    return counts;
}

SupplierDetail loadSupplierDetail(Database &db, const QString &supplierId)
{
    SupplierDetail d;
    {
        Statement st(db, QStringLiteral("SELECT data, version FROM suppliers WHERE id = ?1"));
        st.bind(1, supplierId);
        if (!st.step())
            return d;
        d.supplier = codec::decodeSupplier(QJsonDocument::fromJson(st.columnText(0).toUtf8()).object());
        d.supplier.version = st.columnInt64(1);
        d.found = true;
    }
    PeriodKind kind = PeriodKind::Week;
    {
        Statement st(db, QStringLiteral("SELECT key, value FROM supplier_scores_meta"));
        while (st.step()) {
            if (st.columnText(0) == QLatin1String("as_of"))
                d.asOf = QDate::fromString(st.columnText(1), Qt::ISODate);
            else if (st.columnText(0) == QLatin1String("period_kind"))
                kind = fromCode<PeriodKind>(st.columnText(1)).value_or(PeriodKind::Week);
        }
    }
    if (!d.asOf.isValid())
        d.asOf = currentPeriodStart(db, kind);
    d.spec = ScorecardSpec::defaults(d.supplier.tier, kind);

    TierBaseline baseline;
    {
        Statement st(db, QStringLiteral("SELECT criterion, events, trials FROM supplier_tier_baselines WHERE tier = ?1"));
        st.bind(1, toCode(d.supplier.tier));
        while (st.step())
            if (const auto c = criterionFromCode(st.columnText(0)))
                baseline.setSum(*c, {st.columnDouble(1), st.columnDouble(2)});
    }
    QList<PeriodCounts> periods;
    {
        Statement st(db, QStringLiteral("SELECT period_start, orders, on_time, defects, exceptions, lead_time_hours_sum, "
                                        "media_reviewed, media_rejected FROM supplier_metrics INDEXED BY supplier_metrics_period "
                                        "WHERE supplier_id = ?1 AND period_kind = 'week' ORDER BY period_start"));
        st.bind(1, supplierId);
        while (st.step()) {
            PeriodCounts p = metricCounts(st, 1);
            const QDate week = QDate::fromString(st.columnText(0), Qt::ISODate);
            p.start = kind == PeriodKind::Week ? week : QDate(week.year(), week.month(), 1);
            periods << p;
        }
    }
    const QDate newestWeek = newestMetricsWeek(db);
    if (newestWeek.isValid()) {
        const auto live = liveFeedback(db, newestWeek.addDays(7), d.asOf, supplierId);
        if (live.contains(supplierId))
            periods << live.value(supplierId);
    }
    d.card = computeScorecard(accumulate(periods, d.asOf, d.spec), baseline, d.spec);
    d.trend = scoreTrend(periods, d.asOf, baseline, d.spec, 12);
    for (int age = 11; age >= 0; --age)
        d.trendPeriods << periodStartBefore(d.asOf, age, kind);
    {
        Statement st(db, QStringLiteral("SELECT e.code, count(*) FROM order_exceptions e JOIN orders o ON o.id = e.order_id "
                                        "WHERE o.supplier_id = ?1 GROUP BY e.code ORDER BY count(*) DESC, e.code"));
        st.bind(1, supplierId);
        while (st.step())
            d.exceptionsByCode << qMakePair(st.columnText(0), st.columnInt(1));
    }
    {
        const QStringList defects = defectExceptionCodes();
        Statement st(db, QStringLiteral("SELECT e.id, e.order_id, e.code, e.opened_at FROM order_exceptions e "
                                        "JOIN orders o ON o.id = e.order_id WHERE o.supplier_id = ?1 "
                                        "ORDER BY e.opened_at DESC LIMIT 30"));
        st.bind(1, supplierId);
        while (st.step()) {
            FeedbackItem f;
            f.kind = FeedbackItem::Kind::Exception;
            f.id = st.columnText(0);
            f.orderId = st.columnText(1);
            f.code = st.columnText(2);
            f.at = msAt(st, 3);
            f.defect = defects.contains(f.code);
            d.feedback << f;
        }
    }
    {
        Statement st(db, QStringLiteral("SELECT id, kind, title, decided_at FROM review_items "
                                        "WHERE supplier_id = ?1 AND decision = 'reject' ORDER BY decided_at DESC LIMIT 30"));
        st.bind(1, supplierId);
        while (st.step()) {
            FeedbackItem f;
            f.kind = FeedbackItem::Kind::ReviewItem;
            f.id = st.columnText(0);
            f.code = st.columnText(1);
            f.title = st.columnText(2);
            f.at = msAt(st, 3);
            f.defect = true;
            d.feedback << f;
        }
    }
    {
        Statement st(db, QStringLiteral("SELECT count(*) FROM outbox WHERE target = ?1 AND state IN ('pending', 'in_flight')"));
        st.bind(1, supplierId);
        if (st.step())
            d.pendingCommands = st.columnInt(0);
    }
    return d;
}

SupplierImpact loadImpact(Database &db, const QString &supplierId)
{
    SupplierImpact impact;
    impact.supplierId = supplierId;
    {
        Statement st(db, QStringLiteral("SELECT count(*) FROM orders WHERE supplier_id = ?1 "
                                        "AND stage NOT IN ('delivered', 'returned', 'refunded')"));
        st.bind(1, supplierId);
        if (st.step())
            impact.openOrders = st.columnInt64(0);
    }
    {
        Statement st(db, QStringLiteral(
            "SELECT count(DISTINCT p.sku) FROM products p WHERE p.supplier_id = ?1 AND NOT EXISTS ("
            "SELECT 1 FROM products q JOIN suppliers s ON s.id = q.supplier_id "
            "WHERE q.sku = p.sku AND q.supplier_id <> ?1 AND s.status = 'active')"));
        st.bind(1, supplierId);
        if (st.step())
            impact.soleSourceSkus = st.columnInt64(0);
    }
    {
        Statement st(db, QStringLiteral("SELECT count(*) FROM review_items WHERE supplier_id = ?1 "
                                        "AND status IN ('open', 'claimed')"));
        st.bind(1, supplierId);
        if (st.step())
            impact.liveReviewItems = st.columnInt64(0);
    }
    return impact;
}

QList<ScatterPoint> scatterPoints(Database &db, SupplierTier tier, int limit)
{
    Statement st(db, limit > 0 ? QStringLiteral(
                         "SELECT round(on_time_rate * 200) / 200, round(defect_rate * 1000) / 1000, count(*) AS n "
                         "FROM supplier_scores WHERE tier = ?1 AND on_time_rate IS NOT NULL AND defect_rate IS NOT NULL "
                         "GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?2")
                               : QStringLiteral(
                         "SELECT on_time_rate, defect_rate, 1 FROM supplier_scores "
                         "WHERE tier = ?1 AND on_time_rate IS NOT NULL AND defect_rate IS NOT NULL"));
    st.bind(1, toCode(tier));
    if (limit > 0)
        st.bind(2, limit);
    QList<ScatterPoint> points;
    while (st.step())
        points << ScatterPoint{st.columnDouble(0), st.columnDouble(1), st.columnInt(2)};
    return points;
}

} // namespace wk
