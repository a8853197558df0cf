#pragma once
// What the desks share once the console has a cache: its path (each desk's models open their own
// read connections on their own threads), the command queue, the signed-in supervisor and the sync
// service's news. MainWindow hands it to every desk (Desk::setWorkspace); a desk without one shows
// its empty state.
#include "SyncTypes.h"
#include "WireTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wk {

class CommandQueue;
class MediaCache;
class SyncService;
struct PlatformClientSettings;

class Workspace : public QObject
{
    Q_OBJECT
public:
    // `sync` may be null (tests, a cache opened without a platform); it must outlive the workspace
    // or be a parent of it.
    Workspace(const QString &cachePath, SyncService *sync, QObject *parent = nullptr);
    ~Workspace() override;

    const QString &cachePath() const { return m_cachePath; }
    CommandQueue *commands() const { return m_commands; }
    // The media of this cache's platform, in a folder next to the cache file (mediaDirectoryFor).
    MediaCache *media() const { return m_media; }
    static QString mediaDirectoryFor(const QString &cachePath);
    // Where media are downloaded from (the sync's platform and token).
    void setClientSettings(const PlatformClientSettings &settings);
    SyncService *sync() const { return m_sync; }

    // The signed-in supervisor: from /v1/me when online, else as remembered in the cache. Empty id
    // until known.
    const Me &supervisor() const { return m_me; }
    void setSupervisor(const Me &me);

    const SyncStatus &status() const { return m_status; }
    const SyncProgress &progress() const { return m_progress; }

signals:
    // New server data reached the cache (throttled: at most every kCacheUpdateInterval), so
    // windowed models re-read what they show.
    void cacheUpdated();
    // The outbox changed: pending-intent overlays and conflict lists need a fresh look.
    void outboxChanged();
    void supervisorChanged(const wk::Me &me);
    void statusChanged(const wk::SyncStatus &status);
    void progressed(const wk::SyncProgress &progress);

public:
    static constexpr int kCacheUpdateIntervalMs = 250;

private:
    void onProgress(const SyncProgress &progress);
    void onStatus(const SyncStatus &status);

    QString m_cachePath;
    SyncService *m_sync;
    CommandQueue *m_commands;
    MediaCache *m_media;
    Me m_me;
    SyncStatus m_status;
    SyncProgress m_progress;
    QTimer m_cacheUpdateTimer;
};

} // namespace wk
