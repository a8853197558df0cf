#pragma once
// Versioned schema migrations from Qt resources, tracked in PRAGMA user_version.
//
// A schema is a resource folder of files named NNN_description.sql, applied in order. Each
// migration and its new user_version commit in one transaction, so a failing migration leaves
// the file exactly as it was. PRAGMA application_id marks the file as ours.
#include <QString>
#include <QStringList>

namespace wk {

class Database;

struct SchemaSpec {
    QString resourceDir;   // e.g. ":/sql/cache"
    int applicationId;     // e.g. 0x574B4331 ("WKC1")
    QString description;   // "Watchkeeper cache", for messages
};

class Migrator
{
public:
    explicit Migrator(SchemaSpec spec);

    // The migrations found in the resource folder, in order.
    QStringList migrationFiles() const;
    int latestVersion() const { return int(migrationFiles().size()); }

    // Brings db to the latest version. Throws StorageError (NotOurs, TooNew, Corrupt, Migration).
    void migrate(Database &db) const;

private:
    SchemaSpec m_spec;
};

// The console's cache and the reference platform's store.
SchemaSpec cacheSchema();
SchemaSpec platformSchema();

} // namespace wk
