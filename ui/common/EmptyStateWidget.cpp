#include "common/EmptyStateWidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wk {

namespace {
constexpr int iconSize = 48;
constexpr int badgeSize = 96;
// Long lines are hard to read; the text wraps at about 60 characters whatever the window width.
constexpr int textWidth = 460;
} // namespace

EmptyStateWidget::EmptyStateWidget(const QIcon &icon, const QString &title, const QString &message,
                                   const QString &hint, QWidget *parent)
    : QWidget(parent), m_icon(icon)
{
    setObjectName(QStringLiteral("emptyState"));

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("emptyStateIcon"));
    m_iconLabel->setFixedSize(badgeSize, badgeSize);
    m_iconLabel->setAlignment(Qt::AlignCenter);

    m_titleLabel = new QLabel(title, this);
    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);

    m_messageLabel = new QLabel(message, this);
    m_messageLabel->setObjectName(QStringLiteral("emptyStateMessage"));

    m_hintLabel = new QLabel(hint, this);
    m_hintLabel->setObjectName(QStringLiteral("emptyStateHint"));
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hintLabel->setVisible(!hint.isEmpty());

    // The text column fills its width (so word wrap can compute its height) and is itself centred
    // by stretches; aligning the labels in the layout instead would give them one unwrapped line.
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_iconLabel, 0, Qt::AlignHCenter);
    column->addSpacing(10);
    for (QLabel *label : {m_titleLabel, m_messageLabel, m_hintLabel}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        column->addWidget(label);
    }
    auto *columnWidget = new QWidget(this);
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(textWidth);
    columnWidget->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    column->setContentsMargins(0, 0, 0, 0);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnWidget, 20);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(3);
    layout->addLayout(row);
    // More room below than above puts the block at the optical centre rather than the geometric one.
    layout->addStretch(4);

    updateIcon();
}

QString EmptyStateWidget::title() const { return m_titleLabel->text(); }
QString EmptyStateWidget::message() const { return m_messageLabel->text(); }
QString EmptyStateWidget::hint() const { return m_hintLabel->text(); }

void EmptyStateWidget::setMessage(const QString &message) { m_messageLabel->setText(message); }

void EmptyStateWidget::setHint(const QString &hint)
{
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    // A new palette or style may change the disc behind the icon; re-render at the current scale.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::showEvent(QShowEvent *event)
{
    // Only now is the screen, and so the scale factor, known.
    updateIcon();
    QWidget::showEvent(event);
}

void EmptyStateWidget::updateIcon()
{
    // A soft disc in the highlight colour behind the icon; derived from the palette so that it
    // suits light and dark themes alike.
    QColor disc = palette().color(QPalette::Highlight);
    disc.setAlphaF(0.10f);
    m_iconLabel->setStyleSheet(QStringLiteral("QLabel#emptyStateIcon { background: %1; border-radius: %2px; }")
                                   .arg(disc.name(QColor::HexArgb))
                                   .arg(badgeSize / 2));
    // Rendered from the SVG at the widget's scale factor so it stays sharp on HiDPI screens.
    m_iconLabel->setPixmap(m_icon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
}

} // namespace wk
