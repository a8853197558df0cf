#pragma once
// The Review desk's actions: one key per decision and the keys around them, each remappable
// (ShortcutMap, settings group "review"). The keys avoid the item panes' own (J/K/L, I/O, "," ".",
// Space), and single letters give way to a text field that has the focus.
#include <QCoreApplication>
#include <QList>

class QAction;
class QWidget;

namespace wk {

class ShortcutMap;

struct ReviewDeskActions {
    Q_DECLARE_TR_FUNCTIONS(wk::ReviewDeskActions)

public:
    QAction *approve = nullptr;
    QAction *reject = nullptr;
    QAction *regenerate = nullptr;
    QAction *correct = nullptr;
    QAction *escalate = nullptr;
    QAction *undo = nullptr;
    QAction *next = nullptr;
    QAction *previous = nullptr;
    QAction *workOnItem = nullptr;   // the keyboard into the item pane (zoom, regions, playback, text)
    QAction *cluster = nullptr;
    QAction *cancel = nullptr;
    QAction *search = nullptr;
    QAction *shortcuts = nullptr;
    QAction *palette = nullptr;
    ShortcutMap *map = nullptr;

    // Creates the actions on `desk` (shortcut context: the desk and its children).
    static ReviewDeskActions create(QWidget *desk);
    QList<QAction *> all() const;
    QList<QAction *> decisions() const;
};

} // namespace wk
