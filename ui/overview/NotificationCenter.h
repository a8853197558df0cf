#pragma once
// Raises a notification when the Overview's data brings something that cannot wait: a new urgent
// exception (one the guarantee will probably pay for), items about to breach their SLA, a broken
// journal. Shown in the system tray when there is one, and in the window (`notified`, for the
// toast). Each kind can be muted; the choice is kept in the settings.
#include "common/Desk.h"
#include "itemmodels/OverviewSnapshot.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace wk {

struct Notification {
    QString kind;      // NotificationCenter::kUrgentException, ...
    QString title;
    QString message;
    QString deskKey;   // where "Open" leads
    DeskFilter filter;
};

class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kUrgentException = "urgent_exception";
    static constexpr const char *kSlaImminent = "sla_imminent";
    static constexpr const char *kJournalBroken = "journal_broken";
    static QStringList kinds();
    static QString kindName(const QString &kind);   // translated, for the mute menu

    explicit NotificationCenter(QObject *parent = nullptr);
    ~NotificationCenter() override;

    static bool isMuted(const QString &kind);
    static void setMuted(const QString &kind, bool muted);

    // Compares with what it saw before; the first snapshot after reset() is the baseline (what was
    // already there when the shift started is on the Overview, not in a notification).
    void consider(const OverviewSnapshot &snapshot);
    void reset();
    // Tray off in tests and screenshots.
    void setTrayEnabled(bool enabled);
    void raise(const Notification &notification);

signals:
    void notified(const wk::Notification &notification);
    void openRequested(const QString &deskKey, const wk::DeskFilter &filter);

private:
    bool m_baseline = false;
    bool m_trayEnabled = true;
    QSet<QString> m_seenUrgent;
    QSet<QString> m_seenImminent;
    QSystemTrayIcon *m_tray = nullptr;
    Notification m_last;
};

} // namespace wk

Q_DECLARE_METATYPE(wk::Notification)
