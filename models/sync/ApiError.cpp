#include "ApiError.h"

#include <QCoreApplication>

namespace wk {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wk::ApiError", text, disambiguation, n);
}
} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Unavailable:
    case Kind::Server:
    case Kind::Malformed:   // truncated or garbled answers are usually the network's doing
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Insecure: return QStringLiteral("insecure");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::RateLimited: return QStringLiteral("rate_limited");
    case Kind::Unavailable: return QStringLiteral("unavailable");
    case Kind::CursorExpired: return QStringLiteral("cursor_expired");
    case Kind::UnknownClient: return QStringLiteral("unknown_client");
    case Kind::IdempotencyKeyReused: return QStringLiteral("idempotency_key_reused");
    case Kind::BadRequest: return QStringLiteral("bad_request");
    case Kind::Server: return QStringLiteral("server");
    case Kind::Malformed: return QStringLiteral("malformed");
    }
    return QString();
}

QString ApiError::sentence() const
{
    QString s;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        s = tr("The platform cannot be reached; your decisions are kept and sent when the connection returns.");
        break;
    case Kind::Timeout:
        s = tr("The platform did not answer in time; the console will try again by itself.");
        break;
    case Kind::Insecure:
        s = tr("The connection to the platform is not encrypted: use an https address, or allow unencrypted "
               "connections explicitly in the settings if this network is trusted.");
        break;
    case Kind::Unauthorized:
        s = tr("The platform refused the access token: ask for a new token and enter it in the settings.");
        break;
    case Kind::RateLimited:
        s = tr("The platform asks the console to slow down; it will try again in %n second(s).", nullptr,
               qMax(1, retryAfterSeconds));
        break;
    case Kind::Unavailable:
        s = tr("The platform is temporarily unavailable; the console will try again by itself.");
        break;
    case Kind::CursorExpired:
        s = tr("The local copy is too far behind the platform and is downloaded again; pending decisions are kept.");
        break;
    case Kind::UnknownClient:
        s = tr("The platform no longer knows this console; it registers again and resends pending decisions.");
        break;
    case Kind::IdempotencyKeyReused:
        s = tr("The platform refused a command whose id was already used for another command; report this "
               "to support with the journal.");
        break;
    case Kind::BadRequest:
        s = tr("The platform refused a request from this console (HTTP %1); report this to support with the "
               "journal.").arg(httpStatus);
        break;
    case Kind::Server:
        s = tr("The platform had an internal error (HTTP %1); the console will try again by itself.").arg(httpStatus);
        break;
    case Kind::Malformed:
        s = tr("The platform sent an answer the console cannot read; nothing of it was applied and the console "
               "will try again.");
        break;
    }
    if (!detail.isEmpty())
        s += QLatin1Char(' ') + tr("(Details: %1)").arg(detail);
    return s;
}

} // namespace wk
