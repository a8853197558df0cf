// Wire form of the API envelopes: changes, commands and their results, problems, /v1/me, /v1/health.
#include "TapeDecoders.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace wk::codec {

using detail::JsonReader;
using detail::JsonView;
using detail::Path;

namespace {

// Decodes `data` as the entity the change names.
template <typename Decode>
std::shared_ptr<const DecodedEntity> decodeEntity(Decode decode, JsonView data, const Path &path)
{
    return std::make_shared<const DecodedEntity>(decode(data, path));
}

std::shared_ptr<const DecodedEntity> decodeData(EntityKind kind, JsonView data, const Path &path)
{
    switch (kind) {
    case EntityKind::Supplier: return decodeEntity(detail::decodeSupplier, data, path);
    case EntityKind::Product: return decodeEntity(detail::decodeProduct, data, path);
    case EntityKind::ReviewItem: return decodeEntity(detail::decodeReviewItem, data, path);
    case EntityKind::Order: return decodeEntity(detail::decodeOrder, data, path);
    case EntityKind::ShipmentEvent: return decodeEntity(detail::decodeShipmentEvent, data, path);
    case EntityKind::OrderException: return decodeEntity(detail::decodeOrderException, data, path);
    case EntityKind::SupplierMetrics: return decodeEntity(detail::decodeSupplierMetrics, data, path);
    }
    detail::fail(path, QStringLiteral("unsupported entity kind"));
}

bool needsProblem(CommandOutcome outcome)
{
    return outcome == CommandOutcome::Conflict || outcome == CommandOutcome::Rejected;
}

} // namespace

// --- Problem -----------------------------------------------------------------------------------

QJsonObject encode(const Problem &p)
{
    QJsonObject o{{QStringLiteral("title"), p.title}, {QStringLiteral("code"), p.code}};
    detail::putOptional(o, u"type", p.type);
    if (p.status != 0)
        o.insert(u"status", p.status);
    detail::putOptional(o, u"detail", p.detail);
    return o;
}

Problem detail::decodeProblem(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    Problem p;
    p.type = r.optionalString(u"type");
    p.title = r.string(u"title");
    // RFC 9457 makes status advisory: absent is allowed, but present it must be an HTTP status.
    if (r.has(u"status"))
        p.status = int(r.integer(u"status", 100, 599));
    p.detail = r.optionalString(u"detail");
    p.code = r.id(u"code");
    return p;
}

// --- Command, CommandResult --------------------------------------------------------------------

QJsonObject encode(const Command &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("seq"), c.seq},
            {QStringLiteral("type"), toCode(c.type)},
            {QStringLiteral("target"), c.target},
            {QStringLiteral("base_version"), c.baseVersion},
            {QStringLiteral("payload"), c.payload}};
}

Command detail::decodeCommand(JsonView v, const Path &path)
{
    Command c = decodeCommandEnvelope(v, path);
    validateCommandPayload(c.type, v.member(u"payload"), Path(path, u"payload"));
    return c;
}

Command detail::decodeCommandEnvelope(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    Command c;
    c.id = r.string(u"id");
    // The id is the idempotency key: anything but a real UUID risks two commands sharing one.
    const QUuid uuid = QUuid::fromString(c.id);
    if (c.id.size() != 36 || uuid.isNull())
        r.fail(u"id", QStringLiteral("expected a UUID such as \"123e4567-e89b-12d3-a456-426614174000\", got %1")
                          .arg(detail::quoted(c.id)));
    c.seq = r.integer(u"seq", 1, detail::kMaxSafeInteger);
    c.type = r.enumCode<CommandType>(u"type");
    c.target = r.id(u"target");
    c.baseVersion = r.count(u"base_version");
    c.payload = r.objectField(u"payload");
    return c;
}

QJsonObject encode(const CommandResult &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("outcome"), toCode(c.outcome)},
                  {QStringLiteral("version"), c.version}};
    if (!c.current.isEmpty())
        o.insert(u"current", c.current);
    if (needsProblem(c.outcome) || c.problem != Problem())
        o.insert(u"problem", encode(c.problem));
    return o;
}

CommandResult detail::decodeCommandResult(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    CommandResult c;
    c.id = r.id(u"id");
    c.outcome = r.enumCode<CommandOutcome>(u"outcome");
    c.version = r.count(u"version");
    // A conflict is shown side by side (theirs / mine): without the server's entity there is no "theirs".
    if (c.outcome == CommandOutcome::Conflict || r.has(u"current")) {
        c.current = r.objectField(u"current");
        r.sub(u"current", decodeChange);
    }
    if (needsProblem(c.outcome) || r.has(u"problem"))
        c.problem = r.sub(u"problem", decodeProblem);
    return c;
}

