#pragma once
// The Suppliers desk's reads, as plain functions over a cache connection: run on a reader thread
// (SupplierReader) with its own read-only connection, never on the UI thread.
#include "domain/Entities.h"
#include "rules/Scorecard.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <array>
#include <optional>

namespace wk {

class Database;

enum class SupplierSortKey { Name, Score, Volume, DefectRate, OnTimeRate, LeadTime, ExceptionRate };

struct TierQuery {
    SupplierTier tier = SupplierTier::PalletTrader;
    QString search;                 // in the English or Chinese name or the id
    SupplierSortKey sort = SupplierSortKey::Score;
    bool descending = true;
    QString supplierId;             // when set, only this supplier (a drill-down filter)
};

struct SupplierListRow {
    QString id;
    QString name;
    QString nameZh;
    SupplierStatus status = SupplierStatus::Active;
    std::optional<double> score;
    Standing standing = Standing::NoData;
    int volume = 0;
    std::optional<double> defectRate;
    std::optional<double> onTimeRate;
    std::optional<double> leadTimeHours;
    std::optional<double> exceptionRate;
    std::optional<double> mediaRejectRate;
    // The newest supplier command still on its way to the platform (sync rule 3: shown on top of
    // the server's row): its CommandType code and payload, empty when there is none.
    QString pendingType;
    QJsonObject pendingPayload;
};

qint64 countTier(Database &db, const TierQuery &q);
// One window of the tier's list: an index range (supplier_scores_<key>) from `offset`.
QList<SupplierListRow> tierPage(Database &db, const TierQuery &q, int offset, int limit);
// Suppliers per tier (by SupplierTier) matching the search.
std::array<qint64, 3> tierCounts(Database &db, const QString &search, const QString &supplierId = {});

// One order or review item behind a score.
struct FeedbackItem {
    enum class Kind { Exception, ReviewItem } kind = Kind::Exception;
    QString id;          // exception id or review item id
    QString orderId;     // exceptions
    QString code;        // ExceptionCode code, or the review item's kind
    QString title;       // review items
    QDateTime at;
    bool defect = false; // quality / damage / wrong item, or a rejected review item
};

struct SupplierDetail {
    bool found = false;
    Supplier supplier;
    ScorecardSpec spec;
    QDate asOf;                                // start of the current period
    Scorecard card;
    QList<QDate> trendPeriods;                 // 12 period starts, oldest first
    QList<std::optional<double>> trend;
    QList<QPair<QString, int>> exceptionsByCode;   // all of the supplier's exceptions in the cache
    QList<FeedbackItem> feedback;              // the newest defects and rejected media
    int pendingCommands = 0;                   // outbox rows not yet applied for this supplier
};
SupplierDetail loadSupplierDetail(Database &db, const QString &supplierId);

// What a tier move or a suspension would touch.
struct SupplierImpact {
    QString supplierId;
    qint64 openOrders = 0;          // not delivered, returned or refunded
    qint64 soleSourceSkus = 0;      // SKUs no other active supplier offers
    qint64 liveReviewItems = 0;     // open or claimed
};
SupplierImpact loadImpact(Database &db, const QString &supplierId);

// One plotted point: the suppliers of a tier whose rates round to the same spot (0.5 points of
// on-time, 0.1 of defects — closer than a marker's width), so 35,000 long-tail sellers draw as a few
// hundred markers that look the same.
struct ScatterPoint {
    double onTimeRate = 0;
    double defectRate = 0;
    int suppliers = 0;
};
// The tier's most populated spots first, at most `limit` (0: every supplier its own point).
QList<ScatterPoint> scatterPoints(Database &db, SupplierTier tier, int limit = 400);

} // namespace wk

Q_DECLARE_METATYPE(wk::TierQuery)
Q_DECLARE_METATYPE(wk::SupplierDetail)
Q_DECLARE_METATYPE(wk::SupplierImpact)
