#include "LayoutAudit.h"

#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>

namespace wk::test {

namespace {
// Inside a scroll area, being cut off by the viewport is what scrolling is for.
bool insideScrollArea(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}
} // namespace

QStringList clippedWidgets(const QWidget &top)
{
    QStringList problems;
    for (const QLabel *label : top.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&top) || label->text().isEmpty())
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                problems << QStringLiteral("%1: %2 px high, needs %3").arg(describe(label)).arg(label->height()).arg(needed);
        } else if (label->width() < label->minimumSizeHint().width()) {
            problems << QStringLiteral("%1: %2 px wide, needs %3")
                            .arg(describe(label))
                            .arg(label->width())
                            .arg(label->minimumSizeHint().width());
        }
    }
    for (const QAbstractButton *button : top.findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(&top) || button->text().isEmpty())
            continue;
        // A tool button that shows only its icon does not draw its text (it is its accessible name).
        if (const auto *tool = qobject_cast<const QToolButton *>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        if (button->width() < button->sizeHint().width() - 1)
            problems << QStringLiteral("%1: %2 px wide, needs %3")
                            .arg(describe(button))
                            .arg(button->width())
                            .arg(button->sizeHint().width());
    }
    const QRect window = top.rect();
    for (const QWidget *w : top.findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisibleTo(&top) || w->size().isEmpty() || insideScrollArea(w, &top))
            continue;
        const QRect inTop(w->mapTo(&top, QPoint(0, 0)), w->size());
        if (!window.contains(inTop))
            problems << QStringLiteral("%1: at %2,%3 %4×%5, outside its window (%6×%7)")
                            .arg(describe(w))
                            .arg(inTop.x()).arg(inTop.y()).arg(inTop.width()).arg(inTop.height())
                            .arg(window.width()).arg(window.height());
    }
    return problems;
}

} // namespace wk::test