// --- Change, ChangesPage -----------------------------------------------------------------------

QJsonObject encode(const Change &c)
{
    QJsonObject o{{QStringLiteral("entity"), toCode(c.entity)},
                  {QStringLiteral("op"), toCode(c.op)},
                  {QStringLiteral("id"), c.id},
                  {QStringLiteral("version"), c.version}};
    if (c.op == ChangeOp::Upsert)
        o.insert(u"data", c.dataObject());
    return o;
}

Change detail::decodeChange(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    Change c;
    c.entity = r.enumCode<EntityKind>(u"entity");
    c.op = r.enumCode<ChangeOp>(u"op");
    c.id = r.id(u"id");
    c.version = r.count(u"version");
    if (c.op == ChangeOp::Delete) {
        if (r.has(u"data"))
            r.fail(u"data", QStringLiteral("must be absent for a delete"));
        return c;
    }
    const JsonView data = readObject(r.required(u"data"), r.pathOf(u"data"));
    const Path dataPath = r.pathOf(u"data");
    c.decoded = decodeData(c.entity, data, dataPath);
    // The cache stores exactly what the platform sent.
    c.dataText = data.text().toByteArray();
    const auto [entityId, entityVersion] =
        std::visit([](const auto &e) { return std::pair<QString, qint64>(e.id, e.version); }, *c.decoded);
    // The cache keys rows by the envelope: an envelope that disagrees with its entity would file
    // the entity under the wrong id or version.
    if (entityId != c.id)
        detail::fail(Path(dataPath, u"id"), QStringLiteral("%1 does not match the change's id %2")
                                                 .arg(detail::quoted(entityId), detail::quoted(c.id)));
    if (entityVersion != c.version)
        detail::fail(Path(dataPath, u"version"),
                     QStringLiteral("%1 does not match the change's version %2").arg(entityVersion).arg(c.version));
    return c;
}

QJsonObject encode(const ChangesPage &p)
{
    return {{QStringLiteral("changes"), detail::encodeList(p.changes, [](const Change &c) { return encode(c); })},
            {QStringLiteral("cursor"), p.cursor},
            {QStringLiteral("has_more"), p.hasMore},
            {QStringLiteral("last_command_seq"), p.lastCommandSeq}};
}

ChangesPage detail::decodeChangesPage(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    ChangesPage p;
    p.changes = r.list<Change>(u"changes", decodeChange);
    // The contract promises one change per entity per page; the cache applies a page as a set.
    QSet<std::pair<int, QString>> seen;
    seen.reserve(p.changes.size());
    for (qsizetype i = 0; i < p.changes.size(); ++i) {
        const Change &c = p.changes.at(i);
        const std::pair<int, QString> key(int(c.entity), c.id);
        if (seen.contains(key)) {
            const Path changes = r.pathOf(u"changes");
            detail::fail(Path(Path(changes, i), u"id"), QStringLiteral("%1 %2 appears more than once in one page")
                                                            .arg(toCode(c.entity), detail::quoted(c.id)));
        }
        seen.insert(key);
    }
    p.cursor = r.string(u"cursor");
    p.hasMore = r.boolean(u"has_more");
    p.lastCommandSeq = r.count(u"last_command_seq");
    return p;
}

ChangesPage decodeChangesPageBody(const QByteArray &body)
{
    const json::JsonTape tape(body);
    const JsonView root = tape.root();
    if (!root.isObject())
        detail::fail(QStringLiteral("$"),
                     QStringLiteral("expected a JSON object, got %1").arg(detail::describeType(root)));
    return detail::decodeChangesPage(root, Path());
}

std::shared_ptr<const DecodedEntity> decodeChangeData(EntityKind kind, const QByteArray &dataText, const QString &path)
{
    const json::JsonTape tape(dataText);
    const Path root(path);
    return decodeData(kind, tape.root(), root);
}

// --- CommandBatch, CommandResults --------------------------------------------------------------

QJsonObject encode(const CommandBatch &b)
{
    return {{QStringLiteral("client_id"), b.clientId},
            {QStringLiteral("commands"), detail::encodeList(b.commands, [](const Command &c) { return encode(c); })}};
}

namespace {
CommandBatch decodeBatch(JsonView v, const Path &path, Command (*decodeOne)(JsonView, const Path &))
{
    const JsonReader r(v, path);
    CommandBatch b;
    b.clientId = r.id(u"client_id");
    b.commands = r.list<Command>(u"commands", decodeOne);
    return b;
}
} // namespace

