// The platform store on its own: versions, the change log, compaction, cursors, tokens.
#include "ChangeFeed.h"
#include "PlatformTestSupport.h"
#include "Tokens.h"
#include "generator/DataGenerator.h"

#include "storage/Transaction.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wk;
using namespace wk::platform;
using namespace wk::platformtest;

class TestPlatformStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void versionsAndLatestChangeOnly()
    {
        PlatformStore store(m_dir.filePath(QStringLiteral("a.sqlite")));
        QCOMPARE(feedSampleData(store), 19);
        QCOMPARE(store.entityCount(), 19);
        QCOMPARE(store.headSeq(), 19);
        {
            Transaction tx(store.database());
            QCOMPARE(store.upsert(EntityKind::Order, QStringLiteral("ord-0"), codec::encode(sampleOrder(0))), 2);
            QCOMPARE(store.remove(EntityKind::Supplier, QStringLiteral("sup-2")), 2);
            tx.commit();
        }
        const auto order = store.find(EntityKind::Order, QStringLiteral("ord-0"));
        QCOMPARE(order->version, 2);
        QCOMPARE(order->object().value(QStringLiteral("version")).toInteger(), 2);
        QVERIFY(store.find(EntityKind::Supplier, QStringLiteral("sup-2"))->deleted);
        QCOMPARE(store.entityCount(), 18);

        const ChangeSlice all = store.changesAfter(0, 100);
        QCOMPARE(all.entities.size(), 19);   // one row per entity, the tombstone included
        QCOMPARE(all.entities.constLast().id, QStringLiteral("sup-2"));
        QCOMPARE(all.lastSeq, 21);
        QVERIFY(!all.hasMore);
        const ChangeSlice tail = store.changesAfter(19, 1);
        QCOMPARE(tail.entities.size(), 1);
        QCOMPARE(tail.entities.at(0).id, QStringLiteral("ord-0"));
        QVERIFY(tail.hasMore);
    }

    void changedSinceIgnoresOwnLeaseChanges()
    {
        PlatformStore store(m_dir.filePath(QStringLiteral("b.sqlite")));
        feedSampleData(store);
        const QString id = QStringLiteral("rv-1");
        Transaction tx(store.database());
        store.upsert(EntityKind::ReviewItem, id, codec::encode(sampleReviewItem(1)), QStringLiteral("sup-1"), true);
        QVERIFY(!store.changedSince(EntityKind::ReviewItem, id, 1, QStringLiteral("sup-1")));
        QVERIFY(store.changedSince(EntityKind::ReviewItem, id, 1, QStringLiteral("sup-2")));
        store.upsert(EntityKind::ReviewItem, id, codec::encode(sampleReviewItem(1)), QStringLiteral("sup-1"), false);
        QVERIFY(store.changedSince(EntityKind::ReviewItem, id, 1, QStringLiteral("sup-1")));
        QVERIFY(!store.changedSince(EntityKind::ReviewItem, id, 3, QStringLiteral("sup-2")));
        tx.commit();
    }

    void compactionRaisesTheHorizonAndDropsTombstones()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.sqlite"));
        QString generation;
        {
            PlatformStore store(path);
            generation = store.generation();
            feedSampleData(store);
            Transaction tx(store.database());
            store.remove(EntityKind::ReviewItem, QStringLiteral("rv-0"));
            tx.commit();
            store.compact(5);
            QCOMPARE(store.horizon(), 15);
            store.compact(10);   // never lowers it
            QCOMPARE(store.horizon(), 15);
            store.compact(0);
            QCOMPARE(store.horizon(), 20);
            QVERIFY(!store.find(EntityKind::ReviewItem, QStringLiteral("rv-0")));
        }
        PlatformStore reopened(path);   // horizon and generation survive a restart
        QCOMPARE(reopened.horizon(), 20);
        QCOMPARE(reopened.generation(), generation);
        QCOMPARE(reopened.headSeq(), 20);
    }

    void splicedPageEqualsTheCodecsPage_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("all, with a delete") << 100;
    }

    void splicedPageEqualsTheCodecsPage()
    {
        QFETCH(int, limit);
        PlatformStore store(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(limit)));
        feedSampleData(store);
        {
            Transaction tx(store.database());
            store.remove(EntityKind::Order, QStringLiteral("ord-2"));
            tx.commit();
        }
        const ChangeSlice slice = limit == 0 ? ChangeSlice() : store.changesAfter(0, limit);
        ChangesPage expected;
        for (const StoredEntity &e : slice.entities)
            expected.changes.append(e.toChange());
        expected.cursor = QStringLiteral("c\"1");
        expected.hasMore = slice.hasMore;
        expected.lastCommandSeq = 17;
        const QByteArray body = encodeChangesPage(slice, expected.cursor, expected.hasMore, 17);
        QCOMPARE(codec::parseObject(body), codec::encode(expected));
        QCOMPARE(codec::decodeChangesPage(codec::parseObject(body)), expected);
    }

    // The pages the platform serves from generated data (every kind of entity, with the shapes the
    // generator gives them): the console's decoder on the body (one tape) gives the same pages as the
    // QJsonValue route, and each upsert's data is the stored text byte for byte.
    void generatedPagesDecodeAlikeBothWays()
    {
        PlatformStore store(m_dir.filePath(QStringLiteral("generated.sqlite")));
        GeneratorOptions options;
        options.suppliers = 30;
        options.products = 150;
        options.orders = 400;
        options.metricPeriods = 2;
        store.beginBatch();
        DataGenerator(options).generate(store);
        store.commitBatch();
        QSet<EntityKind> kinds;
        qint64 seq = 0, changes = 0;
        for (bool more = true; more;) {
            const ChangeSlice slice = store.changesAfter(seq, 250);
            const QByteArray body = encodeChangesPage(slice, QStringLiteral("c"), slice.hasMore, 0);
            const ChangesPage page = codec::decodeChangesPageBody(body);
            QCOMPARE(page, codec::decodeChangesPage(codec::parseObject(body)));
            QCOMPARE(page.changes.size(), slice.entities.size());
            for (qsizetype i = 0; i < page.changes.size(); ++i) {
                const Change &c = page.changes.at(i);
                QCOMPARE(c.dataText, slice.entities.at(i).data);
                QVERIFY(c.decoded);
                QCOMPARE(std::visit([](const auto &e) { return e.id; }, *c.decoded), c.id);
                kinds.insert(c.entity);
            }
            changes += page.changes.size();
            seq = slice.lastSeq;
            more = slice.hasMore;
        }
        QCOMPARE(changes, store.entityCount());
        QCOMPARE(kinds.size(), 7);   // every kind of entity was in a page
    }

    void cursorsRoundTrip()
    {
        QString generation;
        qint64 seq = 0, floor = 0;
        QVERIFY(decodeCursor(encodeCursor(QStringLiteral("g-1"), 42), &generation, &seq, &floor));
        QCOMPARE(generation, QStringLiteral("g-1"));
        QCOMPARE(seq, 42);
        QCOMPARE(floor, 42);
        QVERIFY(decodeCursor(encodeCursor(QStringLiteral("g-1"), 3, 40), &generation, &seq, &floor));
        QCOMPARE(seq, 3);
        QCOMPARE(floor, 40);
        QVERIFY(!decodeCursor(QStringLiteral("%%%"), &generation, &seq, &floor));
        QVERIFY(!decodeCursor(QString::fromLatin1(QByteArray("g:1").toBase64()), &generation, &seq, &floor));
    }

    void tokensFile()
    {
        const TokenTable t = TokenTable::fromText(QStringLiteral("# comment\n\nabc sup-7 Ada  Lovelace\n"), QStringLiteral("t"));
        QCOMPARE(t.find(QStringLiteral("abc"))->supervisorId, QStringLiteral("sup-7"));
        QCOMPARE(t.displayName(QStringLiteral("sup-7")), QStringLiteral("Ada Lovelace"));
        QVERIFY(!t.find(QStringLiteral("demo-1")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TokenTable::fromText(QStringLiteral("only-a-token\n"), QStringLiteral("t")));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TokenTable::fromText(QStringLiteral("# nothing\n"), QStringLiteral("t")));
        QCOMPARE(TokenTable::demo().tokens().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPlatformStore)
#include "test_platform_store.moc"
