#include "ReviewQuery.h"

#include <QRegularExpression>

namespace wk {

namespace {
template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, c] : table)
        if (e == value)
            return QString::fromLatin1(c);
    return {};
}
template <typename E, std::size_t N>
E valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &code)
{
    for (const auto &[e, c] : table)
        if (code == QLatin1String(c))
            return e;
    return table.front().first;
}
constexpr std::array<std::pair<ReviewSort, const char *>, 3> kSorts{
    {{ReviewSort::Impact, "impact"}, {ReviewSort::Age, "age"}, {ReviewSort::Confidence, "confidence"}}};
constexpr std::array<std::pair<ClaimFilter, const char *>, 4> kClaims{
    {{ClaimFilter::Any, "any"}, {ClaimFilter::Me, "me"}, {ClaimFilter::Others, "others"},
     {ClaimFilter::Nobody, "nobody"}}};
constexpr std::array<std::pair<SlaFilter, const char *>, 3> kSlas{
    {{SlaFilter::Any, "any"}, {SlaFilter::Breached, "breached"}, {SlaFilter::DueSoon, "due_soon"}}};

const QString kSort = QStringLiteral("sort");
const QString kKinds = QStringLiteral("kind");
const QString kReasons = QStringLiteral("flag_reason");
const QString kTiers = QStringLiteral("tier");
const QString kMarkets = QStringLiteral("market");
const QString kLocales = QStringLiteral("locale");
const QString kClaimed = QStringLiteral("claimed");
const QString kSla = QStringLiteral("sla");
const QString kSearch = QStringLiteral("search");

QStringList listOf(const QVariant &value)
{
    // A filter from elsewhere may say "kind": "image" as well as a list.
    if (value.typeId() == QMetaType::QString)
        return value.toString().isEmpty() ? QStringList() : QStringList{value.toString()};
    return value.toStringList();
}
} // namespace

QString toCode(ReviewSort sort) { return codeOf(kSorts, sort); }
QString toCode(ClaimFilter claim) { return codeOf(kClaims, claim); }
QString toCode(SlaFilter sla) { return codeOf(kSlas, sla); }
ReviewSort reviewSortFrom(const QString &code) { return valueOf(kSorts, code); }
ClaimFilter claimFilterFrom(const QString &code) { return valueOf(kClaims, code); }
SlaFilter slaFilterFrom(const QString &code) { return valueOf(kSlas, code); }

QVariantMap ReviewQuery::toVariant() const
{
    QVariantMap map;
    map.insert(kSort, toCode(sort));
    if (!kinds.isEmpty())
        map.insert(kKinds, kinds);
    if (!flagReasons.isEmpty())
        map.insert(kReasons, flagReasons);
    if (!tiers.isEmpty())
        map.insert(kTiers, tiers);
    if (!markets.isEmpty())
        map.insert(kMarkets, markets);
    if (!locales.isEmpty())
        map.insert(kLocales, locales);
    if (claimed != ClaimFilter::Any)
        map.insert(kClaimed, toCode(claimed));
    if (sla != SlaFilter::Any)
        map.insert(kSla, toCode(sla));
    if (!search.isEmpty())
        map.insert(kSearch, search);
    return map;
}

ReviewQuery ReviewQuery::fromVariant(const QVariantMap &map)
{
    ReviewQuery q;
    q.sort = reviewSortFrom(map.value(kSort).toString());
    q.kinds = listOf(map.value(kKinds));
    q.flagReasons = listOf(map.value(kReasons));
    q.tiers = listOf(map.value(kTiers));
    q.markets = listOf(map.value(kMarkets));
    q.locales = listOf(map.value(kLocales));
    q.claimed = claimFilterFrom(map.value(kClaimed).toString());
    q.sla = slaFilterFrom(map.value(kSla).toString());
    q.search = map.value(kSearch).toString();
    return q;
}

bool ReviewQuery::sameSelection(const ReviewQuery &other) const
{
    ReviewQuery a = *this;
    a.nowMs = other.nowMs;
    return a == other;
}

