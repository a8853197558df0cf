#include "MediaFetcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <algorithm>

Q_LOGGING_CATEGORY(lcMedia, "wk.sync.media")

namespace wk {

namespace {
// Content-Range: bytes <first>-<last>/<total>
qint64 rangeStart(const QByteArray &contentRange)
{
    static const QRegularExpression re(QStringLiteral("^bytes (\\d+)-\\d+/(\\d+|\\*)$"));
    const auto m = re.match(QString::fromLatin1(contentRange).trimmed());
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}
} // namespace

MediaFetcher::MediaFetcher(MediaCacheOptions options) : m_options(std::move(options)) {}

MediaFetcher::~MediaFetcher()
{
    // Replies are children of m_network; abort them first so that their finished() finds nothing.
    for (auto &[id, download] : m_running) {
        if (download.reply) {
            download.reply->disconnect(this);
            download.reply->abort();
        }
    }
}

void MediaFetcher::setClientSettings(const PlatformClientSettings &settings) { m_settings = settings; }

QString MediaFetcher::finalPath(const MediaAsset &asset) const
{
    const QString name = MediaCache::fileNameFor(asset);
    return name.isEmpty() ? QString() : QDir(m_options.directory).filePath(name);
}

void MediaFetcher::fetch(const MediaAsset &asset, int priority)
{
    const QString path = finalPath(asset);
    if (path.isEmpty()) {
        emit failed(asset.id, tr("The platform gave the media %1 no valid checksum, so it cannot be checked and is "
                                 "not downloaded.").arg(asset.id));
        return;
    }
    if (QFileInfo::exists(path)) {
        emit ready(asset.id, path);
        return;
    }
    if (asset.size > m_options.maxFileBytes) {
        emit failed(asset.id, tr("The media %1 is %2 MB, more than the %3 MB this console downloads.")
                                  .arg(asset.id)
                                  .arg(asset.size >> 20)
                                  .arg(m_options.maxFileBytes >> 20));
        return;
    }
    if (m_running.count(asset.id))
        return;
    // Already waiting: only its priority changes.
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&](const Waiting &w) { return w.asset.id == asset.id; }),
                    m_waiting.end());
    const auto at = std::find_if(m_waiting.begin(), m_waiting.end(),
                                 [&](const Waiting &w) { return w.priority < priority; });
    m_waiting.insert(at, Waiting{asset, priority});
    startNext();
}

void MediaFetcher::cancelBelow(int priority)
{
    m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                   [&](const Waiting &w) { return w.priority < priority; }),
                    m_waiting.end());
}

void MediaFetcher::startNext()
{
    while (!m_waiting.isEmpty() && int(m_running.size()) < m_options.parallelDownloads)
        start(m_waiting.takeFirst().asset);
}

void MediaFetcher::start(const MediaAsset &asset)
{
    const QString problem = PlatformClient::transportProblem(m_settings.baseUrl, m_settings.allowInsecure);
    if (m_settings.baseUrl.isEmpty() || !problem.isEmpty()) {
        emit failed(asset.id, m_settings.baseUrl.isEmpty()
                                  ? tr("The media %1 is not on this computer and the console is not connected to a "
                                       "platform.").arg(asset.id)
                                  : problem);
        return;
    }
    if (!QDir().mkpath(m_options.directory)) {
        emit failed(asset.id, tr("The media folder %1 cannot be created.").arg(m_options.directory));
        return;
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);   // as PlatformClient
    }

    Download download;
    download.asset = asset;
    download.part = std::make_unique<QFile>(finalPath(asset) + QStringLiteral(".part"));
    if (!download.part->open(QIODevice::ReadWrite)) {
        emit failed(asset.id, tr("The media file %1 cannot be written: %2")
                                  .arg(download.part->fileName(), download.part->errorString()));
        return;
    }
    // A resumed download hashes what is already there first, so the final check covers every byte.
    download.hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    download.offset = download.part->size();
    if (download.offset > 0 && (asset.size <= 0 || download.offset < asset.size)) {
        download.hash->addData(download.part.get());
    } else if (download.offset > 0) {
        download.part->resize(0);   // as long as the whole asset (or unknown): start over
        download.offset = 0;
    }
    download.part->seek(download.offset);
    download.received = download.offset;

    // Like PlatformClient: below the base URL's path; the id is one encoded path segment, so a server
    // string can never reach another path.
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/v1/media/") + QString::fromLatin1(QUrl::toPercentEncoding(asset.id)),
                QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    request.setTransferTimeout(m_settings.timeoutMs);
    if (download.offset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(download.offset) + '-');
    download.reply = m_network->get(request);
    QNetworkReply *reply = download.reply;
    const QString id = asset.id;
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onData(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        // Never ignored (DESIGN.md): the reply fails with the TLS error and we say so.
        qCWarning(lcMedia) << "TLS errors" << errors;
    });
    m_running.emplace(id, std::move(download));
}

