#include "FulfilmentBenchData.h"

#include "domain/Entities.h"
#include "generator/NameBank.h"
#include "storage/CacheDatabase.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/Codecs.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <cstdio>

namespace wk::bench {

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kBatch = 100'000;   // rows per transaction

struct Market { const char *code; const char *currency; int weight; const char *carriers[3]; };
constexpr Market kMarkets[] = {
    {"US", "USD", 35, {"ups", "usps", "yunexpress"}}, {"CA", "CAD", 7, {"canada_post", "ups", "4px"}},
    {"GB", "GBP", 12, {"royal_mail", "dhl_express", "yunexpress"}}, {"DE", "EUR", 12, {"dhl_express", "china_post", "cainiao"}},
    {"FR", "EUR", 8, {"china_post", "dhl_express", "cainiao"}}, {"NL", "EUR", 4, {"china_post", "cainiao", "4px"}},
    {"IT", "EUR", 4, {"china_post", "cainiao", "4px"}}, {"ES", "EUR", 4, {"china_post", "cainiao", "4px"}},
    {"AU", "AUD", 14, {"australia_post", "yunexpress", "4px"}}};

// Stage mix of a live shop: most orders delivered, the rest spread along the way.
struct StageShare { OrderStage stage; int permille; qint64 typicalHours; };
constexpr StageShare kStages[] = {
    {OrderStage::Placed, 30, 10},      {OrderStage::Purchased, 50, 40},  {OrderStage::AtWarehouse, 50, 24},
    {OrderStage::InTransit, 120, 100}, {OrderStage::Customs, 40, 40},    {OrderStage::LastMile, 80, 48},
    {OrderStage::Delivered, 600, 300}, {OrderStage::Returned, 10, 500},  {OrderStage::Refunded, 20, 600}};

const char *kStatuses[] = {"InfoReceived", "InTransit_PickedUp", "InTransit_Departure", "InTransit_Arrival",
                           "InTransit_CustomsProcessing", "InTransit_CustomsReleased", "OutForDelivery", "Delivered_Other"};
const ExceptionCode kCodes[] = {ExceptionCode::TrackingInvalid, ExceptionCode::Stalled, ExceptionCode::CustomsHold,
                                ExceptionCode::DeliveryFailed, ExceptionCode::Returning, ExceptionCode::Lost,
                                ExceptionCode::Damaged, ExceptionCode::Refused, ExceptionCode::SupplierLate,
                                ExceptionCode::WrongItem, ExceptionCode::ConsolidationQcFail,
                                ExceptionCode::QualityComplaint, ExceptionCode::DeliveredNotReceived};

template <typename T, size_t N>
const T &weighted(const T (&items)[N], int total, QRandomGenerator &rng, int (*weight)(const T &))
{
    int pick = int(rng.bounded(total));
    for (const T &item : items) {
        pick -= weight(item);
        if (pick < 0)
            return item;
    }
    return items[N - 1];
}

QString iso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

void progress(const char *what, qint64 done, qint64 total, const QElapsedTimer &t)
{
    std::fprintf(stderr, "\r  %s: %lld / %lld (%.0f s)   ", what, static_cast<long long>(done),
                 static_cast<long long>(total), double(t.elapsed()) / 1000.0);
    if (done == total)
        std::fprintf(stderr, "\n");
}
} // namespace

