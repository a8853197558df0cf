#pragma once
// A conflict or rejection as the Conflicts view shows it (sync rule 4): "theirs" — the server's
// current entity, from the conflict result — beside "mine" — the command's payload — field by field,
// and the problem as a sentence a supervisor can act on.
#include "storage/OutboxStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wk {

struct ConflictField {
    QString field;     // the wire name ("decision", "status", "version")
    QString theirs;    // the server's value; empty when the server has no such field
    QString mine;      // the command's value; empty when the command does not set it
    bool differs = false;
};

class ConflictDiff
{
    Q_DECLARE_TR_FUNCTIONS(wk::ConflictDiff)
public:
    // The rows: the version first (the one I decided on against theirs now), then every field of my
    // command with the server's counterpart, then the server's fields that explain a conflict
    // (status, who holds the lease, who decided).
    static QList<ConflictField> fields(const OutboxEntry &entry);
    // The server's current version (0 when the result carried no entity, e.g. a rejection).
    static qint64 theirVersion(const OutboxEntry &entry);
    // What happened and what the supervisor can do, from the problem code.
    static QString sentence(const OutboxEntry &entry);
    // The command in a supervisor's words ("Decision", "Refund").
    static QString commandName(CommandType type);
    // A JSON value as one line of text.
    static QString display(const QJsonValue &value);
};

} // namespace wk
