#include "CommandProcessor.h"

#include "PlatformStore.h"
#include "storage/Transaction.h"
#include "sync/Codecs.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcPlatformCommands, "wk.platform.commands", QtInfoMsg)

namespace wk::platform {

Problem makeProblem(int status, const QString &code, const QString &title, const QString &detail)
{
    Problem p;
    p.type = QStringLiteral("https://watchkeeper.invalid/problems/") + code;
    p.title = title;
    p.status = status;
    p.detail = detail;
    p.code = code;
    return p;
}

namespace {

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toString(); }

CommandResult rejected(const Command &c, qint64 version, const QString &code, const QString &detail)
{
    CommandResult r;
    r.id = c.id;
    r.outcome = CommandOutcome::Rejected;
    r.version = version;
    r.problem = makeProblem(422, code, QStringLiteral("The command was rejected"), detail);
    return r;
}

CommandResult applied(const Command &c, qint64 version)
{
    CommandResult r;
    r.id = c.id;
    r.outcome = CommandOutcome::Applied;
    r.version = version;
    return r;
}

CommandResult conflict(const Command &c, const StoredEntity &current, const QString &code, const QString &detail)
{
    CommandResult r;
    r.id = c.id;
    r.outcome = CommandOutcome::Conflict;
    r.version = current.version;
    r.current = codec::encode(current.toChange());
    r.problem = makeProblem(409, code, code == QLatin1StringView("lease_held")
                                           ? QStringLiteral("Another supervisor holds this item")
                                           : QStringLiteral("Someone else changed this since you saw it"),
                            detail);
    return r;
}

EntityKind targetKind(CommandType t)
{
    switch (t) {
    case CommandType::ReviewClaim:
    case CommandType::ReviewRelease:
    case CommandType::ReviewDecide:
    case CommandType::ReviewNote:
        return EntityKind::ReviewItem;
    case CommandType::OrderFixTracking:
    case CommandType::OrderRefund:
    case CommandType::OrderReship:
    case CommandType::OrderHold:
    case CommandType::OrderRelease:
    case CommandType::OrderNote:
        return EntityKind::Order;
    case CommandType::ExceptionResolve:
    case CommandType::ExceptionEscalate:
    case CommandType::ExceptionNote:
        return EntityKind::OrderException;
    case CommandType::SupplierSetTier:
    case CommandType::SupplierSuspend:
    case CommandType::SupplierReinstate:
    case CommandType::SupplierNote:
        break;
    }
    return EntityKind::Supplier;
}

bool isNote(CommandType t)
{
    return t == CommandType::ReviewNote || t == CommandType::OrderNote || t == CommandType::ExceptionNote
        || t == CommandType::SupplierNote;
}

} // namespace

QString normaliseTrackingNumber(const QString &raw)
{
    QString out;
    for (const QChar ch : raw)
        if (!ch.isSpace() && ch != QLatin1Char('-'))
            out += ch.toUpper();
    return out;
}

bool isPlausibleTrackingNumber(const QString &n)
{
    static const QRegularExpression alnum(QStringLiteral("^[A-Z0-9]{8,34}$"));
    static const QRegularExpression s10(QStringLiteral("^[A-Z]{2}([0-9]{8})([0-9])[A-Z]{2}$"));
    if (!alnum.match(n).hasMatch() || !n.contains(QRegularExpression(QStringLiteral("[0-9]"))))
        return false;
    const auto m = s10.match(n);
    if (!m.hasMatch())
        return true;
    static constexpr int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    const QString digits = m.captured(1);
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (digits.at(i).unicode() - '0') * weights[i];
    int check = 11 - sum % 11;
    if (check == 10)
        check = 0;
    else if (check == 11)
        check = 5;
    return m.captured(2).at(0).unicode() - '0' == check;
}

CommandProcessor::CommandProcessor(PlatformStore &store, std::function<QString(const QString &)> displayName,
                                   int defaultLeaseSeconds)
    : m_store(store), m_displayName(std::move(displayName)), m_defaultLeaseSeconds(defaultLeaseSeconds),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString CommandProcessor::contentHash(const Command &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), toCode(c.type));
    o.insert(QStringLiteral("target"), c.target);
    o.insert(QStringLiteral("base_version"), c.baseVersion);
    o.insert(QStringLiteral("payload"), c.payload);   // QJsonObject keeps keys sorted: a stable form
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

