#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>

namespace wk {

Statement::Statement(Database &db, const QString &sql) : m_db(&db)
{
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(db.handle(), utf8.constData(), int(utf8.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.raise(rc, sql.simplified().left(80));
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement &Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    if (const int rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                           SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    if (const int rc = sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                           SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    if (const int rc = sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()),
                                           SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindStatic(int index, QByteArrayView utf8)
{
    if (const int rc = sqlite3_bind_text64(m_stmt, index, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
                                           SQLITE_STATIC, SQLITE_UTF8);
        rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        m_db->raise(rc, QStringLiteral("bind"));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80);
    sqlite3_reset(m_stmt);
    m_db->raise(rc, sql);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::columnIsNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
qint64 Statement::columnInt64(int col) const { return sqlite3_column_int64(m_stmt, col); }
int Statement::columnInt(int col) const { return sqlite3_column_int(m_stmt, col); }
double Statement::columnDouble(int col) const { return sqlite3_column_double(m_stmt, col); }

QString Statement::columnText(int col) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView Statement::columnUtf8(int col) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, col)) : QByteArrayView();
}

QByteArray Statement::columnBlob(int col) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    const int size = sqlite3_column_bytes(m_stmt, col);
    if (data)
        return QByteArray(static_cast<const char *>(data), size);
    // sqlite returns no pointer for a zero-length blob: keep it apart from NULL (a null QByteArray).
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL ? QByteArray() : QByteArray("");
}

} // namespace wk
