#pragma once
// What a supplier is scored on: the criteria of each tier with their weights (summing to 100), the
// periods and their decay, how strongly small samples are pulled toward the tier's mean, and the
// standings (bands over 0..100). The maths is in Scorecard.h; README.md ("Supplier scorecards")
// writes the formula out.
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace wk {

// The criteria a supplier is judged on. Each is a rate (events per trial) or, for lead time, a mean
// (hours per timed order); `floor` and `ideal` map it linearly onto 0..100.
enum class Criterion { OnTime, Defects, Exceptions, LeadTime, MediaRejects };
inline constexpr int kCriterionCount = 5;
QString criterionCode(Criterion c);            // stable: "on_time", "defects", ...
std::optional<Criterion> criterionFromCode(QStringView code);

// Standings, best first. NoData is not a band: it is what a supplier without activity has.
enum class Standing { Excellent, Good, Watch, AtRisk, Failing, NoData };
QString standingCode(Standing s);              // stable: "excellent", ..., "no_data"

struct CriterionSpec {
    Criterion criterion = Criterion::OnTime;
    int weight = 0;            // percent of the total score; the weights of a tier sum to 100
    double floor = 0;          // this value or worse scores 0
    double ideal = 1;          // this value or better scores 100 (ideal < floor for "lower is better")
    double priorTrials = 20;   // k: the sample size at which the supplier's own data counts half
};

struct StandingBand {
    Standing standing = Standing::Good;
    double from = 0;           // lower bound, inclusive; the band runs up to the next one's bound
};

class ScorecardSpec
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardSpec)
public:
    PeriodKind periodKind = PeriodKind::Week;
    int periods = 12;          // how many recent periods count
    double decay = 0.85;       // weight of a period = decay^age (age 0 = the newest)
    QList<CriterionSpec> criteria;
    QList<StandingBand> bands; // any order; validate() checks they cover 0..100

    // The platform's defaults for a tier (each sums to 100).
    static ScorecardSpec defaults(SupplierTier tier, PeriodKind kind = PeriodKind::Week);
    static QList<StandingBand> defaultBands();

    // Empty when the spec can be used, else a sentence saying what to fix (weights that do not sum
    // to 100, a negative weight, a criterion twice, bands that leave a gap, a decay outside (0, 1]).
    QString validate() const;

    // The band a score in 0..100 falls in; 100 itself is in the top band.
    Standing standingFor(double score) const;
    const CriterionSpec *spec(Criterion c) const;
};

} // namespace wk
