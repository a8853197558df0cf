#include "ReviewQueueReader.h"

#include "storage/OutboxStore.h"
#include "storage/ProductStore.h"
#include "storage/ReviewStore.h"
#include "storage/Statement.h"

#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <sqlite3.h>

namespace wk {

using reviewsql::SearchPlan;

namespace {
// A claim or SLA facet with fewer rows than this is read through its own index, then sorted.
constexpr int kNarrowFacet = 5000;
// Match sets kept in the process (a million rows cost 125 kB each).
constexpr int kMatchSets = 8;

// Match sets shared by every reader in the process: the pager and the scanner ask for the same one
// at the same moment, and one of them building it is enough. Keyed by the cache file, the FTS
// index's structure record (it changes with every write to the index, so a set never outlives
// the rows it was built from) and the match.
struct SharedMatchSets {
    QMutex mutex;
    QHash<QByteArray, std::shared_ptr<const ReviewQueueReader::MatchSet>> sets;
};
SharedMatchSets &sharedMatchSets()
{
    static SharedMatchSets shared;
    return shared;
}

int bindAll(Statement &st, const QVariantList &binds, int first = 1)
{
    int i = first;
    for (const QVariant &v : binds) {
        if (v.typeId() == QMetaType::QString)
            st.bind(i++, v.toString());
        else if (v.typeId() == QMetaType::Double)
            st.bind(i++, v.toDouble());
        else
            st.bind(i++, v.toLongLong());
    }
    return i;
}

int bindKey(Statement &st, int index, const SortKey &key)
{
    if (const auto *d = std::get_if<double>(&key.value))
        st.bind(index, *d);
    else
        st.bind(index, std::get<qint64>(key.value));
    st.bind(index + 1, key.id);
    return index + 2;
}

SortKey keyAt(const Statement &st, int col, ReviewSort sort)
{
    SortKey k;
    if (sort == ReviewSort::Confidence)
        k.value = st.columnDouble(col);
    else
        k.value = st.columnInt64(col);
    k.id = st.columnText(col + 1);
    return k;
}
} // namespace

ReviewQueueReader::ReviewQueueReader(const QString &cachePath)
    : m_path(cachePath), m_db(cachePath, Database::Mode::ReadOnly)
{
    // The queue has three of these open (pages, walks, the desk's extra reads): a walk over a
    // million rows would fill the default 64 MB each, for pages the OS keeps cached anyway.
    m_db.exec(QStringLiteral("PRAGMA cache_size = -8192"));
    // wk_review_match(rowid): is the row in the active search's match set (planFor)?
    const auto match = [](sqlite3_context *context, int, sqlite3_value **argv) {
        const auto *self = static_cast<ReviewQueueReader *>(sqlite3_user_data(context));
        const auto rowid = quint64(sqlite3_value_int64(argv[0]));
        sqlite3_result_int(context, self->m_activeMatches && self->m_activeMatches->contains(rowid));
    };
    sqlite3_create_function_v2(m_db.handle(), "wk_review_match", 1, SQLITE_UTF8, this, match, nullptr, nullptr, nullptr);
}

ReviewQueueReader::~ReviewQueueReader() = default;

void ReviewQueueReader::setStaleCheck(std::function<bool()> stale)
{
    m_stale = std::move(stale);
    // Asked every few thousand virtual-machine steps: well under a millisecond apart.
    constexpr int kSteps = 4000;
    int (*handler)(void *) = [](void *self) -> int { return static_cast<ReviewQueueReader *>(self)->m_stale() ? 1 : 0; };
    sqlite3_progress_handler(m_db.handle(), m_stale ? kSteps : 0, m_stale ? handler : nullptr, this);
}

SearchPlan ReviewQueueReader::planFor(const ReviewQuery &query)
{
    const QString match = ftsQuery(query.search);
    if (match.isEmpty())
        return SearchPlan::Drives;
    auto set = matchSet(match);
    if (set->count < m_manyMatchesFrom)
        return SearchPlan::Drives;
    m_activeMatches = std::move(set);
    return SearchPlan::MatchSet;
}

std::shared_ptr<const ReviewQueueReader::MatchSet> ReviewQueueReader::matchSet(const QString &match)
{
    Statement structure(m_db, QStringLiteral("SELECT block FROM review_items_fts_data WHERE id = 10"));
    const QByteArray key = m_path.toUtf8() + '\0' + (structure.step() ? structure.columnBlob(0) : QByteArray()) + '\0'
                           + match.toUtf8() + '\0' + QByteArray::number(m_manyMatchesFrom);
    SharedMatchSets &shared = sharedMatchSets();
    // Held while building: whoever asks for the same set meanwhile waits for it instead of
    // building it a second time on the other core.
    const QMutexLocker lock(&shared.mutex);
    if (auto it = shared.sets.constFind(key); it != shared.sets.constEnd())
        return *it;
    // One pass over the matches both counts them (the plan's choice) and, when they are many,
    // sets their bits: a prefix query's cost is in merging its terms' lists, paid once here
    // instead of once for the count and again for the set, in each reader.
    auto set = std::make_shared<MatchSet>();
    std::vector<quint64> rowids;
    Statement st(m_db, QStringLiteral("SELECT rowid FROM review_items_fts WHERE review_items_fts MATCH ?1"));
    st.bind(1, match);
    while (st.step()) {
        const auto rowid = quint64(st.columnInt64(0));
        if (++set->count < m_manyMatchesFrom) {
            rowids.push_back(rowid);
            continue;
        }
        if (!rowids.empty()) {
            for (const quint64 earlier : rowids)
                set->add(earlier);
            rowids.clear();
        }
        set->add(rowid);
    }
    if (set->count < m_manyMatchesFrom)
        set->bits.clear();   // few: the query looks them up by rowid, no set is needed
    if (shared.sets.size() >= kMatchSets)
        shared.sets.clear();
    shared.sets.insert(key, set);
    return set;
}

bool ReviewQueueReader::hasIndex(const QString &name)
{
    Statement st(m_db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1"));
    st.bind(1, name);
    return st.step();
}

bool ReviewQueueReader::narrowFacet(const ReviewQuery &query)
{
    std::optional<Statement> probe;
    // A first sync's bulk mode drops the secondary indexes until it has caught up: no index, no probe.
    if (query.claimed == ClaimFilter::Me || query.claimed == ClaimFilter::Others) {
        if (!hasIndex(QStringLiteral("review_items_claimed_by")))
            return false;
        probe.emplace(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM review_items INDEXED BY review_items_claimed_by "
                                           "WHERE claimed_by IS NOT NULL AND claim_expires_at > ?1 LIMIT ?2)"));
        probe->bind(1, query.nowMs).bind(2, kNarrowFacet);
    } else if (query.sla == SlaFilter::DueSoon) {
        if (!hasIndex(QStringLiteral("review_items_status_sla")))
            return false;
        probe.emplace(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM review_items INDEXED BY review_items_status_sla "
                                           "WHERE status IN ('open', 'claimed') AND sla_due_at >= ?1 AND sla_due_at < ?2 LIMIT ?3)"));
        probe->bind(1, query.nowMs).bind(2, query.nowMs + ReviewQuery::kDueSoonMs).bind(3, kNarrowFacet);
    } else {
        return false;
    }
    probe->step();
    return probe->columnInt64(0) < kNarrowFacet;
}

