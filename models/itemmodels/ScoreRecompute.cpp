#include "itemmodels/ScoreRecompute.h"

#include "itemmodels/SupplierScoring.h"
#include "rules/Scorecard.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QStringList>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

Q_LOGGING_CATEGORY(lcRecompute, "wk.suppliers.recompute", QtInfoMsg)

namespace wk {

namespace {

constexpr int kStandingCount = int(Standing::NoData) + 1;
// supplier_scores' rate columns, in their order.
constexpr std::array<Criterion, kCriterionCount> kRateColumns{Criterion::Defects, Criterion::OnTime, Criterion::LeadTime,
                                                              Criterion::Exceptions, Criterion::MediaRejects};
// What the tier view lists of a score: the score in whole points, then the rates in column order.
using ListedValues = std::array<std::optional<double>, 1 + kCriterionCount>;

// The text a score row copies from its supplier, in suppliers' column order.
enum class Copied { Id, Tier, Status, Name, NameZh };
constexpr int kCopiedCount = 5;

// One supplier being scored. The suppliers live in one array in id order, their texts in one byte
// string: nothing is allocated per supplier or per metric row.
struct Slot {
    std::array<quint32, kCopiedCount> textOffset{};
    std::array<quint32, kCopiedCount> textSize{};
    SupplierTier tier = SupplierTier::LongTail1688;
    // supplier_scores as it is: `stored` false when the supplier has no row yet.
    bool stored = false;
    bool storedCopySame = false;   // tier, status, name and name_zh as in suppliers
    int storedStanding = -1;       // Standing, -1 if the code is unknown
    int storedVolume = 0;
    ListedValues storedValues;
    WindowTotals totals;
};

class Suppliers
{
public:
    std::vector<Slot> all;
    std::string texts;

