#include "MediaCache.h"

#include "MediaFetcher.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace wk {

namespace {
// Players and image readers want an extension; it comes from this list, never from the server.
QString extensionFor(const QString &mimeType)
{
    static const QHash<QString, QString> known{
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")}, {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/webp"), QStringLiteral("webp")}, {QStringLiteral("image/gif"), QStringLiteral("gif")},
        {QStringLiteral("video/mp4"), QStringLiteral("mp4")},   {QStringLiteral("video/webm"), QStringLiteral("webm")},
        {QStringLiteral("video/quicktime"), QStringLiteral("mov")}};
    return known.value(mimeType.toLower(), QStringLiteral("bin"));
}
} // namespace

MediaCache::MediaCache(const MediaCacheOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_fetcher(new MediaFetcher(options))
{
    m_thread.setObjectName(QStringLiteral("wk-media"));
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &MediaFetcher::ready, this, &MediaCache::ready);
    connect(m_fetcher, &MediaFetcher::failed, this, &MediaCache::failed);
    connect(m_fetcher, &MediaFetcher::downloadProgress, this, &MediaCache::downloadProgress);
    m_thread.start();
}

MediaCache::~MediaCache()
{
    m_thread.quit();
    m_thread.wait();
}

void MediaCache::setClientSettings(const PlatformClientSettings &settings)
{
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, settings] { fetcher->setClientSettings(settings); },
                              Qt::QueuedConnection);
}

QString MediaCache::fileNameFor(const MediaAsset &asset)
{
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha256.match(asset.sha256).hasMatch())
        return {};
    return asset.sha256 + QLatin1Char('.') + extensionFor(asset.mimeType);
}

QString MediaCache::cachedPath(const MediaAsset &asset) const
{
    const QString name = fileNameFor(asset);
    if (name.isEmpty())
        return {};
    const QString path = QDir(m_options.directory).filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

void MediaCache::fetch(const MediaAsset &asset, int priority)
{
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, asset, priority] { fetcher->fetch(asset, priority); },
                              Qt::QueuedConnection);
}

void MediaCache::cancelBelow(int priority)
{
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, priority] { fetcher->cancelBelow(priority); },
                              Qt::QueuedConnection);
}

} // namespace wk
