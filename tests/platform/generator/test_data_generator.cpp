// The generator's data set: deterministic from the seed, the sizes and rates the platform promises
// (CONTEXT.md, issue 2), money by the guarantee rules, valid tracking numbers except the ones meant to
// be wrong, review items whose media really carry the flagged defect, and everything accepted by the
// strict codecs.
#include "RecordingSink.h"
#include "generator/DataGenerator.h"
#include "generator/MediaLibrary.h"
#include "rules/Guarantee.h"
#include "rules/TrackingNumber.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <memory>

using namespace wk;
using namespace wk::platform;
using wk::platformtest::RecordingSink;

namespace {

GeneratorOptions smallOptions(quint64 seed)
{
    GeneratorOptions o;
    o.seed = seed;
    o.suppliers = 60;
    o.products = 400;
    o.orders = 1500;
    o.metricPeriods = 4;
    return o;
}

template <typename T, typename Decode> void roundTrips(const QList<T> &list, Decode decode, const char *what)
{
    for (const T &e : list) {
        try {
            const T back = decode(codec::encode(e), QStringLiteral("$"));
            if (!(back == e))
                QFAIL(qPrintable(QStringLiteral("%1 %2 changes in a round trip").arg(QLatin1String(what), e.id)));
        } catch (const DecodeError &error) {
            QFAIL(qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(what), e.id, error.toString())));
        }
    }
}

} // namespace

class TestDataGenerator : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordingSink> m_full;   // the default data set, generated once
    QHash<QString, Product> m_products;
    QHash<QString, QList<OrderException>> m_exceptionsByOrder;

