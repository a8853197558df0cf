#include "sync/SyncDesk.h"

#include "common/EmptyStateWidget.h"
#include "sync/ConflictsView.h"
#include "sync/SyncStatePanel.h"
#include "sync/TakeOfflinePanel.h"

#include <QFrame>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wk {

namespace {
QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

SyncDesk::SyncDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("syncDesk"));
    m_emptyState = new EmptyStateWidget(icon(), tr("Not synced yet"),
                                        tr("Decisions waiting to be sent, the last successful pull and "
                                           "conflicts that need a person will appear here once the console "
                                           "is connected to a platform."),
                                        connectHint(), this);

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("syncDeskContent"));
    m_state = new SyncStatePanel(m_content);
    m_takeOffline = new TakeOfflinePanel(m_content);
    m_conflicts = new ConflictsView(m_content);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(16, 12, 16, 12);
    content->addWidget(m_state);
    content->addWidget(separator(m_content));
    content->addWidget(m_takeOffline);
    content->addWidget(separator(m_content));
    content->addWidget(m_conflicts, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QString SyncDesk::key() const { return QStringLiteral("sync"); }

QString SyncDesk::title() const { return tr("Sync"); }

QString SyncDesk::summary() const
{
    return tr("The connection to the platform: what is waiting to be sent, what came in, and conflicts.");
}

QIcon SyncDesk::icon() const { return QIcon(QStringLiteral(":/icons/sync.svg")); }

EmptyStateWidget *SyncDesk::emptyState() const { return m_emptyState; }

void SyncDesk::workspaceChanged()
{
    Workspace *w = workspace();
    m_state->setWorkspace(w);
    m_takeOffline->setWorkspace(w);
    m_conflicts->setWorkspace(w);
    m_stack->setCurrentWidget(w ? m_content : static_cast<QWidget *>(m_emptyState));
}

} // namespace wk
