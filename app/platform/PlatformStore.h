#pragma once
// The reference platform's own SQLite store (resources/sql/platform): the current wire JSON of every
// entity with its version, the change log the pull endpoint pages through, clients, the command
// idempotency table, leases and notes. Single-threaded: the server's thread owns it.
//
// Writes go through upsert()/remove() inside a wk::Transaction the caller holds, so an effect, its
// change-log rows and the stored command result commit together. As a GenerationSink it batches the
// generator's output: call beginBatch() before and commitBatch() after.
#include "generator/GenerationSink.h"
#include "storage/Database.h"
#include "sync/WireTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>

namespace wk {
class Statement;
class Transaction;
}

namespace wk::platform {

struct StoredEntity {
    EntityKind kind = EntityKind::ReviewItem;
    QString id;
    qint64 version = 0;
    bool deleted = false;
    QByteArray data;        // compact wire JSON; empty when deleted
    qint64 lastSeq = 0;

    QJsonObject object() const;
    Change toChange() const;
};

struct ChangeSlice {
    QList<StoredEntity> entities;   // in change-log order, each entity once
    qint64 lastSeq = 0;             // the cursor position after this slice
    bool hasMore = false;
};

class PlatformStore final : public GenerationSink
{
public:
    // Opens or creates the store and brings its schema up to date. Throws StorageError.
    explicit PlatformStore(const QString &path);
    ~PlatformStore() override;
    PlatformStore(const PlatformStore &) = delete;
    PlatformStore &operator=(const PlatformStore &) = delete;

    Database &database() { return m_db; }

    // A random id made when the store is created; a cursor of another generation is expired.
    QString generation() const { return m_generation; }
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

    // --- entities (write calls need an open transaction) ---
    std::optional<StoredEntity> find(EntityKind kind, const QString &id);
    // Stores `data` as the entity's next version (its "version" member is set); returns the version.
    qint64 upsert(EntityKind kind, const QString &id, QJsonObject data, const QString &actor = {},
                  bool leaseOnly = false);
    // Leaves a tombstone so that pulls report the delete; returns the tombstone's version.
    qint64 remove(EntityKind kind, const QString &id, const QString &actor = {});
    // True if a change after baseVersion was made by anyone but `supervisor`'s own lease changes.
    // Falls back to "any change" when that part of the log has been compacted away.
    bool changedSince(EntityKind kind, const QString &id, qint64 baseVersion, const QString &supervisor);

    // --- the change log ---
    ChangeSlice changesAfter(qint64 afterSeq, int limit);
    qint64 headSeq();
    // Cursors before this seq are expired (compacted log, dropped tombstones).
    qint64 horizon() const { return m_horizon; }
    // Keeps the last `keep` log rows; drops older rows and tombstones; raises the horizon.
    void compact(qint64 keep);
    qint64 entityCount();
    // Ids of live entities of `kind` whose wire JSON has `member` == value (e.g. an order's exceptions).
    QStringList idsWhere(EntityKind kind, const QString &member, const QString &value);

    // --- clients ---
    QString registerClient(const QString &supervisorId, const QString &name);
    std::optional<QString> clientSupervisor(const QString &clientId);
    qint64 lastCommandSeq(const QString &clientId);
    void noteCommandSeq(const QString &clientId, qint64 seq);

    // --- commands (idempotency) ---
    struct StoredCommand {
        QString contentHash;
        QByteArray result;       // CommandResult wire JSON
    };
    std::optional<StoredCommand> command(const QString &commandId);
    void storeCommand(const QString &commandId, const QString &clientId, const QString &supervisorId,
                      const Command &command, const QString &contentHash, const CommandResult &result);

    // --- leases ---
    struct Lease {
        QString supervisorId;
        qint64 expiresAtMs = 0;
    };
    std::optional<Lease> lease(const QString &itemId);
    void setLease(const QString &itemId, const QString &supervisorId, qint64 expiresAtMs);
    void clearLease(const QString &itemId);

    // --- notes and refunds ---
    void addNote(EntityKind kind, const QString &entityId, const QString &supervisorId,
                 const QString &label, const QString &text);
    int noteCount(EntityKind kind, const QString &entityId);
    qint64 refundedMinor(const QString &orderId);
    void addRefund(const QString &orderId, const Money &amount, const QString &reason, bool full,
                   const QString &supervisorId);

    // --- GenerationSink: between beginBatch() and commitBatch() everything is one transaction ---
    void beginBatch();
    void commitBatch();
    void abortBatch();   // rolls an unfinished batch back
    void supplier(const Supplier &) override;
    void supplierMetrics(const SupplierMetrics &) override;
    void product(const Product &) override;
    void reviewItem(const ReviewItem &) override;
    void order(const Order &) override;
    void shipmentEvent(const ShipmentEvent &) override;
    void orderException(const OrderException &) override;
    // How many entities the current batch wrote.
    qint64 batchCount() const { return m_batchCount; }

private:
    Statement &statement(const char *key, const char *sql);
    void sinkPut(EntityKind kind, const QString &id, const QJsonObject &data);
    qint64 appendLog(EntityKind kind, const QString &id, qint64 version, ChangeOp op,
                     const QString &actor, bool leaseOnly);

    Database m_db;
    QString m_generation;
    qint64 m_horizon = 0;
    std::map<const char *, std::unique_ptr<Statement>> m_statements;
    std::unique_ptr<Transaction> m_batch;
    qint64 m_batchCount = 0;
};

} // namespace wk::platform
