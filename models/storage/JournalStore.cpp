#include "JournalStore.h"

#include "StoreSupport.h"

namespace wk {

using namespace storage;

namespace {
JournalEntry entryAt(const Statement &st)
{
    JournalEntry e;
    e.seq = st.columnInt64(0);
    e.at = timeAt(st, 1);
    e.event = st.columnText(2);
    e.commandId = st.columnText(3);
    e.type = st.columnText(4);
    e.target = st.columnText(5);
    e.detail = st.columnText(6);
    return e;
}

QList<JournalEntry> collect(Statement &st)
{
    QList<JournalEntry> out;
    while (st.step())
        out << entryAt(st);
    st.reset();
    return out;
}
} // namespace

struct JournalStore::Statements {
    explicit Statements(Database &db)
        : append(db, QStringLiteral("INSERT INTO journal (at, event, command_id, type, target, detail) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
          recent(db, QStringLiteral("SELECT seq, at, event, command_id, type, target, detail FROM journal "
                                    "ORDER BY seq DESC LIMIT ?1")),
          forCommand(db, QStringLiteral("SELECT seq, at, event, command_id, type, target, detail FROM journal "
                                        "WHERE command_id = ?1 ORDER BY seq"))
    {
    }
    Statement append;
    Statement recent;
    Statement forCommand;
};

JournalStore::JournalStore(Database &db) : m_db(db), m(std::make_unique<Statements>(db)) {}
JournalStore::~JournalStore() = default;

qint64 JournalStore::append(const JournalEntry &e)
{
    Statement &st = m->append;
    bindTime(st, 1, e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc());
    st.bind(2, e.event);
    // Empty strings are stored as NULL so the partial indexes stay small.
    st.bind(3, e.commandId.isEmpty() ? QString() : e.commandId);
    st.bind(4, e.type.isEmpty() ? QString() : e.type);
    st.bind(5, e.target.isEmpty() ? QString() : e.target);
    st.bind(6, text(e.detail));
    st.run();
    return m_db.lastInsertRowId();
}

QList<JournalEntry> JournalStore::recent(int limit)
{
    m->recent.bind(1, limit);
    return collect(m->recent);
}

QList<JournalEntry> JournalStore::forCommand(const QString &commandId)
{
    m->forCommand.bind(1, commandId);
    return collect(m->forCommand);
}

} // namespace wk
