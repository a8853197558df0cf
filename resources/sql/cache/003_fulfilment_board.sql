-- The Fulfilment desk's board (issue 5): counts per stage from a summary table, and indexes for
-- the board's keyset paging (stage_entered_at, id) under each filter.
--
-- order_board_counts holds the number of orders per (stage, market, currency, carrier, supplier
-- tier): the board's column counts under any mix of those filters are a sum over at most a few
-- thousand rows instead of a count over millions of orders. Triggers keep it exact:
--   * orders insert / delete, and an update of one of the grouped columns (OrderStore's grouped
--     upsert only assigns columns whose group changed, so most updates do not fire them);
--   * suppliers insert / tier change / delete move that supplier's orders between tiers (a page
--     may bring an order before its supplier: such orders count under tier '' until it arrives).
CREATE TABLE order_board_counts (
    stage         TEXT NOT NULL,
    market        TEXT NOT NULL,
    currency      TEXT NOT NULL,
    carrier       TEXT NOT NULL,
    supplier_tier TEXT NOT NULL,     -- SupplierTier code, '' while the supplier is unknown
    n             INTEGER NOT NULL,
    PRIMARY KEY (stage, market, currency, carrier, supplier_tier)
) STRICT, WITHOUT ROWID;

INSERT INTO order_board_counts (stage, market, currency, carrier, supplier_tier, n)
SELECT o.stage, o.market, o.currency, o.carrier, coalesce(s.tier, ''), count(*)
FROM orders o LEFT JOIN suppliers s ON s.id = o.supplier_id
GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER order_board_counts_insert AFTER INSERT ON orders BEGIN
    INSERT INTO order_board_counts (stage, market, currency, carrier, supplier_tier, n)
    VALUES (NEW.stage, NEW.market, NEW.currency, NEW.carrier,
            coalesce((SELECT tier FROM suppliers WHERE id = NEW.supplier_id), ''), 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER order_board_counts_delete AFTER DELETE ON orders BEGIN
    UPDATE order_board_counts SET n = n - 1
    WHERE stage = OLD.stage AND market = OLD.market AND currency = OLD.currency AND carrier = OLD.carrier
      AND supplier_tier = coalesce((SELECT tier FROM suppliers WHERE id = OLD.supplier_id), '');
END;

CREATE TRIGGER order_board_counts_update
AFTER UPDATE OF stage, market, currency, carrier, supplier_id ON orders BEGIN
    UPDATE order_board_counts SET n = n - 1
    WHERE stage = OLD.stage AND market = OLD.market AND currency = OLD.currency AND carrier = OLD.carrier
      AND supplier_tier = coalesce((SELECT tier FROM suppliers WHERE id = OLD.supplier_id), '');
    INSERT INTO order_board_counts (stage, market, currency, carrier, supplier_tier, n)
    VALUES (NEW.stage, NEW.market, NEW.currency, NEW.carrier,
            coalesce((SELECT tier FROM suppliers WHERE id = NEW.supplier_id), ''), 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- A supplier's orders move from one tier's counts to another's (orders_supplier finds them).
CREATE TRIGGER order_board_counts_supplier_insert AFTER INSERT ON suppliers BEGIN
    INSERT INTO order_board_counts (stage, market, currency, carrier, supplier_tier, n)
    SELECT stage, market, currency, carrier, tier, sum(d) FROM (
        SELECT stage, market, currency, carrier, '' AS tier, -1 AS d FROM orders WHERE supplier_id = NEW.id
        UNION ALL
        SELECT stage, market, currency, carrier, NEW.tier, 1 FROM orders WHERE supplier_id = NEW.id)
    WHERE true GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER order_board_counts_supplier_tier AFTER UPDATE OF tier ON suppliers
WHEN OLD.tier IS NOT NEW.tier BEGIN
    INSERT INTO order_board_counts (stage, market, currency, carrier, supplier_tier, n)
    SELECT stage, market, currency, carrier, tier, sum(d) FROM (
        SELECT stage, market, currency, carrier, OLD.tier AS tier, -1 AS d FROM orders WHERE supplier_id = NEW.id
        UNION ALL
        SELECT stage, market, currency, carrier, NEW.tier, 1 FROM orders WHERE supplier_id = NEW.id)
    WHERE true GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER order_board_counts_supplier_delete AFTER DELETE ON suppliers BEGIN
    INSERT INTO order_board_counts (stage, market, currency, carrier, supplier_tier, n)
    SELECT stage, market, currency, carrier, tier, sum(d) FROM (
        SELECT stage, market, currency, carrier, OLD.tier AS tier, -1 AS d FROM orders WHERE supplier_id = OLD.id
        UNION ALL
        SELECT stage, market, currency, carrier, '', 1 FROM orders WHERE supplier_id = OLD.id)
    WHERE true GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

-- Keyset paging of one board column, oldest in the stage first, under each single filter
-- (orders_stage serves the unfiltered board). SQLite uses one index per query: with two filters
-- it walks the more selective one and checks the other on the way.
-- on_hold last: the SLA filter's range counts skip held orders without reading the table.
CREATE INDEX orders_board_market   ON orders (market, stage, stage_entered_at, id, on_hold);
CREATE INDEX orders_board_currency ON orders (currency, stage, stage_entered_at, id);
CREATE INDEX orders_board_carrier  ON orders (carrier, stage, stage_entered_at, id);

-- The open exceptions of an order (board cards show their code; the exception filter starts here).
CREATE INDEX order_exceptions_open_order ON order_exceptions (order_id, code) WHERE status = 'open';
CREATE INDEX order_exceptions_open_code  ON order_exceptions (code, sla_due_at, id) WHERE status = 'open';
