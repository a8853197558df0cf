#include "SyncStateStore.h"

#include "StoreSupport.h"

namespace wk {

using namespace storage;

struct SyncStateStore::Statements {
    explicit Statements(Database &db)
        : get(db, QStringLiteral("SELECT value FROM sync_state WHERE key = ?1")),
          set(db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value")),
          remove(db, QStringLiteral("DELETE FROM sync_state WHERE key = ?1"))
    {
    }
    Statement get;
    Statement set;
    Statement remove;
};

SyncStateStore::SyncStateStore(Database &db) : m(std::make_unique<Statements>(db)) {}
SyncStateStore::~SyncStateStore() = default;

std::optional<QString> SyncStateStore::value(const QString &key)
{
    m->get.bind(1, key);
    std::optional<QString> out;
    if (m->get.step())
        out = m->get.columnText(0);
    m->get.reset();
    return out;
}

void SyncStateStore::setValue(const QString &key, const QString &value)
{
    m->set.bind(1, key).bind(2, text(value));
    m->set.run();
}

void SyncStateStore::remove(const QString &key)
{
    m->remove.bind(1, key);
    m->remove.run();
}

QString SyncStateStore::cursor() { return value(cursorKey()).value_or(QString()); }

void SyncStateStore::setCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        remove(cursorKey());
    else
        setValue(cursorKey(), cursor);
}

QString SyncStateStore::clientId() { return value(clientIdKey()).value_or(QString()); }
void SyncStateStore::setClientId(const QString &clientId) { setValue(clientIdKey(), clientId); }

QDateTime SyncStateStore::lastPullAt()
{
    const auto v = value(lastPullAtKey());
    if (!v)
        return {};
    bool ok = false;
    const qint64 ms = v->toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

void SyncStateStore::setLastPullAt(const QDateTime &at)
{
    setValue(lastPullAtKey(), QString::number(at.toMSecsSinceEpoch()));
}

} // namespace wk
