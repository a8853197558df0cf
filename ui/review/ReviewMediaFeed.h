#pragma once
// Brings review items' media through the workspace's MediaCache (content-addressed, sha256-checked
// before a file is moved into place): the open item's first, handed to the item view the moment
// they are on disk; the next items' behind them, checked and decoded ahead on a worker
// (ReviewItemView::prefetchMedia), so that "decide → next item" finds the next image decoded.
// Paths from the cache are trusted (MediaTrust::Verified): their bytes are not hashed again.
#include "domain/Entities.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace wk {

class MediaCache;
class ReviewItemView;

class ReviewMediaFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kOpenPriority = 100;    // the item on screen
    static constexpr int kAheadPriority = 50;    // minus the distance from the open item

    ReviewMediaFeed(ReviewItemView *view, QObject *parent = nullptr);

    void setCache(MediaCache *cache);
    // The view now shows `item`: its media (and source photo) go to the view, from the cache at
    // once or after their download. `fallback` holds files known otherwise (asset id → path),
    // used when the cache has none and checked in full.
    void showItem(const ReviewItem &item, const QHash<QString, QString> &fallback = {});
    void clear();
    // An item `distance` rows after the open one: its media are fetched and decoded ahead.
    void prefetch(const ReviewItem &item, int distance);

    // For tests and the benchmark: assets asked for and not yet answered.
    int waiting() const { return int(m_open.size() + m_ahead.size()); }

private:
    void onReady(const QString &assetId, const QString &path);
    void onFailed(const QString &assetId, const QString &sentence);

    ReviewItemView *m_view;
    QPointer<MediaCache> m_cache;
    QHash<QString, MediaAsset> m_open;    // asset id → asset of the open item, still on their way
    QHash<QString, MediaAsset> m_ahead;   // of the next items
};

} // namespace wk
