#include "itemmodels/SupplierScoring.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>

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

    QHash<QString, int> index;
    QList<WindowTotals> totals;
    {
        Statement st(db, QStringLiteral("SELECT id, name, name_zh, tier, status FROM suppliers"));
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
    if (newestWeekEnd.isValid()) {
        const auto live = liveFeedback(db, newestWeekEnd, r.asOf);
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            const int i = index.value(it.key(), -1);
            if (i >= 0)
                addPeriod(totals[i], it.value(), r.asOf, specs[size_t(r.rows.at(i).tier)]);
        }
    }
    for (qsizetype i = 0; i < r.rows.size(); ++i)
        r.baselines[size_t(r.rows.at(i).tier)].add(totals.at(i));
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const size_t t = size_t(r.rows.at(i).tier);
        r.rows[i].card = computeScorecard(totals.at(i), r.baselines[t], specs[t]);
    }
    return r;
}

void writeScores(Database &db, const ScoringResult &r)
{
    Transaction tx(db);
    db.exec(QStringLiteral("DELETE FROM supplier_scores; DELETE FROM supplier_tier_baselines;"));
    Statement ins(db, QStringLiteral(
        "INSERT INTO supplier_scores (supplier_id, tier, status, name, name_zh, score, standing, volume, "
        "defect_rate, on_time_rate, lead_time_hours, exception_rate, media_reject_rate) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"));
    for (const SupplierScoreRow &row : r.rows) {
        ins.bind(1, row.id)
            .bind(2, toCode(row.tier))
            .bind(3, toCode(row.status))
            .bind(4, row.name)
            .bind(5, row.nameZh)
            .bind(6, row.card.score)
            .bind(7, standingCode(row.card.standing))
            .bind(8, row.card.orders);
        bindRate(ins, 9, rate(row.card, Criterion::Defects));
        bindRate(ins, 10, rate(row.card, Criterion::OnTime));
        bindRate(ins, 11, rate(row.card, Criterion::LeadTime));
        bindRate(ins, 12, rate(row.card, Criterion::Exceptions));
        bindRate(ins, 13, rate(row.card, Criterion::MediaRejects));
        ins.run();
        ins.reset();
    }
    Statement base(db, QStringLiteral(
        "INSERT INTO supplier_tier_baselines (tier, criterion, events, trials) VALUES (?1, ?2, ?3, ?4)"));
    for (int t = 0; t < 3; ++t)
        for (int c = 0; c < kCriterionCount; ++c) {
            const Sample s = r.baselines[size_t(t)].sum(Criterion(c));
            base.bind(1, toCode(SupplierTier(t))).bind(2, criterionCode(Criterion(c))).bind(3, s.events).bind(4, s.trials);
            base.run();
            base.reset();
        }
    Statement meta(db, QStringLiteral("INSERT OR REPLACE INTO supplier_scores_meta (key, value) VALUES (?1, ?2)"));
    meta.bind(1, QStringLiteral("as_of")).bind(2, r.asOf.toString(Qt::ISODate));
    meta.run();
    meta.reset();
    meta.bind(1, QStringLiteral("period_kind")).bind(2, toCode(r.kind));
    meta.run();
    tx.commit();
}

} // namespace wk
