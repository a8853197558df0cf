#include "itemmodels/SupplierScoring.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <cmath>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcScoring, "wk.suppliers.scoring")

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

std::optional<double> rate(const Scorecard &card, Criterion c)
{
    for (const CriterionScore &s : card.criteria)
        if (s.criterion == c)
            return s.rawValue;
    return std::nullopt;
}

void bindRate(Statement &st, int index, std::optional<double> v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bindNull(index);
}
} // namespace

void tuneForScoring(Database &db) { db.exec(QStringLiteral("PRAGMA cache_size = -65536")); }

QStringList defectExceptionCodes()
{
    return {toCode(ExceptionCode::QualityComplaint), toCode(ExceptionCode::Damaged), toCode(ExceptionCode::WrongItem)};
}

QDate currentPeriodStart(Database &db, PeriodKind kind)
{
    // The platform reports weekly metrics; months are rolled up from them.
    Statement st(db, QStringLiteral("SELECT max(period_start) FROM supplier_metrics WHERE period_kind = 'week'"));
    QDate newestWeek;
    if (st.step() && !st.columnIsNull(0))
        newestWeek = QDate::fromString(st.columnText(0), Qt::ISODate);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate week = newestWeek.isValid() ? newestWeek.addDays(7) : today.addDays(1 - today.dayOfWeek());
    return periodOf(week, kind);
}

QHash<QString, PeriodCounts> liveFeedback(Database &db, const QDate &since, const QDate &periodStart,
                                          const QString &supplierId)
{
    QHash<QString, PeriodCounts> out;
    const qint64 fromMs = startOfDayMs(since);
    const bool one = !supplierId.isEmpty();
    auto at = [&](const QString &id) -> PeriodCounts & {
        PeriodCounts &p = out[id];
        p.start = periodStart;
        return p;
    };
    {
        // Orders placed in the current period: trials for defects and exceptions. Their delivery
        // time is not known yet, so they are not timed orders.
        Statement st(db, one ? QStringLiteral("SELECT supplier_id, count(*) FROM orders WHERE supplier_id = ?2 "
                                              "AND placed_at >= ?1 GROUP BY supplier_id")
                             : QStringLiteral("SELECT supplier_id, count(*) FROM orders WHERE placed_at >= ?1 "
                                              "GROUP BY supplier_id"));
        st.bind(1, fromMs);
        if (one)
            st.bind(2, supplierId);
        while (st.step())
            at(st.columnText(0)).orders += st.columnInt(1);
    }
    {
        Statement st(db, QStringLiteral("SELECT o.supplier_id, sum(e.code IN (%1)), count(*) FROM order_exceptions e "
                                        "JOIN orders o ON o.id = e.order_id WHERE e.opened_at >= ?1 %2 "
                                        "GROUP BY o.supplier_id")
                             .arg(codeList(defectExceptionCodes()),
                                  one ? QStringLiteral("AND o.supplier_id = ?2") : QString()));
        st.bind(1, fromMs);
        if (one)
            st.bind(2, supplierId);
        while (st.step()) {
            PeriodCounts &p = at(st.columnText(0));
            p.defects += st.columnInt(1);
            p.exceptions += st.columnInt(2);
        }
    }
    {
        Statement st(db, QStringLiteral("SELECT supplier_id, count(*), sum(decision = 'reject') FROM review_items "
                                        "WHERE decided_at >= ?1 AND decision IS NOT NULL %1 GROUP BY supplier_id")
                             .arg(one ? QStringLiteral("AND supplier_id = ?2") : QString()));
        st.bind(1, fromMs);
        if (one)
            st.bind(2, supplierId);
        while (st.step()) {
            PeriodCounts &p = at(st.columnText(0));
            p.mediaReviewed += st.columnInt(1);
            p.mediaRejected += st.columnInt(2);
        }
    }
    return out;
}

