#include "rules/Scorecard.h"

#include <algorithm>
#include <cmath>

namespace wk {

PeriodCounts PeriodCounts::fromMetrics(const SupplierMetrics &m)
{
    PeriodCounts p;
    p.start = m.periodStart;
    p.orders = m.orders;
    p.timedOrders = m.orders;
    p.onTime = m.onTime;
    p.leadTimeHoursSum = m.leadTimeHoursSum;
    p.defects = m.defects;
    p.exceptions = m.exceptions;
    p.mediaReviewed = m.mediaReviewed;
    p.mediaRejected = m.mediaRejected;
    return p;
}

PeriodCounts &PeriodCounts::operator+=(const PeriodCounts &o)
{
    orders += o.orders;
    timedOrders += o.timedOrders;
    onTime += o.onTime;
    leadTimeHoursSum += o.leadTimeHoursSum;
    defects += o.defects;
    exceptions += o.exceptions;
    mediaReviewed += o.mediaReviewed;
    mediaRejected += o.mediaRejected;
    return *this;
}

Sample sampleOf(const PeriodCounts &p, Criterion c)
{
    switch (c) {
    case Criterion::OnTime: return {double(p.onTime), double(p.timedOrders)};
    case Criterion::Defects: return {double(p.defects), double(p.orders)};
    case Criterion::Exceptions: return {double(p.exceptions), double(p.orders)};
    case Criterion::LeadTime: return {double(p.leadTimeHoursSum), double(p.timedOrders)};
    case Criterion::MediaRejects: return {double(p.mediaRejected), double(p.mediaReviewed)};
    }
    return {};
}

int periodAge(const QDate &start, const QDate &asOf, PeriodKind kind)
{
    if (kind == PeriodKind::Week)
        return int(std::floor(double(start.daysTo(asOf)) / 7.0));
    return (asOf.year() - start.year()) * 12 + (asOf.month() - start.month());
}

QDate periodStartBefore(const QDate &asOf, int age, PeriodKind kind)
{
    return kind == PeriodKind::Week ? asOf.addDays(-7 * age) : QDate(asOf.year(), asOf.month(), 1).addMonths(-age);
}

double periodWeight(const QDate &start, const QDate &asOf, const ScorecardSpec &spec)
{
    const int age = periodAge(start, asOf, spec.periodKind);
    return age < 0 || age >= spec.periods ? -1.0 : std::pow(spec.decay, age);
}

void addWeighted(WindowTotals &t, const PeriodCounts &p, double w)
{
    for (int c = 0; c < kCriterionCount; ++c) {
        const Sample s = sampleOf(p, Criterion(c));
        t.decayed[c].events += w * s.events;
        t.decayed[c].trials += w * s.trials;
        t.raw[c].events += s.events;
        t.raw[c].trials += s.trials;
    }
    t.orders += p.orders;
    t.mediaReviewed += p.mediaReviewed;
}

void addPeriod(WindowTotals &t, const PeriodCounts &p, const QDate &asOf, const ScorecardSpec &spec)
{
    if (const double w = periodWeight(p.start, asOf, spec); w >= 0)
        addWeighted(t, p, w);
}

WindowTotals accumulate(const QList<PeriodCounts> &periods, const QDate &asOf, const ScorecardSpec &spec)
{
    WindowTotals t;
    for (const PeriodCounts &p : periods)
        addPeriod(t, p, asOf, spec);
    return t;
}

void TierBaseline::add(const WindowTotals &t)
{
    for (int c = 0; c < kCriterionCount; ++c) {
        m_sum[c].events += t.decayed[c].events;
        m_sum[c].trials += t.decayed[c].trials;
    }
}

double TierBaseline::mean(Criterion c, const ScorecardSpec &spec) const
{
    const Sample &s = m_sum[size_t(c)];
    if (s.trials > 0)
        return s.events / s.trials;
    const CriterionSpec *cs = spec.spec(c);
    return cs ? (cs->floor + cs->ideal) / 2 : 0;
}

CriterionScore scoreCriterion(const WindowTotals &totals, const TierBaseline &tier, const CriterionSpec &cs,
                              const ScorecardSpec &spec)
{
    const size_t c = size_t(cs.criterion);
    CriterionScore r;
    r.criterion = cs.criterion;
    r.weight = cs.weight;
    r.sample = int(totals.raw[c].trials);
    r.effectiveSample = totals.decayed[c].trials;
    if (totals.raw[c].trials > 0)
        r.rawValue = totals.raw[c].events / totals.raw[c].trials;
    r.tierMean = tier.mean(cs.criterion, spec);
    const double k = cs.priorTrials;
    const double T = totals.decayed[c].trials;
    r.credibility = T + k > 0 ? T / (T + k) : 0;
    r.value = T + k > 0 ? (totals.decayed[c].events + k * r.tierMean) / (T + k) : r.tierMean;
    r.score = 100.0 * std::clamp((r.value - cs.floor) / (cs.ideal - cs.floor), 0.0, 1.0);
    r.contribution = cs.weight * r.score / 100.0;
    return r;
}

Scorecard computeScorecard(const WindowTotals &totals, const TierBaseline &tier, const ScorecardSpec &spec)
{
    Scorecard card;
    card.orders = totals.orders;
    card.mediaReviewed = totals.mediaReviewed;
    double total = 0;
    for (const CriterionSpec &cs : spec.criteria) {
        card.criteria << scoreCriterion(totals, tier, cs, spec);
        total += card.criteria.last().contribution;
    }
    if (!totals.hasData())
        return card;   // no data is not a score: the criteria still say what the tier would give
    card.score = std::clamp(total, 0.0, 100.0);
    card.standing = spec.standingFor(*card.score);
    return card;
}

std::optional<double> totalScore(const WindowTotals &totals, const TierBaseline &tier, const ScorecardSpec &spec)
{
    if (!totals.hasData())
        return std::nullopt;
    double total = 0;
    for (const CriterionSpec &cs : spec.criteria)
        total += scoreCriterion(totals, tier, cs, spec).contribution;
    return std::clamp(total, 0.0, 100.0);
}

QList<std::optional<double>> scoreTrend(const QList<PeriodCounts> &periods, const QDate &asOf,
                                        const TierBaseline &tier, const ScorecardSpec &spec, int count)
{
    QList<std::optional<double>> trend;
    for (int age = count - 1; age >= 0; --age) {
        const QDate end = periodStartBefore(asOf, age, spec.periodKind);
        QList<PeriodCounts> upToEnd;
        for (const PeriodCounts &p : periods)
            if (p.start <= end)
                upToEnd << p;
        trend << computeScorecard(accumulate(upToEnd, end, spec), tier, spec).score;
    }
    return trend;
}

} // namespace wk
