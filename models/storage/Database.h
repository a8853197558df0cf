#pragma once
// RAII over the SQLite C API (DESIGN.md: not QtSql — it caches rows as QVariants and cannot interrupt).
// One Database per thread; every failure is reported as a StorageError naming the file.
#include <QString>
#include <memory>
#include <stdexcept>

struct sqlite3;

namespace wk {

class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        Io,            // cannot open / read / write the file
        Corrupt,       // not a database, or damaged
        NotOurs,       // a valid SQLite file that some other program made
        TooNew,        // written by a newer Watchkeeper
        Migration,     // a migration failed; the file was left as it was
        Busy,          // locked by another process for longer than the busy timeout
        Constraint,    // a constraint was violated
        Interrupted,   // cancelled through Database::interrupt()
        Other
    };
    StorageError(Kind kind, QString message);
    Kind kind() const { return m_kind; }
    // A sentence a supervisor can act on (names the file and what to do).
    const QString &message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating if needed in ReadWrite mode) with a busy timeout and foreign keys on, and reads
    // the header. Throws StorageError if the file cannot be opened, is not a database, or is
    // read-only although ReadWrite was asked for. WAL is not switched on here: that rewrites the
    // header, and a file that turns out to belong to another program must stay untouched; see
    // enableWal() (Migrator::migrate calls it once the file is known to be ours).
    explicit Database(const QString &path, Mode mode = Mode::ReadWrite, int busyTimeoutMs = 5000);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&) noexcept;
    Database &operator=(Database &&) noexcept;

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Runs one or more statements with no results (schema, pragmas). Throws StorageError.
    void exec(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;

    // Switches to WAL with synchronous=NORMAL: durable across application crashes; only an OS
    // crash can lose the last transactions, never corrupt the file.
    void enableWal();
    // True inside BEGIN ... COMMIT (stores that need their caller's transaction assert this).
    bool inTransaction() const;
    bool isReadOnly() const;

    int userVersion();
    void setUserVersion(int version);
    int applicationId();
    void setApplicationId(int id);

    // "ok" or the problems sqlite's integrity_check reports.
    QString integrityCheck();

    // Makes a running query on this connection fail with Interrupted; safe from any thread.
    void interrupt();

    // Copies the whole database into another file with the online backup API.
    void backupTo(const QString &targetPath);

    // Builds a StorageError from sqlite's last error on this connection.
    [[noreturn]] void raise(int rc, const QString &what) const;

private:
    void close() noexcept;
    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_busyTimeoutMs = 5000;
};

} // namespace wk
