// Storage throughput: what applying a large pulled page costs, and the queries the desks run.
//   bench_storage [count=100000] [folder=a temporary one]
// Prints a table: operation, count, ms, rows/s. Not a test: no assertion on time (DESIGN.md).
#include "../models/CodecSamples.h"
#include "storage/BulkLoad.h"
#include "storage/CacheDatabase.h"
#include "storage/CacheWriter.h"
#include "storage/OutboxStore.h"
#include "storage/ReviewStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/Codecs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace wk;

namespace {
struct Timing {
    qint64 wallNanos = 0;
    double cpuMs = 0; // user + system of this process: steadier than wall time on a shared machine
};

void row(const char *operation, qint64 count, Timing t)
{
    const double ms = double(t.wallNanos) / 1e6;
    const double perSecond = t.wallNanos > 0 ? double(count) * 1e9 / double(t.wallNanos) : 0;
    std::printf("| %-55s | %9lld | %10.1f | %10.1f | %12.0f |\n", operation, static_cast<long long>(count), ms,
                t.cpuMs, perSecond);
    std::fflush(stdout);
}

Timing timed(const std::function<void()> &work)
{
    const std::clock_t cpu = std::clock();
    QElapsedTimer t;
    t.start();
    work();
    return {t.nsecsElapsed(), double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC};
}

const QStringList kWords{QStringLiteral("rattan"), QStringLiteral("ceramic"), QStringLiteral("bamboo"),
                         QStringLiteral("linen"), QStringLiteral("steel"), QStringLiteral("walnut"),
                         QStringLiteral("glass"), QStringLiteral("wool")};
const QStringList kThings{QStringLiteral("lamp"), QStringLiteral("mug"), QStringLiteral("rug"),
                          QStringLiteral("vase"), QStringLiteral("chair"), QStringLiteral("throw")};
const QStringList kMarkets{QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("GB"), QStringLiteral("AU"),
                           QStringLiteral("CA"), QStringLiteral("JP")};

ReviewItem makeItem(int i, QRandomGenerator &gen)
{
    ReviewItem item = samples::reviewItem();
    item.id = QStringLiteral("rev-%1").arg(i, 7, 10, QLatin1Char('0'));
    item.kind = MediaKind(i % 3);
    item.title = QStringLiteral("%1 %2 %3").arg(kWords.at(gen.bounded(int(kWords.size()))),
                                                kThings.at(gen.bounded(int(kThings.size())))).arg(i);
    item.sku = QStringLiteral("SKU-%1").arg(i % 20000);
    item.productId = QStringLiteral("prod-%1").arg(i % 20000);
    item.supplierId = QStringLiteral("sup-%1").arg(i % 600);
    item.market = kMarkets.at(i % kMarkets.size());
    item.status = (i % 10) < 7 ? ReviewStatus::Open : ReviewStatus::Decided;
    item.flagReasons = {FlagReason(gen.bounded(13)), FlagReason(gen.bounded(13))};
    item.aiConfidence = gen.generateDouble();
    item.gmvAtRisk = Money(gen.bounded(5000000), QStringLiteral("EUR"));
    item.slaDueAt = samples::at(22, 0, 0).addSecs(gen.bounded(86400 * 3));
    item.media->id = QStringLiteral("media-%1").arg(i);
    item.sourceMedia->id = QStringLiteral("src-%1").arg(i % 20000);
    if (item.status != ReviewStatus::Decided)
        item.decision.reset();
    item.version = 1;
    return item;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    QTemporaryDir tmp;
    const QString folder = args.size() > 2 ? args.at(2) : tmp.path();
    const QString path = folder + QStringLiteral("/bench-cache.db");
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    QRandomGenerator gen(42);
    QList<ReviewItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items << makeItem(i, gen);

    std::printf("bench_storage: %d review items, %s\n\n", count, qPrintable(path));
    std::printf("| %-55s | %9s | %10s | %10s | %12s |\n", "operation", "count", "wall ms", "cpu ms", "rows/s (wall)");
    std::printf("|%s|%s|%s|%s|%s|\n", QByteArray(57, '-').constData(), QByteArray(11, '-').constData(),
                QByteArray(12, '-').constData(), QByteArray(12, '-').constData(), QByteArray(14, '-').constData());

    QList<QJsonObject> wire;
    wire.reserve(count);
    row("codec::encode review item (CPU only)", count, timed([&] {
            for (const ReviewItem &item : items)
                wire << codec::encode(item);
        }));

    {
        // A first sync's writer alone (no network, no decoding on this thread): pages of 1,000 changes
        // as decodeChangesPageBody hands them to the engine, one transaction each, in bulk mode
        // (BulkLoad.h), then the index build that follows the last page.
        const QString bulkPath = folder + QStringLiteral("/bench-bulk.db");
        QList<ChangesPage> pages;
        for (int first = 0; first < count; first += 1000) {
            ChangesPage page;
            for (int i = first; i < qMin(count, first + 1000); ++i) {
                ReviewItem item = items.at(i);
                item.status = ReviewStatus::Open;
                item.decision.reset();
                page.changes << codec::upsertChange(item);
            }
            page.cursor = QStringLiteral("c%1").arg(first);
            page.hasMore = true;
            pages << codec::decodeChangesPageBody(QJsonDocument(codec::encode(page)).toJson(QJsonDocument::Compact));
        }
        Database db = openCache(bulkPath);
        CacheWriter writer(db);
        {
            Transaction tx(db);
            BulkLoad::begin(db);
            tx.commit();
        }
        writer.setBulkLoad(true);
        row("first sync writer: pages of 1,000, bulk mode", count, timed([&] {
                for (const ChangesPage &page : std::as_const(pages)) {
                    Transaction tx(db);
                    writer.applyPage(page, QDateTime::currentDateTimeUtc());
                    tx.commit();
                }
            }));
        pages.clear();
        row("first sync writer: then every index built", count, timed([&] {
                for (bool more = true; more;) {
                    Transaction tx(db);
                    more = BulkLoad::finishStep(db);
                    tx.commit();
                }
            }));
        writer.setBulkLoad(false);
    }

    qint64 matched = 0;
    {
        Database db = openCache(path);
        ReviewStore reviews(db);
        row("upsert(item): insert, encode included, one transaction", count, timed([&] {
                Transaction tx(db);
                for (const ReviewItem &item : items)
                    reviews.upsert(item);
                tx.commit();
            }));

        for (int i = 0; i < count; ++i) {
            items[i].version = 2;
            items[i].title += QStringLiteral(" v2");
            items[i].status = ReviewStatus::Claimed;
            wire[i] = codec::encode(items[i]);
        }
        row("upsert(item, wire): update + FTS, one transaction", count, timed([&] {
                Transaction tx(db);
                for (int i = 0; i < count; ++i)
                    reviews.upsert(items.at(i), wire.at(i));
                tx.commit();
            }));

        for (int i = 0; i < count; ++i)
            items[i].version = 1;
        row("upsert(item, wire): stale version, skipped", count, timed([&] {
                Transaction tx(db);
                for (int i = 0; i < count; ++i)
                    reviews.upsert(items.at(i), wire.at(i));
                tx.commit();
            }));

        for (int i = 0; i < count; ++i) {
            items[i].version = 3;
            items[i].claimedBy = QStringLiteral("sv-%1").arg(i % 7);
            items[i].claimExpiresAt = items[i].slaDueAt;
            wire[i] = codec::encode(items[i]);
        }
        row("upsert(item, wire): claim only (no text change)", count, timed([&] {
                Transaction tx(db);
                for (int i = 0; i < count; ++i)
                    reviews.upsert(items.at(i), wire.at(i));
                tx.commit();
            }));

        const int singles = qMin(count, 1000);
        for (int i = 0; i < singles; ++i) {
            items[i].version = 4;
            items[i].title += QStringLiteral(" v3");
            wire[i] = codec::encode(items[i]);
        }
        row("upsert(item, wire): one transaction each (commit cost)", singles, timed([&] {
                for (int i = 0; i < singles; ++i) {
                    Transaction tx(db);
                    reviews.upsert(items.at(i), wire.at(i));
                    tx.commit();
                }
            }));

        ChangesPage page;
        page.changes.reserve(count);
        for (int i = 0; i < count; ++i) {
            items[i].version = 5;
            items[i].status = ReviewStatus::Open;
            Change change = codec::upsertChange(items.at(i));
            change.decoded.reset();   // the writer decodes dataText itself, as for a change built by hand
            page.changes << change;
        }
        page.cursor = QStringLiteral("bench");
        row("CacheWriter::applyPage: decode+upsert, one transaction", count, timed([&] {
                CacheWriter writer(db);
                Transaction tx(db);
                writer.applyPage(page, QDateTime::currentDateTimeUtc());
                tx.commit();
            }));

        const int gets = qMin(count, 10000);
        row("get(id): read + decode, random ids", gets, timed([&] {
                QRandomGenerator g(7);
                for (int i = 0; i < gets; ++i)
                    reviews.get(items.at(g.bounded(count)).id);
            }));

        row("FTS: MATCH 'rattan lamp' (count)", 1, timed([&] {
                Statement st(db, QStringLiteral("SELECT count(*) FROM review_items_fts WHERE review_items_fts MATCH "
                                                "'rattan lamp'"));
                st.step();
                matched = st.columnInt64(0);
            }));
        row("facets: count per flag reason over open+claimed", 13, timed([&] {
                Statement st(db, QStringLiteral("SELECT f.code, count(*) FROM review_items r CROSS JOIN flag_reasons f "
                                                "ON r.flag_mask & f.bit WHERE r.status IN ('open', 'claimed') "
                                                "GROUP BY f.code"));
                while (st.step()) {
                }
            }));
        row("facets: one pass of sum(flag_mask & bit) per reason", 13, timed([&] {
                QStringList sums;
                for (const QString &code : allCodes<FlagReason>())
                    sums << QStringLiteral("sum((flag_mask & %1) != 0)").arg(flagBit(*fromCode<FlagReason>(code)));
                Statement st(db, QStringLiteral("SELECT %1 FROM review_items WHERE status IN ('open', 'claimed')")
                                     .arg(sums.join(QStringLiteral(", "))));
                st.step();
            }));
        const int pages = 100;
        qint64 paged = 0;
        const Timing paging = timed([&] {
            Statement st(db, QStringLiteral("SELECT id, title, sla_due_at FROM review_items "
                                            "WHERE status = 'open' AND (sla_due_at, id) > (?1, ?2) "
                                            "ORDER BY sla_due_at, id LIMIT 100"));
            qint64 lastSla = 0;
            QString lastId = QStringLiteral("");
            for (int p = 0; p < pages; ++p) {
                st.bind(1, lastSla).bind(2, lastId);
                while (st.step()) {
                    lastSla = st.columnInt64(2);
                    lastId = st.columnText(0);
                    ++paged;
                }
                st.reset();
            }
        });
        row("keyset pages of 100 by (status, sla_due_at, id)", paged, paging);

        OutboxStore outbox(db);
        const int commands = qMin(count, 10000);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        row("outbox enqueue, one transaction", commands, timed([&] {
                Transaction tx(db);
                for (int i = 0; i < commands; ++i) {
                    Command c;
                    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    c.type = CommandType::ReviewNote;
                    c.target = items.at(i % count).id;
                    c.baseVersion = 2;
                    c.payload = {{QStringLiteral("text"), QStringLiteral("note")}};
                    outbox.enqueue(c, now, std::chrono::milliseconds(i % 2 ? 5000 : 0));
                }
                tx.commit();
            }));
        row("outbox due(now, 500) over the enqueued commands", 500, timed([&] { outbox.due(now, 500); }));
    } // closes the cache: the WAL is checkpointed into the file
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    row("openCache with quick_check (whole file)", 1, timed([&] {
            Database again = openCache(path);
        }));
    row("openCache without quick_check", 1, timed([&] {
            Database again = openCache(path, CacheOpenOptions{false, 5000});
        }));
    std::printf("\nFTS matched %lld rows; file %.1f MB.\n", static_cast<long long>(matched), megabytes);
    return 0;
}
