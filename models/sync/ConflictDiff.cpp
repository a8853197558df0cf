#include "ConflictDiff.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wk {

namespace {

// "a.b" looks into nested objects.
QJsonValue at(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(part);
    }
    return v;
}

// Where a payload field's counterpart lives in the server's entity, when its name differs there.
QString serverPath(CommandType type, const QString &field)
{
    if (type == CommandType::ReviewDecide) {
        if (field == QLatin1String("decision"))
            return QStringLiteral("decision.kind");
        if (field == QLatin1String("reject_reason") || field == QLatin1String("note"))
            return QStringLiteral("decision.reason");
    }
    return field;
}

// The server's fields that say why a command conflicted, whatever the command.
const QStringList kExplaining = {QStringLiteral("status"), QStringLiteral("claimed_by"),
                                 QStringLiteral("claim_expires_at"), QStringLiteral("decision.decided_by"),
                                 QStringLiteral("decision.decided_at")};

} // namespace

QString ConflictDiff::display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString ConflictDiff::commandName(CommandType type)
{
    switch (type) {
    case CommandType::ReviewClaim: return tr("Claim");
    case CommandType::ReviewRelease: return tr("Release claim");
    case CommandType::ReviewDecide: return tr("Review decision");
    case CommandType::ReviewNote: return tr("Review note");
    case CommandType::OrderFixTracking: return tr("Tracking number");
    case CommandType::OrderRefund: return tr("Refund");
    case CommandType::OrderReship: return tr("Reship");
    case CommandType::OrderHold: return tr("Hold order");
    case CommandType::OrderRelease: return tr("Release order");
    case CommandType::OrderNote: return tr("Order note");
    case CommandType::ExceptionResolve: return tr("Resolve exception");
    case CommandType::ExceptionEscalate: return tr("Escalate exception");
    case CommandType::ExceptionNote: return tr("Exception note");
    case CommandType::SupplierSetTier: return tr("Supplier tier");
    case CommandType::SupplierSuspend: return tr("Suspend supplier");
    case CommandType::SupplierReinstate: return tr("Reinstate supplier");
    case CommandType::SupplierNote: return tr("Supplier note");
    }
    return toCode(type);
}

qint64 ConflictDiff::theirVersion(const OutboxEntry &entry)
{
    return entry.current.value(QStringLiteral("version")).toInteger(0);
}

QList<ConflictField> ConflictDiff::fields(const OutboxEntry &entry)
{
    const QJsonObject theirs = entry.current.value(QStringLiteral("data")).toObject();
    const bool deleted = entry.current.value(QStringLiteral("op")).toString() == QLatin1String("delete");
    QList<ConflictField> rows;
    ConflictField version;
    version.field = QStringLiteral("version");
    version.mine = QString::number(entry.command.baseVersion);
    if (!entry.current.isEmpty())
        version.theirs = deleted ? tr("deleted on the platform") : QString::number(theirVersion(entry));
    version.differs = !version.theirs.isEmpty() && version.theirs != version.mine;
    rows.append(version);

    QStringList shown;
    const QStringList keys = entry.command.payload.keys();
    for (const QString &key : keys) {
        ConflictField row;
        row.field = key;
        row.mine = display(entry.command.payload.value(key));
        const QString path = serverPath(entry.command.type, key);
        row.theirs = display(at(theirs, path));
        row.differs = !row.theirs.isEmpty() && row.theirs != row.mine;
        rows.append(row);
        shown.append(path);
    }
    for (const QString &path : kExplaining) {
        const QString value = display(at(theirs, path));
        if (value.isEmpty() || shown.contains(path))
            continue;
        rows.append({path, value, QString(), false});
    }
    return rows;
}

QString ConflictDiff::sentence(const OutboxEntry &entry)
{
    const Problem &p = entry.problem;
    const QString detail = p.detail.isEmpty() ? p.title : p.detail;
    const QString code = p.code;
    QString s;
    if (code == QLatin1String("lease_held"))
        s = tr("Another supervisor holds this item. Accept theirs, or wait until the lease ends and send yours again.");
    else if (code == QLatin1String("version_conflict"))
        s = tr("Someone changed or decided this item after you saw it. Compare theirs with yours, then accept "
               "theirs or send yours again against their version.");
    else if (code == QLatin1String("not_found"))
        s = tr("The platform no longer has this item. Discard your command.");
    else if (code == QLatin1String("invalid_state"))
        s = tr("The item is no longer in a state that allows this command. Accept theirs or discard yours.");
    else if (code == QLatin1String("invalid_payload"))
        s = tr("The platform refused the command's content. Discard it and make the decision again.");
    else if (code == QLatin1String("invalid_tracking_number"))
        s = tr("The platform did not accept the tracking number. Discard this command and enter the number again.");
    else if (code == QLatin1String("currency_mismatch"))
        s = tr("The refund's currency is not the order's. Discard it and refund in the order's currency.");
    else if (code == QLatin1String("refund_exceeds_total"))
        s = tr("The refund is larger than the order's total. Discard it and refund a smaller amount.");
    else if (code == QLatin1String("idempotency_key_reused"))
        s = tr("The platform knows this command's id with other content. Send it again (it gets a new id) or "
               "discard it.");
    else if (entry.state == OutboxState::Conflict)
        s = tr("The platform's item differs from what you saw. Compare, then accept theirs or send yours again.");
    else
        s = tr("The platform refused this command. Discard it, or send it again if the cause is gone.");
    return detail.isEmpty() ? s : tr("%1 (The platform says: %2)").arg(s, detail);
}

} // namespace wk
