// Scorecard maths (models/rules/Scorecard.h): no data is not 100, one order is rated on its tier,
// a perfect supplier scores 100 and still has a standing, weights must sum to 100, small samples
// shrink toward the tier's mean and recent periods count more.
#include "rules/Scorecard.h"

#include <QTest>

using namespace wk;

namespace {
const QDate kAsOf(2026, 11, 16);   // a Monday: the newest period

// `weeks` periods ending at kAsOf, each with `orders` orders of the given quality.
QList<PeriodCounts> series(int weeks, int orders, double onTime, double defects, int leadHours = 48,
                           int media = 0, double mediaRejects = 0, double exceptions = 0)
{
    QList<PeriodCounts> out;
    for (int a = weeks - 1; a >= 0; --a) {
        PeriodCounts p;
        p.start = kAsOf.addDays(-7 * a);
        p.orders = p.timedOrders = orders;
        p.onTime = int(orders * onTime + 0.5);
        p.defects = int(orders * defects + 0.5);
        p.exceptions = int(orders * exceptions + 0.5);
        p.leadTimeHoursSum = qint64(orders) * leadHours;
        p.mediaReviewed = media;
        p.mediaRejected = int(media * mediaRejects + 0.5);
        out << p;
    }
    return out;
}

// A tier of 50 middling suppliers: 90% on time, 5% defects, 72 h, 20% media rejects, 4% exceptions.
TierBaseline middlingTier(const ScorecardSpec &spec)
{
    TierBaseline tier;
    for (int i = 0; i < 50; ++i)
        tier.add(accumulate(series(12, 100, 0.9, 0.05, 72, 20, 0.2, 0.04), kAsOf, spec));
    return tier;
}

double tierMeanScore(const TierBaseline &tier, const ScorecardSpec &spec)
{
    // A supplier with a single timed order of no weight: every criterion is the tier's mean.
    double total = 0;
    for (const CriterionSpec &cs : spec.criteria) {
        const double v = tier.mean(cs.criterion, spec);
        total += cs.weight * std::clamp((v - cs.floor) / (cs.ideal - cs.floor), 0.0, 1.0);
    }
    return total;
}
} // namespace

Q_DECLARE_METATYPE(wk::Standing)
Q_DECLARE_METATYPE(QList<wk::PeriodCounts>)