    std::string_view text(size_t i, Copied which) const
    {
        const Slot &s = all[i];
        return {texts.data() + s.textOffset[size_t(which)], s.textSize[size_t(which)]};
    }
    QByteArrayView bytes(const Slot &s, Copied which) const
    {
        return {texts.data() + s.textOffset[size_t(which)], qsizetype(s.textSize[size_t(which)])};
    }
    std::string_view id(size_t i) const { return text(i, Copied::Id); }
};

// Walks the suppliers alongside a result sorted by supplier id. SQLite's BINARY collation is
// memcmp over the UTF-8 bytes, and so is std::string_view's ordering: both sides sort alike.
class IdCursor
{
public:
    explicit IdCursor(Suppliers &s) : m_s(s) {}
    void restart() { m_at = 0; }
    // The supplier with this id, or null (a supplier the cache does not hold yet).
    Slot *find(std::string_view id)
    {
        const size_t n = m_s.all.size();
        while (m_at < n && m_s.id(m_at) < id)
            ++m_at;
        return m_at < n && m_s.id(m_at) == id ? &m_s.all[m_at] : nullptr;
    }

private:
    Suppliers &m_s;
    size_t m_at = 0;
};

std::string_view textAt(const Statement &st, int col)
{
    const QByteArrayView v = st.columnUtf8(col);
    return {v.data(), size_t(v.size())};
}

std::optional<double> doubleAt(const Statement &st, int col)
{
    return st.columnIsNull(col) ? std::nullopt : std::optional(st.columnDouble(col));
}

// The codes of an enum as UTF-8, made once: a row's text is compared against these, not decoded.
template <typename E, int N, typename CodeOf> std::array<QByteArray, N> utf8Codes(CodeOf codeOf)
{
    std::array<QByteArray, N> out;
    for (int i = 0; i < N; ++i)
        out[size_t(i)] = codeOf(E(i)).toUtf8();
    return out;
}

template <size_t N> int indexOf(const std::array<QByteArray, N> &codes, std::string_view text)
{
    for (size_t i = 0; i < N; ++i)
        if (std::string_view(codes[i].constData(), size_t(codes[i].size())) == text)
            return int(i);
    return -1;
}

// The suppliers in id order, each with what supplier_scores holds for it (one join).
Suppliers readSuppliers(Database &db)
{
    const auto tiers = utf8Codes<SupplierTier, 3>([](SupplierTier t) { return toCode(t); });
    const auto standings = utf8Codes<Standing, kStandingCount>(standingCode);
    Suppliers out;
    {
        Statement count(db, QStringLiteral("SELECT count(*) FROM suppliers"));
        if (count.step()) {
            out.all.reserve(size_t(count.columnInt64(0)));
            out.texts.reserve(size_t(count.columnInt64(0)) * 96);
        }
    }
    Statement st(db, QStringLiteral(
        "SELECT s.id, s.tier, s.status, s.name, s.name_zh, sc.supplier_id IS NOT NULL, "
        "sc.tier IS s.tier AND sc.status IS s.status AND sc.name IS s.name AND sc.name_zh IS s.name_zh, "
        "sc.standing, sc.volume, sc.score, sc.defect_rate, sc.on_time_rate, sc.lead_time_hours, sc.exception_rate, "
        "sc.media_reject_rate FROM suppliers s INDEXED BY suppliers_scoring "
        "LEFT JOIN supplier_scores sc ON sc.supplier_id = s.id ORDER BY s.id"));
    while (st.step()) {
        Slot slot;
        for (int c = 0; c < kCopiedCount; ++c) {
            const std::string_view t = textAt(st, c);
            slot.textOffset[size_t(c)] = quint32(out.texts.size());
            slot.textSize[size_t(c)] = quint32(t.size());
            out.texts.append(t);
        }
        const int tier = indexOf(tiers, textAt(st, 1));
        slot.tier = tier < 0 ? SupplierTier::LongTail1688 : SupplierTier(tier);
        slot.stored = st.columnInt(5) != 0;
        if (slot.stored) {
            slot.storedCopySame = st.columnInt(6) != 0;
            slot.storedStanding = indexOf(standings, textAt(st, 7));
            slot.storedVolume = st.columnInt(8);
            for (int v = 0; v < 1 + kCriterionCount; ++v)
                slot.storedValues[size_t(v)] = doubleAt(st, 9 + v);
        }
        out.all.push_back(slot);
    }
    return out;
}

// The closed periods in the window: every metric row, in the covering index's order (period,
// then supplier id), summed into its supplier's window.
void addClosedPeriods(Database &db, Suppliers &suppliers, const QDate &asOf, const std::array<ScorecardSpec, 3> &specs)
{
    const PeriodKind kind = specs[0].periodKind;
    int periods = 0;
    for (const ScorecardSpec &s : specs)
        periods = std::max(periods, s.periods);
    const QDate windowStart = periodStartBefore(asOf, periods - 1, kind);
    Statement st(db, QStringLiteral(
        "SELECT period_start, supplier_id, orders, on_time, defects, exceptions, lead_time_hours_sum, media_reviewed, "
        "media_rejected FROM supplier_metrics INDEXED BY supplier_metrics_window "
        "WHERE period_kind = 'week' AND period_start >= ?1 ORDER BY period_start, supplier_id"));
    st.bind(1, windowStart.toString(Qt::ISODate));
    IdCursor cursor(suppliers);
    std::string period;                  // the period being read (its rows come together)
    std::array<double, 3> weight{};      // by tier; < 0: outside that tier's window
    while (st.step()) {
        const std::string_view start = textAt(st, 0);
        if (start != period) {
            period.assign(start);
            cursor.restart();
            const QDate week = QDate::fromString(QString::fromUtf8(period.data(), qsizetype(period.size())), Qt::ISODate);
            const QDate p = kind == PeriodKind::Week ? week : QDate(week.year(), week.month(), 1);
            for (size_t t = 0; t < 3; ++t)
                weight[t] = periodWeight(p, asOf, specs[t]);
        }
        Slot *slot = cursor.find(textAt(st, 1));
        if (!slot)
            continue;   // metrics of a supplier the cache does not hold (yet)
        const double w = weight[size_t(slot->tier)];
        if (w < 0)
            continue;
        addWeighted(slot->totals, metricCounts(st, 2), w);
    }
}

// The current period from the console's own data (the queries of liveFeedback(), merged by
// supplier id): the newest period, weight 1.
void addCurrentPeriod(Database &db, Suppliers &suppliers, const QDate &since)
{
    for (const CurrentPeriodQuery &q : currentPeriodQueries(false)) {
        Statement st(db, q.sql);
        st.bind(1, currentPeriodSinceMs(since));
        IdCursor cursor(suppliers);
        while (st.step())
            if (Slot *slot = cursor.find(textAt(st, 0))) {
                PeriodCounts c;
                q.fill(st, c);
                addWeighted(slot->totals, c, 1.0);
            }
    }
}

// What the list shows of a supplier's score. Scores are stored as the whole points the list
// shows (the scorecard panel recomputes the exact one): new data for 1% of the suppliers moves
// their tiers' means, and with them most small sellers' shrunk scores by a fraction of a point;
// storing those fractions rewrote 36,000 of 50,000 rows (eight indexes each) per sync.
struct Listed {
    Standing standing = Standing::NoData;
    int volume = 0;
    ListedValues values;
};

Listed listedFor(const Slot &slot, const TierBaseline &baseline, const ScorecardSpec &spec)
{
    Listed l;
    l.volume = slot.totals.orders;
    if (const std::optional<double> score = totalScore(slot.totals, baseline, spec)) {
        l.values[0] = std::round(*score);
        l.standing = spec.standingFor(*score);
    }
    for (size_t i = 0; i < kRateColumns.size(); ++i) {
        const Sample &raw = slot.totals.raw[size_t(kRateColumns[i])];
        if (raw.trials > 0)
            l.values[1 + i] = raw.events / raw.trials;
    }
    return l;
}

bool unchanged(const Slot &slot, const Listed &l)
{
    return slot.stored && slot.storedCopySame && slot.storedStanding == int(l.standing)
        && slot.storedVolume == l.volume && slot.storedValues == l.values;
}

// The tier view's sort indexes on supplier_scores, dropped while many rows are written and built
// again afterwards: one sort per index instead of a random insert into each of seven B-trees per
// row, which made filling an empty table take most of the recompute (945 of 1,400 ms at 50,000
// suppliers). Inside the caller's transaction: readers never see the indexes missing, and a
// failure rolls the drop back with everything else.
class SortIndexesSetAside
{
public:
    explicit SortIndexesSetAside(Database &db) : m_db(db)
    {
        QStringList names;
        {
            Statement st(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                            "AND tbl_name = 'supplier_scores' AND sql IS NOT NULL"));
            while (st.step()) {
                names << st.columnText(0);
                m_create << st.columnText(1);
            }
        }
        for (const QString &name : std::as_const(names))
            db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    }
    void restore()
    {
        for (const QString &sql : std::as_const(m_create))
            m_db.exec(sql);
    }

private:
    Database &m_db;
    QStringList m_create;
};

int writeChanged(Database &db, const Suppliers &suppliers, const std::array<TierBaseline, 3> &baselines,
                 const std::array<ScorecardSpec, 3> &specs)
{
    const auto standings = utf8Codes<Standing, kStandingCount>(standingCode);
    std::vector<Listed> listed;
    listed.reserve(suppliers.all.size());
    size_t changing = 0;
    int stored = 0;
    for (const Slot &slot : suppliers.all) {
        stored += slot.stored ? 1 : 0;
        const size_t t = size_t(slot.tier);
        listed.push_back(listedFor(slot, baselines[t], specs[t]));
        changing += unchanged(slot, listed.back()) ? 0 : 1;
    }
    // More than a quarter of the rows: rebuilding the seven indexes costs less than updating them.
    std::optional<SortIndexesSetAside> setAside;
    if (changing * 4 > suppliers.all.size())
        setAside.emplace(db);
    // One row's VALUES, not INSERT ... SELECT from suppliers: a statement that may write several
    // rows keeps a statement journal, a copy of every page it touches (eight indexes), which cost
    // more than the insert itself when the table is filled for the first time.
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
    for (size_t i = 0; i < suppliers.all.size(); ++i) {
        const Slot &slot = suppliers.all[i];
        const Listed &l = listed[i];
        if (unchanged(slot, l))
            continue;
        for (int c = 0; c < kCopiedCount; ++c)
            upsert.bindStatic(1 + c, suppliers.bytes(slot, Copied(c)));
        upsert.bind(6, l.values[0]).bindStatic(7, standings[size_t(l.standing)]).bind(8, l.volume);
        for (size_t v = 0; v < kRateColumns.size(); ++v)
            upsert.bind(int(9 + v), l.values[1 + v]);
        upsert.run();
        ++written;
    }
    // Suppliers the cache no longer holds: only looked for when supplier_scores has more rows
    // than the join matched.
    const bool gone = [&] {
        Statement count(db, QStringLiteral("SELECT count(*) FROM supplier_scores"));
        return count.step() && count.columnInt64(0) > stored;
    }();
    if (gone) {
        db.exec(QStringLiteral("DELETE FROM supplier_scores WHERE supplier_id NOT IN (SELECT id FROM suppliers)"));
        written += db.changes();
    }
    if (setAside)
        setAside->restore();
    return written;
}

void writeBaselines(Database &db, const std::array<TierBaseline, 3> &baselines, const QDate &asOf, PeriodKind kind)
{
    db.exec(QStringLiteral("DELETE FROM supplier_tier_baselines"));
    Statement base(db, QStringLiteral(
        "INSERT INTO supplier_tier_baselines (tier, criterion, events, trials) VALUES (?1, ?2, ?3, ?4)"));
    for (int t = 0; t < 3; ++t)
        for (int c = 0; c < kCriterionCount; ++c) {
            const Sample smp = baselines[size_t(t)].sum(Criterion(c));
            base.bind(1, toCode(SupplierTier(t))).bind(2, criterionCode(Criterion(c))).bind(3, smp.events).bind(4, smp.trials);
            base.run();
        }
    Statement meta(db, QStringLiteral("INSERT OR REPLACE INTO supplier_scores_meta (key, value) VALUES (?1, ?2)"));
    meta.bind(1, QStringLiteral("as_of")).bind(2, asOf.toString(Qt::ISODate));
    meta.run();
    meta.bind(1, QStringLiteral("period_kind")).bind(2, toCode(kind));
    meta.run();
}

} // namespace

