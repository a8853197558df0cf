#include "common/ClearButton.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QLineEdit>
#include <QToolButton>

namespace wk {

void enableClearButton(QLineEdit &edit)
{
    edit.setClearButtonEnabled(true);
    // Qt's clear action (its object name is Qt's own) and its icon-only button.
    const QString name = QCoreApplication::translate("wk::ClearButton", "Clear");
    // Not the action's text: the button would then carry it as text that is never drawn.
    if (auto *action = edit.findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        action->setToolTip(name);
    // Like every line edit's clear button it is out of the Tab chain: the keyboard selects all and
    // deletes instead (the accessibility test accepts a control that names its keyboard way).
    const QString keys = QKeySequence(QKeySequence::SelectAll).toString(QKeySequence::NativeText)
        + QStringLiteral(", ") + QKeySequence(Qt::Key_Delete).toString(QKeySequence::NativeText);
    for (QToolButton *button : edit.findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setProperty("keyboardAlternative", keys);
    }
}

} // namespace wk
