#pragma once
// Where every desk sends the supervisor's commands. Each command is written into the outbox (with
// its journal line) in one transaction on a writer thread with its own cache connection, so the UI
// thread never waits for SQLite (sync rule 2); the SyncService is told afterwards and pushes the
// command once its grace period is over. Undo withdraws a command still in its grace period;
// resubmit and dismiss are how a person settles a conflict or a rejection (sync rule 4).
//
// Every call returns at once; the answers come back as signals on the caller's thread.
#include "domain/Command.h"
#include "WireTypes.h"

#include <QObject>
#include <QThread>
#include <chrono>

namespace wk {

class CommandWriter;

class CommandQueue : public QObject
{
    Q_OBJECT
public:
    // The default undo window (DESIGN.md: a short grace period before a decision is pushed).
    static constexpr std::chrono::milliseconds kDefaultGrace{5000};

    explicit CommandQueue(const QString &cachePath, QObject *parent = nullptr);
    ~CommandQueue() override;

    void setGracePeriod(std::chrono::milliseconds grace);
    std::chrono::milliseconds gracePeriod() const { return m_grace; }

    // Queues one command; its id (a fresh uuid) and seq are filled in here and on the writer.
    // Returns the command id at once; `submitted` or `failed` follows.
    QString submit(CommandType type, const QString &target, qint64 baseVersion, const QJsonObject &payload);
    // Several commands in one transaction (bulk decisions): all are queued or none.
    QStringList submitAll(const QList<Command> &drafts);
    // Withdraws a command still in its grace period; `undone(id, false)` if it is too late.
    void undo(const QString &commandId);
    // A conflict or rejection, sent again under a new id against `baseVersion` (the version the
    // supervisor has now seen); the old row is dismissed in the same transaction.
    void resubmit(const QString &commandId, qint64 baseVersion);
    // A conflict or rejection a person has dealt with; `how` says what they chose and is kept in the
    // journal (kAcceptedTheirs, kDiscarded).
    void dismiss(const QString &commandId, const QString &how = {});
    static inline const QString kAcceptedTheirs = QStringLiteral("accepted_theirs");
    static inline const QString kDiscarded = QStringLiteral("discarded");
    // The signed-in supervisor, kept in the cache so "claimed by me" works offline too.
    void rememberSupervisor(const Me &me);
    // Asks the writer for the supervisor remembered in the cache: `supervisorLoaded` follows.
    void loadSupervisor();
    // Records in the decision journal that the supervisor revealed an order's personal data
    // (`fields`, e.g. "customer_name", "customer_email") and why (JournalStore::appendReveal). Call
    // it when the data is shown, not after; `failed({}, sentence)` if it could not be written.
    void recordReveal(const QString &orderId, const QStringList &fields, const QString &reason);

signals:
    void submitted(const QStringList &commandIds);
    void failed(const QStringList &commandIds, const QString &sentence);
    void undone(const QString &commandId, bool withdrawn);
    void resubmitted(const QString &oldCommandId, const QString &newCommandId);
    void dismissed(const QString &commandId);
    void supervisorLoaded(const wk::Me &me);
    // The outbox changed (any of the above): overlays and the sync's queue need a fresh look.
    void outboxChanged();

private:
    QThread m_thread;
    CommandWriter *m_writer;   // lives on m_thread, deleted when it finishes
    std::chrono::milliseconds m_grace = kDefaultGrace;
};

} // namespace wk
