#include "PlatformClient.h"

#include "Codecs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QThread>
#include <QUrlQuery>
#include <QtConcurrentRun>

#include <utility>

Q_LOGGING_CATEGORY(lcPlatformClient, "wk.sync.client")

namespace wk {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 10.2.3).
int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return -1;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

} // namespace

ApiError apiErrorFromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    e.retryAfterSeconds = parseRetryAfter(retryAfter);
    // The problem body is informative only: a garbled one must not hide the status.
    try {
        const Problem p = codec::decodeProblem(codec::parseObject(body));
        e.problemCode = p.code;
        e.detail = p.detail.isEmpty() ? p.title : p.detail;
    } catch (const DecodeError &) {
        e.detail = QString::fromUtf8(body.left(200)).simplified();
    }
    if (status == 401 || status == 403)
        e.kind = ApiError::Kind::Unauthorized;
    else if (status == 429)
        e.kind = ApiError::Kind::RateLimited;
    else if (status == 502 || status == 503 || status == 504)
        e.kind = ApiError::Kind::Unavailable;
    else if (status == 410 || e.problemCode == QLatin1StringView("cursor_expired"))
        e.kind = ApiError::Kind::CursorExpired;
    else if (e.problemCode == QLatin1StringView("unknown_client"))
        e.kind = ApiError::Kind::UnknownClient;
    else if (e.problemCode == QLatin1StringView("idempotency_key_reused"))
        e.kind = ApiError::Kind::IdempotencyKeyReused;
    else if (status >= 300 && status < 500)   // 3xx: the API never redirects
        e.kind = ApiError::Kind::BadRequest;
    else
        e.kind = ApiError::Kind::Server;
    return e;
}

PlatformClient::PlatformClient(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<wk::ApiError>();
    qRegisterMetaType<wk::Health>();
    qRegisterMetaType<wk::Me>();
    qRegisterMetaType<wk::ChangesPage>();
    qRegisterMetaType<wk::CommandResults>();
    // Two pages decode at once (the page the caller waits for and the one after); the decoded
    // entities go with the page to the caller's thread.
    m_decoders.setMaxThreadCount(2);
}

PlatformClient::~PlatformClient() { abortAll(); }

QString PlatformClient::transportProblem(const QUrl &url, bool allowInsecure)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The platform address \"%1\" is not a valid URL.").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("https"))
        return QString();
    if (scheme != QLatin1StringView("http"))
        return tr("The platform address must start with https:// (or http:// for this computer).");
    if (isLoopbackHost(url.host()) || allowInsecure)
        return QString();
    return tr("The connection to %1 would not be encrypted: use an https address, or allow unencrypted "
              "connections explicitly if this network is trusted.").arg(url.host());
}

void PlatformClient::setSettings(const PlatformClientSettings &settings)
{
    QMetaObject::invokeMethod(this, [this, settings] {
        m_settings = settings;
        dropPrefetch();   // asked with the old ones
    }, Qt::QueuedConnection);
}

quint64 PlatformClient::health() { return post(Call::Health, QStringLiteral("/v1/health"), {}, {}, 0); }
quint64 PlatformClient::me() { return post(Call::Me, QStringLiteral("/v1/me"), {}, {}, 0); }

