// Sync throughput against a local `watchkeeper-platform` process (issue 3's benchmark):
//   watchkeeper-bench sync [--items N] [--commands N] [--latency-samples N] [--page-size N] [--json]
// 1. makes a platform store of N review items (in a child process, so that this process's peak
//    RSS is the console's alone) and starts watchkeeper-platform over it on a free loopback port;
// 2. first sync of the empty cache (changes/s): until every change is in the cache, and until the
//    indexes dropped for it are built as well;
// 3. incremental pull latency: another supervisor claims an item; time until the page holding it
//    is committed to the cache (the engine waits in a long poll);
// 4. pushes 10,000 queued decisions (enqueued in one transaction, grace 0) until all are answered;
// 5. peak RSS (VmHWM) of this process and of the platform.
// The baseline, in the same run: the same pages pulled and decoded by the PlatformClient alone,
// without writing them — the floor the first sync can reach with a free cache.
// Prints a table, or with --json one JSON object. Not a test: no assertion on time (DESIGN.md).
#include "../models/CodecSamples.h"
#include "BenchRegistry.h"
#include "PlatformServer.h"
#include "PlatformStore.h"
#include "storage/CacheDatabase.h"
#include "storage/OutboxStore.h"
#include "storage/Transaction.h"
#include "sync/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace wk;

namespace {

ReviewItem makeItem(int i)
{
    ReviewItem item = samples::reviewItem();
    item.id = QStringLiteral("rv-%1").arg(i, 7, 10, QLatin1Char('0'));
    item.kind = MediaKind(i % 3);
    item.title = QStringLiteral("Rattan lamp %1").arg(i);
    item.sku = QStringLiteral("SKU-%1").arg(i % 20000);
    item.productId = QStringLiteral("prod-%1").arg(i % 20000);
    item.supplierId = QStringLiteral("sup-%1").arg(i % 600);
    item.status = ReviewStatus::Open;
    item.claimedBy.clear();
    item.claimExpiresAt = QDateTime();
    item.decision.reset();
    item.media->id = QStringLiteral("media-%1").arg(i);
    item.sourceMedia->id = QStringLiteral("src-%1").arg(i % 20000);
    return item;
}

int makeStore(const QString &path, int items)
{
    platform::PlatformStore store(path);
    store.beginBatch();
    for (int i = 0; i < items; ++i)
        store.reviewItem(makeItem(i));
    // Marked as an empty seed-7 store, so that `watchkeeper-platform --size 0` reuses it as it is.
    platform::PlatformServer::Options options;
    options.seed = 7;
    options.sizePercent = 0;
    store.setMeta(QStringLiteral("generated_with"), platform::PlatformServer::storeFingerprint(options));
    store.commitBatch();
    return 0;
}

qint64 peakRssKb(const QString &statusFile = QStringLiteral("/proc/self/status"))
{
    QFile f(statusFile);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

// CPU time (user + system) of a whole process so far, in seconds; -1 where /proc does not say.
double processCpuSeconds(const QString &statFile = QStringLiteral("/proc/self/stat"))
{
    QFile f(statFile);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const long ticks = sysconf(_SC_CLK_TCK);
    return ticks > 0 ? double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(ticks) : -1;
}

// Runs the event loop until `done` or the timeout; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;   // sleeps until an event or 5 ms, no busy wait
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// Pulls every page from the start with the client alone (decode, no cache writes); changes/s.
double pullFloor(const PlatformClientSettings &settings, int pageSize)
{
    PlatformClient client;
    client.setSettings(settings);
    QString cursor;
    bool more = true, failed = false;
    qint64 changes = 0;
    QObject::connect(&client, &PlatformClient::changesReceived, &client, [&](quint64, const ChangesPage &page) {
        changes += page.changes.size();
        cursor = page.cursor;
        more = page.hasMore;
    });
    QObject::connect(&client, &PlatformClient::failed, &client, [&](quint64, const ApiError &) { failed = true; });
    QElapsedTimer clock;
    clock.start();
    while (more && !failed) {
        const qint64 before = changes;
        const QString cursorBefore = cursor;
        client.changes(cursor, pageSize, 0);
        waitFor([&] { return failed || changes > before || cursor != cursorBefore || !more; }, 60000);
        if (changes == before && cursor == cursorBefore)
            break;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    return failed || seconds <= 0 ? 0 : double(changes) / seconds;
}

int runSyncBench(const QStringList &arguments)
{
    QCoreApplication *app = QCoreApplication::instance();
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Review items."), QStringLiteral("n"),
                                         QStringLiteral("100000"));
    const QCommandLineOption commandsOption(QStringLiteral("commands"), QStringLiteral("Decisions to push."),
                                            QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption samplesOption(QStringLiteral("latency-samples"), QStringLiteral("Incremental pulls."),
                                           QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), QStringLiteral("Changes per page."),
                                        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("One JSON object."));
    const QCommandLineOption makeStoreOption(QStringLiteral("make-store"), QStringLiteral("(internal)"),
                                             QStringLiteral("path"));
    parser.addOptions({itemsOption, commandsOption, samplesOption, pageOption, jsonOption, makeStoreOption});
    parser.addHelpOption();
    parser.process(QStringList{QStringLiteral("watchkeeper-bench sync")} + arguments);
    const int items = parser.value(itemsOption).toInt();
    const int commands = std::min(parser.value(commandsOption).toInt(), items);
    const int samples = std::min(parser.value(samplesOption).toInt(), items - commands);
    const int pageSize = parser.value(pageOption).toInt();
    const bool json = parser.isSet(jsonOption);
    if (parser.isSet(makeStoreOption))
        return makeStore(parser.value(makeStoreOption), items);

    const auto say = [json](const QString &line) {
        if (!json)
            std::fprintf(stderr, "%s\n", qPrintable(line));
    };
    QTemporaryDir dir;
    const QString storePath = dir.filePath(QStringLiteral("platform.sqlite"));
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));

