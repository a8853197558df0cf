#pragma once
// Helpers the stores share: how timestamps and JSON are stored, and the per-table statements every
// server-row table needs (delete, data, version). Internal to models/storage.
#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace wk::storage {

// Timestamps are INTEGER milliseconds since the epoch, UTC; an invalid QDateTime is NULL.
void bindTime(Statement &st, int index, const QDateTime &time);
QDateTime timeAt(const Statement &st, int col);

// Text columns are NOT NULL: an unset QString is stored as ''.
inline QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

QString jsonText(const QJsonObject &object);
// An empty object for NULL or text that is not a JSON object.
QJsonObject jsonAt(const Statement &st, int col);

// Stores write inside their caller's transaction (DESIGN.md sync rules 1 and 2): a pulled page, or a
// decision and its outbox row, commit together. Outside one, single writes would each pay an fsync
// and a half-applied page could be left behind.
void assertInTransaction(const Database &db, const char *what);

// Makes a store operation of several statements atomic: joins the caller's transaction if there is
// one, else runs in its own.
class WriteScope
{
public:
    explicit WriteScope(Database &db)
    {
        if (!db.inTransaction())
            m_own.emplace(db);
    }
    void commit()
    {
        if (m_own)
            m_own->commit();
    }

private:
    std::optional<Transaction> m_own;
};

// The statements every server-row table (id TEXT, version, data) shares.
class EntityRows
{
public:
    // `dataTable`: where the wire JSON is, if not in `table` itself (item_rowid -> data).
    EntityRows(Database &db, const QString &table, const QString &dataTable = {});

    bool remove(const QString &id);
    // The stored wire JSON and version.
    struct Row {
        QJsonObject data;
        qint64 version = 0;
    };
    std::optional<Row> row(const QString &id);
    // The row decoded into its entity (decode: a wk::codec::decodeX), with the stored version.
    template <typename Decode>
    auto entity(const QString &id, Decode decode) -> std::optional<decltype(decode(QJsonValue(), QString()))>
    {
        const auto stored = row(id);
        if (!stored)
            return std::nullopt;
        auto value = decode(stored->data, QStringLiteral("$"));
        value.version = stored->version;
        return value;
    }
    std::optional<qint64> version(const QString &id);
    qint64 count();

private:
    Database &m_db;
    Statement m_delete;
    Statement m_row;
    Statement m_version;
    Statement m_count;
};

} // namespace wk::storage