RecomputeStats recomputeAllScores(Database &db, PeriodKind kind)
{
    QElapsedTimer timer;   // each stage's time at debug level: wk.suppliers.recompute.debug=true
    timer.start();
    RecomputeStats stats;
    const std::array<ScorecardSpec, 3> specs{ScorecardSpec::defaults(SupplierTier::PalletTrader, kind),
                                             ScorecardSpec::defaults(SupplierTier::DirectFactory, kind),
                                             ScorecardSpec::defaults(SupplierTier::LongTail1688, kind)};
    const QDate newestClosedWeek = newestMetricsWeek(db);
    stats.asOf = currentPeriodStart(db, kind);

    Suppliers suppliers = readSuppliers(db);
    stats.suppliers = int(suppliers.all.size());
    qCDebug(lcRecompute) << stats.suppliers << "suppliers read" << timer.restart() << "ms";
    addClosedPeriods(db, suppliers, stats.asOf, specs);
    qCDebug(lcRecompute) << "metrics read" << timer.restart() << "ms";
    if (newestClosedWeek.isValid())
        addCurrentPeriod(db, suppliers, newestClosedWeek.addDays(7));
    qCDebug(lcRecompute) << "feedback read" << timer.restart() << "ms";

    // The tiers' means pool every supplier's window, so they are complete only after the read.
    std::array<TierBaseline, 3> baselines;
    for (const Slot &slot : suppliers.all)
        baselines[size_t(slot.tier)].add(slot.totals);

    Transaction tx(db);
    stats.written = writeChanged(db, suppliers, baselines, specs);
    writeBaselines(db, baselines, stats.asOf, kind);
    qCDebug(lcRecompute) << stats.written << "of" << stats.suppliers << "scores written" << timer.restart() << "ms";
    tx.commit();
    qCDebug(lcRecompute) << "committed" << timer.restart() << "ms";
    return stats;
}

} // namespace wk
