#pragma once
// The Sync desk ("Abgleich"): the connection to the platform. Its state always in view
// (SyncStatePanel), taking items offline on purpose (TakeOfflinePanel), and the conflicts and
// rejections a person must settle (ConflictsView). Without a workspace it shows its empty state.
#include "common/Desk.h"

class QStackedWidget;

namespace wk {

class ConflictsView;
class EmptyStateWidget;
class SyncStatePanel;
class TakeOfflinePanel;

class SyncDesk : public Desk
{
    Q_OBJECT

public:
    explicit SyncDesk(QWidget *parent = nullptr);

    QString key() const override;
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;

    EmptyStateWidget *emptyState() const;
    SyncStatePanel *statePanel() const { return m_state; }
    TakeOfflinePanel *takeOfflinePanel() const { return m_takeOffline; }
    ConflictsView *conflicts() const { return m_conflicts; }

protected:
    void workspaceChanged() override;

private:
    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    SyncStatePanel *m_state = nullptr;
    TakeOfflinePanel *m_takeOffline = nullptr;
    ConflictsView *m_conflicts = nullptr;
};

} // namespace wk
