#pragma once
// A supervisor's intent as it travels to the platform: the outbox row and the wire command.
#include "Enums.h"

#include <QJsonObject>
#include <QString>

namespace wk {

struct Problem {              // RFC 9457 problem+json
    QString type;
    QString title;
    int status = 0;
    QString detail;
    QString code;             // stable machine code, e.g. "lease_held", "payload_mismatch"
    friend bool operator==(const Problem &, const Problem &) = default;
};

struct Command {
    QString id;               // uuid: the idempotency key
    qint64 seq = 0;           // the client's own monotonically increasing sequence
    CommandType type = CommandType::ReviewDecide;
    QString target;           // the entity id the command acts on
    qint64 baseVersion = 0;   // the entity version the supervisor saw
    QJsonObject payload;
    friend bool operator==(const Command &, const Command &) = default;
};

struct CommandResult {
    QString id;
    CommandOutcome outcome = CommandOutcome::Applied;
    qint64 version = 0;       // the entity's version after the command (applied / duplicate)
    QJsonObject current;      // conflict: the server's current entity ({entity, id, version, data})
    Problem problem;          // rejected / conflict: why
    friend bool operator==(const CommandResult &, const CommandResult &) = default;
};

} // namespace wk
