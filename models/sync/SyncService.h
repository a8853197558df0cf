#pragma once
// Owns the sync's two worker threads: one for the PlatformClient (networking), one for the
// SyncEngine (its own cache connection, decoding and writing). Lives on the caller's thread (the
// GUI's or the headless command's) and forwards the engine's signals there; every call into the
// workers is queued, so nothing here blocks but the destructor, which stops and joins the threads.
#include "PlatformClient.h"
#include "SyncEngine.h"

#include <QObject>
#include <QThread>

namespace wk {

class SyncService : public QObject
{
    Q_OBJECT
public:
    SyncService(const PlatformClientSettings &client, const SyncEngineOptions &engine, QObject *parent = nullptr);
    ~SyncService() override;

    void start();
    void stop();
    void setWorkOffline(bool offline);
    // Call after committing an outbox change (enqueue, undo) on another connection.
    void commandsChanged();
    void setClientSettings(const PlatformClientSettings &settings);

    PlatformClient *client() const { return m_client; }

signals:
    void statusChanged(const wk::SyncStatus &status);
    void progressed(const wk::SyncProgress &progress);
    void finished(bool ok, const QString &error);

private:
    QThread m_networkThread;
    QThread m_engineThread;
    PlatformClient *m_client;   // deleted on its thread when it finishes
    SyncEngine *m_engine;       // likewise
};

} // namespace wk
