#pragma once
// The append-only local journal (table journal): what happened to the supervisor's commands and to
// the cache, for the sync status panel and for support. The schema refuses updates and deletes.
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace wk {

class Database;

struct JournalEntry {
    qint64 seq = 0;
    QDateTime at;
    QString event;      // enqueued, undone, applied, duplicate, conflict, rejected, dismissed, resync, ...
    QString commandId;  // empty when the event is not about a command
    QString type;       // CommandType code
    QString target;
    QString detail;     // free text or JSON (a problem, an error)
};

class JournalStore
{
public:
    explicit JournalStore(Database &db);
    ~JournalStore();
    JournalStore(const JournalStore &) = delete;
    JournalStore &operator=(const JournalStore &) = delete;

    // Returns the entry's seq.
    qint64 append(const JournalEntry &entry);
    // The newest entries first.
    QList<JournalEntry> recent(int limit);
    // One command's history, oldest first.
    QList<JournalEntry> forCommand(const QString &commandId);

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m;
};

} // namespace wk
