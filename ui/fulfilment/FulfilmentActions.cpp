#include "FulfilmentActions.h"

#include "itemmodels/FulfilmentText.h"
#include "RefundDialog.h"
#include "TextPromptDialog.h"
#include "TrackingFixDialog.h"
#include "itemmodels/OrderDetailLoader.h"
#include "rules/TrackingNumberRegistry.h"
#include "sync/CommandQueue.h"
#include "sync/Workspace.h"

#include <QWidget>

namespace wk {

namespace {
Command draft(CommandType type, const QString &target, qint64 baseVersion, const QJsonObject &payload)
{
    Command c;
    c.type = type;
    c.target = target;
    c.baseVersion = baseVersion;
    c.payload = payload;
    return c;
}
} // namespace

FulfilmentActions::FulfilmentActions(QWidget *dialogParent, QObject *parent) : QObject(parent), m_dialogParent(dialogParent) {}

void FulfilmentActions::setWorkspace(Workspace *workspace) { m_workspace = workspace; }

void FulfilmentActions::setDetailLoader(OrderDetailLoader *loader) { m_loader = loader; }

bool FulfilmentActions::ready(const QList<ActionTarget> &targets)
{
    if (!m_workspace) {
        emit message(tr("Connect to a platform first: there is no cache to queue commands in."));
        return false;
    }
    if (targets.isEmpty()) {
        emit message(tr("Select an exception first (arrow keys in the queue)."));
        return false;
    }
    return true;
}

void FulfilmentActions::submit(const QList<Command> &drafts, const QString &what, int count)
{
    m_lastIds = m_workspace->commands()->submitAll(drafts);
    emit queued(m_lastIds);
    const auto grace = m_workspace->commands()->gracePeriod().count() / 1000;
    emit message(tr("%1 queued for %n order(s); Ctrl+Z undoes it within %2 s.", nullptr, count).arg(what).arg(grace));
}

void FulfilmentActions::fixTracking(const ActionTarget &t)
{
    if (!ready({t}))
        return;
    TrackingFixDialog dialog(t.orderId, t.trackingNumber, m_dialogParent);
    if (m_loader) {
        connect(&dialog, &TrackingFixDialog::reuseCheckRequested, m_loader.data(), &OrderDetailLoader::findOrdersWithTracking);
        connect(m_loader.data(), &OrderDetailLoader::ordersWithTracking, &dialog,
                [&dialog, orderId = t.orderId](const QString &number, const QStringList &ids) {
                    // TrackingNumberRegistry compares numbers the way the rules normalise them.
                    TrackingNumberRegistry registry;
                    for (const QString &id : ids)
                        registry.add(id, number);
                    dialog.setOtherOrders(number, registry.otherOrdersUsing(number, orderId));
                });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    submit({draft(CommandType::OrderFixTracking, t.orderId, t.orderVersion, codec::encode(dialog.payload()))},
           FulfilmentText::commandName(toCode(CommandType::OrderFixTracking)), 1);
}

void FulfilmentActions::refund(const ActionTarget &t, const OrderDetail &detail)
{
    if (!ready({t}))
        return;
    if (!detail.found || detail.order.id != t.orderId) {
        emit message(tr("The order's amounts are still loading; try again in a moment."));
        return;
    }
    const Order &o = detail.order;
    const auto subtotal = o.goods.plus(o.shipping);
    const auto full = subtotal ? subtotal->plus(o.fee) : std::nullopt;
    if (!full) {
        emit message(tr("Order %1 has amounts in more than one currency; refund it on the platform.").arg(o.id));
        return;
    }
    RefundDialog dialog(t.orderId, GuaranteeBreakdown{o.goods, o.shipping, o.fee, *full}, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    submit({draft(CommandType::OrderRefund, t.orderId, t.orderVersion, codec::encode(dialog.payload()))},
           FulfilmentText::commandName(toCode(CommandType::OrderRefund)), 1);
}

void FulfilmentActions::reship(const QList<ActionTarget> &targets)
{
    if (!ready(targets))
        return;
    QList<Command> drafts;
    for (const auto &t : targets)
        drafts << draft(CommandType::OrderReship, t.orderId, t.orderVersion, {});
    submit(drafts, FulfilmentText::commandName(toCode(CommandType::OrderReship)), int(targets.size()));
}

void FulfilmentActions::hold(const QList<ActionTarget> &targets)
{
    if (!ready(targets))
        return;
    TextPromptDialog dialog(tr("Hold %n order(s)", nullptr, int(targets.size())), tr("Why are they held?"),
                            tr("Waiting for the supplier's answer"), true, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Command> drafts;
    for (const auto &t : targets)
        drafts << draft(CommandType::OrderHold, t.orderId, t.orderVersion, {{QStringLiteral("reason"), dialog.text()}});
    submit(drafts, FulfilmentText::commandName(toCode(CommandType::OrderHold)), int(targets.size()));
}

void FulfilmentActions::release(const QList<ActionTarget> &targets)
{
    if (!ready(targets))
        return;
    QList<Command> drafts;
    for (const auto &t : targets)
        drafts << draft(CommandType::OrderRelease, t.orderId, t.orderVersion, {});
    submit(drafts, FulfilmentText::commandName(toCode(CommandType::OrderRelease)), int(targets.size()));
}

void FulfilmentActions::contactSupplier(const ActionTarget &t)
{
    if (!ready({t}))
        return;
    TextPromptDialog dialog(tr("Contact the supplier of %1").arg(t.orderId), tr("Note to the supplier"), QString(), true,
                            m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    submit({draft(CommandType::OrderNote, t.orderId, t.orderVersion, {{QStringLiteral("text"), dialog.text()}})},
           FulfilmentText::commandName(toCode(CommandType::OrderNote)), 1);
}

void FulfilmentActions::resolve(const QList<ActionTarget> &targets)
{
    if (!ready(targets))
        return;
    TextPromptDialog dialog(tr("Resolve %n exception(s)", nullptr, int(targets.size())), tr("Resolution"),
                            tr("Checked: no further action needed"), true, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Command> drafts;
    for (const auto &t : targets)
        drafts << draft(CommandType::ExceptionResolve, t.exceptionId, t.exceptionVersion,
                        {{QStringLiteral("resolution"), dialog.text()}});
    submit(drafts, FulfilmentText::commandName(toCode(CommandType::ExceptionResolve)), int(targets.size()));
}

void FulfilmentActions::escalate(const QList<ActionTarget> &targets)
{
    if (!ready(targets))
        return;
    QList<Command> drafts;
    for (const auto &t : targets)
        drafts << draft(CommandType::ExceptionEscalate, t.exceptionId, t.exceptionVersion, {});
    submit(drafts, FulfilmentText::commandName(toCode(CommandType::ExceptionEscalate)), int(targets.size()));
}

void FulfilmentActions::undoLast()
{
    if (!m_workspace || m_lastIds.isEmpty()) {
        emit message(tr("Nothing to undo."));
        return;
    }
    for (const QString &id : std::as_const(m_lastIds))
        m_workspace->commands()->undo(id);
    m_lastIds.clear();
    emit message(tr("Undo asked: a command still in its grace period is withdrawn."));
}

} // namespace wk
