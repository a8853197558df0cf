#include "Migrator.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>

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

namespace {
QString tr(const char *text) { return QCoreApplication::translate("wk::Migrator", text); }

// user_version counts migrations, so the files must be numbered 1..N without gaps or doubles: a
// missing 002 would otherwise silently shift every later migration by one version.
void checkNumbering(const QStringList &files)
{
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        const int underscore = int(name.indexOf(QLatin1Char('_')));
        bool ok = false;
        const int number = underscore > 0 ? name.left(underscore).toInt(&ok) : 0;
        if (!ok || number != i + 1) {
            throw StorageError(StorageError::Kind::Migration,
                               tr("The migration %1 should be numbered %2 (files are NNN_description.sql, "
                                  "numbered from 001 without gaps). This is a bug in this build of "
                                  "Watchkeeper.")
                                   .arg(files.at(i))
                                   .arg(i + 1));
        }
    }
}
} // namespace

void Migrator::migrate(Database &db) const
{
    const QStringList files = migrationFiles();
    checkNumbering(files);
    const int latest = int(files.size());

    // Reading the header is the first moment a damaged or foreign file can show itself. One
    // statement, so one snapshot: another console migrating this file right now must not make it
    // look half ours.
    int appId = 0;
    int version = 0;
    int tableCount = 0;
    {
        Statement st(db, QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                        "(SELECT user_version FROM pragma_user_version), "
                                        "(SELECT count(*) FROM sqlite_schema)"));
        st.step();
        appId = st.columnInt(0);
        version = st.columnInt(1);
        tableCount = st.columnInt(2);
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
    if (db.isReadOnly()) {
        if (version < latest) {
            throw StorageError(StorageError::Kind::Io,
                               tr("%1 needs an update to schema %2, but it is open read-only. Allow your "
                                  "user to write to it, or choose another file.")
                                   .arg(db.path())
                                   .arg(latest));
        }
        return;
    }
    // Only now that the file is known to be ours (or new) may its header change.
    db.enableWal();

    // A migration may rewrite a whole table in one statement (012 moves every review item's JSON out
    // of review_items): its statement journal holds every page the statement changes, and with the
    // connection's temp_store = MEMORY that is RAM (a cache of 200,000 items peaked at 407 MB, one
    // of a million at over 1 GB). On disk while migrating, as sqlite's temporary files.
    const bool migrating = version < latest;
    if (migrating)
        db.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    const auto backInMemory = qScopeGuard([&db, migrating] {
        if (!migrating)
            return;
        try {
            db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        } catch (const StorageError &e) {   // slower temporary tables, nothing worse
            qCWarning(lcMigrator) << "temp_store stays FILE:" << e.message();
        }
    });

    for (int next = version + 1; next <= latest; ++next) {
        const QString file = files.at(next - 1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Migration, tr("Cannot read the migration %1.").arg(file));
        const QString sql = QString::fromUtf8(f.readAll());
        try {
            Transaction tx(db);
            // Two consoles started at once on a new cache both read version 0 above; the second one
            // gets the write lock only after the first has committed, and must not run 001 again.
            if (db.userVersion() >= next)
                continue;
            db.exec(sql);
            if (next == 1)
                db.setApplicationId(m_spec.applicationId);
            db.setUserVersion(next);
            tx.commit();
            qCInfo(lcMigrator) << db.path() << "migrated to" << next << file;
        } catch (const StorageError &e) {
            // A full disk, a lock or a damaged file is not the migration's fault: keep what it is, so
            // the user reads the advice that fits.
            switch (e.kind()) {
            case StorageError::Kind::Io:
            case StorageError::Kind::Busy:
            case StorageError::Kind::Corrupt:
            case StorageError::Kind::Interrupted: throw;
            default: break;
            }
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
