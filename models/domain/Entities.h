#pragma once
// The value types the console and the platform share (DESIGN.md). Plain data: behaviour lives in
// models/rules, persistence in models/storage, the wire form in models/sync/Codecs.
#include "Enums.h"
#include "Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace wk {

struct Supplier {
    QString id;
    QString name;        // English trading name
    QString nameZh;      // Chinese registered name
    SupplierTier tier = SupplierTier::LongTail1688;
    QString region;      // e.g. "Zhejiang"
    QString city;        // e.g. "Yiwu"
    SupplierStatus status = SupplierStatus::Active;
    QString statusReason;
    qint64 version = 0;
    friend bool operator==(const Supplier &, const Supplier &) = default;
};

// One supplier's activity in one period (week or month): the raw counts scorecards are computed from.
struct SupplierMetrics {
    QString id;          // "<supplierId>:<periodStart ISO date>:<kind>"
    QString supplierId;
    PeriodKind periodKind = PeriodKind::Week;
    QDate periodStart;
    int orders = 0;
    int onTime = 0;
    int defects = 0;     // quality, damage, wrong item
    int exceptions = 0;
    qint64 leadTimeHoursSum = 0;
    int mediaReviewed = 0;
    int mediaRejected = 0;
    qint64 version = 0;
    friend bool operator==(const SupplierMetrics &, const SupplierMetrics &) = default;
};

struct Product {
    QString id;
    QString sku;
    QString title;
    QString supplierId;
    QString category;
    QMap<QString, QString> attributes;   // material, size_cm, weight_g, colour, certifications, ...
    Money price;
    qint64 version = 0;
    friend bool operator==(const Product &, const Product &) = default;
};

// A rectangle on an image in normalised coordinates (0..1), so it survives any zoom or resolution.
struct Region {
    double x = 0, y = 0, width = 0, height = 0;
    QString tag;         // a FlagReason code or a free defect tag
    QString note;
    friend bool operator==(const Region &, const Region &) = default;
};

struct TimeRange {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString tag;
    QString note;
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

struct MediaAsset {
    QString id;
    QString mimeType;
    qint64 size = 0;
    QString sha256;      // lowercase hex of the bytes served at /v1/media/{id}
    int width = 0;
    int height = 0;
    qint64 durationMs = 0;
    friend bool operator==(const MediaAsset &, const MediaAsset &) = default;
};

struct DecisionRecord {
    DecisionKind kind = DecisionKind::Approve;
    QString decidedBy;
    QDateTime decidedAt;
    QString reason;
    friend bool operator==(const DecisionRecord &, const DecisionRecord &) = default;
};

struct ReviewItem {
    QString id;
    MediaKind kind = MediaKind::Image;
    QString productId;
    QString supplierId;
    QString sku;
    QString title;
    QString market;      // ISO 3166 alpha-2 of the target market, e.g. "US", "DE", "AU"
    QString locale;      // BCP 47, for copy ("de-DE"); empty for images and videos
    QList<FlagReason> flagReasons;
    double aiConfidence = 0;   // the generator's own confidence, 0..1
    Money gmvAtRisk;
    ReviewStatus status = ReviewStatus::Open;
    QString claimedBy;
    QDateTime claimExpiresAt;
    QDateTime createdAt;
    QDateTime slaDueAt;
    std::optional<MediaAsset> media;        // the generated image or video
    std::optional<MediaAsset> sourceMedia;  // the supplier's source photo
    QString copyText;
    QString previousCopyText;
    QList<Region> suspectRegions;
    QList<TimeRange> suspectRanges;
    QMap<QString, QString> generatorMeta;   // model, prompt id, seed, ...
    std::optional<DecisionRecord> decision;
    qint64 version = 0;
    friend bool operator==(const ReviewItem &, const ReviewItem &) = default;
};

struct Order {
    QString id;
    QString market;
    QString customerName;     // personal data: masked in the UI unless revealed
    QString customerEmail;    // personal data
    QString shipCountry;      // ISO 3166 alpha-2
    OrderStage stage = OrderStage::Placed;
    QString supplierId;
    QString productId;
    int quantity = 1;
    Money goods;
    Money shipping;
    Money fee;                // 10% of goods + shipping
    Money supplierCostCny;
    QString carrier;
    QString trackingNumber;
    bool onHold = false;
    QDateTime placedAt;
    QDateTime stageEnteredAt;
    qint64 version = 0;
    friend bool operator==(const Order &, const Order &) = default;
};

struct ShipmentEvent {
    QString id;
    QString orderId;
    QDateTime at;
    QString carrierStatus;    // 17TRACK-style: "InTransit_PickedUp", "NotFound_InvalidCode", ...
    QString location;
    QString description;
    qint64 version = 0;
    friend bool operator==(const ShipmentEvent &, const ShipmentEvent &) = default;
};

struct OrderException {
    QString id;
    QString orderId;
    ExceptionCode code = ExceptionCode::Stalled;
    QString carrierSubStatus;
    ExceptionStatus status = ExceptionStatus::Open;
    QString aiProposal;       // a CommandType code the AI suggests, e.g. "order.reship"
    QString aiRationale;
    QDateTime openedAt;
    QDateTime slaDueAt;
    QString resolution;
    qint64 version = 0;
    friend bool operator==(const OrderException &, const OrderException &) = default;
};

} // namespace wk
