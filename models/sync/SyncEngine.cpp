#include "SyncEngine.h"

#include "Codecs.h"
#include "PlatformClient.h"
#include "storage/BulkLoad.h"
#include "storage/CacheDatabase.h"
#include "storage/CacheWriter.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/OutboxStore.h"
#include "storage/SyncStateStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <ctime>

Q_LOGGING_CATEGORY(lcSyncEngine, "wk.sync.engine")

namespace wk {

namespace {
QDateTime now() { return QDateTime::currentDateTimeUtc(); }

// This thread's CPU time in ns (0 where the OS does not say).
qint64 threadCpuNs()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return 0;
}
} // namespace

QString toCode(SyncStatus::Connection connection)
{
    switch (connection) {
    case SyncStatus::Connection::Offline: return QStringLiteral("offline");
    case SyncStatus::Connection::Online: return QStringLiteral("online");
    case SyncStatus::Connection::Syncing: return QStringLiteral("syncing");
    case SyncStatus::Connection::WorkingOffline: return QStringLiteral("working_offline");
    }
    return QString();
}

SyncEngine::SyncEngine(PlatformClient *client, SyncEngineOptions options, QObject *parent)
    : QObject(parent), m_client(client), m_options(std::move(options)), m_pullTimer(new QTimer(this)),
      m_pushTimer(new QTimer(this))
{
    qRegisterMetaType<wk::SyncStatus>();
    qRegisterMetaType<wk::SyncProgress>();
    m_options.batchSize = qBound(1, m_options.batchSize, codec::kMaxCommandsPerBatch);
    m_options.pageLimit = qBound(1, m_options.pageLimit, 5000);
    m_options.waitSeconds = qBound(0, m_options.waitSeconds, 60);
    m_pullTimer->setSingleShot(true);
    m_pushTimer->setSingleShot(true);
    connect(m_pullTimer, &QTimer::timeout, this, &SyncEngine::pull);
    connect(m_pushTimer, &QTimer::timeout, this, &SyncEngine::push);
    // The client lives on its own thread: these are queued connections.
    connect(m_client, &PlatformClient::changesReceived, this, &SyncEngine::onChanges);
    connect(m_client, &PlatformClient::commandsPushed, this, &SyncEngine::onPushed);
    connect(m_client, &PlatformClient::clientRegistered, this, &SyncEngine::onRegistered);
    connect(m_client, &PlatformClient::failed, this, &SyncEngine::onFailed);
}

SyncEngine::~SyncEngine() = default;

qint64 SyncEngine::backoffDelayMs(int failures, int retryAfterSeconds, int baseMs, int capMs)
{
    const qint64 ceiling = std::min<qint64>(capMs, qint64(baseMs) << std::clamp(failures, 0, 20));
    qint64 delay = qint64(QRandomGenerator::global()->bounded(double(ceiling) + 1));
    if (retryAfterSeconds >= 0)
        delay = std::max<qint64>(delay, qint64(retryAfterSeconds) * 1000);
    return std::min<qint64>(delay, capMs);
}

void SyncEngine::start()
{
    if (m_running)
        return;
    try {
        m_db = std::make_unique<Database>(openCache(m_options.databasePath));
        m_outbox = std::make_unique<OutboxStore>(*m_db);
        m_writer = std::make_unique<CacheWriter>(*m_db);
        Transaction tx(*m_db);
        // Nothing is in flight after a start: whatever was had its answer lost with the process.
        const int recovered = m_outbox->recoverInFlight(now());
        // A first sync cut short in bulk mode carries on in it from its cursor.
        m_bulkLoad = BulkLoad::active(*m_db);
        tx.commit();
        m_writer->setBulkLoad(m_bulkLoad);
        if (recovered > 0)
            qCInfo(lcSyncEngine) << recovered << "commands were in flight when the console stopped; resending";
    } catch (const StorageError &e) {
        fail(e.message());
        return;
    }
    m_running = true;
    m_finished = false;
    m_pullDone = m_pushDone = false;
    m_caughtUp = false;
    updateStatus();
    pull();
    push();
}

void SyncEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_pullTimer->stop();
    m_pushTimer->stop();
    if (m_pullToken)
        m_client->cancel(std::exchange(m_pullToken, 0));
    if (m_registerToken)
        m_client->cancel(std::exchange(m_registerToken, 0));
    if (m_pushToken) {
        m_client->cancel(std::exchange(m_pushToken, 0));
        returnInFlight(tr("Sync was stopped before the platform answered."));
    }
    updateStatus();
}

