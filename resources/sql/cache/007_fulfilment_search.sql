-- The Fulfilment desk's search by customer (issue 5): an index instead of a scan of every order's
-- JSON (5 s on 2,000,000 orders).
--
-- order_customer_fts is a *contentless* FTS5 index (content=''): it keeps no copy of the name or
-- the email, and a SELECT on it yields only the rowid of the matching order (its columns read as
-- NULL). What the desk shows comes from the order and is masked there (CustomerPrivacy), so the
-- index adds no way to read personal data that the cache did not already hold. Terms are folded to
-- lower case without diacritics: "muller" finds "Müller".
--
-- Keyed by orders.rowid. orders has a TEXT primary key, so its rowids are stable unless the file
-- is VACUUMed (the console never does; a VACUUM would have to refill this index as below).
-- Contentless rows are deleted by repeating the indexed values: the triggers take them from the
-- old row with the same expressions that indexed them.
CREATE VIRTUAL TABLE order_customer_fts USING fts5 (
    name, email,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO order_customer_fts (rowid, name, email)
SELECT rowid, json_extract(data, '$.customer_name'), json_extract(data, '$.customer_email') FROM orders;

CREATE TRIGGER order_customer_fts_insert AFTER INSERT ON orders BEGIN
    INSERT INTO order_customer_fts (rowid, name, email)
    VALUES (NEW.rowid, json_extract(NEW.data, '$.customer_name'), json_extract(NEW.data, '$.customer_email'));
END;

CREATE TRIGGER order_customer_fts_delete AFTER DELETE ON orders BEGIN
    INSERT INTO order_customer_fts (order_customer_fts, rowid, name, email)
    VALUES ('delete', OLD.rowid, json_extract(OLD.data, '$.customer_name'), json_extract(OLD.data, '$.customer_email'));
END;

-- Most updates of an order (a new stage, a tracking number) leave the customer as it was.
CREATE TRIGGER order_customer_fts_update AFTER UPDATE OF data ON orders
WHEN json_extract(OLD.data, '$.customer_name') IS NOT json_extract(NEW.data, '$.customer_name')
  OR json_extract(OLD.data, '$.customer_email') IS NOT json_extract(NEW.data, '$.customer_email') BEGIN
    INSERT INTO order_customer_fts (order_customer_fts, rowid, name, email)
    VALUES ('delete', OLD.rowid, json_extract(OLD.data, '$.customer_name'), json_extract(OLD.data, '$.customer_email'));
    INSERT INTO order_customer_fts (rowid, name, email)
    VALUES (NEW.rowid, json_extract(NEW.data, '$.customer_name'), json_extract(NEW.data, '$.customer_email'));
END;
