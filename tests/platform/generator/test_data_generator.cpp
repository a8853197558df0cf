// The data generator: deterministic per seed, and the data set has the shape CONTEXT.md describes.
#include "DataGenerator.h"
#include "MediaLibrary.h"
#include "Tracking.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTest>

using namespace wk;
using namespace wk::platform;

namespace {
// Hashes a dump of every field that matters, in emission order.
class HashingSink : public GenerationSink
{
public:
    QCryptographicHash hash{QCryptographicHash::Sha256};
    void add(const QStringList &fields) { hash.addData(fields.join(QChar(0x1f)).toUtf8()); hash.addData("\n"); }
    static QString money(const Money &m) { return m.toPlainString() + m.currency(); }
    void supplier(const Supplier &s) override
    { add({s.id, s.name, s.nameZh, toCode(s.tier), s.city, toCode(s.status)}); }
    void supplierMetrics(const SupplierMetrics &m) override
    { add({m.id, QString::number(m.orders), QString::number(m.onTime), QString::number(m.defects)}); }
    void product(const Product &p) override
    {
        QStringList f{p.id, p.sku, p.title, p.supplierId, money(p.price)};
        for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it)
            f << it.key() << it.value();
        add(f);
    }
    void reviewItem(const ReviewItem &r) override
    {
        QStringList f{r.id, toCode(r.kind), r.productId, r.market, r.locale, QString::number(r.aiConfidence),
                      money(r.gmvAtRisk), toCode(r.status), r.createdAt.toString(Qt::ISODate), r.copyText,
                      r.media ? r.media->id : QString(), r.generatorMeta.value(QStringLiteral("seed"))};
        for (FlagReason fr : r.flagReasons)
            f << toCode(fr);
        for (const Region &g : r.suspectRegions)
            f << QString::number(g.x) << QString::number(g.y);
        add(f);
    }
    void order(const Order &o) override
    {
        add({o.id, o.market, toCode(o.stage), money(o.goods), money(o.shipping), money(o.fee),
             money(o.supplierCostCny), o.trackingNumber, o.placedAt.toString(Qt::ISODate)});
    }
    void shipmentEvent(const ShipmentEvent &e) override
    { add({e.id, e.orderId, e.at.toString(Qt::ISODate), e.carrierStatus}); }
    void orderException(const OrderException &x) override
    { add({x.id, x.orderId, toCode(x.code), x.aiProposal, x.slaDueAt.toString(Qt::ISODate)}); }
};

// Keeps what the shape checks need.
class StatsSink : public GenerationSink
{
public:
    QMap<SupplierTier, int> tiers;
    int suppliers = 0, suspended = 0, metrics = 0;
    QHash<QString, Product> products;
    QList<Order> orders;
    QHash<QString, int> eventsPerOrder;
    QList<OrderException> exceptions;
    QList<ReviewItem> items;
    void supplier(const Supplier &s) override
    { ++suppliers; ++tiers[s.tier]; suspended += s.status == SupplierStatus::Suspended; }
    void supplierMetrics(const SupplierMetrics &) override { ++metrics; }
    void product(const Product &p) override { products.insert(p.id, p); }
    void reviewItem(const ReviewItem &r) override { items << r; }
    void order(const Order &o) override { orders << o; }
    void shipmentEvent(const ShipmentEvent &e) override { ++eventsPerOrder[e.orderId]; }
    void orderException(const OrderException &x) override { exceptions << x; }
};

GeneratorOptions small(quint64 seed)
{
    GeneratorOptions o;
    o.seed = seed;
    o.suppliers = 120;
    o.products = 600;
    o.orders = 1500;
    o.metricPeriods = 4;
    return o;
}

QByteArray digest(const GeneratorOptions &o, int liveTicks = 0)
{
    HashingSink sink;
    DataGenerator g(o);
    g.generate(sink);
    for (int i = 0; i < liveTicks; ++i)
        g.generateLiveTick(sink, o.now.addSecs(60 * (i + 1)), 5);
    return sink.hash.result();
}
} // namespace

