// The payload schema of every command type (API.md, "Command types and payloads";
// resources/api/openapi.yaml, components/schemas/*Payload). Business rules that need the entity
// (lease holders, refund totals, tracking-number formats) are the platform's: this only checks shape.
#include "TapeDecoders.h"

namespace wk::codec {

using detail::JsonReader;
using detail::JsonView;
using detail::Path;

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
QString readReasonCode(JsonView value, const Path &path)
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
        r.list<Region>(u"regions", detail::decodeRegion);
    if (r.has(u"ranges"))
        r.list<TimeRange>(u"ranges", detail::decodeTimeRange);
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
    const Money amount = r.sub(u"amount", detail::decodeMoney);
    if (amount.minorUnits() <= 0)
        detail::fail(r.pathOf(u"amount").toString() + QStringLiteral(".amount_minor"),
                     QStringLiteral("a refund must be greater than 0, got %1").arg(amount.minorUnits()));
    requireText(r, u"reason");
    r.boolean(u"full");
}

} // namespace

void detail::validateCommandPayload(CommandType type, JsonView payload, const Path &path)
{
    const JsonReader r(payload, path);
    switch (type) {
    case CommandType::ReviewClaim:
        if (r.has(u"lease_seconds"))
            r.integer(u"lease_seconds", 1, kMaxLeaseSeconds);
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

void validateCommandPayload(CommandType type, const QJsonObject &payload, const QString &path)
{
    detail::decodeValue(payload, path,
                        [type](JsonView v, const Path &at) { detail::validateCommandPayload(type, v, at); });
}

// --- Typed payloads ----------------------------------------------------------------------------

QJsonObject encode(const ClaimPayload &p)
{
    QJsonObject o;
    if (p.leaseSeconds != 0)
        o.insert(u"lease_seconds", p.leaseSeconds);
    return o;
}

ClaimPayload decodeClaimPayload(const QJsonObject &payload, const QString &path)
{
    return detail::decodeValue(payload, path, [](JsonView v, const Path &at) {
        detail::validateCommandPayload(CommandType::ReviewClaim, v, at);
        const JsonReader r(v, at);
        ClaimPayload p;
        if (r.has(u"lease_seconds"))
            p.leaseSeconds = int(r.integer(u"lease_seconds", 1, kMaxLeaseSeconds));
        return p;
    });
}

QJsonObject encode(const DecidePayload &p)
{
    QJsonObject o{{QStringLiteral("decision"), toCode(p.decision)}};
    if (!p.reasons.isEmpty())
        o.insert(u"reasons", QJsonArray::fromStringList(p.reasons));
    detail::putOptional(o, u"note", p.note);
    if (!p.regions.isEmpty())
        o.insert(u"regions", detail::encodeList(p.regions, [](const Region &g) { return encode(g); }));
    if (!p.ranges.isEmpty())
        o.insert(u"ranges", detail::encodeList(p.ranges, [](const TimeRange &t) { return encode(t); }));
    detail::putOptional(o, u"corrected_text", p.correctedText);
    detail::putOptional(o, u"reject_reason", p.rejectReason);
    return o;
}

DecidePayload decodeDecidePayload(const QJsonObject &payload, const QString &path)
{
    return detail::decodeValue(payload, path, [](JsonView v, const Path &at) {
        detail::validateCommandPayload(CommandType::ReviewDecide, v, at);
        const JsonReader r(v, at);
        DecidePayload p;
        p.decision = r.enumCode<DecisionKind>(u"decision");
        if (r.has(u"reasons"))
            p.reasons = r.list<QString>(u"reasons", readReasonCode);
        p.note = r.optionalString(u"note");
        if (r.has(u"regions"))
            p.regions = r.list<Region>(u"regions", detail::decodeRegion);
        if (r.has(u"ranges"))
            p.ranges = r.list<TimeRange>(u"ranges", detail::decodeTimeRange);
        p.correctedText = r.optionalString(u"corrected_text");
        p.rejectReason = r.optionalString(u"reject_reason");
        return p;
    });
}

QJsonObject encode(const FixTrackingPayload &p)
{
    QJsonObject o{{QStringLiteral("tracking_number"), p.trackingNumber}};
    detail::putOptional(o, u"carrier", p.carrier);
    return o;
}

FixTrackingPayload decodeFixTrackingPayload(const QJsonObject &payload, const QString &path)
{
    return detail::decodeValue(payload, path, [](JsonView v, const Path &at) {
        detail::validateCommandPayload(CommandType::OrderFixTracking, v, at);
        const JsonReader r(v, at);
        return FixTrackingPayload{r.string(u"tracking_number"), r.optionalString(u"carrier")};
    });
}

QJsonObject encode(const RefundPayload &p)
{
    return {{QStringLiteral("amount"), encode(p.amount)},
            {QStringLiteral("reason"), p.reason},
            {QStringLiteral("full"), p.full}};
}

RefundPayload decodeRefundPayload(const QJsonObject &payload, const QString &path)
{
    return detail::decodeValue(payload, path, [](JsonView v, const Path &at) {
        detail::validateCommandPayload(CommandType::OrderRefund, v, at);
        const JsonReader r(v, at);
        return RefundPayload{r.sub(u"amount", detail::decodeMoney), r.string(u"reason"), r.boolean(u"full")};
    });
}

} // namespace wk::codec
