// The Suppliers desk's models: every scorecard computed into supplier_scores (no data stays no
// data; feedback from exceptions and rejected media moves the rates), the windowed tier model
// (QAbstractItemModelTester, paging past the first window, sorting, search, stale answers dropped),
// the counts per tier, a supplier's detail and the impact preview of a tier move or suspension.
#include "SupplierFixture.h"
#include "itemmodels/SupplierReader.h"
#include "itemmodels/ScoreRecompute.h"
#include "itemmodels/SupplierQueries.h"
#include "itemmodels/SupplierScoring.h"
#include "itemmodels/SupplierTierModel.h"
#include "itemmodels/ScoreRefresher.h"
#include "storage/CacheDatabase.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace wk;
using namespace wk::fixture;

namespace {
std::optional<double> scoreOf(Database &db, const QString &id, const QString &column = QStringLiteral("score"))
{
    Statement st(db, QStringLiteral("SELECT %1 FROM supplier_scores WHERE supplier_id = ?1").arg(column));
    st.bind(1, id);
    if (!st.step() || st.columnIsNull(0))
        return std::nullopt;
    return st.columnDouble(0);
}

QString textOf(Database &db, const QString &sql, const QString &id)
{
    Statement st(db, sql);
    st.bind(1, id);
    return st.step() ? st.columnText(0) : QString();
}

qint64 countOf(Database &db, const QString &sql)
{
    Statement st(db, sql);
    return st.step() ? st.columnInt64(0) : -1;
}

const QDate kLiveWeek = kNewestWeek.addDays(7);
} // namespace

class TestSupplierModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Database open() { return openCache(m_path); }
    int rescore()
    {
        Database db = open();
        return recomputeAllScores(db).written;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache.db"));
        Database db = open();
        {
            Transaction tx(db);
            // 250 direct factories (more than two windows), named so that sorting by name is checkable.
            MetricsWriter metrics(db);
            for (int i = 0; i < 250; ++i) {
                const QString id = QStringLiteral("df-%1").arg(i, 3, 10, QLatin1Char('0'));
                addSupplier(db, id, QStringLiteral("Factory %1").arg(i, 3, 10, QLatin1Char('0')), SupplierTier::DirectFactory);
                for (int w = 0; w < 12; ++w)
                    metrics.add(id, kNewestWeek.addDays(-7 * w),
                                Week{100, 80 + i % 20, i % 7, 2, 48 + i % 50, 10, i % 5});
            }
            addSupplier(db, QStringLiteral("pt-quiet"), QStringLiteral("Quiet Pallets"), SupplierTier::PalletTrader);
            addSupplier(db, QStringLiteral("pt-busy"), QStringLiteral("Busy Pallets"), SupplierTier::PalletTrader);
            for (int w = 0; w < 12; ++w)
                metrics.add(QStringLiteral("pt-busy"), kNewestWeek.addDays(-7 * w), Week{500, 490, 2, 3, 30, 20, 1});
            // A 1688 seller with three orders in the current week and a quality complaint on one.
            addSupplier(db, QStringLiteral("lt-small"), QStringLiteral("Small Shop 小店"), SupplierTier::LongTail1688);
            addSupplier(db, QStringLiteral("lt-other"), QStringLiteral("Other Shop"), SupplierTier::LongTail1688);
            for (int w = 0; w < 12; ++w)
                metrics.add(QStringLiteral("lt-other"), kNewestWeek.addDays(-7 * w), Week{20, 18, 1, 1, 90, 4, 1});
            for (int i = 0; i < 3; ++i)
                addOrder(db, QStringLiteral("o-%1").arg(i), QStringLiteral("lt-small"), QStringLiteral("prod-%1").arg(i),
                         i == 0 ? QStringLiteral("delivered") : QStringLiteral("in_transit"), ms(kLiveWeek.addDays(1)));
            addException(db, QStringLiteral("ex-1"), QStringLiteral("o-1"), QStringLiteral("QUALITY_COMPLAINT"),
                         ms(kLiveWeek.addDays(2)));
            addException(db, QStringLiteral("ex-2"), QStringLiteral("o-2"), QStringLiteral("STALLED"), ms(kLiveWeek.addDays(2)));
            // SKU-A only from lt-small; SKU-B also from lt-other.
            addProduct(db, QStringLiteral("prod-0"), QStringLiteral("SKU-A"), QStringLiteral("lt-small"));
            addProduct(db, QStringLiteral("prod-1"), QStringLiteral("SKU-B"), QStringLiteral("lt-small"));
            addProduct(db, QStringLiteral("prod-2"), QStringLiteral("SKU-B"), QStringLiteral("lt-other"));
            addReviewItem(db, QStringLiteral("rev-1"), QStringLiteral("lt-small"), QStringLiteral("open"), {}, 0);
            addReviewItem(db, QStringLiteral("rev-2"), QStringLiteral("lt-small"), QStringLiteral("claimed"), {}, 0);
            addReviewItem(db, QStringLiteral("rev-3"), QStringLiteral("lt-small"), QStringLiteral("decided"),
                          QStringLiteral("reject"), ms(kLiveWeek.addDays(3)));
            tx.commit();
        }
        recomputeAllScores(db);
    }

    void noDataIsNotAScore()
    {
        Database db = open();
        QCOMPARE(scoreOf(db, QStringLiteral("pt-quiet")), std::nullopt);
        QCOMPARE(textOf(db, QStringLiteral("SELECT standing FROM supplier_scores WHERE supplier_id = ?1"),
                        QStringLiteral("pt-quiet")), QStringLiteral("no_data"));
        QVERIFY(scoreOf(db, QStringLiteral("pt-busy")).has_value());
    }

    // The current week comes from the console's own orders, exceptions and review decisions.
    void feedbackDrivesTheRates()
    {
        Database db = open();
        QCOMPARE(scoreOf(db, QStringLiteral("lt-small"), QStringLiteral("volume")), std::optional<double>(3));
        QCOMPARE(scoreOf(db, QStringLiteral("lt-small"), QStringLiteral("defect_rate")), std::optional<double>(1.0 / 3));
        QCOMPARE(scoreOf(db, QStringLiteral("lt-small"), QStringLiteral("exception_rate")), std::optional<double>(2.0 / 3));
        QCOMPARE(scoreOf(db, QStringLiteral("lt-small"), QStringLiteral("media_reject_rate")), std::optional<double>(1.0));
        // Three orders are not enough to be rated on: the score stays near the tier's.
        const double small = *scoreOf(db, QStringLiteral("lt-small"));
        const double other = *scoreOf(db, QStringLiteral("lt-other"));
        QVERIFY2(qAbs(small - other) < 15, qPrintable(QStringLiteral("%1 vs %2").arg(small).arg(other)));

        // A damage exception on the third order raises the defect rate on the next refresh.
        {
            Transaction tx(db);
            addException(db, QStringLiteral("ex-3"), QStringLiteral("o-2"), QStringLiteral("DAMAGED"), ms(kLiveWeek.addDays(3)));
            tx.commit();
        }
        recomputeAllScores(db);
        QCOMPARE(scoreOf(db, QStringLiteral("lt-small"), QStringLiteral("defect_rate")), std::optional<double>(2.0 / 3));
        QVERIFY(*scoreOf(db, QStringLiteral("lt-small")) < small);
    }

    void detailExplainsTheScore()
    {
        Database db = open();
        const SupplierDetail d = loadSupplierDetail(db, QStringLiteral("lt-small"));
        QVERIFY(d.found);
        QCOMPARE(d.supplier.tier, SupplierTier::LongTail1688);
        QCOMPARE(d.asOf, kLiveWeek);
        QVERIFY(d.card.score);
        QCOMPARE(std::round(*d.card.score), *scoreOf(db, QStringLiteral("lt-small")));   // stored as whole points
        QCOMPARE(d.card.criteria.size(), 5);
        QCOMPARE(d.trend.size(), 12);
        QCOMPARE(d.trendPeriods.last(), kLiveWeek);
        // The orders and review items behind it.
        QStringList ids;
        for (const FeedbackItem &f : d.feedback)
            ids << f.id;
        QVERIFY(ids.contains(QStringLiteral("ex-1")));
        QVERIFY(ids.contains(QStringLiteral("rev-3")));
        QCOMPARE(d.exceptionsByCode.size(), 3);
        QVERIFY(!loadSupplierDetail(db, QStringLiteral("nobody")).found);
    }

    // The full recompute (one pass over the window index, merged by supplier id) stores what the
    // straightforward way computes: each supplier's periods read on their own, the tier means
    // pooled from those, each card computed whole.
    void recomputeMatchesOneSupplierAtATime()
    {
        rescore();
        Database db = open();
        const QDate asOf = currentPeriodStart(db, PeriodKind::Week);
        const auto [suppliers, totals, baselines] = windowsOneAtATime(db, asOf, liveFeedback(db, kLiveWeek, asOf));
        QCOMPARE(suppliers.size(), 254);
        int scored = 0;
        for (qsizetype i = 0; i < suppliers.size(); ++i) {
            const auto &[id, tier] = suppliers.at(i);
            const Scorecard card = computeScorecard(totals.at(i), baselines[size_t(tier)], ScorecardSpec::defaults(tier));
            const auto stored = scoreOf(db, id);
            QCOMPARE(stored.has_value(), card.score.has_value());
            if (card.score) {
                QCOMPARE(*stored, std::round(*card.score));
                ++scored;
            }
            QCOMPARE(textOf(db, QStringLiteral("SELECT standing FROM supplier_scores WHERE supplier_id = ?1"), id),
                     standingCode(card.standing));
            QCOMPARE(scoreOf(db, id, QStringLiteral("volume")), std::optional<double>(card.orders));
            for (const CriterionScore &c : card.criteria) {
                const QString column = c.criterion == Criterion::Defects      ? QStringLiteral("defect_rate")
                                       : c.criterion == Criterion::OnTime     ? QStringLiteral("on_time_rate")
                                       : c.criterion == Criterion::LeadTime   ? QStringLiteral("lead_time_hours")
                                       : c.criterion == Criterion::Exceptions ? QStringLiteral("exception_rate")
                                                                              : QStringLiteral("media_reject_rate");
                const auto rate = scoreOf(db, id, column);
                QCOMPARE(rate.has_value(), c.rawValue.has_value());
                if (rate)
                    QVERIFY2(qAbs(*rate - *c.rawValue) < 1e-12, qPrintable(id + QLatin1Char(' ') + column));
            }
        }
        QCOMPARE(scored, 253);   // pt-quiet has no data
        // The stored tier means are the pooled ones.
        Statement base(db, QStringLiteral("SELECT tier, criterion, events, trials FROM supplier_tier_baselines"));
        int rows = 0;
        while (base.step()) {
            const Sample expected = baselines[size_t(*fromCode<SupplierTier>(base.columnText(0)))].sum(
                *criterionFromCode(base.columnText(1)));
            QVERIFY(qAbs(base.columnDouble(2) - expected.events) <= 1e-9 * qMax(1.0, expected.events));
            QVERIFY(qAbs(base.columnDouble(3) - expected.trials) <= 1e-9 * qMax(1.0, expected.trials));
            ++rows;
        }
        QCOMPARE(rows, 3 * kCriterionCount);
    }

    // Filling an empty table sets the tier view's sort indexes aside and builds them again: the same
    // indexes afterwards, and the rows are found through them.
    void sortIndexesRebuiltAfterAFullWrite()
    {
        const auto indexes = [this] {
            Database db = open();
            QStringList out;
            Statement st(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                            "AND tbl_name = 'supplier_scores' ORDER BY name"));
            while (st.step())
                out << st.columnText(0) + QLatin1Char(' ') + st.columnText(1);
            return out;
        };
        const QStringList before = indexes();
        QCOMPARE(before.size(), 8);   // the primary key's and the seven sort keys'
        {
            Database db = open();
            db.exec(QStringLiteral("DELETE FROM supplier_scores"));
        }
        QCOMPARE(rescore(), 254);
        QCOMPARE(indexes(), before);
        Database db = open();
        const qint64 scored = countOf(db, QStringLiteral("SELECT count(*) FROM supplier_scores NOT INDEXED "
                                                         "WHERE tier = 'pallet_trader' AND score IS NOT NULL"));
        QVERIFY(scored > 0);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM supplier_scores INDEXED BY supplier_scores_score "
                                            "WHERE tier = 'pallet_trader' AND score IS NOT NULL")), scored);
    }

    // Only what changed is written: nothing after nothing changed; a renamed supplier's row alone;
    // a supplier the platform deleted loses its row.
    void writesOnlyWhatChanged()
    {
        rescore();
        QCOMPARE(rescore(), 0);
        {
            Database db = open();
            db.exec(QStringLiteral("UPDATE suppliers SET name = 'Factory 007 (renamed)' WHERE id = 'df-007'"));
        }
        QCOMPARE(rescore(), 1);
        {
            Database db = open();
            QCOMPARE(textOf(db, QStringLiteral("SELECT name FROM supplier_scores WHERE supplier_id = ?1"),
                            QStringLiteral("df-007")), QStringLiteral("Factory 007 (renamed)"));
            db.exec(QStringLiteral("UPDATE suppliers SET name = 'Factory 007' WHERE id = 'df-007'"));
        }
        QCOMPARE(rescore(), 1);
        {
            Database db = open();
            Transaction tx(db);
            addSupplier(db, QStringLiteral("pt-gone"), QStringLiteral("Gone Pallets"), SupplierTier::PalletTrader);
            tx.commit();
        }
        QCOMPARE(rescore(), 1);   // a new supplier without data: no change to any mean
        {
            Database db = open();
            QCOMPARE(textOf(db, QStringLiteral("SELECT standing FROM supplier_scores WHERE supplier_id = ?1"),
                            QStringLiteral("pt-gone")), QStringLiteral("no_data"));
            db.exec(QStringLiteral("DELETE FROM suppliers WHERE id = 'pt-gone'"));
        }
        QCOMPARE(rescore(), 1);
        Database db = open();
        QCOMPARE(textOf(db, QStringLiteral("SELECT standing FROM supplier_scores WHERE supplier_id = ?1"),
                        QStringLiteral("pt-gone")), QString());
    }

    void impactPreview()
    {
        Database db = open();
        const SupplierImpact impact = loadImpact(db, QStringLiteral("lt-small"));
        QCOMPARE(impact.openOrders, 2);        // one of three is delivered
        QCOMPARE(impact.soleSourceSkus, 1);    // SKU-A; SKU-B has another active supplier
        QCOMPARE(impact.liveReviewItems, 2);   // open + claimed
    }

    void tierModel()
    {
        SupplierReader reader(m_path);
        SupplierTierModel model(SupplierTier::DirectFactory, &reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SupplierTierModel::loaded);
        model.sort(SupplierTierModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.columnCount(), int(SupplierTierModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(SupplierTierModel::SupplierIdRole).toString(), QStringLiteral("df-000"));

        // Row 230 lies in the third window: not loaded until asked, then filled in by dataChanged.
        const QModelIndex far = model.index(230, 0);
        QCOMPARE(far.data(SupplierTierModel::LoadedRole).toBool(), false);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(model.index(230, 0).data(SupplierTierModel::LoadedRole).toBool(), 5000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(230, 0).data(SupplierTierModel::SupplierIdRole).toString(), QStringLiteral("df-230"));

        // Sorted by score, best first: every loaded row at most the one above.
        model.sort(SupplierTierModel::ScoreColumn, Qt::DescendingOrder);
        QVERIFY(loaded.wait(5000));
        double previous = 101;
        for (int r = 0; r < 100; ++r) {
            const double s = model.index(r, 0).data(SupplierTierModel::ScoreRole).toDouble();
            QVERIFY(s <= previous);
            previous = s;
        }
        // The standing is in the text, not only in a colour.
        QVERIFY(model.index(0, SupplierTierModel::ScoreColumn).data().toString().contains(QStringLiteral("·")));
    }

    void searchAndStaleAnswers()
    {
        SupplierReader reader(m_path);
        SupplierTierModel model(SupplierTier::DirectFactory, &reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SupplierTierModel::loaded);
        // Two searches in a row: only the second one's answer is applied.
        model.setSearch(QStringLiteral("Factory 1"));
        model.setSearch(QStringLiteral("Factory 12"));
        QVERIFY(loaded.wait(5000));
        QTest::qWait(100);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 10);   // Factory 120..129
        model.setSearch(QStringLiteral("50%_"));   // LIKE wildcards are literal
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 0);
    }

    void countsPerTier()
    {
        SupplierReader reader(m_path);
        QSignalSpy counts(&reader, &SupplierReader::countsReady);
        // countsReady is emitted on the reader's thread: QSignalSpy::wait() misses an emission
        // that lands before it starts waiting, so the count is polled instead.
        reader.requestCounts({});
        QTRY_COMPARE_WITH_TIMEOUT(counts.size(), 1, 5000);
        QCOMPARE(counts.first().at(1).value<QList<qint64>>(), (QList<qint64>{2, 250, 2}));
        reader.requestCounts(QStringLiteral("小店"));
        QTRY_COMPARE_WITH_TIMEOUT(counts.size(), 2, 5000);
        QCOMPARE(counts.last().at(1).value<QList<qint64>>(), (QList<qint64>{0, 0, 1}));
    }

    void refresherRunsOffTheUiThread()
    {
        ScoreRefresher refresher(m_path);
        refresher.setMinimumInterval(300);
        QSignalSpy done(&refresher, &ScoreRefresher::refreshed);
        QElapsedTimer sinceFirst;
        sinceFirst.start();
        refresher.refresh();
        refresher.refresh();   // folded into one more run,
        refresher.refresh();   // not two
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().at(1).toInt(), 254);
        QVERIFY(done.wait(10000));
        QVERIFY(sinceFirst.elapsed() >= 300);   // not sooner than the minimum interval
        QTest::qWait(500);
        QCOMPARE(done.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSupplierModels)
#include "test_supplier_models.moc"
