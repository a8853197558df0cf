#include "GeneratorWorld.h"

#include "NameBank.h"

#include <algorithm>
#include <array>

namespace wk::platform {

int Dice::weighted(const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = between(0, total - 1);
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i))
            return i;
        roll -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

GeneratorWorld::GeneratorWorld(const GeneratorOptions &options, QRandomGenerator64 &rng)
    : m_options(options), m_dice(rng)
{
}

void GeneratorWorld::build(GenerationSink *sink)
{
    // Products need a supplier and orders a product: an empty level leaves the rest empty.
    buildSuppliers(sink);
    if (!m_supplierIds.isEmpty())
        buildProducts(sink);
    if (!m_products.isEmpty())
        buildOrders(sink);
}

namespace {

QString capitalised(const QString &words)
{
    QStringList parts = words.split(QLatin1Char(' '));
    for (QString &p : parts)
        if (!p.isEmpty())
            p[0] = p.at(0).toUpper();
    return parts.join(QLatin1Char(' '));
}

const QStringList &suspensionReasons()
{
    static const QStringList list{
        QStringLiteral("Repeated quality complaints: 9% of last quarter's orders were faulty."),
        QStringLiteral("Business licence expired; suspended until a renewed licence is uploaded."),
        QStringLiteral("Shipped branded goods without authorisation (trademark complaint)."),
        QStringLiteral("Missed five dispatch deadlines in a row."),
        QStringLiteral("Product photos did not match the goods delivered to the warehouse."),
    };
    return list;
}

// Monday of the week `date` falls in.
QDate weekStart(const QDate &date) { return date.addDays(1 - date.dayOfWeek()); }

} // namespace

void GeneratorWorld::buildSuppliers(GenerationSink *sink)
{
    const QList<names::City> &cities = names::cities();
    QList<int> cityWeights;
    for (const names::City &c : cities)
        cityWeights.append(c.weight);
    const QDate lastWeek = weekStart(m_options.now.date()).addDays(-7);

    for (int i = 0; i < m_options.suppliers; ++i) {
        Supplier s;
        s.id = QStringLiteral("sup-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        s.tier = std::array{SupplierTier::PalletTrader, SupplierTier::DirectFactory,
                            SupplierTier::LongTail1688}[size_t(m_dice.weighted({5, 25, 70}))];
        const names::City &city = cities.at(m_dice.weighted(cityWeights));
        const names::Bilingual &brand = m_dice.pick(names::brandWords());
        const names::Bilingual &trade = m_dice.pick(names::tradeWords());
        s.city = city.en;
        s.region = city.region;
        switch (s.tier) {
        case SupplierTier::PalletTrader:
            s.name = QStringLiteral("%1 %2 %3 Supply Chain Co., Ltd.").arg(city.en, brand.en, trade.en);
            s.nameZh = city.zh + brand.zh + trade.zh + QStringLiteral("供应链有限公司");
            break;
        case SupplierTier::DirectFactory:
            s.name = QStringLiteral("%1 %2 %3 Manufacturing Co., Ltd.").arg(city.en, brand.en, trade.en);
            s.nameZh = city.zh + brand.zh + trade.zh + QStringLiteral("制造有限公司");
            break;
        case SupplierTier::LongTail1688:
            if (m_dice.chance(0.5)) {
                s.name = QStringLiteral("%1 %2 %3 Co., Ltd.").arg(city.en, brand.en, trade.en);
                s.nameZh = city.zh + brand.zh + trade.zh + QStringLiteral("有限公司");
            } else {
                s.name = QStringLiteral("%1 %2 %3 Store").arg(city.en, brand.en, trade.en);
                s.nameZh = city.zh + brand.zh + trade.zh + QStringLiteral("商行");
            }
            break;
        }
        const bool suspended = m_dice.chance(0.02);
        if (suspended) {
            s.status = SupplierStatus::Suspended;
            s.statusReason = m_dice.pick(suspensionReasons());
        }
        // A supplier's own quality: the long tail spreads widest; a suspended one was poor.
        const double quality = suspended ? 0.3 * m_dice.unit()
                               : s.tier == SupplierTier::LongTail1688 ? 0.2 + 0.8 * m_dice.unit()
                                                                      : 0.6 + 0.4 * m_dice.unit();
        m_supplierIds.append(s.id);
        m_supplierTiers.append(s.tier);
        if (sink)
            sink->supplier(s);

        for (int w = m_options.metricPeriods - 1; w >= 0; --w) {
            SupplierMetrics m;
            m.supplierId = s.id;
            m.periodKind = PeriodKind::Week;
            m.periodStart = lastWeek.addDays(-7 * w);
            m.id = QStringLiteral("%1:%2:week").arg(s.id, m.periodStart.toString(Qt::ISODate));
            int leadHours = 0;
            switch (s.tier) {
            case SupplierTier::PalletTrader: m.orders = m_dice.between(300, 900); leadHours = m_dice.between(24, 48); break;
            case SupplierTier::DirectFactory: m.orders = m_dice.between(40, 250); leadHours = m_dice.between(40, 96); break;
            case SupplierTier::LongTail1688: m.orders = m_dice.between(0, 25); leadHours = m_dice.between(48, 168); break;
            }
            const double noise = 0.9 + 0.2 * m_dice.unit();
            const double onTimeRate = std::clamp((0.75 + 0.24 * quality) * noise, 0.0, 1.0);
            const double defectRate = std::clamp((0.11 - 0.10 * quality) * noise, 0.0, 1.0);
            m.onTime = std::min(m.orders, int(m.orders * onTimeRate + 0.5));
            m.defects = std::min(m.orders, int(m.orders * defectRate + m_dice.unit()));
            m.exceptions = std::min(m.orders, int(m.orders * (0.01 + 0.02 * m_dice.unit()) + m_dice.unit()));
            m.leadTimeHoursSum = qint64(m.orders) * leadHours;
            m.mediaReviewed = s.tier == SupplierTier::LongTail1688 ? m_dice.between(0, 12) : m_dice.between(5, 60);
            m.mediaRejected = std::min(m.mediaReviewed, int(m.mediaReviewed * (0.35 - 0.3 * quality) + m_dice.unit()));
            if (sink)
                sink->supplierMetrics(m);
        }
    }
}

