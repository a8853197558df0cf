-- The console's local cache, schema 1.
--
-- Two worlds live here and never mix (DESIGN.md, sync rule 3):
--   * server rows (review_items, products, suppliers, supplier_metrics, orders, shipment_events,
--     order_exceptions): a copy of what the platform said, replaced by every pull, each with the
--     entity's wire JSON in `data` and its server `version`;
--   * local intents (outbox) and local history (journal): written only by this console; a pull never
--     touches them and a resync (410) keeps them.
--
-- Conventions: timestamps are INTEGER milliseconds since the Unix epoch, UTC (NULL when unknown);
-- money is INTEGER minor units next to its ISO 4217 code; enums are their stable wire codes
-- (models/domain/Enums.cpp). No foreign keys between server rows: a page may bring a shipment event
-- before its order, and the platform is the authority on references anyway.

-- Flag reasons as bits, so that a review item keeps them in one column (flag_mask) and facets are
-- plain SQL, one pass over the filtered items (CROSS JOIN keeps review_items the outer loop):
--   SELECT f.code, count(*) FROM review_items r CROSS JOIN flag_reasons f ON r.flag_mask & f.bit
--   WHERE r.status IN ('open', 'claimed') GROUP BY f.code
-- or, about twice as fast, one sum((flag_mask & bit) != 0) column per reason.
-- bit = 1 << (the FlagReason's position in Enums.cpp); test_stores checks the two agree.
CREATE TABLE flag_reasons (
    code TEXT PRIMARY KEY,
    bit  INTEGER NOT NULL UNIQUE
) STRICT, WITHOUT ROWID;
INSERT INTO flag_reasons (code, bit) VALUES
    ('artefact_visible', 1), ('product_mismatch', 2), ('garbled_text', 4), ('continuity_glitch', 8),
    ('flash_frame', 16), ('wrong_colour', 32), ('unbacked_claim', 64), ('forbidden_claim', 128),
    ('certification_claim', 256), ('number_mismatch', 512), ('missing_field', 1024),
    ('trademark_risk', 2048), ('low_confidence', 4096);

CREATE TABLE review_items (
    rowid            INTEGER PRIMARY KEY,          -- stable key for the FTS index
    id               TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL,                -- image | video | copy
    status           TEXT NOT NULL,                -- open | claimed | decided | escalated
    sku              TEXT NOT NULL,
    title            TEXT NOT NULL,
    supplier_id      TEXT NOT NULL,
    product_id       TEXT NOT NULL,
    market           TEXT NOT NULL,
    locale           TEXT NOT NULL,
    ai_confidence    REAL NOT NULL,
    gmv_minor        INTEGER NOT NULL,
    currency         TEXT NOT NULL,
    claimed_by       TEXT,
    claim_expires_at INTEGER,
    created_at       INTEGER,
    sla_due_at       INTEGER,
    flag_mask        INTEGER NOT NULL DEFAULT 0,   -- OR of flag_reasons.bit
    flag_codes       TEXT NOT NULL DEFAULT '',     -- the same as space-separated codes, for FTS
    copy_text        TEXT NOT NULL DEFAULT '',
    media_id         TEXT,                         -- media_assets.id of the generated media
    source_media_id  TEXT,                         -- media_assets.id of the supplier's photo
    decision         TEXT,                         -- DecisionKind code once decided
    decided_by       TEXT,
    decided_at       INTEGER,
    version          INTEGER NOT NULL,
    data             TEXT NOT NULL                 -- the wire JSON (codec::encode), for the detail pane
) STRICT;
-- The desk's queue: filter by status (and kind/market), sort by any visible column; keyset paging
-- uses (sort key, id), hence id as the last column of every sort index.
CREATE INDEX review_items_status_sla      ON review_items (status, sla_due_at, id);
CREATE INDEX review_items_status_created  ON review_items (status, created_at, id);
CREATE INDEX review_items_status_gmv      ON review_items (status, gmv_minor, id);
CREATE INDEX review_items_status_conf     ON review_items (status, ai_confidence, id);
CREATE INDEX review_items_status_flags    ON review_items (status, flag_mask); -- facets, index only
CREATE INDEX review_items_kind_status     ON review_items (kind, status, sla_due_at);
CREATE INDEX review_items_market_status   ON review_items (market, status, sla_due_at);
CREATE INDEX review_items_locale          ON review_items (locale) WHERE locale <> '';
CREATE INDEX review_items_supplier        ON review_items (supplier_id, created_at);
CREATE INDEX review_items_product         ON review_items (product_id);
CREATE INDEX review_items_sku             ON review_items (sku);
CREATE INDEX review_items_title           ON review_items (title COLLATE NOCASE, id);
CREATE INDEX review_items_claimed_by      ON review_items (claimed_by, claim_expires_at)
    WHERE claimed_by IS NOT NULL;
CREATE INDEX review_items_decided_at      ON review_items (decided_at) WHERE decided_at IS NOT NULL;

-- Full-text search over what a supervisor types into the search box. External content: the text
-- lives once, in review_items. ReviewStore keeps the index in step on every write, on purpose not
-- through triggers: FTS5 flushes its pending terms to disk at every statement savepoint, and a
-- trigger makes each upsert a multi-statement write that opens one, which made applying a large
-- page more than twice as slow (tests/bench/bench_storage: 20,000 items, 5.3 s against 2.5 s CPU).
-- Whoever writes review_items directly must update review_items_fts too ('delete' with the old
-- values, then insert the new ones).
CREATE VIRTUAL TABLE review_items_fts USING fts5 (
    title, copy_text, flag_codes,
    content = 'review_items', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Media files referenced by review items. The metadata comes with the item; the local copy is the
-- console's own business (download_state, local_path), kept across pulls unless the bytes change.
CREATE TABLE media_assets (
    id               TEXT PRIMARY KEY,
    mime             TEXT NOT NULL,
    size             INTEGER NOT NULL,
    sha256           TEXT NOT NULL,
    width            INTEGER NOT NULL DEFAULT 0,
    height           INTEGER NOT NULL DEFAULT 0,
    duration_ms      INTEGER NOT NULL DEFAULT 0,
    local_path       TEXT,
    download_state   TEXT NOT NULL DEFAULT 'missing'
                     CHECK (download_state IN ('missing', 'downloading', 'complete', 'failed')),
    bytes_downloaded INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    updated_at       INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX media_assets_state ON media_assets (download_state);

CREATE TABLE products (
    id          TEXT PRIMARY KEY,
    sku         TEXT NOT NULL,
    title       TEXT NOT NULL,
    supplier_id TEXT NOT NULL,
    category    TEXT NOT NULL,
    price_minor INTEGER NOT NULL,
    currency    TEXT NOT NULL,
    version     INTEGER NOT NULL,
    data        TEXT NOT NULL
) STRICT;
CREATE INDEX products_sku      ON products (sku);
CREATE INDEX products_supplier ON products (supplier_id, sku);
CREATE INDEX products_category ON products (category);

CREATE TABLE suppliers (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    name_zh       TEXT NOT NULL,
    tier          TEXT NOT NULL,               -- pallet_trader | direct_factory | longtail_1688
    region        TEXT NOT NULL,
    city          TEXT NOT NULL,
    status        TEXT NOT NULL,               -- active | suspended
    status_reason TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL,
    data          TEXT NOT NULL
) STRICT;
CREATE INDEX suppliers_tier   ON suppliers (tier, status, name COLLATE NOCASE);
CREATE INDEX suppliers_status ON suppliers (status, name COLLATE NOCASE);
CREATE INDEX suppliers_name   ON suppliers (name COLLATE NOCASE);
CREATE INDEX suppliers_region ON suppliers (region, city);

-- One supplier's raw counts in one period; scorecards are computed from these (models/rules).
CREATE TABLE supplier_metrics (
    id                  TEXT PRIMARY KEY,      -- "<supplierId>:<periodStart>:<kind>"
    supplier_id         TEXT NOT NULL,
    period_kind         TEXT NOT NULL,         -- week | month
    period_start        TEXT NOT NULL,         -- ISO date, sorts as text
    orders              INTEGER NOT NULL,
    on_time             INTEGER NOT NULL,
    defects             INTEGER NOT NULL,
    exceptions          INTEGER NOT NULL,
    lead_time_hours_sum INTEGER NOT NULL,
    media_reviewed      INTEGER NOT NULL,
    media_rejected      INTEGER NOT NULL,
    version             INTEGER NOT NULL,
    data                TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX supplier_metrics_period ON supplier_metrics (supplier_id, period_kind, period_start);
CREATE INDEX supplier_metrics_by_period ON supplier_metrics (period_kind, period_start);

CREATE TABLE orders (
    id                      TEXT PRIMARY KEY,
    market                  TEXT NOT NULL,
    ship_country            TEXT NOT NULL,
    stage                   TEXT NOT NULL,     -- OrderStage code
    supplier_id             TEXT NOT NULL,
    product_id              TEXT NOT NULL,
    quantity                INTEGER NOT NULL,
    currency                TEXT NOT NULL,     -- of goods, shipping and fee (one currency per order)
    goods_minor             INTEGER NOT NULL,
    shipping_minor          INTEGER NOT NULL,
    fee_minor               INTEGER NOT NULL,
    total_minor             INTEGER NOT NULL,  -- goods + shipping + fee, for sorting
    supplier_cost_cny_minor INTEGER NOT NULL,
    carrier                 TEXT NOT NULL DEFAULT '',
    tracking_number         TEXT NOT NULL DEFAULT '',
    on_hold                 INTEGER NOT NULL DEFAULT 0 CHECK (on_hold IN (0, 1)),
    placed_at               INTEGER,
    stage_entered_at        INTEGER,
    version                 INTEGER NOT NULL,
    data                    TEXT NOT NULL      -- holds the customer's personal data; never indexed
) STRICT;
CREATE INDEX orders_stage        ON orders (stage, stage_entered_at, id);
CREATE INDEX orders_market_stage ON orders (market, stage, stage_entered_at);
CREATE INDEX orders_placed       ON orders (placed_at, id);
CREATE INDEX orders_supplier     ON orders (supplier_id, placed_at);
CREATE INDEX orders_product      ON orders (product_id);
CREATE INDEX orders_carrier      ON orders (carrier, stage);
CREATE INDEX orders_tracking     ON orders (tracking_number) WHERE tracking_number <> '';
CREATE INDEX orders_total        ON orders (currency, total_minor, id);
CREATE INDEX orders_on_hold      ON orders (stage_entered_at) WHERE on_hold = 1;

CREATE TABLE shipment_events (
    id             TEXT PRIMARY KEY,
    order_id       TEXT NOT NULL,
    at             INTEGER,
    carrier_status TEXT NOT NULL,
    location       TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL,
    data           TEXT NOT NULL
) STRICT;
CREATE INDEX shipment_events_order  ON shipment_events (order_id, at, id);
CREATE INDEX shipment_events_status ON shipment_events (carrier_status, at);

CREATE TABLE order_exceptions (
    id                 TEXT PRIMARY KEY,
    order_id           TEXT NOT NULL,
    code               TEXT NOT NULL,          -- ExceptionCode code, e.g. TRACKING_INVALID
    status             TEXT NOT NULL,          -- open | resolved
    carrier_sub_status TEXT NOT NULL DEFAULT '',
    ai_proposal        TEXT NOT NULL DEFAULT '',
    opened_at          INTEGER,
    sla_due_at         INTEGER,
    resolution         TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL,
    data               TEXT NOT NULL
) STRICT;
CREATE INDEX order_exceptions_status_sla ON order_exceptions (status, sla_due_at, id);
CREATE INDEX order_exceptions_code       ON order_exceptions (code, status, sla_due_at);
CREATE INDEX order_exceptions_order      ON order_exceptions (order_id, opened_at);
CREATE INDEX order_exceptions_opened     ON order_exceptions (status, opened_at, id);

-- The outbox: the supervisor's commands on their way to the platform (sync rules 2, 3, 5).
-- seq is the client's command sequence (Command.seq): AUTOINCREMENT so that a number is never
-- reused, even after the row is gone, because the platform reports the highest seq it has stored.
-- A row is a pending intent until the platform acknowledges it (state applied); conflicts and
-- rejections stay until a person resolves them (sync rule 4).
CREATE TABLE outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    command_id     TEXT NOT NULL UNIQUE,       -- uuid, the idempotency key
    type           TEXT NOT NULL,              -- CommandType code, e.g. review.decide
    target         TEXT NOT NULL,              -- the entity id
    base_version   INTEGER NOT NULL,
    payload        TEXT NOT NULL,              -- JSON object
    created_at     INTEGER NOT NULL,
    not_before     INTEGER NOT NULL,           -- end of the undo grace period
    state          TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending', 'in_flight', 'applied', 'conflict', 'rejected')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,                       -- the last transport error, for the status bar
    result_version INTEGER,                    -- applied: the entity's version after the command
    problem        TEXT,                       -- conflict / rejected: the problem JSON
    current        TEXT,                       -- conflict: the server's Change JSON ("theirs")
    updated_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX outbox_state  ON outbox (state, not_before, seq);
CREATE INDEX outbox_target ON outbox (target, seq);

-- Small facts about the sync: cursor, client_id, last successful pull, ...
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Append-only history of what happened to the supervisor's commands (enqueued, undone, sent,
-- applied, conflict, rejected, resolved) and to the cache (resync). Never updated, never deleted.
CREATE TABLE journal (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    event      TEXT NOT NULL,
    command_id TEXT,
    type       TEXT,
    target     TEXT,
    detail     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX journal_command ON journal (command_id) WHERE command_id IS NOT NULL;
CREATE INDEX journal_target  ON journal (target, seq) WHERE target IS NOT NULL;
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
