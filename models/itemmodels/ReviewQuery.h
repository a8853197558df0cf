#pragma once
// What the Review desk's queue shows: the facets, the search text and the order. A plain value, so
// that it can travel to the reader thread, be compared, and be kept as a saved view (QVariantMap).
// ReviewQuery.cpp turns it into SQL over the cache (resources/sql/cache/002_review_queue.sql).
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace wk {

enum class ReviewSort { Impact, Age, Confidence };   // impact: GMV at risk, highest first;
                                                      // age: oldest first; confidence: lowest first
enum class ClaimFilter { Any, Me, Others, Nobody };
enum class SlaFilter { Any, Breached, DueSoon };

struct ReviewQuery {
    ReviewSort sort = ReviewSort::Impact;
    QStringList kinds;        // MediaKind codes; empty: every kind
    QStringList flagReasons;  // FlagReason codes; an item matches if it has any of them
    QStringList tiers;        // SupplierTier codes of the item's supplier
    QStringList markets;      // ISO 3166 alpha-2
    QStringList locales;      // BCP 47
    ClaimFilter claimed = ClaimFilter::Any;
    SlaFilter sla = SlaFilter::Any;
    QString search;           // words, each matched as a prefix in titles, copy and reasons
    QString me;               // the signed-in supervisor, for the claim facet
    qint64 nowMs = 0;         // "now" for leases and SLAs, fixed per query so that pages agree

    static constexpr qint64 kDueSoonMs = 60 * 60 * 1000;   // "due soon": within the hour

    // A saved view: the facets, the search and the order (not `me` or `nowMs`).
    QVariantMap toVariant() const;
    static ReviewQuery fromVariant(const QVariantMap &map);
    // Same rows in the same order (nowMs is ignored).
    bool sameSelection(const ReviewQuery &other) const;

    friend bool operator==(const ReviewQuery &, const ReviewQuery &) = default;
};

QString toCode(ReviewSort sort);
QString toCode(ClaimFilter claim);
QString toCode(SlaFilter sla);
ReviewSort reviewSortFrom(const QString &code);
ClaimFilter claimFilterFrom(const QString &code);
SlaFilter slaFilterFrom(const QString &code);

// The search box's words as an FTS5 query: each word quoted (so that FTS5 syntax typed by a person
// is taken literally) and matched as a prefix. Empty if there are no words.
QString ftsQuery(const QString &search);

namespace reviewsql {

// A WHERE clause with positional (?) parameters and their values in order.
struct Filter {
    QString where;
    QVariantList binds;
};

// How a search enters the plan. Few matches drive it (looked up by rowid, then sorted); many are
// a membership test against the set of matching rowids the reader built beforehand (the SQL
// function wk_review_match(rowid)), while the order's index drives: materialising a hundred
// thousand matches into SQLite's own IN table would cost more than the whole page.
enum class SearchPlan { Drives, MatchSet };

// The queue's rows for `query`.
Filter where(const ReviewQuery &query, SearchPlan search = SearchPlan::Drives);
// The FROM clause: review_items INDEXED BY the index that must drive the query. Without
// statistics SQLite prefers an equality on status and then sorts the whole queue (seconds at a
// million items), so the plan is chosen here: the order's partial index, whose walk stops after a
// page; claims or "due soon" through their own indexes when they are few (a walk looking for a
// handful among a million rows would read them all); a search with few matches by rowid.
// `narrowFacet`: the claim or SLA facet matches few rows (the reader counted them through their
// index), so that index drives and the few are sorted.
QString source(const ReviewQuery &query, SearchPlan search, bool narrowFacet = false);
// The sort column and whether the order is descending.
QString sortColumn(ReviewSort sort);
bool descending(ReviewSort sort);
// "ORDER BY ..." for the query's order, with the id as tie-breaker.
QString orderBy(ReviewSort sort);
// The keyset condition "the rows after (key, id)" in the query's order (two parameters).
QString after(ReviewSort sort);
// The columns ReviewRow reads (ReviewRow.h), in order.
QString rowColumns();

} // namespace reviewsql
} // namespace wk
