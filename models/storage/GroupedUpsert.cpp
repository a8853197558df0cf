#include "GroupedUpsert.h"

#include "Database.h"

#include <QStringList>

namespace wk::storage {

void Value::bind(Statement &st, int index) const
{
    switch (type) {
    case Type::Null: st.bindNull(index); break;
    case Type::Int: st.bind(index, i); break;
    case Type::Real: st.bind(index, d); break;
    case Type::Text: st.bind(index, s); break;
    case Type::Utf8Text: st.bindText(index, utf8Text); break;
    }
}

namespace {
Value valueAt(const Statement &st, int col, Value::Type type)
{
    if (st.columnIsNull(col))
        return {};
    switch (type) {
    case Value::Type::Int: return Value::of(st.columnInt64(col));
    case Value::Type::Real: return Value::of(st.columnDouble(col));
    case Value::Type::Text:
    case Value::Type::Utf8Text: return Value{Value::Type::Text, 0, 0, st.columnText(col), {}};
    case Value::Type::Null: break;
    }
    return {};
}

QString selectSql(const QString &table, const QList<GroupedUpsert::Column> &columns)
{
    QStringList names{QStringLiteral("rowid")};
    for (const auto &c : columns)
        names << (c.name == QLatin1StringView("data") ? QStringLiteral("NULL") : c.name);
    return QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(names.join(QStringLiteral(", ")), table);
}

QString insertSql(const QString &table, const QList<GroupedUpsert::Column> &columns)
{
    QStringList names{QStringLiteral("id")};
    QStringList params{QStringLiteral("?1")};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names << columns.at(i).name;
        params << QStringLiteral("?%1").arg(i + 2);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, names.join(QStringLiteral(", ")), params.join(QStringLiteral(", ")));
}

int groupCount(const QList<GroupedUpsert::Column> &columns)
{
    int n = 0;
    for (const auto &c : columns)
        n = qMax(n, c.group + 1);
    return n;
}
} // namespace

GroupedUpsert::GroupedUpsert(Database &db, const QString &table, QList<Column> columns)
    : m_db(db),
      m_columns(std::move(columns)),
      m_groupCount(groupCount(m_columns)),
      m_select(db, selectSql(table, m_columns)),
      m_insert(db, insertSql(table, m_columns)),
      m_insertIfNew(db, insertSql(table, m_columns) + QStringLiteral(" ON CONFLICT (id) DO NOTHING")),
      m_groupColumns(size_t(m_groupCount))
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_groupColumns[size_t(m_columns.at(i).group)].push_back(int(i));
        if (m_columns.at(i).name == QLatin1StringView("data"))
            m_dataColumn = int(i);
    }
    for (const auto &group : m_groupColumns) {
        QStringList sets;
        for (size_t k = 0; k < group.size(); ++k)
            sets << QStringLiteral("%1 = ?%2").arg(m_columns.at(group[k]).name).arg(k + 2);
        m_updates.push_back(group.empty() ? nullptr
                                          : std::make_unique<Statement>(
                                                db, QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?1")
                                                        .arg(table, sets.join(QStringLiteral(", ")))));
    }
}

GroupedUpsert::~GroupedUpsert() = default;

int GroupedUpsert::columnIndex(const QString &name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).name == name)
            return int(i);
    Q_ASSERT_X(false, "GroupedUpsert::columnIndex", "unknown column");
    return -1;
}

std::optional<GroupedUpsert::Current> GroupedUpsert::current(const QString &id)
{
    m_select.bind(1, id);
    std::optional<Current> out;
    if (m_select.step()) {
        Current c;
        c.rowid = m_select.columnInt64(0);
        c.values.reserve(size_t(m_columns.size()));
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            c.values.push_back(int(i) == m_dataColumn ? Value() : valueAt(m_select, int(i) + 1, m_columns.at(i).type));
        out = std::move(c);
    }
    m_select.reset();
    return out;
}

qint64 GroupedUpsert::insert(const QString &id, const std::vector<Value> &values)
{
    Q_ASSERT(values.size() == size_t(m_columns.size()));
    m_insert.bind(1, id);
    for (size_t i = 0; i < values.size(); ++i)
        values[i].bind(m_insert, int(i) + 2);
    m_insert.run();
    return m_db.lastInsertRowId();
}

std::optional<qint64> GroupedUpsert::insertIfNew(const QString &id, const std::vector<Value> &values)
{
    Q_ASSERT(values.size() == size_t(m_columns.size()));
    m_insertIfNew.bind(1, id);
    for (size_t i = 0; i < values.size(); ++i)
        values[i].bind(m_insertIfNew, int(i) + 2);
    m_insertIfNew.run();
    return m_db.changes() > 0 ? std::optional<qint64>(m_db.lastInsertRowId()) : std::nullopt;
}

void GroupedUpsert::update(const Current &current, const std::vector<Value> &values)
{
    Q_ASSERT(values.size() == size_t(m_columns.size()));
    for (int g = 0; g < m_groupCount; ++g) {
        const auto &group = m_groupColumns[size_t(g)];
        if (group.empty())
            continue;
        bool changed = g == 0;
        for (size_t k = 0; !changed && k < group.size(); ++k)
            changed = !(values[size_t(group[k])] == current.values[size_t(group[k])]);
        if (!changed)
            continue;
        Statement &st = *m_updates[size_t(g)];
        st.bind(1, current.rowid);
        for (size_t k = 0; k < group.size(); ++k)
            values[size_t(group[k])].bind(st, int(k) + 2);
        st.run();
    }
}

} // namespace wk::storage
