#include "Migrator.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMigrator, "wk.storage.migrator")

static void initStorageResources()
{
    // The migrations live in a static library's resources; make sure they are registered.
    Q_INIT_RESOURCE(watchkeeper_sql);
}

namespace wk {

SchemaSpec cacheSchema()
{
    return {QStringLiteral(":/sql/cache"), 0x574B4331, QStringLiteral("Watchkeeper cache")};
}

SchemaSpec platformSchema()
{
    return {QStringLiteral(":/sql/platform"), 0x574B5031, QStringLiteral("Watchkeeper platform store")};
}

Migrator::Migrator(SchemaSpec spec) : m_spec(std::move(spec)) { initStorageResources(); }

QStringList Migrator::migrationFiles() const
{
    QDir dir(m_spec.resourceDir);
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f = dir.filePath(f);
    return files;
}

void Migrator::migrate(Database &db) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("wk::Migrator", text); };
    const QStringList files = migrationFiles();
    const int latest = int(files.size());

    // Reading the header is the first moment a damaged or foreign file can show itself.
    const int appId = db.applicationId();
    const int version = db.userVersion();
    int tableCount = 0;
    {
        Statement st(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        st.step();
        tableCount = st.columnInt(0);
    }

    const bool fresh = appId == 0 && version == 0 && tableCount == 0;
    if (!fresh && appId != m_spec.applicationId) {
        throw StorageError(StorageError::Kind::NotOurs,
                           tr("%1 is an SQLite database, but not a %2 file. Watchkeeper will not change it: "
                              "choose another file, or move this one away.")
                               .arg(db.path(), m_spec.description));
    }
    if (version > latest) {
        throw StorageError(StorageError::Kind::TooNew,
                           tr("%1 was written by a newer Watchkeeper (schema %2; this version knows up to %3). "
                              "Update Watchkeeper, or choose another file. The file was not changed.")
                               .arg(db.path())
                               .arg(version)
                               .arg(latest));
    }

    for (int next = version + 1; next <= latest; ++next) {
        const QString file = files.at(next - 1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Migration, tr("Cannot read the migration %1.").arg(file));
        const QString sql = QString::fromUtf8(f.readAll());
        try {
            Transaction tx(db);
            db.exec(sql);
            if (next == 1)
                db.setApplicationId(m_spec.applicationId);
            db.setUserVersion(next);
            tx.commit();
            qCInfo(lcMigrator) << db.path() << "migrated to" << next << file;
        } catch (const StorageError &e) {
            throw StorageError(StorageError::Kind::Migration,
                               tr("Updating %1 to schema %2 failed; the file was left as it was (schema %3). "
                                  "Detail: %4")
                                   .arg(db.path())
                                   .arg(next)
                                   .arg(next - 1)
                                   .arg(e.message()));
        }
    }
}

} // namespace wk
