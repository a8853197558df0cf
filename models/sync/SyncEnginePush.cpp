// SyncEngine, pushing: the outbox in batches, the platform's results, registration (SyncEngine.h).
#include "SyncEngine.h"

#include "PlatformClient.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/OutboxStore.h"
#include "storage/SyncStateStore.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSyncEngine)

namespace wk {

bool SyncEngine::mayPush() const
{
    return m_running && !m_offline && !m_pushToken && !m_registerToken && !m_finished;
}

void SyncEngine::push()
{
    if (!mayPush())
        return;
    m_pushTimer->stop();
    if (sendBatch() != BatchSent::NothingDue)
        return;
    scheduleNextDue();
    if (m_options.once) {
        m_pushDone = true;
        checkOnceDone();
    }
}

SyncEngine::BatchSent SyncEngine::sendBatch()
{
    QList<Command> due;
    QString clientId;
    const QDateTime at = now();
    try {
        clientId = SyncStateStore(*m_db).clientId();
        if (clientId.isEmpty()) {
            registerClient();
            return BatchSent::No;
        }
        due = m_outbox->due(at, m_options.batchSize);
    } catch (const StorageError &e) {
        fail(e.message());
        return BatchSent::No;
    }
    if (due.isEmpty())
        return BatchSent::NothingDue;
    QElapsedTimer clock;
    clock.start();
    m_pushIds.clear();
    for (const Command &c : std::as_const(due))
        m_pushIds.append(c.id);
    // Committed before the request leaves.
    if (!writeOrFail([&] { m_outbox->markInFlight(m_pushIds, at); }))
        return BatchSent::No;
    m_progress.outboxWriteMs += clock.elapsed();
    m_pushToken = m_client->pushCommands(CommandBatch{clientId, due});
    updateStatus();
    return BatchSent::Yes;
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
        pushFailed(malformed(tr("the results do not match the commands sent")));
        return;
    }
    m_pushIds.clear();
    m_pushFailures = 0;
    succeeded();
    // The next batch leaves before this one's results are written, so that the platform works on
    // it meanwhile. Still one batch in flight at a time: the platform gets them in order. Should
    // the console stop before the results below are committed, these commands are still in flight
    // in the outbox: sent again with the same ids at the next start, answered from the platform's
    // stored results.
    if (mayPush() && sendBatch() == BatchSent::No && m_finished)
        return;   // the sync has stopped on a storage error
    QElapsedTimer clock;
    clock.start();
    const bool written = writeOrFail([&] {
        const QDateTime at = now();
        for (const CommandResult &r : results.results) {
            m_outbox->recordResult(r, at);
            switch (r.outcome) {
            case CommandOutcome::Applied:
            case CommandOutcome::Duplicate: ++m_progress.applied; break;
            case CommandOutcome::Conflict: ++m_progress.conflicts; break;
            case CommandOutcome::Rejected: ++m_progress.rejected; break;
            }
        }
    });
    if (!written)
        return;
    m_progress.outboxWriteMs += clock.elapsed();
    m_progress.pushed += results.results.size();
    emit progressed(m_progress);
    updateStatus();
    push();   // nothing due any more: the next due time, or the end of a once run
    resumePull();
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
        const bool written = writeOrFail([&] {
            SyncStateStore(*m_db).setClientId(QString());
            JournalStore(*m_db).append({0, now(), QStringLiteral("client_forgotten"), {}, {}, {}, error.detail});
        });
        if (written)
            registerClient();
        return;
    }
    pushLater("push", error);
}

void SyncEngine::pushLater(const char *what, const ApiError &error)
{
    const auto delay = retryAfter(what, m_pushFailures, error);
    if (!delay)
        return;
    schedulePush(*delay);
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
    const bool written = writeOrFail([&] {
        const QDateTime at = now();
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
    });
    if (!written)
        return true;
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
    const bool written = writeOrFail([&] {
        SyncStateStore(*m_db).setClientId(clientId);
        JournalStore(*m_db).append({0, now(), QStringLiteral("registered"), {}, {}, {}, clientId});
    });
    if (!written)
        return;
    ++m_progress.registrations;
    succeeded();
    emit progressed(m_progress);
    push();
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

} // namespace wk