class TestScorecard : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValid_data()
    {
        QTest::addColumn<int>("tier");
        QTest::newRow("pallet traders") << int(SupplierTier::PalletTrader);
        QTest::newRow("direct factories") << int(SupplierTier::DirectFactory);
        QTest::newRow("1688 long tail") << int(SupplierTier::LongTail1688);
    }
    void defaultsAreValid()
    {
        QFETCH(int, tier);
        const ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier(tier));
        QCOMPARE(spec.validate(), QString());
        int sum = 0;
        for (const CriterionSpec &c : spec.criteria)
            sum += c.weight;
        QCOMPARE(sum, 100);
    }

    void weightsMustSumTo100_data()
    {
        QTest::addColumn<QList<int>>("weights");
        QTest::addColumn<QString>("mentions");   // empty: valid
        QTest::newRow("sums to 100") << QList<int>{30, 25, 20, 15, 10} << QString();
        QTest::newRow("sums to 99") << QList<int>{30, 25, 20, 15, 9} << QStringLiteral("99");
        QTest::newRow("sums to 101") << QList<int>{30, 25, 20, 15, 11} << QStringLiteral("101");
        QTest::newRow("all zero") << QList<int>{0, 0, 0, 0, 0} << QStringLiteral("0, not 100");
        QTest::newRow("negative weight") << QList<int>{40, 25, 20, 25, -10} << QStringLiteral("negative");
        QTest::newRow("one criterion") << QList<int>{100} << QString();
    }
    void weightsMustSumTo100()
    {
        QFETCH(QList<int>, weights);
        QFETCH(QString, mentions);
        ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier::PalletTrader);
        spec.criteria.resize(weights.size());
        for (int i = 0; i < weights.size(); ++i)
            spec.criteria[i].weight = weights.at(i);
        const QString error = spec.validate();
        if (mentions.isEmpty()) {
            QCOMPARE(error, QString());
        } else {
            QVERIFY2(error.contains(mentions), qPrintable(error));
            QVERIFY(error.endsWith(QLatin1Char('.')));   // a sentence
        }
    }

    void bandsCoverZeroToHundred_data()
    {
        QTest::addColumn<QList<double>>("bounds");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << QList<double>{90, 75, 60, 40, 0} << true;
        QTest::newRow("gap below") << QList<double>{90, 75, 60, 40, 10} << false;
        QTest::newRow("a band at 100") << QList<double>{100, 75, 60, 40, 0} << false;
        QTest::newRow("two at one bound") << QList<double>{90, 75, 75, 40, 0} << false;
    }
    void bandsCoverZeroToHundred()
    {
        QFETCH(QList<double>, bounds);
        QFETCH(bool, valid);
        ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier::DirectFactory);
        for (int i = 0; i < bounds.size(); ++i)
            spec.bands[i].from = bounds.at(i);
        QCOMPARE(spec.validate().isEmpty(), valid);
    }

    void standings_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<Standing>("standing");
        QTest::newRow("0") << 0.0 << Standing::Failing;
        QTest::newRow("39.99") << 39.99 << Standing::Failing;
        QTest::newRow("40") << 40.0 << Standing::AtRisk;
        QTest::newRow("74.9") << 74.9 << Standing::Watch;
        QTest::newRow("75") << 75.0 << Standing::Good;
        QTest::newRow("90") << 90.0 << Standing::Excellent;
        QTest::newRow("a perfect 100") << 100.0 << Standing::Excellent;
    }
    void standings()
    {
        QFETCH(double, score);
        QFETCH(Standing, standing);
        QCOMPARE(ScorecardSpec::defaults(SupplierTier::LongTail1688).standingFor(score), standing);
    }

    // The cases, one table: what the supplier did and what its scorecard must say.
    void scores_data()
    {
        QTest::addColumn<QList<PeriodCounts>>("periods");
        QTest::addColumn<bool>("hasScore");
        QTest::addColumn<double>("minScore");
        QTest::addColumn<double>("maxScore");

        const ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier::LongTail1688);
        const double mean = tierMeanScore(middlingTier(spec), spec);

        QTest::newRow("no data") << QList<PeriodCounts>{} << false << 0.0 << 0.0;
        QTest::newRow("periods with zero activity") << series(12, 0, 0, 0) << false << 0.0 << 0.0;
        QTest::newRow("activity only before the window") << [] {
            auto s = series(24, 50, 1.0, 0.0);
            s.resize(12);   // the 12 oldest of 24 weeks: all older than the window
            return s;
        }() << false << 0.0 << 0.0;
        // One perfect order says little: the score stays within 3 points of the tier's.
        QTest::newRow("one perfect order") << series(1, 1, 1.0, 0.0, 24) << true << mean - 3 << mean + 3;
        QTest::newRow("one defective order") << series(1, 1, 0.0, 1.0, 168) << true << mean - 6 << mean;
        // Thousands of perfect orders and photos: the supplier's own record wins.
        QTest::newRow("perfect at volume") << series(12, 800, 1.0, 0.0, 24, 200, 0.0) << true << 97.0 << 100.0;
        QTest::newRow("poor at volume") << series(12, 800, 0.72, 0.09, 160, 200, 0.38, 0.07) << true << 0.0 << 15.0;
    }
    void scores()
    {
        QFETCH(QList<PeriodCounts>, periods);
        QFETCH(bool, hasScore);
        QFETCH(double, minScore);
        QFETCH(double, maxScore);
        const ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier::LongTail1688);
        const Scorecard card = computeScorecard(accumulate(periods, kAsOf, spec), middlingTier(spec), spec);
        QCOMPARE(card.score.has_value(), hasScore);
        if (!hasScore) {
            QCOMPARE(card.standing, Standing::NoData);
            return;
        }
        QVERIFY2(*card.score >= minScore && *card.score <= maxScore,
                 qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(*card.score).arg(minScore).arg(maxScore)));
        QCOMPARE(card.standing, spec.standingFor(*card.score));
        double sum = 0;
        for (const CriterionScore &c : card.criteria)
            sum += c.contribution;
        QCOMPARE(sum, *card.score);   // the panel's rows add up to the score
    }

    // A tier of perfect suppliers: a perfect supplier in it scores exactly 100, and has a standing.
    void perfectScoreIsExcellent()
    {
        const ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier::PalletTrader);
        const auto perfect = series(12, 500, 1.0, 0.0, 24, 50, 0.0, 0.0);
        TierBaseline tier;
        tier.add(accumulate(perfect, kAsOf, spec));
        const Scorecard card = computeScorecard(accumulate(perfect, kAsOf, spec), tier, spec);
        QVERIFY(card.score);
        QCOMPARE(*card.score, 100.0);
        QCOMPARE(card.standing, Standing::Excellent);
    }

    // Credibility Z = T / (T + k): the same defect rate moves the score more the more orders back it.
    void shrinkage_data()
    {
        QTest::addColumn<int>("ordersPerWeek");
        QTest::addColumn<double>("minCredibility");
        QTest::addColumn<double>("maxCredibility");
        QTest::newRow("3 orders") << 3 << 0.0 << 0.05;
        QTest::newRow("30 orders") << 30 << 0.2 << 0.3;
        QTest::newRow("3,000 orders") << 3000 << 0.96 << 1.0;
    }
    void shrinkage()
    {
        QFETCH(int, ordersPerWeek);
        QFETCH(double, minCredibility);
        QFETCH(double, maxCredibility);
        const ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier::LongTail1688);
        const TierBaseline tier = middlingTier(spec);
        // All in the newest week (weight 1), every order defective.
        const Scorecard card = computeScorecard(accumulate(series(1, ordersPerWeek, 0.9, 1.0), kAsOf, spec), tier, spec);
        const CriterionScore &defects = card.criteria.at(1);
        QCOMPARE(defects.criterion, Criterion::Defects);
        QCOMPARE(defects.sample, ordersPerWeek);
        QVERIFY2(defects.credibility >= minCredibility && defects.credibility <= maxCredibility,
                 qPrintable(QString::number(defects.credibility)));
        // v = Z * raw + (1 - Z) * mean, exactly.
        const double expected = defects.credibility * 1.0 + (1 - defects.credibility) * defects.tierMean;
        QVERIFY(qAbs(defects.value - expected) < 1e-9);
        QVERIFY(qAbs(defects.tierMean - 0.05) < 1e-9);
    }

    // Recent periods weigh more: a bad last week hurts more than the same bad week 11 weeks ago.
    void recentPeriodsWeighMore()
    {
        const ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier::DirectFactory);
        const TierBaseline tier = middlingTier(spec);
        auto badRecent = series(12, 100, 0.95, 0.01);
        auto badOld = badRecent;
        badRecent.last().defects = 60;
        badOld.first().defects = 60;
        const double recent = *computeScorecard(accumulate(badRecent, kAsOf, spec), tier, spec).score;
        const double old = *computeScorecard(accumulate(badOld, kAsOf, spec), tier, spec).score;
        QVERIFY2(recent < old, qPrintable(QStringLiteral("%1 vs %2").arg(recent).arg(old)));
    }

    void monthlyPeriods()
    {
        QCOMPARE(periodAge(QDate(2026, 1, 1), QDate(2026, 11, 1), PeriodKind::Month), 10);
        QCOMPARE(periodAge(QDate(2026, 11, 2), QDate(2026, 11, 16), PeriodKind::Week), 2);
        QCOMPARE(periodStartBefore(QDate(2026, 11, 1), 11, PeriodKind::Month), QDate(2025, 12, 1));
    }

    void trendHasTwelvePoints()
    {
        const ScorecardSpec spec = ScorecardSpec::defaults(SupplierTier::DirectFactory);
        const TierBaseline tier = middlingTier(spec);
        const auto trend = scoreTrend(series(6, 40, 0.9, 0.02), kAsOf, tier, spec, 12);
        QCOMPARE(trend.size(), 12);
        QVERIFY(!trend.first().has_value());   // six weeks of history: the first six points have no data
        QVERIFY(!trend.at(5).has_value());
        QVERIFY(trend.at(6).has_value());
        QVERIFY(trend.last().has_value());
    }

    void criterionCodesRoundTrip()
    {
        for (int c = 0; c < kCriterionCount; ++c)
            QCOMPARE(criterionFromCode(criterionCode(Criterion(c))), std::optional(Criterion(c)));
        QCOMPARE(standingCode(Standing::NoData), QStringLiteral("no_data"));
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "test_scorecard.moc"
