// `watchkeeper-bench fulfilment [--orders N] [--events N] [--db PATH] [--rebuild] [--json]`
// The Fulfilment desk on a large cache (default 2,000,000 orders and 10,000,000 shipment events):
// board open to first paint, filter change p95, exception queue open, a deep board page, peak RSS;
// each against a baseline measured in the same run (plain SQL without the summary table, the
// indexes or the keyset). The cache is built once by a child process (so its memory does not
// count in this one's peak RSS) and reused while its sizes match.
#include "BenchRegistry.h"
#include "FulfilmentBenchData.h"
#include "fulfilment/BoardView.h"
#include "fulfilment/FulfilmentDesk.h"
#include "itemmodels/ExceptionQueueModel.h"
#include "itemmodels/FulfilmentQueries.h"
#include "itemmodels/OrderBoardModel.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "sync/Workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace wk;
using namespace wk::bench;

namespace {
// A fixed "now" so that a reused cache has the same SLA picture every run.
const qint64 kNowMs = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

bool waitFor(QObject *sender, const char *signal, int timeoutMs = 60000)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, SLOT(quit()));
    return loop.exec() == 0;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[qsizetype(std::min<double>(double(values.size()) - 1, p * double(values.size())))];
}

double median(const QList<double> &values) { return percentile(values, 0.5); }

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }

// CPU time of the whole process (every thread) in ms: the work a filter change costs, apart from
// the time it waits for a core on a machine shared with other work (the load average says how much).
double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString loadAverage()
{
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) != 3)
        return QStringLiteral("unknown");
    return QStringLiteral("%1 %2 %3").arg(load[0], 0, 'f', 2).arg(load[1], 0, 'f', 2).arg(load[2], 0, 'f', 2);
}

// A filter in words, for the per-filter lines: "market=DE currency=EUR", "(none)".
QString describe(const FulfilmentFilter &f)
{
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QString::fromLatin1(key) + QLatin1Char('=') + value;
    };
    add("market", f.market);
    add("currency", f.currency);
    add("tier", f.supplierTier);
    add("carrier", f.carrier);
    add("exception", f.exceptionCode);
    if (f.slaBreached)
        parts << QStringLiteral("sla=breached");
    add("search", f.search);
    return parts.isEmpty() ? QStringLiteral("(none)") : parts.join(QLatin1Char(' '));
}

// The filters a supervisor flips through.
QList<FulfilmentFilter> filterCycle()
{
    QList<FulfilmentFilter> out;
    for (const char *m : {"US", "DE", "AU", "GB", "CA"}) {
        FulfilmentFilter f;
        f.market = QString::fromLatin1(m);
        out << f;
    }
    for (const char *c : {"ups", "china_post", "australia_post"}) {
        FulfilmentFilter f;
        f.carrier = QString::fromLatin1(c);
        out << f;
    }
    for (const char *t : {"pallet_trader", "direct_factory", "longtail_1688"}) {
        FulfilmentFilter f;
        f.supplierTier = QString::fromLatin1(t);
        out << f;
    }
    for (const char *x : {"LOST", "CUSTOMS_HOLD", "TRACKING_INVALID", "DAMAGED"}) {
        FulfilmentFilter f;
        f.exceptionCode = QString::fromLatin1(x);
        out << f;
    }
    FulfilmentFilter sla;
    sla.slaBreached = true;
    out << sla;
    FulfilmentFilter combo;
    combo.market = QStringLiteral("DE");
    combo.currency = QStringLiteral("EUR");
    combo.supplierTier = QStringLiteral("longtail_1688");
    out << combo;
    FulfilmentFilter search;
    search.search = QStringLiteral("ORD-0000012");
    out << search;
    out << FulfilmentFilter();
    return out;
}

