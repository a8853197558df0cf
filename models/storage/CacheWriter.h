#pragma once
// Applies pulled changes to the cache: the one place that knows which store holds which entity.
// The sync engine opens a Transaction, calls applyPage(), and commits (sync rule 1: a page and its
// cursor commit together). Never touches the outbox (sync rule 3).
#include "sync/WireTypes.h"

#include <QDateTime>
#include <memory>

namespace wk {

class Database;
class ReviewStore;
class ProductStore;
class SupplierStore;
class OrderStore;
class SyncStateStore;

struct ApplyStats {
    int upserted = 0;
    int deleted = 0;
    int stale = 0;     // older than what the cache holds: ignored
};

class CacheWriter
{
public:
    explicit CacheWriter(Database &db);
    ~CacheWriter();
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    // One change. Throws DecodeError if `data` is not a valid entity of its kind (decodeChange has
    // normally checked that already), StorageError on a storage failure.
    void apply(const Change &change, ApplyStats &stats);
    // Every change of the page, then its cursor and the time of this successful pull. Inside the
    // caller's Transaction.
    ApplyStats applyPage(const ChangesPage &page, const QDateTime &pulledAt);
    // While BulkLoad is active: the search index is left to BulkLoad::finish().
    void setBulkLoad(bool on);

    ReviewStore &reviews();
    ProductStore &products();
    SupplierStore &suppliers();
    OrderStore &orders();
    SyncStateStore &syncState();

private:
    struct Stores;
    Database &m_db;
    std::unique_ptr<Stores> m;
};

} // namespace wk