bool MediaFetcher::acceptStatus(Download &download)
{
    if (download.checkedStatus)
        return true;
    const int status = download.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 206) {
        if (rangeStart(download.reply->rawHeader("Content-Range")) != download.offset)
            return false;   // not the part we asked for: finished() starts over
    } else if (status == 200 && download.offset > 0) {
        // The server sent the whole file: the part on disk is discarded.
        download.part->resize(0);
        download.part->seek(0);
        download.hash->reset();
        download.offset = download.received = 0;
    } else if (status != 200) {
        return false;
    }
    download.checkedStatus = true;
    return true;
}

void MediaFetcher::onData(const QString &assetId)
{
    auto it = m_running.find(assetId);
    if (it == m_running.end())
        return;
    Download &d = it->second;
    if (!acceptStatus(d))
        return;   // the body is an error document; finished() reads it
    const QByteArray chunk = d.reply->readAll();
    d.received += chunk.size();
    const qint64 limit = d.asset.size > 0 ? d.asset.size : m_options.maxFileBytes;
    if (d.received > limit) {
        finish(assetId, tr("The platform sent more bytes for the media %1 than it announced; the download was "
                           "stopped.").arg(assetId), true);
        return;
    }
    if (d.part->write(chunk) != chunk.size()) {
        finish(assetId, tr("The media file could not be written (%1). Is the disk full?").arg(d.part->errorString()), false);
        return;
    }
    d.hash->addData(chunk);
    emit downloadProgress(assetId, d.received, d.asset.size);
}

void MediaFetcher::onFinished(const QString &assetId)
{
    auto it = m_running.find(assetId);
    if (it == m_running.end())
        return;
    Download &d = it->second;
    const int status = d.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (d.reply->error() == QNetworkReply::NoError || status == 200 || status == 206)
        onData(assetId);
    it = m_running.find(assetId);
    if (it == m_running.end())
        return;   // onData ended it
    if (d.reply->error() != QNetworkReply::NoError) {
        const bool fromServer = status >= 400;
        const QString why = status == 401 ? tr("the platform did not accept the token")
                            : status == 404 ? tr("the platform has no such media")
                            : status == 416 ? tr("the partial download no longer matches the file")
                                            : d.reply->errorString();
        // A transport failure keeps the part for a resume; an answer from the server does not.
        finish(assetId, tr("The media %1 could not be downloaded: %2.").arg(assetId, why), fromServer);
        return;
    }
    if (!d.checkedStatus) {
        finish(assetId, tr("The platform answered the media request for %1 with something else than the file "
                           "(HTTP %2).").arg(assetId).arg(status), true);
        return;
    }
    const QString sha = QString::fromLatin1(d.hash->result().toHex());
    if (sha != d.asset.sha256 || (d.asset.size > 0 && d.received != d.asset.size)) {
        finish(assetId, tr("The media %1 arrived damaged (its checksum does not match), so it was discarded; "
                           "it will be downloaded again next time.").arg(assetId), true);
        return;
    }
    const QString path = finalPath(d.asset);
    d.part->flush();
    d.part->close();
    QFile::remove(path);
    if (!d.part->rename(path)) {
        finish(assetId, tr("The media file %1 could not be moved into place: %2").arg(path, d.part->errorString()), true);
        return;
    }
    d.reply->deleteLater();
    m_running.erase(it);
    emit ready(assetId, path);
    trimToBudget(path);
    startNext();
}

void MediaFetcher::finish(const QString &assetId, const QString &error, bool discardPart)
{
    auto it = m_running.find(assetId);
    if (it == m_running.end())
        return;
    Download &d = it->second;
    d.reply->disconnect(this);
    d.reply->abort();
    d.reply->deleteLater();
    if (discardPart)
        d.part->remove();
    else
        d.part->close();
    m_running.erase(it);
    qCInfo(lcMedia) << "download ended:" << error;
    emit failed(assetId, error);
    startNext();
}

void MediaFetcher::trimToBudget(const QString &keepPath)
{
    struct CachedFile {
        QString path;
        qint64 size;
        QDateTime used;
    };
    QList<CachedFile> files;
    qint64 total = 0;
    QDirIterator it(m_options.directory, QDir::Files);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.suffix() == QLatin1String("part"))
            continue;
        files.append({info.filePath(), info.size(), info.lastModified()});
        total += info.size();
    }
    if (total <= m_options.maxBytes)
        return;
    std::sort(files.begin(), files.end(), [](const CachedFile &a, const CachedFile &b) { return a.used < b.used; });
    // Down to 90% of the budget, so that the next download does not trim again at once.
    const qint64 goal = m_options.maxBytes / 10 * 9;
    for (const auto &file : files) {
        if (total <= goal)
            break;
        if (file.path == keepPath)
            continue;
        if (QFile::remove(file.path))
            total -= file.size;
    }
}

} // namespace wk
