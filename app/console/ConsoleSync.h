#pragma once
// The console window's sync with one platform: a SyncService on its own threads, the Workspace the
// desks get, and the status-bar indicator. start() again with another platform tears the old one
// down first (each platform has its own cache file).
#include "common/ConnectionSettings.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace wk {
class MainWindow;
class SyncService;
class SyncStatusIndicator;
class Workspace;
}

namespace wk::console {

class ConsoleSync : public QObject
{
    Q_OBJECT
public:
    // `window` must outlive the sync's use of it; the destructor does not touch it (it may run while
    // the window is being destroyed).
    explicit ConsoleSync(MainWindow &window, QObject *parent = nullptr);
    ~ConsoleSync() override;

    // Starts syncing `cachePath` with the platform in `connection`, replacing any sync running.
    void start(const ConnectionSettings &connection, const QString &cachePath);
    // The same platform, new credentials (a new token): the running sync carries on with them.
    void updateCredentials(const ConnectionSettings &connection);
    // No platform any more: the desks go back to their empty states.
    void stop();

    bool isRunning() const { return m_service != nullptr; }
    const QString &cachePath() const { return m_cachePath; }
    SyncService *service() const { return m_service; }

private:
    void release();

    MainWindow &m_window;
    SyncService *m_service = nullptr;
    Workspace *m_workspace = nullptr;
    QPointer<SyncStatusIndicator> m_indicator;
    QString m_cachePath;
};

// Where the demo's cache lives (kept apart from a real platform's cache).
QString demoCachePath();
// One cache per platform, named by a hash of its address (never by a server string).
QString remoteCachePath(const QUrl &server);

} // namespace wk::console
