#pragma once
// Shared by the end-to-end sync tests: the real reference platform in-process on a loopback port,
// fed with a small hand-made data set (independent of the generator's output), a SyncService per
// supervisor, and helpers that read both sides.
#include "../platform/PlatformTestSupport.h"

#include "PlatformServer.h"
#include "PlatformStore.h"
#include "storage/CacheDatabase.h"
#include "storage/Database.h"
#include "storage/OutboxStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "sync/Codecs.h"
#include "sync/SyncService.h"

#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

namespace wk::synctest {

using platform::PlatformServer;

struct DataSize {
    int suppliers = 3;
    int products = 10;
    int reviewItems = 40;
    int orders = 8;
    int exceptions = 4;
    int shipmentEvents = 8;
    int metrics = 3;
    int total() const { return suppliers + products + reviewItems + orders + exceptions + shipmentEvents + metrics; }
};

inline Product sampleProduct(int i)
{
    Product p;
    p.id = QStringLiteral("p-%1").arg(i);
    p.sku = QStringLiteral("SKU-%1").arg(i);
    p.title = QStringLiteral("Linen tote bag %1").arg(i);
    p.supplierId = QStringLiteral("sup-%1").arg(i % 3);
    p.category = QStringLiteral("home");
    p.attributes.insert(QStringLiteral("material"), QStringLiteral("linen"));
    p.price = Money(2999, QStringLiteral("EUR"));
    return p;
}

inline ShipmentEvent sampleShipmentEvent(int i)
{
    ShipmentEvent e;
    e.id = QStringLiteral("se-%1").arg(i);
    e.orderId = QStringLiteral("ord-%1").arg(i % 4);
    e.at = platformtest::kT0.addSecs(60 * i);
    e.carrierStatus = QStringLiteral("InTransit_PickedUp");
    e.location = QStringLiteral("Shenzhen");
    e.description = QStringLiteral("Picked up");
    return e;
}

inline SupplierMetrics sampleMetrics(int i)
{
    SupplierMetrics m;
    m.supplierId = QStringLiteral("sup-%1").arg(i % 3);
    m.periodKind = PeriodKind::Week;
    m.periodStart = QDate(2026, 11, 2).addDays(7 * (i / 3));
    m.id = QStringLiteral("%1:%2:week").arg(m.supplierId, m.periodStart.toString(Qt::ISODate));
    m.orders = 100;
    m.onTime = 90;
    return m;
}

inline void feed(platform::PlatformStore &store, const DataSize &size, int reviewOffset = 0)
{
    store.beginBatch();
    for (int i = 0; i < size.suppliers; ++i)
        store.supplier(platformtest::sampleSupplier(i));
    for (int i = 0; i < size.products; ++i)
        store.product(sampleProduct(i));
    for (int i = 0; i < size.reviewItems; ++i)
        store.reviewItem(platformtest::sampleReviewItem(reviewOffset + i));
    for (int i = 0; i < size.orders; ++i)
        store.order(platformtest::sampleOrder(i));
    for (int i = 0; i < size.exceptions; ++i)
        store.orderException(platformtest::sampleException(i));
    for (int i = 0; i < size.shipmentEvents; ++i)
        store.shipmentEvent(sampleShipmentEvent(i));
    for (int i = 0; i < size.metrics; ++i)
        store.supplierMetrics(sampleMetrics(i));
    store.commitBatch();
}

inline std::unique_ptr<PlatformServer> makeServer(const QString &dbPath, const QString &faults = {},
                                                  const DataSize &size = {}, qint64 retain = 0)
{
    PlatformServer::Options o;
    o.dbPath = dbPath;
    o.sizePercent = 0;
    o.faults = faults;
    o.retain = retain;
    auto server = std::make_unique<PlatformServer>(o);
    if (!server->reusedStore())
        feed(server->store(), size);
    return server;
}

// Live entities per kind code on the platform.
inline QMap<QString, qint64> serverCounts(platform::PlatformStore &store)
{
    QMap<QString, qint64> out;
    Statement st(store.database(), QStringLiteral("SELECT kind, count(*) FROM entities WHERE deleted = 0 GROUP BY kind"));
    while (st.step())
        out.insert(toCode(EntityKind(st.columnInt(0))), st.columnInt64(1));
    return out;
}

inline qint64 scalar(Database &db, const QString &sql)
{
    Statement st(db, sql);
    return st.step() ? st.columnInt64(0) : -1;
}

// Rows per entity kind code in the cache (kinds with no rows left out, as serverCounts does).
inline QMap<QString, qint64> cacheCounts(Database &db)
{
    const QList<QPair<EntityKind, QString>> tables = {
        {EntityKind::Supplier, QStringLiteral("suppliers")},
        {EntityKind::Product, QStringLiteral("products")},
        {EntityKind::ReviewItem, QStringLiteral("review_items")},
        {EntityKind::Order, QStringLiteral("orders")},
        {EntityKind::ShipmentEvent, QStringLiteral("shipment_events")},
        {EntityKind::OrderException, QStringLiteral("order_exceptions")},
        {EntityKind::SupplierMetrics, QStringLiteral("supplier_metrics")}};
    QMap<QString, qint64> out;
    for (const auto &[kind, table] : tables) {
        const qint64 n = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (n > 0)
            out.insert(toCode(kind), n);
    }
    return out;
}

inline Command decideCommand(const QString &itemId, qint64 baseVersion, const QString &decision = QStringLiteral("approve"),
                             const QString &note = QStringLiteral("looks right"))
{
    Command c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.type = CommandType::ReviewDecide;
    c.target = itemId;
    c.baseVersion = baseVersion;
    c.payload = QJsonObject{{QStringLiteral("decision"), decision}, {QStringLiteral("note"), note}};
    if (decision == QLatin1StringView("reject"))
        c.payload.insert(QStringLiteral("reject_reason"), QStringLiteral("artefacts"));
    return c;
}

inline Command noteCommand(const QString &itemId, const QString &text)
{
    Command c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.type = CommandType::ReviewNote;
    c.target = itemId;
    c.payload = QJsonObject{{QStringLiteral("text"), text}};
    return c;
}

inline Command claimCommand(const QString &itemId, qint64 baseVersion)
{
    Command c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.type = CommandType::ReviewClaim;
    c.target = itemId;
    c.baseVersion = baseVersion;
    return c;
}

inline void enqueue(Database &db, const Command &c, std::chrono::milliseconds grace = std::chrono::milliseconds(0))
{
    Transaction tx(db);
    OutboxStore(db).enqueue(c, QDateTime::currentDateTimeUtc(), grace);
    tx.commit();
}

inline std::optional<OutboxState> outboxState(Database &db, const QString &commandId)
{
    const auto e = OutboxStore(db).entry(commandId);
    return e ? std::optional<OutboxState>(e->state) : std::nullopt;
}

// Server-side notes on an entity (a decision with a note, or a *.note command, adds one): counts effects.
inline qint64 serverNotes(platform::PlatformStore &store, const QString &entityId)
{
    return store.noteCount(EntityKind::ReviewItem, entityId);
}

inline qint64 serverCommandCount(platform::PlatformStore &store)
{
    return scalar(store.database(), QStringLiteral("SELECT count(*) FROM commands"));
}

// One supervisor's console: a cache file and a SyncService over it.
class Console
{
public:
    Console(const QString &cachePath, const QUrl &server, const QString &token, bool once, int batchSize = 500,
            int pageLimit = 1000)
    {
        PlatformClientSettings c;
        c.baseUrl = server;
        c.token = token;
        c.timeoutMs = 10000;
        SyncEngineOptions e;
        e.databasePath = cachePath;
        e.once = once;
        e.batchSize = batchSize;
        e.pageLimit = pageLimit;
        e.waitSeconds = 5;
        e.backoffBaseMs = 50;       // keeps the tests quick; the curve is the same
        e.backoffCapMs = 2000;
        e.maxConsecutiveFailures = once ? 30 : 0;
        service = std::make_unique<SyncService>(c, e);
        finished = std::make_unique<QSignalSpy>(service.get(), &SyncService::finished);
        QObject::connect(service.get(), &SyncService::progressed, service.get(),
                         [this](const SyncProgress &p) { progress = p; });
        QObject::connect(service.get(), &SyncService::statusChanged, service.get(),
                         [this](const SyncStatus &s) { status = s; });
    }

    // Once mode: runs to the end; true if it succeeded.
    bool runOnce(int timeoutMs = 60000)
    {
        service->start();
        if (!finished->wait(timeoutMs))
            return false;
        return finished->constLast().at(0).toBool();
    }
    QString error() const { return finished->isEmpty() ? QString() : finished->constLast().at(1).toString(); }

    std::unique_ptr<SyncService> service;
    std::unique_ptr<QSignalSpy> finished;
    SyncProgress progress;
    SyncStatus status;
};

} // namespace wk::synctest
