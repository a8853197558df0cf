#pragma once
// JSON codecs shared by the console and the reference platform (resources/api/openapi.yaml).
//
// Decoders are strict: a missing required field, a wrong type, an unknown enum code, a negative
// count or an out-of-range number throws DecodeError naming the field path ("$.changes[3].data.gmv_at_risk.currency")
// and what was wrong. Nothing is silently defaulted. Unknown extra fields are ignored so the
// platform can add fields without breaking older consoles.
//
// Conventions on the wire: snake_case names; timestamps are RFC 3339 UTC strings with milliseconds
// ("2026-11-22T08:15:00.000Z"); money is {"amount_minor": <integer>, "currency": "EUR"}.
#include "DecodeError.h"
#include "WireTypes.h"
#include "domain/Command.h"
#include "domain/Entities.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <optional>

namespace wk {

namespace codec {

// Parses a body into a JSON object; a syntax error or a non-object throws DecodeError at "$".
QJsonObject parseObject(const QByteArray &body);

QJsonObject encode(const Money &);
QJsonObject encode(const Supplier &);
QJsonObject encode(const SupplierMetrics &);
QJsonObject encode(const Product &);
QJsonObject encode(const Region &);
QJsonObject encode(const TimeRange &);
QJsonObject encode(const MediaAsset &);
QJsonObject encode(const DecisionRecord &);
QJsonObject encode(const ReviewItem &);
QJsonObject encode(const Order &);
QJsonObject encode(const ShipmentEvent &);
QJsonObject encode(const OrderException &);
QJsonObject encode(const Problem &);
QJsonObject encode(const Command &);
QJsonObject encode(const CommandResult &);
QJsonObject encode(const Change &);
QJsonObject encode(const ChangesPage &);
QJsonObject encode(const CommandBatch &);
QJsonObject encode(const CommandResults &);
QJsonObject encode(const Me &);
QJsonObject encode(const Health &);

// Each decoder takes the value and the path it was found at, for error messages.
Money decodeMoney(const QJsonValue &, const QString &path = QStringLiteral("$"));
Supplier decodeSupplier(const QJsonValue &, const QString &path = QStringLiteral("$"));
SupplierMetrics decodeSupplierMetrics(const QJsonValue &, const QString &path = QStringLiteral("$"));
Product decodeProduct(const QJsonValue &, const QString &path = QStringLiteral("$"));
Region decodeRegion(const QJsonValue &, const QString &path = QStringLiteral("$"));
TimeRange decodeTimeRange(const QJsonValue &, const QString &path = QStringLiteral("$"));
MediaAsset decodeMediaAsset(const QJsonValue &, const QString &path = QStringLiteral("$"));
DecisionRecord decodeDecisionRecord(const QJsonValue &, const QString &path = QStringLiteral("$"));
ReviewItem decodeReviewItem(const QJsonValue &, const QString &path = QStringLiteral("$"));
Order decodeOrder(const QJsonValue &, const QString &path = QStringLiteral("$"));
ShipmentEvent decodeShipmentEvent(const QJsonValue &, const QString &path = QStringLiteral("$"));
OrderException decodeOrderException(const QJsonValue &, const QString &path = QStringLiteral("$"));
Problem decodeProblem(const QJsonValue &, const QString &path = QStringLiteral("$"));
Command decodeCommand(const QJsonValue &, const QString &path = QStringLiteral("$"));
CommandResult decodeCommandResult(const QJsonValue &, const QString &path = QStringLiteral("$"));
// Also validates `data` against the entity kind (decodes it and throws on failure).
Change decodeChange(const QJsonValue &, const QString &path = QStringLiteral("$"));
ChangesPage decodeChangesPage(const QJsonValue &, const QString &path = QStringLiteral("$"));
// A GET /v1/changes body, parsed once into a JsonTape and decoded from it; each upsert's
// Change::dataText is `data` exactly as the body spells it. Throws DecodeError as decodeChangesPage
// does, and at "$" for a body that is not a JSON object.
ChangesPage decodeChangesPageBody(const QByteArray &body);
// An upsert's `data` text decoded as the entity `kind` names (for a Change built without
// decodeChange, e.g. by hand from stored text).
std::shared_ptr<const DecodedEntity> decodeChangeData(EntityKind kind, const QByteArray &dataText,
                                                      const QString &path = QStringLiteral("$.data"));
// The cursor of the page after this one, read from the raw body without decoding it: nothing unless
// has_more is true and the body is laid out as expected. A hint for asking early; the decoded page
// stays the authority.
std::optional<QString> peekNextCursor(const QByteArray &body);
CommandBatch decodeCommandBatch(const QJsonValue &, const QString &path = QStringLiteral("$"));
CommandResults decodeCommandResults(const QJsonValue &, const QString &path = QStringLiteral("$"));
Me decodeMe(const QJsonValue &, const QString &path = QStringLiteral("$"));
Health decodeHealth(const QJsonValue &, const QString &path = QStringLiteral("$"));

// The command envelope only: `payload` must be an object but is not checked against its type's
// schema. The platform decodes batches this way so that one bad payload becomes that command's
// "invalid_payload" rejection (validateCommandPayload) rather than a 400 for the whole batch.
Command decodeCommandEnvelope(const QJsonValue &, const QString &path = QStringLiteral("$"));
CommandBatch decodeCommandBatchEnvelopes(const QJsonValue &, const QString &path = QStringLiteral("$"));

// Building a change-log row from an entity (the platform's side of GET /v1/changes).
Change upsertChange(const Supplier &);
Change upsertChange(const SupplierMetrics &);
Change upsertChange(const Product &);
Change upsertChange(const ReviewItem &);
Change upsertChange(const Order &);
Change upsertChange(const ShipmentEvent &);
Change upsertChange(const OrderException &);
Change deleteChange(EntityKind entity, const QString &id, qint64 version);

// Limits the contract sets (API.md): a claim lasts at most a day; a batch holds at most 500 commands
// (the server answers 413 "batch_too_large" beyond that; the decoder does not enforce it).
inline constexpr int kMaxLeaseSeconds = 86400;
inline constexpr int kMaxCommandsPerBatch = 500;

// Validates a command's payload against its type's schema (e.g. review.decide needs "decision").
void validateCommandPayload(CommandType type, const QJsonObject &payload,
                            const QString &path = QStringLiteral("$.payload"));

// RFC 3339 UTC with milliseconds, both ways.
QString encodeTimestamp(const QDateTime &);
QDateTime decodeTimestamp(const QJsonValue &, const QString &path);

} // namespace codec
} // namespace wk
