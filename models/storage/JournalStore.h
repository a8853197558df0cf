#pragma once
// The append-only local journal (table journal): every decision and command outcome, conflict
// resolution and personal-data reveal, who did it, when, and the AI's suggestion beside it. The
// schema refuses updates and deletes; each row is hash-chained to the one before (JournalChain.h),
// so an edited, deleted or reordered row is detected by `watchkeeper journal verify`.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace wk {

class Database;
class Statement;

struct JournalEntry {
    JournalEntry() = default;
    // The form the stores have always written ({0, at, event, commandId, type, target, detail}).
    JournalEntry(qint64 seq_, QDateTime at_, QString event_, QString commandId_, QString type_, QString target_,
                 QString detail_)
        : seq(seq_), at(std::move(at_)), event(std::move(event_)), commandId(std::move(commandId_)),
          type(std::move(type_)), target(std::move(target_)), detail(std::move(detail_))
    {
    }

    qint64 seq = 0;
    QDateTime at;
    QString event;      // enqueued, undone, applied, duplicate, conflict, rejected, dismissed, resync,
                        // reveal (JournalStore::kRevealEvent), registered, client_forgotten, ...
    QString commandId;  // empty when the event is not about a command
    QString type;       // CommandType code
    QString target;
    QString detail;     // free text or JSON (a problem, an error)
    // Filled by append() when left empty: the supervisor remembered in the cache (sync_state), the
    // AI's suggestion for the target (JSON: {"flags":[..],"confidence":x} for a review item,
    // {"proposal":"order.reship","rationale":".."} for an exception or its order) and, for a queued
    // command, its payload from the outbox.
    QString actor;
    QString suggestion;
    QString payload;
    // Set by the store (read back only).
    QString prevHash;
    QString hash;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

// What the Journal view searches for; empty fields do not filter.
struct JournalQuery {
    QString text;       // substring of event, type, target, detail, actor, suggestion or payload
    QString actor;
    QString event;
    QDateTime from, to; // [from, to)
    int limit = 5000;
};

class JournalStore
{
public:
    // A personal-data reveal: the Fulfilment desk writes one whenever a supervisor unmasks an
    // order's customer data (event "reveal", target the order id, detail {"fields":[..],"reason":..}).
    static constexpr const char *kRevealEvent = "reveal";

    explicit JournalStore(Database &db);
    ~JournalStore();
    JournalStore(const JournalStore &) = delete;
    JournalStore &operator=(const JournalStore &) = delete;

    // Appends one chained row (joins the caller's transaction, or runs in its own). Returns its seq.
    qint64 append(const JournalEntry &entry);
    // Records that `actor` (empty: the remembered supervisor) revealed `fields` (e.g. "customer_name",
    // "customer_email") of order `orderId`, giving `reason`. Returns the seq.
    qint64 appendReveal(const QString &orderId, const QStringList &fields, const QString &reason,
                        const QString &actor = {}, const QDateTime &at = {});

    // The newest entries first.
    QList<JournalEntry> recent(int limit);
    // One command's history, oldest first.
    QList<JournalEntry> forCommand(const QString &commandId);
    // The newest entries matching `query` first.
    QList<JournalEntry> search(const JournalQuery &query);
    // Every entry, oldest first (export).
    QList<JournalEntry> all();
    // The distinct actors, for the view's filter.
    QStringList actors();

    // The journal's row layout, shared with JournalChain's walk: "SELECT " + rowColumns() ... read
    // back with entryAt().
    static const QString &rowColumns();
    static JournalEntry entryAt(const Statement &st);

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m;
    bool m_sealChecked = false;
    void fillContext(JournalEntry &entry);
};

} // namespace wk
