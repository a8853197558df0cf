#pragma once
// Builds a cache with suppliers, weekly metrics and the orders, exceptions, products and review
// items behind them, straight through SQL (the bench needs 50,000 suppliers × 24 weeks quickly).
// Shared by the suppliers' model tests, the desk's GUI test and `watchkeeper-bench suppliers`.
#include "domain/Entities.h"
#include "itemmodels/SupplierScoring.h"
#include "rules/Scorecard.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/SupplierStore.h"
#include "storage/Transaction.h"
#include "sync/Codecs.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <array>

namespace wk::fixture {

inline const QDate kNewestWeek(2026, 11, 9);   // a Monday: the newest closed period
inline qint64 ms(const QDate &d, int hour = 12) { return QDateTime(d, QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch(); }

// The straightforward way to score every supplier: one query per supplier for its weekly periods
// (plus its current period from `live`), the tier means pooled from those windows. The model
// test's reference for the merged recompute (ScoreRecompute), and the benchmark's baseline.
struct OneAtATime {
    QList<QPair<QString, SupplierTier>> suppliers;
    QList<WindowTotals> totals;   // in the order of `suppliers`
    std::array<TierBaseline, 3> baselines;
};

inline OneAtATime windowsOneAtATime(Database &db, const QDate &asOf, const QHash<QString, PeriodCounts> &live = {})
{
    OneAtATime out;
    {
        Statement st(db, QStringLiteral("SELECT id, tier FROM suppliers"));
        while (st.step())
            out.suppliers << qMakePair(st.columnText(0),
                                       fromCode<SupplierTier>(st.columnText(1)).value_or(SupplierTier::LongTail1688));
    }
    Statement periods(db, QStringLiteral("SELECT period_start, orders, on_time, defects, exceptions, lead_time_hours_sum, "
                                         "media_reviewed, media_rejected FROM supplier_metrics INDEXED BY supplier_metrics_period "
                                         "WHERE supplier_id = ?1 AND period_kind = 'week' ORDER BY period_start"));
    for (const auto &[id, tier] : out.suppliers) {
        QList<PeriodCounts> list;
        periods.bind(1, id);
        while (periods.step()) {
            PeriodCounts p = metricCounts(periods, 1);
            p.start = QDate::fromString(periods.columnText(0), Qt::ISODate);
            list << p;
        }
        periods.reset();
        if (const auto it = live.constFind(id); it != live.cend())
            list << *it;
        out.totals << accumulate(list, asOf, ScorecardSpec::defaults(tier));
        out.baselines[size_t(tier)].add(out.totals.last());
    }
    return out;
}

inline void addSupplier(SupplierStore &store, const QString &id, const QString &name, SupplierTier tier,
                        SupplierStatus status = SupplierStatus::Active)
{
    Supplier s;
    s.id = id;
    s.name = name;
    s.nameZh = QStringLiteral("义乌") + name.left(2) + QStringLiteral("有限公司");
    s.tier = tier;
    s.region = QStringLiteral("Zhejiang");
    s.city = QStringLiteral("Yiwu");
    s.status = status;
    s.version = 1;
    store.upsert(s);
}

inline void addSupplier(Database &db, const QString &id, const QString &name, SupplierTier tier,
                        SupplierStatus status = SupplierStatus::Active)
{
    SupplierStore store(db);
    addSupplier(store, id, name, tier, status);
}

struct Week {
    int orders = 0, onTime = 0, defects = 0, exceptions = 0, leadHours = 48, mediaReviewed = 0, mediaRejected = 0;
};

class MetricsWriter
{
public:
    explicit MetricsWriter(Database &db)
        : m_st(db, QStringLiteral("INSERT INTO supplier_metrics (id, supplier_id, period_kind, period_start, orders, "
                                  "on_time, defects, exceptions, lead_time_hours_sum, media_reviewed, media_rejected, "
                                  "version, data) VALUES (?1, ?2, 'week', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, '{}')"))
    {
    }
    void add(const QString &supplierId, const QDate &week, const Week &w)
    {
        const QString start = week.toString(Qt::ISODate);
        m_st.bind(1, supplierId + QLatin1Char(':') + start + QStringLiteral(":week"))
            .bind(2, supplierId)
            .bind(3, start)
            .bind(4, w.orders)
            .bind(5, w.onTime)
            .bind(6, w.defects)
            .bind(7, w.exceptions)
            .bind(8, qint64(w.orders) * w.leadHours)
            .bind(9, w.mediaReviewed)
            .bind(10, w.mediaRejected);
        m_st.run();
    }

private:
    Statement m_st;
};

inline void addOrder(Database &db, const QString &id, const QString &supplierId, const QString &productId,
                     const QString &stage, qint64 placedAtMs)
{
    Statement st(db, QStringLiteral(
        "INSERT INTO orders (id, market, ship_country, stage, supplier_id, product_id, quantity, currency, goods_minor, "
        "shipping_minor, fee_minor, total_minor, supplier_cost_cny_minor, placed_at, version, data) "
        "VALUES (?1, 'DE', 'DE', ?2, ?3, ?4, 1, 'EUR', 1000, 500, 150, 1650, 4000, ?5, 1, '{}')"));
    st.bind(1, id).bind(2, stage).bind(3, supplierId).bind(4, productId).bind(5, placedAtMs);
    st.run();
}

inline void addException(Database &db, const QString &id, const QString &orderId, const QString &code, qint64 openedAtMs)
{
    Statement st(db, QStringLiteral("INSERT INTO order_exceptions (id, order_id, code, status, opened_at, version, data) "
                                    "VALUES (?1, ?2, ?3, 'open', ?4, 1, '{}')"));
    st.bind(1, id).bind(2, orderId).bind(3, code).bind(4, openedAtMs);
    st.run();
}

inline void addProduct(Database &db, const QString &id, const QString &sku, const QString &supplierId)
{
    Statement st(db, QStringLiteral("INSERT INTO products (id, sku, title, supplier_id, category, price_minor, currency, "
                                    "version, data) VALUES (?1, ?2, 'Rattan lamp', ?3, 'home', 2500, 'EUR', 1, '{}')"));
    st.bind(1, id).bind(2, sku).bind(3, supplierId);
    st.run();
}

// status open|claimed|decided; decision a DecisionKind code or empty.
inline void addReviewItem(Database &db, const QString &id, const QString &supplierId, const QString &status,
                          const QString &decision, qint64 decidedAtMs)
{
    Statement st(db, QStringLiteral(
        "INSERT INTO review_items (id, kind, status, sku, title, supplier_id, product_id, market, locale, ai_confidence, "
        "gmv_minor, currency, decision, decided_at, version) "
        "VALUES (?1, 'image', ?2, 'SKU-1', 'Rattan lamp', ?3, 'prod-1', 'DE', '', 0.5, 1000, 'EUR', ?4, ?5, 1)"));
    st.bind(1, id).bind(2, status).bind(3, supplierId);
    if (decision.isEmpty())
        st.bindNull(4).bindNull(5);
    else
        st.bind(4, decision).bind(5, decidedAtMs);
    st.run();
}

// `count` suppliers in the generator's tier mix (5% pallet traders, 25% direct factories, 70% the
// long tail) with `weeks` weeks of metrics ending at kNewestWeek; about 2% have no activity at all.
inline void fillSuppliers(Database &db, int count, int weeks = 24, quint32 seed = 7)
{
    QRandomGenerator gen(seed);
    Transaction tx(db);
    MetricsWriter metrics(db);
    SupplierStore store(db);
    static const char *kWords[] = {"Yiwu", "Ningbo", "Shantou", "Dongguan", "Foshan", "Hangzhou", "Quanzhou", "Wenzhou"};
    static const char *kTrades[] = {"Home", "Lighting", "Textile", "Bamboo", "Ceramics", "Toys", "Garden", "Craft"};
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("sup-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const int roll = int(gen.bounded(100));
        const SupplierTier tier = roll < 5 ? SupplierTier::PalletTrader
                                  : roll < 30 ? SupplierTier::DirectFactory : SupplierTier::LongTail1688;
        const QString name = QStringLiteral("%1 %2 %3 Co., Ltd.")
                                 .arg(QLatin1String(kWords[gen.bounded(8)]), QLatin1String(kTrades[gen.bounded(8)]))
                                 .arg(i + 1);
        addSupplier(store, id, name, tier, gen.bounded(50) == 0 ? SupplierStatus::Suspended : SupplierStatus::Active);
        if (gen.bounded(50) == 0)
            continue;   // a supplier with no activity: "no data"
        const double quality = tier == SupplierTier::LongTail1688 ? 0.2 + 0.8 * gen.generateDouble()
                                                                   : 0.6 + 0.4 * gen.generateDouble();
        for (int w = weeks - 1; w >= 0; --w) {
            Week x;
            x.orders = tier == SupplierTier::PalletTrader    ? 300 + int(gen.bounded(600))
                       : tier == SupplierTier::DirectFactory ? 40 + int(gen.bounded(210))
                                                             : int(gen.bounded(26));
            x.onTime = int(x.orders * std::clamp(0.75 + 0.24 * quality, 0.0, 1.0));
            x.defects = int(x.orders * (0.11 - 0.10 * quality) + gen.generateDouble());
            x.exceptions = int(x.orders * (0.01 + 0.02 * gen.generateDouble()) + gen.generateDouble());
            x.leadHours = tier == SupplierTier::PalletTrader ? 24 + int(gen.bounded(24)) : 48 + int(gen.bounded(100));
            x.mediaReviewed = int(gen.bounded(tier == SupplierTier::LongTail1688 ? 12 : 60));
            x.mediaRejected = int(x.mediaReviewed * (0.35 - 0.3 * quality) + gen.generateDouble());
            metrics.add(id, kNewestWeek.addDays(-7 * w), x);
        }
    }
    tx.commit();
}

} // namespace wk::fixture
