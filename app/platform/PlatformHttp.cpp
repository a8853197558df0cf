#include "PlatformHttp.h"

#include "PlatformStore.h"
#include "generator/MediaLibrary.h"
#include "storage/Database.h"
#include "sync/Codecs.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcPlatformHttp, "wk.platform.http", QtInfoMsg)

namespace wk::platform {

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

namespace {
Problem problem(int status, const char *code, const QString &title, const QString &detail)
{
    return makeProblem(status, QString::fromLatin1(code), title, detail);
}
} // namespace

PlatformHttp::PlatformHttp(PlatformStore &store, const TokenTable &tokens, const FaultSpec &faults, int leaseSeconds,
                           MediaSource media, std::function<void()> changed, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_tokens(tokens), m_faults(faults), m_leaseSeconds(leaseSeconds),
      m_media(std::move(media)), m_changed(std::move(changed)),
      m_processor(store, [this](const QString &id) { return m_tokens.displayName(id); }, leaseSeconds),
      m_feed(store, this)
{
}

bool PlatformHttp::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const auto method = request.method();
    // The query is logged, never the headers: they carry the token.
    qCDebug(lcPlatformHttp) << method << path << request.url().query();

    if (path == QLatin1StringView("/v1/health")) {
        if (method != QHttpServerRequest::Method::Get)
            return false;
        health(socket);
        return true;
    }
    if (!path.startsWith(QLatin1StringView("/v1/")))
        return false;

    const bool isPull = path == QLatin1StringView("/v1/changes") && method == QHttpServerRequest::Method::Get;
    const bool isCommands = path == QLatin1StringView("/v1/commands") && method == QHttpServerRequest::Method::Post;
    const QUrlQuery query(request.url());
    const FaultDecision fault = m_faults.decide(
        {isPull, isPull && query.hasQueryItem(QStringLiteral("cursor")), isCommands});
    if (fault.fault) {
        switch (*fault.fault) {
        case FaultKind::Unavailable:
            sendReply(socket,
                      HttpReply::problem(problem(503, "unavailable", QStringLiteral("The platform is unavailable"),
                                                 QStringLiteral("Injected fault: try again later.")),
                                         fault.retryAfterSeconds),
                      {fault.latencyMs, std::nullopt, 1});
            return true;
        case FaultKind::RateLimited:
            sendReply(socket,
                      HttpReply::problem(problem(429, "rate_limited", QStringLiteral("Too many requests"),
                                                 QStringLiteral("Injected fault: slow down and retry later.")),
                                         fault.retryAfterSeconds),
                      {fault.latencyMs, std::nullopt, 1});
            return true;
        case FaultKind::Drop:
            dropConnection(socket);
            return true;
        case FaultKind::ExpireCursor:
            sendReply(socket,
                      HttpReply::problem(problem(410, "cursor_expired", QStringLiteral("The sync position has expired"),
                                                 QStringLiteral("Injected fault: sync again from the start."))),
                      {fault.latencyMs, std::nullopt, 1});
            return true;
        default:
            break;   // Truncate, Malformed, LostResponse: handled, then spoilt on the way out
        }
    }

    const QByteArray auth = headerValue(request, QByteArrayLiteral("Authorization"));
    std::optional<SupervisorToken> who;
    if (auth.startsWith("Bearer "))
        who = m_tokens.find(QString::fromUtf8(auth.mid(7).trimmed()));
    if (!who) {
        HttpReply r = HttpReply::problem(problem(401, "unauthorized", QStringLiteral("Not signed in"),
                                                 QStringLiteral("Send a valid API token as \"Authorization: Bearer <token>\".")));
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        sendReply(socket, r, fault);
        return true;
    }

    try {
        if (isPull)
            m_feed.handle(socket, query, fault);
        else if (isCommands)
            commands(socket, request, *who, fault);
        else if (path == QLatin1StringView("/v1/me") && method == QHttpServerRequest::Method::Get)
            me(socket, *who, fault);
        else if (path == QLatin1StringView("/v1/clients") && method == QHttpServerRequest::Method::Post)
            registerClient(socket, request, *who, fault);
        else if (path.startsWith(QLatin1StringView("/v1/media/")) && method == QHttpServerRequest::Method::Get)
            media(socket, request, path.mid(10), fault);
        else
            return false;
    } catch (const StorageError &e) {
        qCWarning(lcPlatformHttp) << "storage failure on" << path << ":" << e.message();
        sendReply(socket, HttpReply::problem(problem(500, "internal", QStringLiteral("Internal error"), e.message())),
                  fault);
    } catch (const std::exception &e) {
        // E.g. stored data the codecs no longer accept: a bug here, but the server keeps serving.
        qCWarning(lcPlatformHttp) << "failure on" << path << ":" << e.what();
        sendReply(socket, HttpReply::problem(problem(500, "internal", QStringLiteral("Internal error"),
                                                     QString::fromUtf8(e.what()))),
                  fault);
    }
    return true;
}

void PlatformHttp::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    sendReply(socket, HttpReply::problem(problem(404, "not_found", QStringLiteral("No such resource"),
                                                 QStringLiteral("%1 %2 is not part of the platform API.")
                                                     .arg(QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>()
                                                                                  .valueToKey(int(request.method()))),
                                                          request.url().path()))));
}

