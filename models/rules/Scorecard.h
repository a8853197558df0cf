#pragma once
// A supplier's score from its per-period counts (the formula, also in README.md):
//
//   For criterion c, period p of age a (0 = the newest of the window, a < N = 12 periods):
//       w_a  = decay^a                                  (0.85: last week counts most)
//       E_c  = sum_p w_a * events_c(p)                  (late deliveries' complement, defects, ...)
//       T_c  = sum_p w_a * trials_c(p)                  (orders, timed orders or reviewed media)
//   The tier's mean mu_c = sum over the tier's suppliers of E_c / sum of T_c (the same decay).
//   Credibility Z_c = T_c / (T_c + k_c), k_c the criterion's prior sample size (50 timed orders for
//   on-time, 100 orders for the rare defects and exceptions, 30 for lead time, 20 reviewed media):
//       v_c  = (E_c + k_c * mu_c) / (T_c + k_c)         = Z_c * E_c/T_c + (1 - Z_c) * mu_c
//   so a 1688 seller with 3 orders is rated mostly on its tier, a pallet trader with 8,000 on itself.
//       s_c  = 100 * clamp((v_c - floor_c) / (ideal_c - floor_c), 0, 1)
//       score = sum_c weight_c * s_c / 100              (the weights of a tier sum to 100)
//   The standing is the band the score falls in (100 is in the top band).
//   No data: a supplier with no orders and no reviewed media in the window has no score and the
//   standing "no data" — never the tier's mean, never 100.
#include "domain/Entities.h"
#include "rules/ScorecardSpec.h"

#include <QDate>
#include <QList>
#include <array>
#include <optional>

namespace wk {

// One supplier's activity in one period: the platform's SupplierMetrics, plus what the console
// itself saw happen since (feedback from the Fulfilment and Review desks).
struct PeriodCounts {
    QDate start;
    int orders = 0;          // trials of defects and exceptions
    int timedOrders = 0;     // orders whose delivery time is known: trials of on-time and lead time
    int onTime = 0;
    qint64 leadTimeHoursSum = 0;
    int defects = 0;         // quality complaints, damage, wrong items
    int exceptions = 0;
    int mediaReviewed = 0;
    int mediaRejected = 0;

    static PeriodCounts fromMetrics(const SupplierMetrics &m);
    PeriodCounts &operator+=(const PeriodCounts &o);
};

struct Sample {
    double events = 0;       // for lead time: hours
    double trials = 0;
};
Sample sampleOf(const PeriodCounts &p, Criterion c);

// A supplier's window: decayed and plain sums per criterion.
struct WindowTotals {
    std::array<Sample, kCriterionCount> decayed{};
    std::array<Sample, kCriterionCount> raw{};
    int orders = 0;          // plain, in the window: the supplier's volume
    int mediaReviewed = 0;
    bool hasData() const { return orders > 0 || mediaReviewed > 0 || raw[size_t(Criterion::OnTime)].trials > 0; }
};

// Periods between `start` and `asOf` (the newest period's start) in the spec's period kind.
int periodAge(const QDate &start, const QDate &asOf, PeriodKind kind);
// The weight of the period starting at `start` in the window ending at `asOf`: decay^age, or -1
// when it falls outside the window.
double periodWeight(const QDate &start, const QDate &asOf, const ScorecardSpec &spec);
// Adds one period with its weight (a full recompute works the weight out once per period).
void addWeighted(WindowTotals &totals, const PeriodCounts &period, double weight);
// Adds one period to a window ending at `asOf` (ignored when outside it).
void addPeriod(WindowTotals &totals, const PeriodCounts &period, const QDate &asOf, const ScorecardSpec &spec);
// Sums the periods that fall in the window ending at `asOf` (any order; gaps are quiet periods).
WindowTotals accumulate(const QList<PeriodCounts> &periods, const QDate &asOf, const ScorecardSpec &spec);

// The tier's mean per criterion, pooled over its suppliers' decayed sums.
class TierBaseline
{
public:
    void add(const WindowTotals &t);
    // The pooled mean, or the midpoint between floor and ideal when the tier has no data at all.
    double mean(Criterion c, const ScorecardSpec &spec) const;
    // The pooled sums, to store them and read them back (supplier_tier_baselines).
    Sample sum(Criterion c) const { return m_sum[size_t(c)]; }
    void setSum(Criterion c, Sample s) { m_sum[size_t(c)] = s; }

private:
    std::array<Sample, kCriterionCount> m_sum{};
};

struct CriterionScore {
    Criterion criterion = Criterion::OnTime;
    int weight = 0;
    int sample = 0;              // trials in the window (orders, timed orders or media)
    double effectiveSample = 0;  // T_c, after decay
    std::optional<double> rawValue;   // E/T (plain sums); none without a sample
    double tierMean = 0;         // mu_c
    double credibility = 0;      // Z_c
    double value = 0;            // v_c, after shrinkage
    double score = 0;            // s_c, 0..100
    double contribution = 0;     // weight * s_c / 100
};

struct Scorecard {
    std::optional<double> score; // none: no data
    Standing standing = Standing::NoData;
    int orders = 0;
    int mediaReviewed = 0;
    QList<CriterionScore> criteria;
};

Scorecard computeScorecard(const WindowTotals &totals, const TierBaseline &tier, const ScorecardSpec &spec);
// One criterion's line of the card.
CriterionScore scoreCriterion(const WindowTotals &totals, const TierBaseline &tier, const CriterionSpec &cs,
                              const ScorecardSpec &spec);
// The card's score alone (none: no data), without building the card: what scoring every supplier
// at once needs.
std::optional<double> totalScore(const WindowTotals &totals, const TierBaseline &tier, const ScorecardSpec &spec);

// The score at the end of each of the last `count` periods (oldest first), each from the window
// ending there, against today's tier baseline; none where the supplier had no data yet.
QList<std::optional<double>> scoreTrend(const QList<PeriodCounts> &periods, const QDate &asOf,
                                        const TierBaseline &tier, const ScorecardSpec &spec, int count = 12);
// The start of the period `age` periods before `asOf`.
QDate periodStartBefore(const QDate &asOf, int age, PeriodKind kind);

} // namespace wk
