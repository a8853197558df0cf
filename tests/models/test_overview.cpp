// The Overview's figures (issue 7) against SQL written independently here, over a real temporary
// cache filled through the stores; the loader's background read; the journal's table model.
#include "OverviewFixture.h"
#include "itemmodels/JournalModel.h"
#include "itemmodels/OverviewLoader.h"
#include "itemmodels/OverviewQuery.h"
#include "storage/CacheDatabase.h"
#include "storage/JournalStore.h"
#include "storage/Statement.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 19), QTime(14, 30), Qt::UTC);   // a Thursday

qint64 scalar(Database &db, const QString &sql, const QList<qint64> &binds = {})
{
    Statement st(db, sql);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    st.step();
    return st.columnInt64(0);
}

qint64 countOf(const QList<CodeCount> &counts, const QString &code)
{
    for (const CodeCount &c : counts)
        if (c.code == code)
            return c.count;
    return 0;
}
} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<Database> m_db;
    OverviewSnapshot m_s;
    const qint64 m_now = kNow.toMSecsSinceEpoch();

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        m_db.emplace(openCache(m_path));
        fixture::fillOverviewCache(*m_db, kNow);
        m_s = OverviewQuery::read(*m_db, kNow);
        QVERIFY(m_s.queueTotal > 0);
    }

    void queueDepthByKind_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *k : {"image", "video", "copy"})
            QTest::newRow(k) << QString::fromLatin1(k);
    }
    void queueDepthByKind()
    {
        QFETCH(QString, kind);
        Statement st(*m_db, QStringLiteral("SELECT count(*) FROM review_items WHERE kind = ?1 "
                                           "AND status NOT IN ('decided', 'escalated')"));
        st.bind(1, kind);
        st.step();
        QCOMPARE(countOf(m_s.queueByKind, kind), st.columnInt64(0));
        QVERIFY(st.columnInt64(0) > 0);
    }

    void queueDepthByReason_data()
    {
        QTest::addColumn<QString>("reason");
        for (FlagReason r : {FlagReason::ArtefactVisible, FlagReason::LowConfidence, FlagReason::ContinuityGlitch,
                             FlagReason::UnbackedClaim, FlagReason::TrademarkRisk, FlagReason::MissingField})
            QTest::newRow(qPrintable(toCode(r))) << toCode(r);
    }
    void queueDepthByReason()
    {
        QFETCH(QString, reason);
        // By the text column this time, not the bit mask.
        Statement st(*m_db, QStringLiteral("SELECT count(*) FROM review_items WHERE status IN ('open', 'claimed') "
                                           "AND instr(' ' || flag_codes || ' ', ' ' || ?1 || ' ') > 0"));
        st.bind(1, reason);
        st.step();
        QCOMPARE(countOf(m_s.queueByReason, reason), st.columnInt64(0));
    }

    void slaClocks()
    {
        const qint64 soon = m_now + 3600 * 1000;
        const QString review = QStringLiteral("SELECT count(*) FROM review_items WHERE (status = 'open' OR status = 'claimed') ");
        QCOMPARE(m_s.reviewSla.breached, scalar(*m_db, review + QStringLiteral("AND sla_due_at < ?1"), {m_now}));
        QCOMPARE(m_s.reviewSla.dueSoon,
                 scalar(*m_db, review + QStringLiteral("AND sla_due_at BETWEEN ?1 AND ?2 - 1"), {m_now, soon}));
        const QString exc = QStringLiteral("SELECT count(*) FROM order_exceptions WHERE status = 'open' ");
        QCOMPARE(m_s.exceptionSla.breached, scalar(*m_db, exc + QStringLiteral("AND sla_due_at < ?1"), {m_now}));
        QCOMPARE(m_s.exceptionSla.dueSoon,
                 scalar(*m_db, exc + QStringLiteral("AND sla_due_at BETWEEN ?1 AND ?2 - 1"), {m_now, soon}));
        QVERIFY(m_s.reviewSla.breached > 0 && m_s.reviewSla.dueSoon > 0);
        QCOMPARE(m_s.imminentReviewIds.size(),
                 scalar(*m_db, review + QStringLiteral("AND sla_due_at BETWEEN ?1 AND ?2 - 1"),
                        {m_now, m_now + 15 * 60 * 1000}));
    }

    void errorRatesAgainstExpectations()
    {
        const qint64 products = scalar(*m_db, QStringLiteral("SELECT count(*) FROM products"));
        QCOMPARE(m_s.errorRates.size(), 4);
        const QList<int> perProduct{5, 1, 6};
        for (int i = 0; i < 3; ++i) {
            const ErrorRate &r = m_s.errorRates.at(i);
            Statement st(*m_db, QStringLiteral("SELECT count(*) - sum(ifnull(decision, '') = 'approve') FROM review_items "
                                               "WHERE kind = ?1"));
            st.bind(1, r.kind);
            st.step();
            QCOMPARE(r.errors, st.columnInt64(0));
            QCOMPARE(r.population, products * perProduct.at(i));
        }
        const ErrorRate &logistics = m_s.errorRates.at(3);
        QCOMPARE(logistics.kind, QStringLiteral("logistics"));
        QCOMPARE(logistics.errors, scalar(*m_db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT order_id FROM order_exceptions)")));
        QCOMPARE(logistics.population, scalar(*m_db, QStringLiteral("SELECT count(*) FROM orders")));
        // The fixture puts copy above its band; images, videos and logistics inside theirs.
        QVERIFY(!m_s.errorRates.at(0).drifting());
        QVERIFY(!m_s.errorRates.at(1).drifting());
        QVERIFY2(m_s.errorRates.at(2).drifting(), qPrintable(QString::number(m_s.errorRates.at(2).observed())));
        QVERIFY(!logistics.drifting());
    }

    void throughputPerSupervisor()
    {
        const qint64 start = m_now - 8 * 3600 * 1000;
        QCOMPARE(m_s.throughput.size(), 3);
        for (const SupervisorThroughput &t : std::as_const(m_s.throughput)) {
            Statement st(*m_db, QStringLiteral("SELECT count(*) FROM review_items WHERE decided_by = ?1 "
                                               "AND decided_at >= ?2 AND decided_at < ?3"));
            st.bind(1, t.supervisor).bind(2, start).bind(3, m_now);
            st.step();
            QCOMPARE(t.decisions, st.columnInt64(0));
            qint64 sum = 0;
            for (qint64 h : t.hourly)
                sum += h;
            QCOMPARE(sum, t.decisions);
            QCOMPARE(t.perHour(), double(t.decisions) / 8.0);
            // The newest hour on its own.
            st.reset();
            st.bind(1, t.supervisor).bind(2, m_now - 3600 * 1000).bind(3, m_now);
            st.step();
            QCOMPARE(t.hourly.constLast(), st.columnInt64(0));
        }
    }

    void exceptionsByCode()
    {
        qint64 total = 0;
        for (const CodeCount &c : std::as_const(m_s.exceptionsByCode)) {
            Statement st(*m_db, QStringLiteral("SELECT count(*) FROM order_exceptions WHERE code = ?1 AND status <> 'resolved'"));
            st.bind(1, c.code);
            st.step();
            QCOMPARE(c.count, st.columnInt64(0));
            total += c.count;
        }
        QCOMPARE(total, scalar(*m_db, QStringLiteral("SELECT count(*) FROM order_exceptions WHERE status = 'open'")));
        QCOMPARE(m_s.openExceptions, total);
    }

    void guaranteeCostThisWeek()
    {
        QCOMPARE(m_s.weekStart, QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC));   // Monday
        const qint64 week = m_s.weekStart.toMSecsSinceEpoch();
        // The stored total (goods + shipping + fee) is the full refund: the fixture's fee is the rule's.
        Statement st(*m_db, QStringLiteral("SELECT currency, sum(total_minor), count(*) FROM orders WHERE stage = 'refunded' "
                                           "AND stage_entered_at >= ?1 AND stage_entered_at < ?2 GROUP BY currency"));
        st.bind(1, week).bind(2, m_now);
        QList<Money> expected;
        qint64 orders = 0;
        while (st.step()) {
            expected << Money(st.columnInt64(1), st.columnText(0));
            orders += st.columnInt64(2);
        }
        QVERIFY(orders > 0);
        QCOMPARE(m_s.refundedThisWeek, orders);
        QCOMPARE(m_s.guaranteeCostThisWeek, expected);

        Statement risk(*m_db, QStringLiteral("SELECT o.currency, sum(o.total_minor), count(*) FROM orders o WHERE EXISTS "
                                             "(SELECT 1 FROM order_exceptions e WHERE e.order_id = o.id AND e.status = 'open' "
                                             "AND e.opened_at >= ?1 AND e.opened_at < ?2) GROUP BY o.currency"));
        risk.bind(1, week).bind(2, m_now);
        QList<Money> atRisk;
        qint64 riskOrders = 0;
        while (risk.step()) {
            atRisk << Money(risk.columnInt64(1), risk.columnText(0));
            riskOrders += risk.columnInt64(2);
        }
        QCOMPARE(m_s.atRiskOrders, riskOrders);
        QCOMPARE(m_s.guaranteeAtRisk, atRisk);
    }

    void urgentExceptions()
    {
        QStringList expected;
        Statement st(*m_db, QStringLiteral("SELECT id FROM order_exceptions WHERE status = 'open' AND code IN "
                                           "('LOST', 'DAMAGED', 'QUALITY_COMPLAINT', 'DELIVERED_NOT_RECEIVED', 'WRONG_ITEM') "
                                           "ORDER BY id"));
        while (st.step())
            expected << st.columnText(0);
        QStringList actual = m_s.urgentExceptionIds;
        actual.sort();
        QCOMPARE(actual, expected);
        QVERIFY(!expected.isEmpty());
    }

    void anEmptyCacheGivesZeroes()
    {
        Database db = openCache(m_dir.filePath(QStringLiteral("empty.sqlite")));
        const OverviewSnapshot s = OverviewQuery::read(db, kNow);
        QVERIFY(s.empty());
        QCOMPARE(s.queueTotal, 0);
        QCOMPARE(s.reviewSla, SlaCounts{});
        QVERIFY(s.guaranteeCostThisWeek.isEmpty());
    }

    void theLoaderReadsInTheBackground()
    {
        OverviewLoader loader(m_path);
        loader.setClock([] { return kNow; });
        QSignalSpy loaded(&loader, &OverviewLoader::loaded);
        QSignalSpy verified(&loader, &OverviewLoader::journalVerified);
        loader.refresh();
        loader.refresh();   // collapses into one more read
        loader.verifyJournal();
        QTRY_VERIFY(loaded.size() >= 1);
        QTRY_COMPARE(verified.size(), 1);
        const auto s = loaded.constLast().at(0).value<OverviewSnapshot>();
        QCOMPARE(s.queueByKind, m_s.queueByKind);
        QCOMPARE(s.errorRates, m_s.errorRates);
        QVERIFY(verified.constFirst().at(0).value<JournalVerification>().ok());

        OverviewLoader missing(m_dir.filePath(QStringLiteral("missing/none.sqlite")));
        QSignalSpy failed(&missing, &OverviewLoader::failed);
        missing.refresh();
        QTRY_COMPARE(failed.size(), 1);
    }

    void theJournalModel()
    {
        {
            JournalStore journal(*m_db);
            for (int i = 0; i < 30; ++i)
                journal.append({0, kNow.addSecs(i), i % 3 ? QStringLiteral("applied") : QStringLiteral("conflict"),
                                QStringLiteral("cmd-%1").arg(i), QStringLiteral("review.decide"),
                                QStringLiteral("rev-%1").arg(i + 1, 5, 10, QLatin1Char('0')), {}});
        }
        JournalModel model(m_path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &JournalModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.data(model.index(0, JournalModel::Event)).toString(), QStringLiteral("Applied"));
        QVERIFY(model.data(model.index(0, JournalModel::Suggestion)).toString().startsWith(QStringLiteral("flagged ")));
        JournalQuery q;
        q.event = QStringLiteral("conflict");
        model.setQuery(q);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 10);
        QSignalSpy all(&model, &JournalModel::allEntries);
        model.fetchAll();
        QTRY_COMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().at(0).value<QList<JournalEntry>>().size(), 30);
    }
};

QTEST_GUILESS_MAIN(TestOverview)
#include "test_overview.moc"
