#include "review/ReviewMediaFeed.h"

#include "review/ReviewItemView.h"
#include "sync/MediaCache.h"

namespace wk {

namespace {
QList<MediaAsset> assetsOf(const ReviewItem &item)
{
    QList<MediaAsset> out;
    for (const auto &asset : {item.media, item.sourceMedia})
        if (asset && !asset->id.isEmpty())
            out << *asset;
    return out;
}
} // namespace

ReviewMediaFeed::ReviewMediaFeed(ReviewItemView *view, QObject *parent) : QObject(parent), m_view(view) {}

void ReviewMediaFeed::setCache(MediaCache *cache)
{
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    m_open.clear();
    m_ahead.clear();
    if (!cache)
        return;
    connect(cache, &MediaCache::ready, this, &ReviewMediaFeed::onReady);
    connect(cache, &MediaCache::failed, this, &ReviewMediaFeed::onFailed);
}

void ReviewMediaFeed::showItem(const ReviewItem &item, const QHash<QString, QString> &fallback)
{
    m_open.clear();
    for (const MediaAsset &asset : assetsOf(item)) {
        m_ahead.remove(asset.id);
        const QString cached = m_cache ? m_cache->cachedPath(asset) : QString();
        if (!cached.isEmpty()) {
            m_view->setVerifiedMediaFile(asset.id, cached);
        } else if (fallback.contains(asset.id)) {
            m_view->setMediaFile(asset.id, fallback.value(asset.id));
        } else if (m_cache) {
            m_open.insert(asset.id, asset);
            m_cache->fetch(asset, kOpenPriority);
        } else {
            m_view->setMediaFile(asset.id, {});
        }
    }
}

void ReviewMediaFeed::clear() { m_open.clear(); }

void ReviewMediaFeed::prefetch(const ReviewItem &item, int distance)
{
    if (!m_cache)
        return;
    for (const MediaAsset &asset : assetsOf(item)) {
        if (m_open.contains(asset.id))
            continue;
        const QString cached = m_cache->cachedPath(asset);
        if (!cached.isEmpty()) {
            ReviewItemView::prefetchMedia(asset, cached, MediaTrust::Verified);
        } else if (!m_ahead.contains(asset.id)) {
            m_ahead.insert(asset.id, asset);
            m_cache->fetch(asset, kAheadPriority - distance);
        }
    }
}

void ReviewMediaFeed::onReady(const QString &assetId, const QString &path)
{
    if (m_open.remove(assetId)) {
        m_view->setVerifiedMediaFile(assetId, path);
        return;
    }
    const auto ahead = m_ahead.constFind(assetId);
    if (ahead == m_ahead.constEnd())
        return;
    ReviewItemView::prefetchMedia(*ahead, path, MediaTrust::Verified);
    m_ahead.erase(ahead);
}

void ReviewMediaFeed::onFailed(const QString &assetId, const QString &sentence)
{
    m_ahead.remove(assetId);
    if (m_open.remove(assetId))
        m_view->setMediaFile(assetId, {}, sentence);   // said in the pane; the item can still be decided
}

} // namespace wk
