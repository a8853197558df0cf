#include "ConsoleSync.h"

#include "sync/SyncService.h"
#include "sync/SyncStatusIndicator.h"
#include "sync/TokenStore.h"
#include "sync/Workspace.h"
#include "common/MainWindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>

namespace wk::console {

namespace {
PlatformClientSettings clientSettings(const ConnectionSettings &connection)
{
    PlatformClientSettings client;
    client.baseUrl = connection.platformUrl;
    client.token = connection.token;
    client.allowInsecure = connection.allowUnencrypted;
    return client;
}
} // namespace

QString demoCachePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo-cache.sqlite"));
}

QString remoteCachePath(const QUrl &server)
{
    const QByteArray hash =
        QCryptographicHash::hash(TokenStore::accountFor(server).toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("caches/%1.sqlite").arg(QString::fromLatin1(hash.left(24))));
}

ConsoleSync::ConsoleSync(MainWindow &window, QObject *parent) : QObject(parent), m_window(window) {}

ConsoleSync::~ConsoleSync() { release(); }

void ConsoleSync::release()
{
    // The workspace's command writer finishes what is queued, then the sync stops (returning
    // commands in flight to the queue) and its threads join.
    delete std::exchange(m_workspace, nullptr);
    delete std::exchange(m_service, nullptr);
    m_cachePath.clear();
}

void ConsoleSync::start(const ConnectionSettings &connection, const QString &cachePath)
{
    stop();
    QDir().mkpath(QFileInfo(cachePath).absolutePath());
    m_cachePath = cachePath;
    SyncEngineOptions engine;
    engine.databasePath = cachePath;

    m_indicator = new SyncStatusIndicator(&m_window);
    m_window.statusBar()->addPermanentWidget(m_indicator);
    m_service = new SyncService(clientSettings(connection), engine, this);
    QObject::connect(m_service, &SyncService::statusChanged, m_indicator, &SyncStatusIndicator::setStatus);
    QObject::connect(m_service, &SyncService::progressed, m_indicator, &SyncStatusIndicator::setProgress);
    m_workspace = new Workspace(cachePath, m_service, this);
    m_workspace->setClientSettings(clientSettings(connection));   // the media downloads' credentials
    m_window.setWorkspace(m_workspace);
    m_service->start();
}

void ConsoleSync::updateCredentials(const ConnectionSettings &connection)
{
    if (!m_service)
        return;
    m_service->setClientSettings(clientSettings(connection));
    m_workspace->setClientSettings(clientSettings(connection));
}

void ConsoleSync::stop()
{
    if (!m_service)
        return;
    m_window.setWorkspace(nullptr);   // the desks let go of it first
    release();
    delete m_indicator.data();
}

} // namespace wk::console
