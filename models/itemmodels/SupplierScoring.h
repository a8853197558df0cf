#pragma once
// What scoring suppliers needs from the cache (ScoreRecompute scores them all, SupplierQueries one):
// the closed periods come from the platform's supplier_metrics, the current one from what the
// console itself holds — orders placed, quality / damage / wrong-item exceptions opened and review
// items decided since the newest closed period — so feedback from the Fulfilment and Review desks
// moves the defect and media-reject rates at once.
#include "domain/Entities.h"
#include "rules/Scorecard.h"

#include <QDate>
#include <QList>
#include <array>

namespace wk {

class Database;
class Statement;

// The exception codes that count as a supplier's defect (the quality guarantee's cases).
QStringList defectExceptionCodes();

// A supplier_metrics row's counts, selected as `orders, on_time, defects, exceptions,
// lead_time_hours_sum, media_reviewed, media_rejected` from column `first` on (start left unset):
// every order of a closed period is a timed order.
PeriodCounts metricCounts(const Statement &row, int first);

// The start of the newest closed week in supplier_metrics (invalid when there are none).
QDate newestMetricsWeek(Database &db);
// The newest period of the cache: the one after the newest closed supplier_metrics period (or the
// current week/month when there are none).
QDate currentPeriodStart(Database &db, PeriodKind kind);
// The queries behind the current period: each returns `supplier_id, counts...` grouped and ordered
// by supplier id, with ?1 the period's start in ms since the epoch (currentPeriodSinceMs) and, for
// one supplier, ?2 its id; `fill` adds a row's counts.
struct CurrentPeriodQuery {
    QString sql;
    void (*fill)(const Statement &row, PeriodCounts &counts);
};
QList<CurrentPeriodQuery> currentPeriodQueries(bool oneSupplier);
qint64 currentPeriodSinceMs(const QDate &since);
// The current period's counts per supplier, from orders, exceptions and decided review items
// since `since` (the end of the newest closed period).
QHash<QString, PeriodCounts> liveFeedback(Database &db, const QDate &since, const QDate &periodStart,
                                          const QString &supplierId = {});

// The connection settings a full recompute wants: a page cache that holds the window's index and
// supplier_scores' indexes (64 MB), instead of SQLite's default 2 MB.
void tuneForScoring(Database &db);

} // namespace wk
