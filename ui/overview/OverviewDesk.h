#pragma once
// The home desk: what needs attention at a glance, live from the cache (OverviewLoader on its own
// thread, refreshed on Workspace::cacheUpdated/outboxChanged and every minute, since SLA clocks run
// without new data). Every figure opens the desk filtered to what it counts. Also raises the
// notifications (NotificationCenter) and warns when the decision journal does not verify.
#include "common/Desk.h"
#include "itemmodels/OverviewSnapshot.h"
#include "storage/JournalChain.h"

#include <QPointer>
#include <QTimer>

#include <functional>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace wk {

class EmptyStateWidget;
class NotificationCenter;
class NotificationToast;
class OverviewBoard;
class OverviewLoader;
struct Notification;

class OverviewDesk : public Desk
{
    Q_OBJECT
public:
    explicit OverviewDesk(QWidget *parent = nullptr);
    ~OverviewDesk() override;

    QString key() const override;
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;

    OverviewBoard *board() const { return m_board; }
    NotificationCenter *notifications() const { return m_notifications; }
    NotificationToast *toast() const;
    // Tests and screenshots pin "now".
    void setClock(std::function<QDateTime()> clock);
    void refreshNow();
    bool journalWarningShown() const;
    QString journalWarning() const;

signals:
    // After every snapshot shown (tests wait for it).
    void refreshed(const wk::OverviewSnapshot &snapshot);

protected:
    void workspaceChanged() override;

private:
    void showSnapshot(const OverviewSnapshot &snapshot);
    void showJournal(const JournalVerification &result);
    void notify(const Notification &notification);
    QWidget *createToolbar();
    QWidget *createJournalBanner();

    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    OverviewBoard *m_board;
    QLabel *m_updated;
    QWidget *m_journalBanner;
    QLabel *m_journalText;
    QToolButton *m_muteButton;
    NotificationCenter *m_notifications;
    QPointer<NotificationToast> m_toast;   // a child of the window, over every desk
    OverviewLoader *m_loader = nullptr;
    std::function<QDateTime()> m_clock;
    QTimer m_coalesce;   // many cacheUpdated in a row make one read
    QTimer m_tick;       // time passes: SLA clocks move without new data
};

} // namespace wk
