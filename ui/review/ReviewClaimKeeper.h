#pragma once
// The lease on the open item: review.claim once the supervisor has stayed on it a moment, renewed
// at half the lease while it stays open, review.release when leaving it undecided (or the claim
// simply withdrawn if it is still in its grace period). Counts the lease down for the desk.
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace wk {

class CommandQueue;

class ReviewClaimKeeper : public QObject
{
    Q_OBJECT
public:
    static constexpr int kClaimDelayMs = 400;      // arrowing past an item does not claim it
    static constexpr int kDefaultLeaseSeconds = 300;

    explicit ReviewClaimKeeper(QObject *parent = nullptr);

    void setQueue(CommandQueue *queue);
    void setLeaseSeconds(int seconds);
    // The item now open (its version as seen).
    void open(const QString &itemId, qint64 version);
    // Leaving the open item: released unless it was decided.
    void leave(bool decided);
    // Whether the supervisor is on the desk. Only then is the open item claimed: an item left
    // open on a desk nobody looks at (another desk in front) is released, and claimed again on
    // coming back, so that an idle console never holds an item from the other supervisors.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    const QString &itemId() const { return m_item; }
    // Seconds until the lease runs out, -1 without one.
    int secondsLeft() const;
    bool isClaimed() const { return !m_claimCommand.isEmpty(); }

signals:
    void countdown(int secondsLeft);

private:
    void claim();
    void onUndone(const QString &commandId, bool withdrawn);
    QPointer<CommandQueue> m_queue;
    int m_leaseSeconds = kDefaultLeaseSeconds;
    QString m_item;
    qint64 m_version = 0;
    QString m_claimCommand;
    QDateTime m_expiresAt;
    QTimer m_delay;
    QTimer m_renew;
    QTimer m_tick;
    struct Pending {
        QString item;
        qint64 version = 0;
        bool earlierSent = false;   // a renewal: the first claim has gone out already
    };
    QHash<QString, Pending> m_releaseIfSent;   // last claim command → what to release
    bool m_renewed = false;
    bool m_active = false;
};

} // namespace wk