ScoringResult computeAllScores(Database &db, PeriodKind kind)
{
    ScoringResult r;
    r.kind = kind;
    QElapsedTimer timer;   // each stage's time at debug level: wk.suppliers.scoring.debug=true
    timer.start();
    const QDate newestWeekEnd = [&] {
        Statement st(db, QStringLiteral("SELECT max(period_start) FROM supplier_metrics WHERE period_kind = 'week'"));
        QDate d;
        if (st.step() && !st.columnIsNull(0))
            d = QDate::fromString(st.columnText(0), Qt::ISODate).addDays(7);
        return d;
    }();
    r.asOf = currentPeriodStart(db, kind);
    std::array<ScorecardSpec, 3> specs{ScorecardSpec::defaults(SupplierTier::PalletTrader, kind),
                                       ScorecardSpec::defaults(SupplierTier::DirectFactory, kind),
                                       ScorecardSpec::defaults(SupplierTier::LongTail1688, kind)};

    qCDebug(lcScoring) << "period found" << timer.restart() << "ms";
    QHash<QString, int> index;
    QList<WindowTotals> totals;
    {
        Statement st(db, QStringLiteral("SELECT id, name, name_zh, tier, status FROM suppliers INDEXED BY suppliers_scoring"));
        while (st.step()) {
            SupplierScoreRow row;
            row.id = st.columnText(0);
            row.name = st.columnText(1);
            row.nameZh = st.columnText(2);
            row.tier = fromCode<SupplierTier>(st.columnText(3)).value_or(SupplierTier::LongTail1688);
            row.status = fromCode<SupplierStatus>(st.columnText(4)).value_or(SupplierStatus::Active);
            index.insert(row.id, int(r.rows.size()));
            r.rows << row;
        }
        totals.resize(r.rows.size());
    }
    qCDebug(lcScoring) << r.rows.size() << "suppliers read" << timer.restart() << "ms";
    {
        // Only the window's weeks: 12 of 24 stored periods are read.
        const QDate windowStart = periodStartBefore(r.asOf, specs[0].periods - 1, kind);
        Statement st(db, QStringLiteral(
            "SELECT supplier_id, period_start, orders, on_time, defects, exceptions, lead_time_hours_sum, "
            "media_reviewed, media_rejected FROM supplier_metrics WHERE period_kind = 'week' AND period_start >= ?1"));
        st.bind(1, windowStart.toString(Qt::ISODate));
        QString lastId;
        int last = -1;
        while (st.step()) {
            const QString id = st.columnText(0);
            if (id != lastId) {
                last = index.value(id, -1);
                lastId = id;
            }
            if (last < 0)
                continue;   // metrics of a supplier the cache does not hold (yet)
            PeriodCounts p;
            p.start = periodOf(QDate::fromString(st.columnText(1), Qt::ISODate), kind);
            p.orders = p.timedOrders = st.columnInt(2);
            p.onTime = st.columnInt(3);
            p.defects = st.columnInt(4);
            p.exceptions = st.columnInt(5);
            p.leadTimeHoursSum = st.columnInt64(6);
            p.mediaReviewed = st.columnInt(7);
            p.mediaRejected = st.columnInt(8);
            addPeriod(totals[last], p, r.asOf, specs[size_t(r.rows.at(last).tier)]);
        }
    }
    qCDebug(lcScoring) << "metrics read" << timer.restart() << "ms";
    if (newestWeekEnd.isValid()) {
        const auto live = liveFeedback(db, newestWeekEnd, r.asOf);
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            const int i = index.value(it.key(), -1);
            if (i >= 0)
                addPeriod(totals[i], it.value(), r.asOf, specs[size_t(r.rows.at(i).tier)]);
        }
    }
    qCDebug(lcScoring) << "feedback read" << timer.restart() << "ms";
    for (qsizetype i = 0; i < r.rows.size(); ++i)
        r.baselines[size_t(r.rows.at(i).tier)].add(totals.at(i));
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const size_t t = size_t(r.rows.at(i).tier);
        r.rows[i].card = computeScorecard(totals.at(i), r.baselines[t], specs[t]);
    }
    qCDebug(lcScoring) << "scored" << timer.restart() << "ms";
    return r;
}

namespace {
// What the tier view shows of a score, as stored: a row is rewritten only when this changes.
// Scores are stored as the whole points the list shows (the scorecard panel recomputes the exact
// one): new data for 1% of the suppliers moves their tiers' means, and with them most small
// sellers' shrunk scores by a fraction of a point; storing those fractions rewrote 36,000 of
// 50,000 rows (eight indexes each) per sync in tests/bench/bench_suppliers.
struct StoredScore {
    QString tier, status, name, nameZh, standing;
    std::optional<double> score, defects, onTime, leadTime, exceptions, mediaRejects;
    int volume = 0;
    bool operator==(const StoredScore &) const = default;
};

std::optional<double> rounded(std::optional<double> v, double unit)
{
    return v ? std::optional(std::round(*v / unit) * unit) : std::nullopt;
}

StoredScore storedFrom(const SupplierScoreRow &row)
{
    return {toCode(row.tier), toCode(row.status), row.name, row.nameZh, standingCode(row.card.standing),
            rounded(row.card.score, 1.0), rate(row.card, Criterion::Defects), rate(row.card, Criterion::OnTime),
            rate(row.card, Criterion::LeadTime), rate(row.card, Criterion::Exceptions),
            rate(row.card, Criterion::MediaRejects), row.card.orders};
}

std::optional<double> doubleAt(const Statement &st, int col)
{
    return st.columnIsNull(col) ? std::nullopt : std::optional(st.columnDouble(col));
}
} // namespace

