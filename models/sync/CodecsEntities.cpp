// Wire form of the domain entities (resources/api/openapi.yaml, components/schemas).
// Required fields are always written; optional ones are left out when empty and read as empty when
// absent or null, so every entity survives decode(encode(x)) == x.
#include "TapeDecoders.h"

namespace wk::codec {

using detail::JsonReader;
using detail::JsonView;
using detail::Path;

namespace {

// Amounts an entity carries (prices, order totals, GMV) are never negative; a refund is a command.
Money nonNegativeMoney(const JsonReader &r, QStringView key)
{
    Money m = r.sub(key, detail::decodeMoney);
    if (m.minorUnits() < 0)
        detail::fail(r.pathOf(key).toString() + QStringLiteral(".amount_minor"),
                     QStringLiteral("must not be negative, got %1").arg(m.minorUnits()));
    return m;
}

void requireSameCurrency(const JsonReader &r, QStringView key, const Money &m, const QString &currency,
                         const QString &reference)
{
    if (m.currency() != currency)
        detail::fail(r.pathOf(key).toString() + QStringLiteral(".currency"),
                     QStringLiteral("must be %1 like %2, got %3")
                         .arg(currency, reference, detail::quoted(m.currency())));
}

bool isLowerHex(const QString &s)
{
    for (const QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

} // namespace

// --- Money -------------------------------------------------------------------------------------

QJsonObject encode(const Money &m)
{
    return {{QStringLiteral("amount_minor"), m.minorUnits()}, {QStringLiteral("currency"), m.currency()}};
}

Money detail::decodeMoney(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    const qint64 amount = r.integer(u"amount_minor");
    const QString currency = r.string(u"currency");
    if (!Money::isKnownCurrency(currency))
        r.fail(u"currency", QStringLiteral("unknown currency %1").arg(detail::quoted(currency)));
    return Money(amount, currency);
}

// --- Supplier ----------------------------------------------------------------------------------

QJsonObject encode(const Supplier &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("name_zh"), s.nameZh},
                  {QStringLiteral("tier"), toCode(s.tier)},
                  {QStringLiteral("region"), s.region},
                  {QStringLiteral("city"), s.city},
                  {QStringLiteral("status"), toCode(s.status)},
                  {QStringLiteral("version"), s.version}};
    detail::putOptional(o, u"status_reason", s.statusReason);
    return o;
}

Supplier detail::decodeSupplier(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    Supplier s;
    s.id = r.id(u"id");
    s.name = r.string(u"name");
    s.nameZh = r.string(u"name_zh");
    s.tier = r.enumCode<SupplierTier>(u"tier");
    s.region = r.string(u"region");
    s.city = r.string(u"city");
    s.status = r.enumCode<SupplierStatus>(u"status");
    s.statusReason = r.optionalString(u"status_reason");
    s.version = r.count(u"version");
    return s;
}

// --- SupplierMetrics ---------------------------------------------------------------------------

QJsonObject encode(const SupplierMetrics &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("supplier_id"), m.supplierId},
            {QStringLiteral("period_kind"), toCode(m.periodKind)},
            {QStringLiteral("period_start"), m.periodStart.toString(Qt::ISODate)},
            {QStringLiteral("orders"), m.orders},
            {QStringLiteral("on_time"), m.onTime},
            {QStringLiteral("defects"), m.defects},
            {QStringLiteral("exceptions"), m.exceptions},
            {QStringLiteral("lead_time_hours_sum"), m.leadTimeHoursSum},
            {QStringLiteral("media_reviewed"), m.mediaReviewed},
            {QStringLiteral("media_rejected"), m.mediaRejected},
            {QStringLiteral("version"), m.version}};
}

