#include "review/ReviewDecider.h"

#include "itemmodels/ReviewLabels.h"
#include "sync/CommandQueue.h"

namespace wk {

namespace {
constexpr int kKeptEntries = 20;

QString verb(DecisionKind kind, int count)
{
    switch (kind) {
    case DecisionKind::Approve: return ReviewDecider::tr("Approved %n items", nullptr, count);
    case DecisionKind::Reject: return ReviewDecider::tr("Rejected %n items", nullptr, count);
    case DecisionKind::Regenerate: return ReviewDecider::tr("Asked to regenerate %n items", nullptr, count);
    case DecisionKind::Correct: return ReviewDecider::tr("Corrected %n items", nullptr, count);
    case DecisionKind::Escalate: return ReviewDecider::tr("Escalated %n items", nullptr, count);
    }
    return {};
}

QString verbOne(DecisionKind kind, const QString &label)
{
    switch (kind) {
    case DecisionKind::Approve: return ReviewDecider::tr("Approved %1").arg(label);
    case DecisionKind::Reject: return ReviewDecider::tr("Rejected %1").arg(label);
    case DecisionKind::Regenerate: return ReviewDecider::tr("Asked to regenerate %1").arg(label);
    case DecisionKind::Correct: return ReviewDecider::tr("Corrected %1").arg(label);
    case DecisionKind::Escalate: return ReviewDecider::tr("Escalated %1").arg(label);
    }
    return {};
}
} // namespace

ReviewDecider::ReviewDecider(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &ReviewDecider::tick);
}

void ReviewDecider::setQueue(CommandQueue *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    m_entries.clear();
    m_undoing.clear();
    if (!queue)
        return;
    connect(queue, &CommandQueue::undone, this, &ReviewDecider::onUndone);
    connect(queue, &CommandQueue::failed, this, [this](const QStringList &, const QString &sentence) {
        emit message(sentence);
    });
}

QStringList ReviewDecider::decide(const QList<DecisionTarget> &targets, const DecidePayload &payload)
{
    if (!m_queue || targets.isEmpty())
        return {};
    const QJsonObject json = codec::encode(payload);
    QStringList ids;
    if (targets.size() == 1) {
        ids << m_queue->submit(CommandType::ReviewDecide, targets.first().id, targets.first().version, json);
    } else {
        QList<Command> drafts;
        for (const DecisionTarget &t : targets) {
            Command c;
            c.type = CommandType::ReviewDecide;
            c.target = t.id;
            c.baseVersion = t.version;
            c.payload = json;
            drafts << c;
        }
        ids = m_queue->submitAll(drafts);
    }
    Entry entry;
    entry.commandIds = ids;
    entry.targets = targets;
    entry.kind = payload.decision;
    entry.at = QDateTime::currentDateTimeUtc();
    m_entries << entry;
    while (m_entries.size() > kKeptEntries)
        m_entries.removeFirst();
    m_tick.start();
    emit message(lastMessage());
    return ids;
}

QString ReviewDecider::describe(const Entry &entry) const
{
    if (entry.targets.size() == 1)
        return verbOne(entry.kind, entry.targets.first().label);
    return verb(entry.kind, int(entry.targets.size()));
}

QString ReviewDecider::lastMessage() const
{
    if (m_entries.isEmpty())
        return {};
    const Entry &e = m_entries.last();
    const qint64 left = m_queue ? (m_queue->gracePeriod().count() - e.at.msecsTo(QDateTime::currentDateTimeUtc())) : 0;
    if (left > 0)
        return tr("%1 — %2 undoes it for %n seconds", nullptr, int((left + 999) / 1000)).arg(describe(e), m_undoKey);
    return tr("%1 — sent to the platform").arg(describe(e));
}

bool ReviewDecider::undoLast()
{
    if (!m_queue || m_entries.isEmpty()) {
        emit message(tr("Nothing to undo."));
        return false;
    }
    Entry e = m_entries.takeLast();
    for (const QString &id : std::as_const(e.commandIds))
        m_queue->undo(id);
    m_undoing << e;
    return true;
}

void ReviewDecider::onUndone(const QString &commandId, bool wasWithdrawn)
{
    for (int i = 0; i < m_undoing.size(); ++i) {
        Entry &e = m_undoing[i];
        const qsizetype at = e.commandIds.indexOf(commandId);
        if (at < 0)
            continue;
        ++e.answers;
        if (wasWithdrawn)
            e.withdrawnItems << e.targets.at(at).id;
        if (e.answers < e.commandIds.size())
            return;
        const Entry done = m_undoing.takeAt(i);
        if (done.withdrawnItems.size() == done.commandIds.size()) {
            emit message(tr("Undone: %1. The item is open again.").arg(describe(done)));
        } else if (done.withdrawnItems.isEmpty()) {
            emit message(tr("Too late to undo: %1 has already been sent to the platform. The platform has no "
                            "command that reverses a decision; ask a lead to reopen the item if it was wrong.")
                             .arg(describe(done)));
        } else {
            emit message(tr("Partly undone: %1 of %2 decisions withdrawn; the others had already been sent and "
                            "cannot be reversed.")
                             .arg(done.withdrawnItems.size())
                             .arg(done.commandIds.size()));
        }
        if (!done.withdrawnItems.isEmpty())
            emit withdrawn(done.withdrawnItems);
        return;
    }
}

void ReviewDecider::tick()
{
    if (m_entries.isEmpty()) {
        m_tick.stop();
        return;
    }
    const Entry &e = m_entries.last();
    if (m_queue && e.at.msecsTo(QDateTime::currentDateTimeUtc()) > m_queue->gracePeriod().count() + 1000)
        m_tick.stop();
    emit message(lastMessage());
}

} // namespace wk
