#pragma once
// What the sync engine reports: its state for the status bar and the Sync desk (sync rule 6), and
// running totals for progress lines.
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wk {

struct SyncStatus {
    enum class Connection { Offline, Online, Syncing, WorkingOffline };
    Connection connection = Connection::Offline;
    int pending = 0;              // intents not yet acknowledged (pending + in flight)
    QDateTime oldestPendingAt;    // invalid when nothing is pending
    int conflicts = 0;            // waiting for a person
    int rejected = 0;             // waiting for a person
    QDateTime lastPullAt;         // the last successful pull; invalid if never
    QString lastError;            // a sentence; empty once a request succeeds again
    bool caughtUp = false;        // the last pull said has_more = false
    int indexesToBuild = 0;       // a first sync's indexes still being built (the search index is one)

    // Seconds since the oldest pending intent was made; 0 if none.
    qint64 oldestPendingAgeSeconds(const QDateTime &now) const
    {
        return oldestPendingAt.isValid() ? qMax<qint64>(0, oldestPendingAt.secsTo(now)) : 0;
    }
    friend bool operator==(const SyncStatus &, const SyncStatus &) = default;
};

QString toCode(SyncStatus::Connection connection);

struct SyncProgress {
    qint64 pages = 0;
    qint64 changes = 0;           // changes received
    qint64 pushed = 0;            // commands answered by the platform
    qint64 applied = 0;           // applied + duplicate
    qint64 conflicts = 0;
    qint64 rejected = 0;
    qint64 resyncs = 0;           // 410 → from scratch
    qint64 registrations = 0;     // POST /v1/clients
    qint64 retries = 0;           // transient failures ridden out
    // Where the engine's own time goes (throughput figures for the Sync desk and the benchmark).
    qint64 pageWriteMs = 0;       // writing pulled pages into the cache
    // The engine thread's CPU time for those writes (where the OS says; else 0): unlike the wall
    // time above it does not grow when other processes take the cores, so benchmarks compare it.
    qint64 pageWriteCpuMs = 0;
    qint64 outboxWriteMs = 0;     // marking commands in flight and recording their results
    qint64 indexBuildMs = 0;      // a first sync's indexes, built after its last page (BulkLoad.h)
    friend bool operator==(const SyncProgress &, const SyncProgress &) = default;
};

} // namespace wk

Q_DECLARE_METATYPE(wk::SyncStatus)
Q_DECLARE_METATYPE(wk::SyncProgress)