// The baseline board: counts with a GROUP BY over the orders themselves and each column's first
// page, as one would write it without the summary table.
void naiveBoard(Database &db, const FulfilmentFilter &f)
{
    QString where = QStringLiteral(" WHERE 1");
    QStringList binds;
    const auto add = [&](const QString &column, const QString &value) {
        if (!value.isEmpty()) {
            where += QStringLiteral(" AND %1 = ?").arg(column);
            binds << value;
        }
    };
    add(QStringLiteral("market"), f.market);
    add(QStringLiteral("currency"), f.currency);
    add(QStringLiteral("carrier"), f.carrier);
    if (!f.supplierTier.isEmpty()) {
        where += QStringLiteral(" AND supplier_id IN (SELECT id FROM suppliers WHERE tier = ?)");
        binds << f.supplierTier;
    }
    if (!f.exceptionCode.isEmpty()) {
        where += QStringLiteral(" AND id IN (SELECT order_id FROM order_exceptions WHERE status = 'open' AND code = ?)");
        binds << f.exceptionCode;
    }
    Statement counts(db, QStringLiteral("SELECT stage, count(*) FROM orders") + where + QStringLiteral(" GROUP BY stage"));
    for (int i = 0; i < binds.size(); ++i)
        counts.bind(i + 1, binds[i]);
    while (counts.step()) {
    }
    for (OrderStage stage : kBoardStages) {
        Statement page(db, QStringLiteral("SELECT id, data FROM orders") + where
                               + QStringLiteral(" AND stage = ? ORDER BY stage_entered_at, id LIMIT 60"));
        int i = 1;
        for (const QString &b : binds)
            page.bind(i++, b);
        page.bind(i, toCode(stage));
        while (page.step()) {
        }
    }
}

int buildIfNeeded(const QString &db, qint64 orders, qint64 events, bool rebuild)
{
    const QString stamp = db + QStringLiteral(".complete");
    const QString expected = QStringLiteral("%1 %2").arg(orders).arg(events);
    QFile s(stamp);
    if (!rebuild && QFileInfo::exists(db) && s.open(QIODevice::ReadOnly) && QString::fromLatin1(s.readAll()) == expected)
        return 0;
    s.close();
    std::fprintf(stderr, "building %s (%lld orders, %lld events) in a child process...\n", qPrintable(db),
                 static_cast<long long>(orders), static_cast<long long>(events));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("fulfilment"), QStringLiteral("--build-only"), QStringLiteral("--db"), db,
                 QStringLiteral("--orders"), QString::number(orders), QStringLiteral("--events"), QString::number(events)});
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::fprintf(stderr, "building the cache failed\n");
        return 1;
    }
    if (s.open(QIODevice::WriteOnly))
        s.write(expected.toLatin1());
    return 0;
}

