#pragma once
// Review items: flagged images and videos that point at demo media really carrying the defect their
// flags name (or clean media flagged only for low confidence), and copy in the six locales with the
// defect written into the text. Rates follow CONTEXT.md.
#include "GeneratorWorld.h"
#include "MediaLibrary.h"

namespace wk::platform {

class ReviewItemFactory
{
public:
    // Per product: ~5 images flagged at kImageFlagRate each, 1 video at kVideoFlagRate, copy in
    // 6 locales at kCopyFlagRate each.
    static constexpr int kImagesPerProduct = 5;
    static constexpr double kImageFlagRate = 0.04;
    static constexpr double kVideoFlagRate = 0.30;
    static constexpr int kCopyLocalesPerProduct = 6;
    static constexpr double kCopyFlagRate = 0.005;

    ReviewItemFactory(GeneratorWorld &world, QRandomGenerator64 &rng, quint64 seed);

    // The default set: flags drawn per product at the rates above.
    void emitPerProduct(GenerationSink &sink, const QDateTime &now);
    // Exactly `count` items, kinds in the proportions the rates give.
    void emitCount(GenerationSink &sink, qint64 count, const QDateTime &now);

    ReviewItem make(MediaKind kind, int productIndex, const QDateTime &now);   // productIndex -1: any

private:
    ReviewItem makeMediaItem(MediaKind kind, int productIndex, const QDateTime &now);
    ReviewItem makeCopyItem(int productIndex, const QDateTime &now);
    void fillCommon(ReviewItem &item, const ProductInfo &product, const QDateTime &now);
    int productOfKind(int kind, int fallback);

    GeneratorWorld &m_world;
    Dice m_dice;
    quint64 m_seed;
    QList<const MediaEntry *> m_images, m_videos;   // generated (not source) media
};

} // namespace wk::platform