class TestDataGenerator : public QObject
{
    Q_OBJECT
    StatsSink m_stats;   // the default data set, generated once

private slots:
    void initTestCase()
    {
        QVERIFY2(!MediaLibrary::instance().entries().isEmpty(), "the demo media must be compiled in");
        DataGenerator(GeneratorOptions{}).generate(m_stats);
    }

    void sameSeedSameData()
    {
        QCOMPARE(digest(small(42), 3), digest(small(42), 3));
    }
    void differentSeedDifferentData()
    {
        QVERIFY(digest(small(42)) != digest(small(43)));
    }
    void liveTickDependsOnlyOnSeedAndCount()
    {
        // Without generate() first the tick must still be the same.
        HashingSink a, b;
        DataGenerator ga(small(9)), gb(small(9));
        ga.generateLiveTick(a, small(9).now, 4);
        gb.generateLiveTick(b, small(9).now, 4);
        QCOMPARE(a.hash.result(), b.hash.result());
        StatsSink s;
        DataGenerator gc(small(9));
        for (int i = 0; i < 10; ++i)
            gc.generateLiveTick(s, small(9).now, 3);
        QCOMPARE(s.items.size(), 30);
        QVERIFY(!s.eventsPerOrder.isEmpty());
    }

    void suppliersInThreeTiers()
    {
        QVERIFY(m_stats.suppliers >= 2000);
        const double n = m_stats.suppliers;
        QVERIFY(m_stats.tiers.value(SupplierTier::PalletTrader) / n > 0.02);
        QVERIFY(m_stats.tiers.value(SupplierTier::PalletTrader) / n < 0.10);
        QVERIFY(m_stats.tiers.value(SupplierTier::DirectFactory) / n > 0.18);
        QVERIFY(m_stats.tiers.value(SupplierTier::LongTail1688) / n > 0.60);
        QVERIFY(m_stats.suspended > 0);
        QCOMPARE(m_stats.metrics, m_stats.suppliers * GeneratorOptions{}.metricPeriods);
    }

    void ordersCoverStagesAndCurrencies()
    {
        QCOMPARE(m_stats.orders.size(), 50000);
        QSet<OrderStage> stages;
        QSet<QString> currencies;
        for (const Order &o : m_stats.orders) {
            stages.insert(o.stage);
            currencies.insert(o.goods.currency());
            QCOMPARE(o.shipping.currency(), o.goods.currency());
            QCOMPARE(o.supplierCostCny.currency(), QStringLiteral("CNY"));
            // Fee: 10% of goods + shipping, rounded half away from zero (Money::scaled).
            const qint64 base = o.goods.minorUnits() + o.shipping.minorUnits();
            QCOMPARE(o.fee.minorUnits(), (base * 10 + 50) / 100);
            QCOMPARE(o.fee.currency(), o.goods.currency());
        }
        QCOMPARE(stages.size(), 9);
        QCOMPARE(currencies, (QSet<QString>{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                            QStringLiteral("AUD"), QStringLiteral("CAD")}));
    }

    void shipmentHistories()
    {
        qint64 events = 0;
        int shipped = 0;
        for (const Order &o : m_stats.orders) {
            if (o.stage < OrderStage::InTransit)
                continue;
            ++shipped;
            events += m_stats.eventsPerOrder.value(o.id);
        }
        const double perOrder = double(events) / shipped;
        QVERIFY2(perOrder >= 4 && perOrder <= 8, qPrintable(QString::number(perOrder)));
    }

    void exceptionsAtTheRightRate()
    {
        const double rate = double(m_stats.exceptions.size()) / m_stats.orders.size();
        QVERIFY2(rate >= 0.01 && rate <= 0.03, qPrintable(QString::number(rate)));
        QSet<ExceptionCode> codes;
        int open = 0;
        for (const OrderException &x : m_stats.exceptions) {
            codes.insert(x.code);
            open += x.status == ExceptionStatus::Open;
            QVERIFY(fromCode<CommandType>(x.aiProposal).has_value());
            QVERIFY(!x.aiRationale.isEmpty());
            QVERIFY(x.slaDueAt > x.openedAt);
        }
        QCOMPARE(codes.size(), allCodes<ExceptionCode>().size());
        QVERIFY(open > m_stats.exceptions.size() / 2);
    }