void SyncEngine::setWorkOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    if (offline) {
        m_pullTimer->stop();
        m_pushTimer->stop();
        if (m_pullToken)
            m_client->cancel(std::exchange(m_pullToken, 0));
        if (m_registerToken)
            m_client->cancel(std::exchange(m_registerToken, 0));
        if (m_pushToken) {
            m_client->cancel(std::exchange(m_pushToken, 0));
            // The platform may have applied them: they go again with the same ids (a duplicate then).
            returnInFlight(tr("Working offline: sent again when back online."));
        }
        updateStatus();
        return;
    }
    m_pullFailures = m_pushFailures = 0;
    updateStatus();
    pull();
    push();
}

void SyncEngine::credentialsChanged()
{
    if (!m_authRejected)
        return;
    m_authRejected = false;
    m_lastError.clear();
    m_consecutiveFailures = m_pullFailures = m_pushFailures = 0;
    start();
}

void SyncEngine::commandsChanged()
{
    updateStatus();
    if (!m_running || m_offline || m_pushToken || m_registerToken)
        return;
    if (m_pushFailures > 0 && m_pushTimer->isActive())
        return;   // backing off: the retry timer pushes these too
    push();
}

// ---- pull ----

void SyncEngine::pull()
{
    if (!m_running || m_offline || m_pullToken || m_finished)
        return;
    m_pullTimer->stop();
    const int wait = (m_options.once || !m_caughtUp) ? 0 : m_options.waitSeconds;
    QString cursor;
    try {
        SyncStateStore state(*m_db);
        cursor = state.cursor();
        m_clientId = state.clientId();
    } catch (const StorageError &e) {
        fail(e.message());
        return;
    }
    pullFrom(cursor, wait);
}

void SyncEngine::pullFrom(const QString &cursor, int waitSeconds)
{
    if (!m_running || m_offline || m_pullToken || m_finished)
        return;
    // Our own decisions go first: a backlog of them is pushed batch after batch without pages of
    // their echoes being written in between, and the pull that follows sees them applied.
    if (m_pushToken) {
        m_pullAfterPush = true;
        return;
    }
    m_pullAfterPush = false;
    m_pullTimer->stop();
    m_pullIsLongPoll = waitSeconds > 0;
    m_pullToken = m_client->changes(cursor, m_options.pageLimit, waitSeconds, m_clientId);
    updateStatus();
}

void SyncEngine::onChanges(quint64 token, const ChangesPage &page)
{
    if (token != m_pullToken || token == 0)
        return;
    m_pullToken = 0;
    // While catching up, the next page is asked for before this one is written: the platform and
    // the decoder (on the client's thread) work while this thread writes. Pages are still applied
    // one by one, in order, each with its own cursor.
    if (page.hasMore)
        pullFrom(page.cursor, 0);
    QElapsedTimer clock;
    clock.start();
    const qint64 cpuStart = threadCpuNs();
    bool enteredBulkLoad = false;
    try {
        Transaction tx(*m_db);
        // The first of many pages from scratch: the rest stream in without index upkeep.
        if (!m_bulkLoad && page.hasMore && m_writer->syncState().cursor().isEmpty()) {
            BulkLoad::begin(*m_db);
            m_writer->setBulkLoad(enteredBulkLoad = true);
        }
        m_writer->applyPage(page, now());   // the page and its cursor: one transaction (rule 1)
        tx.commit();
        m_bulkLoad = m_bulkLoad || enteredBulkLoad;
    } catch (const StorageError &e) {
        if (enteredBulkLoad)   // rolled back with the page
            m_writer->setBulkLoad(false);
        fail(e.message());
        return;
    } catch (const DecodeError &e) {
        if (enteredBulkLoad)
            m_writer->setBulkLoad(false);
        if (m_pullToken)   // the page after this one must not be applied without this one
            m_client->cancel(std::exchange(m_pullToken, 0));
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = 200;
        error.detail = e.toString();
        pullFailed(error);
        return;
    }
    m_caughtUp = !page.hasMore;
    // Part of the first sync: counted in its write time.
    const QString indexError = m_caughtUp ? finishBulkLoad() : QString();
    m_progress.pageWriteMs += clock.elapsed();
    m_progress.pageWriteCpuMs += (threadCpuNs() - cpuStart) / 1000000;
    if (!indexError.isEmpty()) {
        fail(indexError);
        return;
    }
    m_pullFailures = 0;
    succeeded();
    ++m_progress.pages;
    m_progress.changes += page.changes.size();
    emit progressed(m_progress);
    updateStatus();
    if (m_options.once && m_caughtUp) {
        m_pullDone = true;
        checkOnceDone();
        return;
    }
    pull();   // a no-op if the next page is already on its way
}

