-- Fewer indexes over review_items (issue 3: a first sync of 1,000,000 items at >= 50,000 changes/s).
--
-- Every secondary index costs each new item a sorted insert, and a first sync (BulkLoad) builds each
-- one in a pass over the whole table at the end: about 1 us per item per index on this 2-core
-- machine, 19 indexes in all. These eight are read by no query: the Review desk's queue always
-- filters `status IN ('open', 'claimed')` and walks the partial review_queue_* indexes (002); its
-- market, kind and locale facets filter along them. The Overview, the Suppliers desk and
-- TakeOffline use review_items_status_sla, _status_flags, _kind_status, _decided_at,
-- _supplier_decision and review_queue_supplier (EXPLAIN QUERY PLAN of each, before and after: the
-- same plans). Search goes through review_items_fts, not through the sku or title.
DROP INDEX IF EXISTS review_items_status_created;
DROP INDEX IF EXISTS review_items_status_gmv;
DROP INDEX IF EXISTS review_items_status_conf;
DROP INDEX IF EXISTS review_items_market_status;
DROP INDEX IF EXISTS review_items_supplier;
DROP INDEX IF EXISTS review_items_product;
DROP INDEX IF EXISTS review_items_sku;
DROP INDEX IF EXISTS review_items_title;

-- A first sync interrupted in bulk mode keeps the CREATE statements of the indexes it dropped, to
-- build them when it has caught up: these eight are not to come back.
UPDATE sync_state
SET value = (SELECT json_group_array(json(i.value)) FROM json_each(sync_state.value) AS i
             WHERE json_extract(i.value, '$.name') NOT IN (
                 'review_items_status_created', 'review_items_status_gmv', 'review_items_status_conf',
                 'review_items_market_status', 'review_items_supplier', 'review_items_product',
                 'review_items_sku', 'review_items_title'))
WHERE key = 'bulk_load_indexes';
