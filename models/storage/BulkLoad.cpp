#include "BulkLoad.h"

#include "StoreSupport.h"
#include "SyncStateStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBulkLoad, "wk.storage.bulkload")

namespace wk::BulkLoad {

using namespace storage;

namespace {
// Where the dropped indexes' CREATE statements wait; present exactly while bulk mode is on.
QString key() { return QStringLiteral("bulk_load_indexes"); }

// The tables a first sync fills by the hundred thousand. Their reads never name an index
// (INDEXED BY would fail while it is gone).
const char *const kTables[] = {"review_items"};
} // namespace

bool active(Database &db) { return SyncStateStore(db).value(key()).has_value(); }

void begin(Database &db)
{
    assertInTransaction(db, "BulkLoad::begin");
    SyncStateStore state(db);
    if (state.value(key()))
        return;
    QJsonArray saved;
    // origin 'c': made by CREATE INDEX. UNIQUE and primary-key indexes stay: they keep the data right.
    Statement indexes(db, QStringLiteral("SELECT m.name, m.sql FROM pragma_index_list(?1) AS l "
                                         "JOIN sqlite_schema AS m ON m.name = l.name "
                                         "WHERE l.origin = 'c' AND NOT l.\"unique\" AND m.sql IS NOT NULL "
                                         "ORDER BY m.name"));
    for (const char *table : kTables) {
        indexes.bind(1, QString::fromLatin1(table));
        while (indexes.step())
            saved.append(QJsonObject{{QStringLiteral("name"), indexes.columnText(0)},
                                     {QStringLiteral("sql"), indexes.columnText(1)}});
        indexes.reset();
    }
    for (const QJsonValue &index : std::as_const(saved))
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(index[QLatin1StringView("name")].toString()));
    state.setValue(key(), QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
    qCInfo(lcBulkLoad) << "first sync: building" << saved.size() << "indexes at the end";
}

namespace {
// The remembered indexes that are not there yet, in the order they are built.
QJsonArray missingIndexes(Database &db, const QString &saved)
{
    Statement exists(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1"));
    QJsonArray missing;
    for (const QJsonValue &index : QJsonDocument::fromJson(saved.toUtf8()).array()) {
        exists.bind(1, index[QLatin1StringView("name")].toString());
        if (!exists.step())
            missing.append(index);
        exists.reset();
    }
    return missing;
}
} // namespace

int stepsLeft(Database &db)
{
    const auto saved = SyncStateStore(db).value(key());
    return saved ? int(missingIndexes(db, *saved).size()) + 1 : 0;
}

bool finishStep(Database &db)
{
    assertInTransaction(db, "BulkLoad::finishStep");
    SyncStateStore state(db);
    const auto saved = state.value(key());
    if (!saved)
        return false;
    const QJsonArray missing = missingIndexes(db, *saved);
    QElapsedTimer clock;
    clock.start();
    if (!missing.isEmpty()) {
        const QJsonValue index = missing.first();
        db.exec(index[QLatin1StringView("sql")].toString());
        qCDebug(lcBulkLoad) << "first sync: built" << index[QLatin1StringView("name")].toString() << "in"
                            << clock.elapsed() << "ms";
        return true;
    }
    // The search index is external-content over review_items: rebuilt from it in one pass. Bulk
    // mode ends with it.
    db.exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('rebuild')"));
    state.remove(key());
    qCInfo(lcBulkLoad) << "first sync: built the indexes and, in" << clock.elapsed() << "ms, the search index";
    return false;
}

void finish(Database &db)
{
    while (finishStep(db)) {
    }
}

} // namespace wk::BulkLoad