SupplierMetrics detail::decodeSupplierMetrics(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    SupplierMetrics m;
    m.id = r.id(u"id");
    m.supplierId = r.id(u"supplier_id");
    m.periodKind = r.enumCode<PeriodKind>(u"period_kind");
    m.periodStart = r.date(u"period_start");
    m.orders = r.smallCount(u"orders");
    m.onTime = r.smallCount(u"on_time");
    m.defects = r.smallCount(u"defects");
    m.exceptions = r.smallCount(u"exceptions");
    m.leadTimeHoursSum = r.count(u"lead_time_hours_sum");
    m.mediaReviewed = r.smallCount(u"media_reviewed");
    m.mediaRejected = r.smallCount(u"media_rejected");
    m.version = r.count(u"version");
    return m;
}

// --- Product -----------------------------------------------------------------------------------

QJsonObject encode(const Product &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("sku"), p.sku},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("supplier_id"), p.supplierId},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("attributes"), detail::encodeStringMap(p.attributes)},
            {QStringLiteral("price"), encode(p.price)},
            {QStringLiteral("version"), p.version}};
}

Product detail::decodeProduct(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    Product p;
    p.id = r.id(u"id");
    p.sku = r.string(u"sku");
    p.title = r.string(u"title");
    p.supplierId = r.id(u"supplier_id");
    p.category = r.string(u"category");
    p.attributes = r.stringMap(u"attributes");
    p.price = nonNegativeMoney(r, u"price");
    p.version = r.count(u"version");
    return p;
}

// --- Region, TimeRange -------------------------------------------------------------------------

QJsonObject encode(const Region &g)
{
    QJsonObject o{{QStringLiteral("x"), g.x},
                  {QStringLiteral("y"), g.y},
                  {QStringLiteral("width"), g.width},
                  {QStringLiteral("height"), g.height}};
    detail::putOptional(o, u"tag", g.tag);
    detail::putOptional(o, u"note", g.note);
    return o;
}

Region detail::decodeRegion(JsonView v, const Path &path)
{
    // Rounding in the client's maths may overshoot the edge by a hair; that is not an error.
    constexpr double kEdgeTolerance = 1e-9;
    const JsonReader r(v, path);
    Region g;
    g.x = r.number(u"x", 0.0, 1.0);
    g.y = r.number(u"y", 0.0, 1.0);
    g.width = r.number(u"width", 0.0, 1.0);
    g.height = r.number(u"height", 0.0, 1.0);
    if (g.width <= 0.0)
        r.fail(u"width", QStringLiteral("must be greater than 0"));
    if (g.height <= 0.0)
        r.fail(u"height", QStringLiteral("must be greater than 0"));
    if (g.x + g.width > 1.0 + kEdgeTolerance)
        r.fail(u"width", QStringLiteral("the region leaves the image: x + width = %1 > 1").arg(g.x + g.width));
    if (g.y + g.height > 1.0 + kEdgeTolerance)
        r.fail(u"height", QStringLiteral("the region leaves the image: y + height = %1 > 1").arg(g.y + g.height));
    g.tag = r.optionalString(u"tag");
    g.note = r.optionalString(u"note");
    return g;
}

QJsonObject encode(const TimeRange &t)
{
    QJsonObject o{{QStringLiteral("start_ms"), t.startMs}, {QStringLiteral("end_ms"), t.endMs}};
    detail::putOptional(o, u"tag", t.tag);
    detail::putOptional(o, u"note", t.note);
    return o;
}

TimeRange detail::decodeTimeRange(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    TimeRange t;
    t.startMs = r.count(u"start_ms");
    t.endMs = r.count(u"end_ms");
    if (t.endMs < t.startMs)
        r.fail(u"end_ms", QStringLiteral("must not be before start_ms (%1 < %2)").arg(t.endMs).arg(t.startMs));
    t.tag = r.optionalString(u"tag");
    t.note = r.optionalString(u"note");
    return t;
}

// --- MediaAsset, DecisionRecord ----------------------------------------------------------------

QJsonObject encode(const MediaAsset &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("mime_type"), m.mimeType},
            {QStringLiteral("size"), m.size},
            {QStringLiteral("sha256"), m.sha256},
            {QStringLiteral("width"), m.width},
            {QStringLiteral("height"), m.height},
            {QStringLiteral("duration_ms"), m.durationMs}};
}

