#pragma once
// Review items and their media assets in the cache (resources/sql/cache, tables review_items,
// review_items_fts, media_assets). Writes run inside the caller's Transaction.
#include "WireJson.h"
#include "domain/Entities.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace wk {

class Database;

enum class MediaDownloadState { Missing, Downloading, Complete, Failed };
QString toCode(MediaDownloadState state);

// An asset's metadata from the platform plus the console's own download bookkeeping.
struct MediaAssetRecord {
    MediaAsset asset;
    MediaDownloadState state = MediaDownloadState::Missing;
    QString localPath;          // where the verified bytes are, once Complete (or the partial file)
    qint64 bytesDownloaded = 0; // for Range: bytes=N- resumption
    QString lastError;
};

// FlagReason as the bit stored in review_items.flag_mask (the flag_reasons table holds the same).
qint64 flagBit(FlagReason reason);
qint64 flagMask(const QList<FlagReason> &reasons);

class ReviewStore
{
public:
    explicit ReviewStore(Database &db);
    ~ReviewStore();
    ReviewStore(const ReviewStore &) = delete;
    ReviewStore &operator=(const ReviewStore &) = delete;

    // Inserts or updates the item, its media assets' metadata and the search index. An item older
    // than the stored one (lower version) is ignored: returns false. `wire` is the entity's wire
    // JSON if the caller already has it (a pulled Change's data), saving an encode.
    bool upsert(const ReviewItem &item);
    bool upsert(const ReviewItem &item, const WireJson &wire);
    // True if there was such an item. Its media assets stay (another item may share them).
    bool remove(const QString &id);
    // During a first sync's bulk mode (BulkLoad.h) the search index is rebuilt in one pass at the
    // end: row by row it would only be work thrown away.
    void setSearchIndexDeferred(bool deferred) { m_searchIndexDeferred = deferred; }

    std::optional<ReviewItem> get(const QString &id);
    std::optional<QJsonObject> wireData(const QString &id);
    std::optional<qint64> version(const QString &id);
    qint64 count();

    // Keeps the download bookkeeping unless the bytes changed (another sha256): then it starts over.
    void upsertMediaAsset(const MediaAsset &asset);
    std::optional<MediaAssetRecord> mediaAsset(const QString &id);
    void setMediaDownload(const QString &id, MediaDownloadState state, const QString &localPath,
                          qint64 bytesDownloaded, const QString &error = {});
    // Assets not yet downloaded (Missing, or Failed for a retry), those of the most urgent open items
    // first.
    QList<MediaAssetRecord> mediaToDownload(int limit);

private:
    void putData(qint64 rowid, const WireJson &wire);

    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m;
    bool m_searchIndexDeferred = false;
};

} // namespace wk
