#pragma once
// Writes the rows of one server-row table so that an update rewrites only the indexes it must.
//
// sqlite rewrites every index that covers an assigned column, even when the value is unchanged: an
// "INSERT ... ON CONFLICT DO UPDATE SET <every column>" of an item whose claim alone changed
// rewrote all fifteen review_items indexes (100,000 such updates: 3.3 s CPU against 0.3 s for the
// unindexed columns alone). So columns come in groups: group 0 (unindexed, plus version and data)
// is written on every update, any other group only when one of its values changed. Internal to
// models/storage.
#include "Statement.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace wk {
class Database;
}

namespace wk::storage {

// One column's value, typed as sqlite stores it.
struct Value {
    enum class Type { Null, Int, Real, Text, Utf8Text };
    Type type = Type::Null;
    qint64 i = 0;
    double d = 0;
    QString s;
    QByteArray utf8Text;   // Utf8Text: text as it goes to sqlite, no conversion on the way

    static Value of(qint64 v) { return {Type::Int, v, 0, {}, {}}; }
    static Value of(int v) { return of(qint64(v)); }
    static Value of(bool v) { return of(qint64(v ? 1 : 0)); }
    static Value of(double v) { return {Type::Real, 0, v, {}, {}}; }
    // A null QString is NULL; use text() from StoreSupport.h for NOT NULL columns.
    static Value of(const QString &v) { return v.isNull() ? Value() : Value{Type::Text, 0, 0, v, {}}; }
    static Value utf8(const QByteArray &v) { return v.isNull() ? Value() : Value{Type::Utf8Text, 0, 0, {}, v}; }
    // Milliseconds since the epoch; an invalid time is NULL.
    static Value time(const QDateTime &t) { return t.isValid() ? of(t.toMSecsSinceEpoch()) : Value(); }

    void bind(Statement &st, int index) const;
    friend bool operator==(const Value &, const Value &) = default;
};

class GroupedUpsert
{
public:
    struct Column {
        QString name;
        int group = 0;        // 0: written on every update
        Value::Type type = Value::Type::Text;
    };
    struct Current {
        qint64 rowid = 0;
        std::vector<Value> values;   // in column order; the `data` column (if any) is not read back
    };

    // `columns` excludes the key column `id`; one of them may be the large `data` column, which is
    // never read back (it always changes along with the version anyway).
    GroupedUpsert(Database &db, const QString &table, QList<Column> columns);
    ~GroupedUpsert();

    int columnIndex(const QString &name) const;
    std::optional<Current> current(const QString &id);
    // Returns the new rowid.
    qint64 insert(const QString &id, const std::vector<Value> &values);
    // The new rowid, or nothing (and nothing written) if a row with this id is there: for a stream
    // of mostly new rows (a first sync), one statement instead of current() and insert().
    std::optional<qint64> insertIfNew(const QString &id, const std::vector<Value> &values);
    // Writes group 0 and every group with a changed value.
    void update(const Current &current, const std::vector<Value> &values);

private:
    Database &m_db;
    QList<Column> m_columns;
    int m_groupCount = 0;
    int m_dataColumn = -1;
    Statement m_select;
    Statement m_insert;
    Statement m_insertIfNew;
    std::vector<std::unique_ptr<Statement>> m_updates;   // one per group
    std::vector<std::vector<int>> m_groupColumns;        // column indexes per group
};

} // namespace wk::storage
