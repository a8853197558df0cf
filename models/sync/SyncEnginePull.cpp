// SyncEngine, pulling: the change feed page by page into the cache (SyncEngine.h).
#include "SyncEngine.h"

#include "Codecs.h"
#include "PlatformClient.h"
#include "storage/BulkLoad.h"
#include "storage/CacheDatabase.h"
#include "storage/CacheWriter.h"
#include "storage/Database.h"
#include "storage/SyncStateStore.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <ctime>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)

namespace wk {

namespace {
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

void SyncEngine::resumePull()
{
    if (m_pushToken || !std::exchange(m_pullAfterPush, false))
        return;
    pull();
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
    const bool bulkLoadBefore = m_bulkLoad;
    std::optional<QString> storageFailure;
    std::optional<ApiError> badPage;
    try {
        Transaction tx(*m_db);
        // The first of many pages from scratch: the rest stream in without index upkeep.
        if (!m_bulkLoad && page.hasMore && m_writer->syncState().cursor().isEmpty()) {
            BulkLoad::begin(*m_db);
            m_indexesToBuild = BulkLoad::stepsLeft(*m_db);
            m_bulkLoad = true;
            m_writer->setBulkLoad(true);
        }
        m_writer->applyPage(page, now());   // the page and its cursor: one transaction (rule 1)
        tx.commit();
    } catch (const StorageError &e) {
        storageFailure = e.message();
    } catch (const DecodeError &e) {
        badPage = malformed(e.toString());
    }
    if (storageFailure || badPage) {
        // Rolled back: so was bulk mode if this page began it.
        m_bulkLoad = bulkLoadBefore;
        m_writer->setBulkLoad(bulkLoadBefore);
        if (storageFailure) {
            fail(*storageFailure);
            return;
        }
        if (m_pullToken)   // the page after this one must not be applied without this one
            m_client->cancel(std::exchange(m_pullToken, 0));
        pullFailed(*badPage);
        return;
    }
    m_caughtUp = !page.hasMore;
    m_progress.pageWriteMs += clock.elapsed();
    m_progress.pageWriteCpuMs += (threadCpuNs() - cpuStart) / 1000000;
    if (m_caughtUp && m_bulkLoad)
        scheduleIndexBuild();
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
        if (!writeOrFail([this] { clearServerRows(*m_db); }))
            return;
        qCInfo(lcSyncEngine) << "cursor expired: resyncing from scratch";
        ++m_progress.resyncs;
        m_caughtUp = false;
        m_pullDone = false;
        emit progressed(m_progress);
        pull();
        return;
    }
    // Not streaming any more: the desks get their indexes back now rather than after the outage.
    if (m_bulkLoad)
        scheduleIndexBuild();
    const auto delay = retryAfter("pull", m_pullFailures, error);
    if (!delay)
        return;
    m_pullTimer->start(int(*delay));
    updateStatus();
}

void SyncEngine::scheduleIndexBuild(int delayMs)
{
    if (!m_indexTimer->isActive())
        m_indexTimer->start(delayMs);
}

void SyncEngine::buildNextIndex()
{
    // A resync streaming from scratch again adds its rows first: the indexes are built after it.
    if (!m_running || !m_bulkLoad || (m_pullToken && !m_pullIsLongPoll))
        return;
    QElapsedTimer clock;
    clock.start();
    bool more = false;
    try {
        Transaction tx(*m_db);
        more = BulkLoad::finishStep(*m_db);
        m_indexesToBuild = BulkLoad::stepsLeft(*m_db);
        tx.commit();
    } catch (const StorageError &e) {
        // Still marked in the cache: the next start carries on in bulk mode and builds them then.
        qCWarning(lcSyncEngine) << "cannot build the indexes after the first sync:" << e.message();
        m_progress.indexBuildMs += clock.elapsed();
        m_bulkLoad = false;   // not again in fail(): the engine stops here
        m_writer->setBulkLoad(false);
        fail(e.message());
        return;
    }
    m_progress.indexBuildMs += clock.elapsed();
    if (more) {
        scheduleIndexBuild(clock.elapsed() > 200 ? kLetWritersInMs : 0);
    } else {
        // The search index was the last step: from now on every write keeps it up to date.
        m_bulkLoad = false;
        m_writer->setBulkLoad(false);
    }
    emit progressed(m_progress);
    updateStatus();
    if (!more)
        checkOnceDone();
}

} // namespace wk
