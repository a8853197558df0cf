#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace wk::console {

// Gives the texts below their own translation context.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(wk::console::CommandLine)
};

namespace {

[[noreturn]] void failWith(const QString &message)
{
    std::fputs(qUtf8Printable(message + QLatin1Char('\n')), stderr);
    std::exit(2);
}
} // namespace

QString commandSummary()
{
    // Every command that runs without a window; each has its own --help with its flags.
    // A new command adds its line here (the cli tests check that --help names every command).
    const QList<QPair<QString, QString>> commands = {
        {QStringLiteral("sync"),
         CommandLine::tr("Sync the local cache with a platform without a window (see watchkeeper sync --help).")},
    };
    QString text = CommandLine::tr("Commands:");
    for (const auto &[name, summary] : commands)
        text += QStringLiteral("\n  watchkeeper %1\n      %2").arg(name, summary);
    text += QLatin1Char('\n') + CommandLine::tr("Without a command, the console window opens.");
    return text;
}

QString forcedLanguage(const QStringList &arguments)
{
    const QString flag = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == flag && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(flag + QLatin1Char('=')))
            return a.mid(flag.size() + 1);
    }
    return {};
}

bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

ConsoleOptions parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Watchkeeper: the desk of the supervisors of an AI-run shop. Review flagged media, "
                        "settle order exceptions and manage suppliers, online or offline.")
        + QLatin1String("\n\n") + commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption demo(
        QStringLiteral("demo"), CommandLine::tr("Start the built-in reference platform with generated data and "
                                                "connect to it. Nothing reaches the real shop."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        CommandLine::tr("Connect to the platform at <url> for this session, instead of the address in Settings."),
        CommandLine::tr("url"));
    const QCommandLineOption db(
        QStringLiteral("db"), CommandLine::tr("Keep the local cache in <path> instead of the default location."),
        CommandLine::tr("path"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        CommandLine::tr("Use the language <code> (for example de or zh_CN) instead of the system's."),
        CommandLine::tr("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        CommandLine::tr("Render the main window at 1280×800 into the PNG file <path> and exit. With --demo: "
                        "once the demo's first sync has finished."),
        CommandLine::tr("path"));
    const QCommandLineOption desk(
        QStringLiteral("desk"),
        CommandLine::tr("Open the desk <name> first: overview, review, fulfilment, suppliers, sync or journal."),
        CommandLine::tr("name"));
    parser.addOptions({demo, server, db, lang, screenshot, desk});
    parser.process(arguments);

    if (!parser.positionalArguments().isEmpty()) {
        failWith(CommandLine::tr("Unknown command \"%1\". Run watchkeeper --help to see what it can do.")
                     .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(demo) && parser.isSet(server))
        failWith(CommandLine::tr("--demo and --server exclude each other: choose the demo platform or a real one."));

    ConsoleOptions options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(server)) {
        options.server = QUrl(parser.value(server), QUrl::StrictMode);
        if (!options.server.isValid() || options.server.scheme().isEmpty())
            failWith(CommandLine::tr("\"%1\" is not a platform address. Write it as https://platform.example.com.")
                         .arg(parser.value(server)));
    }
    if (parser.isSet(db))
        options.databasePath = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(db)));
    options.language = parser.value(lang);
    if (parser.isSet(screenshot))
        options.screenshotPath = QDir::current().absoluteFilePath(parser.value(screenshot));
    options.desk = parser.value(desk);
    return options;
}

} // namespace wk::console
