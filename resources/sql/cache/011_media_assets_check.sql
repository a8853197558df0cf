-- media_assets' CHECK on download_state, written as comparisons instead of an IN list (issue 3: a
-- first sync of 1,000,000 items at >= 50,000 changes/s).
--
-- sqlite evaluates `x IN (four constants)` in a CHECK constraint by filling an ephemeral table on
-- every INSERT and every UPDATE of the column: a b-tree and a pager opened and closed per row. A
-- first sync writes two media rows per review item; the ephemeral table was ~1.3 us of each
-- (200,000 inserts: 0.75 s against 0.48 s). The rule is the same. sqlite cannot alter a CHECK, so
-- the table is rebuilt (https://sqlite.org/lang_altertable.html, "other kinds of table schema
-- changes"); nothing refers to it by foreign key, trigger or view.
CREATE TABLE media_assets_new (
    id               TEXT PRIMARY KEY,
    mime             TEXT NOT NULL,
    size             INTEGER NOT NULL,
    sha256           TEXT NOT NULL,
    width            INTEGER NOT NULL DEFAULT 0,
    height           INTEGER NOT NULL DEFAULT 0,
    duration_ms      INTEGER NOT NULL DEFAULT 0,
    local_path       TEXT,
    download_state   TEXT NOT NULL DEFAULT 'missing'
                     CHECK (download_state = 'missing' OR download_state = 'downloading'
                            OR download_state = 'complete' OR download_state = 'failed'),
    bytes_downloaded INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    updated_at       INTEGER
) STRICT, WITHOUT ROWID;
INSERT INTO media_assets_new (id, mime, size, sha256, width, height, duration_ms, local_path, download_state,
                              bytes_downloaded, last_error, updated_at)
SELECT id, mime, size, sha256, width, height, duration_ms, local_path, download_state, bytes_downloaded,
       last_error, updated_at
FROM media_assets;
DROP TABLE media_assets;
ALTER TABLE media_assets_new RENAME TO media_assets;
CREATE INDEX media_assets_state ON media_assets (download_state);
