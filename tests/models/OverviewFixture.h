#pragma once
// A cache filled through the stores with a shift's worth of data around `now`, deterministic from a
// seed: products, flagged media of every kind (copy above its expected rate, so one drift shows),
// decisions by three supervisors, orders in every stage and currency, exceptions with SLA clocks.
// Shared by the Overview's query test and its GUI test.
#include "CodecSamples.h"
#include "rules/Guarantee.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/ProductStore.h"
#include "storage/ReviewStore.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>

namespace wk::fixture {

struct OverviewFixtureSizes {
    int products = 400;
    int images = 80;    // of 2,000: 4 %
    int videos = 124;   // of 400: 31 %
    int copies = 40;    // of 2,400: 1.7 %, above the 1 % band
    int orders = 1500;
    int exceptions = 33;
};

inline void fillOverviewCache(Database &db, const QDateTime &now, quint32 seed = 7, OverviewFixtureSizes n = {})
{
    QRandomGenerator rng(seed);
    const auto pick = [&rng](const auto &list) { return list.at(rng.bounded(int(list.size()))); };
    const auto minutes = [&rng](int from, int to) { return qint64(from + int(rng.bounded(to - from))) * 60; };
    const QStringList supervisors{QStringLiteral("sv-anna"), QStringLiteral("sv-bo"), QStringLiteral("sv-chen")};
    const QStringList currencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                 QStringLiteral("AUD"), QStringLiteral("CAD")};
    const QList<FlagReason> mediaReasons{FlagReason::ArtefactVisible, FlagReason::ProductMismatch,
                                         FlagReason::WrongColour, FlagReason::LowConfidence, FlagReason::GarbledText};
    const QList<FlagReason> videoReasons{FlagReason::ContinuityGlitch, FlagReason::FlashFrame,
                                         FlagReason::ArtefactVisible};
    const QList<FlagReason> copyReasons{FlagReason::UnbackedClaim, FlagReason::ForbiddenClaim,
                                        FlagReason::CertificationClaim, FlagReason::NumberMismatch,
                                        FlagReason::TrademarkRisk};
    const QList<ExceptionCode> codes{ExceptionCode::TrackingInvalid, ExceptionCode::Stalled,
                                     ExceptionCode::CustomsHold,     ExceptionCode::Lost,
                                     ExceptionCode::Damaged,         ExceptionCode::QualityComplaint,
                                     ExceptionCode::SupplierLate,    ExceptionCode::TrackingInvalid};

    Transaction tx(db);
    ProductStore products(db);
    for (int i = 0; i < n.products; ++i) {
        Product p = samples::product();
        p.id = QStringLiteral("prod-%1").arg(i, 4, 10, QLatin1Char('0'));
        p.sku = QStringLiteral("SKU-%1").arg(i);
        products.upsert(p);
    }
    ReviewStore reviews(db);
    int serial = 0;
    const auto addItems = [&](MediaKind kind, int count, const QList<FlagReason> &reasons) {
        for (int i = 0; i < count; ++i) {
            ReviewItem item = samples::reviewItem();
            item.id = QStringLiteral("rev-%1").arg(++serial, 5, 10, QLatin1Char('0'));
            item.kind = kind;
            item.productId = QStringLiteral("prod-%1").arg(int(rng.bounded(n.products)), 4, 10, QLatin1Char('0'));
            item.flagReasons = {pick(reasons)};
            if (rng.bounded(3) == 0)
                item.flagReasons << FlagReason::LowConfidence;
            item.createdAt = now.addSecs(-minutes(30, 20 * 60));
            item.slaDueAt = now.addSecs(minutes(-180, 300));
            item.claimedBy.clear();
            item.claimExpiresAt = {};
            item.decision.reset();
            const int roll = int(rng.bounded(100));
            if (roll < 45) {
                item.status = ReviewStatus::Open;
            } else if (roll < 55) {
                item.status = ReviewStatus::Claimed;
                item.claimedBy = pick(supervisors);
                item.claimExpiresAt = now.addSecs(300);
            } else if (roll < 60) {
                item.status = ReviewStatus::Escalated;
            } else {
                item.status = ReviewStatus::Decided;
                const QList<DecisionKind> kinds{DecisionKind::Approve, DecisionKind::Reject, DecisionKind::Regenerate,
                                                DecisionKind::Reject, DecisionKind::Correct};
                item.decision = DecisionRecord{pick(kinds), pick(supervisors), now.addSecs(-minutes(1, 10 * 60)),
                                               QString()};
            }
            reviews.upsert(item);
        }
    };
    addItems(MediaKind::Image, n.images, mediaReasons);
    addItems(MediaKind::Video, n.videos, videoReasons);
    addItems(MediaKind::Copy, n.copies, copyReasons);

    OrderStore orders(db);
    const QDateTime weekAgo = now.addDays(-10);
    for (int i = 0; i < n.orders; ++i) {
        Order o = samples::order();
        o.id = QStringLiteral("ord-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString currency = pick(currencies);
        o.goods = Money(1000 + rng.bounded(20000), currency);
        o.shipping = Money(300 + rng.bounded(2000), currency);
        o.fee = Guarantee::serviceFee(o.goods, o.shipping).value();
        o.stage = OrderStage(rng.bounded(9));
        o.placedAt = weekAgo.addSecs(minutes(0, 10 * 24 * 60));
        o.stageEnteredAt = o.placedAt.addSecs(minutes(0, 3 * 24 * 60));
        if (o.stageEnteredAt > now)
            o.stageEnteredAt = now.addSecs(-60);
        o.onHold = false;
        orders.upsert(o);
    }
    for (int i = 0; i < n.exceptions; ++i) {
        OrderException e = samples::orderException();
        e.id = QStringLiteral("exc-%1").arg(i, 4, 10, QLatin1Char('0'));
        e.orderId = QStringLiteral("ord-%1").arg(int(rng.bounded(n.orders)), 5, 10, QLatin1Char('0'));
        e.code = pick(codes);
        e.status = rng.bounded(4) == 0 ? ExceptionStatus::Resolved : ExceptionStatus::Open;
        e.openedAt = now.addSecs(-minutes(10, 10 * 24 * 60));
        e.slaDueAt = now.addSecs(minutes(-120, 6 * 60));
        e.resolution = e.status == ExceptionStatus::Resolved ? QStringLiteral("reshipped") : QString();
        orders.upsert(e);
    }
    tx.commit();
}

} // namespace wk::fixture
