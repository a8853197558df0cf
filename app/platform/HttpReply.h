#pragma once
// Writing HTTP/1.1 answers straight to the connection, so that a fault can cut one short, garble it
// or leave it out entirely (QHttpServerResponder cannot do any of that).
#include "FaultInjector.h"
#include "domain/Command.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QTcpSocket;

namespace wk::platform {

struct HttpReply {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonObject &body);
    static HttpReply problem(const Problem &problem);
    // 429 and 503 carry Retry-After (API.md).
    static HttpReply problem(const Problem &problem, int retryAfterSeconds);
};

// Writes the reply, applying the fault decided for its request: latency delays it; Truncate sends
// half the body and closes; Malformed sends a body that is not JSON; Drop and LostResponse close
// the connection without a byte. Safe if the socket goes away meanwhile.
void sendReply(QTcpSocket *socket, HttpReply reply, const FaultDecision &fault = {});

// Closes the connection at once without answering (after the current event has been handled).
void dropConnection(QTcpSocket *socket);

QByteArray reasonPhrase(int status);

} // namespace wk::platform