CommandBatch detail::decodeCommandBatch(JsonView v, const Path &path)
{
    return decodeBatch(v, path, decodeCommand);
}

CommandBatch detail::decodeCommandBatchEnvelopes(JsonView v, const Path &path)
{
    return decodeBatch(v, path, decodeCommandEnvelope);
}

QJsonObject encode(const CommandResults &c)
{
    return {{QStringLiteral("results"),
             detail::encodeList(c.results, [](const CommandResult &x) { return encode(x); })}};
}

CommandResults detail::decodeCommandResults(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    CommandResults c;
    c.results = r.list<CommandResult>(u"results", decodeCommandResult);
    return c;
}

// --- Me, Health --------------------------------------------------------------------------------

QJsonObject encode(const Me &m)
{
    return {{QStringLiteral("supervisor_id"), m.supervisorId},
            {QStringLiteral("display_name"), m.displayName},
            {QStringLiteral("lease_seconds"), m.leaseSeconds}};
}

Me detail::decodeMe(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    Me m;
    m.supervisorId = r.id(u"supervisor_id");
    m.displayName = r.string(u"display_name");
    m.leaseSeconds = int(r.integer(u"lease_seconds", 1, kMaxLeaseSeconds));
    return m;
}

QJsonObject encode(const Health &h)
{
    return {{QStringLiteral("status"), h.status},
            {QStringLiteral("version"), h.version},
            {QStringLiteral("server_time_ms"), h.serverTimeMs}};
}

Health detail::decodeHealth(JsonView v, const Path &path)
{
    const JsonReader r(v, path);
    Health h;
    h.status = r.id(u"status");
    h.version = r.string(u"version");
    h.serverTimeMs = r.count(u"server_time_ms");
    return h;
}

// --- Building changes --------------------------------------------------------------------------

namespace {
template <typename Entity>
Change upsertOf(EntityKind kind, const Entity &e)
{
    Change c;
    c.entity = kind;
    c.op = ChangeOp::Upsert;
    c.id = e.id;
    c.version = e.version;
    c.dataText = QJsonDocument(encode(e)).toJson(QJsonDocument::Compact);
    c.decoded = std::make_shared<const DecodedEntity>(e);
    return c;
}
} // namespace

Change upsertChange(const Supplier &e) { return upsertOf(EntityKind::Supplier, e); }
Change upsertChange(const SupplierMetrics &e) { return upsertOf(EntityKind::SupplierMetrics, e); }
Change upsertChange(const Product &e) { return upsertOf(EntityKind::Product, e); }
Change upsertChange(const ReviewItem &e) { return upsertOf(EntityKind::ReviewItem, e); }
Change upsertChange(const Order &e) { return upsertOf(EntityKind::Order, e); }
Change upsertChange(const ShipmentEvent &e) { return upsertOf(EntityKind::ShipmentEvent, e); }
Change upsertChange(const OrderException &e) { return upsertOf(EntityKind::OrderException, e); }

Change deleteChange(EntityKind entity, const QString &id, qint64 version)
{
    Change c;
    c.entity = entity;
    c.op = ChangeOp::Delete;
    c.id = id;
    c.version = version;
    return c;
}


// --- The public decoders: a QJsonValue through the same decoders -------------------------------

Problem decodeProblem(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeProblem);
}

Command decodeCommand(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeCommand);
}

Command decodeCommandEnvelope(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeCommandEnvelope);
}

CommandResult decodeCommandResult(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeCommandResult);
}

Change decodeChange(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeChange);
}

ChangesPage decodeChangesPage(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeChangesPage);
}

CommandBatch decodeCommandBatch(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeCommandBatch);
}

CommandBatch decodeCommandBatchEnvelopes(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeCommandBatchEnvelopes);
}

CommandResults decodeCommandResults(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeCommandResults);
}

Me decodeMe(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeMe);
}

Health decodeHealth(const QJsonValue &v, const QString &path)
{
    return detail::decodeValue(v, path, detail::decodeHealth);
}

} // namespace wk::codec

namespace wk {

QJsonObject Change::dataObject() const
{
    if (dataText.isEmpty())   // a delete
        return {};
    return json::JsonTape(dataText).root().toJsonValue().toObject();
}

bool operator==(const Change &a, const Change &b)
{
    if (a.entity != b.entity || a.op != b.op || a.id != b.id || a.version != b.version)
        return false;
    // The same data spelt differently (spaces, key order, escapes) is the same data.
    return a.dataText == b.dataText || a.dataObject() == b.dataObject();
}

} // namespace wk
