#pragma once
// The platform API over HTTP (DESIGN.md "The platform API"). The client lives on a worker thread
// that its owner provides (moveToThread); its QNetworkAccessManager is made on that thread. Every
// request method is thread-safe: it returns a token at once and the answer arrives later as a
// signal carrying that token (a result signal or failed()), so that callers can drop stale answers.
//
// Bodies are decoded with the strict codecs: a body that does not decode is an ApiError of kind
// Malformed, never a partial result. Pages of changes decode on two threads of the client's own,
// and while a pull streams (wait 0, has_more) the next page is asked for as soon as a page arrives,
// before the caller asks for it: a caller that then asks for exactly that page gets that answer. TLS errors are never ignored; plain http is refused for any
// host but loopback unless allowInsecure is set.
#include "ApiError.h"
#include "WireTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>
#include <atomic>
#include <optional>
#include <variant>

class QNetworkAccessManager;
class QNetworkReply;

namespace wk {

struct PlatformClientSettings {
    QUrl baseUrl;                 // e.g. https://platform.example/ or http://127.0.0.1:8470
    QString token;                // bearer token; never logged
    bool allowInsecure = false;   // plain http to a non-loopback host (the user allowed it explicitly)
    int timeoutMs = 30000;        // per request, without data moving; long polls add their wait
};

class PlatformClient : public QObject
{
    Q_OBJECT
public:
    explicit PlatformClient(QObject *parent = nullptr);
    ~PlatformClient() override;

    // Empty if requests to `url` are allowed, else the sentence that says why not.
    static QString transportProblem(const QUrl &url, bool allowInsecure);

    // Thread-safe. Applies to requests started afterwards.
    void setSettings(const PlatformClientSettings &settings);

    // Thread-safe requests; each returns its token (never 0).
    quint64 health();
    quint64 me();
    quint64 registerClient(const QString &name);
    // GET /v1/changes. An empty cursor pulls from the start; waitSeconds > 0 long-polls.
    quint64 changes(const QString &cursor, int limit, int waitSeconds, const QString &clientId = {});
    quint64 pushCommands(const CommandBatch &batch);
    // Thread-safe: abandons a request; no signal follows for it.
    void cancel(quint64 token);
    void cancelAll();

signals:
    void healthReceived(quint64 token, const wk::Health &health);
    void meReceived(quint64 token, const wk::Me &me);
    void clientRegistered(quint64 token, const QString &clientId);
    void changesReceived(quint64 token, const wk::ChangesPage &page);
    void commandsPushed(quint64 token, const wk::CommandResults &results);
    void failed(quint64 token, const wk::ApiError &error);

private:
    enum class Call { Health, Me, Register, Changes, Push };
    struct Pending {
        Call call;
        QPointer<QNetworkReply> reply;
    };
    quint64 post(Call call, const QString &path, const QList<QPair<QString, QString>> &query, const QByteArray &body,
                 int extraTimeoutMs);
    void start(quint64 token, Call call, const QString &path, const QList<QPair<QString, QString>> &query,
               const QByteArray &body, int extraTimeoutMs);
    void finish(quint64 token, QNetworkReply *reply);
    void deliver(quint64 token, Call call, const QByteArray &body);
    void fail(quint64 token, const ApiError &error);
    void abortAll();

    // GET /v1/changes: a page, or why it cannot be used.
    using ChangesAnswer = std::variant<ChangesPage, ApiError>;
    struct ChangesRequest {
        QString cursor;
        int limit = 0;
        int waitSeconds = 0;
        QString clientId;
        friend bool operator==(const ChangesRequest &, const ChangesRequest &) = default;
    };
    struct Prefetch {
        ChangesRequest request;
        quint64 token = 0;                     // its own request
        std::optional<ChangesAnswer> answer;   // arrived and decoded
        std::optional<QString> nextCursor;     // peeked from its body
    };
    void startChanges(quint64 token, const ChangesRequest &request);
    void changesBody(quint64 token, const QByteArray &body);
    void answerChanges(quint64 token, const ChangesAnswer &answer);
    void prefetch(ChangesRequest request, const QString &cursor);
    void dropPrefetch();

    std::atomic<quint64> m_nextToken{1};
    PlatformClientSettings m_settings;        // touched on the client's thread only
    QNetworkAccessManager *m_nam = nullptr;   // made on first use, on the client's thread
    QHash<quint64, Pending> m_pending;
    QHash<quint64, ChangesRequest> m_changes;   // the callers' pulls, until answered
    QHash<quint64, quint64> m_adopted;          // a prefetch's token → the caller's that asked for it
    std::optional<Prefetch> m_prefetch;         // the next page, asked for before the caller asks
    QThreadPool m_decoders;                     // last: destroyed first, waiting for running decodes
};

// problem+json → ApiError (exposed for tests).
ApiError apiErrorFromHttp(int status, const QByteArray &body, const QByteArray &retryAfter);

} // namespace wk
