#include "itemmodels/SupplierScoring.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>

namespace wk {

namespace {
qint64 startOfDayMs(const QDate &d) { return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); }

QString codeList(const QStringList &codes)
{
    QStringList quoted;
    for (const QString &c : codes)
        quoted << QLatin1Char('\'') + c + QLatin1Char('\'');
    return quoted.join(QLatin1Char(','));
}

QDate periodOf(const QDate &weekStart, PeriodKind kind)
{
    return kind == PeriodKind::Week ? weekStart : QDate(weekStart.year(), weekStart.month(), 1);
}

} // namespace

void tuneForScoring(Database &db) { db.exec(QStringLiteral("PRAGMA cache_size = -65536")); }

QStringList defectExceptionCodes()
{
    return {toCode(ExceptionCode::QualityComplaint), toCode(ExceptionCode::Damaged), toCode(ExceptionCode::WrongItem)};
}

PeriodCounts metricCounts(const Statement &row, int first)
{
    PeriodCounts p;
    p.orders = p.timedOrders = row.columnInt(first);
    p.onTime = row.columnInt(first + 1);
    p.defects = row.columnInt(first + 2);
    p.exceptions = row.columnInt(first + 3);
    p.leadTimeHoursSum = row.columnInt64(first + 4);
    p.mediaReviewed = row.columnInt(first + 5);
    p.mediaRejected = row.columnInt(first + 6);
    return p;
}

QDate newestMetricsWeek(Database &db)
{
    Statement st(db, QStringLiteral("SELECT max(period_start) FROM supplier_metrics WHERE period_kind = 'week'"));
    return st.step() && !st.columnIsNull(0) ? QDate::fromString(st.columnText(0), Qt::ISODate) : QDate();
}

QDate currentPeriodStart(Database &db, PeriodKind kind)
{
    // The platform reports weekly metrics; months are rolled up from them.
    const QDate newestWeek = newestMetricsWeek(db);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate week = newestWeek.isValid() ? newestWeek.addDays(7) : today.addDays(1 - today.dayOfWeek());
    return periodOf(week, kind);
}

QList<CurrentPeriodQuery> currentPeriodQueries(bool oneSupplier)
{
    const QString one = oneSupplier ? QStringLiteral("AND supplier_id = ?2") : QString();
    return {
        // Orders placed in the current period: trials for defects and exceptions. Their delivery
        // time is not known yet, so they are not timed orders.
        {QStringLiteral("SELECT supplier_id, count(*) FROM orders WHERE placed_at >= ?1 %1 "
                        "GROUP BY supplier_id ORDER BY supplier_id").arg(one),
         [](const Statement &st, PeriodCounts &p) { p.orders += st.columnInt(1); }},
        {QStringLiteral("SELECT o.supplier_id, sum(e.code IN (%1)), count(*) FROM order_exceptions e "
                        "JOIN orders o ON o.id = e.order_id WHERE e.opened_at >= ?1 %2 "
                        "GROUP BY o.supplier_id ORDER BY o.supplier_id")
             .arg(codeList(defectExceptionCodes()), oneSupplier ? QStringLiteral("AND o.supplier_id = ?2") : QString()),
         [](const Statement &st, PeriodCounts &p) {
             p.defects += st.columnInt(1);
             p.exceptions += st.columnInt(2);
         }},
        {QStringLiteral("SELECT supplier_id, count(*), sum(decision = 'reject') FROM review_items "
                        "WHERE decided_at >= ?1 AND decision IS NOT NULL %1 GROUP BY supplier_id ORDER BY supplier_id")
             .arg(one),
         [](const Statement &st, PeriodCounts &p) {
             p.mediaReviewed += st.columnInt(1);
             p.mediaRejected += st.columnInt(2);
         }}};
}

qint64 currentPeriodSinceMs(const QDate &since) { return startOfDayMs(since); }

QHash<QString, PeriodCounts> liveFeedback(Database &db, const QDate &since, const QDate &periodStart,
                                          const QString &supplierId)
{
    QHash<QString, PeriodCounts> out;
    const bool one = !supplierId.isEmpty();
    for (const CurrentPeriodQuery &q : currentPeriodQueries(one)) {
        Statement st(db, q.sql);
        st.bind(1, startOfDayMs(since));
        if (one)
            st.bind(2, supplierId);
        while (st.step()) {
            PeriodCounts &p = out[st.columnText(0)];
            p.start = periodStart;
            q.fill(st, p);
        }
    }
    return out;
}

} // namespace wk
