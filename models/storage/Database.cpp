#include "Database.h"

#include "Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <sqlite3.h>

namespace wk {

StorageError::StorageError(Kind kind, QString message)
    : std::runtime_error(message.toStdString()), m_kind(kind), m_message(std::move(message))
{
}

namespace {
StorageError::Kind kindFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return StorageError::Kind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StorageError::Kind::Busy;
    case SQLITE_CONSTRAINT: return StorageError::Kind::Constraint;
    case SQLITE_INTERRUPT: return StorageError::Kind::Interrupted;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM: return StorageError::Kind::Io;
    default: return StorageError::Kind::Other;
    }
}

// While another connection holds the write lock. sqlite's own handler (sqlite3_busy_timeout) backs
// off to sleeping 100 ms at a time, so a writer that waits while the sync engine builds a first
// sync's indexes (one long transaction after another, the lock free only for a moment between
// them) would sleep through those moments. An even 5 ms step finds them
// (SyncEngine::kLetWritersInMs). `timeoutMs` is the busy timeout, carried in the pointer.
int waitForTheLock(void *timeoutMs, int count)
{
    constexpr int kStepMs = 5;
    if (qint64(count) * kStepMs >= qint64(reinterpret_cast<qintptr>(timeoutMs)))
        return 0;
    QThread::msleep(kStepMs);
    return 1;
}
} // namespace

Database::Database(const QString &path, Mode mode, int busyTimeoutMs)
    : m_path(path), m_busyTimeoutMs(busyTimeoutMs)
{
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                    : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        throw StorageError(kindFor(rc),
                           QCoreApplication::translate("wk::Database",
                                                       "Cannot open the cache file %1: %2. Check that the "
                                                       "folder exists and that you may write to it.")
                               .arg(path, detail));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_handler(m_db, waitForTheLock, reinterpret_cast<void *>(qintptr(busyTimeoutMs)));
    // Until the constructor returns, the destructor will not run: close the handle on any failure,
    // or the file stays open (and locked) for the life of the process.
    try {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // sqlite's default page cache is 2 MB: a pulled page of thousands of items spills dirty pages
        // to disk mid-transaction, and every desk query over the cache rereads it through the OS. The
        // memory is only taken as pages are used. (No mmap: a file truncated under us would SIGBUS.)
        exec(QStringLiteral("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"));
        // The first read of the header is where a file that is not a database shows itself.
        exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (mode == Mode::ReadWrite && isReadOnly()) {
            // sqlite silently falls back to read-only when the file is write-protected; the first
            // write would then fail with a less helpful message, long after opening.
            throw StorageError(StorageError::Kind::Io,
                               QCoreApplication::translate("wk::Database",
                                                           "The file %1 is read-only. Allow your user to "
                                                           "write to it (and to its folder), or choose "
                                                           "another file.")
                                   .arg(path));
        }
    } catch (...) {
        close();
        throw;
    }
}

void Database::enableWal()
{
    // Switching needs an exclusive lock, and sqlite does not wait for it through the busy handler
    // (it would risk a deadlock): two consoles opening a new cache at once would see "locked". Wait
    // here instead, as long as the busy timeout.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            break;
        } catch (const StorageError &e) {
            if (e.kind() != StorageError::Kind::Busy || waited.elapsed() >= m_busyTimeoutMs)
                throw;
            QThread::msleep(10);
        }
    }
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

bool Database::inTransaction() const { return m_db && sqlite3_get_autocommit(m_db) == 0; }

bool Database::isReadOnly() const { return sqlite3_db_readonly(m_db, "main") == 1; }

Database::~Database() { close(); }

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_busyTimeoutMs(other.m_busyTimeoutMs)
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_busyTimeoutMs = other.m_busyTimeoutMs;
    }
    return *this;
}

void Database::close() noexcept
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::raise(int rc, const QString &what) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const auto kind = kindFor(rc);
    QString message;
    switch (kind) {
    case StorageError::Kind::Corrupt:
        message = QCoreApplication::translate("wk::Database",
                      "The cache file %1 is damaged or is not a database (%2). Move it aside and "
                      "start again: Watchkeeper will build a new cache from the platform.")
                      .arg(m_path, detail);
        break;
    case StorageError::Kind::Busy:
        message = QCoreApplication::translate("wk::Database",
                      "The cache file %1 is locked by another program (%2). Close the other "
                      "Watchkeeper window and try again.")
                      .arg(m_path, detail);
        break;
    case StorageError::Kind::Interrupted:
        message = QCoreApplication::translate("wk::Database", "The query on %1 was cancelled.").arg(m_path);
        break;
    case StorageError::Kind::Io:
        message = QCoreApplication::translate("wk::Database",
                      "Cannot read or write the cache file %1 (%2). Check the free disk space and "
                      "the file's permissions.")
                      .arg(m_path, detail);
        break;
    default:
        message = QCoreApplication::translate("wk::Database", "%1 failed on %2: %3")
                      .arg(what, m_path, detail);
    }
    throw StorageError(kind, message);
}

void Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        raise(rc, sql.left(60));
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

int Database::userVersion()
{
    Statement st(*this, QStringLiteral("PRAGMA user_version"));
    st.step();
    return st.columnInt(0);
}

void Database::setUserVersion(int version)
{
    exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

int Database::applicationId()
{
    Statement st(*this, QStringLiteral("PRAGMA application_id"));
    st.step();
    return st.columnInt(0);
}

void Database::setApplicationId(int id) { exec(QStringLiteral("PRAGMA application_id = %1").arg(id)); }

QString Database::integrityCheck()
{
    Statement st(*this, QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (st.step())
        lines << st.columnText(0);
    return lines.join(QLatin1Char('\n'));
}

void Database::interrupt()
{
    // sqlite3_interrupt(nullptr) is undefined (no API armour in distribution builds): a moved-from or
    // closed Database has nothing to interrupt.
    if (m_db)
        sqlite3_interrupt(m_db);
}

void Database::backupTo(const QString &targetPath)
{
    Database target(targetPath);
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", m_db, "main");
    if (!backup)
        target.raise(sqlite3_errcode(target.handle()), QStringLiteral("backup"));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        target.raise(rc, QStringLiteral("backup"));
}

} // namespace wk
