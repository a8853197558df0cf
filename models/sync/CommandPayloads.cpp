// The payload schema of every command type (API.md, "Command types and payloads";
// resources/api/openapi.yaml, components/schemas/*Payload). Business rules that need the entity
// (lease holders, refund totals, tracking-number formats) are the platform's: this only checks shape.
#include "Codecs.h"
#include "JsonReader.h"

namespace wk::codec {

using detail::JsonReader;

namespace {

// Free text a person must have typed: a note, a reason. Blank is the same as missing.
void requireText(const JsonReader &r, QStringView key)
{
    if (r.string(key).trimmed().isEmpty())
        r.fail(key, QStringLiteral("must not be empty"));
}

void optionalText(const JsonReader &r, QStringView key)
{
    r.optionalString(key);
}

// Reason codes are snake_case identifiers (FlagReason codes or the desk's own reject reasons).
QString readReasonCode(const QJsonValue &value, const QString &path)
{
    const QString code = detail::readNonEmptyString(value, path);
    bool ok = code.size() <= 64;
    for (const QChar c : code)
        ok = ok && ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                    || c == QLatin1Char('_'));
    if (!ok)
        detail::fail(path, QStringLiteral("expected a snake_case reason code such as \"garbled_text\", got %1")
                               .arg(detail::quoted(code)));
    return code;
}

void validateDecide(const JsonReader &r)
{
    const auto decision = r.enumCode<DecisionKind>(u"decision");
    if (r.has(u"reasons"))
        r.list<QString>(u"reasons", readReasonCode);
    optionalText(r, u"note");
    if (r.has(u"regions"))
        r.list<Region>(u"regions", decodeRegion);
    if (r.has(u"ranges"))
        r.list<TimeRange>(u"ranges", decodeTimeRange);
    // A correction without the corrected text, or a rejection without a reason, leaves the
    // platform (and the AI that regenerates) nothing to act on.
    if (decision == DecisionKind::Correct)
        requireText(r, u"corrected_text");
    else
        optionalText(r, u"corrected_text");
    if (decision == DecisionKind::Reject)
        requireText(r, u"reject_reason");
    else
        optionalText(r, u"reject_reason");
}

void validateRefund(const JsonReader &r)
{
    const Money amount = r.sub(u"amount", decodeMoney);
    if (amount.minorUnits() <= 0)
        detail::fail(r.pathOf(u"amount") + QStringLiteral(".amount_minor"),
                     QStringLiteral("a refund must be greater than 0, got %1").arg(amount.minorUnits()));
    requireText(r, u"reason");
    r.boolean(u"full");
}

} // namespace

void validateCommandPayload(CommandType type, const QJsonObject &payload, const QString &path)
{
    const JsonReader r(payload, path);
    switch (type) {
    case CommandType::ReviewClaim:
        if (r.has(u"lease_seconds"))
            detail::readInteger(payload.value(u"lease_seconds"), r.pathOf(u"lease_seconds"), 1, kMaxLeaseSeconds);
        return;
    case CommandType::ReviewRelease:
    case CommandType::OrderRelease:
        return;
    case CommandType::ReviewDecide:
        validateDecide(r);
        return;
    case CommandType::ReviewNote:
    case CommandType::OrderNote:
    case CommandType::ExceptionNote:
    case CommandType::SupplierNote:
        requireText(r, u"text");
        return;
    case CommandType::OrderFixTracking:
        requireText(r, u"tracking_number");
        optionalText(r, u"carrier");
        return;
    case CommandType::OrderRefund:
        validateRefund(r);
        return;
    case CommandType::OrderReship:
    case CommandType::ExceptionEscalate:
        optionalText(r, u"note");
        return;
    case CommandType::OrderHold:
    case CommandType::SupplierSuspend:
        requireText(r, u"reason");
        return;
    case CommandType::ExceptionResolve:
        requireText(r, u"resolution");
        return;
    case CommandType::SupplierSetTier:
        r.enumCode<SupplierTier>(u"tier");
        return;
    case CommandType::SupplierReinstate:
        optionalText(r, u"reason");
        return;
    }
    detail::fail(path, QStringLiteral("no payload schema for this command type"));
}

} // namespace wk::codec
