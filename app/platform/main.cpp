// watchkeeper-platform: the reference platform server (DESIGN.md, "The reference platform").
#include "PlatformServer.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <stdexcept>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("watchkeeper-platform", text); }
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("watchkeeper-platform"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "The Watchkeeper reference platform: a real HTTP server of the platform API over its own SQLite\n"
        "store, with generated data, several supervisors, leases, idempotent commands, live activity and\n"
        "fault injection.\n\n"
        "Fault spec (--faults): comma-separated KIND=WHEN[:ARG] items and an optional seed=N.\n"
        "  WHEN is a probability (0.05 or 5%) or everyN (every Nth eligible request, counted per kind).\n"
        "  latency    delay answers by ARG ms (default 500)\n"
        "  5xx        answer 503 unavailable with Retry-After: ARG s (default 1); nothing is done\n"
        "  429        answer 429 rate_limited with Retry-After: ARG s (default 1); nothing is done\n"
        "  drop       close the connection without an answer; nothing is done\n"
        "  truncate   do the work, send the headers and half the body, then close\n"
        "  malformed  do the work, answer 200 with a body that is not JSON\n"
        "  expire     answer pulls that carry a cursor with 410 cursor_expired\n"
        "  lost       apply posted commands, then close without an answer\n"
        "  Example: --faults \"latency=0.2:300,5xx=every5,lost=2%,seed=42\"\n"
        "  /v1/health is never faulted; at most one fault besides latency hits a request."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the generated data (default 7)."), tr("N"),
                                  QStringLiteral("7"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   tr("Size of the data set in percent of the full one (2,000 suppliers, 20,000 "
                                      "products, 50,000 orders and their review items); default 100."),
                                   tr("N"), QStringLiteral("100"));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("The store file. Reused when it was generated with the same seed and scale, "
                                   "else generated anew. Default: a temporary file."),
                                tr("PATH"));
    const QCommandLineOption port(QStringLiteral("port"), tr("TCP port (default 8470; 0 picks a free one)."), tr("N"),
                                  QStringLiteral("8470"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Address to listen on (default 127.0.0.1)."),
                                  tr("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  tr("Live mode: new flagged items and shipment events per second (e.g. 0.5)."),
                                  tr("RATE"), QStringLiteral("0"));
    const QCommandLineOption tokens(QStringLiteral("tokens"),
                                    tr("Tokens file, one supervisor per line: \"token supervisor_id display name\". "
                                       "Without it the demo tokens demo-1, demo-2 and demo-3 are accepted."),
                                    tr("FILE"));
    const QCommandLineOption faults(QStringLiteral("faults"), tr("Faults to inject (grammar above)."), tr("SPEC"));
    const QCommandLineOption retain(QStringLiteral("retain"),
                                    tr("Keep only the last N change-log rows; clients behind that get 410 and "
                                       "resync (default 0: keep all)."),
                                    tr("N"), QStringLiteral("0"));
    parser.addOptions({seed, scale, db, port, host, live, tokens, faults, retain});
    parser.process(app);

    const auto number = [&](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *value) {
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        if (!ok || *value < min || *value > max) {
            err << tr("--%1 must be a whole number from %2 to %3.").arg(option.names().constFirst()).arg(min).arg(max)
                << Qt::endl;
            return false;
        }
        return true;
    };
    qint64 seedValue = 0, scaleValue = 0, portValue = 0, retainValue = 0;
    if (!number(seed, 0, std::numeric_limits<qint64>::max(), &seedValue) || !number(scale, 0, 100000, &scaleValue)
        || !number(port, 0, 65535, &portValue) || !number(retain, 0, std::numeric_limits<qint64>::max(), &retainValue))
        return 2;
    bool ok = false;
    const double rate = parser.value(live).toDouble(&ok);
    if (!ok || rate < 0 || rate > 10000) {
        err << tr("--live must be a number of items per second from 0 to 10000.") << Qt::endl;
        return 2;
    }
    const QHostAddress address(parser.value(host));
    if (address.isNull()) {
        err << tr("--host \"%1\" is not an IP address.").arg(parser.value(host)) << Qt::endl;
        return 2;
    }

    wk::platform::PlatformServer::Options options;
    options.seed = quint64(seedValue);
    options.scale = int(scaleValue);
    options.dbPath = parser.value(db);
    options.liveRate = rate;
    options.tokensFile = parser.value(tokens);
    options.faults = parser.value(faults);
    options.retain = retainValue;

    std::unique_ptr<wk::platform::PlatformServer> server;
    try {
        server = std::make_unique<wk::platform::PlatformServer>(options);
    } catch (const wk::StorageError &e) {
        err << e.message() << Qt::endl;
        return 1;
    } catch (const std::invalid_argument &e) {
        err << QString::fromUtf8(e.what()) << Qt::endl;
        return 2;
    }
    if (server->reusedStore())
        out << tr("Reusing the store generated with seed %1, scale %2.").arg(seedValue).arg(scaleValue) << Qt::endl;
    else
        out << tr("Generated the store (seed %1, scale %2) in %3 ms.")
                   .arg(seedValue).arg(scaleValue).arg(server->generationMs()) << Qt::endl;
    if (server->start(address, quint16(portValue)) == 0) {
        err << tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(portValue).arg(server->errorString())
            << Qt::endl;
        return 1;
    }
    if (server->usesDemoTokens())
        out << tr("No --tokens file: accepting the demo tokens demo-1, demo-2 and demo-3.") << Qt::endl;
    else
        out << QCoreApplication::translate("watchkeeper-platform",
                                           "Accepting %n supervisor token(s) from the tokens file.", nullptr,
                                           int(server->tokens().tokens().size()))
            << Qt::endl;
    if (rate > 0)
        out << tr("Live mode: %1 new items per second.").arg(rate) << Qt::endl;
    if (!options.faults.isEmpty())
        out << tr("Injecting faults: %1").arg(options.faults) << Qt::endl;
    out << tr("Listening on %1").arg(server->baseUrl().toString()) << Qt::endl;
    return app.exec();
}