QString ftsQuery(const QString &search)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : search.split(separators, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

namespace reviewsql {

namespace {
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

void addIn(Filter &f, const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    f.where += QStringLiteral(" AND %1 IN (%2)").arg(column, placeholders(values.size()));
    for (const QString &v : values)
        f.binds << v;
}
} // namespace

Filter where(const ReviewQuery &q, SearchPlan search)
{
    // Written exactly as in the partial indexes' WHERE (002_review_queue.sql).
    Filter f{QStringLiteral("status IN ('open', 'claimed')"), {}};
    addIn(f, QStringLiteral("kind"), q.kinds);
    addIn(f, QStringLiteral("market"), q.markets);
    addIn(f, QStringLiteral("locale"), q.locales);
    if (!q.flagReasons.isEmpty()) {
        f.where += QStringLiteral(" AND flag_mask & (SELECT coalesce(sum(bit), 0) FROM flag_reasons WHERE code IN (%1)) <> 0")
                       .arg(placeholders(q.flagReasons.size()));
        for (const QString &r : q.flagReasons)
            f.binds << r;
    }
    if (!q.tiers.isEmpty()) {
        f.where += QStringLiteral(" AND supplier_id IN (SELECT id FROM suppliers WHERE tier IN (%1))")
                       .arg(placeholders(q.tiers.size()));
        for (const QString &t : q.tiers)
            f.binds << t;
    }
    switch (q.claimed) {
    case ClaimFilter::Any:
        break;
    case ClaimFilter::Me:
        f.where += QStringLiteral(" AND claimed_by = ? AND claim_expires_at > ?");
        f.binds << q.me << q.nowMs;
        break;
    case ClaimFilter::Others:
        f.where += QStringLiteral(" AND claimed_by IS NOT NULL AND claimed_by <> ? AND claim_expires_at > ?");
        f.binds << q.me << q.nowMs;
        break;
    case ClaimFilter::Nobody:
        f.where += QStringLiteral(" AND (claimed_by IS NULL OR coalesce(claim_expires_at, 0) <= ?)");
        f.binds << q.nowMs;
        break;
    }
    switch (q.sla) {
    case SlaFilter::Any:
        break;
    case SlaFilter::Breached:
        f.where += QStringLiteral(" AND sla_due_at < ?");
        f.binds << q.nowMs;
        break;
    case SlaFilter::DueSoon:
        f.where += QStringLiteral(" AND sla_due_at >= ? AND sla_due_at < ?");
        f.binds << q.nowMs << q.nowMs + ReviewQuery::kDueSoonMs;
        break;
    }
    const QString match = ftsQuery(q.search);
    if (!match.isEmpty()) {
        if (search == SearchPlan::Drives) {
            f.where += QStringLiteral(" AND rowid IN (SELECT rowid FROM review_items_fts WHERE review_items_fts MATCH ?)");
            f.binds << match;
        } else {
            f.where += QStringLiteral(" AND wk_review_match(rowid)");
        }
    }
    return f;
}

QString source(const ReviewQuery &q, SearchPlan search, bool narrowFacet)
{
    // NOT INDEXED: the few matches are looked up by rowid (else SQLite walks the status index).
    if (search == SearchPlan::Drives && !ftsQuery(q.search).isEmpty())
        return QStringLiteral("review_items NOT INDEXED");
    if (narrowFacet && (q.claimed == ClaimFilter::Me || q.claimed == ClaimFilter::Others))
        return QStringLiteral("review_items INDEXED BY review_items_claimed_by");
    if (narrowFacet && q.sla == SlaFilter::DueSoon)
        return QStringLiteral("review_items INDEXED BY review_items_status_sla");
    switch (q.sort) {
    case ReviewSort::Impact:
        break;
    case ReviewSort::Age:
        return QStringLiteral("review_items INDEXED BY review_queue_age");
    case ReviewSort::Confidence:
        return QStringLiteral("review_items INDEXED BY review_queue_confidence");
    }
    return QStringLiteral("review_items INDEXED BY review_queue_impact");
}

QString sortColumn(ReviewSort sort)
{
    switch (sort) {
    case ReviewSort::Impact:
        return QStringLiteral("gmv_minor");
    case ReviewSort::Age:
        return QStringLiteral("created_at");
    case ReviewSort::Confidence:
        return QStringLiteral("ai_confidence");
    }
    return QStringLiteral("gmv_minor");
}

bool descending(ReviewSort sort) { return sort == ReviewSort::Impact; }

QString orderBy(ReviewSort sort)
{
    const QString dir = descending(sort) ? QStringLiteral("DESC") : QStringLiteral("ASC");
    return QStringLiteral("ORDER BY %1 %2, id %2").arg(sortColumn(sort), dir);
}

QString after(ReviewSort sort)
{
    return QStringLiteral("(%1, id) %2 (?, ?)").arg(sortColumn(sort), descending(sort) ? QStringLiteral("<")
                                                                                          : QStringLiteral(">"));
}

QString rowColumns()
{
    return QStringLiteral("rowid, id, kind, status, sku, title, supplier_id, flag_mask, ai_confidence, gmv_minor, "
                          "currency, created_at, sla_due_at, claimed_by, claim_expires_at, version");
}

} // namespace reviewsql
} // namespace wk
