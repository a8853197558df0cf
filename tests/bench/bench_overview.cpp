// watchkeeper-bench overview [--scale PERCENT] [--journal N] [--json]: how long one Overview refresh
// reads (OverviewQuery::read, what runs on the loader's thread after every throttled cacheUpdated),
// how fast the chained journal appends and how long `journal verify` takes. 100 % is the reference
// platform's full catalogue (20,000 products, 50,000 orders) with a day's flagged media.
#include "BenchRegistry.h"

#include "OverviewFixture.h"
#include "itemmodels/OverviewQuery.h"
#include "storage/CacheDatabase.h"
#include "storage/JournalChain.h"
#include "storage/JournalStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

namespace {

using namespace wk;
using namespace wk::bench;

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int runOverview(const QStringList &arguments)
{
    double scale = 100;
    qint64 journalRows = 100000;
    bool json = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--scale") && i + 1 < arguments.size())
            scale = arguments.at(++i).toDouble();
        else if (arguments.at(i) == QLatin1String("--journal") && i + 1 < arguments.size())
            journalRows = arguments.at(++i).toLongLong();
        else if (arguments.at(i) == QLatin1String("--json"))
            json = true;
    }
    const auto scaled = [scale](int full) { return std::max(1, int(full * scale / 100.0)); };
    fixture::OverviewFixtureSizes sizes;
    sizes.products = scaled(20000);
    sizes.images = scaled(4000);
    sizes.videos = scaled(6200);
    sizes.copies = scaled(2000);
    sizes.orders = scaled(50000);
    sizes.exceptions = scaled(1100);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    Database db = openCache(path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fixture::fillOverviewCache(db, now, 7, sizes);

    BenchReport report(QStringLiteral("overview"));
    report.setContext(QStringLiteral("review_items"), QString::number(sizes.images + sizes.videos + sizes.copies));
    report.setContext(QStringLiteral("orders"), QString::number(sizes.orders));
    report.setContext(QStringLiteral("journal_rows"), QString::number(journalRows));

    Database reader(path, Database::Mode::ReadOnly);
    const double snapshot = medianMs(5, [&] { OverviewQuery::read(reader, now); });
    // Baseline: the reason facets the naive way, one LIKE scan of the queue per reason.
    const double naiveReasons = medianMs(5, [&] {
        Statement codes(reader, QStringLiteral("SELECT code FROM flag_reasons"));
        while (codes.step()) {
            Statement st(reader, QStringLiteral("SELECT count(*) FROM review_items WHERE status IN ('open', 'claimed') "
                                                "AND flag_codes LIKE '%' || ?1 || '%'"));
            st.bind(1, codes.columnText(0));
            st.step();
        }
    });
    report.add({QStringLiteral("snapshot_ms"), QStringLiteral("one Overview refresh (every figure)"), snapshot,
                QStringLiteral("ms"), 250.0, naiveReasons, QStringLiteral("reason facets alone, one LIKE scan each"),
                true});

    // The journal: chained appends against plain inserts, both in one transaction per 1,000 rows.
    const auto appendRows = [&](bool chained, qint64 rows) {
        QElapsedTimer t;
        t.start();
        for (qint64 done = 0; done < rows;) {
            Transaction tx(db);
            JournalStore journal(db);
            Statement plain(db, QStringLiteral("INSERT INTO journal_plain (at, event, target, detail) VALUES (?1, 'applied', ?2, ?3)"));
            for (int i = 0; i < 1000 && done < rows; ++i, ++done) {
                const QString target = QStringLiteral("rev-%1").arg(done % 5000, 5, 10, QLatin1Char('0'));
                if (chained) {
                    journal.append({0, now, QStringLiteral("applied"), QStringLiteral("cmd-%1").arg(done),
                                    QStringLiteral("review.decide"), target, QStringLiteral("{\"version\":3}")});
                } else {
                    plain.bind(1, now.toMSecsSinceEpoch()).bind(2, target).bind(3, QStringLiteral("{\"version\":3}"));
                    plain.run();
                }
            }
            tx.commit();
        }
        return double(rows) / (double(t.nsecsElapsed()) / 1e9);
    };
    db.exec(QStringLiteral("CREATE TABLE journal_plain (seq INTEGER PRIMARY KEY, at INTEGER, event TEXT, target TEXT, "
                           "detail TEXT)"));
    const double plainRate = appendRows(false, journalRows);
    const double chainedRate = appendRows(true, journalRows);
    report.add({QStringLiteral("journal_append_per_s"), QStringLiteral("chained journal appends (with context)"),
                chainedRate, QStringLiteral("rows/s"), 5000.0, plainRate, QStringLiteral("plain INSERT, no hash"),
                false});
    JournalVerification result;
    const double verify = medianMs(3, [&] { result = JournalChain::verify(reader); });
    report.add({QStringLiteral("journal_verify_ms"), QStringLiteral("journal verify, whole chain"), verify,
                QStringLiteral("ms"), 2000.0, std::nullopt, QString(), true});
    if (!result.ok())
        qWarning("the benchmark's journal did not verify: %s", qPrintable(result.message()));
    report.add({QStringLiteral("peak_rss_mb"), QStringLiteral("peak resident memory"), peakRssMb(), QStringLiteral("MB"),
                std::nullopt, std::nullopt, QString(), true});
    return report.print(json);
}

} // namespace

WK_REGISTER_BENCH("overview", "Overview refresh, chained journal appends and verify [--scale PERCENT] [--journal N]",
                  runOverview);
