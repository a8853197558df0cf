#include "ReviewStore.h"

#include "StoreSupport.h"
#include "sync/Codecs.h"

#include <QStringList>

namespace wk {

using namespace storage;

namespace {
constexpr std::array<std::pair<MediaDownloadState, const char *>, 4> kDownloadStates{{
    {MediaDownloadState::Missing, "missing"},
    {MediaDownloadState::Downloading, "downloading"},
    {MediaDownloadState::Complete, "complete"},
    {MediaDownloadState::Failed, "failed"}}};

MediaDownloadState downloadStateFrom(const QString &code)
{
    for (const auto &[state, c] : kDownloadStates)
        if (code == QLatin1StringView(c))
            return state;
    return MediaDownloadState::Missing;
}

const QString kMediaColumns = QStringLiteral(
    "id, mime, size, sha256, width, height, duration_ms, download_state, local_path, bytes_downloaded, "
    "last_error");

MediaAssetRecord mediaRecordAt(const Statement &st)
{
    MediaAssetRecord r;
    r.asset.id = st.columnText(0);
    r.asset.mimeType = st.columnText(1);
    r.asset.size = st.columnInt64(2);
    r.asset.sha256 = st.columnText(3);
    r.asset.width = st.columnInt(4);
    r.asset.height = st.columnInt(5);
    r.asset.durationMs = st.columnInt64(6);
    r.state = downloadStateFrom(st.columnText(7));
    r.localPath = st.columnText(8);
    r.bytesDownloaded = st.columnInt64(9);
    r.lastError = st.columnText(10);
    return r;
}
} // namespace

QString toCode(MediaDownloadState state)
{
    for (const auto &[s, c] : kDownloadStates)
        if (s == state)
            return QString::fromLatin1(c);
    return {};
}

qint64 flagBit(FlagReason reason) { return qint64(1) << int(reason); }

qint64 flagMask(const QList<FlagReason> &reasons)
{
    qint64 mask = 0;
    for (FlagReason r : reasons)
        mask |= flagBit(r);
    return mask;
}

struct ReviewStore::Statements {
    explicit Statements(Database &db)
        : rows(db, QStringLiteral("review_items")),
          upsert(db, QStringLiteral(R"(
INSERT INTO review_items (id, kind, status, sku, title, supplier_id, product_id, market, locale,
    ai_confidence, gmv_minor, currency, claimed_by, claim_expires_at, created_at, sla_due_at,
    flag_mask, flag_codes, copy_text, media_id, source_media_id, decision, decided_by, decided_at,
    version, data)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
    ?21, ?22, ?23, ?24, ?25, ?26)
ON CONFLICT (id) DO UPDATE SET
    kind = excluded.kind, status = excluded.status, sku = excluded.sku, title = excluded.title,
    supplier_id = excluded.supplier_id, product_id = excluded.product_id, market = excluded.market,
    locale = excluded.locale, ai_confidence = excluded.ai_confidence, gmv_minor = excluded.gmv_minor,
    currency = excluded.currency, claimed_by = excluded.claimed_by,
    claim_expires_at = excluded.claim_expires_at, created_at = excluded.created_at,
    sla_due_at = excluded.sla_due_at, flag_mask = excluded.flag_mask,
    flag_codes = excluded.flag_codes, copy_text = excluded.copy_text, media_id = excluded.media_id,
    source_media_id = excluded.source_media_id, decision = excluded.decision,
    decided_by = excluded.decided_by, decided_at = excluded.decided_at, version = excluded.version,
    data = excluded.data
WHERE excluded.version >= review_items.version)")),
          upsertMedia(db, QStringLiteral(R"(
INSERT INTO media_assets (id, mime, size, sha256, width, height, duration_ms, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
ON CONFLICT (id) DO UPDATE SET
    mime = excluded.mime, size = excluded.size, width = excluded.width, height = excluded.height,
    duration_ms = excluded.duration_ms, updated_at = excluded.updated_at,
    -- SET sees the old row throughout, so these compare against the stored sha256.
    download_state = CASE WHEN sha256 = excluded.sha256 THEN download_state ELSE 'missing' END,
    local_path = CASE WHEN sha256 = excluded.sha256 THEN local_path ELSE NULL END,
    bytes_downloaded = CASE WHEN sha256 = excluded.sha256 THEN bytes_downloaded ELSE 0 END,
    sha256 = excluded.sha256
WHERE (mime, size, sha256, width, height, duration_ms)
      IS NOT (excluded.mime, excluded.size, excluded.sha256, excluded.width, excluded.height,
              excluded.duration_ms))")),
          current(db, QStringLiteral(
                          "SELECT rowid, version, title, copy_text, flag_codes FROM review_items WHERE id = ?1")),
          ftsDelete(db, QStringLiteral("INSERT INTO review_items_fts (review_items_fts, rowid, title, copy_text, "
                                       "flag_codes) VALUES ('delete', ?1, ?2, ?3, ?4)")),
          ftsInsert(db, QStringLiteral(
                            "INSERT INTO review_items_fts (rowid, title, copy_text, flag_codes) VALUES (?1, ?2, ?3, ?4)")),
          media(db, QStringLiteral("SELECT %1 FROM media_assets WHERE id = ?1").arg(kMediaColumns)),
          setDownload(db, QStringLiteral(R"(
UPDATE media_assets SET download_state = ?2, local_path = ?3, bytes_downloaded = ?4, last_error = ?5,
    updated_at = ?6
WHERE id = ?1)")),
          toDownload(db, QStringLiteral(R"(
SELECT m.id, m.mime, m.size, m.sha256, m.width, m.height, m.duration_ms, m.download_state, m.local_path,
       m.bytes_downloaded, m.last_error
FROM media_assets m
WHERE m.download_state IN ('missing', 'failed')
ORDER BY (SELECT min(coalesce(r.sla_due_at, 9223372036854775807)) FROM review_items r
          WHERE (r.media_id = m.id OR r.source_media_id = m.id) AND r.status IN ('open', 'claimed')),
         m.download_state DESC, m.id
LIMIT ?1)"))
    {
    }
    EntityRows rows;
    Statement upsert;
    Statement upsertMedia;
    Statement current;
    Statement ftsDelete;
    Statement ftsInsert;
    Statement media;
    Statement setDownload;
    Statement toDownload;
};

ReviewStore::ReviewStore(Database &db) : m_db(db), m(std::make_unique<Statements>(db)) {}
ReviewStore::~ReviewStore() = default;

bool ReviewStore::upsert(const ReviewItem &item) { return upsert(item, codec::encode(item)); }

namespace {
// What the search index holds for a row: needed to take it out again (external-content FTS5).
struct Indexed {
    qint64 rowid = 0;
    qint64 version = 0;
    QString title;
    QString copyText;
    QString flagCodes;
};

std::optional<Indexed> currentRow(Statement &st, const QString &id)
{
    st.bind(1, id);
    std::optional<Indexed> out;
    if (st.step())
        out = Indexed{st.columnInt64(0), st.columnInt64(1), st.columnText(2), st.columnText(3), st.columnText(4)};
    st.reset();
    return out;
}

void runFts(Statement &st, qint64 rowid, const QString &title, const QString &copyText, const QString &flagCodes)
{
    st.bind(1, rowid).bind(2, title).bind(3, copyText).bind(4, flagCodes);
    st.run();
}
} // namespace

bool ReviewStore::upsert(const ReviewItem &item, const QJsonObject &wire)
{
    assertInTransaction(m_db, "ReviewStore::upsert");
    const std::optional<Indexed> before = currentRow(m->current, item.id);
    if (before && item.version < before->version)
        return false; // stale: nothing to write

    if (item.media)
        upsertMediaAsset(*item.media);
    if (item.sourceMedia)
        upsertMediaAsset(*item.sourceMedia);

    QStringList codes;
    codes.reserve(item.flagReasons.size());
    for (FlagReason r : item.flagReasons)
        codes << wk::toCode(r);
    const QString flagCodes = text(codes.join(QLatin1Char(' ')));
    const QString title = text(item.title);
    const QString copyText = text(item.copyText);

    Statement &st = m->upsert;
    st.bind(1, item.id)
        .bind(2, wk::toCode(item.kind))
        .bind(3, wk::toCode(item.status))
        .bind(4, text(item.sku))
        .bind(5, title)
        .bind(6, text(item.supplierId))
        .bind(7, text(item.productId))
        .bind(8, text(item.market))
        .bind(9, text(item.locale))
        .bind(10, item.aiConfidence)
        .bind(11, item.gmvAtRisk.minorUnits())
        .bind(12, text(item.gmvAtRisk.currency()));
    if (item.claimedBy.isEmpty())
        st.bindNull(13);
    else
        st.bind(13, item.claimedBy);
    bindTime(st, 14, item.claimExpiresAt);
    bindTime(st, 15, item.createdAt);
    bindTime(st, 16, item.slaDueAt);
    st.bind(17, flagMask(item.flagReasons)).bind(18, flagCodes).bind(19, copyText);
    // Every parameter is bound on every call: a failed step leaves the previous binds in place.
    st.bind(20, item.media ? item.media->id : QString());
    st.bind(21, item.sourceMedia ? item.sourceMedia->id : QString());
    st.bind(22, item.decision ? wk::toCode(item.decision->kind) : QString());
    st.bind(23, item.decision ? item.decision->decidedBy : QString());
    bindTime(st, 24, item.decision ? item.decision->decidedAt : QDateTime());
    st.bind(25, item.version).bind(26, jsonText(wire));
    st.run();
    if (m_db.changes() == 0)
        return false;

    if (!before) {
        runFts(m->ftsInsert, m_db.lastInsertRowId(), title, copyText, flagCodes);
    } else if (before->title != title || before->copyText != copyText || before->flagCodes != flagCodes) {
        // A claim or a status change leaves the searchable text alone: no index write then.
        runFts(m->ftsDelete, before->rowid, before->title, before->copyText, before->flagCodes);
        runFts(m->ftsInsert, before->rowid, title, copyText, flagCodes);
    }
    return true;
}

bool ReviewStore::remove(const QString &id)
{
    assertInTransaction(m_db, "ReviewStore::remove");
    const std::optional<Indexed> before = currentRow(m->current, id);
    if (!before)
        return false;
    m->rows.remove(id);
    runFts(m->ftsDelete, before->rowid, before->title, before->copyText, before->flagCodes);
    return true;
}

std::optional<ReviewItem> ReviewStore::get(const QString &id)
{
    const auto row = m->rows.row(id);
    if (!row)
        return std::nullopt;
    ReviewItem item = codec::decodeReviewItem(row->data);
    item.version = row->version;
    return item;
}

std::optional<QJsonObject> ReviewStore::wireData(const QString &id)
{
    const auto row = m->rows.row(id);
    return row ? std::optional<QJsonObject>(row->data) : std::nullopt;
}

std::optional<qint64> ReviewStore::version(const QString &id) { return m->rows.version(id); }
qint64 ReviewStore::count() { return m->rows.count(); }

void ReviewStore::upsertMediaAsset(const MediaAsset &asset)
{
    Statement &st = m->upsertMedia;
    st.bind(1, asset.id)
        .bind(2, text(asset.mimeType))
        .bind(3, asset.size)
        .bind(4, text(asset.sha256))
        .bind(5, asset.width)
        .bind(6, asset.height)
        .bind(7, asset.durationMs)
        .bind(8, QDateTime::currentMSecsSinceEpoch());
    st.run();
}

std::optional<MediaAssetRecord> ReviewStore::mediaAsset(const QString &id)
{
    Statement &st = m->media;
    st.bind(1, id);
    std::optional<MediaAssetRecord> out;
    if (st.step())
        out = mediaRecordAt(st);
    st.reset();
    return out;
}

void ReviewStore::setMediaDownload(const QString &id, MediaDownloadState state, const QString &localPath,
                                   qint64 bytesDownloaded, const QString &error)
{
    Statement &st = m->setDownload;
    st.bind(1, id).bind(2, toCode(state)).bind(3, localPath).bind(4, bytesDownloaded).bind(5, error);
    st.bind(6, QDateTime::currentMSecsSinceEpoch());
    st.run();
}

QList<MediaAssetRecord> ReviewStore::mediaToDownload(int limit)
{
    Statement &st = m->toDownload;
    st.bind(1, limit);
    QList<MediaAssetRecord> out;
    while (st.step())
        out << mediaRecordAt(st);
    st.reset();
    return out;
}

} // namespace wk
