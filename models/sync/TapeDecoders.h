#pragma once
// The decoders of Codecs.h over a JsonTape: the one implementation of each wire type. The public
// decoders that take a QJsonValue turn it into a tape and call these (detail::decodeValue);
// decodeChangesPageBody calls them on the body's own tape.
#include "CommandPayloads.h"
#include "JsonReader.h"

namespace wk::codec::detail {

Money decodeMoney(JsonView, const Path &);
Supplier decodeSupplier(JsonView, const Path &);
SupplierMetrics decodeSupplierMetrics(JsonView, const Path &);
Product decodeProduct(JsonView, const Path &);
Region decodeRegion(JsonView, const Path &);
TimeRange decodeTimeRange(JsonView, const Path &);
MediaAsset decodeMediaAsset(JsonView, const Path &);
DecisionRecord decodeDecisionRecord(JsonView, const Path &);
ReviewItem decodeReviewItem(JsonView, const Path &);
Order decodeOrder(JsonView, const Path &);
ShipmentEvent decodeShipmentEvent(JsonView, const Path &);
OrderException decodeOrderException(JsonView, const Path &);
Problem decodeProblem(JsonView, const Path &);
Command decodeCommand(JsonView, const Path &);
Command decodeCommandEnvelope(JsonView, const Path &);
CommandResult decodeCommandResult(JsonView, const Path &);
Change decodeChange(JsonView, const Path &);
ChangesPage decodeChangesPage(JsonView, const Path &);
CommandBatch decodeCommandBatch(JsonView, const Path &);
CommandBatch decodeCommandBatchEnvelopes(JsonView, const Path &);
CommandResults decodeCommandResults(JsonView, const Path &);
Me decodeMe(JsonView, const Path &);
Health decodeHealth(JsonView, const Path &);
void validateCommandPayload(CommandType type, JsonView payload, const Path &path);

} // namespace wk::codec::detail
