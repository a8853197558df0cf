#include "FulfilmentHistory.h"

#include "FulfilmentText.h"
#include "domain/Enums.h"
#include "domain/Money.h"
#include "storage/JournalStore.h"
#include "sync/Codecs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace wk {

namespace {
QJsonObject object(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

QString text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString().trimmed(); }

// A problem (RFC 9457) as one sentence: its detail, else its title.
QString problemText(const QString &json)
{
    const QJsonObject o = object(json);
    const QString detail = text(o, "detail");
    return detail.isEmpty() ? text(o, "title") : detail;
}

QString withActor(const QString &what, const QString &actor)
{
    return actor.isEmpty() ? what : FulfilmentHistory::tr("%1 by %2", "an action by a supervisor").arg(what, actor);
}
} // namespace

QString FulfilmentHistory::payloadSummary(const QString &typeCode, const QString &payloadJson)
{
    const QJsonObject p = object(payloadJson);
    const auto type = fromCode<CommandType>(typeCode);
    if (!type)
        return {};
    switch (*type) {
    case CommandType::OrderRefund: {
        QString sum;
        try {
            const Money money = codec::decodeMoney(p.value(QLatin1String("amount")), QStringLiteral("$.payload.amount"));
            sum = money.toPlainString() + QLatin1Char(' ') + money.currency();
        } catch (const DecodeError &) {
            sum = tr("an unreadable amount");
        }
        const QString how = p.value(QLatin1String("full")).toBool() ? tr("full refund") : tr("partial refund");
        const QString reason = text(p, "reason");
        return reason.isEmpty() ? tr("%1, %2").arg(sum, how) : tr("%1, %2 \u00b7 reason: %3").arg(sum, how, reason);
    }
    case CommandType::OrderFixTracking: {
        const QString carrier = text(p, "carrier");
        const QString number = text(p, "tracking_number");
        return carrier.isEmpty() ? tr("new tracking number %1").arg(number)
                                 : tr("new tracking number %1 (%2)").arg(number, carrier);
    }
    case CommandType::OrderHold:
        return text(p, "reason").isEmpty() ? QString() : tr("reason: %1").arg(text(p, "reason"));
    case CommandType::OrderNote:
    case CommandType::ExceptionNote:
        return text(p, "text");
    case CommandType::ExceptionResolve:
        return text(p, "resolution").isEmpty() ? QString() : tr("resolution: %1").arg(text(p, "resolution"));
    case CommandType::ExceptionEscalate:
        return text(p, "note");
    default:
        return {};
    }
}

QList<HistoryLine> FulfilmentHistory::lines(const QList<JournalLine> &actions, const QList<PendingIntent> &pending)
{
    QList<HistoryLine> out;
    for (const PendingIntent &p : pending)
        out.append({p.createdAtMs, tr("%1 pending, not yet confirmed by the platform").arg(FulfilmentText::commandName(p.type)),
                    payloadSummary(p.type, p.payload), true});
    std::sort(out.begin(), out.end(), [](const HistoryLine &a, const HistoryLine &b) { return a.atMs > b.atMs; });
    QList<HistoryLine> journal;
    for (const JournalLine &j : actions) {
        const QString name = FulfilmentText::commandName(j.type);
        HistoryLine line{j.atMs, {}, {}, false};
        if (j.event == QLatin1String(JournalStore::kRevealEvent) || j.event == QLatin1String("customer_revealed")) {
            // The line says who and why, never what was shown (the journal does not hold it either).
            const QJsonObject d = object(j.detail);
            line.what = withActor(tr("Customer data revealed"), j.actor.isEmpty() ? text(d, "supervisor_id") : j.actor);
            line.detail = text(d, "reason");
        } else if (j.event == QLatin1String("enqueued")) {
            line.what = withActor(name, j.actor);
            line.detail = payloadSummary(j.type, j.payload);
        } else if (j.event == QLatin1String("rejected") || j.event == QLatin1String("conflict")) {
            line.what = tr("%1: %2").arg(name, FulfilmentText::journalEvent(j.event));
            line.detail = problemText(j.detail);
        } else if (j.event == QLatin1String("dismissed")) {
            line.what = tr("%1: %2").arg(name, FulfilmentText::journalEvent(j.event));
            line.detail = j.detail;
        } else {
            line.what = tr("%1: %2").arg(name, FulfilmentText::journalEvent(j.event));
        }
        journal << line;
    }
    // Newest first; of two lines in the same millisecond the later one (the journal's order).
    std::reverse(journal.begin(), journal.end());
    std::stable_sort(journal.begin(), journal.end(), [](const HistoryLine &a, const HistoryLine &b) { return a.atMs > b.atMs; });
    return out + journal;
}

} // namespace wk