MediaAsset detail::decodeMediaAsset(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    MediaAsset m;
    m.id = r.id(u"id");
    m.mimeType = r.id(u"mime_type");
    m.size = r.count(u"size");
    m.sha256 = r.string(u"sha256");
    // The client verifies downloads against this: a malformed digest could never match.
    if (m.sha256.size() != 64 || !isLowerHex(m.sha256))
        r.fail(u"sha256", QStringLiteral("expected 64 lowercase hex digits, got %1").arg(detail::quoted(m.sha256)));
    m.width = r.smallCount(u"width");
    m.height = r.smallCount(u"height");
    m.durationMs = r.count(u"duration_ms");
    return m;
}

QJsonObject encode(const DecisionRecord &d)
{
    QJsonObject o{{QStringLiteral("kind"), toCode(d.kind)},
                  {QStringLiteral("decided_by"), d.decidedBy},
                  {QStringLiteral("decided_at"), encodeTimestamp(d.decidedAt)}};
    detail::putOptional(o, u"reason", d.reason);
    return o;
}

DecisionRecord detail::decodeDecisionRecord(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    DecisionRecord d;
    d.kind = r.enumCode<DecisionKind>(u"kind");
    d.decidedBy = r.id(u"decided_by");
    d.decidedAt = r.timestamp(u"decided_at");
    d.reason = r.optionalString(u"reason");
    return d;
}

// --- ReviewItem --------------------------------------------------------------------------------

QJsonObject encode(const ReviewItem &i)
{
    QJsonArray reasons;
    for (FlagReason f : i.flagReasons)
        reasons.append(toCode(f));
    QJsonObject o{{QStringLiteral("id"), i.id},
                  {QStringLiteral("kind"), toCode(i.kind)},
                  {QStringLiteral("product_id"), i.productId},
                  {QStringLiteral("supplier_id"), i.supplierId},
                  {QStringLiteral("sku"), i.sku},
                  {QStringLiteral("title"), i.title},
                  {QStringLiteral("market"), i.market},
                  {QStringLiteral("flag_reasons"), reasons},
                  {QStringLiteral("ai_confidence"), i.aiConfidence},
                  {QStringLiteral("gmv_at_risk"), encode(i.gmvAtRisk)},
                  {QStringLiteral("status"), toCode(i.status)},
                  {QStringLiteral("created_at"), encodeTimestamp(i.createdAt)},
                  {QStringLiteral("sla_due_at"), encodeTimestamp(i.slaDueAt)},
                  {QStringLiteral("suspect_regions"), detail::encodeList(i.suspectRegions, [](const Region &g) { return encode(g); })},
                  {QStringLiteral("suspect_ranges"), detail::encodeList(i.suspectRanges, [](const TimeRange &t) { return encode(t); })},
                  {QStringLiteral("generator_meta"), detail::encodeStringMap(i.generatorMeta)},
                  {QStringLiteral("version"), i.version}};
    detail::putOptional(o, u"locale", i.locale);
    detail::putOptional(o, u"claimed_by", i.claimedBy);
    detail::putOptionalTimestamp(o, u"claim_expires_at", i.claimExpiresAt);
    if (i.media)
        o.insert(u"media", encode(*i.media));
    if (i.sourceMedia)
        o.insert(u"source_media", encode(*i.sourceMedia));
    detail::putOptional(o, u"copy_text", i.copyText);
    detail::putOptional(o, u"previous_copy_text", i.previousCopyText);
    if (i.decision)
        o.insert(u"decision", encode(*i.decision));
    return o;
}

