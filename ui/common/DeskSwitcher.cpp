#include "common/DeskSwitcher.h"

#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace wk {

namespace {
constexpr int minimumButtonWidth = 84;
constexpr int boldSlack = 10;

// Colours derived from the palette rather than fixed, so the bar follows the OS's light or dark theme.
QString switcherStyleSheet(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    QColor hover = highlight;
    hover.setAlphaF(0.08f);
    QColor checked = highlight;
    checked.setAlphaF(0.16f);
    const QColor border = palette.color(QPalette::Window).darker(112);
    return QStringLiteral(R"(
#deskSwitcher { background: %1; border-right: 1px solid %2; }
#deskSwitcher QToolButton { border: none; border-radius: 8px; padding: 10px 6px 8px 6px; color: %3; }
#deskSwitcher QToolButton:hover { background: %4; }
#deskSwitcher QToolButton:checked { background: %5; color: %6; font-weight: 600; }
)")
        .arg(palette.color(QPalette::Window).name(), border.name(), palette.color(QPalette::WindowText).name(),
             hover.name(QColor::HexArgb), checked.name(QColor::HexArgb), highlight.name());
}
} // namespace

DeskSwitcher::DeskSwitcher(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("deskSwitcher"));
    setAttribute(Qt::WA_StyledBackground);
    if (parent)
        parent->installEventFilter(this);
    applyStyle();
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &DeskSwitcher::deskRequested);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 12, 8, 12);
    m_layout->setSpacing(6);
    m_layout->addStretch(1);
}

int DeskSwitcher::addDesk(const QIcon &icon, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setIcon(icon);
    button->setIconSize(QSize(30, 30));
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // The keyboard reaches desks through Ctrl+1..n; Tab should go to the desk's content instead.
    button->setFocusPolicy(Qt::NoFocus);

    const int index = count();
    m_group->addButton(button, index);
    m_layout->insertWidget(index, button, 0, Qt::AlignHCenter);
    equaliseWidths();
    return index;
}

int DeskSwitcher::count() const { return int(m_group->buttons().size()); }

int DeskSwitcher::currentIndex() const { return m_group->checkedId(); }

void DeskSwitcher::setCurrentIndex(int index)
{
    if (QAbstractButton *b = m_group->button(index))
        b->setChecked(true);
}

QToolButton *DeskSwitcher::button(int index) const
{
    return qobject_cast<QToolButton *>(m_group->button(index));
}

bool DeskSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    // The OS switching between light and dark: the style sheet fixes this widget's own palette, so
    // the change shows on the parent. Queued: the parent's children hear of it after the filter.
    if (watched == parentWidget() && event->type() == QEvent::PaletteChange)
        QMetaObject::invokeMethod(this, &DeskSwitcher::applyStyle, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void DeskSwitcher::changeEvent(QEvent *event)
{
    // Queued: every widget hears of the new palette in turn, the parent maybe after this one.
    if (event->type() == QEvent::PaletteChange)
        QMetaObject::invokeMethod(this, &DeskSwitcher::applyStyle, Qt::QueuedConnection);
    QWidget::changeEvent(event);
}

void DeskSwitcher::applyStyle()
{
    // Compared first: applying a style sheet can itself announce a palette change.
    // The parent's palette: this widget's own is coloured by its style sheet, so it would keep the
    // old colours after the OS switched between light and dark.
    const QString sheet = switcherStyleSheet(parentWidget() ? parentWidget()->palette() : QApplication::palette(this));
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

void DeskSwitcher::equaliseWidths()
{
    // One width for all, wide enough for the longest translated name: German names are long and
    // must not be clipped, and a ragged column looks unfinished.
    const auto buttons = m_group->buttons();
    int width = minimumButtonWidth;
    for (QAbstractButton *b : buttons) {
        b->ensurePolished();
        width = std::max(width, b->sizeHint().width());
    }
    // The checked button's text is bolder than the size hint measured.
    width += boldSlack;
    for (QAbstractButton *b : buttons)
        b->setFixedWidth(width);
}

} // namespace wk
