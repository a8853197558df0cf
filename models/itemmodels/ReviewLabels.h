#pragma once
// The words the Review desk shows for its codes (kinds, reasons, statuses, decisions), money and
// SLA ages: translated, in one place, for the model and the desk alike.
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace wk {

class ReviewLabels
{
    Q_DECLARE_TR_FUNCTIONS(wk::ReviewLabels)
public:
    static QString kind(MediaKind kind);
    static QString reason(FlagReason reason);
    static QString status(ReviewStatus status);
    // "approved", "rejected", ... as a state.
    static QString decided(DecisionKind decision);
    // The server row with the outbox's intent on top (sync rule 3): "approved (pending)".
    static QString pending(DecisionKind decision);
    static QString tier(SupplierTier tier);
    // Exact money: every minor unit shown, in the reader's locale.
    static QString money(qint64 minor, const QString &currency);
    // "3 h 10 min" for a duration in ms (minutes under an hour, days over two).
    static QString duration(qint64 ms);
    // The age and where it stands against the SLA: "3 h 10 min · due in 50 min" / "· SLA breached".
    static QString age(qint64 createdAtMs, qint64 slaDueAtMs, qint64 nowMs);
};

} // namespace wk
