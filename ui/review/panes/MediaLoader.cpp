#include "review/panes/MediaLoader.h"

#include <QCache>
#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace wk {

namespace {

// Decoded images cost their bytes. The cache is for the items read ahead (ReviewDesk reads three:
// a generated image and a source photo each) and a step or two back, not for the session: 32 MB
// holds 20 demo images of 640 × 640 or four 2 MP ones. At 96 MB it was a third of the desk's
// memory budget (250 MB) after a hundred decisions, and kept growing until full.
constexpr qsizetype kCacheBytes = 32 * 1024 * 1024;

struct Cache {
    QMutex mutex;
    QCache<QString, MediaCheckResult> results{kCacheBytes};
};
Cache &cache()
{
    static Cache c;
    return c;
}

// The file and what the platform says it is: another sha256, type or path is another entry.
// A file checked without its hash (Verified) is another entry than one checked with it.
QString keyOf(const MediaAsset &asset, const QString &path, bool decodeImage, MediaTrust trust)
{
    return asset.id + QLatin1Char('\n') + asset.sha256 + QLatin1Char('\n') + asset.mimeType + QLatin1Char('\n') + path
           + (decodeImage ? QLatin1String("\nd") : QLatin1String()) + (trust == MediaTrust::Verified ? QLatin1String("\nv") : QLatin1String());
}

MediaCheckResult checkAndKeep(const MediaAsset &asset, const QString &path, bool decodeImage, MediaTrust trust)
{
    MediaCheckResult result = MediaCheck::check(asset, path, decodeImage, trust);
    // Only good answers are kept: a missing file may arrive a moment later.
    if (result.problem.isEmpty()) {
        const qsizetype cost = std::max<qsizetype>(1, result.image.sizeInBytes());
        const QMutexLocker lock(&cache().mutex);
        cache().results.insert(keyOf(asset, path, decodeImage, trust), new MediaCheckResult(result), cost);
    }
    return result;
}

} // namespace

void MediaLoader::load(const MediaAsset &asset, const QString &path, bool decodeImage, MediaTrust trust)
{
    std::optional<MediaCheckResult> cached;
    {
        const QMutexLocker lock(&cache().mutex);
        if (const MediaCheckResult *hit = cache().results.object(keyOf(asset, path, decodeImage, trust)))
            cached = *hit;
    }
    if (cached) {
        emit checked(*cached);
        return;
    }
    const quint64 generation = m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<MediaCheckResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        if (generation == m_generation)
            emit checked(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([asset, path, decodeImage, trust] { return checkAndKeep(asset, path, decodeImage, trust); }));
}

void MediaLoader::prefetch(const MediaAsset &asset, const QString &path, MediaTrust trust)
{
    if (isCached(asset, path, trust))
        return;
    const bool decode = asset.mimeType.startsWith(QLatin1String("image/"));
    (void)QtConcurrent::run([asset, path, decode, trust] { checkAndKeep(asset, path, decode, trust); });
}

bool MediaLoader::isCached(const MediaAsset &asset, const QString &path, MediaTrust trust)
{
    const bool decode = asset.mimeType.startsWith(QLatin1String("image/"));
    const QMutexLocker lock(&cache().mutex);
    return cache().results.contains(keyOf(asset, path, decode, trust));
}

void MediaLoader::clearCache()
{
    const QMutexLocker lock(&cache().mutex);
    cache().results.clear();
}

} // namespace wk
