#pragma once
// The console's copy of the platform's media (images, videos, source photos), so that a review
// item shows at once and offline. Content-addressed: a file is named after the sha256 the asset's
// metadata announces — never after a server string — and is only moved into place once its bytes
// hash to exactly that value. Downloads run on their own thread, a few at a time, highest priority
// first (the open item before the prefetched ones); an interrupted download resumes with a Range
// request; files larger than the limit are refused; the cache is trimmed, oldest first, to its
// byte budget.
#include "PlatformClient.h"
#include "domain/Entities.h"

#include <QObject>
#include <QSet>
#include <QThread>

namespace wk {

class MediaFetcher;

struct MediaCacheOptions {
    QString directory;                        // created when missing
    qint64 maxBytes = qint64(4) << 30;        // the cache's budget on disk
    qint64 maxFileBytes = qint64(512) << 20;  // a bigger asset is refused, not downloaded
    int parallelDownloads = 3;
};

class MediaCache : public QObject
{
    Q_OBJECT
public:
    explicit MediaCache(const MediaCacheOptions &options, QObject *parent = nullptr);
    ~MediaCache() override;

    // Where and with which token to download. Without a base URL, fetch() of an asset that is not
    // cached fails with a sentence ("not connected").
    void setClientSettings(const PlatformClientSettings &settings);

    // The verified local file of `asset`, or empty if it is not in the cache (or the asset has no
    // valid sha256, in which case it never will be).
    QString cachedPath(const MediaAsset &asset) const;
    // Makes the asset available: `ready` at once (queued) if cached, else after the download.
    // Asking again for an asset already on its way only raises its priority.
    void fetch(const MediaAsset &asset, int priority = 0);
    // Drops the queued downloads below `priority` (the supervisor moved on); running ones finish.
    void cancelBelow(int priority);

    const MediaCacheOptions &options() const { return m_options; }
    // The file name an asset gets: "<sha256>.<ext>" with the extension from a fixed list of MIME
    // types (players need one), or empty if the sha256 is not 64 lowercase hex digits.
    static QString fileNameFor(const MediaAsset &asset);

signals:
    void ready(const QString &assetId, const QString &path);
    void failed(const QString &assetId, const QString &sentence);
    void downloadProgress(const QString &assetId, qint64 received, qint64 total);

private:
    MediaCacheOptions m_options;
    QThread m_thread;
    MediaFetcher *m_fetcher;   // lives on m_thread
};

} // namespace wk
