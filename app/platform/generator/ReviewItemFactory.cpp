#include "ReviewItemFactory.h"

#include "CopyTemplates.h"
#include "NameBank.h"

#include <algorithm>

namespace wk::platform {

namespace {

const QStringList &mediaMarkets()
{
    static const QStringList list{QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("DE"), QStringLiteral("FR"),
                                  QStringLiteral("AU"), QStringLiteral("CA"), QStringLiteral("NL"), QStringLiteral("ES"),
                                  QStringLiteral("IT")};
    return list;
}

int kindIndexOf(const QString &mediaKey)
{
    const QList<names::ProductKind> &kinds = names::productKinds();
    for (int i = 0; i < kinds.size(); ++i)
        if (kinds.at(i).mediaKey == mediaKey)
            return i;
    return -1;
}

} // namespace

ReviewItemFactory::ReviewItemFactory(GeneratorWorld &world, QRandomGenerator64 &rng, quint64 seed)
    : m_world(world), m_dice(rng), m_seed(seed)
{
    for (const MediaEntry &e : MediaLibrary::instance().entries()) {
        if (e.isSourcePhoto || kindIndexOf(e.productKey) < 0)
            continue;
        (e.kind == MediaKind::Video ? m_videos : m_images).append(&e);
    }
}

void ReviewItemFactory::emitPerProduct(GenerationSink &sink, const QDateTime &now)
{
    const int products = int(m_world.products().size());
    for (int p = 0; p < products; ++p) {
        for (int i = 0; i < kImagesPerProduct; ++i)
            if (m_dice.chance(kImageFlagRate))
                sink.reviewItem(make(MediaKind::Image, p, now));
        if (m_dice.chance(kVideoFlagRate))
            sink.reviewItem(make(MediaKind::Video, p, now));
        for (int i = 0; i < kCopyLocalesPerProduct; ++i)
            if (m_dice.chance(kCopyFlagRate))
                sink.reviewItem(make(MediaKind::Copy, p, now));
    }
}

void ReviewItemFactory::emitCount(GenerationSink &sink, qint64 count, const QDateTime &now)
{
    // Weights in flagged items per 1000 products: 5 x 4% images, 30% videos, 6 x 0.5% copy.
    const QList<int> weights{int(1000 * kImagesPerProduct * kImageFlagRate), int(1000 * kVideoFlagRate),
                             int(1000 * kCopyLocalesPerProduct * kCopyFlagRate)};
    for (qint64 i = 0; i < count; ++i)
        sink.reviewItem(make(MediaKind(m_dice.weighted(weights)), -1, now));
}

ReviewItem ReviewItemFactory::make(MediaKind kind, int productIndex, const QDateTime &now)
{
    if (m_world.products().isEmpty())
        throw std::logic_error("review items need products");
    if (kind != MediaKind::Copy && !(kind == MediaKind::Video ? m_videos : m_images).isEmpty())
        return makeMediaItem(kind, productIndex, now);
    return makeCopyItem(productIndex, now);
}

int ReviewItemFactory::productOfKind(int kind, int fallback)
{
    const QList<int> &ofKind = m_world.productsByKind().at(kind);
    if (ofKind.isEmpty())   // only in tiny data sets: the title may then not match the media
        return fallback >= 0 ? fallback : m_dice.between(0, int(m_world.products().size()) - 1);
    return m_dice.pick(ofKind);
}

ReviewItem ReviewItemFactory::makeMediaItem(MediaKind kind, int productIndex, const QDateTime &now)
{
    const QList<const MediaEntry *> &pool = kind == MediaKind::Video ? m_videos : m_images;
    // Mostly real defects; some clean media that the model itself was unsure about.
    const bool clean = m_dice.chance(kind == MediaKind::Video ? 0.10 : 0.15);
    QList<const MediaEntry *> candidates;
    const QString wantedKey = productIndex >= 0 ? names::productKinds().at(m_world.products().at(productIndex).kind).mediaKey
                                                : QString();
    for (const MediaEntry *e : pool)
        if (e->defects.isEmpty() == clean && (wantedKey.isEmpty() || e->productKey == wantedKey))
            candidates.append(e);
    if (candidates.isEmpty())   // this product kind has no such media: any media, and a product it shows
        for (const MediaEntry *e : pool)
            if (e->defects.isEmpty() == clean)
                candidates.append(e);
    if (candidates.isEmpty())
        candidates = pool;
    const MediaEntry &entry = *m_dice.pick(candidates);
    const int kindIndex = kindIndexOf(entry.productKey);
    const int product = (productIndex >= 0 && m_world.products().at(productIndex).kind == kindIndex)
                            ? productIndex
                            : productOfKind(kindIndex, productIndex);

    ReviewItem item;
    item.kind = kind;
    fillCommon(item, m_world.products().at(product), now);
    item.market = m_dice.pick(mediaMarkets());
    item.media = entry.asset;
    if (const MediaEntry *source = MediaLibrary::instance().find(QStringLiteral("src-") + entry.productKey))
        item.sourceMedia = source->asset;
    if (entry.defects.isEmpty()) {
        item.flagReasons = {FlagReason::LowConfidence};
        item.aiConfidence = 0.30 + 0.30 * m_dice.unit();
    } else {
        item.flagReasons = entry.defects;
        item.aiConfidence = 0.55 + 0.42 * m_dice.unit();
        if (m_dice.chance(0.1)) {
            item.flagReasons.append(FlagReason::LowConfidence);
            item.aiConfidence = 0.35 + 0.25 * m_dice.unit();
        }
    }
    // Where the checker thinks the defect is: near the truth, not on it, and never off the image.
    for (Region g : entry.defectRegions) {
        g.width = std::clamp(g.width + (m_dice.unit() - 0.5) * 0.04, 0.02, 1.0);
        g.height = std::clamp(g.height + (m_dice.unit() - 0.5) * 0.04, 0.02, 1.0);
        g.x = std::clamp(g.x + (m_dice.unit() - 0.5) * 0.04, 0.0, 1.0 - g.width);
        g.y = std::clamp(g.y + (m_dice.unit() - 0.5) * 0.04, 0.0, 1.0 - g.height);
        item.suspectRegions.append(g);
    }
    for (TimeRange t : entry.defectRanges) {
        const qint64 duration = std::max<qint64>(entry.asset.durationMs, t.endMs);
        t.startMs = std::clamp<qint64>(t.startMs + m_dice.between(-80, 40), 0, duration);
        t.endMs = std::clamp<qint64>(t.endMs + m_dice.between(-40, 80), t.startMs, duration);
        item.suspectRanges.append(t);
    }
    item.generatorMeta.insert(QStringLiteral("model"), kind == MediaKind::Video ? QStringLiteral("wk-videogen-1.4")
                                                                                : QStringLiteral("wk-imagegen-2.3"));
    item.generatorMeta.insert(QStringLiteral("media_variant"), entry.asset.id);
    return item;
}

ReviewItem ReviewItemFactory::makeCopyItem(int productIndex, const QDateTime &now)
{
    const int product = productIndex >= 0 ? productIndex : m_dice.between(0, int(m_world.products().size()) - 1);
    const ProductInfo &p = m_world.products().at(product);
    const CopyLocale &locale = m_dice.pick(copyLocales());
    CopyFacts facts;
    facts.productKind = p.kind;
    facts.material = p.material;
    facts.colour = p.colour;
    facts.sizeCm = p.sizeCm;
    facts.weightG = p.weightG;
    facts.certifications = p.certifications;
    const Copy copy = composeCopy(locale, facts, m_dice.pick(copyDefects()), m_dice.rng());

    ReviewItem item;
    item.kind = MediaKind::Copy;
    fillCommon(item, p, now);
    item.market = locale.market;
    item.locale = locale.locale;
    item.flagReasons = {copy.defect};
    item.aiConfidence = 0.6 + 0.38 * m_dice.unit();
    item.copyText = copy.text;
    item.previousCopyText = copy.previous;
    item.generatorMeta.insert(QStringLiteral("model"), QStringLiteral("wk-copy-llm-5"));
    if (copy.defect == FlagReason::MissingField)
        item.generatorMeta.insert(QStringLiteral("missing_field"), QStringLiteral("size_cm"));
    return item;
}

void ReviewItemFactory::fillCommon(ReviewItem &item, const ProductInfo &product, const QDateTime &now)
{
    item.id = m_world.nextReviewId();
    item.productId = product.id;
    item.supplierId = product.supplierId;
    item.sku = product.sku;
    item.title = product.title;
    // What a week of sales of this listing is worth, in the catalogue currency.
    item.gmvAtRisk = Money(product.priceCents * m_dice.between(3, 150), QStringLiteral("USD"));
    item.createdAt = now.addSecs(-qint64(m_dice.between(0, 36 * 3600)));
    item.slaDueAt = item.createdAt.addSecs(qint64(item.kind == MediaKind::Copy ? 48 : 24) * 3600);
    item.generatorMeta.insert(QStringLiteral("prompt_id"),
                              QStringLiteral("pr-%1-%2").arg(toCode(item.kind)).arg(m_dice.between(1, 40), 3, 10, QLatin1Char('0')));
    item.generatorMeta.insert(QStringLiteral("seed"), QString::number(m_dice.rng().generate() & 0xffffffffu));
    item.generatorMeta.insert(QStringLiteral("dataset_seed"), QString::number(m_seed));

    // A few are in someone's hands already, or decided and waiting to leave the queue.
    const double roll = m_dice.unit();
    static const QStringList supervisors{QStringLiteral("sup-1"), QStringLiteral("sup-2"), QStringLiteral("sup-3")};
    if (roll < 0.03) {
        item.status = ReviewStatus::Claimed;
        item.claimedBy = m_dice.pick(supervisors);
        item.claimExpiresAt = now.addSecs(m_dice.between(60, 600));
    } else if (roll < 0.05) {
        item.status = ReviewStatus::Decided;
        DecisionRecord d;
        d.kind = DecisionKind(m_dice.between(0, 2));   // approve, reject, regenerate
        d.decidedBy = m_dice.pick(supervisors);
        d.decidedAt = item.createdAt.addSecs(m_dice.between(30, 1800));
        if (d.decidedAt > now)
            d.decidedAt = now;
        if (d.kind != DecisionKind::Approve)
            d.reason = QStringLiteral("The flagged defect is visible; not fit to publish.");
        item.decision = d;
    }
}

} // namespace wk::platform
