-- Suppliers desk, schema 4: the scorecards, derived from supplier_metrics and the console's own
-- feedback (orders, exceptions, decided review items) by models/itemmodels/ScoreRefresher, so that
-- the tier view can sort 50,000 suppliers by score, volume or any rate with an index and page them.
-- Derived data only: clearServerRows() need not touch it, the next refresh rewrites it.

CREATE TABLE supplier_scores (
    supplier_id       TEXT PRIMARY KEY,
    tier              TEXT NOT NULL,           -- copied from suppliers, so one index serves a tier
    status            TEXT NOT NULL,
    name              TEXT NOT NULL,
    name_zh           TEXT NOT NULL,
    score             REAL,                    -- 0..100 in whole points, as listed; NULL = no data (never 100)
    standing          TEXT NOT NULL,           -- Standing code (rules/ScorecardSpec.h)
    volume            INTEGER NOT NULL,        -- orders in the window
    defect_rate       REAL,                    -- NULL without a sample
    on_time_rate      REAL,
    lead_time_hours   REAL,
    exception_rate    REAL,
    media_reject_rate REAL
) STRICT;
-- One index per sort key of the tier view, (tier, key, supplier_id): a page is an index range.
CREATE INDEX supplier_scores_score     ON supplier_scores (tier, score, supplier_id);
CREATE INDEX supplier_scores_volume    ON supplier_scores (tier, volume, supplier_id);
CREATE INDEX supplier_scores_defects   ON supplier_scores (tier, defect_rate, supplier_id);
CREATE INDEX supplier_scores_on_time   ON supplier_scores (tier, on_time_rate, supplier_id);
CREATE INDEX supplier_scores_lead_time ON supplier_scores (tier, lead_time_hours, supplier_id);
CREATE INDEX supplier_scores_exception ON supplier_scores (tier, exception_rate, supplier_id);
CREATE INDEX supplier_scores_name      ON supplier_scores (tier, name COLLATE NOCASE, supplier_id);

-- Each tier's pooled, decayed sums per criterion (TierBaseline): what a small sample shrinks
-- toward. The scorecard panel recomputes one supplier's card against these.
CREATE TABLE supplier_tier_baselines (
    tier        TEXT NOT NULL,
    criterion   TEXT NOT NULL,                 -- Criterion code
    events      REAL NOT NULL,
    trials      REAL NOT NULL,
    PRIMARY KEY (tier, criterion)
) STRICT, WITHOUT ROWID;

-- When the scores were computed and the newest period they include.
CREATE TABLE supplier_scores_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Recomputing every scorecard reads the last 12 weeks of every supplier: a covering index in period
-- order reads them as one range of the index, without a table lookup per row (600,000 at 50,000
-- suppliers). Per-supplier reads say INDEXED BY supplier_metrics_period, which SQLite would
-- otherwise trade for this one. tests/bench/bench_suppliers measures it.
CREATE INDEX supplier_metrics_window ON supplier_metrics (period_kind, period_start, supplier_id, orders, on_time,
    defects, exceptions, lead_time_hours_sum, media_reviewed, media_rejected);

-- The same for the suppliers themselves: their rows carry the wire JSON, this reads only what a
-- score row copies.
CREATE INDEX suppliers_scoring ON suppliers (id, tier, status, name, name_zh);

-- The feedback the console attributes to a supplier comes from its orders: exceptions by order.
CREATE INDEX IF NOT EXISTS order_exceptions_opened_code ON order_exceptions (opened_at, code);
CREATE INDEX IF NOT EXISTS review_items_supplier_decision ON review_items (supplier_id, decision)
    WHERE decision IS NOT NULL;
