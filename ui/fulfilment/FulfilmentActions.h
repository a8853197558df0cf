#pragma once
// The supervisor's actions on orders and exceptions, as commands through the workspace's
// CommandQueue (the outbox): fix the tracking number, reship, refund, hold / release, a note to the
// supplier, resolve, escalate. Reship, hold, release, resolve and escalate work on several selected
// exceptions at once (one transaction, CommandQueue::submitAll). Nothing is queued before its
// input is valid: a typed tracking number is checked first, a refund is held to the guarantee's
// bounds. Each action reports one sentence (with the undo key) through `message`.
#include "domain/Command.h"
#include "itemmodels/FulfilmentTypes.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace wk {

class OrderDetailLoader;
class Workspace;

// What an action needs to know about one selected queue row.
struct ActionTarget {
    QString exceptionId;
    qint64 exceptionVersion = 0;
    QString orderId;
    qint64 orderVersion = 0;
    QString trackingNumber;
    bool onHold = false;
};

class FulfilmentActions : public QObject
{
    Q_OBJECT
public:
    FulfilmentActions(QWidget *dialogParent, QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setDetailLoader(OrderDetailLoader *loader);

    void fixTracking(const ActionTarget &target);
    // `detail` must be the target's order (for the amounts).
    void refund(const ActionTarget &target, const OrderDetail &detail);
    void reship(const QList<ActionTarget> &targets);
    void hold(const QList<ActionTarget> &targets);
    void release(const QList<ActionTarget> &targets);
    void contactSupplier(const ActionTarget &target);
    void resolve(const QList<ActionTarget> &targets);
    void escalate(const QList<ActionTarget> &targets);
    // Withdraws the last queued command(s) while their grace period lasts.
    void undoLast();

signals:
    void message(const QString &sentence);
    void queued(const QStringList &commandIds);

private:
    bool ready(const QList<ActionTarget> &targets);
    void submit(const QList<Command> &drafts, const QString &what, int count);

    QWidget *m_dialogParent;
    QPointer<Workspace> m_workspace;
    QPointer<OrderDetailLoader> m_loader;
    QStringList m_lastIds;
};

} // namespace wk