void SyncEngine::pullFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::CursorExpired) {
        // The log no longer reaches our cursor: start again from scratch, keeping the outbox (rule 2).
        try {
            Transaction tx(*m_db);
            clearServerRows(*m_db);
            tx.commit();
        } catch (const StorageError &e) {
            fail(e.message());
            return;
        }
        qCInfo(lcSyncEngine) << "cursor expired: resyncing from scratch";
        ++m_progress.resyncs;
        m_caughtUp = false;
        m_pullDone = false;
        emit progressed(m_progress);
        pull();
        return;
    }
    // Not streaming any more: the desks get their indexes back now rather than after the outage.
    if (const QString indexError = finishBulkLoad(); !indexError.isEmpty()) {
        fail(indexError);
        return;
    }
    if (!countFailure(error))
        return;
    ++m_pullFailures;
    const qint64 delay = backoffDelayMs(m_pullFailures, error.retryAfterSeconds, m_options.backoffBaseMs,
                                        m_options.backoffCapMs);
    qCInfo(lcSyncEngine) << "pull failed:" << ApiError::kindName(error.kind) << error.detail << "- retry in" << delay
                         << "ms";
    m_pullTimer->start(int(delay));
    updateStatus();
}

// ---- push ----

void SyncEngine::push()
{
    if (!m_running || m_offline || m_pushToken || m_registerToken || m_finished)
        return;
    m_pushTimer->stop();
    QList<Command> due;
    QString clientId;
    try {
        clientId = SyncStateStore(*m_db).clientId();
        if (clientId.isEmpty()) {
            registerClient();
            return;
        }
        const QDateTime at = now();
        due = m_outbox->due(at, m_options.batchSize);
        if (due.isEmpty()) {
            scheduleNextDue();
            if (m_options.once) {
                m_pushDone = true;
                checkOnceDone();
            }
            return;
        }
        QElapsedTimer clock;
        clock.start();
        m_pushIds.clear();
        for (const Command &c : std::as_const(due))
            m_pushIds.append(c.id);
        Transaction tx(*m_db);
        m_outbox->markInFlight(m_pushIds, at);   // committed before the request leaves
        tx.commit();
        m_progress.outboxWriteMs += clock.elapsed();
    } catch (const StorageError &e) {
        fail(e.message());
        return;
    }
    m_pushToken = m_client->pushCommands(CommandBatch{clientId, due});
    updateStatus();
}

void SyncEngine::onPushed(quint64 token, const CommandResults &results)
{
    if (token != m_pushToken || token == 0)
        return;
    m_pushToken = 0;
    // One result per command, same order (API.md): anything else is an answer we cannot trust.
    bool matches = results.results.size() == m_pushIds.size();
    for (qsizetype i = 0; matches && i < results.results.size(); ++i)
        matches = results.results.at(i).id == m_pushIds.at(i);
    if (!matches) {
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = 200;
        error.detail = tr("the results do not match the commands sent");
        pushFailed(error);
        return;
    }
    try {
        QElapsedTimer clock;
        clock.start();
        const QDateTime at = now();
        Transaction tx(*m_db);
        for (const CommandResult &r : results.results) {
            m_outbox->recordResult(r, at);
            switch (r.outcome) {
            case CommandOutcome::Applied:
            case CommandOutcome::Duplicate: ++m_progress.applied; break;
            case CommandOutcome::Conflict: ++m_progress.conflicts; break;
            case CommandOutcome::Rejected: ++m_progress.rejected; break;
            }
        }
        tx.commit();
        m_progress.outboxWriteMs += clock.elapsed();
    } catch (const StorageError &e) {
        fail(e.message());
        return;
    }
    m_progress.pushed += results.results.size();
    m_pushIds.clear();
    m_pushFailures = 0;
    succeeded();
    emit progressed(m_progress);
    updateStatus();
    push();
    resumePull();
}

