#pragma once
// Builds one flagged review item (image, video or copy) for a product, consistent with the real
// media it points at: an image item's flags are the defects of its media entry, its suspect regions
// are the entry's defect regions (slightly jittered, as a model's would be).
#include "domain/Entities.h"

#include <QHash>
#include <QRandomGenerator64>

namespace wk::platform {

struct MediaEntry;

class ReviewItemFactory
{
public:
    explicit ReviewItemFactory(QDateTime now);
    ReviewItem make(QRandomGenerator64 &rng, MediaKind kind, const Product &product, const QString &id,
                    int localeIndex) const;
    static int localeCount();

private:
    const MediaEntry *pickMedia(QRandomGenerator64 &rng, MediaKind kind, const QString &mediaProduct) const;

    QDateTime m_now;
    // Generated (non-source) media by kind and by the product they derive from.
    QList<const MediaEntry *> m_images, m_videos;
    QHash<QString, QList<const MediaEntry *>> m_imagesByProduct, m_videosByProduct;
};

} // namespace wk::platform
