#include "ReviewStore.h"

#include "GroupedUpsert.h"
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

namespace {
// The columns ReviewStore writes, by how often their indexes need rewriting (see GroupedUpsert.h).
enum ReviewGroup { Always = 0, Queue, Claim, Catalogue, Decided };
enum ReviewColumn {
    Kind, Status, Market, AiConfidence, GmvMinor, CreatedAt, SlaDueAt, FlagMask,   // queue sort keys
    ClaimedBy, ClaimExpiresAt,                                                       // claim
    Sku, Title, SupplierId, ProductId, Locale,                                       // catalogue
    DecidedAt,                                                                       // decided
    Currency, FlagCodes, CopyText, MediaId, SourceMediaId, Decision, DecidedBy, Version,
    ColumnCount
};

QList<GroupedUpsert::Column> reviewColumns()
{
    using T = Value::Type;
    const QList<GroupedUpsert::Column> columns{
        {QStringLiteral("kind"), Queue, T::Text},           {QStringLiteral("status"), Queue, T::Text},
        {QStringLiteral("market"), Queue, T::Text},         {QStringLiteral("ai_confidence"), Queue, T::Real},
        {QStringLiteral("gmv_minor"), Queue, T::Int},       {QStringLiteral("created_at"), Queue, T::Int},
        {QStringLiteral("sla_due_at"), Queue, T::Int},      {QStringLiteral("flag_mask"), Queue, T::Int},
        {QStringLiteral("claimed_by"), Claim, T::Text},     {QStringLiteral("claim_expires_at"), Claim, T::Int},
        {QStringLiteral("sku"), Catalogue, T::Text},        {QStringLiteral("title"), Catalogue, T::Text},
        {QStringLiteral("supplier_id"), Catalogue, T::Text}, {QStringLiteral("product_id"), Catalogue, T::Text},
        {QStringLiteral("locale"), Catalogue, T::Text},     {QStringLiteral("decided_at"), Decided, T::Int},
        {QStringLiteral("currency"), Always, T::Text},      {QStringLiteral("flag_codes"), Always, T::Text},
        {QStringLiteral("copy_text"), Always, T::Text},     {QStringLiteral("media_id"), Always, T::Text},
        {QStringLiteral("source_media_id"), Always, T::Text}, {QStringLiteral("decision"), Always, T::Text},
        {QStringLiteral("decided_by"), Always, T::Text},    {QStringLiteral("version"), Always, T::Int}};
    Q_ASSERT(columns.size() == ColumnCount);
    return columns;
}
} // namespace

struct ReviewStore::Statements {
    explicit Statements(Database &db)
        : rows(db, QStringLiteral("review_items"), QStringLiteral("review_item_data")),
          upsert(db, QStringLiteral("review_items"), reviewColumns()),
          putData(db, QStringLiteral("INSERT INTO review_item_data (item_rowid, data) VALUES (?1, ?2) "
                                     "ON CONFLICT (item_rowid) DO UPDATE SET data = excluded.data")),
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
    GroupedUpsert upsert;
    Statement putData;   // the wire JSON, in a table of its own (012_review_item_data.sql)
    Statement upsertMedia;
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
void runFts(Statement &st, qint64 rowid, const QString &title, const QString &copyText, const QString &flagCodes)
{
    st.bind(1, rowid).bind(2, title).bind(3, copyText).bind(4, flagCodes);
    st.run();
}

std::vector<Value> reviewValues(const ReviewItem &item)
{
    QStringList codes;
    codes.reserve(item.flagReasons.size());
    for (FlagReason r : item.flagReasons)
        codes << wk::toCode(r);

    std::vector<Value> v(ColumnCount);
    v[Kind] = Value::of(wk::toCode(item.kind));
    v[Status] = Value::of(wk::toCode(item.status));
    v[Market] = Value::of(text(item.market));
    v[AiConfidence] = Value::of(item.aiConfidence);
    v[GmvMinor] = Value::of(item.gmvAtRisk.minorUnits());
    v[CreatedAt] = Value::time(item.createdAt);
    v[SlaDueAt] = Value::time(item.slaDueAt);
    v[FlagMask] = Value::of(flagMask(item.flagReasons));
    // No claim is NULL, not '': the claimed_by index is partial.
    v[ClaimedBy] = item.claimedBy.isEmpty() ? Value() : Value::of(item.claimedBy);
    v[ClaimExpiresAt] = Value::time(item.claimExpiresAt);
    v[Sku] = Value::of(text(item.sku));
    v[Title] = Value::of(text(item.title));
    v[SupplierId] = Value::of(text(item.supplierId));
    v[ProductId] = Value::of(text(item.productId));
    v[Locale] = Value::of(text(item.locale));
    v[DecidedAt] = Value::time(item.decision ? item.decision->decidedAt : QDateTime());
    v[Currency] = Value::of(text(item.gmvAtRisk.currency()));
    v[FlagCodes] = Value::of(text(codes.join(QLatin1Char(' '))));
    v[CopyText] = Value::of(text(item.copyText));
    v[MediaId] = Value::of(item.media ? item.media->id : QString());
    v[SourceMediaId] = Value::of(item.sourceMedia ? item.sourceMedia->id : QString());
    v[Decision] = Value::of(item.decision ? wk::toCode(item.decision->kind) : QString());
    v[DecidedBy] = Value::of(item.decision ? item.decision->decidedBy : QString());
    v[Version] = Value::of(item.version);
    return v;
}
} // namespace