CommandProcessor::BatchOutcome CommandProcessor::process(const CommandBatch &batch, const QString &supervisorId)
{
    BatchOutcome out;
    if (batch.commands.size() > codec::kMaxCommandsPerBatch) {
        out.problem = makeProblem(413, QStringLiteral("batch_too_large"), QStringLiteral("Too many commands"),
                                  QStringLiteral("A batch holds at most %1 commands; this one has %2.")
                                      .arg(codec::kMaxCommandsPerBatch).arg(batch.commands.size()));
        return out;
    }
    if (!m_store.clientSupervisor(batch.clientId)) {
        out.problem = makeProblem(404, QStringLiteral("unknown_client"), QStringLiteral("Unknown client"),
                                  QStringLiteral("Client %1 is not registered here: register again with "
                                                 "POST /v1/clients and retry.").arg(batch.clientId));
        return out;
    }

    Transaction tx(m_store.database());
    // Every reuse of an id with other content fails the whole batch before anything is applied.
    // The hashes and stored results found here serve the second pass too.
    const qsizetype count = batch.commands.size();
    QList<QString> hashes;
    QList<std::optional<PlatformStore::StoredCommand>> known;
    hashes.reserve(count);
    known.reserve(count);
    QHash<QString, QString> seenInBatch;
    for (const Command &c : batch.commands) {
        const QString hash = contentHash(c);
        hashes.append(hash);
        known.append(m_store.command(c.id));
        QString previous = seenInBatch.value(c.id);
        if (previous.isEmpty() && known.constLast())
            previous = known.constLast()->contentHash;
        if (!previous.isEmpty() && previous != hash) {
            out.problem = makeProblem(422, QStringLiteral("idempotency_key_reused"),
                                      QStringLiteral("A command id was reused"),
                                      QStringLiteral("Command id %1 was already used for a different command; "
                                                     "a new command needs a new id.").arg(c.id));
            return out;   // the transaction rolls back: nothing of this batch is applied
        }
        seenInBatch.insert(c.id, hash);
    }

    QSet<QString> storedByThisBatch;   // an id repeated in the batch gets what its first use stored
    for (qsizetype i = 0; i < count; ++i) {
        const Command &c = batch.commands.at(i);
        if (const auto stored = storedByThisBatch.contains(c.id) ? m_store.command(c.id) : known.at(i)) {
            CommandResult r = codec::decodeCommandResult(codec::parseObject(stored->result));
            if (r.outcome == CommandOutcome::Applied)
                r.outcome = CommandOutcome::Duplicate;
            out.results.results.append(r);
            continue;
        }
        CommandResult r;
        try {
            codec::validateCommandPayload(c.type, c.payload);
            r = apply(c, supervisorId, out.changed);
        } catch (const DecodeError &e) {
            const auto current = m_store.find(targetKind(c.type), c.target);
            r = rejected(c, current ? current->version : 0, QStringLiteral("invalid_payload"), e.toString());
        }
        m_store.storeCommand(c.id, batch.clientId, supervisorId, c, hashes.at(i), r);
        storedByThisBatch.insert(c.id);
        m_store.noteCommandSeq(batch.clientId, c.seq);
        qCDebug(lcPlatformCommands) << toCode(c.type) << c.target << "->" << toCode(r.outcome) << r.problem.code;
        out.results.results.append(r);
    }
    tx.commit();
    return out;
}

