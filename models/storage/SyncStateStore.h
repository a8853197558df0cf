#pragma once
// Small facts about the sync (table sync_state): the pull cursor, this console's client id, when
// the last pull succeeded. The cursor is written in the same transaction as the page it ends
// (sync rule 1): the caller owns that Transaction.
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace wk {

class Database;

class SyncStateStore
{
public:
    // Well-known keys.
    static QString cursorKey() { return QStringLiteral("cursor"); }
    static QString clientIdKey() { return QStringLiteral("client_id"); }
    static QString lastPullAtKey() { return QStringLiteral("last_pull_at"); }
    static QString serverUrlKey() { return QStringLiteral("server_url"); }

    explicit SyncStateStore(Database &db);
    ~SyncStateStore();
    SyncStateStore(const SyncStateStore &) = delete;
    SyncStateStore &operator=(const SyncStateStore &) = delete;

    std::optional<QString> value(const QString &key);
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key);

    // Empty: pull from the start.
    QString cursor();
    // An empty cursor removes it.
    void setCursor(const QString &cursor);
    // Empty until the console has registered with POST /v1/clients.
    QString clientId();
    void setClientId(const QString &clientId);
    // Invalid if never.
    QDateTime lastPullAt();
    void setLastPullAt(const QDateTime &at);

private:
    struct Statements;
    std::unique_ptr<Statements> m;
};

} // namespace wk
