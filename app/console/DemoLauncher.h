#pragma once

#include "common/ConnectionSettings.h"

#include <QObject>
#include <QThread>

namespace wk::console {

// `watchkeeper --demo`: the reference platform (wk::platform::PlatformServer) runs in-process on a
// loopback port, so a new user sees a living console at once.
//
// Opening or generating the platform's store takes seconds, so the server lives on its own
// thread: start() returns at once and ready() or failed() follows. The store is kept in the
// application's data folder and reused on the next start (same seed, same data).
class DemoPlatform : public QObject
{
    Q_OBJECT
public:
    explicit DemoPlatform(QObject *parent = nullptr);
    ~DemoPlatform() override;   // stops the server on its thread, then the thread

    // storePath: the platform's SQLite file; liveRate: new flagged items per second.
    void start(const QString &storePath, double liveRate);

    // Where the demo platform keeps its store unless told otherwise.
    static QString defaultStorePath();

signals:
    // The platform listens: connect with these settings (loopback URL, the demo-1 token).
    void ready(const wk::ConnectionSettings &connection);
    // A sentence a supervisor can act on.
    void failed(const QString &reason);

private:
    QThread m_thread;
    QObject *m_host = nullptr;   // lives on m_thread; owns the server
};

} // namespace wk::console