void buildFulfilmentCache(const QString &path, const FulfilmentDataSpec &spec)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Database db = openCache(path);
    // A throw-away file: no fsync, a big page cache while loading.
    db.exec(QStringLiteral("PRAGMA synchronous = OFF; PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY;"));
    // Loading into indexed tables costs a random index write per row and index; building the
    // indexes afterwards from the loaded rows is several times faster. Same for the summary table's
    // triggers: dropped while loading, the table filled by one GROUP BY (as migration 003 does),
    // and everything restored as the migrations made it.
    QStringList restore;
    {
        Statement st(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                                        "AND sql IS NOT NULL AND tbl_name IN ('orders', 'shipment_events', 'order_exceptions') "
                                        // The customer search index is filled as the orders go in.
                                        "AND name NOT LIKE 'order\\_customer\\_fts\\_%' ESCAPE '\\'"));
        QStringList drops;
        while (st.step()) {
            drops << QStringLiteral("DROP %1 %2;").arg(st.columnText(0).toUpper(), st.columnText(1));
            restore << st.columnText(2) + QLatin1Char(';');
        }
        for (const QString &drop : drops)
            db.exec(drop);
    }
    QRandomGenerator rng(20261122);
    QElapsedTimer timer;
    timer.start();

    const int suppliers = 2000;
    {
        Transaction tx(db);
        Statement st(db, QStringLiteral("INSERT INTO suppliers (id, name, name_zh, tier, region, city, status, version, data) "
                                        "VALUES (?1, ?2, ?3, ?4, 'Zhejiang', 'Yiwu', 'active', 1, ?5)"));
        for (int s = 0; s < suppliers; ++s) {
            Supplier sup;
            sup.id = QStringLiteral("SUP-%1").arg(s, 5, 10, QLatin1Char('0'));
            sup.name = QStringLiteral("Supplier %1").arg(s);
            sup.nameZh = QStringLiteral("供应商 %1").arg(s);
            sup.tier = s % 10 == 0 ? SupplierTier::PalletTrader : s % 10 < 4 ? SupplierTier::DirectFactory : SupplierTier::LongTail1688;
            sup.region = QStringLiteral("Zhejiang");
            sup.city = QStringLiteral("Yiwu");
            sup.version = 1;
            st.bind(1, sup.id).bind(2, sup.name).bind(3, sup.nameZh).bind(4, toCode(sup.tier))
                .bind(5, QString::fromUtf8(QJsonDocument(codec::encode(sup)).toJson(QJsonDocument::Compact)));
            st.run();
            st.reset();
        }
        tx.commit();
    }

    Statement order(db, QStringLiteral(
        "INSERT INTO orders (id, market, ship_country, stage, supplier_id, product_id, quantity, currency, goods_minor, "
        "shipping_minor, fee_minor, total_minor, supplier_cost_cny_minor, carrier, tracking_number, on_hold, placed_at, "
        "stage_entered_at, version, data) VALUES (?1, ?2, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 0, ?14, ?15, 1, ?16)"));
    Statement exception(db, QStringLiteral(
        "INSERT INTO order_exceptions (id, order_id, code, status, carrier_sub_status, ai_proposal, opened_at, sla_due_at, "
        "resolution, version, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '', 1, ?9)"));
    std::optional<Transaction> tx;
    tx.emplace(db);
    int marketTotal = 0;
    for (const auto &m : kMarkets)
        marketTotal += m.weight;
    for (qint64 i = 0; i < spec.orders; ++i) {
        const Market &m = weighted(kMarkets, marketTotal, rng, +[](const Market &x) { return x.weight; });
        const StageShare &s = weighted(kStages, 1000, rng, +[](const StageShare &x) { return x.permille; });
        Order o;
        o.id = QStringLiteral("ORD-%1").arg(i, 8, 10, QLatin1Char('0'));
        o.market = QString::fromLatin1(m.code);
        o.shipCountry = o.market;
        // Names as the platform composes them (the name bank per market): a name search hits a
        // realistic share of the orders, not every one ("Customer N") or exactly one.
        const QString first = platform::names::firstNames(o.market).at(qsizetype(i % platform::names::firstNames(o.market).size()));
        const QStringList &lasts = platform::names::lastNames(o.market);
        const QString last = lasts.at(qsizetype((i / 7) % lasts.size()));
        o.customerName = first + QLatin1Char(' ') + last;
        o.customerEmail = QStringLiteral("%1.%2@example.com").arg(first.toLower()).arg(i);
        o.stage = s.stage;
        o.supplierId = QStringLiteral("SUP-%1").arg(rng.bounded(suppliers), 5, 10, QLatin1Char('0'));
        o.productId = QStringLiteral("PRD-%1").arg(rng.bounded(20000));
        const QString currency = QString::fromLatin1(m.currency);
        const qint64 goods = 500 + rng.bounded(20000);
        const qint64 shipping = 300 + rng.bounded(1500);
        o.goods = Money(goods, currency);
        o.shipping = Money(shipping, currency);
        o.fee = Money((goods + shipping + 5) / 10, currency);
        o.supplierCostCny = Money(goods * 5, QStringLiteral("CNY"));
        o.carrier = QString::fromLatin1(m.carriers[rng.bounded(3)]);
        o.trackingNumber = QStringLiteral("LP%1").arg(10000000000000LL + i, 14, 10, QLatin1Char('0'));
        // Time in the stage: exponential-ish around the stage's typical dwell; a few percent run over.
        const qint64 inStage = qint64(rng.bounded(int(s.typicalHours * 2 * 60))) * 60000 + (rng.bounded(100) < 3 ? 200 * kHour : 0);
        o.stageEnteredAt = QDateTime::fromMSecsSinceEpoch(spec.nowMs - inStage, Qt::UTC);
        o.placedAt = o.stageEnteredAt.addMSecs(-qint64(rng.bounded(200)) * kHour);
        o.version = 1;
        order.bind(1, o.id).bind(2, o.market).bind(3, toCode(o.stage)).bind(4, o.supplierId).bind(5, o.productId)
            .bind(6, currency).bind(7, goods).bind(8, shipping).bind(9, o.fee.minorUnits())
            .bind(10, goods + shipping + o.fee.minorUnits()).bind(11, o.supplierCostCny.minorUnits())
            .bind(12, o.carrier).bind(13, o.trackingNumber).bind(14, o.placedAt.toMSecsSinceEpoch())
            .bind(15, o.stageEnteredAt.toMSecsSinceEpoch())
            .bind(16, QString::fromUtf8(QJsonDocument(codec::encode(o)).toJson(QJsonDocument::Compact)));
        order.run();
        order.reset();
        if (i % 50 == 7) {   // 2% of the orders leave the happy path; 40% of those are still open
            const ExceptionCode code = kCodes[rng.bounded(int(std::size(kCodes)))];
            const qint64 opened = spec.nowMs - qint64(rng.bounded(72)) * kHour;
            const bool open = rng.bounded(10) < 4;
            const QString id = QStringLiteral("EXC-%1").arg(i, 8, 10, QLatin1Char('0'));
            exception.bind(1, id).bind(2, o.id).bind(3, toCode(code)).bind(4, open ? QStringLiteral("open") : QStringLiteral("resolved"))
                .bind(5, QStringLiteral("Exception_Delayed")).bind(6, QStringLiteral("order.reship"))
                .bind(7, opened).bind(8, opened + 48 * kHour)
                .bind(9, QStringLiteral("{\"id\":\"%1\",\"order_id\":\"%2\",\"code\":\"%3\",\"status\":\"%4\",\"carrier_sub_status\":"
                                        "\"Exception_Delayed\",\"ai_proposal\":\"order.reship\",\"ai_rationale\":\"No scan for too long; "
                                        "a reship is cheaper than the refund.\",\"opened_at\":\"%5\",\"sla_due_at\":\"%6\",\"version\":1}")
                             .arg(id, o.id, toCode(code), open ? QStringLiteral("open") : QStringLiteral("resolved"), iso(opened),
                                  iso(opened + 48 * kHour)));
            exception.run();
            exception.reset();
        }
        if ((i + 1) % kBatch == 0) {
            tx->commit();
            tx.emplace(db);
            progress("orders", i + 1, spec.orders, timer);
        }
    }
    tx->commit();
    progress("orders", spec.orders, spec.orders, timer);

    Statement event(db, QStringLiteral("INSERT INTO shipment_events (id, order_id, at, carrier_status, location, description, "
                                       "version, data) VALUES (?1, ?2, ?3, ?4, 'Shenzhen', '', 1, ?5)"));
    tx.emplace(db);
    const qint64 perOrder = spec.orders > 0 ? spec.events / spec.orders : 0;
    const qint64 extra = spec.orders > 0 ? spec.events % spec.orders : 0;
    qint64 written = 0;
    for (qint64 i = 0; i < spec.orders && written < spec.events; ++i) {
        const QString orderId = QStringLiteral("ORD-%1").arg(i, 8, 10, QLatin1Char('0'));
        const qint64 n = perOrder + (i < extra ? 1 : 0);
        for (qint64 e = 0; e < n; ++e, ++written) {
            const QString id = QStringLiteral("EV-%1-%2").arg(i, 8, 10, QLatin1Char('0')).arg(e);
            const qint64 at = spec.nowMs - (n - e) * 20 * kHour;
            const QString status = QString::fromLatin1(kStatuses[e % std::size(kStatuses)]);
            event.bind(1, id).bind(2, orderId).bind(3, at).bind(4, status)
                .bind(5, QStringLiteral("{\"id\":\"%1\",\"order_id\":\"%2\",\"at\":\"%3\",\"carrier_status\":\"%4\","
                                        "\"location\":\"Shenzhen\",\"version\":1}")
                             .arg(id, orderId, iso(at), status));
            event.run();
            event.reset();
            if ((written + 1) % kBatch == 0) {
                tx->commit();
                tx.emplace(db);
                progress("events", written + 1, spec.events, timer);
            }
        }
    }
    tx->commit();
    progress("events", spec.events, spec.events, timer);
    std::fprintf(stderr, "  indexes and triggers...\n");
    db.exec(QStringLiteral("DELETE FROM order_board_counts; "
                           "INSERT INTO order_board_counts (stage, market, currency, carrier, supplier_tier, n) "
                           "SELECT o.stage, o.market, o.currency, o.carrier, coalesce(s.tier, ''), count(*) "
                           "FROM orders o LEFT JOIN suppliers s ON s.id = o.supplier_id GROUP BY 1, 2, 3, 4, 5;"));
    // Each exception's copy of its order's board columns, as migration 009 fills it.
    db.exec(QStringLiteral("UPDATE order_exceptions AS x SET order_stage = o.stage, order_market = o.market, "
                           "order_stage_entered_at = o.stage_entered_at, order_on_hold = o.on_hold, "
                           "order_currency = o.currency, order_carrier = o.carrier, order_supplier_id = o.supplier_id "
                           "FROM orders o WHERE o.id = x.order_id;"));
    for (const QString &sql : std::as_const(restore))
        db.exec(sql);
    std::fprintf(stderr, "  done in %.0f s\n", double(timer.elapsed()) / 1000.0);
    // No ANALYZE: a real cache has no statistics either, so the plans measured are the ones users get.
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
}

} // namespace wk::bench
