#include "CacheDatabase.h"

#include "BulkLoad.h"
#include "JournalChain.h"
#include "JournalStore.h"
#include "Statement.h"
#include "StoreSupport.h"
#include "SyncStateStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>

Q_LOGGING_CATEGORY(lcCache, "wk.storage.cache")

namespace wk {

namespace {
StorageError damaged(const QString &path, const QString &detail)
{
    return StorageError(StorageError::Kind::Corrupt,
                        QCoreApplication::translate("wk::Database",
                                                    "The cache file %1 is damaged or is not a database "
                                                    "(%2). Move it aside and start again: Watchkeeper will "
                                                    "build a new cache from the platform.")
                            .arg(path, detail));
}

Database openChecked(const QString &path, const SchemaSpec &schema, const CacheOpenOptions &options,
                     const std::function<void(Database &, const Migrator &)> &beforeMigrating)
{
    Database db(path, Database::Mode::ReadWrite, options.busyTimeoutMs);
    Migrator migrator(schema);
    if (options.verify) {
        // Before migrating: a damaged file must not be written to. quick_check reports most damage as
        // rows of text; some makes it fail outright (Corrupt from Database::raise).
        Statement st(db, QStringLiteral("PRAGMA quick_check"));
        QStringList problems;
        while (st.step() && problems.size() < 3)
            problems << st.columnText(0);
        if (problems != QStringList{QStringLiteral("ok")}) {
            qCWarning(lcCache) << path << "failed quick_check:" << problems;
            throw damaged(path, problems.join(QStringLiteral("; ")));
        }
    }
    if (beforeMigrating)
        beforeMigrating(db, migrator);
    migrator.migrate(db);
    return db;
}
} // namespace

Database openMigrated(const QString &path, const SchemaSpec &schema, const CacheOpenOptions &options)
{
    return openChecked(path, schema, options, {});
}

Database openCache(const QString &path, const CacheOpenOptions &options)
{
    Database db = openChecked(path, cacheSchema(), options, [](Database &opened, const Migrator &migrator) {
        // A first sync that stopped in bulk mode left indexes out; a migration may refer to them.
        const int version = opened.userVersion();
        if (opened.isReadOnly() || opened.applicationId() != cacheSchema().applicationId || version == 0
            || version >= migrator.latestVersion())
            return;
        Transaction tx(opened);
        BulkLoad::finish(opened);
        tx.commit();
    });
    // Journal rows from before schema 6 get their hash chain on the first read-write open (SQLite
    // cannot hash inside the migration). Once per cache; afterwards a cheap read of journal_head.
    if (!db.isReadOnly())
        JournalChain::sealLegacyRows(db);
    return db;
}

void clearServerRows(Database &db)
{
    storage::assertInTransaction(db, "clearServerRows");
    // The search index is external-content: emptied with its own command (see 001_initial.sql).
    db.exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('delete-all'); "
                           "DELETE FROM review_item_data; DELETE FROM review_items; DELETE FROM products; "
                           "DELETE FROM suppliers; "
                           "DELETE FROM supplier_metrics; DELETE FROM orders; DELETE FROM shipment_events; "
                           "DELETE FROM order_exceptions;"));
    SyncStateStore(db).setCursor({});
    JournalStore(db).append({0, QDateTime::currentDateTimeUtc(), QStringLiteral("resync"), {}, {}, {},
                             QStringLiteral("the server's change log no longer reaches our cursor")});
}

} // namespace wk
