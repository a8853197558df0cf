-- The board's "SLA breached" filter without a probe into orders per overdue exception (issue 5:
-- filter change p95 <= 30 ms on 2,000,000 orders).
--
-- An order is breached when it is over its stage's dwell limit (an index range of
-- orders_board_market per market and stage: stage_entered_at < now - limit) or when one of its open
-- exceptions is past its response time (sla_due_at < now). The second set needs the order's board
-- columns (stage, market, time in the stage, hold) to place it on the board; reading them cost a
-- random probe into orders_board_id per overdue exception (~5,000 on the bench cache, 30-50 ms on
-- the first SLA change after every sync).
--
-- Each exception now carries its order's board columns, kept by triggers, and
-- order_exceptions_open_due holds them in due-time order: the overdue exceptions and their orders'
-- places on the board are one range scan of one index. The exception queue's count under an order
-- filter (market, currency, carrier, supplier) is one scan of the same index instead of a probe
-- into orders per open exception (16,000 probes, ~25 ms). order_stage is '' while the order is not
-- in the cache (a page may bring an exception before its order; the board cannot show it then).
ALTER TABLE order_exceptions ADD COLUMN order_stage TEXT NOT NULL DEFAULT '';
ALTER TABLE order_exceptions ADD COLUMN order_market TEXT NOT NULL DEFAULT '';
ALTER TABLE order_exceptions ADD COLUMN order_stage_entered_at INTEGER;
ALTER TABLE order_exceptions ADD COLUMN order_on_hold INTEGER NOT NULL DEFAULT 0;
ALTER TABLE order_exceptions ADD COLUMN order_currency TEXT NOT NULL DEFAULT '';
ALTER TABLE order_exceptions ADD COLUMN order_carrier TEXT NOT NULL DEFAULT '';
ALTER TABLE order_exceptions ADD COLUMN order_supplier_id TEXT NOT NULL DEFAULT '';

UPDATE order_exceptions AS x
SET order_stage = o.stage, order_market = o.market, order_stage_entered_at = o.stage_entered_at,
    order_on_hold = o.on_hold, order_currency = o.currency, order_carrier = o.carrier,
    order_supplier_id = o.supplier_id
FROM orders o WHERE o.id = x.order_id;

CREATE INDEX order_exceptions_open_due ON order_exceptions
    (sla_due_at, order_id, order_stage, order_market, order_stage_entered_at, order_on_hold, order_currency,
     order_carrier, order_supplier_id) WHERE status = 'open';

-- An exception takes its order's columns whenever its order_id is assigned: on every upsert
-- (OrderStore assigns it) and, through a no-op assignment, when it is inserted. (A trigger has one
-- event; this way the copy is written once.) The aggregate yields one row even when the order is
-- not in the cache yet: then the columns go back to their defaults.
CREATE TRIGGER order_exceptions_order_columns AFTER UPDATE OF order_id ON order_exceptions BEGIN
    UPDATE order_exceptions
    SET (order_stage, order_market, order_stage_entered_at, order_on_hold, order_currency, order_carrier,
         order_supplier_id) =
        (SELECT coalesce(max(stage), ''), coalesce(max(market), ''), max(stage_entered_at),
                coalesce(max(on_hold), 0), coalesce(max(currency), ''), coalesce(max(carrier), ''),
                coalesce(max(supplier_id), '')
         FROM orders WHERE id = NEW.order_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER order_exceptions_order_columns_insert AFTER INSERT ON order_exceptions BEGIN
    UPDATE order_exceptions SET order_id = order_id WHERE id = NEW.id;
END;

-- An order's exceptions follow it (order_exceptions_order finds them) through the same copy: it
-- arrives, changes one of the copied columns (OrderStore's grouped upsert only assigns the columns
-- whose group changed, so most order updates do not fire this), or goes away (defaults again).
CREATE TRIGGER order_exceptions_order_columns_order_insert AFTER INSERT ON orders BEGIN
    UPDATE order_exceptions SET order_id = order_id WHERE order_id = NEW.id;
END;

CREATE TRIGGER order_exceptions_order_columns_order_update
AFTER UPDATE OF stage, market, stage_entered_at, on_hold, currency, carrier, supplier_id ON orders BEGIN
    UPDATE order_exceptions SET order_id = order_id WHERE order_id = NEW.id;
END;

CREATE TRIGGER order_exceptions_order_columns_order_delete AFTER DELETE ON orders BEGIN
    UPDATE order_exceptions SET order_id = order_id WHERE order_id = OLD.id;
END;
