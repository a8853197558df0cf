#include "review/ReviewClaimKeeper.h"

#include "sync/CommandPayloads.h"
#include "sync/CommandQueue.h"

namespace wk {

ReviewClaimKeeper::ReviewClaimKeeper(QObject *parent) : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(kClaimDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &ReviewClaimKeeper::claim);
    connect(&m_renew, &QTimer::timeout, this, &ReviewClaimKeeper::claim);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { emit countdown(secondsLeft()); });
}

void ReviewClaimKeeper::setQueue(CommandQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (queue)
        connect(queue, &CommandQueue::undone, this, &ReviewClaimKeeper::onUndone);
}

void ReviewClaimKeeper::setLeaseSeconds(int seconds)
{
    m_leaseSeconds = seconds > 0 ? seconds : kDefaultLeaseSeconds;
}

void ReviewClaimKeeper::open(const QString &itemId, qint64 version)
{
    if (itemId == m_item)
        return;
    leave(false);
    m_item = itemId;
    m_version = version;
    if (m_active)
        m_delay.start();
}

void ReviewClaimKeeper::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_item.isEmpty())
        return;
    if (active) {
        m_delay.start();
        return;
    }
    const QString item = m_item;
    const qint64 version = m_version;
    leave(false);
    m_item = item;   // still the open item: claimed again when the desk is in front
    m_version = version;
}

void ReviewClaimKeeper::claim()
{
    if (!m_queue || m_item.isEmpty())
        return;
    m_renewed = !m_claimCommand.isEmpty();
    ClaimPayload payload;
    payload.leaseSeconds = m_leaseSeconds;
    m_claimCommand = m_queue->submit(CommandType::ReviewClaim, m_item, m_version, codec::encode(payload));
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(m_leaseSeconds);
    // Renewed at half the lease: a slow push or a retry still lands before it runs out.
    m_renew.start(m_leaseSeconds * 500);
    m_tick.start();
    emit countdown(secondsLeft());
}

void ReviewClaimKeeper::leave(bool decided)
{
    m_delay.stop();
    m_renew.stop();
    m_tick.stop();
    if (!decided && m_queue && !m_claimCommand.isEmpty()) {
        // Withdraw the claim if it has not been sent yet; if it has, release it (onUndone).
        m_releaseIfSent.insert(m_claimCommand, {m_item, m_version, m_renewed});
        m_queue->undo(m_claimCommand);
    }
    m_item.clear();
    m_claimCommand.clear();
    m_renewed = false;
    m_expiresAt = {};
    emit countdown(-1);
}

void ReviewClaimKeeper::onUndone(const QString &commandId, bool withdrawn)
{
    auto it = m_releaseIfSent.find(commandId);
    if (it == m_releaseIfSent.end())
        return;
    const Pending pending = it.value();
    m_releaseIfSent.erase(it);
    if ((!withdrawn || pending.earlierSent) && m_queue)
        m_queue->submit(CommandType::ReviewRelease, pending.item, pending.version, QJsonObject());
}

int ReviewClaimKeeper::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt)));
}

} // namespace wk
