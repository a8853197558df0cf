#include "ConsoleSync.h"

#include "sync/SyncStatusIndicator.h"
#include "sync/SyncService.h"
#include "sync/Workspace.h"
#include "common/MainWindow.h"

#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>

namespace wk::console {

QString demoCachePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo-cache.sqlite"));
}

SyncService *startConsoleSync(MainWindow &window, const ConnectionSettings &connection, const QString &cachePath)
{
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    PlatformClientSettings client;
    client.baseUrl = connection.platformUrl;
    client.token = connection.token;
    client.allowInsecure = connection.allowUnencrypted;
    SyncEngineOptions engine;
    engine.databasePath = cachePath;

    auto *indicator = new SyncStatusIndicator(&window);
    window.statusBar()->addPermanentWidget(indicator);
    auto *service = new SyncService(client, engine, &window);
    QObject::connect(service, &SyncService::statusChanged, indicator, &SyncStatusIndicator::setStatus);
    QObject::connect(service, &SyncService::progressed, indicator, &SyncStatusIndicator::setProgress);
    auto *workspace = new Workspace(cachePath, service, &window);
    workspace->setClientSettings(client);
    window.setWorkspace(workspace);
    service->start();
    return service;
}

} // namespace wk::console
