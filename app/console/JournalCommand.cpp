#include "JournalCommand.h"

#include "ConsoleSync.h"

#include "storage/CacheDatabase.h"
#include "storage/JournalChain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace wk::console {

// Gives the texts below their own translation context.
struct JournalCommand
{
    Q_DECLARE_TR_FUNCTIONS(wk::console::JournalCommand)
};

bool isJournalCommand(int argc, char **argv) { return argc > 1 && std::strcmp(argv[1], "journal") == 0; }

int runJournalCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the window, so that the default cache is the one the console uses.
    QCoreApplication::setOrganizationName(QStringLiteral("Watchkeeper"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("watchkeeper.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Watchkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(JournalCommand::tr(
        "watchkeeper journal verify: checks that no entry of the decision journal was changed, removed or\n"
        "moved. Exits with 0 when the journal verifies, 1 when it is broken, 2 when it cannot be checked."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("journal"), JournalCommand::tr("The journal command."));
    parser.addPositionalArgument(QStringLiteral("verify"), JournalCommand::tr("What to do: verify."));
    const QCommandLineOption db(QStringLiteral("db"),
                                JournalCommand::tr("The local cache file (default: the console's cache, %1).")
                                    .arg(QDir::toNativeSeparators(demoCachePath())),
                                JournalCommand::tr("path"));
    parser.addOption(db);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.at(1) != QLatin1String("verify")) {
        err << JournalCommand::tr("Say what to do with the journal: watchkeeper journal verify [--db PATH].")
            << Qt::endl;
        return 2;
    }
    const QString path = parser.isSet(db) ? QDir::current().absoluteFilePath(parser.value(db)) : demoCachePath();
    if (!QFileInfo(path).isFile()) {
        err << JournalCommand::tr("There is no cache at %1: give its path with --db.").arg(QDir::toNativeSeparators(path))
            << Qt::endl;
        return 2;
    }
    try {
        // Read-write: a cache from an older Watchkeeper is migrated and its journal chained first.
        Database cache = openCache(path);
        const JournalVerification result = JournalChain::verify(cache);
        out << QDir::toNativeSeparators(path) << Qt::endl;
        (result.ok() ? out : err) << result.message() << Qt::endl;
        if (!result.headHash.isEmpty())
            out << JournalCommand::tr("Newest hash: %1").arg(result.headHash) << Qt::endl;
        return result.ok() ? 0 : 1;
    } catch (const StorageError &error) {
        err << error.message() << Qt::endl;
        return 2;
    }
}

} // namespace wk::console
