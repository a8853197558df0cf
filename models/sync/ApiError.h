#pragma once
// What went wrong talking to the platform, typed so that the sync engine can decide what to do
// (retry, resync, register again, stop) and worded so that a supervisor can act on it.
#include <QMetaType>
#include <QString>

class QNetworkReply;

namespace wk {

struct ApiError {
    enum class Kind {
        None,
        Network,               // no answer: refused, reset, DNS, TLS handshake
        Timeout,               // no answer in time
        Insecure,              // refused before sending: plain http to a non-loopback host
        Unauthorized,          // 401: the token is wrong or revoked
        RateLimited,           // 429 (retryAfterSeconds)
        Unavailable,           // 502/503/504 (retryAfterSeconds)
        CursorExpired,         // 410 cursor_expired: resync from scratch
        UnknownClient,         // 404 unknown_client: register again
        IdempotencyKeyReused,  // 422 idempotency_key_reused: a command id was used for another command
        BadRequest,            // another 4xx: the console sent something the platform refuses
        Server,                // 500 and other 5xx
        Malformed              // a 2xx whose body does not decode (nothing of it is applied)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;          // 0 when there was no HTTP answer
    QString problemCode;         // the problem+json "code", if any
    QString detail;              // the problem's detail, the decode error or the transport error
    int retryAfterSeconds = -1;  // Retry-After, -1 if absent
    int networkError = 0;        // QNetworkReply::NetworkError when there was no HTTP answer (DNS, refused, TLS)

    bool isError() const { return kind != Kind::None; }
    // Worth retrying later without anyone changing anything.
    bool isTransient() const;
    // A sentence for a supervisor: what happened and what to do.
    QString sentence() const;

    static QString kindName(Kind kind);
};

} // namespace wk

Q_DECLARE_METATYPE(wk::ApiError)