quint64 PlatformClient::registerClient(const QString &name)
{
    QJsonObject body;
    if (!name.isEmpty())
        body.insert(QStringLiteral("name"), name);
    return post(Call::Register, QStringLiteral("/v1/clients"), {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                0);
}

quint64 PlatformClient::changes(const QString &cursor, int limit, int waitSeconds, const QString &clientId)
{
    const quint64 token = m_nextToken.fetch_add(1);
    const ChangesRequest request{cursor, limit, waitSeconds, clientId};
    QMetaObject::invokeMethod(this, [=, this] { startChanges(token, request); }, Qt::QueuedConnection);
    return token;
}

namespace {
QList<QPair<QString, QString>> changesQuery(const QString &cursor, int limit, int waitSeconds, const QString &clientId)
{
    QList<QPair<QString, QString>> query;
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    query.append({QStringLiteral("limit"), QString::number(limit)});
    if (waitSeconds > 0)
        query.append({QStringLiteral("wait"), QString::number(waitSeconds)});
    if (!clientId.isEmpty())
        query.append({QStringLiteral("client_id"), clientId});
    return query;
}
} // namespace

void PlatformClient::startChanges(quint64 token, const ChangesRequest &r)
{
    if (m_prefetch && m_prefetch->request == r) {
        // Asked for already: this caller's answer is that request's.
        Prefetch p = *std::exchange(m_prefetch, std::nullopt);
        m_changes.insert(token, r);
        if (p.nextCursor)
            prefetch(r, *p.nextCursor);
        if (p.answer)
            answerChanges(token, *p.answer);
        else
            m_adopted.insert(p.token, token);
        return;
    }
    dropPrefetch();
    m_changes.insert(token, r);
    start(token, Call::Changes, QStringLiteral("/v1/changes"), changesQuery(r.cursor, r.limit, r.waitSeconds, r.clientId),
          {}, qMax(0, r.waitSeconds) * 1000);
}

void PlatformClient::prefetch(ChangesRequest request, const QString &cursor)
{
    request.cursor = cursor;
    m_prefetch = Prefetch{request, m_nextToken.fetch_add(1), std::nullopt, std::nullopt};
    start(m_prefetch->token, Call::Changes, QStringLiteral("/v1/changes"),
          changesQuery(request.cursor, request.limit, request.waitSeconds, request.clientId), {}, 0);
}

void PlatformClient::dropPrefetch()
{
    if (!m_prefetch)
        return;
    const Pending p = m_pending.take(std::exchange(m_prefetch, std::nullopt)->token);
    if (p.reply) {
        p.reply->disconnect(this);
        p.reply->abort();
        p.reply->deleteLater();
    }
}

// A page's body: the next page is asked for at once (one ahead of the caller at most), and this
// one decodes on a thread of m_decoders meanwhile.
void PlatformClient::changesBody(quint64 token, const QByteArray &body)
{
    const bool ahead = m_prefetch && token == m_prefetch->token;
    if (!ahead && !m_changes.contains(m_adopted.value(token, token)))
        return;   // cancelled
    const ChangesRequest request = ahead ? m_prefetch->request : m_changes.value(m_adopted.value(token, token));
    if (request.waitSeconds == 0) {
        std::optional<QString> next = codec::peekNextCursor(body);
        if (ahead)
            m_prefetch->nextCursor = std::move(next);
        else if (next && !m_prefetch)
            prefetch(request, *next);
    }
    auto *watcher = new QFutureWatcher<ChangesAnswer>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, token] {
        watcher->deleteLater();
        answerChanges(token, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_decoders, [body]() -> ChangesAnswer {
        try {
            return codec::decodeChangesPageBody(body);
        } catch (const DecodeError &e) {
            ApiError error;
            error.kind = ApiError::Kind::Malformed;
            error.httpStatus = 200;
            error.detail = e.toString();
            return error;
        }
    }));
}

void PlatformClient::answerChanges(quint64 token, const ChangesAnswer &answer)
{
    if (m_prefetch && token == m_prefetch->token) {
        m_prefetch->answer = answer;   // until the caller asks
        return;
    }
    const quint64 caller = m_adopted.contains(token) ? m_adopted.take(token) : token;
    if (!m_changes.remove(caller))
        return;   // cancelled, or a prefetch that was dropped
    if (const auto *page = std::get_if<ChangesPage>(&answer))
        emit changesReceived(caller, *page);
    else
        emit failed(caller, std::get<ApiError>(answer));
}

void PlatformClient::fail(quint64 token, const ApiError &error)
{
    if (m_changes.contains(token) || m_adopted.contains(token) || (m_prefetch && token == m_prefetch->token))
        answerChanges(token, error);
    else
        emit failed(token, error);
}

quint64 PlatformClient::pushCommands(const CommandBatch &batch)
{
    return post(Call::Push, QStringLiteral("/v1/commands"), {},
                QJsonDocument(codec::encode(batch)).toJson(QJsonDocument::Compact), 0);
}

void PlatformClient::cancel(quint64 token)
{
    QMetaObject::invokeMethod(this, [this, token] {
        bool pull = m_changes.remove(token) > 0;
        quint64 request = token;   // the request answering this token: its own, or an adopted prefetch
        for (auto it = m_adopted.begin(); it != m_adopted.end(); ++it)
            if (it.value() == token) {
                request = it.key();
                m_adopted.erase(it);
                pull = true;
                break;
            }
        if (pull)
            dropPrefetch();   // it follows the page just cancelled
        const Pending p = m_pending.take(request);
        if (p.reply) {
            p.reply->disconnect(this);
            p.reply->abort();
            p.reply->deleteLater();
        }
    }, Qt::QueuedConnection);
}

