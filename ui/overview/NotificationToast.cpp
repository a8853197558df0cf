#include "overview/NotificationToast.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wk {

namespace {
constexpr int kShownMs = 12000;
constexpr int kWidth = 360;
constexpr int kMargin = 16;
} // namespace

NotificationToast::NotificationToast(QWidget *window) : QFrame(window)
{
    setObjectName(QStringLiteral("notificationToast"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Notification"));
    setStyleSheet(QStringLiteral("wk--NotificationToast { border: 2px solid #c0392b; border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("notificationOpen"));
    m_open->setAccessibleName(tr("Open what the notification is about"));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("notificationDismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the notification"));
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_dismiss);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setFixedWidth(kWidth);
    hide();

    m_hide.setSingleShot(true);
    m_hide.setInterval(kShownMs);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        emit openRequested(m_current.deskKey, m_current.filter);
    });
    window->installEventFilter(this);
}

void NotificationToast::show(const Notification &n)
{
    m_current = n;
    // The symbol says "alert" without colour.
    m_title->setText(QStringLiteral("⚠ ") + n.title);
    m_message->setText(n.message);
    setAccessibleDescription(n.title + QStringLiteral(". ") + n.message);
    // Wrapped labels need their height for this width, which adjustSize() does not ask for.
    resize(kWidth, layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(kWidth) : sizeHint().height());
    place();
    QFrame::show();
    raise();
    m_hide.start();
}

QString NotificationToast::text() const { return m_title->text() + QLatin1Char('\n') + m_message->text(); }

bool NotificationToast::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void NotificationToast::place()
{
    if (QWidget *w = parentWidget())
        move(w->width() - width() - kMargin, w->height() - height() - kMargin - 24);
}

} // namespace wk
