// libFuzzer target for the wire decoders (models/sync/Codecs.h) and the JSON tape under them.
//
// Arbitrary bytes go through the JsonTape parser and decodeChangesPageBody (the console's way in),
// then through parseObject and every decoder and every command payload schema. A DecodeError is the
// expected answer to garbage; anything else escaping, a sanitizer report, a text the tape accepts
// but QJsonDocument refuses (or reads otherwise), a page the two routes decode differently, or a
// decoded value that does not survive encode → decode unchanged is a bug.
#include "../models/TapeWalk.h"
#include "sync/Codecs.h"
#include "sync/CommandPayloads.h"
#include "sync/JsonTape.h"

#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

using namespace wk;

[[noreturn]] void bug(const char *what, const QJsonObject &json)
{
    std::fprintf(stderr, "fuzz_decoders: %s\n%s\n", what,
                 QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

// Decodes `json`; if it is accepted, the value must round-trip exactly, as an object and as text.
template <typename Decode>
void check(const char *name, Decode decode, const QJsonValue &json)
{
    try {
        const auto decoded = decode(json, QStringLiteral("$"));
        const QJsonObject encoded = codec::encode(decoded);
        if (!(decode(encoded, QStringLiteral("$")) == decoded))
            bug(name, encoded);
        const QByteArray text = QJsonDocument(encoded).toJson(QJsonDocument::Compact);
        if (!(decode(codec::parseObject(text), QStringLiteral("$")) == decoded))
            bug(name, encoded);
    } catch (const DecodeError &error) {
        // The error names a path that starts at the root: a malformed one would mislead a person.
        if (!error.path().startsWith(QLatin1Char('$')) || error.reason().isEmpty())
            bug("a DecodeError without a path or a reason", json.toObject());
    }
}

void decodeAll(const QJsonValue &json)
{
    check("money", codec::decodeMoney, json);
    check("supplier", codec::decodeSupplier, json);
    check("supplier_metrics", codec::decodeSupplierMetrics, json);
    check("product", codec::decodeProduct, json);
    check("region", codec::decodeRegion, json);
    check("time_range", codec::decodeTimeRange, json);
    check("media_asset", codec::decodeMediaAsset, json);
    check("decision_record", codec::decodeDecisionRecord, json);
    check("review_item", codec::decodeReviewItem, json);
    check("order", codec::decodeOrder, json);
    check("shipment_event", codec::decodeShipmentEvent, json);
    check("order_exception", codec::decodeOrderException, json);
    check("problem", codec::decodeProblem, json);
    check("command", codec::decodeCommand, json);
    check("command_result", codec::decodeCommandResult, json);
    check("change", codec::decodeChange, json);
    check("changes_page", codec::decodeChangesPage, json);
    check("command_batch", codec::decodeCommandBatch, json);
    check("command_envelope", codec::decodeCommandEnvelope, json);
    check("command_batch_envelopes", codec::decodeCommandBatchEnvelopes, json);
    check("command_results", codec::decodeCommandResults, json);
    check("me", codec::decodeMe, json);
    check("health", codec::decodeHealth, json);
}

[[noreturn]] void bugInBody(const char *what, const QByteArray &body)
{
    std::fprintf(stderr, "fuzz_decoders: %s\n%s\n", what, body.toHex().constData());
    std::abort();
}

// The tape is at least as strict as QJsonDocument and reads the same values; the page decoder on
// the body's tape agrees with the QJsonValue route on QJsonDocument's parse.
void checkTape(const QByteArray &body)
{
    std::optional<json::JsonTape> tape;
    try {
        tape.emplace(body);
    } catch (const DecodeError &error) {
        if (!error.path().startsWith(QLatin1Char('$')) || error.reason().isEmpty())
            bugInBody("a DecodeError from the tape without a path or a reason", body);
        return;
    }
    const json::JsonView root = tape->root();
    if (!root.isObject() && !root.isArray())
        return;   // a lone scalar is JSON (RFC 8259); QJsonDocument only reads documents
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        bugInBody("the tape accepted a text QJsonDocument refuses", body);
    const QJsonValue qt = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (testing::walk(root) != testing::numbersAsDoubles(qt))
        bugInBody("the tape reads other values than QJsonDocument", body);
    if (!root.isObject())
        return;
    std::optional<ChangesPage> fromBody, fromValue;
    try {
        fromBody = codec::decodeChangesPageBody(body);
    } catch (const DecodeError &) {
    }
    try {
        fromValue = codec::decodeChangesPage(doc.object());
    } catch (const DecodeError &) {
    }
    if (fromBody != fromValue)
        bugInBody("decodeChangesPageBody and decodeChangesPage disagree", body);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkTape(body);
    QJsonObject root;
    try {
        root = codec::parseObject(body);
    } catch (const DecodeError &) {
        return 0;
    }
    decodeAll(root);
    // Nested objects too, so that a mutated seed reaches the small decoders (regions, money, ...)
    // without having to become a whole body of their own.
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.value().isObject())
            decodeAll(it.value());
    for (const QString &code : allCodes<CommandType>()) {
        try {
            codec::validateCommandPayload(*fromCode<CommandType>(code), root);
        } catch (const DecodeError &) {
        }
    }
    // The typed payloads, with the same round-trip property.
    const auto payload = [](auto decode) {
        return [decode](const QJsonValue &v, const QString &path) { return decode(v.toObject(), path + QStringLiteral(".payload")); };
    };
    check("claim_payload", payload(codec::decodeClaimPayload), root);
    check("decide_payload", payload(codec::decodeDecidePayload), root);
    check("fix_tracking_payload", payload(codec::decodeFixTrackingPayload), root);
    check("refund_payload", payload(codec::decodeRefundPayload), root);
    // Any timestamp the decoder accepts must be written back in a form it accepts again.
    if (root.value(QLatin1StringView("t")).isString()) {
        try {
            const QDateTime t = codec::decodeTimestamp(root.value(QLatin1StringView("t")), QStringLiteral("$.t"));
            const QString written = codec::encodeTimestamp(t);
            if (codec::decodeTimestamp(written, QStringLiteral("$.t")) != t)
                bug("timestamp", root);
        } catch (const DecodeError &) {
        }
    }
    return 0;
}