int writeScores(Database &db, const ScoringResult &r)
{
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    QHash<QString, StoredScore> stored;
    {
        Statement st(db, QStringLiteral("SELECT supplier_id, tier, status, name, name_zh, standing, score, defect_rate, "
                                        "on_time_rate, lead_time_hours, exception_rate, media_reject_rate, volume "
                                        "FROM supplier_scores"));
        while (st.step())
            stored.insert(st.columnText(0),
                          {st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4), st.columnText(5),
                           doubleAt(st, 6), doubleAt(st, 7), doubleAt(st, 8), doubleAt(st, 9), doubleAt(st, 10),
                           doubleAt(st, 11), st.columnInt(12)});
    }
    Statement upsert(db, QStringLiteral(
        "INSERT INTO supplier_scores (supplier_id, tier, status, name, name_zh, score, standing, volume, "
        "defect_rate, on_time_rate, lead_time_hours, exception_rate, media_reject_rate) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
        "ON CONFLICT (supplier_id) DO UPDATE SET tier = excluded.tier, status = excluded.status, "
        "name = excluded.name, name_zh = excluded.name_zh, score = excluded.score, standing = excluded.standing, "
        "volume = excluded.volume, defect_rate = excluded.defect_rate, on_time_rate = excluded.on_time_rate, "
        "lead_time_hours = excluded.lead_time_hours, exception_rate = excluded.exception_rate, "
        "media_reject_rate = excluded.media_reject_rate"));
    int written = 0;
    for (const SupplierScoreRow &row : r.rows) {
        const StoredScore s = storedFrom(row);
        const auto it = stored.find(row.id);
        if (it != stored.end()) {
            const bool same = *it == s;
            stored.erase(it);
            if (same)
                continue;
        }
        upsert.bind(1, row.id).bind(2, s.tier).bind(3, s.status).bind(4, s.name).bind(5, s.nameZh);
        bindRate(upsert, 6, s.score);
        upsert.bind(7, s.standing).bind(8, s.volume);
        bindRate(upsert, 9, s.defects);
        bindRate(upsert, 10, s.onTime);
        bindRate(upsert, 11, s.leadTime);
        bindRate(upsert, 12, s.exceptions);
        bindRate(upsert, 13, s.mediaRejects);
        upsert.run();
        ++written;
    }
    if (!stored.isEmpty()) {   // suppliers the cache no longer holds
        Statement remove(db, QStringLiteral("DELETE FROM supplier_scores WHERE supplier_id = ?1"));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            remove.bind(1, it.key());
            remove.run();
            ++written;
        }
    }
    db.exec(QStringLiteral("DELETE FROM supplier_tier_baselines"));
    Statement base(db, QStringLiteral(
        "INSERT INTO supplier_tier_baselines (tier, criterion, events, trials) VALUES (?1, ?2, ?3, ?4)"));
    for (int t = 0; t < 3; ++t)
        for (int c = 0; c < kCriterionCount; ++c) {
            const Sample smp = r.baselines[size_t(t)].sum(Criterion(c));
            base.bind(1, toCode(SupplierTier(t))).bind(2, criterionCode(Criterion(c))).bind(3, smp.events).bind(4, smp.trials);
            base.run();
        }
    Statement meta(db, QStringLiteral("INSERT OR REPLACE INTO supplier_scores_meta (key, value) VALUES (?1, ?2)"));
    meta.bind(1, QStringLiteral("as_of")).bind(2, r.asOf.toString(Qt::ISODate));
    meta.run();
    meta.bind(1, QStringLiteral("period_kind")).bind(2, toCode(r.kind));
    meta.run();
    tx.commit();
    qCDebug(lcScoring) << written << "of" << r.rows.size() << "scores written" << timer.elapsed() << "ms";
    return written;
}

} // namespace wk
