#include "ReviewItemFactory.h"

#include "GeneratorText.h"
#include "MediaLibrary.h"

#include <array>

namespace wk::platform {
namespace {
constexpr std::array<const char *, 6> kLocales{{"en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "en-AU"}};
constexpr std::array<const char *, 6> kLocaleMarkets{{"US", "GB", "DE", "FR", "ES", "AU"}};
constexpr std::array<const char *, 6> kMarkets{{"US", "CA", "DE", "FR", "GB", "AU"}};
constexpr std::array<FlagReason, 6> kCopyFlags{{FlagReason::UnbackedClaim, FlagReason::CertificationClaim,
    FlagReason::NumberMismatch, FlagReason::ForbiddenClaim, FlagReason::MissingField, FlagReason::TrademarkRisk}};
constexpr std::array<const char *, 3> kSupervisors{{"anna", "ben", "chen"}};

double jitter(QRandomGenerator64 &rng) { return (rng.generateDouble() - 0.5) * 0.02; }
} // namespace

ReviewItemFactory::ReviewItemFactory(QDateTime now) : m_now(std::move(now))
{
    for (const MediaEntry &e : MediaLibrary::instance().entries()) {
        if (e.isSourcePhoto)
            continue;
        const QString product = MediaLibrary::instance().find(e.sourceId)
            ? MediaLibrary::instance().find(e.sourceId)->product : e.product;
        if (e.kind == MediaKind::Image) {
            m_images << &e;
            m_imagesByProduct[product] << &e;
        } else if (e.kind == MediaKind::Video) {
            m_videos << &e;
            m_videosByProduct[product] << &e;
        }
    }
}

int ReviewItemFactory::localeCount() { return int(kLocales.size()); }

const MediaEntry *ReviewItemFactory::pickMedia(QRandomGenerator64 &rng, MediaKind kind, const QString &mediaProduct) const
{
    const auto &byProduct = kind == MediaKind::Image ? m_imagesByProduct : m_videosByProduct;
    const auto &all = kind == MediaKind::Image ? m_images : m_videos;
    const auto it = byProduct.constFind(mediaProduct);
    // Mostly the media of the product's own kind; the rest spreads over all so every defect appears.
    const QList<const MediaEntry *> &pool = (it != byProduct.cend() && rng.bounded(quint64(3)) != 0) ? *it : all;
    if (pool.isEmpty())
        return nullptr;
    // Flagged items mostly point at defective media; a few at clean media the AI was merely unsure of.
    for (int attempt = 0; attempt < 4; ++attempt) {
        const MediaEntry *e = pool.at(int(rng.bounded(quint64(pool.size()))));
        if (!e->defects.isEmpty() || attempt == 3 || rng.bounded(quint64(10)) == 0)
            return e;
    }
    return pool.first();
}

ReviewItem ReviewItemFactory::make(QRandomGenerator64 &rng, MediaKind kind, const Product &product,
                                   const QString &id, int localeIndex) const
{
    ReviewItem item;
    item.id = id;
    item.kind = kind;
    item.productId = product.id;
    item.supplierId = product.supplierId;
    item.sku = product.sku;
    item.title = product.title;
    item.market = QString::fromLatin1(kMarkets[rng.bounded(quint64(kMarkets.size()))]);
    item.createdAt = m_now.addSecs(-qint64(rng.bounded(quint64(3 * 86400))));
    item.slaDueAt = item.createdAt.addSecs(kind == MediaKind::Copy ? 48 * 3600 : 24 * 3600);
    item.gmvAtRisk = Money(product.price.minorUnits() * qint64(5 + rng.bounded(quint64(200))), product.price.currency());
    item.aiConfidence = 0.35 + 0.5 * rng.generateDouble();
    const QString promptId = QStringLiteral("prm-") + QString::number(rng.bounded(quint64(90000)) + 10000);
    const QString mediaProduct = product.attributes.value(QStringLiteral("media_product"));

    if (kind == MediaKind::Copy) {
        item.locale = QString::fromLatin1(kLocales[size_t(localeIndex) % kLocales.size()]);
        item.market = QString::fromLatin1(kLocaleMarkets[size_t(localeIndex) % kLocaleMarkets.size()]);
        FlagReason flag = kCopyFlags[rng.bounded(quint64(kCopyFlags.size()))];
        // A CE claim is only a defect when the product has no CE certificate.
        if (flag == FlagReason::CertificationClaim
            && product.attributes.value(QStringLiteral("certifications")).contains(QStringLiteral("CE")))
            flag = FlagReason::UnbackedClaim;
        item.flagReasons << flag;
        item.copyText = text::productCopy(rng, product, item.locale, flag);
        item.previousCopyText = text::productCopy(rng, product, item.locale, std::nullopt);
        item.generatorMeta.insert(QStringLiteral("model"), QStringLiteral("wk-copy-7b"));
    } else {
        const MediaEntry *media = pickMedia(rng, kind, mediaProduct);
        if (media) {
            item.media = media->asset;
            if (const MediaEntry *source = MediaLibrary::instance().find(media->sourceId))
                item.sourceMedia = source->asset;
            item.flagReasons = media->defects;
            for (Region r : media->defectRegions) {
                r.x = qBound(0.0, r.x + jitter(rng), 1.0 - r.width);
                r.y = qBound(0.0, r.y + jitter(rng), 1.0 - r.height);
                item.suspectRegions << r;
            }
            for (TimeRange t : media->defectRanges) {
                t.startMs = qMax<qint64>(0, t.startMs - 40 * qint64(rng.bounded(quint64(2))));
                t.endMs += 40 * qint64(rng.bounded(quint64(2)));
                item.suspectRanges << t;
            }
        }
        if (item.flagReasons.isEmpty() || rng.bounded(quint64(8)) == 0)
            item.flagReasons << FlagReason::LowConfidence;
        item.generatorMeta.insert(QStringLiteral("model"),
                                  kind == MediaKind::Image ? QStringLiteral("wk-imagegen-3.2") : QStringLiteral("wk-vidgen-1.4"));
    }
    item.generatorMeta.insert(QStringLiteral("prompt_id"), promptId);
    item.generatorMeta.insert(QStringLiteral("seed"), QString::number(rng.generate() % 1000000000u));

    // A few items are already in someone's hands or decided.
    const quint64 state = rng.bounded(quint64(100));
    if (state < 3) {
        item.status = ReviewStatus::Claimed;
        item.claimedBy = QString::fromLatin1(kSupervisors[state]);
        item.claimExpiresAt = m_now.addSecs(600);
    } else if (state < 5) {
        item.status = ReviewStatus::Decided;
        item.decision = DecisionRecord{state == 3 ? DecisionKind::Reject : DecisionKind::Approve,
                                       QString::fromLatin1(kSupervisors[state - 3]), m_now.addSecs(-1800),
                                       state == 3 ? QStringLiteral("The defect is visible at normal zoom.") : QString()};
    }
    item.version = 1;
    return item;
}

} // namespace wk::platform