CommandResult CommandProcessor::apply(const Command &c, const QString &sup, bool &changed)
{
    const EntityKind kind = targetKind(c.type);
    const auto current = m_store.find(kind, c.target);
    if (!current || current->deleted)
        return rejected(c, 0, QStringLiteral("not_found"),
                        QStringLiteral("There is no %1 with id %2.").arg(toCode(kind), c.target));
    if (isNote(c.type)) {
        m_store.addNote(kind, c.target, sup, QStringLiteral("note"), str(c.payload, "text"));
        return applied(c, current->version);
    }
    switch (kind) {
    case EntityKind::ReviewItem:
        return applyReview(c, *current, sup, changed);
    case EntityKind::Order:
        break;
    case EntityKind::OrderException:
        if (current->version != c.baseVersion && c.type != CommandType::ExceptionEscalate)
            return conflict(c, *current, QStringLiteral("version_conflict"),
                            QStringLiteral("The exception is at version %1, you saw version %2.")
                                .arg(current->version).arg(c.baseVersion));
        return applyException(c, sup, changed);
    case EntityKind::Supplier:
        if (current->version != c.baseVersion)
            return conflict(c, *current, QStringLiteral("version_conflict"),
                            QStringLiteral("The supplier is at version %1, you saw version %2.")
                                .arg(current->version).arg(c.baseVersion));
        return applySupplier(c, sup, changed);
    default:
        return rejected(c, current->version, QStringLiteral("invalid_payload"),
                        QStringLiteral("This command type cannot act on this entity."));
    }
    if (current->version != c.baseVersion)
        return conflict(c, *current, QStringLiteral("version_conflict"),
                        QStringLiteral("The order is at version %1, you saw version %2.")
                            .arg(current->version).arg(c.baseVersion));
    return applyOrder(c, sup, changed);
}

CommandResult CommandProcessor::applyReview(const Command &c, const StoredEntity &stored, const QString &sup,
                                            bool &changed)
{
    ReviewItem item = codec::decodeReviewItem(stored.object());
    const QDateTime now = m_clock();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const auto lease = m_store.lease(c.target);
    const bool heldByOther = lease && lease->supervisorId != sup && lease->expiresAtMs > nowMs;
    const auto leaseHeld = [&] {
        return conflict(c, stored, QStringLiteral("lease_held"),
                        QStringLiteral("%1 (%2) is working on this item until %3.")
                            .arg(m_displayName(lease->supervisorId), lease->supervisorId,
                                 codec::encodeTimestamp(QDateTime::fromMSecsSinceEpoch(lease->expiresAtMs, Qt::UTC))));
    };
    const bool finished = item.status == ReviewStatus::Decided || item.status == ReviewStatus::Escalated;

    switch (c.type) {
    case CommandType::ReviewClaim: {
        if (heldByOther)
            return leaseHeld();
        if (finished)
            return rejected(c, stored.version, QStringLiteral("invalid_state"),
                            QStringLiteral("The item has already been decided; there is nothing to claim."));
        const int seconds = c.payload.contains(QStringLiteral("lease_seconds"))
            ? c.payload.value(QStringLiteral("lease_seconds")).toInt()
            : m_defaultLeaseSeconds;
        const QDateTime expires = now.addSecs(seconds);
        m_store.setLease(c.target, sup, expires.toMSecsSinceEpoch());
        item.status = ReviewStatus::Claimed;
        item.claimedBy = sup;
        item.claimExpiresAt = expires;
        changed = true;
        return applied(c, m_store.upsert(EntityKind::ReviewItem, c.target, codec::encode(item), sup, true));
    }
    case CommandType::ReviewRelease: {
        if (heldByOther)
            return leaseHeld();
        if (!lease || item.status != ReviewStatus::Claimed)
            return applied(c, stored.version);   // nothing held: releasing is already true
        m_store.clearLease(c.target);
        item.status = ReviewStatus::Open;
        item.claimedBy.clear();
        item.claimExpiresAt = QDateTime();
        changed = true;
        return applied(c, m_store.upsert(EntityKind::ReviewItem, c.target, codec::encode(item), sup, true));
    }
    case CommandType::ReviewDecide: {
        if (heldByOther)
            return leaseHeld();
        if (m_store.changedSince(EntityKind::ReviewItem, c.target, c.baseVersion, sup))
            return conflict(c, stored, QStringLiteral("version_conflict"),
                            QStringLiteral("The item changed since version %1 (it is at %2 now).")
                                .arg(c.baseVersion).arg(stored.version));
        if (finished)
            return rejected(c, stored.version, QStringLiteral("invalid_state"),
                            QStringLiteral("The item has already been decided."));
        const auto kind = fromCode<DecisionKind>(str(c.payload, "decision"));
        if (!kind)
            return rejected(c, stored.version, QStringLiteral("invalid_payload"), QStringLiteral("Unknown decision."));
        DecisionRecord d;
        d.kind = *kind;
        d.decidedBy = sup;
        d.decidedAt = now;
        d.reason = *kind == DecisionKind::Reject ? str(c.payload, "reject_reason") : str(c.payload, "note");
        if (*kind == DecisionKind::Correct) {
            item.previousCopyText = item.copyText;
            item.copyText = str(c.payload, "corrected_text");
        }
        item.decision = d;
        item.status = *kind == DecisionKind::Escalate ? ReviewStatus::Escalated : ReviewStatus::Decided;
        item.claimedBy.clear();
        item.claimExpiresAt = QDateTime();
        m_store.clearLease(c.target);
        // The annotations travel with the decision record for auditing.
        QJsonObject annotations;
        for (const char *key : {"reasons", "regions", "ranges", "note"})
            if (c.payload.contains(QLatin1StringView(key)))
                annotations.insert(QLatin1StringView(key), c.payload.value(QLatin1StringView(key)));
        if (!annotations.isEmpty())
            m_store.addNote(EntityKind::ReviewItem, c.target, sup, QStringLiteral("decision"),
                            QString::fromUtf8(QJsonDocument(annotations).toJson(QJsonDocument::Compact)));
        changed = true;
        return applied(c, m_store.upsert(EntityKind::ReviewItem, c.target, codec::encode(item), sup));
    }
    default:
        break;
    }
    return rejected(c, stored.version, QStringLiteral("invalid_payload"), QStringLiteral("Not a review command."));
}

