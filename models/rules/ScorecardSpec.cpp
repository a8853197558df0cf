#include "rules/ScorecardSpec.h"

#include <QSet>
#include <algorithm>
#include <array>

namespace wk {

namespace {
constexpr std::array<const char *, kCriterionCount> kCriterionCodes{"on_time", "defects", "exceptions",
                                                                    "lead_time", "media_rejects"};
constexpr std::array<const char *, 6> kStandingCodes{"excellent", "good", "watch", "at_risk", "failing",
                                                     "no_data"};

// Where 0 and 100 lie for each criterion: a supplier at the floor or worse scores 0, at the ideal
// or better 100. Lower is better for everything but on-time. The prior sample size k is larger for
// rare events (defects, exceptions: a few percent) because one event moves such a rate most.
CriterionSpec criterion(Criterion c, int weight)
{
    switch (c) {
    case Criterion::OnTime: return {c, weight, 0.70, 1.0, 50};
    case Criterion::Defects: return {c, weight, 0.10, 0.0, 100};
    case Criterion::Exceptions: return {c, weight, 0.08, 0.0, 100};
    case Criterion::LeadTime: return {c, weight, 168.0, 24.0, 30};
    case Criterion::MediaRejects: return {c, weight, 0.40, 0.0, 20};
    }
    return {c, weight, 0, 1, 30};
}
} // namespace

QString criterionCode(Criterion c) { return QString::fromLatin1(kCriterionCodes.at(size_t(c))); }

std::optional<Criterion> criterionFromCode(QStringView code)
{
    for (size_t i = 0; i < kCriterionCodes.size(); ++i)
        if (code == QLatin1String(kCriterionCodes.at(i)))
            return Criterion(i);
    return std::nullopt;
}

QString standingCode(Standing s) { return QString::fromLatin1(kStandingCodes.at(size_t(s))); }

QList<StandingBand> ScorecardSpec::defaultBands()
{
    return {{Standing::Excellent, 90}, {Standing::Good, 75}, {Standing::Watch, 60},
            {Standing::AtRisk, 40}, {Standing::Failing, 0}};
}

ScorecardSpec ScorecardSpec::defaults(SupplierTier tier, PeriodKind kind)
{
    using C = Criterion;
    ScorecardSpec s;
    s.periodKind = kind;
    s.bands = defaultBands();
    switch (tier) {
    case SupplierTier::PalletTrader:   // bulk stock: reliability and speed first
        s.criteria = {criterion(C::OnTime, 30), criterion(C::Defects, 25), criterion(C::Exceptions, 20),
                      criterion(C::LeadTime, 15), criterion(C::MediaRejects, 10)};
        break;
    case SupplierTier::DirectFactory:  // best sellers: quality first
        s.criteria = {criterion(C::OnTime, 25), criterion(C::Defects, 35), criterion(C::Exceptions, 15),
                      criterion(C::LeadTime, 10), criterion(C::MediaRejects, 15)};
        break;
    case SupplierTier::LongTail1688:   // small sellers: quality and honest photos
        s.criteria = {criterion(C::OnTime, 25), criterion(C::Defects, 30), criterion(C::Exceptions, 15),
                      criterion(C::LeadTime, 10), criterion(C::MediaRejects, 20)};
        break;
    }
    return s;
}

QString ScorecardSpec::validate() const
{
    if (criteria.isEmpty())
        return tr("A scorecard needs at least one criterion with a weight.");
    int sum = 0;
    QSet<int> seen;
    for (const CriterionSpec &c : criteria) {
        if (c.weight < 0)
            return tr("The weight of %1 is %2: weights cannot be negative.").arg(criterionCode(c.criterion)).arg(c.weight);
        if (seen.contains(int(c.criterion)))
            return tr("%1 is weighted twice: give each criterion one weight.").arg(criterionCode(c.criterion));
        if (c.floor == c.ideal)
            return tr("%1 has the same value for a score of 0 and of 100.").arg(criterionCode(c.criterion));
        if (c.priorTrials < 0)
            return tr("%1 has a negative prior sample size.").arg(criterionCode(c.criterion));
        seen.insert(int(c.criterion));
        sum += c.weight;
    }
    if (sum != 100)
        return tr("The weights add up to %1, not 100. Change them so that they sum to exactly 100.").arg(sum);
    if (periods < 1)
        return tr("A scorecard needs at least one period.");
    if (!(decay > 0 && decay <= 1))
        return tr("The decay per period must be above 0 and at most 1 (it is %1).").arg(decay);
    if (bands.isEmpty())
        return tr("A scorecard needs standings that cover scores from 0 to 100.");
    QList<double> bounds;
    for (const StandingBand &b : bands) {
        if (b.standing == Standing::NoData)
            return tr("\"No data\" is not a band of scores: it is what a supplier without activity has.");
        if (b.from < 0 || b.from >= 100)
            return tr("A standing starts at %1: bands must start between 0 and 100 (100 belongs to the top band).")
                .arg(b.from);
        bounds << b.from;
    }
    std::sort(bounds.begin(), bounds.end());
    if (bounds.first() != 0)
        return tr("No standing covers scores from 0 to %1: the lowest band must start at 0.").arg(bounds.first());
    if (std::adjacent_find(bounds.begin(), bounds.end()) != bounds.end())
        return tr("Two standings start at the same score: each band needs its own lower bound.");
    return {};
}

Standing ScorecardSpec::standingFor(double score) const
{
    const StandingBand *best = nullptr;
    for (const StandingBand &b : bands)
        if (score >= b.from && (!best || b.from > best->from))
            best = &b;
    return best ? best->standing : Standing::Failing;
}

const CriterionSpec *ScorecardSpec::spec(Criterion c) const
{
    for (const CriterionSpec &s : criteria)
        if (s.criterion == c)
            return &s;
    return nullptr;
}

} // namespace wk