QString ReviewQueueReader::sourceFor(const ReviewQuery &query, SearchPlan plan)
{
    const QString source = reviewsql::source(query, plan, narrowFacet(query));
    // INDEXED BY an index that is not there is an error, not a slower plan: while a first sync
    // builds its indexes at the end (BulkLoad), the queue is read without the pin, slower but right.
    static const QRegularExpression pinned(QStringLiteral("INDEXED BY (\\w+)"));
    const QRegularExpressionMatch m = pinned.match(source);
    if (m.hasMatch() && !hasIndex(m.captured(1)))
        return QStringLiteral("review_items");
    return source;
}

ReviewQueueReader::Count ReviewQueueReader::count(const ReviewQuery &query, qint64 cap)
{
    const SearchPlan plan = planFor(query);
    const auto f = reviewsql::where(query, plan);
    Statement st(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 WHERE %2 LIMIT ?)")
                           .arg(sourceFor(query, plan), f.where));
    st.bind(bindAll(st, f.binds), cap + 1);
    st.step();
    const qint64 n = st.columnInt64(0);
    return {qMin(n, cap), n > cap};
}

ReviewPage ReviewQueueReader::page(const ReviewQuery &query, int limit, const std::optional<SortKey> &after,
                                   qint64 offset)
{
    const SearchPlan plan = planFor(query);
    const auto f = reviewsql::where(query, plan);
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(reviewsql::rowColumns(), sourceFor(query, plan), f.where);
    if (after)
        sql += QStringLiteral(" AND ") + reviewsql::after(query.sort);
    sql += QLatin1Char(' ') + reviewsql::orderBy(query.sort) + QStringLiteral(" LIMIT ? OFFSET ?");
    Statement st(m_db, sql);
    int i = bindAll(st, f.binds);
    if (after)
        i = bindKey(st, i, *after);
    st.bind(i, limit).bind(i + 1, after ? qint64(0) : offset);
    ReviewPage rows;
    rows.reserve(limit);
    while (st.step())
        rows << ReviewRow::read(st);
    return rows;
}

