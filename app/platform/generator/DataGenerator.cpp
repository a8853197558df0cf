#include "DataGenerator.h"

#include "GeneratorText.h"
#include "MediaLibrary.h"
#include "ReviewItemFactory.h"
#include "Tracking.h"

#include <array>

namespace wk::platform {
namespace {

QString stableId(const char *prefix, qint64 n, int width)
{
    return QLatin1StringView(prefix) + QString::number(n).rightJustified(width, QLatin1Char('0'));
}
QString supplierId(int i) { return stableId("sup-", i + 1, 6); }
QString productId(int i) { return stableId("prd-", i + 1, 6); }
QString orderId(int i) { return stableId("ord-", i + 1, 7); }

double uniform(QRandomGenerator64 &rng) { return rng.generateDouble(); }
int between(QRandomGenerator64 &rng, int lo, int hi) { return lo + int(rng.bounded(quint64(hi - lo + 1))); }

struct Market { const char *code; const char *currency; qint64 usdToLocalPermille; };
constexpr std::array<Market, 7> kMarkets{{{"US", "USD", 1000}, {"CA", "CAD", 1370}, {"DE", "EUR", 930},
    {"FR", "EUR", 930}, {"GB", "GBP", 790}, {"AU", "AUD", 1520}, {"ES", "EUR", 930}}};
constexpr std::array<int, 7> kMarketWeights{{38, 10, 14, 9, 14, 11, 4}};

const Market &pickMarket(QRandomGenerator64 &rng)
{
    int r = int(rng.bounded(quint64(100)));
    for (size_t i = 0; i < kMarkets.size(); ++i) {
        if (r < kMarketWeights[i])
            return kMarkets[i];
        r -= kMarketWeights[i];
    }
    return kMarkets[0];
}

constexpr std::array<const char *, 8> kFirstNames{{"Emma", "Liam", "Olivia", "Noah", "Mia", "Lukas", "Chloé", "Jack"}};
constexpr std::array<const char *, 8> kLastNames{{"Smith", "Müller", "Martin", "Brown", "Wilson", "Dubois", "Taylor", "García"}};

// What the AI proposes for each exception, and why (a sentence a supervisor can check).
struct ExceptionPlay { ExceptionCode code; const char *subStatus; CommandType proposal; const char *rationale; int slaHours; };
constexpr std::array<ExceptionPlay, 13> kPlays{{
    {ExceptionCode::TrackingInvalid, "NotFound_InvalidCode", CommandType::OrderFixTracking,
     "The carrier does not recognise the number; the supplier's dispatch note shows a transposed digit.", 24},
    {ExceptionCode::Stalled, "InTransit_Other", CommandType::OrderHold,
     "No carrier scan for 9 days on a lane that usually scans every 2 days.", 48},
    {ExceptionCode::CustomsHold, "InTransit_CustomsProcessing", CommandType::ExceptionEscalate,
     "Customs asked for a certificate of conformity the supplier has not uploaded.", 72},
    {ExceptionCode::DeliveryFailed, "DeliveryFailure_NoBody", CommandType::OrderNote,
     "Two delivery attempts found nobody home; the customer has not answered the carrier.", 48},
    {ExceptionCode::Returning, "Exception_Returning", CommandType::OrderRefund,
     "The parcel is on its way back to the sender; the delivery guarantee means a full refund.", 72},
    {ExceptionCode::Lost, "Exception_Lost", CommandType::OrderReship,
     "The carrier has declared the parcel lost; reshipping is cheaper than the refund.", 24},
    {ExceptionCode::Damaged, "Exception_Damage", CommandType::OrderRefund,
     "The carrier reported damage in transit; photos show a crushed box.", 24},
    {ExceptionCode::Refused, "Exception_Rejected", CommandType::OrderRefund,
     "The customer refused the parcel at the door citing import charges.", 48},
    {ExceptionCode::SupplierLate, "InfoReceived", CommandType::OrderHold,
     "The supplier is 6 days past the promised dispatch date and has not replied.", 24},
    {ExceptionCode::WrongItem, "Delivered", CommandType::OrderReship,
     "The customer's photo shows a different colour than ordered.", 24},
    {ExceptionCode::ConsolidationQcFail, "InfoReceived", CommandType::OrderReship,
     "The consolidation warehouse's QC found stitching defects in 3 of 5 units.", 24},
    {ExceptionCode::QualityComplaint, "Delivered", CommandType::OrderRefund,
     "The customer reports the item broke within a week; the quality guarantee applies.", 48},
    {ExceptionCode::DeliveredNotReceived, "Delivered", CommandType::ExceptionEscalate,
     "The carrier shows delivered but the customer says nothing arrived; no signature was taken.", 48}}};

// A plausible 17TRACK-style history for each stage: the events that stage has seen so far.
struct EventStep { const char *status; const char *description; bool origin; };
constexpr std::array<EventStep, 8> kHistory{{
    {"InfoReceived", "Shipment information received", true},
    {"InTransit_PickedUp", "Picked up by the carrier", true},
    {"InTransit_Departure", "Departed the origin facility", true},
    {"InTransit_Departure", "Departed the origin country", true},
    {"InTransit_CustomsProcessing", "Customs clearance in progress", false},
    {"InTransit_Arrival", "Arrived at the destination sorting centre", false},
    {"OutForDelivery", "Out for delivery", false},
    {"Delivered", "Delivered", false}}};

int historyLength(OrderStage stage)
{
    switch (stage) {
    case OrderStage::Placed: return 0;
    case OrderStage::Purchased: return 1;
    case OrderStage::AtWarehouse: return 2;
    case OrderStage::InTransit: return 4;
    case OrderStage::Customs: return 5;
    case OrderStage::LastMile: return 7;
    case OrderStage::Delivered: case OrderStage::Returned: case OrderStage::Refunded: return 8;
    }
    return 0;
}

// CONTEXT.md: per product ~5 images flagged at single-digit %, 1 video at ~30%, copy in 6 locales rarely.
constexpr int kImagesPerProduct = 5;
constexpr double kImageFlagRate = 0.06;
constexpr double kVideoFlagRate = 0.30;
constexpr double kCopyFlagRate = 0.01;

class NullSink : public GenerationSink
{
public:
    void supplier(const Supplier &) override {}
    void supplierMetrics(const SupplierMetrics &) override {}
    void product(const Product &) override {}
    void reviewItem(const ReviewItem &) override {}
    void order(const Order &) override {}
    void shipmentEvent(const ShipmentEvent &) override {}
    void orderException(const OrderException &) override {}
};

} // namespace

DataGenerator::DataGenerator(GeneratorOptions options)
    : m_options(std::move(options)), m_rng(m_options.seed)
{
}

void DataGenerator::generate(GenerationSink &sink)
{
    m_rng.seed(m_options.seed);
    generateSuppliers(sink);
    m_products = generateProducts(sink);
    generateOrders(sink, m_products);
    generateReviewItems(sink, m_products);
}

void DataGenerator::generateSuppliers(GenerationSink &sink)
{
    const QDate lastWeek = m_options.now.date().addDays(-(m_options.now.date().dayOfWeek() - 1) - 7);
    for (int i = 0; i < m_options.suppliers; ++i) {
        Supplier s;
        s.id = supplierId(i);
        const double r = uniform(m_rng);
        s.tier = r < 0.05 ? SupplierTier::PalletTrader : r < 0.30 ? SupplierTier::DirectFactory : SupplierTier::LongTail1688;
        const auto &c = text::city(int(m_rng.bounded(quint64(text::cityCount()))));
        text::supplierNames(m_rng, c, s.tier, &s.name, &s.nameZh);
        s.region = QString::fromLatin1(c.region);
        s.city = QString::fromLatin1(c.city);
        if (uniform(m_rng) < (s.tier == SupplierTier::LongTail1688 ? 0.04 : 0.01)) {
            s.status = SupplierStatus::Suspended;
            s.statusReason = QStringLiteral("Quality complaints above the tier's threshold for three weeks.");
        }
        s.version = 1;
        sink.supplier(s);

        // Pallet traders ship in bulk and steadily; the long tail is small and noisy.
        const int base = s.tier == SupplierTier::PalletTrader ? 400 : s.tier == SupplierTier::DirectFactory ? 80 : 6;
        const double onTimeRate = s.tier == SupplierTier::PalletTrader ? 0.95 : s.tier == SupplierTier::DirectFactory ? 0.91 : 0.82;
        const double noise = s.tier == SupplierTier::LongTail1688 ? 0.15 : 0.04;
        const int leadHours = s.tier == SupplierTier::PalletTrader ? 30 : s.tier == SupplierTier::DirectFactory ? 52 : 80;
        for (int w = m_options.metricPeriods - 1; w >= 0; --w) {
            SupplierMetrics m;
            m.supplierId = s.id;
            m.periodStart = lastWeek.addDays(-7 * w);
            m.id = s.id + QLatin1Char(':') + m.periodStart.toString(Qt::ISODate) + QStringLiteral(":week");
            m.orders = qMax(0, int(base * (0.7 + 0.6 * uniform(m_rng))));
            const double rate = qBound(0.3, onTimeRate + noise * (uniform(m_rng) - 0.5) * 2, 1.0);
            m.onTime = int(m.orders * rate);
            m.defects = int(m.orders * (0.005 + 0.03 * uniform(m_rng) * (noise * 10)));
            m.exceptions = int(m.orders * (0.01 + 0.02 * uniform(m_rng)));
            m.leadTimeHoursSum = qint64(m.orders) * (leadHours + between(m_rng, -8, 24));
            m.mediaReviewed = int(m.orders * 0.5) + between(m_rng, 0, 5);
            m.mediaRejected = int(m.mediaReviewed * 0.1 * uniform(m_rng) * (noise * 10));
            m.version = 1;
            sink.supplierMetrics(m);
        }
    }
}

QList<Product> DataGenerator::generateProducts(GenerationSink &sink)
{
    QList<Product> products;
    products.reserve(m_options.products);
    static const QStringList kCerts{QStringLiteral("CE"), QStringLiteral("UKCA"), QStringLiteral("FCC"),
                                    QStringLiteral("CE,UKCA"), QString(), QString(), QString()};
    for (int i = 0; i < m_options.products; ++i) {
        const auto &kind = text::productKind(int(m_rng.bounded(quint64(text::productKindCount()))));
        Product p;
        p.id = productId(i);
        p.sku = QStringLiteral("WK-") + QString::number(100000 + i * 7 % 900000) + QLatin1Char('-')
            + QString::fromLatin1(kind.media).left(3).toUpper();
        const QString colour = text::colour(m_rng);
        p.title = text::adjective(m_rng) + QLatin1Char(' ') + QString::fromLatin1(kind.noun) + QStringLiteral(", ") + colour;
        p.supplierId = supplierId(int(m_rng.bounded(quint64(qMax(1, m_options.suppliers)))));
        p.category = QString::fromLatin1(kind.category);
        p.attributes.insert(QStringLiteral("material"), QString::fromLatin1(kind.material));
        p.attributes.insert(QStringLiteral("size_cm"), QString::number(between(m_rng, kind.sizeMin, kind.sizeMax)));
        p.attributes.insert(QStringLiteral("weight_g"), QString::number(between(m_rng, kind.weightMin, kind.weightMax)));
        p.attributes.insert(QStringLiteral("colour"), colour);
        p.attributes.insert(QStringLiteral("certifications"), kCerts.at(int(m_rng.bounded(quint64(kCerts.size())))));
        p.attributes.insert(QStringLiteral("media_product"), QString::fromLatin1(kind.media));
        p.price = Money(between(m_rng, kind.priceMinCents, kind.priceMaxCents), QStringLiteral("USD"));
        p.version = 1;
        sink.product(p);
        products << p;
    }
    return products;
}

QString DataGenerator::trackingFor(quint64 r, bool invalid, QString *carrier)
{
    if (r % 5 == 0) {
        *carrier = QStringLiteral("UPS");
        const QString n = makeUps(r);
        return invalid ? n.left(12) : n;
    }
    *carrier = (r % 5 == 1) ? QStringLiteral("China Post") : QStringLiteral("Yanwen");
    const QString n = makeS10(r % 2 ? QStringLiteral("LX") : QStringLiteral("RB"), quint32(r >> 8), QStringLiteral("CN"));
    if (!invalid)
        return n;
    QString bad = n; // a wrong check digit: the classic mistyped number
    bad[10] = QLatin1Char(char('0' + (n.at(10).unicode() - u'0' + 3) % 10));
    return bad;
}

void DataGenerator::emitOrderHistory(GenerationSink &sink, const Order &o, int steps, const QString &lastStatus)
{
    const qint64 span = qMax<qint64>(3600, o.placedAt.secsTo(o.stageEnteredAt));
    for (int k = 0; k < steps; ++k) {
        ShipmentEvent e;
        e.orderId = o.id;
        e.id = QStringLiteral("evt-") + o.id.mid(4) + QLatin1Char('-') + QString::number(k + 1);
        e.at = o.placedAt.addSecs(span * (k + 1) / (steps + 1));
        const bool last = k == steps - 1 && !lastStatus.isEmpty();
        e.carrierStatus = last ? lastStatus : QString::fromLatin1(kHistory[size_t(k)].status);
        e.description = last ? lastStatus.section(QLatin1Char('_'), -1) : QString::fromLatin1(kHistory[size_t(k)].description);
        e.location = kHistory[size_t(k)].origin ? QStringLiteral("Yiwu, CN") : o.shipCountry;
        e.version = 1;
        sink.shipmentEvent(e);
    }
}

void DataGenerator::generateOrders(GenerationSink &sink, const QList<Product> &products)
{
    const int stageCount = 9;
    constexpr std::array<int, 9> kStageWeights{{4, 6, 8, 22, 6, 10, 38, 3, 3}};
    for (int i = 0; i < m_options.orders && !products.isEmpty(); ++i) {
        const Product &p = products.at(int(m_rng.bounded(quint64(products.size()))));
        const Market &market = pickMarket(m_rng);
        Order o;
        o.id = orderId(i);
        o.market = QString::fromLatin1(market.code);
        o.shipCountry = o.market;
        const QString first = QString::fromUtf8(kFirstNames[m_rng.bounded(quint64(kFirstNames.size()))]);
        const QString last = QString::fromUtf8(kLastNames[m_rng.bounded(quint64(kLastNames.size()))]);
        o.customerName = first + QLatin1Char(' ') + last;
        o.customerEmail = first.toLower() + QLatin1Char('.') + QString::number(i + 1) + QStringLiteral("@example.com");
        int r = int(m_rng.bounded(quint64(100)));
        int s = 0;
        while (s < stageCount - 1 && r >= kStageWeights[size_t(s)])
            r -= kStageWeights[size_t(s++)];
        o.stage = OrderStage(s);
        o.supplierId = p.supplierId;
        o.productId = p.id;
        o.quantity = uniform(m_rng) < 0.85 ? 1 : between(m_rng, 2, 4);
        const QString currency = QString::fromLatin1(market.currency);
        const Money unit = *Money(p.price.minorUnits(), currency).scaled(market.usdToLocalPermille, 1000);
        o.goods = Money(unit.minorUnits() * o.quantity, currency);
        o.shipping = *Money(between(m_rng, 299, 1299), QStringLiteral("USD")).scaled(market.usdToLocalPermille, 1000);
        o.shipping = Money(o.shipping.minorUnits(), currency);
        o.fee = *o.goods.plus(o.shipping)->scaled(10, 100);
        o.supplierCostCny = Money(p.price.minorUnits() * o.quantity * 72 / 10 * 6 / 10, QStringLiteral("CNY"));
        o.placedAt = m_options.now.addSecs(-qint64(between(m_rng, 3600, 40 * 86400)));
        o.stageEnteredAt = o.placedAt.addSecs(o.placedAt.secsTo(m_options.now) * between(m_rng, 50, 95) / 100);
        const bool exception = uniform(m_rng) < 0.02;
        const ExceptionPlay &play = kPlays[size_t(i) % kPlays.size()];
        const bool invalidTracking = exception && play.code == ExceptionCode::TrackingInvalid;
        if (exception && o.stage < OrderStage::InTransit && play.code != ExceptionCode::SupplierLate
            && play.code != ExceptionCode::ConsolidationQcFail)
            o.stage = OrderStage::InTransit; // the carrier-side exceptions need a parcel on its way
        if (o.stage != OrderStage::Placed)
            o.trackingNumber = trackingFor(m_rng.generate(), invalidTracking, &o.carrier);
        o.version = 1;
        sink.order(o);

        int steps = qMin(int(kHistory.size()), historyLength(o.stage));
        QString lastStatus;
        if (exception) {
            steps = qMax(steps, 2);
            lastStatus = QString::fromLatin1(play.subStatus);
        }
        emitOrderHistory(sink, o, steps, lastStatus);
        if (exception) {
            OrderException x;
            x.id = stableId("exc-", i + 1, 7);
            x.orderId = o.id;
            x.code = play.code;
            x.carrierSubStatus = QString::fromLatin1(play.subStatus);
            x.aiProposal = toCode(play.proposal);
            x.aiRationale = QString::fromLatin1(play.rationale);
            x.openedAt = m_options.now.addSecs(-qint64(between(m_rng, 600, 3 * 86400)));
            x.slaDueAt = x.openedAt.addSecs(qint64(play.slaHours) * 3600);
            if (uniform(m_rng) < 0.15) {
                x.status = ExceptionStatus::Resolved;
                x.resolution = QStringLiteral("Resolved as proposed.");
            }
            x.version = 1;
            sink.orderException(x);
        }
    }
}

void DataGenerator::generateReviewItems(GenerationSink &sink, const QList<Product> &products)
{
    if (products.isEmpty())
        return;
    const ReviewItemFactory factory(m_options.now);
    qint64 next = 0;
    auto emitItem = [&](MediaKind kind, const Product &p, int locale) {
        sink.reviewItem(factory.make(m_rng, kind, p, stableId("rvw-", ++next, 6), locale));
    };
    if (m_options.reviewItems < 0) {
        for (const Product &p : products) {
            for (int i = 0; i < kImagesPerProduct; ++i)
                if (uniform(m_rng) < kImageFlagRate)
                    emitItem(MediaKind::Image, p, 0);
            if (uniform(m_rng) < kVideoFlagRate)
                emitItem(MediaKind::Video, p, 0);
            for (int l = 0; l < ReviewItemFactory::localeCount(); ++l)
                if (uniform(m_rng) < kCopyFlagRate)
                    emitItem(MediaKind::Copy, p, l);
        }
        return;
    }
    // A set total (benchmarks, --scale): the same mix of kinds as the derived rates.
    const double image = kImagesPerProduct * kImageFlagRate;
    const double copy = ReviewItemFactory::localeCount() * kCopyFlagRate;
    const double total = image + kVideoFlagRate + copy;
    for (int n = 0; n < m_options.reviewItems; ++n) {
        const Product &p = products.at(n % products.size());
        const double r = uniform(m_rng) * total;
        const MediaKind kind = r < image ? MediaKind::Image : r < image + kVideoFlagRate ? MediaKind::Video : MediaKind::Copy;
        emitItem(kind, p, int(m_rng.bounded(quint64(ReviewItemFactory::localeCount()))));
    }
}

void DataGenerator::generateLiveTick(GenerationSink &sink, const QDateTime &now, int items)
{
    ++m_liveCounter;
    if (m_products.isEmpty()) {
        // A live tick without a preceding generate(): rebuild the same products silently.
        NullSink null;
        m_rng.seed(m_options.seed);
        generateSuppliers(null);
        m_products = generateProducts(null);
    }
    // Each tick has its own stream so that it depends only on the seed and the tick number.
    QRandomGenerator64 rng(m_options.seed ^ (quint64(m_liveCounter) * 0x9E3779B97F4A7C15ull));
    const ReviewItemFactory factory(now);
    const QString tick = QString::number(m_liveCounter).rightJustified(6, QLatin1Char('0'));
    for (int i = 0; i < items; ++i) {
        const Product &p = m_products.at(int(rng.bounded(quint64(m_products.size()))));
        const quint64 k = rng.bounded(quint64(10));
        const MediaKind kind = k < 5 ? MediaKind::Video : k < 9 ? MediaKind::Image : MediaKind::Copy;
        ReviewItem item = factory.make(rng, kind, p, QStringLiteral("rvw-L") + tick + QLatin1Char('-') + QString::number(i + 1),
                                       int(rng.bounded(quint64(ReviewItemFactory::localeCount()))));
        item.createdAt = now;
        item.slaDueAt = now.addSecs(kind == MediaKind::Copy ? 48 * 3600 : 24 * 3600);
        item.status = ReviewStatus::Open;
        item.claimedBy.clear();
        item.claimExpiresAt = QDateTime();
        item.decision.reset();
        sink.reviewItem(item);
    }
    if (m_options.orders <= 0)
        return;
    static const std::array<const char *, 4> kLiveStatuses{{"InTransit_Arrival", "InTransit_CustomsProcessing",
                                                            "OutForDelivery", "Delivered"}};
    for (int i = 0; i < qMax(1, items * 2); ++i) {
        ShipmentEvent e;
        e.orderId = orderId(int(rng.bounded(quint64(m_options.orders))));
        e.id = QStringLiteral("evt-L") + tick + QLatin1Char('-') + QString::number(i + 1);
        e.at = now;
        e.carrierStatus = QString::fromLatin1(kLiveStatuses[rng.bounded(quint64(kLiveStatuses.size()))]);
        e.description = e.carrierStatus.section(QLatin1Char('_'), -1);
        e.location = QStringLiteral("Destination hub");
        e.version = 1;
        sink.shipmentEvent(e);
    }
    if (rng.bounded(quint64(5)) == 0) {
        const ExceptionPlay &play = kPlays[rng.bounded(quint64(kPlays.size()))];
        OrderException x;
        x.id = QStringLiteral("exc-L") + tick;
        x.orderId = orderId(int(rng.bounded(quint64(m_options.orders))));
        x.code = play.code;
        x.carrierSubStatus = QString::fromLatin1(play.subStatus);
        x.aiProposal = toCode(play.proposal);
        x.aiRationale = QString::fromLatin1(play.rationale);
        x.openedAt = now;
        x.slaDueAt = now.addSecs(qint64(play.slaHours) * 3600);
        x.version = 1;
        sink.orderException(x);
    }
}

} // namespace wk::platform
