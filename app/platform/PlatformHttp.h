#pragma once
// The HTTP face of the platform: authentication, routing, faults. QAbstractHttpServer (Qt 6.4)
// hands every parsed request over with its QTcpSocket, which is what lets a fault close the
// connection without an answer and a long poll answer later.
#include "ChangeFeed.h"
#include "CommandProcessor.h"
#include "FaultInjector.h"
#include "Tokens.h"

#include <QAbstractHttpServer>
#include <functional>

namespace wk::platform {

class PlatformStore;
struct MediaEntry;

struct MediaSource {
    std::function<const MediaEntry *(const QString &id)> find;
    std::function<QByteArray(const QString &id)> bytes;
};

class PlatformHttp : public QAbstractHttpServer
{
public:
    PlatformHttp(PlatformStore &store, const TokenTable &tokens, const FaultSpec &faults, int leaseSeconds,
                 MediaSource media, std::function<void()> changed, QObject *parent = nullptr);

    ChangeFeed &feed() { return m_feed; }
    const ChangeFeed &feed() const { return m_feed; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void health(QTcpSocket *socket);
    void me(QTcpSocket *socket, const SupervisorToken &who, const FaultDecision &fault);
    void registerClient(QTcpSocket *socket, const QHttpServerRequest &request, const SupervisorToken &who,
                        const FaultDecision &fault);
    void commands(QTcpSocket *socket, const QHttpServerRequest &request, const SupervisorToken &who,
                  const FaultDecision &fault);
    void media(QTcpSocket *socket, const QHttpServerRequest &request, const QString &id, const FaultDecision &fault);

    PlatformStore &m_store;
    const TokenTable &m_tokens;
    FaultInjector m_faults;
    int m_leaseSeconds;
    MediaSource m_media;
    std::function<void()> m_changed;
    CommandProcessor m_processor;
    ChangeFeed m_feed;
};

// A request header, case-insensitively (HTTP header names are).
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

} // namespace wk::platform
