#include "Workspace.h"

#include "CommandQueue.h"
#include "MediaCache.h"
#include "PlatformClient.h"
#include "SyncService.h"

#include <QDir>
#include <QFileInfo>

namespace wk {

Workspace::Workspace(const QString &cachePath, SyncService *sync, QObject *parent)
    : QObject(parent), m_cachePath(cachePath), m_sync(sync), m_commands(new CommandQueue(cachePath, this)),
      m_media(new MediaCache(MediaCacheOptions{mediaDirectoryFor(cachePath)}, this))
{
    // During a first sync pages land many times a second; the desks re-read at most this often.
    m_cacheUpdateTimer.setSingleShot(true);
    m_cacheUpdateTimer.setInterval(kCacheUpdateIntervalMs);
    connect(&m_cacheUpdateTimer, &QTimer::timeout, this, &Workspace::cacheUpdated);

    connect(m_commands, &CommandQueue::outboxChanged, this, &Workspace::outboxChanged);
    connect(m_commands, &CommandQueue::supervisorLoaded, this, [this](const Me &me) {
        if (m_me.supervisorId.isEmpty())   // /v1/me, when it answered first, is the fresher truth
            setSupervisor(me);
    });
    m_commands->loadSupervisor();

    if (m_sync) {
        connect(m_commands, &CommandQueue::outboxChanged, m_sync, &SyncService::commandsChanged);
        connect(m_sync, &SyncService::statusChanged, this, &Workspace::onStatus);
        connect(m_sync, &SyncService::progressed, this, &Workspace::onProgress);
        PlatformClient *client = m_sync->client();
        connect(client, &PlatformClient::meReceived, this, [this](quint64, const Me &me) {
            setSupervisor(me);
            m_commands->rememberSupervisor(me);
        });
        QMetaObject::invokeMethod(client, [client] { client->me(); }, Qt::QueuedConnection);
    }
}

Workspace::~Workspace() = default;

QString Workspace::mediaDirectoryFor(const QString &cachePath)
{
    const QFileInfo cache(cachePath);
    return cache.dir().filePath(cache.completeBaseName() + QStringLiteral("-media"));
}

void Workspace::setClientSettings(const PlatformClientSettings &settings) { m_media->setClientSettings(settings); }

void Workspace::setSupervisor(const Me &me)
{
    if (m_me == me)
        return;
    m_me = me;
    emit supervisorChanged(m_me);
}

void Workspace::onStatus(const SyncStatus &status)
{
    // A conflict or an acknowledgement changes overlays as much as a local write does.
    const bool outboxMoved = status.pending != m_status.pending || status.conflicts != m_status.conflicts
                             || status.rejected != m_status.rejected;
    m_status = status;
    emit statusChanged(m_status);
    if (outboxMoved)
        emit outboxChanged();
}

void Workspace::onProgress(const SyncProgress &progress)
{
    const bool newData = progress.changes != m_progress.changes || progress.pushed != m_progress.pushed
                         || progress.resyncs != m_progress.resyncs;
    m_progress = progress;
    emit progressed(m_progress);
    if (newData && !m_cacheUpdateTimer.isActive())
        m_cacheUpdateTimer.start();
}

} // namespace wk
