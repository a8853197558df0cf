#include "SyncService.h"

namespace wk {

SyncService::SyncService(const PlatformClientSettings &client, const SyncEngineOptions &engine, QObject *parent)
    : QObject(parent), m_client(new PlatformClient), m_engine(new SyncEngine(m_client, engine))
{
    m_networkThread.setObjectName(QStringLiteral("wk-sync-network"));
    m_engineThread.setObjectName(QStringLiteral("wk-sync-engine"));
    m_client->setSettings(client);   // queued: runs first on the client's thread
    m_client->moveToThread(&m_networkThread);
    m_engine->moveToThread(&m_engineThread);
    connect(&m_networkThread, &QThread::finished, m_client, &QObject::deleteLater);
    connect(&m_engineThread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::statusChanged, this, &SyncService::statusChanged);
    connect(m_engine, &SyncEngine::progressed, this, &SyncService::progressed);
    connect(m_engine, &SyncEngine::finished, this, &SyncService::finished);
    m_networkThread.start();
    m_engineThread.start();
}

SyncService::~SyncService()
{
    // The engine stops first (it returns commands in flight to the queue) and waits for that, then
    // its thread ends and deletes it; then the client aborts what is still open, on its own thread.
    // quit() alone would not do: events still queued are not delivered once the loop has exited.
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
    m_engineThread.quit();
    m_engineThread.wait();
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->cancelAll(); }, Qt::BlockingQueuedConnection);
    m_networkThread.quit();
    m_networkThread.wait();
}

void SyncService::start() { QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection); }
void SyncService::stop() { QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::QueuedConnection); }

void SyncService::setWorkOffline(bool offline)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, offline] { engine->setWorkOffline(offline); },
                              Qt::QueuedConnection);
}

void SyncService::commandsChanged()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::commandsChanged, Qt::QueuedConnection);
}

void SyncService::setClientSettings(const PlatformClientSettings &settings)
{
    m_client->setSettings(settings);   // queued to the client's thread before the engine's restart below
    QMetaObject::invokeMethod(m_engine, &SyncEngine::credentialsChanged, Qt::QueuedConnection);
}

} // namespace wk
