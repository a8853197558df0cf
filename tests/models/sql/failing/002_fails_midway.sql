-- Does real work first, then fails: everything above must be rolled back with it.
CREATE TABLE b (id INTEGER PRIMARY KEY) STRICT;
INSERT INTO b (id) VALUES (1), (2);
UPDATE a SET v = 'changed';
ALTER TABLE a ADD COLUMN w TEXT;
INSERT INTO no_such_table VALUES (1);
CREATE TABLE c (id INTEGER PRIMARY KEY) STRICT;