void CommandProcessor::resolveOpenExceptions(const QString &orderId, const QString &resolution, const QString &sup,
                                             std::optional<ExceptionCode> only)
{
    for (const QString &id : m_store.idsWhere(EntityKind::OrderException, QStringLiteral("order_id"), orderId)) {
        OrderException e = codec::decodeOrderException(m_store.find(EntityKind::OrderException, id)->object());
        if (e.status != ExceptionStatus::Open || (only && e.code != *only))
            continue;
        e.status = ExceptionStatus::Resolved;
        e.resolution = resolution;
        m_store.upsert(EntityKind::OrderException, id, codec::encode(e), sup);
    }
}

CommandResult CommandProcessor::applyOrder(const Command &c, const QString &sup, bool &changed)
{
    const auto stored = *m_store.find(EntityKind::Order, c.target);
    Order order = codec::decodeOrder(stored.object());
    const QDateTime now = m_clock();
    const auto invalidState = [&](const QString &why) {
        return rejected(c, stored.version, QStringLiteral("invalid_state"), why);
    };

    switch (c.type) {
    case CommandType::OrderFixTracking: {
        const QString number = normaliseTrackingNumber(str(c.payload, "tracking_number"));
        if (!isPlausibleTrackingNumber(number))
            return rejected(c, stored.version, QStringLiteral("invalid_tracking_number"),
                            QStringLiteral("\"%1\" is not a valid tracking number: expected 8 to 34 letters and "
                                           "digits (UPU numbers with a valid check digit).")
                                .arg(str(c.payload, "tracking_number")));
        order.trackingNumber = number;
        if (c.payload.contains(QStringLiteral("carrier")))
            order.carrier = str(c.payload, "carrier");
        resolveOpenExceptions(order.id, QStringLiteral("tracking_fixed"), sup, ExceptionCode::TrackingInvalid);
        break;
    }
    case CommandType::OrderRefund: {
        const Money amount = codec::decodeMoney(c.payload.value(QStringLiteral("amount")), QStringLiteral("$.payload.amount"));
        if (amount.currency() != order.goods.currency())
            return rejected(c, stored.version, QStringLiteral("currency_mismatch"),
                            QStringLiteral("The order is paid in %1, the refund is in %2.")
                                .arg(order.goods.currency(), amount.currency()));
        if (amount.minorUnits() <= 0)
            return rejected(c, stored.version, QStringLiteral("invalid_payload"),
                            QStringLiteral("A refund must be a positive amount."));
        const auto total = order.goods.plus(order.shipping).value_or(Money()).plus(order.fee);
        const qint64 already = m_store.refundedMinor(order.id);
        if (!total || already + amount.minorUnits() > total->minorUnits())
            return rejected(c, stored.version, QStringLiteral("refund_exceeds_total"),
                            QStringLiteral("Refunds would reach %1 minor units, more than the order's total of %2.")
                                .arg(already + amount.minorUnits()).arg(total ? total->minorUnits() : 0));
        if (order.stage == OrderStage::Refunded)
            return invalidState(QStringLiteral("The order has already been refunded in full."));
        const bool full = c.payload.value(QStringLiteral("full")).toBool();
        m_store.addRefund(order.id, amount, str(c.payload, "reason"), full, sup);
        if (full) {
            order.stage = OrderStage::Refunded;
            order.stageEnteredAt = now;
            order.onHold = false;
        }
        resolveOpenExceptions(order.id, full ? QStringLiteral("refunded") : QStringLiteral("partially_refunded"), sup);
        break;
    }
    case CommandType::OrderReship:
        if (order.stage == OrderStage::Refunded)
            return invalidState(QStringLiteral("A refunded order cannot be reshipped."));
        order.stage = OrderStage::Purchased;
        order.stageEnteredAt = now;
        order.trackingNumber.clear();
        resolveOpenExceptions(order.id, QStringLiteral("reshipped"), sup);
        break;
    case CommandType::OrderHold:
        if (order.onHold)
            return invalidState(QStringLiteral("The order is already on hold."));
        order.onHold = true;
        m_store.addNote(EntityKind::Order, order.id, sup, QStringLiteral("hold"), str(c.payload, "reason"));
        break;
    case CommandType::OrderRelease:
        if (!order.onHold)
            return invalidState(QStringLiteral("The order is not on hold."));
        order.onHold = false;
        break;
    default:
        return rejected(c, stored.version, QStringLiteral("invalid_payload"), QStringLiteral("Not an order command."));
    }
    changed = true;
    return applied(c, m_store.upsert(EntityKind::Order, c.target, codec::encode(order), sup));
}