ReviewItem detail::decodeReviewItem(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    ReviewItem i;
    i.id = r.id(u"id");
    i.kind = r.enumCode<MediaKind>(u"kind");
    i.productId = r.id(u"product_id");
    i.supplierId = r.id(u"supplier_id");
    i.sku = r.string(u"sku");
    i.title = r.string(u"title");
    i.market = r.string(u"market");
    i.locale = r.optionalString(u"locale");
    i.flagReasons = r.list<FlagReason>(u"flag_reasons", detail::readEnum<FlagReason>);
    i.aiConfidence = r.number(u"ai_confidence", 0.0, 1.0);
    i.gmvAtRisk = nonNegativeMoney(r, u"gmv_at_risk");
    i.status = r.enumCode<ReviewStatus>(u"status");
    i.claimedBy = r.optionalString(u"claimed_by");
    i.claimExpiresAt = r.optionalTimestamp(u"claim_expires_at");
    i.createdAt = r.timestamp(u"created_at");
    i.slaDueAt = r.timestamp(u"sla_due_at");
    i.media = r.optionalSub(u"media", decodeMediaAsset);
    // An image or a video item without its media would leave the supervisor nothing to judge.
    if (!i.media && i.kind != MediaKind::Copy)
        r.fail(u"media", QStringLiteral("missing required field (required for %1 items)").arg(toCode(i.kind)));
    i.sourceMedia = r.optionalSub(u"source_media", decodeMediaAsset);
    i.copyText = r.optionalString(u"copy_text");
    i.previousCopyText = r.optionalString(u"previous_copy_text");
    i.suspectRegions = r.list<Region>(u"suspect_regions", decodeRegion);
    i.suspectRanges = r.list<TimeRange>(u"suspect_ranges", decodeTimeRange);
    i.generatorMeta = r.stringMap(u"generator_meta");
    i.decision = r.optionalSub(u"decision", decodeDecisionRecord);
    i.version = r.count(u"version");
    return i;
}

// --- Order, ShipmentEvent, OrderException ------------------------------------------------------

QJsonObject encode(const Order &o)
{
    QJsonObject j{{QStringLiteral("id"), o.id},
                  {QStringLiteral("market"), o.market},
                  {QStringLiteral("customer_name"), o.customerName},
                  {QStringLiteral("customer_email"), o.customerEmail},
                  {QStringLiteral("ship_country"), o.shipCountry},
                  {QStringLiteral("stage"), toCode(o.stage)},
                  {QStringLiteral("supplier_id"), o.supplierId},
                  {QStringLiteral("product_id"), o.productId},
                  {QStringLiteral("quantity"), o.quantity},
                  {QStringLiteral("goods"), encode(o.goods)},
                  {QStringLiteral("shipping"), encode(o.shipping)},
                  {QStringLiteral("fee"), encode(o.fee)},
                  {QStringLiteral("supplier_cost_cny"), encode(o.supplierCostCny)},
                  {QStringLiteral("on_hold"), o.onHold},
                  {QStringLiteral("placed_at"), encodeTimestamp(o.placedAt)},
                  {QStringLiteral("stage_entered_at"), encodeTimestamp(o.stageEnteredAt)},
                  {QStringLiteral("version"), o.version}};
    detail::putOptional(j, u"carrier", o.carrier);
    detail::putOptional(j, u"tracking_number", o.trackingNumber);
    return j;
}

Order detail::decodeOrder(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    Order o;
    o.id = r.id(u"id");
    o.market = r.string(u"market");
    o.customerName = r.string(u"customer_name");
    o.customerEmail = r.string(u"customer_email");
    o.shipCountry = r.string(u"ship_country");
    o.stage = r.enumCode<OrderStage>(u"stage");
    o.supplierId = r.id(u"supplier_id");
    o.productId = r.id(u"product_id");
    o.quantity = int(r.integer(u"quantity", 1, 0x7fffffff));
    o.goods = nonNegativeMoney(r, u"goods");
    // Refund maths adds these up: they must be one currency (the order's).
    const QString currency = o.goods.currency();
    const QString reference = QStringLiteral("goods");
    o.shipping = nonNegativeMoney(r, u"shipping");
    requireSameCurrency(r, u"shipping", o.shipping, currency, reference);
    o.fee = nonNegativeMoney(r, u"fee");
    requireSameCurrency(r, u"fee", o.fee, currency, reference);
    o.supplierCostCny = nonNegativeMoney(r, u"supplier_cost_cny");
    requireSameCurrency(r, u"supplier_cost_cny", o.supplierCostCny, QStringLiteral("CNY"),
                        QStringLiteral("the field's name says"));
    o.carrier = r.optionalString(u"carrier");
    o.trackingNumber = r.optionalString(u"tracking_number");
    o.onHold = r.boolean(u"on_hold");
    o.placedAt = r.timestamp(u"placed_at");
    o.stageEnteredAt = r.timestamp(u"stage_entered_at");
    o.version = r.count(u"version");
    return o;
}

