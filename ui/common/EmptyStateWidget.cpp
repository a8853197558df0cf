#include "common/EmptyStateWidget.h"

#include <QEvent>
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
    // A soft disc behind the icon; palette() roles keep it right in light and dark themes.
    m_iconLabel->setStyleSheet(QStringLiteral("QLabel#emptyStateIcon { background: palette(midlight); "
                                              "border-radius: %1px; }")
                                   .arg(badgeSize / 2));

    m_titleLabel = new QLabel(title, this);
    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitle"));
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);

    m_messageLabel = new QLabel(message, this);
    m_messageLabel->setObjectName(QStringLiteral("emptyStateMessage"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);

    m_hintLabel = new QLabel(hint, this);
    m_hintLabel->setObjectName(QStringLiteral("emptyStateHint"));
    m_hintLabel->setAlignment(Qt::AlignCenter);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_hintLabel->setVisible(!hint.isEmpty());

    for (QLabel *label : {m_titleLabel, m_messageLabel, m_hintLabel}) {
        label->setMaximumWidth(textWidth);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addStretch(3);
    layout->addWidget(m_iconLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_titleLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_messageLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_hintLabel, 0, Qt::AlignHCenter);
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
    // Rendered from the SVG at the widget's scale factor so it stays sharp on HiDPI screens.
    m_iconLabel->setPixmap(m_icon.pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
}

} // namespace wk
