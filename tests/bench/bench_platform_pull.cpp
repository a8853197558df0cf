// Pull throughput of the reference platform: a client pages through every change over loopback
// (the server on its own thread, as it would be in `watchkeeper --demo`) and decodes each page
// with the strict codecs, as the console does. Prints a table; no assertions.
//
//   bench_platform_pull [entities...]      default: 20000 100000
#include "../platform/PlatformTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

using namespace wk;
using namespace wk::platform;
using namespace wk::platformtest;

namespace {

// Half review items (copy, with text), half orders: the two big tables of a real store.
void fill(PlatformStore &store, int entities)
{
    store.beginBatch();
    for (int i = 0; i < entities; ++i) {
        if (i % 2 == 0) {
            ReviewItem r = sampleReviewItem(i);
            r.copyText = QStringLiteral("Handgewebte Tasche aus reinem Leinen, 40 × 35 cm, Tragkraft bis 8 kg. %1").arg(i);
            store.reviewItem(r);
        } else {
            store.order(sampleOrder(i));
        }
    }
    store.commitBatch();
}

struct Run {
    int pages = 0;
    qint64 changes = 0;
    qint64 bytes = 0;
    double seconds = 0;
    double decodeSeconds = 0;   // of which the client spent parsing and decoding
};

Run pullAll(const QUrl &base, int limit)
{
    TestClient client(base, QStringLiteral("demo-1"));
    Run run;
    QElapsedTimer clock;
    clock.start();
    QString cursor;
    bool more = true;
    while (more) {
        QUrlQuery q;
        if (!cursor.isEmpty())
            q.addQueryItem(QStringLiteral("cursor"), cursor);
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        const HttpResult r = client.get(QStringLiteral("/v1/changes"), q);
        if (r.status != 200) {
            qWarning() << "pull failed with" << r.status << r.body.left(200);
            break;
        }
        QElapsedTimer decodeClock;
        decodeClock.start();
        const ChangesPage page = codec::decodeChangesPageBody(r.body);
        run.decodeSeconds += double(decodeClock.nsecsElapsed()) / 1e9;
        run.changes += page.changes.size();
        run.bytes += r.body.size();
        ++run.pages;
        cursor = page.cursor;
        more = page.hasMore;
    }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes = {20000, 100000};

    QTextStream out(stdout);
    // changes/s is end to end (the client decodes every page strictly, as the console does);
    // "w/o decode" leaves out the client's decoding: the server, loopback and QNetworkAccessManager.
    out << "entities  fill ms  fill/s    limit  pages  changes   seconds  changes/s  MB      MB/s    decode s  w/o decode/s\n";
    for (int entities : sizes) {
        QThread serverThread;
        serverThread.start();
        QObject context;
        context.moveToThread(&serverThread);
        std::unique_ptr<PlatformServer> server;
        QUrl base;
        qint64 fillMs = 0;
        // The server lives on its own thread, like a remote platform would.
        QMetaObject::invokeMethod(&context, [&] {
            PlatformServer::Options options;
            options.sizePercent = 0;
            server = std::make_unique<PlatformServer>(options);
            QElapsedTimer clock;
            clock.start();
            fill(server->store(), entities);
            fillMs = clock.elapsed();
            server->start(QHostAddress::LocalHost, 0);
            base = server->baseUrl();
        }, Qt::BlockingQueuedConnection);

        for (int limit : {500, 5000}) {
            const Run run = pullAll(base, limit);
            out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11  %12\n")
                       .arg(entities, 8)
                       .arg(fillMs, 7)
                       .arg(qint64(entities * 1000.0 / std::max<qint64>(1, fillMs)), 8)
                       .arg(limit, 5)
                       .arg(run.pages, 5)
                       .arg(run.changes, 8)
                       .arg(run.seconds, 8, 'f', 3)
                       .arg(qint64(run.changes / run.seconds), 9)
                       .arg(run.bytes / 1e6, 6, 'f', 1)
                       .arg(run.bytes / 1e6 / run.seconds, 6, 'f', 1)
                       .arg(run.decodeSeconds, 8, 'f', 3)
                       .arg(qint64(run.changes / std::max(1e-9, run.seconds - run.decodeSeconds)), 12);
            out.flush();
        }
        QMetaObject::invokeMethod(&context, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    }
    return 0;
}
