-- review_items' wire JSON moves to a table of its own (issue 3: a first sync of 1,000,000 items at
-- >= 50,000 changes/s).
--
-- The JSON is ~1 KB of an item's ~1.3 KB row, and only the detail pane and conflict views read it,
-- one item at a time. Every scan of review_items read it all the same: a first sync builds each of
-- the table's eleven indexes in a pass over the whole table (BulkLoad), and a third of that time
-- was reading pages (200,000 items: 19 indexes in 4.1 s over the wide table, 2.7 s over a narrow
-- copy). Keyed by review_items.rowid, so an item's JSON is one primary-key lookup away.
CREATE TABLE review_item_data (
    item_rowid INTEGER PRIMARY KEY,   -- review_items.rowid
    data       TEXT NOT NULL          -- the wire JSON (codec::encode), as the platform sent it
) STRICT;
INSERT INTO review_item_data (item_rowid, data) SELECT rowid, data FROM review_items;
ALTER TABLE review_items DROP COLUMN data;
-- An item's JSON goes with it, whoever deletes it (ReviewStore, clearServerRows, a resync).
CREATE TRIGGER review_items_data_deleted AFTER DELETE ON review_items
BEGIN
    DELETE FROM review_item_data WHERE item_rowid = old.rowid;
END;
