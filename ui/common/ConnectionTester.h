#pragma once
// "Test connection" of the welcome dialog: asks the platform what the sync would ask first
// (GET /v1/health, then GET /v1/me with the token) through the real PlatformClient, and turns the
// outcome into one sentence that says exactly what failed: the name (DNS), nobody listening
// (refused), TLS, the token (401), or a server that is not a Watchkeeper platform.
#include "common/ConnectionSettings.h"

#include <QObject>
#include <QString>

namespace wk {

class PlatformClient;
struct ApiError;
struct Health;
struct Me;

class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Connected, InvalidAddress, NameNotFound, Refused, Tls, Timeout, Unreachable,
                         NotAPlatform, Unhealthy, Unauthorized, OtherError };
    Q_ENUM(Outcome)

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test (cancelling one under way); finished() follows, also for an invalid address.
    void test(const ConnectionSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }

    // Per request, without data moving.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    void progress(const QString &sentence);
    void finished(wk::ConnectionTester::Outcome outcome, const QString &sentence);

private:
    void onHealth(quint64 token, const Health &health);
    void onMe(quint64 token, const Me &me);
    void onFailed(quint64 token, const ApiError &error);
    void finish(Outcome outcome, const QString &sentence);
    QString where() const;

    PlatformClient *m_client = nullptr;
    ConnectionSettings m_settings;
    QString m_platformVersion;
    quint64 m_healthToken = 0;
    quint64 m_meToken = 0;
    int m_timeoutMs = 15000;
    bool m_running = false;
    quint64 m_generation = 0; // bumped by cancel(): answers of an older test are dropped
};

} // namespace wk