void GeneratorWorld::buildProducts(GenerationSink *sink)
{
    const QList<names::ProductKind> &kinds = names::productKinds();
    QList<int> kindWeights;
    for (const names::ProductKind &k : kinds)
        kindWeights.append(k.mediaKey.isEmpty() ? 3 : 8);
    // Pallet traders and factories carry more of the catalogue per supplier than the long tail.
    QList<QList<int>> byTier(3);
    for (int i = 0; i < m_supplierIds.size(); ++i)
        byTier[int(m_supplierTiers.at(i))].append(i);
    QList<int> tierWeights{byTier[0].isEmpty() ? 0 : 25, byTier[1].isEmpty() ? 0 : 35, byTier[2].isEmpty() ? 0 : 40};
    m_productsByKind = QList<QList<int>>(kinds.size());
    const QStringList colours = names::colours();

    m_products.reserve(m_options.products);
    for (int i = 0; i < m_options.products; ++i) {
        ProductInfo p;
        p.id = QStringLiteral("prd-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        p.kind = m_dice.weighted(kindWeights);
        const names::ProductKind &kind = kinds.at(p.kind);
        const QList<int> &tier = byTier.at(m_dice.weighted(tierWeights));
        p.supplierId = m_supplierIds.at(m_dice.pick(tier));
        p.material = m_dice.pick(kind.materials);
        p.colour = m_dice.pick(colours);
        p.sizeCm = m_dice.between(kind.sizeMinCm, kind.sizeMaxCm);
        p.weightG = m_dice.between(kind.weightMinG, kind.weightMaxG) / 5 * 5;
        p.priceCents = m_dice.between(kind.priceMinCents / 100, kind.priceMaxCents / 100) * 100 + 99;
        QStringList certs;
        if (m_dice.chance(kind.electrical ? 0.85 : 0.05))
            certs << QStringLiteral("CE");
        if (m_dice.chance(kind.electrical ? 0.6 : 0.02))
            certs << QStringLiteral("UKCA");
        if (kind.electrical && m_dice.chance(0.7))
            certs << QStringLiteral("FCC");
        p.certifications = certs.join(QLatin1Char(','));
        const QString noun = capitalised(kind.noun[0]);
        p.title = QStringLiteral("%1 %2 %3 %4").arg(m_dice.pick(names::titleAdjectives()), capitalised(p.colour),
                                                    capitalised(p.material), noun);
        QString code = kind.noun[0].toUpper();
        code.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        p.sku = QStringLiteral("WK-%1-%2").arg(code.left(4)).arg(i + 1, 6, 10, QLatin1Char('0'));

        if (sink) {
            Product out;
            out.id = p.id;
            out.sku = p.sku;
            out.title = p.title;
            out.supplierId = p.supplierId;
            out.category = kind.category;
            out.attributes = {{QStringLiteral("material"), p.material},
                              {QStringLiteral("size_cm"), QString::number(p.sizeCm)},
                              {QStringLiteral("weight_g"), QString::number(p.weightG)},
                              {QStringLiteral("colour"), p.colour},
                              {QStringLiteral("certifications"), p.certifications},
                              {QStringLiteral("origin"), QStringLiteral("CN")}};
            out.price = Money(p.priceCents, QStringLiteral("USD"));
            sink->product(out);
        }
        m_productsByKind[p.kind].append(i);
        m_products.append(std::move(p));
    }
}

} // namespace wk::platform
