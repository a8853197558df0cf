#include "TakeOffline.h"

#include "CommandQueue.h"
#include "MediaCache.h"
#include "Workspace.h"
#include "storage/CacheDatabase.h"
#include "storage/OutboxStore.h"
#include "storage/ReviewStore.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace wk {

TakeOffline::TakeOffline(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    if (!workspace)
        return;
    connect(workspace->commands(), &CommandQueue::submitted, this, &TakeOffline::onSubmitted);
    connect(workspace->commands(), &CommandQueue::failed, this, &TakeOffline::onFailed);
    if (MediaCache *media = workspace->media()) {
        connect(media, &MediaCache::ready, this, [this](const QString &id, const QString &) { onMediaReady(id); });
        connect(media, &MediaCache::failed, this, &TakeOffline::onMediaFailed);
    }
}

TakeOffline::~TakeOffline() = default;

QList<TakeOffline::Candidate> TakeOffline::candidates(const QString &cachePath, int count, QString *error)
{
    QList<Candidate> out;
    try {
        CacheOpenOptions options;
        options.verify = false;
        Database db = openCache(cachePath, options);
        // The SLA decides what is most urgent (the Review desk's default order).
        Statement st(db, QStringLiteral("SELECT id, version FROM review_items WHERE status = 'open' "
                                        "AND (claimed_by IS NULL OR claimed_by = '' OR claim_expires_at < ?1) "
                                        "ORDER BY sla_due_at IS NULL, sla_due_at, id"));
        st.bind(1, QDateTime::currentMSecsSinceEpoch());
        OutboxStore outbox(db);
        ReviewStore reviews(db);
        while (out.size() < count && st.step()) {
            const QString id = st.columnText(0);
            if (!outbox.pendingFor(id).isEmpty())
                continue;   // something of ours is already on its way for it
            Candidate c;
            c.id = id;
            c.version = st.columnInt64(1);
            if (const auto item = reviews.get(id)) {
                if (item->media)
                    c.media.append(*item->media);
                if (item->sourceMedia)
                    c.media.append(*item->sourceMedia);
            }
            out.append(c);
        }
    } catch (const StorageError &e) {
        *error = e.message();
    }
    return out;
}

void TakeOffline::run(int count)
{
    if (m_running)
        return;
    if (!m_workspace) {
        emit finished(false, tr("Connect to a platform first: there is nothing to take offline yet."));
        return;
    }
    const auto connection = m_workspace->status().connection;
    if (connection == SyncStatus::Connection::Offline || connection == SyncStatus::Connection::WorkingOffline) {
        emit finished(false, tr("Items can only be taken offline while the platform is reachable: the claims must "
                                "reach it and the media must be downloaded. Switch \"Work offline\" off or "
                                "check the connection, then try again."));
        return;
    }
    m_running = true;
    m_items.clear();
    m_commandIds.clear();
    m_waitingMedia.clear();
    m_mediaTotal = m_mediaFailed = 0;
    m_lastMediaError.clear();
    emit progress(tr("Looking for open items…"));
    auto *watcher = new QFutureWatcher<QPair<QList<Candidate>, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto [items, error] = watcher->result();
        if (!error.isEmpty()) {
            finish(false, tr("The open items could not be read from the local cache: %1").arg(error));
            return;
        }
        claim(items);
    });
    watcher->setFuture(QtConcurrent::run([path = m_workspace->cachePath(), count = qBound(1, count, kMaxItems)] {
        QString error;
        QList<Candidate> items = candidates(path, count, &error);
        return qMakePair(items, error);
    }));
}

void TakeOffline::claim(const QList<Candidate> &items)
{
    if (!m_workspace) {
        finish(false, tr("The connection to the platform was closed."));
        return;
    }
    if (items.isEmpty()) {
        finish(false, tr("There are no open items free to take offline: every open item is claimed by someone "
                         "or already has a command of yours on its way."));
        return;
    }
    m_items = items;
    QList<Command> drafts;
    for (const Candidate &c : items) {
        Command claim;
        claim.type = CommandType::ReviewClaim;
        claim.target = c.id;
        claim.baseVersion = c.version;
        claim.payload = QJsonObject{{QStringLiteral("lease_seconds"), kLeaseSeconds}};
        drafts.append(claim);
    }
    emit progress(tr("Claiming for 8 hours: %1 items…").arg(items.size()));
    m_commandIds = m_workspace->commands()->submitAll(drafts);
}

void TakeOffline::onSubmitted(const QStringList &ids)
{
    if (!m_running || m_commandIds.isEmpty() || ids != m_commandIds)
        return;
    fetchMedia();
}

void TakeOffline::onFailed(const QStringList &ids, const QString &sentence)
{
    if (!m_running || m_commandIds.isEmpty() || ids != m_commandIds)
        return;
    finish(false, sentence);
}

void TakeOffline::fetchMedia()
{
    MediaCache *media = m_workspace ? m_workspace->media() : nullptr;
    for (const Candidate &c : std::as_const(m_items)) {
        for (const MediaAsset &asset : c.media) {
            if (m_waitingMedia.contains(asset.id))
                continue;
            ++m_mediaTotal;
            if (media && !media->cachedPath(asset).isEmpty())
                continue;
            m_waitingMedia.insert(asset.id);
        }
    }
    if (!m_waitingMedia.isEmpty() && !media) {
        finish(false, tr("Items claimed: %1. Their media cannot be downloaded: this console has no media cache.")
                          .arg(m_items.size()));
        return;
    }
    // Above what the Review desk prefetches, below the item on screen.
    for (const Candidate &c : std::as_const(m_items))
        for (const MediaAsset &asset : c.media)
            if (m_waitingMedia.contains(asset.id))
                media->fetch(asset, 5);
    reportMedia();
}

void TakeOffline::onMediaReady(const QString &assetId)
{
    if (m_running && m_waitingMedia.remove(assetId))
        reportMedia();
}

void TakeOffline::onMediaFailed(const QString &assetId, const QString &sentence)
{
    if (!m_running || !m_waitingMedia.remove(assetId))
        return;
    ++m_mediaFailed;
    m_lastMediaError = sentence;
    reportMedia();
}

void TakeOffline::reportMedia()
{
    const int done = m_mediaTotal - int(m_waitingMedia.size()) - m_mediaFailed;
    emit progress(tr("Items claimed: %1; media downloaded: %2 of %3").arg(m_items.size()).arg(done).arg(m_mediaTotal));
    if (!m_waitingMedia.isEmpty())
        return;
    if (m_mediaFailed > 0)
        finish(false, tr("Items claimed for 8 hours: %1. Media that could not be downloaded: %2, so those items cannot "
                         "be reviewed offline. The last reason: %3")
                          .arg(m_items.size())
                          .arg(m_mediaFailed)
                          .arg(m_lastMediaError));
    else
        finish(true, tr("Items claimed for you for 8 hours: %1, with their media on this computer: you can review them "
                        "offline. A claim someone else got first shows up under Conflicts.")
                         .arg(m_items.size()));
}

void TakeOffline::finish(bool ok, const QString &sentence)
{
    m_running = false;
    m_commandIds.clear();
    emit finished(ok, sentence);
}

} // namespace wk
