#include "common/ConnectionTester.h"

#include "sync/ApiError.h"
#include "sync/PlatformClient.h"
#include "sync/WireTypes.h"

#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcConnectionTester, "wk.ui.connectiontester")

namespace wk {

ConnectionTester::ConnectionTester(QObject *parent) : QObject(parent), m_client(new PlatformClient(this))
{
    // The client's answers are signals; on this (the GUI) thread they arrive queued like any event.
    connect(m_client, &PlatformClient::healthReceived, this, &ConnectionTester::onHealth);
    connect(m_client, &PlatformClient::meReceived, this, &ConnectionTester::onMe);
    connect(m_client, &PlatformClient::failed, this, &ConnectionTester::onFailed);
}

ConnectionTester::~ConnectionTester() { cancel(); }

QString ConnectionTester::where() const
{
    const QUrl &url = m_settings.platformUrl;
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

void ConnectionTester::test(const ConnectionSettings &settings)
{
    cancel();
    m_settings = settings;
    m_running = true;
    const QString invalid = validatePlatformUrl(settings.platformUrl, settings.allowUnencrypted);
    // Even an answer known at once arrives later, like every other: callers handle one path.
    const auto finishLater = [this](Outcome outcome, const QString &sentence) {
        QMetaObject::invokeMethod(
            this,
            [this, outcome, sentence, generation = m_generation] {
                if (generation == m_generation) // not cancelled or restarted meanwhile
                    finish(outcome, sentence);
            },
            Qt::QueuedConnection);
    };
    if (!invalid.isEmpty()) {
        finishLater(Outcome::InvalidAddress, invalid);
        return;
    }
    if (settings.token.trimmed().isEmpty()) {
        finishLater(Outcome::Unauthorized, tr("Enter your supervisor token: the platform gives every supervisor one."));
        return;
    }
    PlatformClientSettings client;
    client.baseUrl = settings.platformUrl;
    client.token = settings.token.trimmed();
    client.allowInsecure = settings.allowUnencrypted;
    client.timeoutMs = m_timeoutMs;
    m_client->setSettings(client);
    emit progress(tr("Asking %1 whether it is a Watchkeeper platform…").arg(where()));
    m_healthToken = m_client->health();
}

void ConnectionTester::cancel()
{
    if (m_healthToken)
        m_client->cancel(m_healthToken);
    if (m_meToken)
        m_client->cancel(m_meToken);
    m_healthToken = m_meToken = 0;
    m_running = false;
    ++m_generation;
}

void ConnectionTester::onHealth(quint64 token, const Health &health)
{
    if (token != m_healthToken)
        return;
    m_healthToken = 0;
    if (health.status != QStringLiteral("ok")) {
        finish(Outcome::Unhealthy, tr("%1 is a Watchkeeper platform but reports that it is not working (status "
                                      "\"%2\"). Try again later or tell the platform's operators.")
                                       .arg(where(), health.status));
        return;
    }
    m_platformVersion = health.version;
    emit progress(tr("Checking your token with %1…").arg(where()));
    m_meToken = m_client->me();
}

void ConnectionTester::onMe(quint64 token, const Me &me)
{
    if (token != m_meToken)
        return;
    m_meToken = 0;
    finish(Outcome::Connected, tr("Connected to %1 as %2 (platform version %3).")
                                   .arg(where(), me.displayName.isEmpty() ? me.supervisorId : me.displayName,
                                        m_platformVersion));
}

void ConnectionTester::onFailed(quint64 token, const ApiError &error)
{
    const bool duringHealth = token == m_healthToken;
    if (!duringHealth && token != m_meToken)
        return;
    m_healthToken = m_meToken = 0;
    qCInfo(lcConnectionTester) << "test of" << where() << "failed:" << ApiError::kindName(error.kind)
                               << error.httpStatus << error.detail;
    const QString host = m_settings.platformUrl.host();
    switch (error.kind) {
    case ApiError::Kind::Network:
        switch (QNetworkReply::NetworkError(error.networkError)) {
        case QNetworkReply::HostNotFoundError:
            finish(Outcome::NameNotFound, tr("The name %1 was not found (DNS): check the address for typing "
                                             "errors, and that this computer is online.").arg(host));
            return;
        case QNetworkReply::ConnectionRefusedError:
            finish(Outcome::Refused, tr("%1 refused the connection: nothing listens there. Check the port, and "
                                        "that the platform is running.").arg(where()));
            return;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
            finish(Outcome::Tls, tr("The secure connection (TLS) to %1 failed: %2. Check that the address is "
                                    "right and that the platform's certificate is valid and trusted.")
                                     .arg(where(), error.detail));
            return;
        case QNetworkReply::RemoteHostClosedError:
            // Closed before any answer to an https request: the other side does not speak TLS there.
            if (m_settings.platformUrl.scheme() == QStringLiteral("https")) {
                finish(Outcome::Tls, tr("The secure connection (TLS) to %1 failed: the server closed the "
                                        "connection during the handshake. Check whether the address should "
                                        "start with http:// or use another port.").arg(where()));
                return;
            }
            finish(Outcome::Unreachable, tr("%1 closed the connection without answering: check the address and "
                                            "the port.").arg(where()));
            return;
        default:
            finish(Outcome::Unreachable, tr("%1 cannot be reached: %2.").arg(where(), error.detail));
            return;
        }
    case ApiError::Kind::Timeout:
        finish(Outcome::Timeout, tr("%1 did not answer in time (%2 s): check the address, or try again when "
                                    "the network is better.")
                                     .arg(where())
                                     .arg(m_timeoutMs / 1000));
        return;
    case ApiError::Kind::Insecure:
        finish(Outcome::InvalidAddress, error.sentence());
        return;
    case ApiError::Kind::Unauthorized:
        finish(Outcome::Unauthorized, tr("%1 refused the token (401): check that you copied it completely, or ask "
                                         "for a new one.").arg(where()));
        return;
    case ApiError::Kind::Malformed:
        finish(Outcome::NotAPlatform, tr("%1 answers, but not like a Watchkeeper platform: check the address "
                                         "(it is the platform's, not its website's).").arg(where()));
        return;
    case ApiError::Kind::Unavailable:
    case ApiError::Kind::Server:
    case ApiError::Kind::RateLimited:
        finish(Outcome::OtherError, tr("%1 answers with error %2: the platform has trouble. Try again later.")
                                        .arg(where()).arg(error.httpStatus));
        return;
    default:
        // 404 and other refusals of /v1/health or /v1/me: something else lives at this address.
        finish(Outcome::NotAPlatform, tr("%1 answers with HTTP %2 to %3, so it is not a Watchkeeper platform: "
                                         "check the address.")
                                          .arg(where())
                                          .arg(error.httpStatus)
                                          .arg(duringHealth ? QStringLiteral("/v1/health") : QStringLiteral("/v1/me")));
        return;
    }
}

void ConnectionTester::finish(Outcome outcome, const QString &sentence)
{
    m_running = false;
    emit finished(outcome, sentence);
}

} // namespace wk
