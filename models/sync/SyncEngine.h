#pragma once
// The offline-first sync (DESIGN.md "Sync rules"): pulls the platform's change feed into the cache
// and pushes the outbox, on a worker thread with its own connection to the cache file.
//
// - Pull: GET /v1/changes page by page (wait=0 while catching up, then long polls); each page and its
//   cursor commit in one transaction (rule 1). 410 cursor_expired → the server rows and the cursor
//   are cleared and the pull starts from scratch; the outbox stays (rule 2). A pull from scratch of
//   more than one page runs in bulk mode (storage/BulkLoad.h): indexes are built once it has caught
//   up, or as soon as it stops streaming (a failure), one per event-loop turn; --once finishes
//   after them.
// - Push: OutboxStore::due() in seq order, at most batchSize per POST; each command is marked in
//   flight before it is sent, so that a crash leaves it to be pushed again with the same id
//   (recoverInFlight at start); results are recorded as the platform gave them — conflicts and
//   rejections stay in the outbox for a person (rule 4). 404 unknown_client → register again and
//   resend the same commands. 422 idempotency_key_reused → that one command is kept as rejected
//   for a person, the others go again. One batch is in flight at a time; the next leaves as soon
//   as an answer arrives, before that answer is written down. While a push is in flight no new
//   pull starts: a backlog of decisions goes out batch after batch, and the pull that follows
//   brings their effects.
// - Retries: exponential backoff with full jitter, Retry-After as a floor, capped; they fire from
//   a QTimer, with no need for new activity (rule 5). The push timer also wakes when a command's
//   grace period ends (nextDueAt) and when commandsChanged() says that one was enqueued. A 401 is
//   never retried: the sync stops with the sentence until credentialsChanged().
//
// The owner moves the engine to a worker thread and calls the slots through queued connections
// (SyncService does all of that).
#include "ApiError.h"
#include "SyncTypes.h"
#include "WireTypes.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace wk {

class CacheWriter;
class Database;
class OutboxStore;
class PlatformClient;

struct SyncEngineOptions {
    QString databasePath;
    QString clientName = QStringLiteral("watchkeeper");
    int pageLimit = 1000;             // changes per page
    int waitSeconds = 25;             // long poll once caught up
    int batchSize = 500;              // commands per push (the platform takes at most 500)
    int backoffBaseMs = 500;
    int backoffCapMs = 5 * 60 * 1000;
    // --once: pull until has_more is false, push everything due, then finished().
    bool once = false;
    // Gives up (finished(false, ...)) after this many failures in a row; 0: never.
    int maxConsecutiveFailures = 0;
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(PlatformClient *client, SyncEngineOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Backoff with full jitter: a random delay in [0, min(cap, base * 2^failures)], at least
    // Retry-After (capped as well). Exposed for tests.
    static qint64 backoffDelayMs(int failures, int retryAfterSeconds, int baseMs, int capMs);

public slots:
    // Opens the cache, recovers commands left in flight by a crash, starts pulling and pushing.
    // A cache that cannot be opened ends in finished(false, sentence).
    void start();
    void stop();
    // The supervisor's "work offline" switch: no requests at all while on.
    void setWorkOffline(bool offline);
    // New client settings (a new token): a sync stopped because the platform refused the token
    // (401, which is never retried) starts again.
    void credentialsChanged();
    // A command was enqueued or undone in the outbox (by another connection): look again.
    void commandsChanged();

signals:
    void statusChanged(const wk::SyncStatus &status);
    void progressed(const wk::SyncProgress &progress);
    // Once mode: everything done (true) or given up; continuous mode: only a fatal local error.
    void finished(bool ok, const QString &error);

private:
    void pull();
    void pullFrom(const QString &cursor, int waitSeconds);
    void push();
    bool mayPush() const;
    enum class BatchSent { Yes, No, NothingDue };   // No: registering, or the sync has failed
    BatchSent sendBatch();
    void registerClient();
    void onChanges(quint64 token, const ChangesPage &page);
    void onPushed(quint64 token, const CommandResults &results);
    void onRegistered(quint64 token, const QString &clientId);
    void onFailed(quint64 token, const ApiError &error);
    void pullFailed(const ApiError &error);
    void pushFailed(const ApiError &error);
    void returnInFlight(const QString &why);
    bool setAsideReusedId(const ApiError &error);
    bool countFailure(const ApiError &error);   // false once it is time to give up
    // A failure of `what` ("pull", "push"): counted, and unless the sync gives up on it (nullopt),
    // one more on `failures` and the delay before the next try.
    std::optional<qint64> retryAfter(const char *what, int &failures, const ApiError &error);
    void pushLater(const char *what, const ApiError &error);   // retryAfter, then the push timer
    void succeeded();
    static ApiError malformed(const QString &detail);   // a 200 whose body we cannot use
    static QDateTime now();
    // Runs `write` in one transaction; a storage failure stops the sync with its sentence (false).
    bool writeOrFail(const std::function<void()> &write);
    // Cancels every request and timer; commands in flight go back to the queue, noted with `why`.
    void abandonRequests(const QString &why);
    void schedulePush(qint64 delayMs);
    void scheduleNextDue();
    void checkOnceDone();
    void resumePull();
    // A first sync's indexes (BulkLoad.h) are built one per event-loop turn once the stream is
    // over, so that pushes and live pulls go on in between; finishBulkLoad() builds them all at once
    // (when the engine stops) and returns the error sentence, empty if done.
    // After a step that held the write lock long: time for a decision that waits for the lock to
    // get in before the next step (Database's busy handler looks again every 5 ms).
    static constexpr int kLetWritersInMs = 20;
    void scheduleIndexBuild(int delayMs = 0);
    void buildNextIndex();
    QString finishBulkLoad();
    void fail(const QString &sentence);
    void updateStatus();

    PlatformClient *m_client;
    SyncEngineOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<CacheWriter> m_writer;
    QTimer *m_pullTimer;
    QTimer *m_pushTimer;
    QTimer *m_indexTimer;

    bool m_running = false;
    bool m_offline = false;
    quint64 m_pullToken = 0;
    QString m_clientId;               // sent with pulls (last_command_seq)
    bool m_pullIsLongPoll = false;
    bool m_caughtUp = false;
    bool m_pullAfterPush = false;     // a pull waits for the push in flight
    bool m_bulkLoad = false;          // a first sync streaming in without its indexes (BulkLoad.h)
    int m_indexesToBuild = 0;         // BulkLoad steps left once the stream is over (status)
    int m_pullFailures = 0;
    quint64 m_pushToken = 0;
    QStringList m_pushIds;
    int m_pushFailures = 0;
    quint64 m_registerToken = 0;
    int m_consecutiveFailures = 0;
    bool m_reachable = false;
    bool m_pullDone = false;          // once mode
    bool m_pushDone = false;          // once mode
    bool m_finished = false;
    bool m_authRejected = false;      // stopped on a 401 until credentialsChanged()
    QString m_lastError;
    SyncProgress m_progress;
    SyncStatus m_status;
    bool m_statusSent = false;
};

} // namespace wk
