#include "review/ReviewDeskActions.h"

#include "common/ShortcutMap.h"

#include <QAction>
#include <QWidget>

namespace wk {

ReviewDeskActions ReviewDeskActions::create(QWidget *desk)
{
    ReviewDeskActions a;
    a.map = new ShortcutMap(QStringLiteral("review"), desk);
    const auto make = [&](const QString &id, const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, desk);
        action->setObjectName(QStringLiteral("review.") + id);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        desk->addAction(action);
        a.map->bind(action, id, key);
        return action;
    };
    a.approve = make(QStringLiteral("approve"), tr("Approve"), QKeySequence(Qt::Key_A),
                     tr("Approve the item (or the selection) and go on to the next one."));
    a.reject = make(QStringLiteral("reject"), tr("Reject…"), QKeySequence(Qt::Key_R),
                    tr("Reject with a reason: then press 1–9."));
    a.regenerate = make(QStringLiteral("regenerate"), tr("Regenerate…"), QKeySequence(Qt::Key_G),
                        tr("Ask the generator for a new version, with a note."));
    a.correct = make(QStringLiteral("correct"), tr("Correct"), QKeySequence(Qt::Key_C),
                     tr("Send the copy as edited in the item pane."));
    a.escalate = make(QStringLiteral("escalate"), tr("Escalate"), QKeySequence(Qt::Key_E),
                      tr("Hand the item to a lead."));
    a.undo = make(QStringLiteral("undo"), tr("Undo last decision"), QKeySequence(QKeySequence::Undo),
                  tr("Withdraw the last decision while it is still in its grace period."));
    a.next = make(QStringLiteral("next"), tr("Next item"), QKeySequence(Qt::ALT | Qt::Key_Down),
                  tr("Open the next item in the queue."));
    a.previous = make(QStringLiteral("previous"), tr("Previous item"), QKeySequence(Qt::ALT | Qt::Key_Up),
                      tr("Open the previous item in the queue."));
    a.workOnItem = make(QStringLiteral("work_on_item"), tr("Work on the item"), QKeySequence(Qt::Key_F2),
                        tr("Move the keyboard into the item: zoom and regions, playback and time ranges, or "
                           "the text to correct. Esc comes back to the queue."));
    a.cluster = make(QStringLiteral("cluster"), tr("Select cluster"), QKeySequence(Qt::CTRL | Qt::Key_L),
                     tr("Select every item of this supplier with the same flag reason: the next decision "
                                 "applies to all of them."));
    a.cancel = make(QStringLiteral("cancel"), tr("Cancel"), QKeySequence(Qt::Key_Escape),
                    tr("Cancel the reason, the note or the cluster."));
    a.search = make(QStringLiteral("search"), tr("Search"), QKeySequence(Qt::Key_Slash),
                    tr("Search titles, copy and reasons."));
    a.shortcuts = make(QStringLiteral("shortcuts"), tr("Keyboard shortcuts"), QKeySequence(Qt::Key_Question),
                       tr("List the desk's keys."));
    a.palette = make(QStringLiteral("palette"), tr("Command palette"), QKeySequence(Qt::CTRL | Qt::Key_K),
                     tr("Find any of the desk's commands by name."));
    return a;
}

QList<QAction *> ReviewDeskActions::all() const
{
    return {approve, reject, regenerate, correct, escalate, undo, next, previous, workOnItem, cluster, cancel, search,
            shortcuts, palette};
}

QList<QAction *> ReviewDeskActions::decisions() const { return {approve, reject, regenerate, correct, escalate}; }

} // namespace wk
