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

// The queue's rows for `query`. `searchDrives`: let the FTS match drive the plan (few matches);
// otherwise the order's index drives it and the match is a membership test (many matches).
Filter where(const ReviewQuery &query, bool searchDrives = true);
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
