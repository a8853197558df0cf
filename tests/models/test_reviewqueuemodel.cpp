// The Review queue's windowed model: sizes and orders from SQL, facets, search, keyset pages equal
// to OFFSET pages, the pending-intent overlay, and a live refresh that keeps a row's index on its item.
#include "ReviewSamples.h"
#include "itemmodels/ReviewQueueModel.h"
#include "itemmodels/ReviewQueueReader.h"
#include "storage/BulkLoad.h"
#include "storage/OutboxStore.h"
#include "storage/Transaction.h"
#include "sync/CommandPayloads.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wk;

namespace {
constexpr int kItems = 1000;

// Reads every row (pages come in asynchronously) and returns them in order.
QList<ReviewRow> allRows(ReviewQueueModel &model)
{
    QList<ReviewRow> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ReviewRow *row = model.rowAt(r);
        for (int wait = 0; !row && wait < 1000; ++wait) {
            QTest::qWait(10);
            row = model.rowAt(r);
        }
        if (!row)
            return rows;
        rows << *row;
    }
    return rows;
}

void settle(ReviewQueueModel &model)
{
    QSignalSpy anchors(&model, &ReviewQueueModel::anchorsReady);
    QTRY_VERIFY_WITH_TIMEOUT(model.isCountExact() && model.hasFirstPage() && model.isIdle(), 10000);
    if (anchors.isEmpty())
        QVERIFY(anchors.wait(10000));
}
} // namespace

class TestReviewQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("cache.db"));
        m_db = std::make_unique<Database>(openCache(m_path));
        samples::fillThroughStores(*m_db, kItems);
    }

    void impactOrderAndSize()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCachePath(m_path);
        settle(model);
        QCOMPARE(model.rowCount(), kItems);
        const QList<ReviewRow> rows = allRows(model);
        QCOMPARE(rows.size(), kItems);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].gmvMinor >= rows[i].gmvMinor);
        QCOMPARE(model.data(model.index(0, 0), ReviewQueueModel::IdRole).toString(), rows[0].id);
        QVERIFY(model.data(model.index(0, ReviewQueueModel::ImpactColumn)).toString().contains(QStringLiteral("EUR")));
    }

    void sortOrders_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("age") << int(ReviewQueueModel::AgeColumn);
        QTest::newRow("confidence") << int(ReviewQueueModel::ConfidenceColumn);
    }
    void sortOrders()
    {
        QFETCH(int, column);
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCachePath(m_path);
        model.sort(column);
        settle(model);
        const QList<ReviewRow> rows = allRows(model);
        QCOMPARE(rows.size(), kItems);
        for (int i = 1; i < rows.size(); ++i) {
            if (column == ReviewQueueModel::AgeColumn)
                QVERIFY(rows[i - 1].createdAtMs <= rows[i].createdAtMs);   // oldest first
            else
                QVERIFY(rows[i - 1].aiConfidence <= rows[i].aiConfidence); // least sure first
        }
    }

    void facets_data()
    {
        QTest::addColumn<QVariantMap>("filter");
        QTest::addColumn<int>("expected");
        const auto count = [](auto pred) {
            int n = 0;
            for (int i = 0; i < kItems; ++i)
                n += pred(samples::reviewItem(i)) ? 1 : 0;
            return n;
        };
        QTest::newRow("kind video") << QVariantMap{{QStringLiteral("kind"), QStringLiteral("video")}}
                                    << count([](const ReviewItem &r) { return r.kind == MediaKind::Video; });
        QTest::newRow("flag reason") << QVariantMap{{QStringLiteral("flag_reason"), QStringList{QStringLiteral("low_confidence")}}}
                                     << count([](const ReviewItem &r) { return r.flagReasons.contains(FlagReason::LowConfidence); });
        QTest::newRow("tier") << QVariantMap{{QStringLiteral("tier"), QStringLiteral("direct_factory")}}
                              << count([](const ReviewItem &r) { return samples::supplier(r.supplierId.mid(4).toInt()).tier == SupplierTier::DirectFactory; });
        QTest::newRow("market") << QVariantMap{{QStringLiteral("market"), QStringList{QStringLiteral("AU"), QStringLiteral("GB")}}}
                                << count([](const ReviewItem &r) { return r.market == QLatin1String("AU") || r.market == QLatin1String("GB"); });
        QTest::newRow("locale") << QVariantMap{{QStringLiteral("locale"), QStringLiteral("de-DE")}}
                                << count([](const ReviewItem &r) { return r.locale == QLatin1String("de-DE"); });
        QTest::newRow("claimed nobody") << QVariantMap{{QStringLiteral("claimed"), QStringLiteral("nobody")}} << kItems;
        QTest::newRow("claimed me") << QVariantMap{{QStringLiteral("claimed"), QStringLiteral("me")}} << 0;
        QTest::newRow("search prefix") << QVariantMap{{QStringLiteral("search"), QStringLiteral("kett")}}
                                       << count([](const ReviewItem &r) { return r.title.contains(QLatin1String("kettle")); });
        QTest::newRow("search reason code") << QVariantMap{{QStringLiteral("search"), QStringLiteral("certification_claim")}}
                                            << count([](const ReviewItem &r) { return r.flagReasons.contains(FlagReason::CertificationClaim); });
        QTest::newRow("search and facet") << QVariantMap{{QStringLiteral("search"), QStringLiteral("waterproof")},
                                                         {QStringLiteral("market"), QStringLiteral("DE")}}
                                          << count([](const ReviewItem &r) { return r.kind == MediaKind::Copy && r.market == QLatin1String("DE"); });
        QTest::newRow("sla breached") << QVariantMap{{QStringLiteral("sla"), QStringLiteral("breached")}}
                                      << count([](const ReviewItem &r) { return r.slaDueAt < QDateTime::currentDateTimeUtc(); });
        QTest::newRow("fts syntax typed") << QVariantMap{{QStringLiteral("search"), QStringLiteral("\"NEAR( kettle")}}
                                          << count([](const ReviewItem &r) { return r.title.contains(QLatin1String("kettle")); }) * 0;
    }
    void facets()
    {
        QFETCH(QVariantMap, filter);
        QFETCH(int, expected);
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSupervisorId(QStringLiteral("sv-me"));
        model.setCachePath(m_path);
        model.setQuery(ReviewQuery::fromVariant(filter));
        settle(model);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(allRows(model).size(), expected);
    }

    void readsWhileAFirstSyncHasDroppedTheIndexes_data()
    {
        QTest::addColumn<QVariantMap>("filter");
        QTest::newRow("impact") << QVariantMap{};
        QTest::newRow("age") << QVariantMap{{QStringLiteral("sort"), QStringLiteral("age")}};
        QTest::newRow("confidence") << QVariantMap{{QStringLiteral("sort"), QStringLiteral("confidence")}};
        QTest::newRow("claimed by others") << QVariantMap{{QStringLiteral("claimed"), QStringLiteral("others")}};
        QTest::newRow("due soon") << QVariantMap{{QStringLiteral("sla"), QStringLiteral("due_soon")}};
    }
    void readsWhileAFirstSyncHasDroppedTheIndexes()
    {
        // The reader pins its plans to indexes (INDEXED BY), which a first sync's bulk mode drops
        // until it has caught up: the queue must still read, the same rows, only without the pin.
        QFETCH(QVariantMap, filter);
        const QString bulkPath = m_dir.filePath(QStringLiteral("bulk-%1.db").arg(QString::fromUtf8(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        {
            Database bulk = openCache(bulkPath);
            samples::fillThroughStores(bulk, kItems);
            Transaction tx(bulk);
            BulkLoad::begin(bulk);
            tx.commit();
            QVERIFY(BulkLoad::active(bulk));
        }
        const auto rowsOf = [&](const QString &path) {
            ReviewQueueModel model;
            model.setSupervisorId(QStringLiteral("sv-me"));
            model.setCachePath(path);
            model.setQuery(ReviewQuery::fromVariant(filter));
            settle(model);
            QStringList ids;
            for (const ReviewRow &r : allRows(model))
                ids << r.id;
            return ids;
        };
        const QStringList indexed = rowsOf(m_path);
        QCOMPARE(rowsOf(bulkPath), indexed);
    }

    void countIsCapped()
    {
        ReviewQueueReader reader(m_path);
        const auto capped = reader.count(ReviewQuery(), 100);
        QCOMPARE(capped.rows, 100);
        QVERIFY(capped.capped);
        const auto exact = reader.count(ReviewQuery(), 5000);
        QCOMPARE(exact.rows, kItems);
        QVERIFY(!exact.capped);
    }

    void keysetPagesEqualOffsetPages_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("impact") << int(ReviewSort::Impact);
        QTest::newRow("age") << int(ReviewSort::Age);
        QTest::newRow("confidence") << int(ReviewSort::Confidence);
    }
    void keysetPagesEqualOffsetPages()
    {
        QFETCH(int, sort);
        ReviewQueueReader reader(m_path);
        ReviewQuery query;
        query.sort = ReviewSort(sort);
        const auto anchors = reader.anchors(query, 128, {});
        QVERIFY(anchors);
        QCOMPARE(anchors->rows, kItems);
        QCOMPARE(anchors->lastKeys.size(), kItems / 128);
        for (int page = 1; page < anchors->lastKeys.size(); ++page) {
            const ReviewPage keyset = reader.page(query, 128, anchors->lastKeys.at(page - 1));
            const ReviewPage offset = reader.page(query, 128, std::nullopt, qint64(page) * 128);
            QCOMPARE(keyset.size(), 128);
            for (int i = 0; i < keyset.size(); ++i)
                QCOMPARE(keyset[i].id, offset[i].id);
        }
        const ReviewPage first = reader.page(query, 128, std::nullopt);
        QCOMPARE(reader.positionOf(query, first.at(17).id), 17);
        QCOMPARE(reader.positionOf(query, QStringLiteral("no-such-item")), -1);
    }

    // A search with many matches runs with the match set (the order's index drives); it must give
    // exactly the rows the FTS-driven plan gives, in every order, and see writes made after it.
    void manyMatchesGiveTheSameRows_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("sort");
        QTest::newRow("kettle by impact") << QStringLiteral("kettle") << int(ReviewSort::Impact);
        QTest::newRow("waterproof by age") << QStringLiteral("waterproof") << int(ReviewSort::Age);
        QTest::newRow("prefix by confidence") << QStringLiteral("bamb") << int(ReviewSort::Confidence);
        QTest::newRow("two words") << QStringLiteral("steel 7") << int(ReviewSort::Impact);
    }
    void manyMatchesGiveTheSameRows()
    {
        QFETCH(QString, search);
        QFETCH(int, sort);
        ReviewQuery query;
        query.search = search;
        query.sort = ReviewSort(sort);
        ReviewQueueReader drives(m_path);
        ReviewQueueReader matchSet(m_path);
        matchSet.setManyMatches(1);
        const auto ids = [&](ReviewQueueReader &reader) {
            QStringList out;
            for (const ReviewRow &r : reader.page(query, kItems, std::nullopt))
                out << r.id;
            return out;
        };
        const QStringList expected = ids(drives);
        QVERIFY(expected.size() > 10);
        QCOMPARE(ids(matchSet), expected);
        QCOMPARE(matchSet.count(query, kItems).rows, expected.size());
        const auto anchors = matchSet.anchors(query, 10, {});
        QVERIFY(anchors);
        QCOMPARE(anchors->rows, expected.size());
        QCOMPARE(matchSet.page(query, 10, anchors->lastKeys.at(0)).first().id, expected.at(10));

        // Written by another connection after the set was built: the next read sees it.
        ReviewItem added = samples::reviewItem(kItems + 1000);
        added.id = QStringLiteral("rev-added-") + search.left(4);
        added.title = search + QStringLiteral(" added later");
        added.gmvAtRisk = Money(99999999, QStringLiteral("EUR"));
        added.aiConfidence = 0;
        added.createdAt = samples::baseTime().addYears(-1);
        {
            Transaction tx(*m_db);
            ReviewStore(*m_db).upsert(added);
            tx.commit();
        }
        QCOMPARE(ids(matchSet).value(0), added.id);
        {
            Transaction tx(*m_db);
            ReviewStore(*m_db).remove(added.id);
            tx.commit();
        }
        QCOMPARE(ids(matchSet), expected);
    }

    void pendingDecisionShownOnTop()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCachePath(m_path);
        settle(model);
        const QString id = model.data(model.index(3, 0), ReviewQueueModel::IdRole).toString();
        QCOMPARE(model.data(model.index(3, ReviewQueueModel::StatusColumn)).toString(), QStringLiteral("open"));
        {
            Transaction tx(*m_db);
            OutboxStore outbox(*m_db);
            Command c;
            c.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
            c.type = CommandType::ReviewDecide;
            c.target = id;
            c.baseVersion = 1;
            DecidePayload payload;
            payload.decision = DecisionKind::Approve;
            c.payload = codec::encode(payload);
            outbox.enqueue(c, QDateTime::currentDateTimeUtc(), std::chrono::seconds(60));
            tx.commit();
        }
        model.refreshIntents();
        QTRY_COMPARE(model.data(model.index(3, ReviewQueueModel::StatusColumn)).toString(),
                     QStringLiteral("approved (pending)"));
        QCOMPARE(model.data(model.index(3, 0), ReviewQueueModel::PendingDecisionRole).toString(), QStringLiteral("approve"));
        {
            OutboxStore outbox(*m_db);
            QVERIFY(outbox.undo(QStringLiteral("11111111-2222-3333-4444-555555555555"), QDateTime::currentDateTimeUtc()));
        }
        model.refreshIntents();
        QTRY_COMPARE(model.data(model.index(3, ReviewQueueModel::StatusColumn)).toString(), QStringLiteral("open"));
    }

    void liveRowsKeepTheSelection()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCachePath(m_path);
        settle(model);
        const int before = model.rowCount();
        const QString id = model.data(model.index(5, 0), ReviewQueueModel::IdRole).toString();
        const QPersistentModelIndex selected(model.index(5, ReviewQueueModel::ItemColumn));
        model.setPinnedId(id);
        {
            // Three new items with the highest impact of all: they come in above the selection.
            Transaction tx(*m_db);
            ReviewStore store(*m_db);
            for (int i = 0; i < 3; ++i) {
                ReviewItem item = samples::reviewItem(900000 + i);
                item.gmvAtRisk = Money(999999900 + i, QStringLiteral("EUR"));
                store.upsert(item);
            }
            tx.commit();
        }
        QSignalSpy refreshed(&model, &ReviewQueueModel::refreshed);
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), before + 3);
        QCOMPARE(selected.row(), 8);
        QCOMPARE(selected.data(ReviewQueueModel::IdRole).toString(), id);
        {
            Transaction tx(*m_db);
            ReviewStore store(*m_db);
            for (int i = 0; i < 3; ++i)
                store.remove(samples::reviewItem(900000 + i).id);
            tx.commit();
        }
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(selected.row(), 5);
        QCOMPARE(selected.data(ReviewQueueModel::IdRole).toString(), id);
    }

    void staleAnswersAreDropped()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCachePath(m_path);
        // Three queries in a row without waiting: only the last one's rows may show.
        model.setQuery(ReviewQuery::fromVariant({{QStringLiteral("kind"), QStringLiteral("image")}}));
        model.setQuery(ReviewQuery::fromVariant({{QStringLiteral("kind"), QStringLiteral("video")}}));
        model.setQuery(ReviewQuery::fromVariant({{QStringLiteral("kind"), QStringLiteral("copy")}}));
        settle(model);
        const QList<ReviewRow> rows = allRows(model);
        QVERIFY(!rows.isEmpty());
        for (const ReviewRow &row : rows)
            QCOMPARE(row.kind, MediaKind::Copy);
    }

    void savedViewRoundTrip()
    {
        ReviewQuery q;
        q.sort = ReviewSort::Confidence;
        q.kinds = {QStringLiteral("copy")};
        q.flagReasons = {QStringLiteral("forbidden_claim")};
        q.claimed = ClaimFilter::Others;
        q.sla = SlaFilter::DueSoon;
        q.search = QStringLiteral("CE kettle");
        QVERIFY(ReviewQuery::fromVariant(q.toVariant()) == q);
        QCOMPARE(ftsQuery(QStringLiteral("  CE \"kettle ")), QStringLiteral("\"CE\"* \"kettle\"*"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestReviewQueueModel)
#include "test_reviewqueuemodel.moc"
