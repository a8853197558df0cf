#pragma once
// The Review queue's reads, synchronous, over one read-only connection of its own. The model runs
// it on a worker thread (ReviewReaderThread); the benchmark and the tests call it directly.
#include "ReviewRow.h"
#include "domain/Entities.h"
#include "storage/Database.h"
#include "storage/ReviewStore.h"

#include <QHash>
#include <functional>
#include <memory>
#include <vector>
#include <optional>

namespace wk {

// What the outbox still holds for an item (sync rule 3): shown on top of the server row.
struct ReviewPendingIntent {
    DecisionKind decision = DecisionKind::Approve;
    QString commandId;
};

class ReviewQueueReader
{
public:
    explicit ReviewQueueReader(const QString &cachePath);
    ~ReviewQueueReader();

    struct Count {
        qint64 rows = 0;
        bool capped = false;   // there are more than `rows`
    };
    // The queue's size, counting no further than `cap`.
    Count count(const ReviewQuery &query, qint64 cap);
    // `limit` rows after `after` (keyset), or from `offset` when there is no key (the first page,
    // or a jump before the anchors are known).
    ReviewPage page(const ReviewQuery &query, int limit, const std::optional<SortKey> &after, qint64 offset = 0);
    // One walk along the order's index: the key of every page's last row (so any page can be
    // fetched by keyset) and the exact count. Empty if `cancelled` said so on the way.
    struct Anchors {
        QList<SortKey> lastKeys;   // lastKeys[p]: the last row of page p
        qint64 rows = 0;
    };
    std::optional<Anchors> anchors(const ReviewQuery &query, int pageSize, const std::function<bool()> &cancelled);
    // The row number of `id` in the queue, or -1 if it is not in it.
    qint64 positionOf(const ReviewQuery &query, const QString &id);
    // review.decide commands not yet acknowledged, by target.
    QHash<QString, ReviewPendingIntent> pendingDecisions();
    std::optional<ReviewItem> item(const QString &id);
    std::optional<Product> product(const QString &id);
    std::optional<MediaAssetRecord> mediaAsset(const QString &id);
    // The queue's items from `supplierId` flagged with any reason of `flagMask` (a cluster).
    ReviewPage cluster(const QString &supplierId, qint64 flagMask, int limit);

    Database &database() { return m_db; }

    // While set, a running statement gives up (StorageError::Interrupted) as soon as `stale` says
    // so: a page or a count for a query the supervisor has already left must not hold up the next.
    void setStaleCheck(std::function<bool()> stale);
    // From how many FTS matches on a search is a membership test (tests use a small number).
    void setManyMatches(int threshold) { m_manyMatchesFrom = threshold; }

    // The rows an FTS query matches: how many, and (when they are many) their rowids as bits.
    struct MatchSet {
        qint64 count = 0;
        std::vector<quint64> bits;
        void add(quint64 rowid)
        {
            if (rowid / 64 >= bits.size())
                bits.resize(rowid / 64 + 1 + bits.size() / 2);
            bits[rowid / 64] |= quint64(1) << (rowid % 64);
        }
        bool contains(quint64 rowid) const { return rowid / 64 < bits.size() && (bits[rowid / 64] >> (rowid % 64)) & 1; }
    };

private:
    // How the query's search enters the plan; for many matches, builds (or reuses) their set and
    // makes it the one wk_review_match() answers from.
    reviewsql::SearchPlan planFor(const ReviewQuery &query);
    // Does the query's claim or SLA facet match few rows (counted through its index, capped)?
    bool hasIndex(const QString &name);
    bool narrowFacet(const ReviewQuery &query);
    // The rows matching an FTS query (shared by the readers of this process, built once).
    std::shared_ptr<const MatchSet> matchSet(const QString &match);
    // The FROM clause for the query (reviewsql::source with both choices made).
    QString sourceFor(const ReviewQuery &query, reviewsql::SearchPlan plan);
    QString m_path;
    Database m_db;
    std::shared_ptr<const MatchSet> m_activeMatches;   // the rows wk_review_match() answers for
    int m_manyMatchesFrom = 2000;   // above this many matches a search walks the order's index
    std::function<bool()> m_stale;
};

} // namespace wk