void SyncEngine::resumePull()
{
    if (m_pushToken || !std::exchange(m_pullAfterPush, false))
        return;
    pull();
}

void SyncEngine::returnInFlight(const QString &why)
{
    if (m_pushIds.isEmpty() || !m_db)
        return;
    try {
        Transaction tx(*m_db);
        m_outbox->markRetry(m_pushIds, why, now());
        tx.commit();
    } catch (const StorageError &e) {
        qCWarning(lcSyncEngine) << "cannot return commands to the queue:" << e.message();
    }
    m_pushIds.clear();
}

void SyncEngine::pushFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::IdempotencyKeyReused && setAsideReusedId(error))
        return;
    returnInFlight(error.sentence());
    if (error.kind == ApiError::Kind::UnknownClient) {
        // The platform forgot us: register again; the same commands (same ids) go next.
        try {
            Transaction tx(*m_db);
            SyncStateStore(*m_db).setClientId(QString());
            JournalStore(*m_db).append({0, now(), QStringLiteral("client_forgotten"), {}, {}, {}, error.detail});
            tx.commit();
        } catch (const StorageError &e) {
            fail(e.message());
            return;
        }
        registerClient();
        return;
    }
    if (!countFailure(error))
        return;
    ++m_pushFailures;
    const qint64 delay = backoffDelayMs(m_pushFailures, error.retryAfterSeconds, m_options.backoffBaseMs,
                                        m_options.backoffCapMs);
    qCInfo(lcSyncEngine) << "push failed:" << ApiError::kindName(error.kind) << error.detail << "- retry in" << delay
                         << "ms";
    schedulePush(delay);
    updateStatus();
}

// The platform refused the whole batch because one id was used before for another command (API.md:
// the detail names the id). Retrying as is would fail forever: that command goes to a person as
// rejected, the rest are sent again at once.
bool SyncEngine::setAsideReusedId(const ApiError &error)
{
    QString reused;
    for (const QString &id : std::as_const(m_pushIds))
        if (error.detail.contains(id))
            reused = id;
    if (reused.isEmpty())
        return false;
    try {
        const QDateTime at = now();
        Transaction tx(*m_db);
        QStringList others = m_pushIds;
        others.removeAll(reused);
        m_outbox->markRetry(others, error.sentence(), at);
        CommandResult r;
        r.id = reused;
        r.outcome = CommandOutcome::Rejected;
        r.problem.status = error.httpStatus;
        r.problem.code = error.problemCode;
        r.problem.title = QStringLiteral("A command id was reused");
        r.problem.detail = error.detail;
        m_outbox->recordResult(r, at);
        tx.commit();
    } catch (const StorageError &e) {
        fail(e.message());
        return true;
    }
    qCWarning(lcSyncEngine) << "command" << reused << "reuses an id the platform knows with other content";
    m_pushIds.clear();
    ++m_progress.rejected;
    m_lastError = error.sentence();
    emit progressed(m_progress);
    updateStatus();
    push();
    return true;
}

void SyncEngine::registerClient()
{
    if (m_registerToken)
        return;
    m_registerToken = m_client->registerClient(m_options.clientName);
    updateStatus();
}

void SyncEngine::onRegistered(quint64 token, const QString &clientId)
{
    if (token != m_registerToken || token == 0)
        return;
    m_registerToken = 0;
    try {
        Transaction tx(*m_db);
        SyncStateStore(*m_db).setClientId(clientId);
        JournalStore(*m_db).append({0, now(), QStringLiteral("registered"), {}, {}, {}, clientId});
        tx.commit();
    } catch (const StorageError &e) {
        fail(e.message());
        return;
    }
    ++m_progress.registrations;
    succeeded();
    emit progressed(m_progress);
    push();
}

void SyncEngine::onFailed(quint64 token, const ApiError &error)
{
    if (token == 0)
        return;
    if (token == m_pullToken) {
        m_pullToken = 0;
        pullFailed(error);
    } else if (token == m_pushToken) {
        m_pushToken = 0;
        pushFailed(error);
        resumePull();
    } else if (token == m_registerToken) {
        m_registerToken = 0;
        if (!countFailure(error))
            return;
        ++m_pushFailures;
        schedulePush(backoffDelayMs(m_pushFailures, error.retryAfterSeconds, m_options.backoffBaseMs,
                                    m_options.backoffCapMs));
        updateStatus();
    }
}

// ---- bookkeeping ----