private slots:
    void init()
    {
        // A template with a missing argument or a generator complaint is a bug in the data.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".+")));
    }

    void initTestCase()
    {
        m_full = std::make_unique<RecordingSink>();
        DataGenerator generator{GeneratorOptions()};
        generator.generate(*m_full);
        for (const Product &p : m_full->products)
            m_products.insert(p.id, p);
        for (const OrderException &x : m_full->exceptions)
            m_exceptionsByOrder[x.orderId].append(x);
    }

    void sameSeedSameStream()
    {
        RecordingSink a, b, c;
        DataGenerator(smallOptions(7)).generate(a);
        DataGenerator(smallOptions(7)).generate(b);
        DataGenerator(smallOptions(8)).generate(c);
        QCOMPARE(a.digest(), b.digest());
        QVERIFY(a.digest() != c.digest());
    }

    void liveTicksAreDeterministic()
    {
        RecordingSink a, b;
        DataGenerator first(smallOptions(7)), second(smallOptions(7));
        const QDateTime now = GeneratorOptions().now.addSecs(600);
        for (int i = 0; i < 5; ++i) {
            first.generateLiveTick(a, now.addSecs(i), 20);
            second.generateLiveTick(b, now.addSecs(i), 20);
        }
        QCOMPARE(a.digest(), b.digest());
        QCOMPARE(a.reviewItems.size(), 100);
        QVERIFY(!a.events.isEmpty());
        // Live entities never reuse a generated id, and refer to what the generator made.
        RecordingSink generated;
        DataGenerator(smallOptions(7)).generate(generated);
        QSet<QString> ids, productIds, orderIds;
        for (const ReviewItem &r : generated.reviewItems)
            ids.insert(r.id);
        for (const Product &p : generated.products)
            productIds.insert(p.id);
        for (const Order &o : generated.orders)
            orderIds.insert(o.id);
        for (const ReviewItem &r : a.reviewItems) {
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            QVERIFY(productIds.contains(r.productId));
            QVERIFY(r.createdAt >= now && r.createdAt <= now.addSecs(4));
            QCOMPARE(r.status, ReviewStatus::Open);
        }
        for (const ShipmentEvent &e : a.events)
            QVERIFY(orderIds.contains(e.orderId));
        roundTrips(a.reviewItems, codec::decodeReviewItem, "live review item");
        roundTrips(a.events, codec::decodeShipmentEvent, "live event");
        roundTrips(a.exceptions, codec::decodeOrderException, "live exception");
    }

    void exactReviewItemCount()
    {
        GeneratorOptions o = smallOptions(3);
        o.reviewItems = 777;
        RecordingSink sink;
        DataGenerator(o).generate(sink);
        QCOMPARE(sink.reviewItems.size(), 777);
        o.reviewItems = 0;
        RecordingSink none;
        DataGenerator(o).generate(none);
        QVERIFY(none.reviewItems.isEmpty());
    }

    void emptyLevelsLeaveTheRestEmpty()
    {
        GeneratorOptions o = smallOptions(5);
        o.suppliers = 0;
        RecordingSink sink;
        DataGenerator(o).generate(sink);
        QVERIFY(sink.suppliers.isEmpty() && sink.products.isEmpty() && sink.orders.isEmpty() && sink.reviewItems.isEmpty());
        DataGenerator live(o);
        live.generateLiveTick(sink, o.now, 5);
        QVERIFY(sink.reviewItems.isEmpty());
    }

    void everythingRoundTripsThroughTheCodecs()
    {
        roundTrips(m_full->suppliers, codec::decodeSupplier, "supplier");
        roundTrips(m_full->metrics, codec::decodeSupplierMetrics, "metrics");
        roundTrips(m_full->products, codec::decodeProduct, "product");
        roundTrips(m_full->orders, codec::decodeOrder, "order");
        roundTrips(m_full->events, codec::decodeShipmentEvent, "event");
        roundTrips(m_full->exceptions, codec::decodeOrderException, "exception");
        roundTrips(m_full->reviewItems, codec::decodeReviewItem, "review item");
    }

    void idsAreUniqueAndStable()
    {
        QSet<QString> ids;
        qsizetype total = 0;
        const auto collect = [&](const auto &list) {
            for (const auto &e : list)
                ids.insert(e.id);
            total += list.size();
        };
        collect(m_full->suppliers);
        collect(m_full->metrics);
        collect(m_full->products);
        collect(m_full->orders);
        collect(m_full->events);
        collect(m_full->exceptions);
        collect(m_full->reviewItems);
        QCOMPARE(ids.size(), total);
        QCOMPARE(m_full->suppliers.constFirst().id, QStringLiteral("sup-000001"));
        QCOMPARE(m_full->products.constFirst().id, QStringLiteral("prd-000001"));
        QCOMPARE(m_full->orders.constFirst().id, QStringLiteral("ord-0000001"));
        QCOMPARE(m_full->reviewItems.constFirst().id, QStringLiteral("rvw-0000001"));
        const SupplierMetrics &m = m_full->metrics.constFirst();
        QCOMPARE(m.id, QStringLiteral("%1:%2:week").arg(m.supplierId, m.periodStart.toString(Qt::ISODate)));
    }

    void suppliersInThreeTiers()
    {
        const auto &suppliers = m_full->suppliers;
        QVERIFY(suppliers.size() >= 2000);
        QHash<SupplierTier, int> tiers;
        int suspended = 0;
        for (const Supplier &s : suppliers) {
            ++tiers[s.tier];
            QVERIFY(!s.name.isEmpty() && !s.nameZh.isEmpty() && !s.city.isEmpty() && !s.region.isEmpty());
            if (s.status == SupplierStatus::Suspended) {
                ++suspended;
                QVERIFY(!s.statusReason.isEmpty());
            }
        }
        const double n = suppliers.size();
        QVERIFY(qAbs(tiers[SupplierTier::PalletTrader] / n - 0.05) < 0.02);
        QVERIFY(qAbs(tiers[SupplierTier::DirectFactory] / n - 0.25) < 0.04);
        QVERIFY(qAbs(tiers[SupplierTier::LongTail1688] / n - 0.70) < 0.04);
        QVERIFY(suspended > 0 && suspended / n < 0.05);
        QCOMPARE(m_full->metrics.size(), suppliers.size() * GeneratorOptions().metricPeriods);
        for (const SupplierMetrics &m : m_full->metrics) {
            QVERIFY(m.onTime <= m.orders && m.defects <= m.orders && m.exceptions <= m.orders);
            QVERIFY(m.mediaRejected <= m.mediaReviewed);
            QCOMPARE(m.periodStart.dayOfWeek(), 1);
        }
    }

    void productsWithAttributes()
    {
        QCOMPARE(m_full->products.size(), 20000);
        QSet<QString> categories;
        for (const Product &p : m_full->products) {
            categories.insert(p.category);
            for (const char *key : {"material", "size_cm", "weight_g", "colour", "certifications"})
                QVERIFY2(p.attributes.contains(QLatin1String(key)), key);
            QVERIFY(p.attributes.value(QStringLiteral("size_cm")).toInt() > 0);
            QCOMPARE(p.price.currency(), QStringLiteral("USD"));
            QVERIFY(p.price.minorUnits() > 0);
        }
        QVERIFY(categories.size() >= 10);
        QVERIFY(categories.contains(QStringLiteral("home/kitchen")) && categories.contains(QStringLiteral("fashion/bags")));
    }

    void ordersAcrossStagesAndCurrencies()
    {
        QCOMPARE(m_full->orders.size(), 50000);
        const QHash<QString, QString> currencyOf{
            {QStringLiteral("US"), QStringLiteral("USD")}, {QStringLiteral("CA"), QStringLiteral("CAD")},
            {QStringLiteral("GB"), QStringLiteral("GBP")}, {QStringLiteral("DE"), QStringLiteral("EUR")},
            {QStringLiteral("FR"), QStringLiteral("EUR")}, {QStringLiteral("NL"), QStringLiteral("EUR")},
            {QStringLiteral("IT"), QStringLiteral("EUR")}, {QStringLiteral("ES"), QStringLiteral("EUR")},
            {QStringLiteral("AU"), QStringLiteral("AUD")}};
        QSet<OrderStage> stages;
        QSet<QString> currencies;
        for (const Order &o : m_full->orders) {
            stages.insert(o.stage);
            currencies.insert(o.goods.currency());
            QCOMPARE(o.goods.currency(), currencyOf.value(o.market));
            QCOMPARE(o.supplierCostCny.currency(), QStringLiteral("CNY"));
            QVERIFY(o.stageEnteredAt >= o.placedAt && o.stageEnteredAt <= GeneratorOptions().now);
            // The fee: exactly 10% of goods + shipping, rounded once (the guarantee rule).
            const Money subtotal = *o.goods.plus(o.shipping);
            QCOMPARE(o.fee, *subtotal.scaled(1, 10));
            QCOMPARE(o.fee, Guarantee::serviceFee(o.goods, o.shipping).value());
            QCOMPARE(m_products.value(o.productId).supplierId, o.supplierId);
        }
        QCOMPARE(stages.size(), 9);
        QCOMPARE(currencies, (QSet<QString>{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
                                            QStringLiteral("AUD"), QStringLiteral("CAD")}));
    }

    void exceptionsAtOneToThreePercent()
    {
        const double rate = double(m_full->exceptions.size()) / m_full->orders.size();
        QVERIFY2(rate >= 0.01 && rate <= 0.03, qPrintable(QString::number(rate)));
        QSet<ExceptionCode> codes;
        int open = 0;
        for (const OrderException &x : m_full->exceptions) {
            codes.insert(x.code);
            QVERIFY(fromCode<CommandType>(x.aiProposal).has_value());
            QVERIFY(x.aiRationale.endsWith(QLatin1Char('.')));
            QVERIFY(x.slaDueAt > x.openedAt);
            QVERIFY(x.openedAt <= GeneratorOptions().now);
            open += x.status == ExceptionStatus::Open;
            QCOMPARE(x.resolution.isEmpty(), x.status == ExceptionStatus::Open);
        }
        QCOMPARE(codes.size(), 13);
        QVERIFY(open > m_full->exceptions.size() / 2);
    }

    void trackingNumbersAreValidUnlessMeantNotToBe()
    {
        int s10 = 0, ups = 0, yun = 0, invalid = 0;
        for (const Order &o : m_full->orders) {
            if (o.trackingNumber.isEmpty())
                continue;
            const bool meantInvalid = std::any_of(m_exceptionsByOrder.value(o.id).cbegin(), m_exceptionsByOrder.value(o.id).cend(),
                                                  [](const OrderException &x) { return x.code == ExceptionCode::TrackingInvalid; });
            const TrackingCheck check = TrackingNumberValidator::check(o.trackingNumber);
            if (meantInvalid) {
                ++invalid;
                QVERIFY2(!check.valid, qPrintable(o.trackingNumber));
                continue;
            }
            QVERIFY2(check.valid, qPrintable(o.trackingNumber + QStringLiteral(": ") + check.message));
            QCOMPARE(carrierCode(check.carrier), o.carrier);
            s10 += check.scheme == TrackingScheme::UpuS10;
            ups += check.scheme == TrackingScheme::Ups1Z;
            yun += check.scheme == TrackingScheme::YunExpress;
            if (check.scheme == TrackingScheme::UpuS10 && check.country != QLatin1String("CN"))
                QCOMPARE(check.country, o.shipCountry);
        }
        QVERIFY(s10 > 1000 && ups > 1000 && yun > 1000);
        QVERIFY(invalid > 0);
    }

    void shipmentEventsFollowTheStage()
    {
        QHash<QString, QList<ShipmentEvent>> byOrder;
        for (const ShipmentEvent &e : m_full->events)
            byOrder[e.orderId].append(e);
        for (const Order &o : m_full->orders) {
            const QList<ShipmentEvent> events = byOrder.value(o.id);
            if (o.trackingNumber.isEmpty()) {
                QVERIFY(events.isEmpty());
                continue;
            }
            const bool invalid = TrackingNumberValidator::check(o.trackingNumber).valid == false;
            if (invalid) {
                QCOMPARE(events.size(), 1);
                QCOMPARE(events.constFirst().carrierStatus, QStringLiteral("NotFound_InvalidCode"));
                continue;
            }
            QVERIFY2(events.size() >= 4 && events.size() <= 8, qPrintable(o.id));
            for (qsizetype i = 1; i < events.size(); ++i)
                QVERIFY(events.at(i - 1).at < events.at(i).at);
            QVERIFY(events.constLast().at <= GeneratorOptions().now);
            const QString last = events.constLast().carrierStatus;
            if (o.stage == OrderStage::Delivered)
                QCOMPARE(last, QStringLiteral("Delivered_Other"));
            if (o.stage == OrderStage::Customs)
                QCOMPARE(last, QStringLiteral("InTransit_CustomsProcessing"));
            if (o.stage == OrderStage::InTransit)
                QVERIFY(last.startsWith(QLatin1String("InTransit_")) || last.startsWith(QLatin1String("Exception_")));
        }
    }

    void reviewItemsAtContextRates()
    {
        QHash<MediaKind, int> kinds;
        for (const ReviewItem &r : m_full->reviewItems)
            ++kinds[r.kind];
        const double products = m_full->products.size();
        const double imageRate = kinds[MediaKind::Image] / (5 * products);
        const double videoRate = kinds[MediaKind::Video] / products;
        const double copyRate = kinds[MediaKind::Copy] / (6 * products);
        QVERIFY2(imageRate > 0.01 && imageRate < 0.10, qPrintable(QString::number(imageRate)));   // single-digit %
        QVERIFY2(videoRate > 0.25 && videoRate < 0.35, qPrintable(QString::number(videoRate)));   // ~30%
        QVERIFY2(copyRate > 0 && copyRate < 0.01, qPrintable(QString::number(copyRate)));         // rare
        QVERIFY(m_full->reviewItems.size() > 3000 && m_full->reviewItems.size() < 15000);
    }

    void mediaItemsShowTheirDefect()
    {
        const MediaLibrary &library = MediaLibrary::instance();
        for (const ReviewItem &r : m_full->reviewItems) {
            QVERIFY(!r.flagReasons.isEmpty());
            QVERIFY(r.slaDueAt > r.createdAt);
            if (r.kind == MediaKind::Copy)
                continue;
            QVERIFY(r.media && r.sourceMedia);
            const MediaEntry *entry = library.find(r.media->id);
            QVERIFY2(entry && entry->kind == r.kind && !entry->isSourcePhoto, qPrintable(r.id));
            QCOMPARE(*r.media, entry->asset);
            QCOMPARE(r.sourceMedia->id, QStringLiteral("src-") + entry->productKey);
            for (FlagReason f : r.flagReasons)
                QVERIFY2(f == FlagReason::LowConfidence || entry->defects.contains(f), qPrintable(r.id));
            if (entry->defects.isEmpty())
                QCOMPARE(r.flagReasons, QList<FlagReason>{FlagReason::LowConfidence});
            // The product is the one the media was made for: the supervisor sees a mug on a mug.
            const Product product = m_products.value(r.productId);
            QCOMPARE(r.title, product.title);
            QCOMPARE(r.supplierId, product.supplierId);
            QCOMPARE(r.suspectRegions.size(), entry->defectRegions.size());
            for (const Region &g : r.suspectRegions) {
                QVERIFY(g.x >= 0 && g.y >= 0 && g.width > 0 && g.height > 0);
                QVERIFY(g.x + g.width <= 1 + 1e-9 && g.y + g.height <= 1 + 1e-9);
            }
            QCOMPARE(r.suspectRanges.size(), entry->defectRanges.size());
            for (const TimeRange &t : r.suspectRanges)
                QVERIFY(t.startMs >= 0 && t.startMs <= t.endMs && t.endMs <= entry->asset.durationMs);
            QVERIFY(r.generatorMeta.contains(QStringLiteral("model")) && r.generatorMeta.contains(QStringLiteral("seed"))
                    && r.generatorMeta.contains(QStringLiteral("prompt_id")));
        }
    }

    void copyCarriesItsDefect()
    {
        const QSet<QString> locales{QStringLiteral("en-US"), QStringLiteral("en-GB"), QStringLiteral("de-DE"),
                                    QStringLiteral("fr-FR"), QStringLiteral("es-ES"), QStringLiteral("en-AU")};
        QSet<QString> seenLocales;
        QSet<FlagReason> seenDefects;
        for (const ReviewItem &r : m_full->reviewItems) {
            if (r.kind != MediaKind::Copy)
                continue;
            QVERIFY(locales.contains(r.locale));
            QCOMPARE(r.locale.right(2), r.market);
            seenLocales.insert(r.locale);
            QVERIFY(!r.copyText.isEmpty() && !r.previousCopyText.isEmpty() && r.copyText != r.previousCopyText);
            QCOMPARE(r.flagReasons.size(), 1);
            const FlagReason defect = r.flagReasons.constFirst();
            seenDefects.insert(defect);
            const Product p = m_products.value(r.productId);
            const QString size = p.attributes.value(QStringLiteral("size_cm"));
            if (defect == FlagReason::CertificationClaim) {
                const QStringList has = p.attributes.value(QStringLiteral("certifications")).split(QLatin1Char(','));
                bool claimsMissing = false;
                for (const QString &mark : {QStringLiteral("CE"), QStringLiteral("UKCA"), QStringLiteral("FCC")})
                    claimsMissing |= r.copyText.contains(mark) && !has.contains(mark);
                QVERIFY2(claimsMissing, qPrintable(r.copyText));
            } else if (defect == FlagReason::NumberMismatch) {
                QVERIFY2(!r.copyText.contains(QStringLiteral(" %1 cm").arg(size)), qPrintable(r.copyText));
                QVERIFY(r.previousCopyText.contains(QStringLiteral(" %1 cm").arg(size)));
            } else if (defect == FlagReason::MissingField) {
                QVERIFY(!r.copyText.contains(QLatin1String(" cm")));
            } else {
                QVERIFY2(r.copyText.contains(QStringLiteral(" %1 cm").arg(size)), qPrintable(r.copyText));
            }
        }
        QCOMPARE(seenLocales, locales);
        QVERIFY(seenDefects.size() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestDataGenerator)
#include "test_data_generator.moc"