    // 1. The platform, in processes of its own.
    QElapsedTimer clock;
    clock.start();
    say(QStringLiteral("making a platform store of %1 review items...").arg(items));
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("sync"), QStringLiteral("--make-store"), storePath, QStringLiteral("--items"), QString::number(items)})
        != 0) {
        std::fprintf(stderr, "could not make the platform store\n");
        return 1;
    }
    const double storeSeconds = double(clock.elapsed()) / 1000;
    QProcess platformProcess;
    platformProcess.setProgram(QStringLiteral(WK_PLATFORM_EXECUTABLE));
    platformProcess.setArguments({QStringLiteral("--db"), storePath, QStringLiteral("--size"), QStringLiteral("0"),
                                  QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--port"),
                                  QStringLiteral("0")});
    platformProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    platformProcess.start();
    QUrl baseUrl;
    QString platformOut;
    if (!waitFor([&] {
            platformOut += QString::fromUtf8(platformProcess.readAllStandardOutput());
            const auto m = QRegularExpression(QStringLiteral("Listening on (\\S+)")).match(platformOut);
            if (m.hasMatch())
                baseUrl = QUrl(m.captured(1));
            return baseUrl.isValid() || platformProcess.state() == QProcess::NotRunning;
        }, 120000) || !baseUrl.isValid()) {
        std::fprintf(stderr, "watchkeeper-platform did not start: %s\n", qPrintable(platformOut));
        return 1;
    }

    PlatformClientSettings client;
    client.baseUrl = baseUrl;
    client.token = QStringLiteral("demo-1");
    SyncEngineOptions options;
    options.databasePath = cachePath;
    options.pageLimit = pageSize;

    // 2. First sync.
    say(QStringLiteral("first sync..."));
    double firstSyncSeconds = 0, firstSyncStreamSeconds = 0, firstSyncConsoleCpu = 0, firstSyncPlatformCpu = 0;
    qint64 firstSyncChanges = 0, firstSyncPages = 0, firstSyncWriteMs = 0, firstSyncWriteCpuMs = 0,
           firstSyncIndexMs = 0;
    {
        SyncEngineOptions once = options;
        once.once = true;
        SyncService service(client, once);
        SyncProgress progress;
        bool finished = false, ok = false;
        QString error;
        QObject::connect(&service, &SyncService::progressed, app, [&](const SyncProgress &p) { progress = p; });
        // Every change is in the cache (and the desks read it) once the last page is written; the
        // indexes dropped for the stream are built after that (BulkLoad.h).
        QObject::connect(&service, &SyncService::statusChanged, app, [&](const SyncStatus &s) {
            if (s.caughtUp && firstSyncStreamSeconds == 0)
                firstSyncStreamSeconds = double(clock.nsecsElapsed()) / 1e9;
        });
        QObject::connect(&service, &SyncService::finished, app, [&](bool success, const QString &e) {
            finished = true;
            ok = success;
            error = e;
        });
        const QString platformStat = QStringLiteral("/proc/%1/stat").arg(platformProcess.processId());
        const double consoleCpuBefore = processCpuSeconds(), platformCpuBefore = processCpuSeconds(platformStat);
        clock.restart();
        service.start();
        waitFor([&] { return finished; }, 3600000);
        firstSyncSeconds = double(clock.nsecsElapsed()) / 1e9;
        firstSyncConsoleCpu = processCpuSeconds() - consoleCpuBefore;
        firstSyncPlatformCpu = processCpuSeconds(platformStat) - platformCpuBefore;
        if (!ok) {
            std::fprintf(stderr, "first sync failed: %s\n", qPrintable(error));
            return 1;
        }
        firstSyncChanges = progress.changes;
        firstSyncPages = progress.pages;
        firstSyncWriteMs = progress.pageWriteMs;
        firstSyncWriteCpuMs = progress.pageWriteCpuMs;
        firstSyncIndexMs = progress.indexBuildMs;
    }
    const qint64 firstSyncRss = peakRssKb();

    // 3 and 4 with the engine running continuously, as in the console.
    auto service = std::make_unique<SyncService>(client, options);
    SyncProgress progress;
    SyncStatus status;
    QObject::connect(service.get(), &SyncService::progressed, app, [&](const SyncProgress &p) { progress = p; });
    QObject::connect(service.get(), &SyncService::statusChanged, app, [&](const SyncStatus &s) { status = s; });
    service->start();
    waitFor([&] { return status.caughtUp; }, 60000);
    waitFor([] { return false; }, 300);   // let the engine settle into its long poll

    say(QStringLiteral("incremental pull latency..."));
    QList<double> latencies;
    {
        QNetworkAccessManager nam;
        QString otherClient;
        for (int i = 0; i < samples; ++i) {
            // Another supervisor claims an item: a change the waiting long poll must bring.
            QJsonObject command{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {QStringLiteral("seq"), i + 1},
                                {QStringLiteral("type"), QStringLiteral("review.claim")},
                                {QStringLiteral("target"), makeItem(items - 1 - i).id},
                                {QStringLiteral("base_version"), 1},
                                {QStringLiteral("payload"), QJsonObject()}};
            QUrl url = baseUrl;
            if (otherClient.isEmpty()) {
                url.setPath(QStringLiteral("/v1/clients"));
                QNetworkRequest r(url);
                r.setRawHeader("Authorization", "Bearer demo-2");
                r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                QNetworkReply *reply = nam.post(r, QByteArrayLiteral("{}"));
                waitFor([reply] { return reply->isFinished(); }, 30000);
                otherClient = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("client_id")).toString();
                reply->deleteLater();
            }
            url.setPath(QStringLiteral("/v1/commands"));
            QNetworkRequest r(url);
            r.setRawHeader("Authorization", "Bearer demo-2");
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            const QJsonObject batch{{QStringLiteral("client_id"), otherClient},
                                    {QStringLiteral("commands"), QJsonArray{command}}};
            const qint64 pagesBefore = progress.pages;
            QElapsedTimer t;
            t.start();
            QNetworkReply *reply = nam.post(r, QJsonDocument(batch).toJson(QJsonDocument::Compact));
            waitFor([&] { return progress.pages > pagesBefore; }, 30000);
            latencies.append(double(t.nsecsElapsed()) / 1e6);
            waitFor([reply] { return reply->isFinished(); }, 30000);
            reply->deleteLater();
        }
    }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&latencies](double p) {
        return latencies.isEmpty() ? 0.0 : latencies.at(std::min<qsizetype>(latencies.size() - 1,
                                                                            qsizetype(p * double(latencies.size()))));
    };

    say(QStringLiteral("pushing %1 decisions...").arg(commands));
    double enqueueSeconds = 0, pushSeconds = 0;
    {
        Database db = openCache(cachePath);
        clock.restart();
        Transaction tx(db);
        OutboxStore outbox(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < commands; ++i) {
            Command c;
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            c.type = CommandType::ReviewDecide;
            c.target = makeItem(i).id;
            c.baseVersion = 1;
            c.payload = QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}};
            outbox.enqueue(c, now);
        }
        tx.commit();
        enqueueSeconds = double(clock.nsecsElapsed()) / 1e9;
    }
    const qint64 pushedBefore = progress.pushed;
    const SyncProgress beforePush = progress;
    clock.restart();
    service->commandsChanged();
    waitFor([&] { return progress.pushed - pushedBefore >= commands; }, 3600000);
    pushSeconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 applied = progress.applied - beforePush.applied;
    const qint64 pushOutboxMs = progress.outboxWriteMs - beforePush.outboxWriteMs;
    const qint64 pushPageMs = progress.pageWriteMs - beforePush.pageWriteMs;
    const qint64 pushPulledChanges = progress.changes - beforePush.changes;

    const qint64 clientRss = peakRssKb();
    const qint64 platformRss = peakRssKb(QStringLiteral("/proc/%1/status").arg(platformProcess.processId()));
    service.reset();

    const double changesPerSecond = firstSyncSeconds > 0 ? double(firstSyncChanges) / firstSyncSeconds : 0;
    const double streamPerSecond = firstSyncStreamSeconds > 0 ? double(firstSyncChanges) / firstSyncStreamSeconds : 0;
    say(QStringLiteral("baseline: the same pull without writing..."));
    // Against the same platform, whose store is warm by now: a floor on the optimistic side.
    const double floorPerSecond = pullFloor(client, pageSize);
    platformProcess.kill();
    platformProcess.waitForFinished(10000);

    bench::BenchReport report(QStringLiteral("sync"));
    report.setContext(QStringLiteral("review_items"), QString::number(items));
    report.setContext(QStringLiteral("page_size"), QString::number(pageSize));
    report.setContext(QStringLiteral("commands"), QString::number(commands));
    // Two readings of the target, both held against it: the rate at which changes reach the
    // cache, and the rate counting the index build that follows the last page.
    report.add({QStringLiteral("first_sync_stream_changes_per_second"),
                QStringLiteral("first sync: every change in the cache (changes/s)"), streamPerSecond,
                QStringLiteral("changes/s"), 50000.0, floorPerSecond, QStringLiteral("pull + decode, no writes"), false});
    report.add({QStringLiteral("first_sync_changes_per_second"), QStringLiteral("first sync: and every index built (changes/s)"),
                changesPerSecond, QStringLiteral("changes/s"), 50000.0, floorPerSecond,
                QStringLiteral("pull + decode, no writes"), false});
    report.add({QStringLiteral("first_sync_stream_seconds"), QStringLiteral("first sync: every change in the cache (s)"),
                firstSyncStreamSeconds, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("first_sync_seconds"), QStringLiteral("first sync: and every index built (s)"),
                firstSyncSeconds, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("first_sync_page_write_seconds"), QStringLiteral("  engine: decoding + writing pages"),
                double(firstSyncWriteMs) / 1000, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("first_sync_index_build_seconds"), QStringLiteral("  engine: building the indexes after"),
                double(firstSyncIndexMs) / 1000, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    // On a shared machine the wall time above includes waiting for a core; the engine thread's CPU
    // time does not, so it is the figure to compare between runs.
    report.add({QStringLiteral("first_sync_page_write_cpu_seconds"), QStringLiteral("  engine CPU for those pages"),
                double(firstSyncWriteCpuMs) / 1000, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("first_sync_changes_per_cpu_second"), QStringLiteral("  changes per engine CPU-second (pages)"),
                firstSyncWriteCpuMs > 0 ? double(firstSyncChanges) * 1000 / double(firstSyncWriteCpuMs) : 0,
                QStringLiteral("changes/s"), std::nullopt, std::nullopt, {}, false});
    // All the CPU the first sync took, both processes, every thread: on this shared machine the wall
    // time also holds the waits for a core that other work took.
    report.add({QStringLiteral("first_sync_console_cpu_seconds"), QStringLiteral("  CPU, console process (all threads)"),
                firstSyncConsoleCpu, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("first_sync_platform_cpu_seconds"), QStringLiteral("  CPU, platform process"),
                firstSyncPlatformCpu, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("incremental_pull_p50_ms"), QStringLiteral("server event -> row in cache, p50"),
                percentile(0.5), QStringLiteral("ms"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("incremental_pull_p95_ms"), QStringLiteral("server event -> row in cache, p95"),
                percentile(0.95), QStringLiteral("ms"), 250.0, std::nullopt, {}, true});
    // The target is 3 s for 10,000 decisions; scaled for other counts.
    report.add({QStringLiteral("push_seconds"), QStringLiteral("push %1 queued decisions").arg(commands), pushSeconds,
                QStringLiteral("s"), 3.0 * double(commands) / 10000.0, std::nullopt, {}, true});
    report.add({QStringLiteral("push_applied"), QStringLiteral("  applied by the platform"), double(applied),
                QStringLiteral("commands"), double(commands), std::nullopt, {}, false});
    report.add({QStringLiteral("push_outbox_write_seconds"), QStringLiteral("  outbox bookkeeping"),
                double(pushOutboxMs) / 1000, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("push_concurrent_pulled_changes"), QStringLiteral("  changes pulled meanwhile"),
                double(pushPulledChanges), QStringLiteral("changes"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("push_concurrent_page_write_seconds"), QStringLiteral("  writing those pages"),
                double(pushPageMs) / 1000, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("enqueue_seconds"), QStringLiteral("enqueue the decisions (one transaction)"),
                enqueueSeconds, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("first_sync_pages"), QStringLiteral("  pages"), double(firstSyncPages),
                QStringLiteral("pages"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("platform_store_seconds"), QStringLiteral("(set-up: platform store made in)"),
                storeSeconds, QStringLiteral("s"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("peak_rss_mb"), QStringLiteral("peak RSS, console side"), double(clientRss) / 1024,
                QStringLiteral("MB"), 300.0, std::nullopt, {}, true});
    report.add({QStringLiteral("peak_rss_after_first_sync_mb"), QStringLiteral("  after the first sync"),
                double(firstSyncRss) / 1024, QStringLiteral("MB"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("platform_peak_rss_mb"), QStringLiteral("peak RSS, platform process"),
                double(platformRss) / 1024, QStringLiteral("MB"), std::nullopt, std::nullopt, {}, true});
    return report.print(json);
}

} // namespace

WK_REGISTER_BENCH("sync", "first sync, incremental pull latency, push of queued decisions, peak RSS", runSyncBench);