void PlatformHttp::health(QTcpSocket *socket)
{
    Health h;
    h.status = QStringLiteral("ok");
    h.version = QStringLiteral(WK_VERSION);
    h.serverTimeMs = QDateTime::currentMSecsSinceEpoch();
    sendReply(socket, HttpReply::json(200, codec::encode(h)));
}

void PlatformHttp::me(QTcpSocket *socket, const SupervisorToken &who, const FaultDecision &fault)
{
    Me m;
    m.supervisorId = who.supervisorId;
    m.displayName = who.displayName;
    m.leaseSeconds = m_leaseSeconds;
    sendReply(socket, HttpReply::json(200, codec::encode(m)), fault);
}

void PlatformHttp::registerClient(QTcpSocket *socket, const QHttpServerRequest &request, const SupervisorToken &who,
                                  const FaultDecision &fault)
{
    QString name;
    if (!request.body().trimmed().isEmpty()) {
        try {
            const QJsonObject body = codec::parseObject(request.body());
            if (body.contains(QStringLiteral("name")) && !body.value(QStringLiteral("name")).isString())
                throw DecodeError(QStringLiteral("$.name"), QStringLiteral("expected a string"));
            name = body.value(QStringLiteral("name")).toString();
        } catch (const DecodeError &e) {
            sendReply(socket, HttpReply::problem(problem(400, "invalid_body", QStringLiteral("The body is not valid"),
                                                         e.toString())),
                      fault);
            return;
        }
    }
    const QString id = m_store.registerClient(who.supervisorId, name);
    sendReply(socket, HttpReply::json(201, QJsonObject{{QStringLiteral("client_id"), id}}), fault);
}

void PlatformHttp::commands(QTcpSocket *socket, const QHttpServerRequest &request, const SupervisorToken &who,
                            const FaultDecision &fault)
{
    CommandBatch batch;
    try {
        // Envelopes only: a bad payload is that command's invalid_payload rejection, not a 400.
        batch = codec::decodeCommandBatchEnvelopes(codec::parseObject(request.body()));
    } catch (const DecodeError &e) {
        sendReply(socket, HttpReply::problem(problem(400, "invalid_body", QStringLiteral("The body is not valid"),
                                                     e.toString())),
                  fault);
        return;
    }
    const auto outcome = m_processor.process(batch, who.supervisorId);
    if (outcome.changed && m_changed)
        m_changed();
    if (outcome.problem.status != 0) {
        sendReply(socket, HttpReply::problem(outcome.problem), fault);
        return;
    }
    sendReply(socket, HttpReply::json(200, codec::encode(outcome.results)), fault);
}

void PlatformHttp::media(QTcpSocket *socket, const QHttpServerRequest &request, const QString &id,
                         const FaultDecision &fault)
{
    const MediaEntry *entry = m_media.find(id);
    if (!entry) {
        sendReply(socket, HttpReply::problem(problem(404, "not_found", QStringLiteral("No such media"),
                                                     QStringLiteral("There is no media asset %1.").arg(id))),
                  fault);
        return;
    }
    const QByteArray etag = '"' + entry->asset.sha256.toLatin1() + '"';
    HttpReply reply{200, entry->asset.mimeType.toLatin1(), {}, {{QByteArrayLiteral("ETag"), etag},
                                                                 {QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")},
                                                                 {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("private, max-age=86400")}}};
    const QByteArray ifNoneMatch = headerValue(request, QByteArrayLiteral("If-None-Match"));
    if (!ifNoneMatch.isEmpty()) {
        for (QByteArray candidate : ifNoneMatch.split(',')) {
            candidate = candidate.trimmed();
            if (candidate.startsWith("W/"))
                candidate = candidate.mid(2);
            if (candidate == etag || candidate == "*") {
                reply.status = 304;
                reply.contentType.clear();
                sendReply(socket, reply, fault);
                return;
            }
        }
    }
    const QByteArray bytes = m_media.bytes(id);
    const QByteArray range = headerValue(request, QByteArrayLiteral("Range")).trimmed();
    static const QRegularExpression rangeRe(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    if (!range.isEmpty()) {
        const auto m = rangeRe.match(QString::fromLatin1(range));
        const qint64 size = bytes.size();
        const qint64 first = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        qint64 last = m.hasMatch() && !m.captured(2).isEmpty() ? m.captured(2).toLongLong() : size - 1;
        if (m.hasMatch() && first < size && first <= last) {
            last = std::min(last, size - 1);
            reply.status = 206;
            reply.body = bytes.mid(first, last - first + 1);
            reply.headers.append({QByteArrayLiteral("Content-Range"),
                                  "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                                      + QByteArray::number(size)});
            sendReply(socket, reply, fault);
            return;
        }
        if (m.hasMatch()) {
            HttpReply r = HttpReply::problem(problem(416, "range_not_satisfiable", QStringLiteral("Bad range"),
                                                     QStringLiteral("The asset has %1 bytes.").arg(size)));
            r.headers.append({QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size)});
            sendReply(socket, r, fault);
            return;
        }
        // Any other range form: ignored, as RFC 9110 allows; the whole asset follows.
    }
    reply.body = bytes;
    sendReply(socket, reply, fault);
}

} // namespace wk::platform
