#pragma once
// MediaCache's worker: the downloads themselves, on the cache's own thread (its own
// QNetworkAccessManager, file writes and hashing), so that the UI thread never waits for them.
#include "MediaCache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace wk {

class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    explicit MediaFetcher(MediaCacheOptions options);
    ~MediaFetcher() override;

    void setClientSettings(const PlatformClientSettings &settings);
    void fetch(const MediaAsset &asset, int priority);
    void cancelBelow(int priority);

signals:
    void ready(const QString &assetId, const QString &path);
    void failed(const QString &assetId, const QString &sentence);
    void downloadProgress(const QString &assetId, qint64 received, qint64 total);

private:
    struct Waiting {
        MediaAsset asset;
        int priority = 0;
    };
    struct Download {
        MediaAsset asset;
        QNetworkReply *reply = nullptr;
        std::unique_ptr<QFile> part;
        std::unique_ptr<QCryptographicHash> hash;
        qint64 offset = 0;        // bytes already on disk when the request went out
        qint64 received = 0;      // bytes in the .part file now
        bool checkedStatus = false;
    };

    void startNext();
    void start(const MediaAsset &asset);
    void onData(const QString &assetId);
    void onFinished(const QString &assetId);
    // Ends a download: the reply goes, the .part file stays (for a resume) unless `discardPart`.
    void finish(const QString &assetId, const QString &error, bool discardPart);
    bool acceptStatus(Download &download);
    void trimToBudget(const QString &keepPath);
    QString finalPath(const MediaAsset &asset) const;

    MediaCacheOptions m_options;
    PlatformClientSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;   // made on the worker thread, on first use
    QList<Waiting> m_waiting;                     // kept in priority order, highest first
    std::unordered_map<QString, Download> m_running;   // by asset id
};

} // namespace wk
