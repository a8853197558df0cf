#include "review/ReviewDesk.h"

#include "common/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace wk {

ReviewDesk::ReviewDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("reviewDesk"));
    m_emptyState = new EmptyStateWidget(icon(), tr("Nothing to review yet"),
                                        tr("Flagged images, videos and copy will appear here once the "
                                           "console has synced with the platform."),
                                        connectHint(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
}

QString ReviewDesk::key() const { return QStringLiteral("review"); }

QString ReviewDesk::title() const { return tr("Review"); }

QString ReviewDesk::summary() const
{
    return tr("Flagged images, videos and copy waiting for a decision.");
}

QIcon ReviewDesk::icon() const { return QIcon(QStringLiteral(":/icons/review.svg")); }

EmptyStateWidget *ReviewDesk::emptyState() const { return m_emptyState; }

} // namespace wk
