#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wk::console {

// What `watchkeeper` was asked to do on its command line.
struct ConsoleOptions
{
    bool demo = false;
    QUrl server;
    QString databasePath;
    QString language;       // empty: follow the system locale
    QString screenshotPath; // non-empty: render the window into this PNG and exit
    QString desk;           // non-empty: show this desk (Desk::key) first
};

// The value of --lang (or --lang=CODE) before the parser runs: the translator must be installed
// first so that --help and every error message come out in that language.
QString forcedLanguage(const QStringList &arguments);

// True when --screenshot is among the raw arguments; main() then renders offscreen.
bool wantsScreenshot(int argc, char **argv);

// The "Commands:" part of --help: every command that runs without a window, with one line each.
QString commandSummary();

// Parses the command line; --help, --version and errors print and exit here, as is the custom.
ConsoleOptions parseCommandLine(const QStringList &arguments);

} // namespace wk::console