bool SyncEngine::countFailure(const ApiError &error)
{
    ++m_progress.retries;
    ++m_consecutiveFailures;
    m_lastError = error.sentence();
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
        || error.kind == ApiError::Kind::Unavailable || error.kind == ApiError::Kind::Insecure)
        m_reachable = false;
    emit progressed(m_progress);
    if (error.kind == ApiError::Kind::Unauthorized) {
        // No retry can fix a refused token, and retrying it forever hides the one thing the
        // supervisor must do: enter a new one. The sync stands still until it comes.
        m_authRejected = true;
        fail(m_lastError);
        return false;
    }
    const bool giveUp = (m_options.once && !error.isTransient())
        || (m_options.maxConsecutiveFailures > 0 && m_consecutiveFailures >= m_options.maxConsecutiveFailures);
    if (giveUp) {
        fail(m_lastError);
        return false;
    }
    return true;
}

void SyncEngine::succeeded()
{
    m_consecutiveFailures = 0;
    m_reachable = true;
    m_lastError.clear();
}

void SyncEngine::schedulePush(qint64 delayMs)
{
    m_pushTimer->start(int(std::clamp<qint64>(delayMs, 0, m_options.backoffCapMs)));
}

void SyncEngine::scheduleNextDue()
{
    try {
        const QDateTime next = m_outbox->nextDueAt();
        if (next.isValid())
            schedulePush(now().msecsTo(next) + 1);   // +1: due() compares not_before <= now
    } catch (const StorageError &e) {
        qCWarning(lcSyncEngine) << "cannot read the next due time:" << e.message();
    }
}

void SyncEngine::checkOnceDone()
{
    if (!m_options.once || m_finished || !m_pullDone || !m_pushDone || m_pullToken || m_pushToken || m_registerToken)
        return;
    m_finished = true;
    m_running = false;
    m_pullTimer->stop();
    m_pushTimer->stop();
    updateStatus();
    emit finished(true, QString());
}

QString SyncEngine::finishBulkLoad()
{
    if (!m_bulkLoad)
        return {};
    m_bulkLoad = false;
    m_writer->setBulkLoad(false);
    try {
        Transaction tx(*m_db);
        BulkLoad::finish(*m_db);
        tx.commit();
    } catch (const StorageError &e) {
        // Still marked in the cache: the next start carries on in bulk mode and builds them then.
        qCWarning(lcSyncEngine) << "cannot build the indexes after the first sync:" << e.message();
        return e.message();
    }
    return {};
}

void SyncEngine::fail(const QString &sentence)
{
    qCWarning(lcSyncEngine).noquote() << "sync stopped:" << sentence;
    finishBulkLoad();   // the desks keep working on what has arrived
    m_lastError = sentence;
    m_finished = true;
    m_running = false;
    m_pullTimer->stop();
    m_pushTimer->stop();
    if (m_pullToken)
        m_client->cancel(std::exchange(m_pullToken, 0));
    if (m_registerToken)
        m_client->cancel(std::exchange(m_registerToken, 0));
    if (m_pushToken) {
        m_client->cancel(std::exchange(m_pushToken, 0));
        returnInFlight(sentence);
    }
    updateStatus();
    emit finished(false, sentence);
}

void SyncEngine::updateStatus()
{
    if (!m_db)
        return;
    SyncStatus s;
    try {
        const OutboxStatus o = m_outbox->status();
        s.pending = o.pending;
        s.oldestPendingAt = o.oldestPendingAt;
        s.conflicts = o.conflicts;
        s.rejected = o.rejected;
        s.lastPullAt = SyncStateStore(*m_db).lastPullAt();
    } catch (const StorageError &e) {
        qCWarning(lcSyncEngine) << "cannot read the sync status:" << e.message();
        return;
    }
    if (m_offline)
        s.connection = SyncStatus::Connection::WorkingOffline;
    else if (!m_reachable || m_authRejected)   // a refused token is as good as no connection
        s.connection = SyncStatus::Connection::Offline;
    else if ((m_pullToken && !m_pullIsLongPoll) || m_pushToken || m_registerToken)
        s.connection = SyncStatus::Connection::Syncing;
    else
        s.connection = SyncStatus::Connection::Online;
    s.lastError = m_lastError;
    s.caughtUp = m_caughtUp;
    if (m_statusSent && s == m_status)
        return;
    m_status = s;
    m_statusSent = true;
    emit statusChanged(s);
}

} // namespace wk
