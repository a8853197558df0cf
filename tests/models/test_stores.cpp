// The cache's stores: round trips through the real schema, versions, search, media bookkeeping, the
// outbox's ordering, grace period, undo and acknowledgement, and that it all survives reopening.
#include "CodecSamples.h"
#include "storage/BulkLoad.h"
#include "storage/CacheDatabase.h"
#include "storage/CacheWriter.h"
#include "storage/JournalStore.h"
#include "storage/Migrator.h"
#include "storage/OrderStore.h"
#include "storage/OutboxStore.h"
#include "storage/ProductStore.h"
#include "storage/ReviewStore.h"
#include "storage/Statement.h"
#include "storage/SupplierStore.h"
#include "storage/SyncStateStore.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <functional>

using namespace wk;
using namespace std::chrono_literals;
using ReviewMutation = std::function<void(wk::ReviewItem &)>;
Q_DECLARE_METATYPE(ReviewMutation)

namespace {
qint64 scalar(Database &db, const QString &sql)
{
    Statement st(db, sql);
    if (!st.step())
        return -1;
    return st.columnInt64(0);
}

QString text(Database &db, const QString &sql)
{
    Statement st(db, sql);
    return st.step() ? st.columnText(0) : QString();
}

// The review_items indexes as the schema has them: name and statement.
QStringList reviewIndexes(Database &db)
{
    Statement st(db, QStringLiteral("SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                                    "WHERE type = 'index' AND tbl_name = 'review_items' ORDER BY name"));
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

QStringList searchReviews(Database &db, const QString &query)
{
    Statement st(db, QStringLiteral("SELECT r.id FROM review_items_fts f JOIN review_items r ON r.rowid = f.rowid "
                                    "WHERE review_items_fts MATCH ?1 ORDER BY r.id"));
    st.bind(1, query);
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

Command command(CommandType type, const QString &target, qint64 baseVersion = 1)
{
    Command c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.type = type;
    c.target = target;
    c.baseVersion = baseVersion;
    if (type == CommandType::ReviewDecide)
        c.payload = {{QStringLiteral("decision"), QStringLiteral("approve")}};
    return c;
}

QStringList ids(const QList<Command> &commands)
{
    QStringList out;
    for (const Command &c : commands)
        out << c.id;
    return out;
}

const QDateTime kNow = samples::at(22, 9, 0);
} // namespace

class TestStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
    QString m_path;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_n));
        m_db = std::make_unique<Database>(openCache(m_path));
    }
    void cleanup() { m_db.reset(); }

    void flagReasonBitsMatchTheEnum()
    {
        const QStringList codes = allCodes<FlagReason>();
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM flag_reasons")), codes.size());
        for (const QString &code : codes) {
            Statement st(*m_db, QStringLiteral("SELECT bit FROM flag_reasons WHERE code = ?1"));
            st.bind(1, code);
            QVERIFY2(st.step(), qPrintable(code));
            QCOMPARE(st.columnInt64(0), flagBit(*fromCode<FlagReason>(code)));
        }
    }

    void reviewRoundTrip_data()
    {
        QTest::addColumn<ReviewItem>("item");
        QTest::newRow("full") << samples::reviewItem();
        QTest::newRow("minimal") << samples::minimalReviewItem();
    }
    void reviewRoundTrip()
    {
        QFETCH(ReviewItem, item);
        ReviewStore store(*m_db);
        {
            Transaction tx(*m_db);
            QVERIFY(store.upsert(item));
            tx.commit();
        }
        QCOMPARE(store.get(item.id), item);
        QCOMPARE(store.version(item.id), item.version);
        QCOMPARE(store.wireData(item.id), codec::encode(item));
        QCOMPARE(store.count(), 1);
        QVERIFY(!store.get(QStringLiteral("nope")));
    }