bool ReviewStore::upsert(const ReviewItem &item, const WireJson &wire)
{
    assertInTransaction(m_db, "ReviewStore::upsert");
    if (m_searchIndexDeferred) {
        // Bulk mode: a first sync, nearly every item new. One INSERT ... DO NOTHING says whether it
        // was; only for an item already there are its stored values read.
        if (const auto rowid = m->upsert.insertIfNew(item.id, reviewValues(item))) {
            putData(*rowid, wire);
            if (item.media)
                upsertMediaAsset(*item.media);
            if (item.sourceMedia)
                upsertMediaAsset(*item.sourceMedia);
            return true;
        }
    }
    const auto before = m->upsert.current(item.id);
    if (before && item.version < before->values[Version].i)
        return false; // stale: nothing to write

    if (item.media)
        upsertMediaAsset(*item.media);
    if (item.sourceMedia)
        upsertMediaAsset(*item.sourceMedia);

    const std::vector<Value> values = reviewValues(item);
    const QString &title = values[Title].s;
    const QString &copyText = values[CopyText].s;
    const QString &flagCodes = values[FlagCodes].s;
    if (!before) {
        const qint64 rowid = m->upsert.insert(item.id, values);
        putData(rowid, wire);
        if (!m_searchIndexDeferred)
            runFts(m->ftsInsert, rowid, title, copyText, flagCodes);
        return true;
    }
    m->upsert.update(*before, values);
    putData(before->rowid, wire);
    const std::vector<Value> &old = before->values;
    if (m_searchIndexDeferred)
        return true;
    if (old[Title].s != title || old[CopyText].s != copyText || old[FlagCodes].s != flagCodes) {
        // A claim or a status change leaves the searchable text alone: no index write then.
        runFts(m->ftsDelete, before->rowid, old[Title].s, old[CopyText].s, old[FlagCodes].s);
        runFts(m->ftsInsert, before->rowid, title, copyText, flagCodes);
    }
    return true;
}

bool ReviewStore::remove(const QString &id)
{
    assertInTransaction(m_db, "ReviewStore::remove");
    const auto before = m->upsert.current(id);
    if (!before)
        return false;
    m->rows.remove(id);
    if (m_searchIndexDeferred)
        return true;
    const std::vector<Value> &old = before->values;
    runFts(m->ftsDelete, before->rowid, old[Title].s, old[CopyText].s, old[FlagCodes].s);
    return true;
}

void ReviewStore::putData(qint64 rowid, const WireJson &wire)
{
    m->putData.bind(1, rowid).bindText(2, wire.utf8());
    m->putData.run();
}

std::optional<ReviewItem> ReviewStore::get(const QString &id)
{
    return m->rows.entity(id, codec::decodeReviewItem);
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