    void trackingNumbers()
    {
        QSet<QString> invalidOrders;
        for (const OrderException &x : m_stats.exceptions)
            if (x.code == ExceptionCode::TrackingInvalid)
                invalidOrders.insert(x.orderId);
        int s10 = 0, invalid = 0;
        for (const Order &o : m_stats.orders) {
            if (o.trackingNumber.isEmpty() || o.trackingNumber.startsWith(QStringLiteral("1Z")))
                continue;
            ++s10;
            if (invalidOrders.contains(o.id)) {
                invalid += !isValidS10(o.trackingNumber);
                continue;
            }
            QVERIFY2(isValidS10(o.trackingNumber), qPrintable(o.id + QLatin1Char(' ') + o.trackingNumber));
        }
        QVERIFY(s10 > 10000);
        QVERIFY(invalid > 0);
    }

    void reviewRatesMatchContext()
    {
        const double products = m_stats.products.size();
        int images = 0, videos = 0, copies = 0, decided = 0, claimed = 0;
        for (const ReviewItem &r : m_stats.items) {
            images += r.kind == MediaKind::Image;
            videos += r.kind == MediaKind::Video;
            copies += r.kind == MediaKind::Copy;
            decided += r.status == ReviewStatus::Decided;
            claimed += r.status == ReviewStatus::Claimed;
        }
        const double imageRate = images / (5 * products), videoRate = videos / products, copyRate = copies / (6 * products);
        QVERIFY2(imageRate > 0.02 && imageRate < 0.10, qPrintable(QString::number(imageRate)));
        QVERIFY2(videoRate > 0.25 && videoRate < 0.35, qPrintable(QString::number(videoRate)));
        QVERIFY2(copyRate > 0.002 && copyRate < 0.03, qPrintable(QString::number(copyRate)));
        QVERIFY(decided > 0 && claimed > 0);
    }

    void reviewItemsMatchTheirMedia()
    {
        QSet<FlagReason> copyFlags;
        for (const ReviewItem &r : m_stats.items) {
            QVERIFY(!r.flagReasons.isEmpty());
            QVERIFY(r.slaDueAt > r.createdAt);
            QVERIFY(r.gmvAtRisk.isValid());
            if (r.kind == MediaKind::Copy) {
                QVERIFY(!r.locale.isEmpty());
                QVERIFY(!r.copyText.isEmpty() && !r.previousCopyText.isEmpty());
                QVERIFY(r.copyText != r.previousCopyText || r.flagReasons.contains(FlagReason::MissingField));
                copyFlags.insert(r.flagReasons.first());
                const Product &p = m_stats.products[r.productId];
                if (r.flagReasons.contains(FlagReason::CertificationClaim))
                    QVERIFY(!p.attributes.value(QStringLiteral("certifications")).contains(QStringLiteral("CE")));
                continue;
            }
            QVERIFY(r.media.has_value());
            const MediaEntry *media = MediaLibrary::instance().find(r.media->id);
            QVERIFY(media);
            QCOMPARE(media->kind, r.kind);
            QVERIFY(!media->isSourcePhoto);
            QVERIFY(r.sourceMedia.has_value());
            QCOMPARE(r.sourceMedia->id, media->sourceId);
            for (FlagReason d : media->defects)
                QVERIFY(r.flagReasons.contains(d));
            QCOMPARE(r.suspectRegions.size(), media->defectRegions.size());
            QCOMPARE(r.suspectRanges.size(), media->defectRanges.size());
            for (const Region &g : r.suspectRegions)
                QVERIFY(g.x >= 0 && g.y >= 0 && g.x + g.width <= 1.0 + 1e-9);
        }
        QVERIFY(copyFlags.size() >= 5);
    }

    void explicitReviewItemCount()
    {
        GeneratorOptions o = small(5);
        o.reviewItems = 3210;
        StatsSink s;
        DataGenerator(o).generate(s);
        QCOMPARE(s.items.size(), 3210);
        QSet<QString> ids;
        for (const ReviewItem &r : s.items)
            ids.insert(r.id);
        QCOMPARE(ids.size(), 3210);
    }
};

QTEST_GUILESS_MAIN(TestDataGenerator)
#include "test_data_generator.moc"