QJsonObject encode(const ShipmentEvent &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("order_id"), e.orderId},
                  {QStringLiteral("at"), encodeTimestamp(e.at)},
                  {QStringLiteral("carrier_status"), e.carrierStatus},
                  {QStringLiteral("version"), e.version}};
    detail::putOptional(o, u"location", e.location);
    detail::putOptional(o, u"description", e.description);
    return o;
}

ShipmentEvent detail::decodeShipmentEvent(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    ShipmentEvent e;
    e.id = r.id(u"id");
    e.orderId = r.id(u"order_id");
    e.at = r.timestamp(u"at");
    e.carrierStatus = r.id(u"carrier_status");
    e.location = r.optionalString(u"location");
    e.description = r.optionalString(u"description");
    e.version = r.count(u"version");
    return e;
}

QJsonObject encode(const OrderException &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("order_id"), e.orderId},
                  {QStringLiteral("code"), toCode(e.code)},
                  {QStringLiteral("status"), toCode(e.status)},
                  {QStringLiteral("opened_at"), encodeTimestamp(e.openedAt)},
                  {QStringLiteral("sla_due_at"), encodeTimestamp(e.slaDueAt)},
                  {QStringLiteral("version"), e.version}};
    detail::putOptional(o, u"carrier_sub_status", e.carrierSubStatus);
    detail::putOptional(o, u"ai_proposal", e.aiProposal);
    detail::putOptional(o, u"ai_rationale", e.aiRationale);
    detail::putOptional(o, u"resolution", e.resolution);
    return o;
}

OrderException detail::decodeOrderException(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    OrderException e;
    e.id = r.id(u"id");
    e.orderId = r.id(u"order_id");
    e.code = r.enumCode<ExceptionCode>(u"code");
    e.carrierSubStatus = r.optionalString(u"carrier_sub_status");
    e.status = r.enumCode<ExceptionStatus>(u"status");
    // The console offers the proposal as a one-key action: it must name a command it can send.
    if (r.has(u"ai_proposal"))
        e.aiProposal = toCode(detail::readEnum<CommandType>(r.value(u"ai_proposal"), r.pathOf(u"ai_proposal")));
    e.aiRationale = r.optionalString(u"ai_rationale");
    e.openedAt = r.timestamp(u"opened_at");
    e.slaDueAt = r.timestamp(u"sla_due_at");
    e.resolution = r.optionalString(u"resolution");
    e.version = r.count(u"version");
    return e;
}

// --- The public decoders: a QJsonValue through the same decoders -------------------------------

Money decodeMoney(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeMoney);
}

Supplier decodeSupplier(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeSupplier);
}

SupplierMetrics decodeSupplierMetrics(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeSupplierMetrics);
}

Product decodeProduct(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeProduct);
}

Region decodeRegion(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeRegion);
}

TimeRange decodeTimeRange(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeTimeRange);
}

MediaAsset decodeMediaAsset(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeMediaAsset);
}

DecisionRecord decodeDecisionRecord(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeDecisionRecord);
}

ReviewItem decodeReviewItem(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeReviewItem);
}

Order decodeOrder(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeOrder);
}

ShipmentEvent decodeShipmentEvent(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeShipmentEvent);
}

OrderException decodeOrderException(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeOrderException);
}

} // namespace wk::codec
