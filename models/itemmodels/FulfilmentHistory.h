#pragma once
// The supervisors' actions on an order in words, for the order detail's timeline: what was decided,
// by whom and with what (a refund's amount and reason, a hold's reason, the new tracking number),
// then what the platform answered. From the journal (each "enqueued" line carries the command's
// payload, so the history outlives the outbox row) and the outbox's pending intents.
#include "FulfilmentTypes.h"

#include <QCoreApplication>

namespace wk {

struct HistoryLine {
    qint64 atMs = 0;
    QString what;      // "Refund by sup-ana", "Hold: applied by the platform"
    QString detail;    // "12.50 USD, partial · reason: Damaged in transit"
    bool pending = false;   // in the outbox, not yet confirmed by the platform
};

class FulfilmentHistory
{
    Q_DECLARE_TR_FUNCTIONS(wk::FulfilmentHistory)
public:
    // What a command carries, in words; empty when it carries nothing worth saying (reship, release).
    static QString payloadSummary(const QString &typeCode, const QString &payloadJson);
    // Pending intents first (newest first), then the journal, newest first.
    static QList<HistoryLine> lines(const QList<JournalLine> &actions, const QList<PendingIntent> &pending);
};

} // namespace wk
