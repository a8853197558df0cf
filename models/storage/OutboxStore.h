#pragma once
// The outbox (table outbox): the supervisor's commands on their way to the platform.
//
// Sync rules (DESIGN.md): a decision and its outbox row commit in one transaction, so enqueue()
// runs inside the caller's Transaction, next to the local change; the outbox survives restarts and
// resyncs; a command waits a grace period (not_before) before it is pushed, and undo() withdraws it
// while it waits; conflicts and rejections stay until a person dismisses them. Every state change
// is also written to the journal. Times are passed in, so that the caller's clock rules.
#include "domain/Command.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <chrono>
#include <memory>
#include <optional>

namespace wk {

class Database;

enum class OutboxState { Pending, InFlight, Applied, Conflict, Rejected };
QString toCode(OutboxState state);

struct OutboxEntry {
    Command command;          // command.seq is the row's seq
    OutboxState state = OutboxState::Pending;
    QDateTime createdAt;
    QDateTime notBefore;      // end of the undo grace period
    QDateTime updatedAt;
    int attempts = 0;         // pushes so far
    QString lastError;        // the last transport failure
    qint64 resultVersion = 0; // applied: the entity's version after the command
    Problem problem;          // conflict / rejected
    QJsonObject current;      // conflict: the server's Change ("theirs")
};

struct OutboxStatus {
    int pending = 0;          // pending + in flight: the intents not yet acknowledged
    QDateTime oldestPendingAt;
    int conflicts = 0;
    int rejected = 0;
};

class OutboxStore
{
public:
    explicit OutboxStore(Database &db);
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    // Adds a command (its id a fresh uuid; the same id twice is a Constraint StorageError) that may
    // be pushed from now + grace. Returns the command's seq. Inside the caller's Transaction.
    qint64 enqueue(const Command &command, const QDateTime &now,
                   std::chrono::milliseconds grace = std::chrono::milliseconds(0));

    // Withdraws a command still in its grace period: true if it was, false if it is too late (it may
    // already be on its way) or unknown.
    bool undo(const QString &commandId, const QDateTime &now);

    // The commands to push now, in seq order: pending, grace period over, and no earlier command for
    // the same target still waiting or in flight (a decision's grace period holds back the release
    // that follows it).
    QList<Command> due(const QDateTime &now, int limit = 500);
    // When the next waiting command becomes due (invalid if none): for the push timer.
    QDateTime nextDueAt();

    // Before a push: counts an attempt.
    void markInFlight(const QStringList &commandIds, const QDateTime &now);
    // The push failed in transport (no result): back to pending, to be retried.
    void markRetry(const QStringList &commandIds, const QString &error, const QDateTime &now);
    // Records the platform's answer: applied/duplicate → Applied; conflict; rejected. False if the
    // command is unknown (undone, or dismissed already).
    bool recordResult(const CommandResult &result, const QDateTime &now);
    // After a restart nothing is in flight any more: the answer was lost, so push again (the command
    // id makes that safe). Returns how many.
    int recoverInFlight(const QDateTime &now);

    // A person has dealt with a conflict or a rejection (or the UI drops an applied row). `how` goes
    // into the journal line ("accepted_theirs", "discarded", "resubmitted as <id>").
    bool dismiss(const QString &commandId, const QDateTime &now, const QString &how = {});
    // Forgets applied commands acknowledged before `before` (their history stays in the journal).
    int pruneApplied(const QDateTime &before);

    std::optional<OutboxEntry> entry(const QString &commandId);
    // The intents to overlay on server rows (sync rule 3): pending and in flight, in seq order.
    QList<OutboxEntry> pendingIntents();
    QList<OutboxEntry> pendingFor(const QString &target);
    // Conflicts and rejections waiting for a person, oldest first.
    QList<OutboxEntry> needingAttention();
    OutboxStatus status();
    // The highest seq ever handed out (0 if none), including undone and pruned ones.
    qint64 lastSeq();

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m;
    void journal(const QString &event, const OutboxEntry &entry, const QString &detail, const QDateTime &at);
};

} // namespace wk
