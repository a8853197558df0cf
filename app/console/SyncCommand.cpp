#include "SyncCommand.h"

#include "sync/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace wk::console {

// Gives the texts below their own translation context.
struct SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(wk::console::SyncCommand)
};

bool isSyncCommand(int argc, char **argv) { return argc > 1 && std::strcmp(argv[1], "sync") == 0; }

namespace {

QString progressLine(const SyncProgress &p)
{
    return SyncCommand::tr("pages %1, changes %2, pushed %3 (applied %4, conflicts %5, rejected %6), resyncs %7, "
                           "retries %8")
        .arg(p.pages).arg(p.changes).arg(p.pushed).arg(p.applied).arg(p.conflicts).arg(p.rejected).arg(p.resyncs)
        .arg(p.retries);
}

// The token file: the first non-empty line. Returns an error sentence or empty.
QString readToken(const QString &path, QString *token, QString *warning)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SyncCommand::tr("Cannot read the token file %1: %2.").arg(path, file.errorString());
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            *token = line.trimmed();
            break;
        }
    }
    if (token->isEmpty())
        return SyncCommand::tr("The token file %1 is empty: put the platform token on its first line.").arg(path);
    const QFileDevice::Permissions p = file.permissions();
    if (p & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        *warning = SyncCommand::tr("Warning: the token file %1 can be read by other users; make it readable by "
                                   "you only (chmod 600).").arg(path);
    return QString();
}

} // namespace

int runSyncCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("watchkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(SyncCommand::tr(
        "watchkeeper sync: pulls the platform's changes into the local cache and pushes the queued decisions,\n"
        "without a window. Runs until stopped, or with --once until everything due is done."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), SyncCommand::tr("The sync command."));
    const QCommandLineOption server(QStringLiteral("server"), SyncCommand::tr("The platform's address."),
                                    SyncCommand::tr("url"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       SyncCommand::tr("File holding the platform token (readable by you only)."),
                                       SyncCommand::tr("file"));
    const QCommandLineOption db(QStringLiteral("db"), SyncCommand::tr("The local cache file."), SyncCommand::tr("path"));
    const QCommandLineOption once(QStringLiteral("once"),
                                  SyncCommand::tr("Pull until up to date, push everything due, then exit."));
    const QCommandLineOption insecure(QStringLiteral("allow-insecure"),
                                      SyncCommand::tr("Allow plain http to a host other than this computer."));
    const QCommandLineOption batch(QStringLiteral("batch-size"),
                                   SyncCommand::tr("Commands per push, 1 to 500 (default 500)."), SyncCommand::tr("n"),
                                   QStringLiteral("500"));
    const QCommandLineOption page(QStringLiteral("page-size"),
                                  SyncCommand::tr("Changes per page, 1 to 5000 (default 1000)."), SyncCommand::tr("n"),
                                  QStringLiteral("1000"));
    parser.addOptions({server, tokenFile, db, once, insecure, batch, page});
    parser.process(app);

    const auto usage = [&err](const QString &sentence) {
        err << sentence << Qt::endl;
        return 2;
    };
    if (parser.positionalArguments().size() != 1)
        return usage(SyncCommand::tr("Unexpected argument \"%1\". Run watchkeeper sync --help.")
                         .arg(parser.positionalArguments().value(1)));
    if (!parser.isSet(server) || !parser.isSet(tokenFile) || !parser.isSet(db))
        return usage(SyncCommand::tr("watchkeeper sync needs --server, --token-file and --db."));
    const QUrl url(parser.value(server), QUrl::StrictMode);
    const QString transport = PlatformClient::transportProblem(url, parser.isSet(insecure));
    if (!transport.isEmpty())
        return usage(transport);
    bool ok = false;
    const int batchSize = parser.value(batch).toInt(&ok);
    if (!ok || batchSize < 1 || batchSize > 500)
        return usage(SyncCommand::tr("--batch-size must be a whole number from 1 to 500."));
    const int pageSize = parser.value(page).toInt(&ok);
    if (!ok || pageSize < 1 || pageSize > 5000)
        return usage(SyncCommand::tr("--page-size must be a whole number from 1 to 5000."));

    PlatformClientSettings clientSettings;
    clientSettings.baseUrl = url;
    clientSettings.allowInsecure = parser.isSet(insecure);
    QString warning;
    const QString tokenError = readToken(parser.value(tokenFile), &clientSettings.token, &warning);
    if (!tokenError.isEmpty())
        return usage(tokenError);
    if (!warning.isEmpty())
        err << warning << Qt::endl;

    SyncEngineOptions engineOptions;
    engineOptions.databasePath = QDir::current().absoluteFilePath(parser.value(db));
    engineOptions.clientName = QStringLiteral("watchkeeper sync");
    engineOptions.once = parser.isSet(once);
    engineOptions.batchSize = batchSize;
    engineOptions.pageLimit = pageSize;
    // --once rides out a flaky network but not a dead one.
    engineOptions.maxConsecutiveFailures = engineOptions.once ? 8 : 0;

    SyncService service(clientSettings, engineOptions);
    QString lastError;
    QObject::connect(&service, &SyncService::progressed, &app, [&out](const SyncProgress &p) {
        out << progressLine(p) << Qt::endl;
    });
    QObject::connect(&service, &SyncService::statusChanged, &app, [&err, &lastError](const SyncStatus &s) {
        if (s.lastError != lastError && !s.lastError.isEmpty())
            err << SyncCommand::tr("%1 (pending %2)").arg(s.lastError).arg(s.pending) << Qt::endl;
        lastError = s.lastError;
    });
    int exitCode = 0;
    QObject::connect(&service, &SyncService::finished, &app, [&](bool success, const QString &error) {
        if (success) {
            out << SyncCommand::tr("Sync complete.") << Qt::endl;
        } else {
            err << SyncCommand::tr("Sync failed: %1").arg(error) << Qt::endl;
            exitCode = 1;
        }
        QCoreApplication::exit(exitCode);
    });
    out << SyncCommand::tr("Syncing %1 into %2").arg(url.toDisplayString(), engineOptions.databasePath) << Qt::endl;
    service.start();
    const int rc = QCoreApplication::exec();
    return rc != 0 ? rc : exitCode;
}

} // namespace wk::console
