#pragma once
// Deterministic review items for the Review queue's tests and benchmark: every kind, reason, market
// and tier, spread over impact, age and confidence. Written through the stores (small sets) or
// straight into the tables with one FTS rebuild (the benchmark's million).
#include "domain/Entities.h"
#include "storage/CacheDatabase.h"
#include "storage/ReviewStore.h"
#include "storage/Statement.h"
#include "storage/SupplierStore.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QStringList>

namespace wk::samples {

inline const QDateTime &baseTime()
{
    static const QDateTime t = QDateTime::currentDateTimeUtc();
    return t;
}

inline QString supplierId(int i) { return QStringLiteral("sup-%1").arg(i % 40, 3, 10, QLatin1Char('0')); }

inline Supplier supplier(int i)
{
    Supplier s;
    s.id = supplierId(i);
    s.name = QStringLiteral("Supplier %1").arg(i);
    s.nameZh = QStringLiteral("供应商 %1").arg(i);
    s.tier = SupplierTier(i % 3);
    s.region = QStringLiteral("Zhejiang");
    s.city = QStringLiteral("Yiwu");
    s.version = 1;
    return s;
}

inline ReviewItem reviewItem(int i)
{
    static const QStringList nouns{QStringLiteral("lamp"), QStringLiteral("kettle"), QStringLiteral("backpack"),
                                   QStringLiteral("sneaker"), QStringLiteral("teapot"), QStringLiteral("drone"),
                                   QStringLiteral("blender"), QStringLiteral("scarf")};
    static const QStringList adjectives{QStringLiteral("Rattan"), QStringLiteral("Steel"), QStringLiteral("Bamboo"),
                                        QStringLiteral("Wool"), QStringLiteral("Ceramic"), QStringLiteral("Carbon")};
    static const QStringList markets{QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("FR"),
                                     QStringLiteral("AU"), QStringLiteral("GB")};
    static const QStringList locales{QStringLiteral("de-DE"), QStringLiteral("en-US"), QStringLiteral("fr-FR"),
                                     QStringLiteral("en-AU"), QStringLiteral("en-GB")};
    ReviewItem r;
    r.id = QStringLiteral("rev-%1").arg(i, 7, 10, QLatin1Char('0'));
    r.kind = MediaKind(i % 3);
    r.productId = QStringLiteral("prod-%1").arg(i % 5000, 5, 10, QLatin1Char('0'));
    r.supplierId = supplierId(i / 7);
    r.sku = QStringLiteral("SKU-%1").arg(i, 6, 10, QLatin1Char('0'));
    r.title = QStringLiteral("%1 %2 %3").arg(adjectives.at(i % adjectives.size()), nouns.at((i / 3) % nouns.size()))
                  .arg(i % 97);
    r.market = markets.at((i / 5) % markets.size());
    r.locale = r.kind == MediaKind::Copy ? locales.at((i / 5) % locales.size()) : QString();
    switch (r.kind) {
    case MediaKind::Image:
        r.flagReasons = {i % 2 ? FlagReason::ArtefactVisible : FlagReason::WrongColour};
        break;
    case MediaKind::Video:
        r.flagReasons = {i % 2 ? FlagReason::ContinuityGlitch : FlagReason::FlashFrame};
        break;
    case MediaKind::Copy:
        r.flagReasons = {i % 2 ? FlagReason::UnbackedClaim : FlagReason::CertificationClaim};
        r.copyText = QStringLiteral("%1 — waterproof, CE certified, %2 cm.").arg(r.title).arg(10 + i % 50);
        break;
    }
    if (r.kind != MediaKind::Copy) {
        // A small set of assets shared by many items, as generated media are.
        MediaAsset m;
        const bool video = r.kind == MediaKind::Video;
        m.id = QStringLiteral("media-%1").arg(i % 50);
        m.mimeType = video ? QStringLiteral("video/mp4") : QStringLiteral("image/jpeg");
        m.size = 1000 + i % 50;
        m.sha256 = QStringLiteral("%1").arg(i % 50, 64, 16, QLatin1Char('0'));
        m.width = 1024;
        m.height = 1024;
        m.durationMs = video ? 4000 : 0;
        m.id += video ? QStringLiteral("-v") : QStringLiteral("-i");
        r.media = m;
    }
    if (i % 11 == 0)
        r.flagReasons << FlagReason::LowConfidence;
    r.aiConfidence = double((i * 37) % 1000) / 1000.0;
    r.gmvAtRisk = Money(qint64((i * 7919LL) % 5000000) + 100, QStringLiteral("EUR"));
    r.createdAt = baseTime().addSecs(-qint64((i * 131LL) % 200000) - 60);
    r.slaDueAt = r.createdAt.addSecs(4 * 3600);
    r.version = 1;
    return r;
}

// Items 0..n-1 (and their suppliers) through the stores, in one transaction.
inline void fillThroughStores(Database &db, int n)
{
    Transaction tx(db);
    SupplierStore suppliers(db);
    for (int i = 0; i < 40; ++i)
        suppliers.upsert(supplier(i));
    ReviewStore store(db);
    for (int i = 0; i < n; ++i)
        store.upsert(reviewItem(i));
    tx.commit();
}

} // namespace wk::samples
