#pragma once
// A prepared statement: typed binds (1-based, as SQLite), step, typed columns (0-based).
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

struct sqlite3_stmt;

namespace wk {

class Database;

class Statement
{
public:
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&) noexcept;
    Statement &operator=(Statement &&) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);    // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // a blob; a null array binds NULL
    Statement &bindText(int index, const QByteArray &utf8); // text already in UTF-8; null binds NULL
    Statement &bind(int index, const char *) = delete;   // say QStringLiteral: no silent conversions
    Statement &bindNull(int index);
    // UTF-8 text bound without a copy: the bytes must stay valid until the statement is reset
    // (run() resets it) or destroyed. For loops that write many rows from one buffer.
    Statement &bindStatic(int index, QByteArrayView utf8);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // True while there is a row; false when done. Throws StorageError on failure.
    bool step();
    // Steps once and expects no row (INSERT/UPDATE/DELETE).
    void run();
    // Ready for another set of binds; keeps the compiled statement.
    void reset();

    int columnCount() const;
    bool columnIsNull(int col) const;
    qint64 columnInt64(int col) const;
    int columnInt(int col) const;
    double columnDouble(int col) const;
    QString columnText(int col) const;
    // A TEXT column's UTF-8 bytes without a copy: valid until the next step(), reset() or column
    // call on this column. For loops over many rows that compare text rather than keep it.
    QByteArrayView columnUtf8(int col) const;
    QByteArray columnBlob(int col) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace wk
