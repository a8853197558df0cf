#pragma once
// Opening the console's cache: one call that opens the file, checks it is ours and sound, and brings
// it to the latest schema, or throws a StorageError whose message tells the supervisor what to do.
#include "Database.h"
#include "Migrator.h"

namespace wk {

struct CacheOpenOptions {
    // PRAGMA quick_check on open: finds a damaged page before a desk trips over it. Costs one read
    // of the file (see tests/bench/bench_storage for the figure).
    bool verify = true;
    int busyTimeoutMs = 5000;
};

// Throws StorageError: Io (cannot open, read-only), Corrupt (damaged, not a database), NotOurs,
// TooNew, Migration, Busy. The file's bytes are unchanged in every case but a successful migration.
Database openCache(const QString &path, const CacheOpenOptions &options = {});
// The same with any schema (the platform store, tests).
Database openMigrated(const QString &path, const SchemaSpec &schema, const CacheOpenOptions &options = {});

// After 410 Gone (cursor expired): forgets every server row and the cursor, so the next pull starts
// from scratch. Keeps the outbox, the journal, the client id and the downloaded media (sync rules
// 2 and 3). Inside the caller's Transaction.
void clearServerRows(Database &db);

} // namespace wk
