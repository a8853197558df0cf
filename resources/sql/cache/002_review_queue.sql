-- The Review desk's queue (issue 4): one index per sort key over the undecided items only, so that
-- the first page and every keyset page are a walk along an index, never a sort of the table.
-- The queue's WHERE always carries `status IN ('open', 'claimed')` word for word: that is what lets
-- SQLite use these partial indexes (ReviewQuery.cpp). The id makes the order total, for keyset
-- paging on (key, id); a walk backwards serves the descending impact order.
CREATE INDEX review_queue_impact     ON review_items (gmv_minor, id) WHERE status IN ('open', 'claimed');
CREATE INDEX review_queue_age        ON review_items (created_at, id) WHERE status IN ('open', 'claimed');
CREATE INDEX review_queue_confidence ON review_items (ai_confidence, id) WHERE status IN ('open', 'claimed');
-- Clusters (same supplier, same flag reason) and the supplier-tier facet.
CREATE INDEX review_queue_supplier   ON review_items (supplier_id, flag_mask) WHERE status IN ('open', 'claimed');
