#pragma once
// Sends the supervisor's decisions (review.decide, one command per item, a bulk decision in one
// transaction) and keeps what can still be undone: within the grace period Ctrl+Z withdraws the
// last decision; after it the decision has been sent, and the contract has no command that
// reverses one — the desk says so plainly.
#include "sync/CommandPayloads.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wk {

class CommandQueue;

struct DecisionTarget {
    QString id;
    qint64 version = 0;   // base_version: the version the supervisor saw
    QString label;        // the SKU, for messages
};

class ReviewDecider : public QObject
{
    Q_OBJECT
public:
    explicit ReviewDecider(QObject *parent = nullptr);

    void setQueue(CommandQueue *queue);
    void setUndoKeyText(const QString &text) { m_undoKey = text; }
    // Queues the decision for every target; returns the command ids.
    QStringList decide(const QList<DecisionTarget> &targets, const DecidePayload &payload);
    // Withdraws the last decision if its grace period is not over; false if there is none.
    bool undoLast();
    // The last decision's message as it stands now (counting its undo window down).
    QString lastMessage() const;

signals:
    // Something the status line should say.
    void message(const QString &sentence);
    // A decision was withdrawn: these items are open again.
    void withdrawn(const QStringList &itemIds);

private:
    struct Entry {
        QStringList commandIds;
        QList<DecisionTarget> targets;
        DecisionKind kind = DecisionKind::Approve;
        QDateTime at;
        int answers = 0;
        QStringList withdrawnItems;
    };
    QString describe(const Entry &entry) const;
    void onUndone(const QString &commandId, bool withdrawn);
    void tick();
    QPointer<CommandQueue> m_queue;
    QList<Entry> m_entries;        // most recent last
    QList<Entry> m_undoing;
    QString m_undoKey;
    QTimer m_tick;
};

} // namespace wk
