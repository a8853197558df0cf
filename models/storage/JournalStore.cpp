#include "JournalStore.h"

#include "JournalChain.h"
#include "StoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wk {

using namespace storage;

namespace {
QList<JournalEntry> collect(Statement &st)
{
    QList<JournalEntry> out;
    while (st.step())
        out << JournalStore::entryAt(st);
    st.reset();
    return out;
}

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// LIKE with the user's text taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

const QString &JournalStore::rowColumns()
{
    static const QString columns = QStringLiteral(
        "seq, at, event, command_id, type, target, detail, actor, suggestion, payload, prev_hash, hash");
    return columns;
}

JournalEntry JournalStore::entryAt(const Statement &st)
{
    JournalEntry e;
    e.seq = st.columnInt64(0);
    e.at = timeAt(st, 1);
    e.event = st.columnText(2);
    e.commandId = st.columnText(3);
    e.type = st.columnText(4);
    e.target = st.columnText(5);
    e.detail = st.columnText(6);
    e.actor = st.columnText(7);
    e.suggestion = st.columnText(8);
    e.payload = st.columnText(9);
    e.prevHash = st.columnText(10);
    e.hash = st.columnText(11);
    return e;
}

struct JournalStore::Statements {
    explicit Statements(Database &db)
        : append(db, QStringLiteral("INSERT INTO journal (seq, at, event, command_id, type, target, detail, actor, "
                                    "suggestion, payload, prev_hash, hash) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")),
          head(db, QStringLiteral("SELECT (SELECT ifnull(max(seq), 0) FROM (SELECT seq FROM sqlite_sequence "
                                  "WHERE name = 'journal' UNION ALL SELECT max(seq) FROM journal)), "
                                  "(SELECT hash FROM journal_head WHERE id = 1)")),
          setHead(db, QStringLiteral("UPDATE journal_head SET seq = ?1, hash = ?2 WHERE id = 1")),
          actor(db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'supervisor_id'")),
          reviewSuggestion(db, QStringLiteral("SELECT flag_codes, ai_confidence FROM review_items WHERE id = ?1")),
          exceptionSuggestion(db, QStringLiteral(
                                      "SELECT ai_proposal, ifnull(json_extract(data, '$.ai_rationale'), '') "
                                      "FROM order_exceptions WHERE (id = ?1 OR order_id = ?1) AND ai_proposal <> '' "
                                      "ORDER BY (id = ?1) DESC, status = 'open' DESC, opened_at DESC LIMIT 1")),
          payload(db, QStringLiteral("SELECT payload FROM outbox WHERE command_id = ?1")),
          recent(db, QStringLiteral("SELECT ") + JournalStore::rowColumns()
                         + QStringLiteral(" FROM journal ORDER BY seq DESC LIMIT ?1")),
          forCommand(db, QStringLiteral("SELECT ") + JournalStore::rowColumns()
                             + QStringLiteral(" FROM journal WHERE command_id = ?1 ORDER BY seq")),
          search(db, QStringLiteral("SELECT ") + JournalStore::rowColumns() + QStringLiteral(
                         " FROM journal WHERE (?1 = '' OR event LIKE ?2 ESCAPE '\\' OR type LIKE ?2 ESCAPE '\\' "
                         "OR target LIKE ?2 ESCAPE '\\' OR detail LIKE ?2 ESCAPE '\\' OR actor LIKE ?2 ESCAPE '\\' "
                         "OR suggestion LIKE ?2 ESCAPE '\\' OR payload LIKE ?2 ESCAPE '\\' "
                         "OR command_id LIKE ?2 ESCAPE '\\') "
                         "AND (?3 = '' OR actor = ?3) AND (?4 = '' OR event = ?4) "
                         "AND (?5 IS NULL OR at >= ?5) AND (?6 IS NULL OR at < ?6) "
                         "ORDER BY seq DESC LIMIT ?7")),
          all(db, QStringLiteral("SELECT ") + JournalStore::rowColumns() + QStringLiteral(" FROM journal ORDER BY seq")),
          actors(db, QStringLiteral("SELECT DISTINCT actor FROM journal WHERE actor <> '' ORDER BY actor"))
    {
    }
    Statement append;
    Statement head;
    Statement setHead;
    Statement actor;
    Statement reviewSuggestion;
    Statement exceptionSuggestion;
    Statement payload;
    Statement recent;
    Statement forCommand;
    Statement search;
    Statement all;
    Statement actors;
};

JournalStore::JournalStore(Database &db) : m_db(db), m(std::make_unique<Statements>(db)) {}
JournalStore::~JournalStore() = default;

void JournalStore::fillContext(JournalEntry &e)
{
    if (e.actor.isEmpty()) {
        if (m->actor.step())
            e.actor = m->actor.columnText(0);
        m->actor.reset();
    }
    if (e.suggestion.isEmpty() && !e.target.isEmpty()) {
        m->reviewSuggestion.bind(1, e.target);
        if (m->reviewSuggestion.step()) {
            QJsonArray flags;
            for (const QString &code : m->reviewSuggestion.columnText(0).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                flags.append(code);
            e.suggestion = compact({{QStringLiteral("flags"), flags},
                                    {QStringLiteral("confidence"), m->reviewSuggestion.columnDouble(1)}});
        }
        m->reviewSuggestion.reset();
        if (e.suggestion.isEmpty()) {
            m->exceptionSuggestion.bind(1, e.target);
            if (m->exceptionSuggestion.step())
                e.suggestion = compact({{QStringLiteral("proposal"), m->exceptionSuggestion.columnText(0)},
                                        {QStringLiteral("rationale"), m->exceptionSuggestion.columnText(1)}});
            m->exceptionSuggestion.reset();
        }
    }
    if (e.payload.isEmpty() && !e.commandId.isEmpty()) {
        m->payload.bind(1, e.commandId);
        if (m->payload.step())
            e.payload = m->payload.columnText(0);
        m->payload.reset();
    }
}

qint64 JournalStore::append(const JournalEntry &entry)
{
    // The head is read and written under the write lock, so two connections appending at once
    // cannot both link to the same predecessor.
    WriteScope scope(m_db);
    // Once per store: sealing happens at most once per cache, and openCache did it already.
    if (!m_sealChecked) {
        JournalChain::sealLegacyRows(m_db);
        m_sealChecked = true;
    }
    JournalEntry e = entry;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    fillContext(e);
    if (!m->head.step())
        m_db.raise(1, QStringLiteral("reading the journal's head"));
    e.seq = m->head.columnInt64(0) + 1;
    e.prevHash = text(m->head.columnText(1));
    m->head.reset();
    e.hash = JournalChain::hashOf(e);

    Statement &st = m->append;
    st.bind(1, e.seq);
    bindTime(st, 2, e.at);
    st.bind(3, e.event);
    // Empty strings are stored as NULL so the partial indexes stay small (the hash reads NULL as '').
    st.bind(4, e.commandId.isEmpty() ? QString() : e.commandId);
    st.bind(5, e.type.isEmpty() ? QString() : e.type);
    st.bind(6, e.target.isEmpty() ? QString() : e.target);
    st.bind(7, text(e.detail));
    st.bind(8, text(e.actor));
    st.bind(9, text(e.suggestion));
    st.bind(10, text(e.payload));
    st.bind(11, e.prevHash);
    st.bind(12, e.hash);
    st.run();
    m->setHead.bind(1, e.seq).bind(2, e.hash);
    m->setHead.run();
    scope.commit();
    return e.seq;
}

qint64 JournalStore::appendReveal(const QString &orderId, const QStringList &fields, const QString &reason,
                                  const QString &actor, const QDateTime &at)
{
    JournalEntry e;
    e.at = at;
    e.event = QLatin1String(kRevealEvent);
    e.target = orderId;
    e.actor = actor;
    e.detail = compact({{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                        {QStringLiteral("reason"), reason}});
    return append(e);
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

QList<JournalEntry> JournalStore::search(const JournalQuery &q)
{
    Statement &st = m->search;
    st.bind(1, text(q.text));
    st.bind(2, likePattern(q.text));
    st.bind(3, text(q.actor));
    st.bind(4, text(q.event));
    bindTime(st, 5, q.from);
    bindTime(st, 6, q.to);
    st.bind(7, q.limit);
    return collect(st);
}

QList<JournalEntry> JournalStore::all() { return collect(m->all); }

QStringList JournalStore::actors()
{
    QStringList out;
    while (m->actors.step())
        out << m->actors.columnText(0);
    m->actors.reset();
    return out;
}

} // namespace wk
