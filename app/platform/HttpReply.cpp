#include "HttpReply.h"

#include "sync/Codecs.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPlatformFaults, "wk.platform.faults")

namespace wk::platform {

HttpReply HttpReply::json(int status, const QJsonObject &body)
{
    return {status, QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

HttpReply HttpReply::problem(const Problem &problem)
{
    return {problem.status, QByteArrayLiteral("application/problem+json"),
            QJsonDocument(codec::encode(problem)).toJson(QJsonDocument::Compact), {}};
}

HttpReply HttpReply::problem(const Problem &p, int retryAfterSeconds)
{
    HttpReply r = problem(p);
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Payload Too Large";
    case 416: return "Range Not Satisfiable";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

void dropConnection(QTcpSocket *socket)
{
    // Deferred: the HTTP server still touches the socket after the handler returns.
    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

namespace {

void writeNow(QTcpSocket *socket, const HttpReply &reply, const FaultDecision &fault)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    const auto kind = fault.fault;
    if (kind == FaultKind::Drop || kind == FaultKind::LostResponse) {
        qCInfo(lcPlatformFaults) << "fault:" << faultKindName(*kind) << "- closing without an answer";
        socket->abort();
        return;
    }
    QByteArray body = reply.body;
    if (kind == FaultKind::Malformed) {
        qCInfo(lcPlatformFaults) << "fault: malformed body";
        body = body.left(body.size() / 3) + QByteArrayLiteral("<<garbled\x01>>");
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    // One write and no Nagle: a head and body in separate segments would wait for a delayed ACK
    // (~40 ms a page on Linux loopback).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (kind == FaultKind::Truncate) {
        qCInfo(lcPlatformFaults) << "fault: truncated body," << body.size() / 2 << "of" << body.size() << "bytes";
        socket->write(head + body.left(body.size() / 2));
        socket->disconnectFromHost();   // after the half body has been written
        return;
    }
    socket->write(head + body);
}

} // namespace

void sendReply(QTcpSocket *socket, HttpReply reply, const FaultDecision &fault)
{
    if (!socket)
        return;
    if (fault.latencyMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault.latencyMs, socket, [guard, reply = std::move(reply), fault] {
            if (guard)
                writeNow(guard, reply, fault);
        });
        return;
    }
    if (fault.fault == FaultKind::Drop || fault.fault == FaultKind::LostResponse) {
        dropConnection(socket);
        return;
    }
    writeNow(socket, reply, fault);
}

} // namespace wk::platform
