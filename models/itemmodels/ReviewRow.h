#pragma once
// One row of the Review queue as the reader hands it over: the columns the table shows, the sort
// key for keyset paging, and the version a decision is made against. Times are ms since the epoch
// (0 when unknown).
#include "ReviewQuery.h"
#include "domain/Enums.h"

#include <QList>
#include <QString>
#include <variant>

namespace wk {

class Statement;

// The key of one row in the query's order: (sort column, id).
struct SortKey {
    std::variant<qint64, double> value;
    QString id;
    friend bool operator==(const SortKey &, const SortKey &) = default;
};

struct ReviewRow {
    qint64 rowid = 0;
    QString id;
    MediaKind kind = MediaKind::Image;
    ReviewStatus status = ReviewStatus::Open;
    QString sku;
    QString title;
    QString supplierId;
    qint64 flagMask = 0;
    double aiConfidence = 0;
    qint64 gmvMinor = 0;
    QString currency;
    qint64 createdAtMs = 0;
    qint64 slaDueAtMs = 0;
    QString claimedBy;
    qint64 claimExpiresAtMs = 0;
    qint64 version = 0;

    // Reads the columns of reviewsql::rowColumns() from `st`.
    static ReviewRow read(const Statement &st);
    SortKey key(ReviewSort sort) const;
    // The holder of an unexpired claim at `nowMs`, else empty.
    QString claimHolder(qint64 nowMs) const;
    QList<FlagReason> flagReasons() const;
};

using ReviewPage = QList<ReviewRow>;

} // namespace wk
