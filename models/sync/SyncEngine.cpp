#include "SyncEngine.h"

#include "Codecs.h"
#include "PlatformClient.h"
#include "storage/BulkLoad.h"
#include "storage/CacheDatabase.h"
#include "storage/CacheWriter.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/SyncStateStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

// The engine's life and its bookkeeping; pulling is in SyncEnginePull.cpp, pushing in
// SyncEnginePush.cpp.
Q_LOGGING_CATEGORY(lcSyncEngine, "wk.sync.engine")

namespace wk {

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
      m_pushTimer(new QTimer(this)), m_indexTimer(new QTimer(this))
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
    m_indexTimer->setSingleShot(true);
    connect(m_indexTimer, &QTimer::timeout, this, &SyncEngine::buildNextIndex);
    // The client lives on its own thread: these are queued connections.
    connect(m_client, &PlatformClient::changesReceived, this, &SyncEngine::onChanges);
    connect(m_client, &PlatformClient::commandsPushed, this, &SyncEngine::onPushed);
    connect(m_client, &PlatformClient::clientRegistered, this, &SyncEngine::onRegistered);
    connect(m_client, &PlatformClient::failed, this, &SyncEngine::onFailed);
}

SyncEngine::~SyncEngine() = default;

QDateTime SyncEngine::now() { return QDateTime::currentDateTimeUtc(); }

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
        m_indexesToBuild = BulkLoad::stepsLeft(*m_db);
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
    abandonRequests(tr("Sync was stopped before the platform answered."));
    updateStatus();
}

void SyncEngine::setWorkOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    if (offline) {
        // The platform may have applied what was in flight: it goes again with the same ids (a
        // duplicate then).
        abandonRequests(tr("Working offline: sent again when back online."));
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
        pushLater("registration", error);   // the push registers again
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

std::optional<qint64> SyncEngine::retryAfter(const char *what, int &failures, const ApiError &error)
{
    if (!countFailure(error))
        return std::nullopt;
    ++failures;
    const qint64 delay =
        backoffDelayMs(failures, error.retryAfterSeconds, m_options.backoffBaseMs, m_options.backoffCapMs);
    qCInfo(lcSyncEngine) << what << "failed:" << ApiError::kindName(error.kind) << error.detail << "- retry in" << delay
                         << "ms";
    return delay;
}

void SyncEngine::succeeded()
{
    m_consecutiveFailures = 0;
    m_reachable = true;
    m_lastError.clear();
}

ApiError SyncEngine::malformed(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::Malformed;
    error.httpStatus = 200;
    error.detail = detail;
    return error;
}

bool SyncEngine::writeOrFail(const std::function<void()> &write)
{
    try {
        Transaction tx(*m_db);
        write();
        tx.commit();
        return true;
    } catch (const StorageError &e) {
        fail(e.message());
        return false;
    }
}

void SyncEngine::checkOnceDone()
{
    if (!m_options.once || m_finished || !m_pullDone || !m_pushDone || m_pullToken || m_pushToken || m_registerToken
        || m_bulkLoad)
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
    m_indexTimer->stop();
    QElapsedTimer clock;
    clock.start();
    try {
        for (bool more = true; more;) {
            QElapsedTimer step;
            step.start();
            Transaction tx(*m_db);
            more = BulkLoad::finishStep(*m_db);
            tx.commit();
            // A long step held the write lock throughout: a decision being written meanwhile waits
            // in the busy handler. Let it in before the next step, or it would time out (5 s) while
            // the indexes of a large cache build.
            if (more && step.elapsed() > 200)
                QThread::msleep(kLetWritersInMs);
        }
        m_progress.indexBuildMs += clock.elapsed();
    } catch (const StorageError &e) {
        // Still marked in the cache: the next start carries on in bulk mode and builds them then.
        qCWarning(lcSyncEngine) << "cannot build the indexes after the first sync:" << e.message();
        return e.message();
    }
    return {};
}

void SyncEngine::abandonRequests(const QString &why)
{
    m_pullTimer->stop();
    m_pushTimer->stop();
    m_indexTimer->stop();
    if (m_pullToken)
        m_client->cancel(std::exchange(m_pullToken, 0));
    if (m_registerToken)
        m_client->cancel(std::exchange(m_registerToken, 0));
    if (m_pushToken) {
        m_client->cancel(std::exchange(m_pushToken, 0));
        returnInFlight(why);
    }
}

void SyncEngine::fail(const QString &sentence)
{
    qCWarning(lcSyncEngine).noquote() << "sync stopped:" << sentence;
    finishBulkLoad();   // the desks keep working on what has arrived
    m_lastError = sentence;
    m_finished = true;
    m_running = false;
    abandonRequests(sentence);
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
    s.indexesToBuild = m_bulkLoad ? m_indexesToBuild : 0;
    if (m_statusSent && s == m_status)
        return;
    m_status = s;
    m_statusSent = true;
    emit statusChanged(s);
}

} // namespace wk
