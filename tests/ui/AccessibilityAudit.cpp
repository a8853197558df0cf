#include "AccessibilityAudit.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace wk::test {

namespace {

bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::PageTab:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// Their own children are data (cells, rows, items) named by the data, not controls.
bool isContainerOfData(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List
        || role == QAccessible::TreeItem || role == QAccessible::ListItem || role == QAccessible::Row;
}

// Widgets whose accessible name Qt falls back to their value (the text typed, the current item).
bool namesItsValue(const QWidget *w)
{
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w)
        || (qobject_cast<const QAbstractSlider *>(w) && !qobject_cast<const QScrollBar *>(w));
}

bool hasBuddyLabel(const QWidget *w)
{
    const QWidget *window = w->window();
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() == w && !label->text().isEmpty())
            return true;
    }
    return false;
}

QString roleName(QAccessible::Role role)
{
    return QString::number(int(role), 16).prepend(QStringLiteral("role 0x"));
}

void walk(QAccessibleInterface *iface, QSet<const QObject *> &seen, QStringList &problems)
{
    if (!iface || !iface->isValid())
        return;
    const QAccessible::Role role = iface->role();
    QObject *object = iface->object();
    auto *widget = qobject_cast<QWidget *>(object);
    if (isInteractiveRole(role) && (!object || !seen.contains(object))) {
        if (object)
            seen.insert(object);
        bool named = !iface->text(QAccessible::Name).trimmed().isEmpty();
        if (widget && namesItsValue(widget))
            named = !widget->accessibleName().trimmed().isEmpty() || hasBuddyLabel(widget);
        // A combo box's popup list is announced as part of its combo box: the combo's name is enough.
        if (!named && widget) {
            for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
                if (auto *combo = qobject_cast<QComboBox *>(up)) {
                    named = !combo->accessibleName().trimmed().isEmpty() || hasBuddyLabel(combo);
                    break;
                }
            }
        }
        if (!named) {
            const QString what = widget ? describe(widget)
                                        : QStringLiteral("%1 (a %2 inside %3)")
                                              .arg(roleName(role), QStringLiteral("child"),
                                                   iface->parent() && iface->parent()->object()
                                                       ? describe(qobject_cast<QWidget *>(iface->parent()->object()))
                                                       : QStringLiteral("?"));
            problems << QStringLiteral("unnamed %1: %2 — give it setAccessibleName(tr(...)) or a buddy label")
                            .arg(roleName(role), what);
        }
    }
    if (isContainerOfData(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), seen, problems);
}

bool isInteractiveWidget(const QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
    return iface && isInteractiveRole(iface->role()) && !qobject_cast<const QScrollBar *>(w)
        && !qobject_cast<const QTabBar *>(w);
}

// Qt's own rule for what Tab may land on (QApplicationPrivate::focusNextPrevChild_helper).
bool takesTabFocus(const QWidget *w, const QWidget *top)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isVisibleTo(top) && w->isEnabled();
}

} // namespace

QString describe(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    const auto one = [](const QWidget *w) {
        return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    };
    QString text = one(widget);
    QStringList chain;
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
        chain.prepend(one(p));
    if (!chain.isEmpty())
        text += QStringLiteral(" in ") + chain.join(QStringLiteral(" > "));
    const QString label = widget->property("text").toString();
    if (!label.isEmpty())
        text += QStringLiteral(" showing \"%1\"").arg(label);
    return text;
}

QStringList unnamedControls(QWidget &top)
{
    QStringList problems;
    QSet<const QObject *> seen;
    walk(QAccessible::queryAccessibleInterface(&top), seen, problems);
    return problems;
}

QStringList focusChainGaps(QWidget &top)
{
    // The widgets Tab visits, following the chain from `top` round to itself.
    QSet<const QWidget *> reached;
    QWidget *w = top.nextInFocusChain();
    for (int guard = 0; w && w != &top && guard < 100000; ++guard, w = w->nextInFocusChain()) {
        if (top.isAncestorOf(w) && takesTabFocus(w, &top))
            reached.insert(w);
    }
    QStringList problems;
    for (const QWidget *candidate : top.findChildren<QWidget *>()) {
        if (candidate->isWindow() || !candidate->isVisibleTo(&top) || !candidate->isEnabled()
            || !isInteractiveWidget(candidate))
            continue;
        // A widget whose focus goes to a proxy is reached through the proxy.
        const QWidget *target = candidate;
        while (target->focusProxy())
            target = target->focusProxy();
        if (reached.contains(target))
            continue;
        // Deliberately left out of the Tab chain, with a shortcut that does the same.
        if (!candidate->property("keyboardAlternative").toString().isEmpty())
            continue;
        problems << QStringLiteral("Tab never reaches %1 (focus policy %2)")
                        .arg(describe(candidate))
                        .arg(int(candidate->focusPolicy()));
    }
    return problems;
}

} // namespace wk::test
