-- The Fulfilment desk's filter changes read indexes, not order rows (issue 5: filter change p95
-- <= 30 ms on 2,000,000 orders). An order row carries its JSON (~800 bytes), so every row read
-- only to test a filter costs a page of its own. Every board index now carries every board filter
-- column: a filter is tested inside the index, and only the cards shown are read from the table.
--
-- A column page walks the index of the most selective filter set (FulfilmentQueries asks the
-- summary table of migration 003 which one leaves the fewest orders of the stage) in board order
-- (stage, time, id), testing the other filters on the way; without a market, currency or carrier
-- it walks orders_board_stage. on_hold stays fifth in orders_board_market: the SLA filter's range
-- counts read it there.
DROP INDEX orders_stage;
DROP INDEX orders_board_market;
DROP INDEX orders_board_currency;
DROP INDEX orders_board_carrier;
CREATE INDEX orders_board_stage    ON orders (stage, stage_entered_at, id, market, currency, carrier, supplier_id, on_hold);
CREATE INDEX orders_board_market   ON orders (market, stage, stage_entered_at, id, on_hold, currency, carrier, supplier_id);
CREATE INDEX orders_board_currency ON orders (currency, stage, stage_entered_at, id, market, carrier, supplier_id, on_hold);
CREATE INDEX orders_board_carrier  ON orders (carrier, stage, stage_entered_at, id, market, currency, supplier_id, on_hold);

-- An order by id with its board columns: the driven filters (exception code, overdue exceptions,
-- search) and the exception queue's order filters join through it without reading the table.
CREATE INDEX orders_board_id ON orders (id, stage, stage_entered_at, market, currency, carrier, supplier_id, on_hold);
