#include "PlatformStore.h"

#include "storage/Migrator.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/Codecs.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPlatformStore, "wk.platform.store")

namespace wk::platform {

namespace {
qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
QByteArray compactJson(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
} // namespace

QJsonObject StoredEntity::object() const
{
    return deleted ? QJsonObject() : QJsonDocument::fromJson(data).object();
}

Change StoredEntity::toChange() const
{
    Change c;
    c.entity = kind;
    c.op = deleted ? ChangeOp::Delete : ChangeOp::Upsert;
    c.id = id;
    c.version = version;
    c.dataText = deleted ? QByteArray() : data;
    return c;
}

PlatformStore::PlatformStore(const QString &path) : m_db(path)
{
    // A server store is rebuilt from the seed if lost: trade durability of the last commits for speed.
    m_db.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    Migrator(platformSchema()).migrate(m_db);
    m_generation = meta(QStringLiteral("generation"));
    if (m_generation.isEmpty()) {
        m_generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setMeta(QStringLiteral("generation"), m_generation);
    }
    m_horizon = meta(QStringLiteral("horizon")).toLongLong();
}

PlatformStore::~PlatformStore()
{
    m_batch.reset();        // rolls back an unfinished batch before the statements go
    m_statements.clear();   // statements before the connection
}

Statement &PlatformStore::statement(const char *key, const char *sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.emplace(key, std::make_unique<Statement>(m_db, QString::fromUtf8(sql))).first;
    it->second->reset();
    return *it->second;
}

QString PlatformStore::meta(const QString &key) const
{
    Statement st(const_cast<Database &>(m_db), QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    st.bind(1, key);
    return st.step() ? st.columnText(0) : QString();
}

void PlatformStore::setMeta(const QString &key, const QString &value)
{
    auto &st = statement("setMeta", "INSERT INTO meta(key, value) VALUES(?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value).run();
}

std::optional<StoredEntity> PlatformStore::find(EntityKind kind, const QString &id)
{
    auto &st = statement("find", "SELECT version, deleted, data, last_seq FROM entities WHERE kind = ? AND id = ?");
    st.bind(1, int(kind)).bind(2, id);
    if (!st.step())
        return std::nullopt;
    StoredEntity e{kind, id, st.columnInt64(0), st.columnInt(1) != 0, st.columnBlob(2), st.columnInt64(3)};
    st.reset();
    return e;
}

qint64 PlatformStore::appendLog(EntityKind kind, const QString &id, qint64 version, ChangeOp op,
                                const QString &actor, bool leaseOnly)
{
    auto &st = statement("log", "INSERT INTO change_log(kind, id, version, op, actor, lease_only) "
                                "VALUES(?, ?, ?, ?, ?, ?)");
    st.bind(1, int(kind)).bind(2, id).bind(3, version).bind(4, int(op)).bind(5, actor.isNull() ? QStringLiteral("") : actor)
        .bind(6, leaseOnly).run();
    return m_db.lastInsertRowId();
}

qint64 PlatformStore::upsert(EntityKind kind, const QString &id, QJsonObject data, const QString &actor,
                             bool leaseOnly)
{
    // Only the version: the stored JSON of the old state is not needed here.
    auto &current = statement("version", "SELECT version FROM entities WHERE kind = ? AND id = ?");
    current.bind(1, int(kind)).bind(2, id);
    const qint64 version = current.step() ? current.columnInt64(0) + 1 : 1;
    current.reset();
    data.insert(QStringLiteral("version"), version);
    const qint64 seq = appendLog(kind, id, version, ChangeOp::Upsert, actor, leaseOnly);
    auto &st = statement("upsert", "INSERT INTO entities(kind, id, version, deleted, data, last_seq) "
                                   "VALUES(?, ?, ?, 0, ?, ?) ON CONFLICT(kind, id) DO UPDATE SET "
                                   "version = excluded.version, deleted = 0, data = excluded.data, "
                                   "last_seq = excluded.last_seq");
    st.bind(1, int(kind)).bind(2, id).bind(3, version).bind(4, compactJson(data)).bind(5, seq).run();
    return version;
}

qint64 PlatformStore::remove(EntityKind kind, const QString &id, const QString &actor)
{
    const auto existing = find(kind, id);
    if (!existing || existing->deleted)
        return existing ? existing->version : 0;
    const qint64 version = existing->version + 1;
    const qint64 seq = appendLog(kind, id, version, ChangeOp::Delete, actor, false);
    auto &st = statement("remove", "UPDATE entities SET version = ?, deleted = 1, data = NULL, last_seq = ? "
                                   "WHERE kind = ? AND id = ?");
    st.bind(1, version).bind(2, seq).bind(3, int(kind)).bind(4, id).run();
    return version;
}

bool PlatformStore::changedSince(EntityKind kind, const QString &id, qint64 baseVersion,
                                 const QString &supervisor)
{
    const auto current = find(kind, id);
    if (!current || current->version == baseVersion)
        return false;
    if (baseVersion > current->version)
        return true;
    // Every version after baseVersion must still be in the log to tell whose changes they were.
    auto &count = statement("logCount", "SELECT count(*) FROM change_log WHERE kind = ? AND id = ? AND version > ?");
    count.bind(1, int(kind)).bind(2, id).bind(3, baseVersion);
    count.step();
    const qint64 logged = count.columnInt64(0);
    count.reset();
    if (logged < current->version - baseVersion)
        return true;
    auto &st = statement("foreign", "SELECT count(*) FROM change_log WHERE kind = ? AND id = ? AND version > ? "
                                    "AND NOT (actor = ? AND lease_only = 1)");
    st.bind(1, int(kind)).bind(2, id).bind(3, baseVersion).bind(4, supervisor);
    st.step();
    const bool foreign = st.columnInt64(0) > 0;
    st.reset();
    return foreign;
}

ChangeSlice PlatformStore::changesAfter(qint64 afterSeq, int limit)
{
    ChangeSlice slice;
    slice.lastSeq = afterSeq;
    // One more row than asked tells whether there is more.
    auto &st = statement("changes", "SELECT kind, id, version, deleted, data, last_seq FROM entities "
                                    "WHERE last_seq > ? ORDER BY last_seq LIMIT ?");
    st.bind(1, afterSeq).bind(2, limit + 1);
    while (st.step()) {
        if (slice.entities.size() == limit) {
            slice.hasMore = true;
            break;
        }
        StoredEntity e{EntityKind(st.columnInt(0)), st.columnText(1), st.columnInt64(2), st.columnInt(3) != 0,
                       st.columnBlob(4), st.columnInt64(5)};
        slice.lastSeq = e.lastSeq;
        slice.entities.append(std::move(e));
    }
    st.reset();
    return slice;
}

qint64 PlatformStore::headSeq()
{
    auto &st = statement("head", "SELECT coalesce(max(seq), 0) FROM change_log");
    st.step();
    const qint64 head = std::max(st.columnInt64(0), m_horizon);
    st.reset();
    return head;
}

void PlatformStore::compact(qint64 keep)
{
    const qint64 head = headSeq();
    const qint64 newHorizon = std::max<qint64>(0, head - keep);
    if (newHorizon <= m_horizon)
        return;
    Transaction tx(m_db);
    statement("compactLog", "DELETE FROM change_log WHERE seq <= ?").bind(1, newHorizon).run();
    // Through the last_seq index: only the slice between the old and the new horizon is visited.
    statement("compactTomb", "DELETE FROM entities WHERE last_seq > ? AND last_seq <= ? AND deleted = 1")
        .bind(1, m_horizon).bind(2, newHorizon).run();
    m_horizon = newHorizon;
    setMeta(QStringLiteral("horizon"), QString::number(m_horizon));
    tx.commit();
    qCInfo(lcPlatformStore) << "compacted the change log: cursors before seq" << m_horizon << "are expired";
}

qint64 PlatformStore::entityCount()
{
    auto &st = statement("entityCount", "SELECT count(*) FROM entities WHERE deleted = 0");
    st.step();
    const qint64 n = st.columnInt64(0);
    st.reset();
    return n;
}

QStringList PlatformStore::idsWhere(EntityKind kind, const QString &member, const QString &value)
{
    auto &st = statement("idsWhere", "SELECT id FROM entities WHERE kind = ? AND deleted = 0 "
                                     "AND json_extract(data, '$.' || ?) = ?");
    st.bind(1, int(kind)).bind(2, member).bind(3, value);
    QStringList ids;
    while (st.step())
        ids << st.columnText(0);
    st.reset();
    return ids;
}

QString PlatformStore::registerClient(const QString &supervisorId, const QString &name)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto &st = statement("client", "INSERT INTO clients(client_id, supervisor_id, name, created_at_ms) VALUES(?, ?, ?, ?)");
    st.bind(1, id).bind(2, supervisorId).bind(3, name.isNull() ? QStringLiteral("") : name).bind(4, nowMs()).run();
    return id;
}

std::optional<QString> PlatformStore::clientSupervisor(const QString &clientId)
{
    auto &st = statement("clientSup", "SELECT supervisor_id FROM clients WHERE client_id = ?");
    st.bind(1, clientId);
    if (!st.step())
        return std::nullopt;
    QString s = st.columnText(0);
    st.reset();
    return s;
}

qint64 PlatformStore::lastCommandSeq(const QString &clientId)
{
    auto &st = statement("clientSeq", "SELECT last_command_seq FROM clients WHERE client_id = ?");
    st.bind(1, clientId);
    const qint64 seq = st.step() ? st.columnInt64(0) : 0;
    st.reset();
    return seq;
}

void PlatformStore::noteCommandSeq(const QString &clientId, qint64 seq)
{
    statement("clientSeqSet", "UPDATE clients SET last_command_seq = max(last_command_seq, ?) WHERE client_id = ?")
        .bind(1, seq).bind(2, clientId).run();
}

std::optional<PlatformStore::StoredCommand> PlatformStore::command(const QString &commandId)
{
    auto &st = statement("command", "SELECT content_hash, result FROM commands WHERE command_id = ?");
    st.bind(1, commandId);
    if (!st.step())
        return std::nullopt;
    StoredCommand c{st.columnText(0), st.columnBlob(1)};
    st.reset();
    return c;
}

void PlatformStore::storeCommand(const QString &commandId, const QString &clientId, const QString &supervisorId,
                                 const Command &command, const QString &contentHash, const CommandResult &result)
{
    auto &st = statement("storeCommand", "INSERT INTO commands(command_id, client_id, supervisor_id, type, target, "
                                         "content_hash, outcome, result, at_ms) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, commandId).bind(2, clientId).bind(3, supervisorId).bind(4, toCode(command.type))
        .bind(5, command.target).bind(6, contentHash).bind(7, toCode(result.outcome))
        .bind(8, compactJson(codec::encode(result))).bind(9, nowMs()).run();
}

std::optional<PlatformStore::Lease> PlatformStore::lease(const QString &itemId)
{
    auto &st = statement("lease", "SELECT supervisor_id, expires_at_ms FROM leases WHERE item_id = ?");
    st.bind(1, itemId);
    if (!st.step())
        return std::nullopt;
    Lease l{st.columnText(0), st.columnInt64(1)};
    st.reset();
    return l;
}

void PlatformStore::setLease(const QString &itemId, const QString &supervisorId, qint64 expiresAtMs)
{
    statement("setLease", "INSERT INTO leases(item_id, supervisor_id, expires_at_ms) VALUES(?, ?, ?) "
                          "ON CONFLICT(item_id) DO UPDATE SET supervisor_id = excluded.supervisor_id, "
                          "expires_at_ms = excluded.expires_at_ms")
        .bind(1, itemId).bind(2, supervisorId).bind(3, expiresAtMs).run();
}

void PlatformStore::clearLease(const QString &itemId)
{
    statement("clearLease", "DELETE FROM leases WHERE item_id = ?").bind(1, itemId).run();
}

void PlatformStore::addNote(EntityKind kind, const QString &entityId, const QString &supervisorId,
                            const QString &label, const QString &text)
{
    statement("note", "INSERT INTO notes(kind, entity_id, supervisor_id, label, text, at_ms) VALUES(?, ?, ?, ?, ?, ?)")
        .bind(1, int(kind)).bind(2, entityId).bind(3, supervisorId).bind(4, label)
        .bind(5, text.isNull() ? QStringLiteral("") : text).bind(6, nowMs()).run();
}

int PlatformStore::noteCount(EntityKind kind, const QString &entityId)
{
    auto &st = statement("noteCount", "SELECT count(*) FROM notes WHERE kind = ? AND entity_id = ?");
    st.bind(1, int(kind)).bind(2, entityId);
    st.step();
    const int n = st.columnInt(0);
    st.reset();
    return n;
}

qint64 PlatformStore::refundedMinor(const QString &orderId)
{
    auto &st = statement("refunded", "SELECT coalesce(sum(amount_minor), 0) FROM refunds WHERE order_id = ?");
    st.bind(1, orderId);
    st.step();
    const qint64 n = st.columnInt64(0);
    st.reset();
    return n;
}

void PlatformStore::addRefund(const QString &orderId, const Money &amount, const QString &reason, bool full,
                              const QString &supervisorId)
{
    statement("refund", "INSERT INTO refunds(order_id, amount_minor, currency, reason, full_refund, supervisor_id, "
                        "at_ms) VALUES(?, ?, ?, ?, ?, ?, ?)")
        .bind(1, orderId).bind(2, amount.minorUnits()).bind(3, amount.currency())
        .bind(4, reason.isNull() ? QStringLiteral("") : reason).bind(5, full).bind(6, supervisorId)
        .bind(7, nowMs()).run();
}

void PlatformStore::beginBatch()
{
    Q_ASSERT(!m_batch);
    m_batch = std::make_unique<Transaction>(m_db);
    m_batchCount = 0;
}

void PlatformStore::commitBatch()
{
    Q_ASSERT(m_batch);
    m_batch->commit();
    m_batch.reset();
}

void PlatformStore::abortBatch() { m_batch.reset(); }

void PlatformStore::sinkPut(EntityKind kind, const QString &id, const QJsonObject &data)
{
    upsert(kind, id, data);
    ++m_batchCount;
}

void PlatformStore::supplier(const Supplier &e) { sinkPut(EntityKind::Supplier, e.id, codec::encode(e)); }
void PlatformStore::supplierMetrics(const SupplierMetrics &e)
{
    sinkPut(EntityKind::SupplierMetrics, e.id, codec::encode(e));
}
void PlatformStore::product(const Product &e) { sinkPut(EntityKind::Product, e.id, codec::encode(e)); }
void PlatformStore::reviewItem(const ReviewItem &e) { sinkPut(EntityKind::ReviewItem, e.id, codec::encode(e)); }
void PlatformStore::order(const Order &e) { sinkPut(EntityKind::Order, e.id, codec::encode(e)); }
void PlatformStore::shipmentEvent(const ShipmentEvent &e)
{
    sinkPut(EntityKind::ShipmentEvent, e.id, codec::encode(e));
}
void PlatformStore::orderException(const OrderException &e)
{
    sinkPut(EntityKind::OrderException, e.id, codec::encode(e));
}

} // namespace wk::platform