    void reviewQueryableColumns()
    {
        ReviewStore store(*m_db);
        Transaction tx(*m_db);
        store.upsert(samples::reviewItem());
        store.upsert(samples::minimalReviewItem());
        tx.commit();
        Statement st(*m_db, QStringLiteral(
                                "SELECT kind, status, market, locale, gmv_minor, currency, claimed_by, "
                                "claim_expires_at, sla_due_at, flag_mask, media_id, source_media_id, decision "
                                "FROM review_items WHERE id = 'rev-0001'"));
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), QStringLiteral("video"));
        QCOMPARE(st.columnText(1), QStringLiteral("decided"));
        QCOMPARE(st.columnText(2), QStringLiteral("DE"));
        QCOMPARE(st.columnText(3), QStringLiteral("de-DE"));
        QCOMPARE(st.columnInt64(4), 1249900);
        QCOMPARE(st.columnText(5), QStringLiteral("EUR"));
        QCOMPARE(st.columnText(6), QStringLiteral("sv-anna"));
        QCOMPARE(st.columnInt64(7), samples::at(22, 8, 20, 500).toMSecsSinceEpoch());
        QCOMPARE(st.columnInt64(8), samples::at(22, 10, 0).toMSecsSinceEpoch());
        QCOMPARE(st.columnInt64(9), flagBit(FlagReason::ContinuityGlitch) | flagBit(FlagReason::FlashFrame)
                                        | flagBit(FlagReason::LowConfidence));
        QCOMPARE(st.columnText(10), samples::video().id);
        QCOMPARE(st.columnText(11), samples::image().id);
        QCOMPARE(st.columnText(12), QStringLiteral("regenerate"));
        // The minimal item has no claim: NULL, not '' (the claimed_by index is partial).
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT claimed_by IS NULL AND media_id IS NULL FROM review_items "
                                              "WHERE id = 'rev-0002'")),
                 1);
        // Facets are plain SQL.
        Statement facets(*m_db, QStringLiteral("SELECT f.code, count(*) FROM review_items r CROSS JOIN flag_reasons f "
                                               "ON r.flag_mask & f.bit GROUP BY f.code ORDER BY f.code"));
        QStringList seen;
        while (facets.step())
            seen << facets.columnText(0) + QLatin1Char('=') + QString::number(facets.columnInt(1));
        QCOMPARE(seen, (QStringList{QStringLiteral("continuity_glitch=1"), QStringLiteral("flash_frame=1"),
                                    QStringLiteral("low_confidence=1")}));
    }

    void reviewUpdateWritesWhatAnInsertWould_data()
    {
        // Each mutation touches one column group of GroupedUpsert (or several): the updated row must
        // equal the row a fresh insert of the final item gives.
        using Mutation = ReviewMutation;
        QTest::addColumn<Mutation>("mutate");
        QTest::newRow("nothing") << Mutation([](ReviewItem &) {});
        QTest::newRow("status") << Mutation([](ReviewItem &i) { i.status = ReviewStatus::Escalated; });
        QTest::newRow("queue keys") << Mutation([](ReviewItem &i) {
            i.slaDueAt = i.slaDueAt.addSecs(3600);
            i.gmvAtRisk = Money(1, QStringLiteral("EUR"));
            i.aiConfidence = 0.99;
            i.flagReasons = {FlagReason::TrademarkRisk};
        });
        QTest::newRow("claim released") << Mutation([](ReviewItem &i) {
            i.claimedBy.clear();
            i.claimExpiresAt = {};
        });
        QTest::newRow("claim renewed") << Mutation([](ReviewItem &i) { i.claimExpiresAt = i.claimExpiresAt.addSecs(60); });
        QTest::newRow("catalogue") << Mutation([](ReviewItem &i) {
            i.sku = QStringLiteral("NEW-SKU");
            i.title = QStringLiteral("New title");
            i.locale.clear();
        });
        QTest::newRow("decision withdrawn") << Mutation([](ReviewItem &i) {
            i.decision.reset();
            i.status = ReviewStatus::Open;
        });
        QTest::newRow("media regenerated, copy changed") << Mutation([](ReviewItem &i) {
            i.media->id = QStringLiteral("media-regenerated");
            i.sourceMedia.reset();
            i.copyText = QStringLiteral("Neu");
        });
        QTest::newRow("everything") << Mutation([](ReviewItem &i) {
            ReviewItem other = samples::minimalReviewItem();
            other.id = i.id;
            other.version = i.version;
            i = other;
        });
    }
    void reviewUpdateWritesWhatAnInsertWould()
    {
        using Mutation = ReviewMutation;
        QFETCH(Mutation, mutate);
        ReviewItem item = samples::reviewItem();
        ReviewStore updated(*m_db);
        Database freshDb = openCache(m_path + QStringLiteral(".fresh"));
        ReviewStore fresh(freshDb);
        {
            Transaction tx(*m_db);
            updated.upsert(item);
            mutate(item);
            item.version += 1;
            QVERIFY(updated.upsert(item));
            tx.commit();
        }
        {
            Transaction tx(freshDb);
            fresh.upsert(item);
            tx.commit();
        }
        const auto rowOf = [&item](Database &db) {
            Statement st(db, QStringLiteral("SELECT * FROM review_items WHERE id = ?1"));
            st.bind(1, item.id);
            QStringList out;
            if (st.step())
                for (int c = 1; c < st.columnCount(); ++c) // all but rowid
                    out << (st.columnIsNull(c) ? QStringLiteral("<null>") : st.columnText(c));
            return out;
        };
        QCOMPARE(rowOf(*m_db), rowOf(freshDb));
        QCOMPARE(updated.get(item.id), item);
        QCOMPARE(searchReviews(*m_db, QStringLiteral("new")), searchReviews(freshDb, QStringLiteral("new")));
    }

    void reviewVersions()
    {
        ReviewStore store(*m_db);
        ReviewItem item = samples::reviewItem();
        Transaction tx(*m_db);
        QVERIFY(store.upsert(item));
        ReviewItem older = item;
        older.version = item.version - 1;
        older.title = QStringLiteral("stale");
        QVERIFY(!store.upsert(older));
        QCOMPARE(store.get(item.id)->title, item.title);
        QVERIFY(store.upsert(item)); // the same version again is harmless
        ReviewItem newer = item;
        newer.version = item.version + 5;
        newer.status = ReviewStatus::Open;
        newer.decision.reset();
        QVERIFY(store.upsert(newer));
        QCOMPARE(store.get(item.id), newer);
        QCOMPARE(store.version(item.id), item.version + 5);
        tx.commit();
    }

    void reviewSearchFollowsEveryWrite()
    {
        ReviewStore store(*m_db);
        ReviewItem item = samples::reviewItem();
        Transaction tx(*m_db);
        store.upsert(item);
        store.upsert(samples::minimalReviewItem());
        QCOMPARE(searchReviews(*m_db, QStringLiteral("rattan")), QStringList{item.id});
        QCOMPARE(searchReviews(*m_db, QStringLiteral("handgeflochtene")), QStringList{item.id}); // copy text
        QCOMPARE(searchReviews(*m_db, QStringLiteral("flag_codes:flash_frame")), QStringList{item.id});
        QCOMPARE(searchReviews(*m_db, QStringLiteral("pendel*")), QStringList{item.id});

        item.version += 1;
        item.title = QStringLiteral("Bamboo floor lamp");
        item.flagReasons = {FlagReason::WrongColour};
        store.upsert(item);
        QVERIFY(searchReviews(*m_db, QStringLiteral("title:pendant")).isEmpty());
        QCOMPARE(searchReviews(*m_db, QStringLiteral("rattan")), QStringList{item.id}); // still in the copy
        QCOMPARE(searchReviews(*m_db, QStringLiteral("bamboo")), QStringList{item.id});
        QVERIFY(searchReviews(*m_db, QStringLiteral("flag_codes:flash_frame")).isEmpty());
        QCOMPARE(searchReviews(*m_db, QStringLiteral("wrong_colour")), QStringList{item.id});

        QVERIFY(store.remove(item.id));
        QVERIFY(!store.remove(item.id));
        QVERIFY(searchReviews(*m_db, QStringLiteral("bamboo")).isEmpty());
        QVERIFY(!store.get(item.id));
        tx.commit();
        m_db->exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('integrity-check')"));
    }

    void searchIndexStaysConsistent()
    {
        // The index is kept by ReviewStore, not by triggers (see 001_initial.sql): after any mix of
        // inserts, text changes, status-only changes, stale pages and removals, every word finds
        // exactly the items that contain it.
        const QStringList words{QStringLiteral("rattan"), QStringLiteral("bamboo"), QStringLiteral("linen"),
                                QStringLiteral("walnut"), QStringLiteral("glass"), QStringLiteral("wool")};
        ReviewStore store(*m_db);
        QMap<QString, ReviewItem> model;
        QRandomGenerator gen(1234);
        const auto check = [&] {
            for (const QString &word : words) {
                QStringList expected;
                for (const ReviewItem &item : std::as_const(model))
                    if (item.title.contains(word) || item.copyText.contains(word))
                        expected << item.id;
                expected.sort();
                QCOMPARE(searchReviews(*m_db, word), expected);
            }
            m_db->exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('integrity-check')"));
        };
        Transaction tx(*m_db);
        for (int op = 0; op < 400; ++op) {
            const QString id = QStringLiteral("rev-%1").arg(gen.bounded(25));
            const int what = gen.bounded(10);
            if (what == 0) {
                QCOMPARE(store.remove(id), model.remove(id) == 1);
                continue;
            }
            ReviewItem item = model.value(id, samples::minimalReviewItem());
            item.id = id;
            if (what <= 5 || !model.contains(id)) {
                item.title = words.at(gen.bounded(int(words.size()))) + QLatin1Char(' ')
                             + words.at(gen.bounded(int(words.size())));
                item.copyText = gen.bounded(2) ? words.at(gen.bounded(int(words.size()))) : QString();
            } else if (what <= 8) {
                item.status = ReviewStatus(gen.bounded(4)); // no text change
            } else {
                ReviewItem stale = item;
                stale.version -= 1;
                stale.title = QStringLiteral("stale");
                QVERIFY(!store.upsert(stale) || !model.contains(id));
                if (!model.contains(id))
                    model.insert(id, stale);
                continue;
            }
            item.version += 1;
            QVERIFY(store.upsert(item));
            model.insert(id, item);
            if (op % 100 == 99) {
                check();
                if (QTest::currentTestFailed())
                    return;
            }
        }
        check();
        tx.commit();
    }

    void bulkLoadLeavesTheSameIndexesAndSearch()
    {
        // A first sync drops review_items' secondary indexes and feeds no search index; finish()
        // must leave the cache as if every row had been written the usual way.
        const QStringList before = reviewIndexes(*m_db);
        QVERIFY(before.size() > 10);
        {
            Transaction tx(*m_db);
            BulkLoad::begin(*m_db);
            tx.commit();
        }
        QVERIFY(BulkLoad::active(*m_db));
        const QStringList during = reviewIndexes(*m_db);
        QVERIFY(during.size() < before.size());
        for (const QString &index : during)   // what stays is what keeps the data right
            QVERIFY2(index.startsWith(QStringLiteral("sqlite_autoindex")), qPrintable(index));
        // Durable: a console that stopped here opens the cache still in bulk mode.
        m_db = std::make_unique<Database>(openCache(m_path));
        QVERIFY(BulkLoad::active(*m_db));

        ReviewStore bulk(*m_db);
        bulk.setSearchIndexDeferred(true);
        {
            Transaction tx(*m_db);
            for (int i = 0; i < 50; ++i) {
                ReviewItem item = samples::minimalReviewItem();
                item.id = QStringLiteral("rev-%1").arg(i);
                item.title = i % 2 ? QStringLiteral("rattan %1").arg(i) : QStringLiteral("bamboo %1").arg(i);
                QVERIFY(bulk.upsert(item));
            }
            ReviewItem renamed = *bulk.get(QStringLiteral("rev-1"));
            renamed.title = QStringLiteral("walnut");
            renamed.version += 1;
            QVERIFY(bulk.upsert(renamed));
            QVERIFY(bulk.remove(QStringLiteral("rev-3")));
            tx.commit();
        }
        // Step by step, a transaction each (the engine's way): one index a step, the search index last.
        int steps = 0;
        for (bool more = true; more; ++steps) {
            Transaction tx(*m_db);
            more = BulkLoad::finishStep(*m_db);
            tx.commit();
            QCOMPARE(BulkLoad::active(*m_db), more);
        }
        QCOMPARE(steps, int(before.size() - during.size()) + 1);
        bulk.setSearchIndexDeferred(false);
        QVERIFY(!BulkLoad::active(*m_db));
        QCOMPARE(reviewIndexes(*m_db), before);
        m_db->exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('integrity-check')"));
        QCOMPARE(searchReviews(*m_db, QStringLiteral("walnut")), QStringList{QStringLiteral("rev-1")});
        QCOMPARE(searchReviews(*m_db, QStringLiteral("rattan")).size(), 23);   // 25 odd ones, less 1 and 3
        QCOMPARE(searchReviews(*m_db, QStringLiteral("bamboo")).size(), 25);
        QCOMPARE(m_db->integrityCheck(), QStringLiteral("ok"));
        {
            // Once finished, writes keep the search index up to date again.
            Transaction tx(*m_db);
            ReviewItem item = samples::minimalReviewItem();
            item.id = QStringLiteral("rev-new");
            item.title = QStringLiteral("linen");
            QVERIFY(bulk.upsert(item));
            BulkLoad::finish(*m_db);   // a no-op now
            tx.commit();
        }
        QCOMPARE(searchReviews(*m_db, QStringLiteral("linen")), QStringList{QStringLiteral("rev-new")});
        QCOMPARE(reviewIndexes(*m_db), before);
    }

    void indexTrimKeepsDroppedIndexesFromComingBackAfterABulkLoad()
    {
        // A cache left in bulk mode by a version with more indexes: migration 010 must take the
        // indexes it drops off the list that finish() builds, and keep the others on it.
        const QStringList before = reviewIndexes(*m_db);
        QVERIFY(!before.join(u'\n').contains(QStringLiteral("review_items_sku")));
        {
            Transaction tx(*m_db);
            BulkLoad::begin(*m_db);
            SyncStateStore state(*m_db);
            QJsonArray saved = QJsonDocument::fromJson(state.value(QStringLiteral("bulk_load_indexes"))->toUtf8()).array();
            const qsizetype kept = saved.size();
            QVERIFY(kept > 5);
            saved.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("review_items_sku")},
                                     {QStringLiteral("sql"), QStringLiteral("CREATE INDEX review_items_sku ON review_items (sku)")}});
            state.setValue(QStringLiteral("bulk_load_indexes"),
                           QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
            QFile migration(QStringLiteral(":/sql/cache/010_review_index_trim.sql"));
            QVERIFY(migration.open(QIODevice::ReadOnly));
            m_db->exec(QString::fromUtf8(migration.readAll()));
            QCOMPARE(QJsonDocument::fromJson(state.value(QStringLiteral("bulk_load_indexes"))->toUtf8()).array().size(), kept);
            BulkLoad::finish(*m_db);
            tx.commit();
        }
        QCOMPARE(reviewIndexes(*m_db), before);
    }

    void anItemWrittenBeforeMigration012KeepsItsWireData()
    {
        // A cache at schema 11 (the wire JSON still in review_items.data), migrated to the latest.
        QTemporaryDir dir;
        const QString schema11 = dir.filePath(QStringLiteral("schema11"));
        QVERIFY(QDir().mkpath(schema11));
        const QStringList files = Migrator(cacheSchema()).migrationFiles();
        QVERIFY(files.size() >= 12);
        for (qsizetype i = 0; i < 11; ++i)
            QVERIFY(QFile::copy(files.at(i), schema11 + u'/' + QFileInfo(files.at(i)).fileName()));
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        ReviewItem item = samples::reviewItem();
        item.status = ReviewStatus::Open;
        item.decision.reset();
        {
            Database old = openMigrated(path, {schema11, cacheSchema().applicationId, cacheSchema().description});
            QCOMPARE(old.userVersion(), 11);
            Statement st(old, QStringLiteral("INSERT INTO review_items (id, kind, status, sku, title, supplier_id, "
                                             "product_id, market, locale, ai_confidence, gmv_minor, currency, version, data) "
                                             "VALUES (?1, 'image', 'open', 'S', 'T', 'sup', 'p', 'DE', '', 0.5, 1, 'EUR', ?2, ?3)"));
            st.bind(1, item.id).bind(2, item.version);
            st.bind(3, QString::fromUtf8(QJsonDocument(codec::encode(item)).toJson(QJsonDocument::Compact)));
            st.run();
            // As ReviewStore kept it: the search index knows the row (remove() takes it out again).
            old.exec(QStringLiteral("INSERT INTO review_items_fts (rowid, title, copy_text, flag_codes) "
                                    "SELECT rowid, title, copy_text, flag_codes FROM review_items"));
        }
        Database db = openCache(path);
        ReviewStore store(db);
        QCOMPARE(store.get(item.id), std::optional<ReviewItem>(item));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('review_items') WHERE name = 'data'")), 0);
        // Its JSON goes with it.
        Transaction tx(db);
        QVERIFY(store.remove(item.id));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM review_item_data")), 0);
        tx.commit();
    }

    void mediaBookkeeping()
    {
        ReviewStore store(*m_db);
        ReviewItem item = samples::reviewItem();
        item.status = ReviewStatus::Open;
        Transaction tx(*m_db);
        store.upsert(item);
        auto video = store.mediaAsset(samples::video().id);
        QVERIFY(video);
        QCOMPARE(video->asset, samples::video());
        QCOMPARE(video->state, MediaDownloadState::Missing);
        QCOMPARE(store.mediaToDownload(10).size(), 2);

        store.setMediaDownload(video->asset.id, MediaDownloadState::Complete, QStringLiteral("/cache/v.mp4"),
                               video->asset.size);
        item.version += 1;
        store.upsert(item); // same bytes: the download stays
        video = store.mediaAsset(video->asset.id);
        QCOMPARE(video->state, MediaDownloadState::Complete);
        QCOMPARE(video->localPath, QStringLiteral("/cache/v.mp4"));
        QCOMPARE(store.mediaToDownload(10).size(), 1);

        item.version += 1;
        item.media->sha256 = QString(64, QLatin1Char('a')); // regenerated: other bytes
        store.upsert(item);
        video = store.mediaAsset(video->asset.id);
        QCOMPARE(video->state, MediaDownloadState::Missing);
        QVERIFY(video->localPath.isEmpty());
        QCOMPARE(video->bytesDownloaded, 0);
        QCOMPARE(video->asset.sha256, item.media->sha256);

        store.setMediaDownload(video->asset.id, MediaDownloadState::Failed, {}, 0, QStringLiteral("sha mismatch"));
        QCOMPARE(store.mediaAsset(video->asset.id)->lastError, QStringLiteral("sha mismatch"));
        // The schema keeps download_state to its four codes (migration 011 rewrote the CHECK).
        QVERIFY_THROWS_EXCEPTION(StorageError, m_db->exec(QStringLiteral("UPDATE media_assets SET download_state = "
                                                                         "'half' WHERE id = '%1'").arg(video->asset.id)));
        QCOMPARE(store.mediaAsset(video->asset.id)->state, MediaDownloadState::Failed);
        tx.commit();
    }

    void ordersEventsExceptions()
    {
        OrderStore store(*m_db);
        const Order order = samples::order();
        ShipmentEvent early = samples::shipmentEvent();
        early.id = QStringLiteral("evt-1");
        early.at = samples::at(12, 8, 0);
        const ShipmentEvent late = samples::shipmentEvent();
        const OrderException exception = samples::orderException();
        {
            Transaction tx(*m_db);
            QVERIFY(store.upsert(late)); // an event may arrive before its order
            QVERIFY(store.upsert(order));
            QVERIFY(store.upsert(early));
            QVERIFY(store.upsert(exception));
            tx.commit();
        }
        QCOMPARE(store.order(order.id), order);
        QCOMPARE(store.orderVersion(order.id), order.version);
        QCOMPARE(store.shipmentEvent(late.id), late);
        QCOMPARE(store.shipmentEvents(order.id), (QList<ShipmentEvent>{early, late}));
        QCOMPARE(store.exception(exception.id), exception);
        QCOMPARE(store.exceptionsOf(order.id), QList<OrderException>{exception});
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT total_minor FROM orders")), 9998 + 1500 + 1150);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT on_hold FROM orders")), 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT stage || '/' || currency FROM orders")),
                 QStringLiteral("customs/AUD"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT code || '/' || status FROM order_exceptions")),
                 QStringLiteral("CUSTOMS_HOLD/resolved"));

        Order stale = order;
        stale.version -= 1;
        Transaction tx(*m_db);
        QVERIFY(!store.upsert(stale));
        QVERIFY(store.removeShipmentEvent(early.id));
        QVERIFY(store.removeException(exception.id));
        QVERIFY(store.removeOrder(order.id));
        QVERIFY(!store.removeOrder(order.id));
        tx.commit();
        QCOMPARE(store.shipmentEvents(order.id), QList<ShipmentEvent>{late});
        QVERIFY(!store.order(order.id));
        QCOMPARE(store.orderCount(), 0);
    }

    void orderUpdateWritesWhatAnInsertWould()
    {
        const QList<std::function<void(Order &)>> mutations{
            [](Order &) {},
            [](Order &o) {
                o.stage = OrderStage::LastMile;
                o.stageEnteredAt = o.stageEnteredAt.addDays(1);
            },
            [](Order &o) { o.trackingNumber = QStringLiteral("YT0000000000000001"); },
            [](Order &o) { o.onHold = false; },
            [](Order &o) { o.carrier.clear(); },
            [](Order &o) {
                o.goods = Money(1, QStringLiteral("AUD"));
                o.quantity = 9;
            },
            [](Order &o) { o.supplierId = QStringLiteral("sup-777"); }};
        int n = 0;
        for (const auto &mutate : mutations) {
            Order order = samples::order();
            order.id = QStringLiteral("ord-%1").arg(++n);
            OrderStore updated(*m_db);
            Database freshDb = openCache(m_path + QStringLiteral(".fresh%1").arg(n));
            OrderStore fresh(freshDb);
            {
                Transaction tx(*m_db);
                QVERIFY(updated.upsert(order));
                mutate(order);
                order.version += 1;
                QVERIFY(updated.upsert(order));
                tx.commit();
            }
            {
                Transaction tx(freshDb);
                QVERIFY(fresh.upsert(order));
                tx.commit();
            }
            const auto rowOf = [&order](Database &db) {
                Statement st(db, QStringLiteral("SELECT * FROM orders WHERE id = ?1"));
                st.bind(1, order.id);
                QStringList out;
                if (st.step())
                    for (int c = 0; c < st.columnCount(); ++c)
                        out << (st.columnIsNull(c) ? QStringLiteral("<null>") : st.columnText(c));
                return out;
            };
            QCOMPARE(rowOf(*m_db), rowOf(freshDb));
            QCOMPARE(updated.order(order.id), order);
        }
    }

    void suppliersAndMetrics()
    {
        SupplierStore store(*m_db);
        const Supplier supplier = samples::supplier();
        SupplierMetrics week2 = samples::supplierMetrics();
        SupplierMetrics week1 = week2;
        week1.id = QStringLiteral("sup-001:2026-11-09:week");
        week1.periodStart = QDate(2026, 11, 9);
        SupplierMetrics month = week2;
        month.id = QStringLiteral("sup-001:2026-11-01:month");
        month.periodKind = PeriodKind::Month;
        month.periodStart = QDate(2026, 11, 1);
        {
            Transaction tx(*m_db);
            QVERIFY(store.upsert(supplier));
            QVERIFY(store.upsert(week2));
            QVERIFY(store.upsert(week1));
            QVERIFY(store.upsert(month));
            tx.commit();
        }
        QCOMPARE(store.supplier(supplier.id), supplier);
        QCOMPARE(store.supplierVersion(supplier.id), supplier.version);
        QCOMPARE(store.metricsById(week2.id), week2);
        QCOMPARE(store.metrics(supplier.id, PeriodKind::Week), (QList<SupplierMetrics>{week1, week2}));
        QCOMPARE(store.metrics(supplier.id, PeriodKind::Month), QList<SupplierMetrics>{month});
        QCOMPARE(text(*m_db, QStringLiteral("SELECT tier || '/' || status FROM suppliers")),
                 QStringLiteral("direct_factory/suspended"));
        Transaction tx(*m_db);
        QVERIFY(store.removeMetrics(week1.id));
        QVERIFY(store.removeSupplier(supplier.id));
        tx.commit();
        QVERIFY(!store.supplier(supplier.id));
        QCOMPARE(store.metrics(supplier.id, PeriodKind::Week), QList<SupplierMetrics>{week2});
        QCOMPARE(store.supplierCount(), 0);
    }

    void products()
    {
        ProductStore store(*m_db);
        const Product product = samples::product();
        Product other = product;
        other.id = QStringLiteral("prod-001");
        other.sku = QStringLiteral("AA-1");
        Transaction tx(*m_db);
        QVERIFY(store.upsert(product));
        QVERIFY(store.upsert(other));
        QCOMPARE(store.get(product.id), product);
        QCOMPARE(store.version(product.id), product.version);
        QCOMPARE(store.ofSupplier(product.supplierId), (QList<Product>{other, product}));
        Product stale = product;
        stale.version = 1;
        QVERIFY(!store.upsert(stale));
        QVERIFY(store.remove(other.id));
        QCOMPARE(store.count(), 1);
        tx.commit();
    }

    void outboxOrderAndGracePeriod()
    {
        OutboxStore outbox(*m_db);
        const Command claim = command(CommandType::ReviewClaim, QStringLiteral("rev-1"));
        const Command decide = command(CommandType::ReviewDecide, QStringLiteral("rev-1"));
        const Command release = command(CommandType::ReviewRelease, QStringLiteral("rev-1"));
        const Command note = command(CommandType::OrderNote, QStringLiteral("ord-1"));
        const qint64 s1 = outbox.enqueue(claim, kNow);
        const qint64 s2 = outbox.enqueue(decide, kNow, 5s);
        const qint64 s3 = outbox.enqueue(release, kNow);
        const qint64 s4 = outbox.enqueue(note, kNow.addMSecs(10));
        QVERIFY(s1 < s2 && s2 < s3 && s3 < s4);

        // The decision waits out its grace period, and holds back the release of the same item behind
        // it; the other target's note is not held back.
        QCOMPARE(ids(outbox.due(kNow.addSecs(1))), (QStringList{claim.id, note.id}));
        QCOMPARE(outbox.due(kNow.addSecs(1)).first().seq, s1);
        QCOMPARE(outbox.nextDueAt(), kNow);
        QCOMPARE(ids(outbox.due(kNow.addSecs(5))), (QStringList{claim.id, decide.id, release.id, note.id}));
        QCOMPARE(ids(outbox.due(kNow.addSecs(5), 2)), (QStringList{claim.id, decide.id}));
        QCOMPARE(outbox.due(kNow.addSecs(5)).at(1), [&] {
            Command c = decide;
            c.seq = s2;
            return c;
        }());

        // In flight: not due again, and it holds back what follows on the same target.
        outbox.markInFlight({claim.id}, kNow.addSecs(6));
        QCOMPARE(ids(outbox.due(kNow.addSecs(6))), QStringList{note.id});
        outbox.markRetry({claim.id}, QStringLiteral("connection refused"), kNow.addSecs(7));
        const auto retried = outbox.entry(claim.id);
        QCOMPARE(retried->state, OutboxState::Pending);
        QCOMPARE(retried->attempts, 1);
        QCOMPARE(retried->lastError, QStringLiteral("connection refused"));
        QCOMPARE(outbox.due(kNow.addSecs(7)).size(), 4);
    }

    void outboxUndo()
    {
        OutboxStore outbox(*m_db);
        const Command decide = command(CommandType::ReviewDecide, QStringLiteral("rev-1"));
        const Command late = command(CommandType::ReviewDecide, QStringLiteral("rev-2"));
        outbox.enqueue(decide, kNow, 5s);
        const qint64 lateSeq = outbox.enqueue(late, kNow, 5s);

        QVERIFY(outbox.undo(decide.id, kNow.addSecs(4)));
        QVERIFY(!outbox.entry(decide.id));
        QVERIFY(!outbox.undo(decide.id, kNow.addSecs(4))); // gone already
        QVERIFY(!outbox.undo(late.id, kNow.addSecs(5)));   // grace over: on its way
        QVERIFY(outbox.entry(late.id));
        outbox.markInFlight({late.id}, kNow.addSecs(5));
        QVERIFY(!outbox.undo(late.id, kNow.addSecs(1)));   // in flight, whatever the clock says

        // seq numbers are never reused, even for undone commands.
        const qint64 next = outbox.enqueue(command(CommandType::ReviewNote, QStringLiteral("rev-3")), kNow);
        QCOMPARE(next, lateSeq + 1);
        QCOMPARE(outbox.lastSeq(), next);

        const QList<JournalEntry> history = JournalStore(*m_db).forCommand(decide.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).event, QStringLiteral("enqueued"));
        QCOMPARE(history.at(1).event, QStringLiteral("undone"));
        QCOMPARE(history.at(1).type, QStringLiteral("review.decide"));
        QCOMPARE(history.at(1).target, QStringLiteral("rev-1"));
    }

    void outboxResults()
    {
        OutboxStore outbox(*m_db);
        const Command a = command(CommandType::ReviewDecide, QStringLiteral("rev-1"));
        const Command b = command(CommandType::ReviewDecide, QStringLiteral("rev-2"));
        const Command c = command(CommandType::OrderRefund, QStringLiteral("ord-1"));
        const Command d = command(CommandType::OrderNote, QStringLiteral("ord-2"));
        for (const Command &x : {a, b, c, d})
            outbox.enqueue(x, kNow);
        outbox.markInFlight({a.id, b.id, c.id, d.id}, kNow);
        QCOMPARE(outbox.status().pending, 4);
        QCOMPARE(outbox.status().oldestPendingAt, kNow);

        CommandResult applied{a.id, CommandOutcome::Applied, 13, {}, {}};
        CommandResult duplicate{d.id, CommandOutcome::Duplicate, 3, {}, {}};
        CommandResult conflict = samples::commandResults().results.at(1);
        CommandResult rejected{c.id, CommandOutcome::Rejected, 0, {}, samples::problem()};
        conflict.id = b.id;
        conflict.outcome = CommandOutcome::Conflict;
        conflict.problem.code = QStringLiteral("lease_held");
        conflict.current = {{QStringLiteral("entity"), QStringLiteral("review_item")},
                            {QStringLiteral("id"), QStringLiteral("rev-2")},
                            {QStringLiteral("version"), 14}};
        for (const CommandResult &r : {applied, duplicate, conflict, rejected})
            QVERIFY(outbox.recordResult(r, kNow.addSecs(1)));
        QVERIFY(!outbox.recordResult(applied, kNow.addSecs(2))); // answered already
        QVERIFY(!outbox.recordResult(CommandResult{QStringLiteral("unknown"), CommandOutcome::Applied, 1, {}, {}},
                                     kNow));

        QCOMPARE(outbox.entry(a.id)->state, OutboxState::Applied);
        QCOMPARE(outbox.entry(a.id)->resultVersion, 13);
        QCOMPARE(outbox.entry(d.id)->state, OutboxState::Applied);
        QVERIFY(outbox.pendingIntents().isEmpty());
        const OutboxStatus status = outbox.status();
        QCOMPARE(status.pending, 0);
        QVERIFY(!status.oldestPendingAt.isValid());
        QCOMPARE(status.conflicts, 1);
        QCOMPARE(status.rejected, 1);

        const QList<OutboxEntry> attention = outbox.needingAttention();
        QCOMPARE(attention.size(), 2);
        QCOMPARE(attention.at(0).command.id, b.id);
        QCOMPARE(attention.at(0).state, OutboxState::Conflict);
        QCOMPARE(attention.at(0).problem.code, QStringLiteral("lease_held"));
        QCOMPARE(attention.at(0).current, conflict.current);
        QCOMPARE(attention.at(0).command.payload, b.payload);
        QCOMPARE(attention.at(1).state, OutboxState::Rejected);
        QCOMPARE(attention.at(1).problem, samples::problem());

        QVERIFY(outbox.dismiss(b.id, kNow.addSecs(3)));
        QCOMPARE(outbox.needingAttention().size(), 1);
        QCOMPARE(outbox.pruneApplied(kNow.addSecs(2)), 2);
        QVERIFY(!outbox.entry(a.id));
        const auto events = JournalStore(*m_db).forCommand(b.id);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).event, QStringLiteral("conflict"));
        QCOMPARE(events.at(2).event, QStringLiteral("dismissed"));
    }

    void outboxPendingIntentsOverlay()
    {
        OutboxStore outbox(*m_db);
        ReviewStore reviews(*m_db);
        const Command decide = command(CommandType::ReviewDecide, samples::reviewItem().id,
                                       samples::reviewItem().version);
        {
            // A decision and its outbox row commit together...
            Transaction tx(*m_db);
            reviews.upsert(samples::reviewItem());
            outbox.enqueue(decide, kNow, 5s);
            tx.commit();
        }
        {
            // ...or not at all.
            Transaction tx(*m_db);
            outbox.enqueue(command(CommandType::ReviewNote, samples::reviewItem().id), kNow);
        }
        QCOMPARE(outbox.pendingIntents().size(), 1);
        // A pull that brings a newer server row leaves the intent alone (sync rule 3).
        ReviewItem newer = samples::reviewItem();
        newer.version += 1;
        {
            Transaction tx(*m_db);
            reviews.upsert(newer);
            tx.commit();
        }
        const auto pending = outbox.pendingFor(newer.id);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().command.id, decide.id);
        QCOMPARE(pending.first().command.baseVersion, samples::reviewItem().version);
        QCOMPARE(pending.first().notBefore, kNow.addSecs(5));
    }

    void outboxRefusesAReusedId()
    {
        OutboxStore outbox(*m_db);
        const Command c = command(CommandType::ReviewClaim, QStringLiteral("rev-1"));
        outbox.enqueue(c, kNow);
        try {
            outbox.enqueue(c, kNow);
            QFAIL("a reused command id must be refused");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Constraint);
        }
        QCOMPARE(outbox.pendingIntents().size(), 1);
    }

    void outboxSurvivesReopening()
    {
        const Command waiting = command(CommandType::ReviewDecide, QStringLiteral("rev-1"));
        const Command sent = command(CommandType::OrderHold, QStringLiteral("ord-1"));
        {
            OutboxStore outbox(*m_db);
            Transaction tx(*m_db);
            outbox.enqueue(waiting, kNow, 5s);
            outbox.enqueue(sent, kNow);
            tx.commit();
            outbox.markInFlight({sent.id}, kNow);
        }
        m_db.reset();
        m_db = std::make_unique<Database>(openCache(m_path));
        OutboxStore outbox(*m_db);
        QCOMPARE(outbox.pendingIntents().size(), 2);
        QCOMPARE(outbox.entry(sent.id)->state, OutboxState::InFlight);
        // The answer to the push was lost with the process: push again, same id.
        QCOMPARE(outbox.recoverInFlight(kNow.addSecs(60)), 1);
        QCOMPARE(ids(outbox.due(kNow.addSecs(60))), (QStringList{waiting.id, sent.id}));
        QCOMPARE(outbox.entry(sent.id)->attempts, 1);
        QCOMPARE(outbox.entry(waiting.id)->command.payload, waiting.payload);
    }

    void syncState()
    {
        SyncStateStore state(*m_db);
        QVERIFY(state.cursor().isEmpty());
        QVERIFY(state.clientId().isEmpty());
        QVERIFY(!state.lastPullAt().isValid());
        {
            Transaction tx(*m_db);
            state.setCursor(QStringLiteral("c-123"));
            state.setClientId(QStringLiteral("client-uuid"));
            state.setLastPullAt(samples::at(22, 9, 30, 123));
            state.setValue(QStringLiteral("custom"), QString());
            tx.commit();
        }
        QCOMPARE(state.cursor(), QStringLiteral("c-123"));
        QCOMPARE(state.clientId(), QStringLiteral("client-uuid"));
        QCOMPARE(state.lastPullAt(), samples::at(22, 9, 30, 123));
        QCOMPARE(state.value(QStringLiteral("custom")), QString(QStringLiteral("")));
        QVERIFY(!state.value(QStringLiteral("absent")));
        {
            // A page and its cursor commit together: a failed page keeps the old cursor.
            Transaction tx(*m_db);
            state.setCursor(QStringLiteral("c-456"));
        }
        QCOMPARE(state.cursor(), QStringLiteral("c-123"));
        state.setCursor({});
        QVERIFY(!state.value(SyncStateStore::cursorKey()));
    }

    void resyncKeepsLocalIntents()
    {
        ReviewStore reviews(*m_db);
        OrderStore orders(*m_db);
        OutboxStore outbox(*m_db);
        SyncStateStore state(*m_db);
        const Command decide = command(CommandType::ReviewDecide, samples::reviewItem().id);
        {
            Transaction tx(*m_db);
            reviews.upsert(samples::reviewItem());
            orders.upsert(samples::order());
            outbox.enqueue(decide, kNow, 5s);
            state.setCursor(QStringLiteral("old"));
            state.setClientId(QStringLiteral("me"));
            tx.commit();
        }
        {
            Transaction tx(*m_db);
            clearServerRows(*m_db);
            tx.commit();
        }
        QCOMPARE(reviews.count(), 0);
        QCOMPARE(orders.orderCount(), 0);
        QVERIFY(state.cursor().isEmpty());
        QCOMPARE(state.clientId(), QStringLiteral("me"));
        QCOMPARE(outbox.pendingIntents().size(), 1);
        QVERIFY(reviews.mediaAsset(samples::video().id)); // downloads are kept
        QCOMPARE(JournalStore(*m_db).recent(1).first().event, QStringLiteral("resync"));
        QVERIFY(searchReviews(*m_db, QStringLiteral("rattan")).isEmpty());
    }

    // A pulled page's data goes into the cache as the platform spelt it (Change::dataText, cut out
    // of the body), not re-serialised: an indented body keeps its indentation in every `data`.
    void cacheWriterStoresTheBytesThePlatformSent()
    {
        const QByteArray body = QJsonDocument(codec::encode(samples::changesPage())).toJson(QJsonDocument::Indented);
        const ChangesPage page = codec::decodeChangesPageBody(body);
        CacheWriter writer(*m_db);
        {
            Transaction tx(*m_db);
            writer.applyPage(page, kNow);
            tx.commit();
        }
        const QHash<EntityKind, QString> tables{
            {EntityKind::Supplier, QStringLiteral("suppliers")}, {EntityKind::SupplierMetrics, QStringLiteral("supplier_metrics")},
            {EntityKind::Product, QStringLiteral("products")},
            {EntityKind::ReviewItem, QStringLiteral("review_items AS r JOIN review_item_data AS d ON d.item_rowid = r.rowid")},
            {EntityKind::Order, QStringLiteral("orders")}, {EntityKind::ShipmentEvent, QStringLiteral("shipment_events")},
            {EntityKind::OrderException, QStringLiteral("order_exceptions")}};
        int upserts = 0;
        for (const Change &c : page.changes) {
            if (c.op != ChangeOp::Upsert)
                continue;
            QVERIFY(c.dataText.contains("\n    "));
            Statement st(*m_db, QStringLiteral("SELECT data FROM %1 WHERE id = ?1").arg(tables.value(c.entity)));
            st.bind(1, c.id);
            QVERIFY2(st.step(), qPrintable(c.id));
            QCOMPARE(st.columnText(0).toUtf8(), c.dataText);
            ++upserts;
        }
        QCOMPARE(upserts, 8);
    }

    void cacheWriterAppliesAPageWithItsCursor()
    {
        ChangesPage page;
        page.changes = {codec::upsertChange(samples::supplier()), codec::upsertChange(samples::supplierMetrics()),
                        codec::upsertChange(samples::product()), codec::upsertChange(samples::reviewItem()),
                        codec::upsertChange(samples::order()), codec::upsertChange(samples::shipmentEvent()),
                        codec::upsertChange(samples::orderException())};
        page.cursor = QStringLiteral("cursor-1");
        CacheWriter writer(*m_db);
        {
            Transaction tx(*m_db);
            const ApplyStats stats = writer.applyPage(page, kNow);
            QCOMPARE(stats.upserted, 7);
            QCOMPARE(stats.stale, 0);
            tx.commit();
        }
        QCOMPARE(writer.reviews().get(samples::reviewItem().id), samples::reviewItem());
        QCOMPARE(writer.orders().order(samples::order().id), samples::order());
        QCOMPARE(writer.orders().shipmentEvent(samples::shipmentEvent().id), samples::shipmentEvent());
        QCOMPARE(writer.orders().exception(samples::orderException().id), samples::orderException());
        QCOMPARE(writer.suppliers().supplier(samples::supplier().id), samples::supplier());
        QCOMPARE(writer.suppliers().metricsById(samples::supplierMetrics().id), samples::supplierMetrics());
        QCOMPARE(writer.products().get(samples::product().id), samples::product());
        QCOMPARE(writer.syncState().cursor(), QStringLiteral("cursor-1"));
        QCOMPARE(writer.syncState().lastPullAt(), kNow);

        // The next page: a delete, a stale copy, a newer order. It fails half-way: nothing of it stays,
        // not even its cursor.
        Order newer = samples::order();
        newer.version += 1;
        newer.stage = OrderStage::LastMile;
        ReviewItem stale = samples::reviewItem();
        stale.version -= 1;
        ChangesPage next;
        next.changes = {codec::deleteChange(EntityKind::Product, samples::product().id, samples::product().version + 1),
                        codec::upsertChange(stale), codec::upsertChange(newer)};
        next.cursor = QStringLiteral("cursor-2");
        ChangesPage broken = next;
        broken.changes << Change{EntityKind::Order, ChangeOp::Upsert, QStringLiteral("ord-x"), 1,
                                 QByteArrayLiteral(R"({"id":"ord-x"})"), {}};
        {
            Transaction tx(*m_db);
            QVERIFY_THROWS_EXCEPTION(DecodeError, writer.applyPage(broken, kNow.addSecs(60)));
        }
        QCOMPARE(writer.syncState().cursor(), QStringLiteral("cursor-1"));
        QVERIFY(writer.products().get(samples::product().id));
        {
            Transaction tx(*m_db);
            const ApplyStats stats = writer.applyPage(next, kNow.addSecs(60));
            QCOMPARE(stats.deleted, 1);
            QCOMPARE(stats.stale, 1);
            QCOMPARE(stats.upserted, 1);
            tx.commit();
        }
        QVERIFY(!writer.products().get(samples::product().id));
        QCOMPARE(writer.reviews().version(samples::reviewItem().id), samples::reviewItem().version);
        QCOMPARE(writer.orders().order(newer.id), newer);
        QCOMPARE(writer.syncState().cursor(), QStringLiteral("cursor-2"));
    }

    void journalIsAppendOnly()
    {
        JournalStore journal(*m_db);
        const qint64 first = journal.append({0, kNow, QStringLiteral("test"), {}, {}, {}, QStringLiteral("one")});
        const qint64 second = journal.append({0, kNow, QStringLiteral("test"), {}, {}, {}, QStringLiteral("two")});
        QCOMPARE(second, first + 1);
        QCOMPARE(journal.recent(1).first().detail, QStringLiteral("two"));
        QCOMPARE(journal.recent(1).first().at, kNow);
        for (const char *sql : {"UPDATE journal SET detail = 'x'", "DELETE FROM journal"}) {
            try {
                m_db->exec(QString::fromLatin1(sql));
                QFAIL(sql);
            } catch (const StorageError &e) {
                QCOMPARE(e.kind(), StorageError::Kind::Constraint);
            }
        }
        QCOMPARE(journal.recent(10).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "test_stores.moc"
