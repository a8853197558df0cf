// watchkeeper: the supervisors' console. Thin on purpose: options, translations, the window.
#include "CommandLine.h"
#include "ConsoleSync.h"
#include "DemoLauncher.h"
#include "RemoteSync.h"
#include "JournalCommand.h"
#include "FirstRun.h"
#include "Screenshot.h"
#include "SyncCommand.h"

#include "common/MainWindow.h"
#include "common/SettingsSchema.h"
#include "common/StandardDesks.h"
#include "common/Theme.h"
#include "common/Translations.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>

#include <memory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcConsole, "wk.console")

int main(int argc, char **argv)
{
    // `watchkeeper sync` is headless: it must not need a display.
    if (wk::console::isSyncCommand(argc, argv))
        return wk::console::runSyncCommand(argc, argv);
    if (wk::console::isJournalCommand(argc, argv))
        return wk::console::runJournalCommand(argc, argv);

    // Screenshots are rendered offscreen so that they look the same on every machine.
    if (wk::console::wantsScreenshot(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    wk::requestSystemColourScheme(); // light or dark as the OS is
    QApplication app(argc, argv);
    wk::applySystemStyle();
    QCoreApplication::setOrganizationName(QStringLiteral("Watchkeeper"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("watchkeeper.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Watchkeeper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Watchkeeper"));
    QGuiApplication::setDesktopFileName(QStringLiteral(WK_APP_ID));

    const QString language = wk::console::forcedLanguage(QCoreApplication::arguments());
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language)); // dates and numbers follow the forced language too
    wk::installTranslators(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    wk::console::ConsoleOptions options = wk::console::parseCommandLine(QCoreApplication::arguments());
    if (!options.databasePath.isEmpty())
        qCInfo(lcConsole) << "local cache:" << options.databasePath;

    if (!options.screenshotPath.isEmpty())
        wk::console::prepareScreenshotFont();

    wk::MainWindow window;
    for (auto &desk : wk::createStandardDesks())
        window.addDesk(std::move(desk));

    if (!options.desk.isEmpty() && !window.openDesk(options.desk)) {
        QStringList keys;
        for (int i = 0; i < window.deskCount(); ++i)
            keys << window.desk(i)->key();
        std::fputs(qUtf8Printable(QCoreApplication::translate("main", "There is no desk \"%1\". The desks are: %2.")
                                      .arg(options.desk, keys.join(QStringLiteral(", ")))
                                  + QLatin1Char('\n')),
                   stderr);
        return 2;
    }

    if (!options.screenshotPath.isEmpty() && !options.demo) {
        // A known state, not the user's: first desk (or --desk), default size, not connected.
        const QString error = wk::console::saveScreenshot(window, options.screenshotPath);
        if (!error.isEmpty()) {
            std::fputs(qUtf8Printable(error + QLatin1Char('\n')), stderr);
            return 1;
        }
        return 0;
    }

    // Settings of an older release are brought forward once; a newer release's are left alone.
    QSettings settings;
    QString settingsError;
    if (!wk::upgradeSettings(settings, &settingsError))
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Settings"), settingsError);
    if (options.screenshotPath.isEmpty()) {
        window.restoreSettings();   // a screenshot shows a known state, not the user's
        if (!options.desk.isEmpty())
            window.openDesk(options.desk);
    }
    if (wk::console::shouldOfferWelcome(options, settings)) {
        const wk::console::WelcomeOutcome welcome = wk::console::runWelcome(settings, &window);
        options.demo = welcome.demo;
        if (welcome.platform)
            window.setConnectionSettings(*welcome.platform);
    } else if (!options.server.isValid() && wk::console::demoChosenBefore(settings)) {
        options.demo = true; // the last desk, on the demo as last time
    }
    if (options.server.isValid()) {
        wk::ConnectionSettings connection = window.connectionSettings();
        connection.platformUrl = options.server;
        const QString error = wk::validatePlatformUrl(connection.platformUrl, connection.allowUnencrypted);
        if (!error.isEmpty()) {
            std::fputs(qUtf8Printable(error + QLatin1Char('\n')), stderr);
            return 2;
        }
        window.setConnectionSettings(connection);
    }
    std::unique_ptr<wk::console::DemoPlatform> demo;
    if (options.demo) {
        window.setPlatformMode(wk::MainWindow::PlatformMode::Demo);
        demo = std::make_unique<wk::console::DemoPlatform>();
        auto *sync = new wk::console::ConsoleSync(window, &window);
        QObject::connect(demo.get(), &wk::console::DemoPlatform::ready, &window,
                         [&window, sync, screenshot = options.screenshotPath](const wk::ConnectionSettings &connection) {
                             window.setConnectionSettings(connection);
                             sync->start(connection, wk::console::demoCachePath());
                             if (!screenshot.isEmpty())
                                 wk::console::saveScreenshotWhenCaughtUp(window, *sync->service(), screenshot);
                         });
        QObject::connect(demo.get(), &wk::console::DemoPlatform::failed, &window, [&window](const QString &why) {
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Demo platform"), why);
        });
        demo->start(wk::console::DemoPlatform::defaultStorePath(), /*liveRate=*/0.5);
    } else {
        // A real platform (--server, or the address saved in the settings): its token from the
        // keychain, then the sync into that platform's own cache.
        auto *remote = new wk::console::RemoteSync(window);
        remote->begin();
    }

    if (!options.screenshotPath.isEmpty())
        window.resize(1280, 800);   // laid out at the screenshot's size from the start
    window.show();
    return QApplication::exec();
}