void PlatformClient::cancelAll()
{
    if (QThread::currentThread() == thread())
        abortAll();
    else
        QMetaObject::invokeMethod(this, [this] { abortAll(); }, Qt::QueuedConnection);
}

void PlatformClient::abortAll()
{
    m_changes.clear();
    m_adopted.clear();
    m_prefetch.reset();
    const auto pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.reply) {
            p.reply->disconnect(this);
            p.reply->abort();
            p.reply->deleteLater();
        }
    }
}

quint64 PlatformClient::post(Call call, const QString &path, const QList<QPair<QString, QString>> &query,
                             const QByteArray &body, int extraTimeoutMs)
{
    const quint64 token = m_nextToken.fetch_add(1);
    QMetaObject::invokeMethod(this, [=, this] { start(token, call, path, query, body, extraTimeoutMs); },
                              Qt::QueuedConnection);
    return token;
}

void PlatformClient::start(quint64 token, Call call, const QString &path, const QList<QPair<QString, QString>> &query,
                           const QByteArray &body, int extraTimeoutMs)
{
    const QString refused = transportProblem(m_settings.baseUrl, m_settings.allowInsecure);
    if (!refused.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Insecure;
        e.detail = refused;
        fail(token, e);
        return;
    }
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        // The API never redirects: following one could lead a loopback-only plain-http allowance to
        // another host, so a redirect is an error.
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    if (call != Call::Health && !m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_settings.timeoutMs + extraTimeoutMs);

    QNetworkReply *reply = nullptr;
    if (call == Call::Register || call == Call::Push) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_nam->post(request, body);
    } else {
        reply = m_nam->get(request);
    }
    m_pending.insert(token, Pending{call, reply});
    // TLS errors are reported, never ignored: the reply then fails with an SSL error.
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcPlatformClient) << "TLS error:" << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this, [this, token, reply] { finish(token, reply); });
}

void PlatformClient::finish(quint64 token, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(token);
    if (it == m_pending.end())
        return;   // cancelled
    const Call call = it->call;
    m_pending.erase(it);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();

    if (status == 0 || (netError != QNetworkReply::NoError && status >= 200 && status < 300)) {
        // No HTTP answer, or an answer cut short: nothing of it may be used.
        ApiError e;
        e.httpStatus = status;
        e.kind = (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)
            ? ApiError::Kind::Timeout
            : ApiError::Kind::Network;
        e.detail = reply->errorString();
        e.networkError = int(netError);
        qCDebug(lcPlatformClient) << "request" << token << "failed:" << e.detail;
        fail(token, e);
        return;
    }
    if (status < 200 || status >= 300) {
        const ApiError e = apiErrorFromHttp(status, body, reply->rawHeader("Retry-After"));
        qCDebug(lcPlatformClient) << "request" << token << "HTTP" << status << e.problemCode;
        fail(token, e);
        return;
    }
    if (call == Call::Changes)
        changesBody(token, body);
    else
        deliver(token, call, body);
}

void PlatformClient::deliver(quint64 token, Call call, const QByteArray &body)
{
    try {
        switch (call) {
        case Call::Health:
            emit healthReceived(token, codec::decodeHealth(codec::parseObject(body)));
            return;
        case Call::Me:
            emit meReceived(token, codec::decodeMe(codec::parseObject(body)));
            return;
        case Call::Register: {
            const QJsonObject o = codec::parseObject(body);
            const QJsonValue id = o.value(QStringLiteral("client_id"));
            if (!id.isString() || id.toString().isEmpty())
                throw DecodeError(QStringLiteral("$.client_id"), QStringLiteral("a non-empty string is required"));
            emit clientRegistered(token, id.toString());
            return;
        }
        case Call::Changes:   // changesBody()
            return;
        case Call::Push:
            emit commandsPushed(token, codec::decodeCommandResults(codec::parseObject(body)));
            return;
        }
    } catch (const DecodeError &e) {
        ApiError error;
        error.kind = ApiError::Kind::Malformed;
        error.httpStatus = 200;
        error.detail = e.toString();
        emit failed(token, error);
    }
}

} // namespace wk