int run(const QStringList &args)
{
    const qint64 orders = argValue(args, QStringLiteral("--orders"), QStringLiteral("2000000")).toLongLong();
    const qint64 events = argValue(args, QStringLiteral("--events"), QStringLiteral("10000000")).toLongLong();
    const QString db = argValue(args, QStringLiteral("--db"),
                                QDir::temp().filePath(QStringLiteral("wk-bench-fulfilment-%1-%2.sqlite").arg(orders).arg(events)));
    const bool json = args.contains(QStringLiteral("--json"));
    if (args.contains(QStringLiteral("--build-only"))) {
        buildFulfilmentCache(db, {orders, events, kNowMs});
        return 0;
    }
    // --no-build: measure the cache as it is (e.g. one synced from a watchkeeper-platform).
    if (!args.contains(QStringLiteral("--no-build")) && buildIfNeeded(db, orders, events, args.contains(QStringLiteral("--rebuild"))) != 0)
        return 1;

    const QString loadAverageAtStart = loadAverage();
    BenchReport report(QStringLiteral("fulfilment"));
    if (args.contains(QStringLiteral("--no-build"))) {
        // The cache's own sizes, not the defaults of --orders / --events.
        Database reader(db, Database::Mode::ReadOnly);
        Statement n(reader, QStringLiteral("SELECT (SELECT coalesce(sum(n), 0) FROM order_board_counts), "
                                           "(SELECT coalesce(max(rowid), 0) FROM shipment_events)"));
        n.step();
        report.setContext(QStringLiteral("orders"), QString::number(n.columnInt64(0)));
        report.setContext(QStringLiteral("shipment_events"), QStringLiteral("~%1").arg(n.columnInt64(1)));
    } else {
        report.setContext(QStringLiteral("orders"), QString::number(orders));
        report.setContext(QStringLiteral("shipment_events"), QString::number(events));
    }
    report.setContext(QStringLiteral("cache"), db);

    Workspace workspace(db, nullptr);
    // 1. Board open to first paint: a new desk on the workspace until counts and the first page of
    // every column are painted. The first open is cold (connections, page cache); the figure is the
    // median of five opens, the cold one is in the context.
    QList<double> opens;
    for (int round = 0; round < 5; ++round) {
        FulfilmentDesk desk;
        desk.setNow(kNowMs);
        desk.resize(1600, 1000);
        desk.show();
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        desk.setWorkspace(&workspace);
        if (!waitFor(desk.boardModel(), SIGNAL(loaded())))
            return 1;
        const double read = ms(t);
        desk.board()->repaint();
        opens << ms(t);
        if (qEnvironmentVariableIsSet("WK_BENCH_VERBOSE"))
            std::fprintf(stderr, "open %d: read %.1f ms, painted at %.1f ms\n", round + 1, read, opens.last());
    }
    report.setContext(QStringLiteral("board_open_cold_ms"), QString::number(opens.first(), 'f', 1));

    // 2. Filter change: board and queue re-read and repainted, over a cycle of filters twice.
    FulfilmentDesk desk;
    desk.setNow(kNowMs);
    desk.resize(1600, 1000);
    desk.show();
    desk.setWorkspace(&workspace);
    waitFor(desk.boardModel(), SIGNAL(loaded()));
    QList<double> changes;
    QList<double> changeCpu;
    const auto cycle = filterCycle();
    QHash<QString, QList<double>> perFilter;   // desk figure per filter, both passes
    for (int pass = 0; pass < 2; ++pass) {
        for (const FulfilmentFilter &f : cycle) {
            QElapsedTimer t;
            t.start();
            const double cpuBefore = processCpuMs();
            int pending = 2;
            QEventLoop loop;
            const auto done = [&] {
                if (--pending == 0)
                    loop.quit();
            };
            auto c1 = QObject::connect(desk.boardModel(), &OrderBoardModel::loaded, &loop, done);
            auto c2 = QObject::connect(desk.queueModel(), &ExceptionQueueModel::loaded, &loop, done);
            desk.boardModel()->setFilter(f);
            desk.queueModel()->setFilter(f);
            QTimer::singleShot(60000, &loop, [&loop] { loop.exit(1); });
            if (loop.exec() != 0)
                return 1;
            QObject::disconnect(c1);
            QObject::disconnect(c2);
            const double read = ms(t);
            desk.board()->repaint();
            desk.queueView()->repaint();
            // Then what the event loop does on its own before the supervisor sees the new board: the
            // board's list views lay out and paint after the forced repaint (a posted layout request
            // and a zero timer), which would otherwise be counted in the next change.
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            changes << ms(t);
            changeCpu << processCpuMs() - cpuBefore;
            perFilter[describe(f)] << changes.last();
            if (qEnvironmentVariableIsSet("WK_BENCH_VERBOSE"))
                std::fprintf(stderr, "filter %2lld: read %.1f ms, painted at %.1f ms\n", static_cast<long long>(changes.size()), read, changes.last());
        }
    }
    // Which filters are slow: the worse of its two passes, desk (read + repaint) and models only.
    QHash<QString, double> modelsPerFilter;
    // The same cycle on the models alone (no views): the read thread's share of the figure above.
    QList<double> modelChanges;
    {
        OrderBoardModel board(db);
        ExceptionQueueModel queue(db);
        board.setNow(kNowMs);
        queue.setNow(kNowMs);
        for (const FulfilmentFilter &f : cycle) {
            QElapsedTimer t;
            t.start();
            int pending = 2;
            QEventLoop loop;
            const auto done = [&] {
                if (--pending == 0)
                    loop.quit();
            };
            QObject::connect(&board, &OrderBoardModel::loaded, &loop, done);
            QObject::connect(&queue, &ExceptionQueueModel::loaded, &loop, done);
            board.setFilter(f);
            queue.setFilter(f);
            QTimer::singleShot(60000, &loop, [&loop] { loop.exit(1); });
            if (loop.exec() != 0)
                return 1;
            modelChanges << ms(t);
            modelsPerFilter.insert(describe(f), modelChanges.last());
        }
    }
    std::fprintf(stderr, "filter change per filter (worse of 2 passes, desk | models only):\n");
    QString slowest;
    double slowestMs = -1;
    for (const FulfilmentFilter &f : cycle) {
        const QString name = describe(f);
        const double worst = *std::max_element(perFilter[name].begin(), perFilter[name].end());
        std::fprintf(stderr, "  %-50s %7.1f ms | %7.1f ms\n", qPrintable(name), worst, modelsPerFilter.value(name));
        if (worst > slowestMs) {
            slowestMs = worst;
            slowest = name;
        }
    }
    report.setContext(QStringLiteral("filter_change_slowest"), QStringLiteral("%1 (%2 ms)").arg(slowest).arg(slowestMs, 0, 'f', 1));
    report.setContext(QStringLiteral("filter_change_models_only_p95_ms"), QString::number(percentile(modelChanges, 0.95), 'f', 1));
    report.setContext(QStringLiteral("filter_change_median_ms"), QString::number(median(changes), 'f', 1));
    report.setContext(QStringLiteral("filter_changes"), QString::number(changes.size()));
    report.setContext(QStringLiteral("filter_change_cpu_p95_ms"), QString::number(percentile(changeCpu, 0.95), 'f', 1));
    report.setContext(QStringLiteral("load_average_at_start"), loadAverageAtStart);

    // 3. Exception queue open: a new queue model until its first page and count are painted.
    QList<double> queueOpens;
    for (int round = 0; round < 5; ++round) {
        ExceptionQueueModel queue(db);
        queue.setNow(kNowMs);
        QTableView view;
        view.resize(900, 600);
        view.show();
        QElapsedTimer t;
        t.start();
        view.setModel(&queue);
        queue.setFilter({});
        if (!waitFor(&queue, SIGNAL(loaded())))
            return 1;
        view.repaint();
        queueOpens << ms(t);
    }

    // The desk's own peak, before the baselines' full scans fill their page caches.
    const double deskPeakRss = peakRssMb();

    // Baselines, measured after the desk so that their memory does not count in its peak.
    QList<double> naiveOpens;
    {
        Database reader(db, Database::Mode::ReadOnly);
        reader.exec(QStringLiteral("PRAGMA cache_size = -8192"));   // as the desk's readers
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            naiveBoard(reader, {});
            naiveOpens << ms(t);
        }
    }
    QList<double> naiveChanges;
    {
        Database reader(db, Database::Mode::ReadOnly);
        reader.exec(QStringLiteral("PRAGMA cache_size = -8192"));   // as the desk's readers
        // Eight filters of the cycle (market, carrier, tier): on 2,000,000 orders each naive
        // re-read takes seconds, the whole cycle would take minutes.
        for (const FulfilmentFilter &f : cycle.mid(0, 8)) {
            QElapsedTimer t;
            t.start();
            naiveBoard(reader, f);
            naiveChanges << ms(t);
        }
    }
    QList<double> naiveQueue;
    {
        Database reader(db, Database::Mode::ReadOnly);
        reader.exec(QStringLiteral("PRAGMA cache_size = -8192"));   // as the desk's readers
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer t;
            t.start();
            Statement count(reader, QStringLiteral("SELECT count(*) FROM order_exceptions NOT INDEXED WHERE status = 'open'"));
            count.step();
            Statement page(reader, QStringLiteral("SELECT x.id, o.market FROM order_exceptions x NOT INDEXED "
                                                  "LEFT JOIN orders o ON o.id = x.order_id WHERE x.status = 'open' "
                                                  "ORDER BY x.sla_due_at, x.id LIMIT 61"));
            while (page.step()) {
            }
            naiveQueue << ms(t);
        }
    }
    report.add({QStringLiteral("board_open_ms"), QStringLiteral("board open → first paint (median of 5)"), median(opens),
                QStringLiteral("ms"), 150.0, median(naiveOpens), QStringLiteral("GROUP BY over orders, no summary table"), true});
    report.add({QStringLiteral("filter_change_p95_ms"), QStringLiteral("filter change → board and queue repainted (p95)"),
                percentile(changes, 0.95), QStringLiteral("ms"), 30.0, percentile(naiveChanges, 0.95),
                QStringLiteral("GROUP BY over orders, no summary table (p95 of 8)"), true});
    report.add({QStringLiteral("queue_open_ms"), QStringLiteral("exception queue open → first page painted (median of 5)"),
                median(queueOpens), QStringLiteral("ms"), 100.0, median(naiveQueue),
                QStringLiteral("scan and sort without the queue's index"), true});

    // 4. A deep page of the largest column (delivered): keyset against OFFSET.
    {
        Database reader(db, Database::Mode::ReadOnly);
        reader.exec(QStringLiteral("PRAGMA cache_size = -8192"));   // as the desk's readers
        const qint64 depth = std::min<qint64>(orders / 4, 200000);
        Statement key(reader, QStringLiteral("SELECT stage_entered_at, id FROM orders WHERE stage = 'delivered' "
                                             "ORDER BY stage_entered_at, id LIMIT 1 OFFSET ?"));
        key.bind(1, depth);
        std::optional<BoardKey> after;
        if (key.step())
            after = BoardKey{key.columnInt64(0), key.columnText(1)};
        QList<double> keyset;
        QList<double> offset;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            fulfilment::readBoardPage(reader, {}, OrderStage::Delivered, after, kNowMs);
            keyset << ms(t);
            t.restart();
            Statement page(reader, QStringLiteral("SELECT id, data FROM orders WHERE stage = 'delivered' "
                                                  "ORDER BY stage_entered_at, id LIMIT 60 OFFSET ?"));
            page.bind(1, depth);
            while (page.step()) {
            }
            offset << ms(t);
        }
        report.add({QStringLiteral("deep_page_ms"), QStringLiteral("board page %1 rows deep (median)").arg(depth),
                    median(keyset), QStringLiteral("ms"), std::nullopt, median(offset), QStringLiteral("OFFSET paging"), true});
    }

    // --screenshot FILE: the desk as it stands after the run (the detail of the first exception).
    if (const QString shot = argValue(args, QStringLiteral("--screenshot"), QString()); !shot.isEmpty()) {
        // --clock: today's time for a cache synced from a platform (its times are real ones).
        desk.setNow(args.contains(QStringLiteral("--clock")) ? 0 : kNowMs);
        desk.applyFilter({});
        waitFor(desk.queueModel(), SIGNAL(loaded()));
        QEventLoop settle;
        QTimer::singleShot(1500, &settle, &QEventLoop::quit);
        settle.exec();
        desk.grab().save(shot);
    }

    report.add({QStringLiteral("peak_rss_mb"), QStringLiteral("peak RSS while the desk ran"), deskPeakRss, QStringLiteral("MB"),
                250.0, peakRssMb(), QStringLiteral("the whole run, baselines' scans included"), true});
    return report.print(json);
}
} // namespace

WK_REGISTER_BENCH("fulfilment", "the Fulfilment desk on 2M orders / 10M events: board open, filter change, queue open, RSS", run);
