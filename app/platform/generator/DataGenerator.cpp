#include "DataGenerator.h"

#include "GeneratorWorld.h"
#include "ReviewItemFactory.h"

#include <algorithm>

namespace wk::platform {

namespace {

// Live ticks number their entities far above what generate() uses, so that a live item never
// overwrites a generated one. (generate() makes ~10^4 review items, ~3*10^5 events, ~10^3 exceptions.)
constexpr qint64 kLiveReviewBase = 9000000;
constexpr qint64 kLiveEventBase = 90000000;
constexpr qint64 kLiveExceptionBase = 900000;

} // namespace

DataGenerator::DataGenerator(GeneratorOptions options) : m_options(std::move(options)), m_rng(m_options.seed) {}

DataGenerator::~DataGenerator() = default;

void DataGenerator::continueLiveIdsAfter(qint64 review, qint64 event, qint64 exception)
{
    m_liveReviewAfter = review;
    m_liveEventAfter = event;
    m_liveExceptionAfter = exception;
    if (m_world)
        m_world->continueIdsFrom(std::max(kLiveReviewBase, review), std::max(kLiveEventBase, event),
                                 std::max(kLiveExceptionBase, exception));
}

qint64 DataGenerator::liveReviewBase() { return kLiveReviewBase; }
qint64 DataGenerator::liveEventBase() { return kLiveEventBase; }
qint64 DataGenerator::liveExceptionBase() { return kLiveExceptionBase; }

void DataGenerator::generate(GenerationSink &sink)
{
    m_world = std::make_unique<GeneratorWorld>(m_options, m_rng);
    m_world->build(&sink);
    if (m_world->products().isEmpty())
        return;
    ReviewItemFactory reviews(*m_world, m_rng, m_options.seed);
    if (m_options.reviewItems >= 0)
        reviews.emitCount(sink, m_options.reviewItems, m_options.now);
    else
        reviews.emitPerProduct(sink, m_options.now);
}

void DataGenerator::generateLiveTick(GenerationSink &sink, const QDateTime &now, int items)
{
    if (!m_world) {
        // A live generator next to a store generated earlier: rebuild the same world (same seed,
        // same draws) without emitting it, so that ticks refer to products and orders that exist.
        m_world = std::make_unique<GeneratorWorld>(m_options, m_rng);
        m_world->build(nullptr);
        m_world->continueIdsFrom(std::max(kLiveReviewBase, m_liveReviewAfter), std::max(kLiveEventBase, m_liveEventAfter),
                                 std::max(kLiveExceptionBase, m_liveExceptionAfter));
    }
    ++m_liveCounter;
    if (m_world->products().isEmpty())
        return;
    Dice dice(m_rng);
    ReviewItemFactory reviews(*m_world, m_rng, m_options.seed);
    for (int i = 0; i < items; ++i) {
        // Fresh from the generators: created now, with the full SLA ahead.
        const QList<int> weights{200, 300, 30};
        ReviewItem item = reviews.make(MediaKind(dice.weighted(weights)), -1, now);
        const qint64 sla = item.createdAt.secsTo(item.slaDueAt);
        item.createdAt = now;
        item.slaDueAt = now.addSecs(sla);
        item.status = ReviewStatus::Open;
        item.claimedBy.clear();
        item.claimExpiresAt = {};
        item.decision.reset();
        sink.reviewItem(item);
    }

    // Parcels move on: one carrier scan per new item, on orders still on their way.
    QList<OrderInfo> &orders = m_world->orders();
    if (orders.isEmpty())
        return;
    for (int i = 0; i < items; ++i) {
        OrderInfo &order = orders[dice.between(0, int(orders.size()) - 1)];
        if (!order.shipped || order.hasException)
            continue;
        QString status;
        switch (order.stage) {
        case OrderStage::InTransit: status = dice.chance(0.5) ? QStringLiteral("InTransit_Arrival") : QStringLiteral("InTransit_Departure"); break;
        case OrderStage::Customs: status = QStringLiteral("InTransit_CustomsReleased"); order.stage = OrderStage::LastMile; break;
        case OrderStage::LastMile: status = QStringLiteral("Delivered_Other"); order.stage = OrderStage::Delivered; break;
        default: continue;
        }
        order.lastEventAt = now;
        sink.shipmentEvent(m_world->makeEvent(order, status, now));
    }
    // Now and then something goes wrong: about one exception per fifty live items.
    if (dice.chance(std::min(1.0, items / 50.0))) {
        OrderInfo &order = orders[dice.between(0, int(orders.size()) - 1)];
        if (order.shipped && !order.hasException
            && (order.stage == OrderStage::InTransit || order.stage == OrderStage::LastMile)) {
            order.hasException = true;
            const ExceptionCode code = order.stage == OrderStage::InTransit ? ExceptionCode::Stalled
                                                                            : ExceptionCode::DeliveryFailed;
            sink.orderException(m_world->makeException(order, code, now, true));
        }
    }
}

} // namespace wk::platform
