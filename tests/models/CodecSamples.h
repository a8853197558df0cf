#pragma once
// Fully populated sample values of every wire type, shared by the codec tests. Every optional field
// is set in the "full" samples so that a round trip exercises it; the "minimal" samples leave them
// out so that the absent form is exercised too.
#include "sync/Codecs.h"

#include <QDateTime>
#include <QTimeZone>

namespace wk::samples {

inline QDateTime at(int day, int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

inline Supplier supplier()
{
    Supplier s;
    s.id = QStringLiteral("sup-001");
    s.name = QStringLiteral("Yiwu Bright Homeware Co.");
    s.nameZh = QStringLiteral("义乌光明家居用品有限公司");
    s.tier = SupplierTier::DirectFactory;
    s.region = QStringLiteral("Zhejiang");
    s.city = QStringLiteral("Yiwu");
    s.status = SupplierStatus::Suspended;
    s.statusReason = QStringLiteral("Three damaged consignments in October");
    s.version = 7;
    return s;
}

inline SupplierMetrics supplierMetrics()
{
    SupplierMetrics m;
    m.id = QStringLiteral("sup-001:2026-11-16:week");
    m.supplierId = QStringLiteral("sup-001");
    m.periodKind = PeriodKind::Week;
    m.periodStart = QDate(2026, 11, 16);
    m.orders = 120;
    m.onTime = 111;
    m.defects = 3;
    m.exceptions = 5;
    m.leadTimeHoursSum = 8760;
    m.mediaReviewed = 40;
    m.mediaRejected = 6;
    m.version = 2;
    return m;
}

inline Product product()
{
    Product p;
    p.id = QStringLiteral("prod-042");
    p.sku = QStringLiteral("YB-LAMP-042");
    p.title = QStringLiteral("Rattan pendant lamp, 40 cm");
    p.supplierId = QStringLiteral("sup-001");
    p.category = QStringLiteral("lighting");
    p.attributes = {{QStringLiteral("material"), QStringLiteral("rattan")},
                    {QStringLiteral("size_cm"), QStringLiteral("40")},
                    {QStringLiteral("size (inch)"), QStringLiteral("15.7")},
                    {QStringLiteral("certifications"), QStringLiteral("CE")}};
    p.price = Money(4999, QStringLiteral("EUR"));
    p.version = 3;
    return p;
}

inline MediaAsset image()
{
    MediaAsset m;
    m.id = QStringLiteral("media-9001");
    m.mimeType = QStringLiteral("image/jpeg");
    m.size = 183204;
    m.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    m.width = 1600;
    m.height = 1200;
    return m;
}

inline MediaAsset video()
{
    MediaAsset m = image();
    m.id = QStringLiteral("media-9002");
    m.mimeType = QStringLiteral("video/mp4");
    m.durationMs = 6400;
    m.width = 1280;
    m.height = 720;
    return m;
}

inline ReviewItem reviewItem()
{
    ReviewItem i;
    i.id = QStringLiteral("rev-0001");
    i.kind = MediaKind::Video;
    i.productId = QStringLiteral("prod-042");
    i.supplierId = QStringLiteral("sup-001");
    i.sku = QStringLiteral("YB-LAMP-042");
    i.title = QStringLiteral("Rattan pendant lamp, 40 cm");
    i.market = QStringLiteral("DE");
    i.locale = QStringLiteral("de-DE");
    i.flagReasons = {FlagReason::ContinuityGlitch, FlagReason::FlashFrame, FlagReason::LowConfidence};
    i.aiConfidence = 0.4137;
    i.gmvAtRisk = Money(1249900, QStringLiteral("EUR"));
    i.status = ReviewStatus::Decided;
    i.claimedBy = QStringLiteral("sv-anna");
    i.claimExpiresAt = at(22, 8, 20, 500);
    i.createdAt = at(22, 6, 0, 1);
    i.slaDueAt = at(22, 10, 0);
    i.media = video();
    i.sourceMedia = image();
    i.copyText = QStringLiteral("Handgeflochtene Pendelleuchte aus Rattan.");
    i.previousCopyText = QStringLiteral("Pendelleuchte, 100 % sicher.");
    Region r;
    r.x = 0.125;
    r.y = 0.3;
    r.width = 0.2;
    r.height = 0.7;   // touches the bottom edge: y + height == 1 in real numbers
    r.tag = QStringLiteral("artefact_visible");
    r.note = QStringLiteral("Sixth finger on the hand");
    i.suspectRegions = {r, Region{0.0, 0.0, 1.0, 1.0, QString(), QString()}};
    i.suspectRanges = {TimeRange{1200, 1840, QStringLiteral("flash_frame"), QStringLiteral("white flash")},
                       TimeRange{3000, 3000, QString(), QString()}};
    i.generatorMeta = {{QStringLiteral("model"), QStringLiteral("vidgen-3")},
                       {QStringLiteral("seed"), QStringLiteral("424242")}};
    i.decision = DecisionRecord{DecisionKind::Regenerate, QStringLiteral("sv-anna"), at(22, 8, 17, 250),
                                QStringLiteral("flash at 1.2 s")};
    i.version = 12;
    return i;
}

// A copy item: no media, nothing optional set.
inline ReviewItem minimalReviewItem()
{
    ReviewItem i;
    i.id = QStringLiteral("rev-0002");
    i.kind = MediaKind::Copy;
    i.productId = QStringLiteral("prod-042");
    i.supplierId = QStringLiteral("sup-001");
    i.gmvAtRisk = Money(0, QStringLiteral("JPY"));
    i.createdAt = at(21, 23, 59, 999);
    i.slaDueAt = at(22, 1, 0);
    i.version = 1;
    return i;
}

inline Order order()
{
    Order o;
    o.id = QStringLiteral("ord-77");
    o.market = QStringLiteral("AU");
    o.customerName = QStringLiteral("Mia Nguyen");
    o.customerEmail = QStringLiteral("mia@example.com");
    o.shipCountry = QStringLiteral("AU");
    o.stage = OrderStage::Customs;
    o.supplierId = QStringLiteral("sup-001");
    o.productId = QStringLiteral("prod-042");
    o.quantity = 2;
    o.goods = Money(9998, QStringLiteral("AUD"));
    o.shipping = Money(1500, QStringLiteral("AUD"));
    o.fee = Money(1150, QStringLiteral("AUD"));
    o.supplierCostCny = Money(21000, QStringLiteral("CNY"));
    o.carrier = QStringLiteral("YunExpress");
    o.trackingNumber = QStringLiteral("YT2412345678901234");
    o.onHold = true;
    o.placedAt = at(10, 12, 0);
    o.stageEnteredAt = at(20, 3, 4, 5);
    o.version = 9;
    return o;
}

inline ShipmentEvent shipmentEvent()
{
    ShipmentEvent e;
    e.id = QStringLiteral("evt-5");
    e.orderId = QStringLiteral("ord-77");
    e.at = at(20, 3, 4, 5);
    e.carrierStatus = QStringLiteral("InTransit_CustomsProcessing");
    e.location = QStringLiteral("Sydney, AU");
    e.description = QStringLiteral("Held for inspection");
    e.version = 1;
    return e;
}

inline OrderException orderException()
{
    OrderException e;
    e.id = QStringLiteral("exc-3");
    e.orderId = QStringLiteral("ord-77");
    e.code = ExceptionCode::CustomsHold;
    e.carrierSubStatus = QStringLiteral("Exception_Security");
    e.status = ExceptionStatus::Resolved;
    e.aiProposal = QStringLiteral("order.hold");
    e.aiRationale = QStringLiteral("Customs asks for an invoice; hold until it is sent.");
    e.openedAt = at(20, 3, 5);
    e.slaDueAt = at(21, 3, 5);
    e.resolution = QStringLiteral("Invoice sent, released by customs");
    e.version = 4;
    return e;
}

inline Problem problem()
{
    return Problem{QStringLiteral("https://watchkeeper.invalid/problems/lease_held"), QStringLiteral("Lease held"),
                   409, QStringLiteral("sv-ben holds this item until 08:20"), QStringLiteral("lease_held")};
}

inline Command decideCommand()
{
    Command c;
    c.id = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
    c.seq = 41;
    c.type = CommandType::ReviewDecide;
    c.target = QStringLiteral("rev-0001");
    c.baseVersion = 12;
    c.payload = QJsonObject{{QStringLiteral("decision"), QStringLiteral("reject")},
                            {QStringLiteral("reasons"), QJsonArray{QStringLiteral("flash_frame")}},
                            {QStringLiteral("reject_reason"), QStringLiteral("Flash frame at 1.2 s")},
                            {QStringLiteral("ranges"), QJsonArray{codec::encode(TimeRange{1200, 1840, {}, {}})}}};
    return c;
}

inline Command claimCommand()
{
    Command c;
    c.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    c.seq = 40;
    c.type = CommandType::ReviewClaim;
    c.target = QStringLiteral("rev-0001");
    c.baseVersion = 11;
    return c;
}

inline ChangesPage changesPage()
{
    ChangesPage p;
    p.changes = {codec::upsertChange(supplier()),
                 codec::upsertChange(supplierMetrics()),
                 codec::upsertChange(product()),
                 codec::upsertChange(reviewItem()),
                 codec::upsertChange(minimalReviewItem()),
                 codec::upsertChange(order()),
                 codec::upsertChange(shipmentEvent()),
                 codec::upsertChange(orderException()),
                 codec::deleteChange(EntityKind::Order, QStringLiteral("ord-1"), 5)};
    p.cursor = QStringLiteral("g1:000000000042");
    p.hasMore = true;
    p.lastCommandSeq = 41;
    return p;
}

inline CommandResults commandResults()
{
    CommandResult applied;
    applied.id = claimCommand().id;
    applied.outcome = CommandOutcome::Applied;
    applied.version = 12;
    CommandResult conflict;
    conflict.id = decideCommand().id;
    conflict.outcome = CommandOutcome::Conflict;
    conflict.version = 13;
    conflict.current = codec::encode(codec::upsertChange(reviewItem()));
    conflict.problem = problem();
    CommandResult rejected;
    rejected.id = QStringLiteral("123e4567-e89b-12d3-a456-426614174999");
    rejected.outcome = CommandOutcome::Rejected;
    rejected.problem = Problem{{}, QStringLiteral("Invalid state"), 0, {}, QStringLiteral("invalid_state")};
    return CommandResults{{applied, conflict, rejected}};
}

} // namespace wk::samples
