#pragma once
// POST /v1/commands: idempotency, leases, version checks and the effect of every command type
// (API.md). A batch is applied in ONE transaction: effects, change-log rows and stored results.
#include "sync/WireTypes.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace wk::platform {

class PlatformStore;
struct StoredEntity;

// A problem+json body for a response (HTTP status in problem.status).
Problem makeProblem(int status, const QString &code, const QString &title, const QString &detail);

class CommandProcessor
{
public:
    // displayName maps a supervisor id to the name a lease_held conflict shows.
    CommandProcessor(PlatformStore &store, std::function<QString(const QString &)> displayName,
                     int defaultLeaseSeconds);

    struct BatchOutcome {
        Problem problem;          // status != 0: the whole batch failed with this HTTP problem
        CommandResults results;
        bool changed = false;     // something new is in the change log (wake the long polls)
    };
    // Throws StorageError on a storage failure (nothing is applied then).
    BatchOutcome process(const CommandBatch &batch, const QString &supervisorId);

    // The idempotency fingerprint: sha256 over type, target, base_version and the payload.
    static QString contentHash(const Command &command);

    // For tests: the clock leases are measured against.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    CommandResult apply(const Command &command, const QString &supervisorId, bool &changed);
    // `stored`: the item as apply() found it, in this transaction.
    CommandResult applyReview(const Command &command, const StoredEntity &stored, const QString &supervisorId,
                              bool &changed);
    CommandResult applyOrder(const Command &command, const QString &supervisorId, bool &changed);
    CommandResult applyException(const Command &command, const QString &supervisorId, bool &changed);
    CommandResult applySupplier(const Command &command, const QString &supervisorId, bool &changed);
    void resolveOpenExceptions(const QString &orderId, const QString &resolution, const QString &supervisorId,
                               std::optional<ExceptionCode> only = std::nullopt);

    PlatformStore &m_store;
    std::function<QString(const QString &)> m_displayName;
    int m_defaultLeaseSeconds;
    std::function<QDateTime()> m_clock;
};

// Minimal tracking-number check until models/rules has the real one: 8..34 letters/digits with at
// least one digit; UPU S10 numbers ("RR123456785CN") must carry a valid check digit.
bool isPlausibleTrackingNumber(const QString &normalised);
QString normaliseTrackingNumber(const QString &raw);

} // namespace wk::platform
