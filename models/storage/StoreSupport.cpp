#include "StoreSupport.h"

#include <QJsonDocument>

namespace wk::storage {

void bindTime(Statement &st, int index, const QDateTime &time)
{
    if (time.isValid())
        st.bind(index, time.toMSecsSinceEpoch());
    else
        st.bindNull(index);
}

QDateTime timeAt(const Statement &st, int col)
{
    if (st.columnIsNull(col))
        return {};
    return QDateTime::fromMSecsSinceEpoch(st.columnInt64(col), Qt::UTC);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonAt(const Statement &st, int col)
{
    if (st.columnIsNull(col))
        return {};
    return QJsonDocument::fromJson(st.columnText(col).toUtf8()).object();
}

void assertInTransaction(const Database &db, const char *what)
{
    Q_ASSERT_X(db.inTransaction(), what, "stores write inside the caller's Transaction");
    Q_UNUSED(db);
    Q_UNUSED(what);
}

EntityRows::EntityRows(Database &db, const QString &table, const QString &dataTable)
    : m_db(db),
      m_delete(db, QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table)),
      m_row(db, dataTable.isEmpty()
                    ? QStringLiteral("SELECT data, version FROM %1 WHERE id = ?1").arg(table)
                    : QStringLiteral("SELECT d.data, t.version FROM %1 AS t JOIN %2 AS d ON d.item_rowid = t.rowid "
                                     "WHERE t.id = ?1")
                          .arg(table, dataTable)),
      m_version(db, QStringLiteral("SELECT version FROM %1 WHERE id = ?1").arg(table)),
      m_count(db, QStringLiteral("SELECT count(*) FROM %1").arg(table))
{
}

bool EntityRows::remove(const QString &id)
{
    m_delete.bind(1, id);
    m_delete.run();
    return m_db.changes() > 0;
}

std::optional<EntityRows::Row> EntityRows::row(const QString &id)
{
    m_row.bind(1, id);
    std::optional<Row> out;
    if (m_row.step())
        out = Row{jsonAt(m_row, 0), m_row.columnInt64(1)};
    m_row.reset();
    return out;
}

std::optional<qint64> EntityRows::version(const QString &id)
{
    m_version.bind(1, id);
    std::optional<qint64> out;
    if (m_version.step())
        out = m_version.columnInt64(0);
    m_version.reset();
    return out;
}

qint64 EntityRows::count()
{
    m_count.step();
    const qint64 n = m_count.columnInt64(0);
    m_count.reset();
    return n;
}

} // namespace wk::storage
