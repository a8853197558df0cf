// Sync throughput against a local `watchkeeper-platform` process (issue 3's benchmark):
//   bench_sync [--items N] [--commands N] [--latency-samples N] [--page-size N] [--json]
// 1. makes a platform store of N review items (in a child process, so that this process's peak
//    RSS is the console's alone) and starts watchkeeper-platform over it on a free loopback port;
// 2. first sync of the empty cache (changes/s);
// 3. incremental pull latency: another supervisor claims an item; time until the page holding it
//    is committed to the cache (the engine waits in a long poll);
// 4. pushes 10,000 queued decisions (enqueued in one transaction, grace 0) until all are answered;
// 5. peak RSS (VmHWM) of this process and of the platform.
// Prints a table, or with --json one JSON object. Not a test: no assertion on time (DESIGN.md).
#include "../models/CodecSamples.h"
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    parser.process(app);
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
                          {QStringLiteral("--make-store"), storePath, QStringLiteral("--items"), QString::number(items)})
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
    double firstSyncSeconds = 0;
    qint64 firstSyncChanges = 0, firstSyncPages = 0, firstSyncWriteMs = 0, firstSyncWriteCpuMs = 0;
    {
        SyncEngineOptions once = options;
        once.once = true;
        SyncService service(client, once);
        SyncProgress progress;
        bool finished = false, ok = false;
        QString error;
        QObject::connect(&service, &SyncService::progressed, &app, [&](const SyncProgress &p) { progress = p; });
        QObject::connect(&service, &SyncService::finished, &app, [&](bool success, const QString &e) {
            finished = true;
            ok = success;
            error = e;
        });
        clock.restart();
        service.start();
        waitFor([&] { return finished; }, 3600000);
        firstSyncSeconds = double(clock.nsecsElapsed()) / 1e9;
        if (!ok) {
            std::fprintf(stderr, "first sync failed: %s\n", qPrintable(error));
            return 1;
        }
        firstSyncChanges = progress.changes;
        firstSyncPages = progress.pages;
        firstSyncWriteMs = progress.pageWriteMs;
        firstSyncWriteCpuMs = progress.pageWriteCpuMs;
    }
    const qint64 firstSyncRss = peakRssKb();

    // 3 and 4 with the engine running continuously, as in the console.
    auto service = std::make_unique<SyncService>(client, options);
    SyncProgress progress;
    SyncStatus status;
    QObject::connect(service.get(), &SyncService::progressed, &app, [&](const SyncProgress &p) { progress = p; });
    QObject::connect(service.get(), &SyncService::statusChanged, &app, [&](const SyncStatus &s) { status = s; });
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
    platformProcess.kill();
    platformProcess.waitForFinished(10000);

    const double changesPerSecond = firstSyncSeconds > 0 ? double(firstSyncChanges) / firstSyncSeconds : 0;
    if (json) {
        QJsonObject o{{QStringLiteral("review_items"), items},
                      {QStringLiteral("page_size"), pageSize},
                      {QStringLiteral("first_sync_changes"), firstSyncChanges},
                      {QStringLiteral("first_sync_pages"), firstSyncPages},
                      {QStringLiteral("first_sync_seconds"), firstSyncSeconds},
                      {QStringLiteral("first_sync_changes_per_second"), changesPerSecond},
                      {QStringLiteral("first_sync_page_write_seconds"), double(firstSyncWriteMs) / 1000},
                      {QStringLiteral("first_sync_page_write_cpu_seconds"), double(firstSyncWriteCpuMs) / 1000},
                      {QStringLiteral("incremental_pull_samples"), latencies.size()},
                      {QStringLiteral("incremental_pull_p50_ms"), percentile(0.5)},
                      {QStringLiteral("incremental_pull_p95_ms"), percentile(0.95)},
                      {QStringLiteral("push_commands"), commands},
                      {QStringLiteral("push_applied"), applied},
                      {QStringLiteral("enqueue_seconds"), enqueueSeconds},
                      {QStringLiteral("push_seconds"), pushSeconds},
                      {QStringLiteral("push_outbox_write_seconds"), double(pushOutboxMs) / 1000},
                      {QStringLiteral("push_concurrent_pulled_changes"), pushPulledChanges},
                      {QStringLiteral("push_concurrent_page_write_seconds"), double(pushPageMs) / 1000},
                      {QStringLiteral("peak_rss_mb"), double(clientRss) / 1024},
                      {QStringLiteral("peak_rss_after_first_sync_mb"), double(firstSyncRss) / 1024},
                      {QStringLiteral("platform_peak_rss_mb"), double(platformRss) / 1024},
                      {QStringLiteral("platform_store_seconds"), storeSeconds}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    std::printf("bench_sync: %d review items, page size %d, against watchkeeper-platform at %s\n\n", items, pageSize,
                qPrintable(baseUrl.toString()));
    std::printf("| %-44s | %14s |\n", "figure", "value");
    std::printf("|%s|%s|\n", QByteArray(46, '-').constData(), QByteArray(16, '-').constData());
    const auto row = [](const char *label, const QString &value) {
        std::printf("| %-44s | %14s |\n", label, qPrintable(value));
    };
    row("first sync: changes", QString::number(firstSyncChanges));
    row("first sync: pages", QString::number(firstSyncPages));
    row("first sync: seconds", QString::number(firstSyncSeconds, 'f', 2));
    row("first sync: changes/s", QString::number(changesPerSecond, 'f', 0));
    row("first sync: of which writing pages (s)", QString::number(double(firstSyncWriteMs) / 1000, 'f', 2));
    // On a shared machine the wall time above includes waiting for a core; the CPU time does not.
    row("first sync: page writes, engine CPU (s)", QString::number(double(firstSyncWriteCpuMs) / 1000, 'f', 2));
    row("first sync: changes per engine CPU-second",
        QString::number(firstSyncWriteCpuMs > 0 ? double(firstSyncChanges) * 1000 / double(firstSyncWriteCpuMs) : 0,
                        'f', 0));
    row("incremental pull latency p50 (ms)", QString::number(percentile(0.5), 'f', 1));
    row("incremental pull latency p95 (ms)", QString::number(percentile(0.95), 'f', 1));
    row("enqueue decisions (s, one transaction)", QString::number(enqueueSeconds, 'f', 2));
    row("push decisions: count", QString::number(commands));
    row("push decisions: seconds", QString::number(pushSeconds, 'f', 2));
    row("push decisions: applied", QString::number(applied));
    row("push: outbox bookkeeping (s)", QString::number(double(pushOutboxMs) / 1000, 'f', 2));
    row("push: changes pulled meanwhile", QString::number(pushPulledChanges));
    row("push: writing those pages (s)", QString::number(double(pushPageMs) / 1000, 'f', 2));
    row("peak RSS after the first sync (MB)", QString::number(double(firstSyncRss) / 1024, 'f', 1));
    row("peak RSS, console side, at the end (MB)", QString::number(double(clientRss) / 1024, 'f', 1));
    row("peak RSS, platform process (MB)", QString::number(double(platformRss) / 1024, 'f', 1));
    row("platform store made in (s)", QString::number(storeSeconds, 'f', 1));
    return 0;
}