std::optional<ReviewQueueReader::Anchors> ReviewQueueReader::anchors(const ReviewQuery &query, int pageSize,
                                                                     const std::function<bool()> &cancelled)
{
    const SearchPlan plan = planFor(query);
    const auto f = reviewsql::where(query, plan);
    Statement st(m_db, QStringLiteral("SELECT %1, id FROM %2 WHERE %3 %4")
                           .arg(reviewsql::sortColumn(query.sort), sourceFor(query, plan), f.where,
                                reviewsql::orderBy(query.sort)));
    bindAll(st, f.binds);
    Anchors out;
    while (st.step()) {
        ++out.rows;
        if (out.rows % pageSize == 0) {
            out.lastKeys << keyAt(st, 0, query.sort);
            if (cancelled && cancelled())
                return std::nullopt;
        }
    }
    return out;
}

qint64 ReviewQueueReader::positionOf(const ReviewQuery &query, const QString &id)
{
    const SearchPlan plan = planFor(query);
    const auto f = reviewsql::where(query, plan);
    // Straight to the row by its id; then the rows before it along the order's index.
    Statement self(m_db, QStringLiteral("SELECT %1, id FROM review_items WHERE %2 AND id = ?")
                             .arg(reviewsql::sortColumn(query.sort), f.where));
    self.bind(bindAll(self, f.binds), id);
    if (!self.step())
        return -1;
    const SortKey key = keyAt(self, 0, query.sort);
    // The rows before it are those it comes "after", seen from the other side.
    const QString before = QStringLiteral("(%1, id) %2 (?, ?)")
                               .arg(reviewsql::sortColumn(query.sort),
                                    reviewsql::descending(query.sort) ? QStringLiteral(">") : QStringLiteral("<"));
    Statement st(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 AND %3")
                           .arg(sourceFor(query, plan), f.where, before));
    bindKey(st, bindAll(st, f.binds), key);
    st.step();
    return st.columnInt64(0);
}

QHash<QString, ReviewPendingIntent> ReviewQueueReader::pendingDecisions()
{
    Statement st(m_db, QStringLiteral("SELECT target, payload, command_id FROM outbox WHERE type = 'review.decide' "
                                      "AND state IN ('pending', 'in_flight') ORDER BY seq"));
    QHash<QString, ReviewPendingIntent> out;
    while (st.step()) {
        const QJsonObject payload = QJsonDocument::fromJson(st.columnText(1).toUtf8()).object();
        const auto kind = fromCode<DecisionKind>(payload.value(QStringLiteral("decision")).toString());
        if (kind)
            out.insert(st.columnText(0), {*kind, st.columnText(2)});   // the latest wins
    }
    return out;
}

std::optional<ReviewItem> ReviewQueueReader::item(const QString &id)
{
    ReviewStore store(m_db);
    return store.get(id);
}

std::optional<Product> ReviewQueueReader::product(const QString &id)
{
    ProductStore store(m_db);
    return store.get(id);
}

std::optional<MediaAssetRecord> ReviewQueueReader::mediaAsset(const QString &id)
{
    ReviewStore store(m_db);
    return store.mediaAsset(id);
}

ReviewPage ReviewQueueReader::cluster(const QString &supplierId, qint64 flagMask, int limit)
{
    Statement st(m_db, QStringLiteral("SELECT %1 FROM review_items INDEXED BY review_queue_supplier WHERE status IN ('open', 'claimed') "
                                      "AND supplier_id = ?1 AND flag_mask & ?2 <> 0 ORDER BY gmv_minor DESC, id DESC "
                                      "LIMIT ?3")
                           .arg(reviewsql::rowColumns()));
    st.bind(1, supplierId).bind(2, flagMask).bind(3, limit);
    ReviewPage rows;
    while (st.step())
        rows << ReviewRow::read(st);
    return rows;
}

} // namespace wk
