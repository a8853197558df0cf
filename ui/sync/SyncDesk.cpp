#include "sync/SyncDesk.h"

#include "common/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace wk {

SyncDesk::SyncDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("syncDesk"));
    m_emptyState = new EmptyStateWidget(icon(), tr("Not synced yet"),
                                        tr("Decisions waiting to be sent, the last successful pull and "
                                           "conflicts that need a person will appear here once the console "
                                           "is connected to a platform."),
                                        connectHint(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
}

QString SyncDesk::key() const { return QStringLiteral("sync"); }

QString SyncDesk::title() const { return tr("Sync"); }

QString SyncDesk::summary() const
{
    return tr("The connection to the platform: what is waiting to be sent, what came in, and conflicts.");
}

QIcon SyncDesk::icon() const { return QIcon(QStringLiteral(":/icons/sync.svg")); }

EmptyStateWidget *SyncDesk::emptyState() const { return m_emptyState; }

} // namespace wk
