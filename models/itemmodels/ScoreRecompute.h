#pragma once
// Recomputes every supplier's scorecard (models/rules/Scorecard.h) and brings supplier_scores
// (resources/sql/cache/004) up to date in one transaction.
//
// Built for 50,000 suppliers × 12 periods (600,000 metric rows) in well under a second: the rows
// are stepped through one prepared statement in the covering window index's order, read as raw
// column values (no QString or QVariant per cell, no allocation per row) and matched to their
// supplier by a merge on the supplier id, since both the suppliers and each period's metric rows
// come sorted by it. The stored scores are read in the same pass as the suppliers (a join), and
// only the rows whose listed values changed are written. tests/bench/bench_suppliers measures it.
#include "domain/Enums.h"

#include <QDate>

namespace wk {

class Database;

struct RecomputeStats {
    QDate asOf;          // start of the current (newest) period
    int suppliers = 0;   // scored
    int written = 0;     // supplier_scores rows inserted, updated or deleted
};

RecomputeStats recomputeAllScores(Database &db, PeriodKind kind = PeriodKind::Week);

} // namespace wk