CommandResult CommandProcessor::applyException(const Command &c, const QString &sup, bool &changed)
{
    const auto stored = *m_store.find(EntityKind::OrderException, c.target);
    OrderException e = codec::decodeOrderException(stored.object());
    if (c.type == CommandType::ExceptionEscalate) {
        // The exception stays open: the escalation is a note for the people above the desk.
        m_store.addNote(EntityKind::OrderException, c.target, sup, QStringLiteral("escalation"), str(c.payload, "note"));
        return applied(c, stored.version);
    }
    if (e.status != ExceptionStatus::Open)
        return rejected(c, stored.version, QStringLiteral("invalid_state"),
                        QStringLiteral("The exception has already been resolved."));
    e.status = ExceptionStatus::Resolved;
    e.resolution = str(c.payload, "resolution");
    changed = true;
    return applied(c, m_store.upsert(EntityKind::OrderException, c.target, codec::encode(e), sup));
}

CommandResult CommandProcessor::applySupplier(const Command &c, const QString &sup, bool &changed)
{
    const auto stored = *m_store.find(EntityKind::Supplier, c.target);
    Supplier s = codec::decodeSupplier(stored.object());
    switch (c.type) {
    case CommandType::SupplierSetTier: {
        const auto tier = fromCode<SupplierTier>(str(c.payload, "tier"));
        if (!tier)
            return rejected(c, stored.version, QStringLiteral("invalid_payload"), QStringLiteral("Unknown tier."));
        if (*tier == s.tier)
            return applied(c, stored.version);
        s.tier = *tier;
        break;
    }
    case CommandType::SupplierSuspend:
        if (s.status == SupplierStatus::Suspended)
            return rejected(c, stored.version, QStringLiteral("invalid_state"),
                            QStringLiteral("The supplier is already suspended."));
        s.status = SupplierStatus::Suspended;
        s.statusReason = str(c.payload, "reason");
        break;
    case CommandType::SupplierReinstate:
        if (s.status == SupplierStatus::Active)
            return rejected(c, stored.version, QStringLiteral("invalid_state"),
                            QStringLiteral("The supplier is active already."));
        s.status = SupplierStatus::Active;
        s.statusReason = str(c.payload, "reason");
        break;
    default:
        return rejected(c, stored.version, QStringLiteral("invalid_payload"), QStringLiteral("Not a supplier command."));
    }
    changed = true;
    return applied(c, m_store.upsert(EntityKind::Supplier, c.target, codec::encode(s), sup));
}

} // namespace wk::platform
