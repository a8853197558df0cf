#pragma once
// Scores every supplier in the cache at once (models/rules/Scorecard.h) and stores the result in
// supplier_scores (resources/sql/cache/004): the closed periods come from the platform's
// supplier_metrics, the current one from what the console itself holds — orders placed, quality /
// damage / wrong-item exceptions opened and review items decided since the newest closed period —
// so feedback from the Fulfilment and Review desks moves the defect and media-reject rates at once.
#include "domain/Entities.h"
#include "rules/Scorecard.h"

#include <QDate>
#include <QList>
#include <array>

namespace wk {

class Database;

// The exception codes that count as a supplier's defect (the quality guarantee's cases).
QStringList defectExceptionCodes();

struct SupplierScoreRow {
    QString id;
    QString name;
    QString nameZh;
    SupplierTier tier = SupplierTier::LongTail1688;
    SupplierStatus status = SupplierStatus::Active;
    Scorecard card;
};

struct ScoringResult {
    PeriodKind kind = PeriodKind::Week;
    QDate asOf;                                // start of the current (newest) period
    std::array<TierBaseline, 3> baselines;     // by SupplierTier
    QList<SupplierScoreRow> rows;
};

// The newest period of the cache: the one after the newest closed supplier_metrics period (or the
// current week/month when there are none).
QDate currentPeriodStart(Database &db, PeriodKind kind);
// The current period's counts per supplier, from orders, exceptions and decided review items
// since `since` (the end of the newest closed period).
QHash<QString, PeriodCounts> liveFeedback(Database &db, const QDate &since, const QDate &periodStart,
                                          const QString &supplierId = {});

ScoringResult computeAllScores(Database &db, PeriodKind kind = PeriodKind::Week);
// Brings supplier_scores, the baselines and the meta rows to `result` in one transaction, writing
// only the rows that changed (scores stored as whole points, as the list shows them). Returns the
// rows written or deleted.
int writeScores(Database &db, const ScoringResult &result);
// The connection settings a full recompute wants: a page cache that holds the window's index and
// supplier_scores' indexes (64 MB), instead of SQLite's default 2 MB.
void tuneForScoring(Database &db);

} // namespace wk
