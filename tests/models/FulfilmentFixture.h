#pragma once
// A real temporary cache for the Fulfilment desk's tests, filled through the stores (OrderStore,
// SupplierStore) as a sync would fill it. Deterministic: order i has stage i % 9, market
// US/DE/AU by i % 3, carrier UPS/DHL by i % 2, supplier s1 (pallet trader) or s2 (1688) by i % 4;
// every 7th order has an open exception (codes in turn), every 11th shipment events.
#include "domain/Entities.h"
#include "itemmodels/FulfilmentTypes.h"
#include "storage/CacheDatabase.h"
#include "storage/OrderStore.h"
#include "storage/SupplierStore.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>

namespace wk::testing {

inline const QDateTime kFixtureNow = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

inline QString fixtureOrderId(int i) { return QStringLiteral("ORD-%1").arg(i, 6, 10, QLatin1Char('0')); }

inline Order fixtureOrder(int i)
{
    static const char *markets[] = {"US", "DE", "AU"};
    static const char *currencies[] = {"USD", "EUR", "AUD"};
    Order o;
    o.id = fixtureOrderId(i);
    o.market = QString::fromLatin1(markets[i % 3]);
    o.shipCountry = o.market;
    o.customerName = QStringLiteral("Customer Number%1").arg(i);
    o.customerEmail = QStringLiteral("customer%1@example.com").arg(i);
    o.stage = kBoardStages[size_t(i % 9)];
    o.supplierId = (i % 4 == 0) ? QStringLiteral("s1") : QStringLiteral("s2");
    o.productId = QStringLiteral("p1");
    const QString currency = QString::fromLatin1(currencies[i % 3]);
    o.goods = Money(1000 + i, currency);
    o.shipping = Money(500, currency);
    o.fee = Money((1500 + i) / 10, currency);
    o.supplierCostCny = Money(4000, QStringLiteral("CNY"));
    o.carrier = (i % 2) ? QStringLiteral("UPS") : QStringLiteral("DHL");
    o.trackingNumber = QStringLiteral("1Z%1").arg(i, 16, 10, QLatin1Char('0'));
    o.placedAt = kFixtureNow.addDays(-20);
    // Hours in the stage grow with i: the later orders of a stage are over their dwell limits.
    o.stageEnteredAt = kFixtureNow.addSecs(-qint64(i) * 3600);
    o.version = 1;
    return o;
}

inline OrderException fixtureException(int i)
{
    static const ExceptionCode codes[] = {ExceptionCode::TrackingInvalid, ExceptionCode::Lost,
                                          ExceptionCode::CustomsHold, ExceptionCode::Damaged};
    OrderException x;
    x.id = QStringLiteral("EXC-%1").arg(i, 6, 10, QLatin1Char('0'));
    x.orderId = fixtureOrderId(i);
    x.code = codes[(i / 7) % 4];
    x.status = ExceptionStatus::Open;
    x.aiProposal = x.code == ExceptionCode::TrackingInvalid ? QStringLiteral("order.fix_tracking")
                                                             : QStringLiteral("order.reship");
    x.aiRationale = QStringLiteral("Because the fixture says so.");
    x.openedAt = kFixtureNow.addSecs(-3600 * 10);
    // Half of them are past their response time.
    x.slaDueAt = kFixtureNow.addSecs(((i / 7) % 2 ? -1 : 1) * 3600 * (i + 1));
    x.carrierSubStatus = QStringLiteral("Exception_Lost");
    x.version = 1;
    return x;
}

inline bool fixtureHasException(int i) { return i % 7 == 0; }

// Creates the cache with `orders` orders; returns its path (inside `dir`).
inline QString makeFulfilmentCache(const QTemporaryDir &dir, int orders)
{
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    Database db = openCache(path);
    Transaction tx(db);
    SupplierStore suppliers(db);
    Supplier s1{QStringLiteral("s1"), QStringLiteral("Ningbo Pallets"), QStringLiteral("宁波"), SupplierTier::PalletTrader,
                QStringLiteral("Zhejiang"), QStringLiteral("Ningbo"), SupplierStatus::Active, {}, 1};
    Supplier s2{QStringLiteral("s2"), QStringLiteral("Yiwu Small Goods"), QStringLiteral("义乌"), SupplierTier::LongTail1688,
                QStringLiteral("Zhejiang"), QStringLiteral("Yiwu"), SupplierStatus::Active, {}, 1};
    suppliers.upsert(s1);
    OrderStore store(db);
    for (int i = 0; i < orders; ++i) {
        store.upsert(fixtureOrder(i));
        if (fixtureHasException(i))
            store.upsert(fixtureException(i));
        if (i % 11 == 0) {
            const char *statuses[] = {"InfoReceived", "InTransit_PickedUp", "InTransit_CustomsRequiringInformation"};
            for (int e = 0; e < 3; ++e) {
                ShipmentEvent ev;
                ev.id = QStringLiteral("EV-%1-%2").arg(i).arg(e);
                ev.orderId = fixtureOrderId(i);
                ev.at = kFixtureNow.addSecs(-3600 * (30 - e * 10));
                ev.carrierStatus = QString::fromLatin1(statuses[e]);
                ev.location = QStringLiteral("Shenzhen");
                ev.description = QStringLiteral("scan %1").arg(e);
                ev.version = 1;
                store.upsert(ev);
            }
        }
    }
    // s2 arrives after its orders, as a sync page may bring it: the counts must follow.
    suppliers.upsert(s2);
    tx.commit();
    return path;
}

} // namespace wk::testing
