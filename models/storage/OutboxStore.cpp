#include "OutboxStore.h"

#include "JournalStore.h"
#include "StoreSupport.h"

#include <QJsonValue>

namespace wk {

using namespace storage;

namespace {
constexpr std::array<std::pair<OutboxState, const char *>, 5> kStates{{
    {OutboxState::Pending, "pending"},
    {OutboxState::InFlight, "in_flight"},
    {OutboxState::Applied, "applied"},
    {OutboxState::Conflict, "conflict"},
    {OutboxState::Rejected, "rejected"}}};

OutboxState stateFrom(const QString &code)
{
    for (const auto &[state, c] : kStates)
        if (code == QLatin1StringView(c))
            return state;
    return OutboxState::Pending;
}

// The problem's own JSON (RFC 9457 members), kept here so that the outbox does not depend on the wire
// codecs' evolution: it is local data.
QJsonObject problemJson(const Problem &p)
{
    return {{QStringLiteral("type"), p.type},     {QStringLiteral("title"), p.title},
            {QStringLiteral("status"), p.status}, {QStringLiteral("detail"), p.detail},
            {QStringLiteral("code"), p.code}};
}

Problem problemFrom(const QJsonObject &o)
{
    Problem p;
    p.type = o.value(QStringLiteral("type")).toString();
    p.title = o.value(QStringLiteral("title")).toString();
    p.status = o.value(QStringLiteral("status")).toInt();
    p.detail = o.value(QStringLiteral("detail")).toString();
    p.code = o.value(QStringLiteral("code")).toString();
    return p;
}

const QString kColumns = QStringLiteral(
    "seq, command_id, type, target, base_version, payload, state, created_at, not_before, updated_at, "
    "attempts, last_error, result_version, problem, current");

OutboxEntry entryAt(const Statement &st)
{
    OutboxEntry e;
    e.command.seq = st.columnInt64(0);
    e.command.id = st.columnText(1);
    // An unknown type can only come from a newer console writing this file, which the migrator
    // prevents; ReviewDecide is the default of Command.
    e.command.type = fromCode<CommandType>(st.columnText(2)).value_or(CommandType::ReviewDecide);
    e.command.target = st.columnText(3);
    e.command.baseVersion = st.columnInt64(4);
    e.command.payload = jsonAt(st, 5);
    e.state = stateFrom(st.columnText(6));
    e.createdAt = timeAt(st, 7);
    e.notBefore = timeAt(st, 8);
    e.updatedAt = timeAt(st, 9);
    e.attempts = st.columnInt(10);
    e.lastError = st.columnText(11);
    e.resultVersion = st.columnInt64(12);
    e.problem = problemFrom(jsonAt(st, 13));
    e.current = jsonAt(st, 14);
    return e;
}

QList<OutboxEntry> collect(Statement &st)
{
    QList<OutboxEntry> out;
    while (st.step())
        out << entryAt(st);
    st.reset();
    return out;
}
} // namespace

QString toCode(OutboxState state)
{
    for (const auto &[s, c] : kStates)
        if (s == state)
            return QString::fromLatin1(c);
    return {};
}

struct OutboxStore::Statements {
    explicit Statements(Database &db)
        : journal(db),
          insert(db, QStringLiteral("INSERT INTO outbox (command_id, type, target, base_version, payload, "
                                    "created_at, not_before, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?6)")),
          entry(db, QStringLiteral("SELECT %1 FROM outbox WHERE command_id = ?1").arg(kColumns)),
          remove(db, QStringLiteral("DELETE FROM outbox WHERE command_id = ?1")),
          due(db, QStringLiteral(R"(
SELECT %1 FROM outbox o
WHERE o.state = 'pending' AND o.not_before <= ?1
  AND NOT EXISTS (SELECT 1 FROM outbox e
                  WHERE e.target = o.target AND e.seq < o.seq
                    AND (e.state = 'in_flight' OR (e.state = 'pending' AND e.not_before > ?1)))
ORDER BY o.seq
LIMIT ?2)")
                      .arg(kColumns)),
          nextDue(db, QStringLiteral("SELECT min(not_before) FROM outbox WHERE state = 'pending'")),
          markInFlight(db, QStringLiteral("UPDATE outbox SET state = 'in_flight', attempts = attempts + 1, "
                                          "updated_at = ?2 WHERE command_id = ?1 AND state = 'pending'")),
          markRetry(db, QStringLiteral("UPDATE outbox SET state = 'pending', last_error = ?2, updated_at = ?3 "
                                       "WHERE command_id = ?1 AND state = 'in_flight'")),
          result(db, QStringLiteral("UPDATE outbox SET state = ?2, result_version = ?3, problem = ?4, "
                                    "current = ?5, last_error = NULL, updated_at = ?6 "
                                    "WHERE command_id = ?1 AND state IN ('pending', 'in_flight')")),
          recover(db, QStringLiteral("UPDATE outbox SET state = 'pending', updated_at = ?1 "
                                     "WHERE state = 'in_flight'")),
          prune(db, QStringLiteral("DELETE FROM outbox WHERE state = 'applied' AND updated_at < ?1")),
          pending(db, QStringLiteral("SELECT %1 FROM outbox WHERE state IN ('pending', 'in_flight') "
                                     "ORDER BY seq")
                          .arg(kColumns)),
          pendingFor(db, QStringLiteral("SELECT %1 FROM outbox WHERE target = ?1 "
                                        "AND state IN ('pending', 'in_flight') ORDER BY seq")
                             .arg(kColumns)),
          attention(db, QStringLiteral("SELECT %1 FROM outbox WHERE state IN ('conflict', 'rejected') "
                                       "ORDER BY seq")
                            .arg(kColumns)),
          status(db, QStringLiteral(R"(
SELECT coalesce(sum(state IN ('pending', 'in_flight')), 0),
       min(CASE WHEN state IN ('pending', 'in_flight') THEN created_at END),
       coalesce(sum(state = 'conflict'), 0),
       coalesce(sum(state = 'rejected'), 0)
FROM outbox)")),
          lastSeq(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'"))
    {
    }
    JournalStore journal;
    Statement insert;
    Statement entry;
    Statement remove;
    Statement due;
    Statement nextDue;
    Statement markInFlight;
    Statement markRetry;
    Statement result;
    Statement recover;
    Statement prune;
    Statement pending;
    Statement pendingFor;
    Statement attention;
    Statement status;
    Statement lastSeq;
};

OutboxStore::OutboxStore(Database &db) : m_db(db), m(std::make_unique<Statements>(db)) {}
OutboxStore::~OutboxStore() = default;

void OutboxStore::journal(const QString &event, const OutboxEntry &e, const QString &detail,
                          const QDateTime &at)
{
    m->journal.append({0, at, event, e.command.id, toCode(e.command.type), e.command.target, detail});
}

qint64 OutboxStore::enqueue(const Command &command, const QDateTime &now, std::chrono::milliseconds grace)
{
    WriteScope scope(m_db);
    Statement &st = m->insert;
    st.bind(1, command.id)
        .bind(2, toCode(command.type))
        .bind(3, text(command.target))
        .bind(4, command.baseVersion)
        .bind(5, jsonText(command.payload));
    bindTime(st, 6, now);
    bindTime(st, 7, now.addMSecs(grace.count()));
    st.run();
    const qint64 seq = m_db.lastInsertRowId();
    OutboxEntry e;
    e.command = command;
    journal(QStringLiteral("enqueued"), e, QString::number(seq), now);
    scope.commit();
    return seq;
}

bool OutboxStore::undo(const QString &commandId, const QDateTime &now)
{
    WriteScope scope(m_db);
    const auto e = entry(commandId);
    if (!e || e->state != OutboxState::Pending || e->notBefore <= now)
        return false;
    m->remove.bind(1, commandId);
    m->remove.run();
    journal(QStringLiteral("undone"), *e, {}, now);
    scope.commit();
    return true;
}

QList<Command> OutboxStore::due(const QDateTime &now, int limit)
{
    Statement &st = m->due;
    bindTime(st, 1, now);
    st.bind(2, limit);
    QList<Command> out;
    for (const OutboxEntry &e : collect(st))
        out << e.command;
    return out;
}

QDateTime OutboxStore::nextDueAt()
{
    Statement &st = m->nextDue;
    st.step();
    const QDateTime at = timeAt(st, 0);
    st.reset();
    return at;
}

void OutboxStore::markInFlight(const QStringList &commandIds, const QDateTime &now)
{
    WriteScope scope(m_db);
    for (const QString &id : commandIds) {
        m->markInFlight.bind(1, id);
        bindTime(m->markInFlight, 2, now);
        m->markInFlight.run();
    }
    scope.commit();
}

void OutboxStore::markRetry(const QStringList &commandIds, const QString &error, const QDateTime &now)
{
    WriteScope scope(m_db);
    for (const QString &id : commandIds) {
        m->markRetry.bind(1, id).bind(2, error);
        bindTime(m->markRetry, 3, now);
        m->markRetry.run();
    }
    scope.commit();
}

bool OutboxStore::recordResult(const CommandResult &result, const QDateTime &now)
{
    WriteScope scope(m_db);
    const auto e = entry(result.id);
    if (!e)
        return false;
    OutboxState state = OutboxState::Applied;
    switch (result.outcome) {
    case CommandOutcome::Applied:
    case CommandOutcome::Duplicate: state = OutboxState::Applied; break;
    case CommandOutcome::Conflict: state = OutboxState::Conflict; break;
    case CommandOutcome::Rejected: state = OutboxState::Rejected; break;
    }
    const bool failed = state != OutboxState::Applied;
    Statement &st = m->result;
    st.bind(1, result.id).bind(2, toCode(state));
    if (failed)
        st.bindNull(3).bind(4, jsonText(problemJson(result.problem)));
    else
        st.bind(3, result.version).bindNull(4);
    if (state == OutboxState::Conflict)
        st.bind(5, jsonText(result.current));
    else
        st.bindNull(5);
    bindTime(st, 6, now);
    st.run();
    if (m_db.changes() == 0)
        return false;
    journal(toCode(result.outcome), *e,
            failed ? jsonText(problemJson(result.problem)) : QString::number(result.version), now);
    scope.commit();
    return true;
}

int OutboxStore::recoverInFlight(const QDateTime &now)
{
    bindTime(m->recover, 1, now);
    m->recover.run();
    return m_db.changes();
}

bool OutboxStore::dismiss(const QString &commandId, const QDateTime &now, const QString &how)
{
    WriteScope scope(m_db);
    const auto e = entry(commandId);
    // A command not yet answered is withdrawn with undo(), not dismissed.
    if (!e || e->state == OutboxState::Pending || e->state == OutboxState::InFlight)
        return false;
    m->remove.bind(1, commandId);
    m->remove.run();
    if (e->state != OutboxState::Applied)
        journal(QStringLiteral("dismissed"), *e, how, now);
    scope.commit();
    return true;
}

int OutboxStore::pruneApplied(const QDateTime &before)
{
    bindTime(m->prune, 1, before);
    m->prune.run();
    return m_db.changes();
}

std::optional<OutboxEntry> OutboxStore::entry(const QString &commandId)
{
    Statement &st = m->entry;
    st.bind(1, commandId);
    std::optional<OutboxEntry> out;
    if (st.step())
        out = entryAt(st);
    st.reset();
    return out;
}

QList<OutboxEntry> OutboxStore::pendingIntents() { return collect(m->pending); }

QList<OutboxEntry> OutboxStore::pendingFor(const QString &target)
{
    m->pendingFor.bind(1, target);
    return collect(m->pendingFor);
}

QList<OutboxEntry> OutboxStore::needingAttention() { return collect(m->attention); }

OutboxStatus OutboxStore::status()
{
    Statement &st = m->status;
    st.step();
    OutboxStatus s;
    s.pending = st.columnInt(0);
    s.oldestPendingAt = timeAt(st, 1);
    s.conflicts = st.columnInt(2);
    s.rejected = st.columnInt(3);
    st.reset();
    return s;
}

qint64 OutboxStore::lastSeq()
{
    Statement &st = m->lastSeq;
    const qint64 seq = st.step() ? st.columnInt64(0) : 0;
    st.reset();
    return seq;
}

} // namespace wk
