-- The reference platform's store (watchkeeper-platform). Applied by wk::Migrator (platformSchema()).

-- Settings of this store: generation (a random id; cursors of another generation are expired),
-- seed and scale it was generated with, the retained-log horizon.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

-- The current state of every entity, as its wire JSON. Deleted entities stay as tombstones
-- (deleted = 1, data NULL) until compaction drops them together with the log before the horizon.
CREATE TABLE entities (
  kind      INTEGER NOT NULL,      -- wk::EntityKind
  id        TEXT    NOT NULL,
  version   INTEGER NOT NULL,
  deleted   INTEGER NOT NULL DEFAULT 0,
  data      BLOB,                  -- compact wire JSON (codec::encode), NULL when deleted
  last_seq  INTEGER NOT NULL,      -- change_log.seq of the entity's latest change
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;
-- Pull = entities whose latest change is after the cursor, in log order: one entity once per page.
CREATE UNIQUE INDEX entities_by_seq ON entities(last_seq);

-- One row per entity change. `actor` is the supervisor whose command made it ('' for the platform
-- itself); `lease_only` marks claims and releases, which a decider's own version check ignores.
CREATE TABLE change_log (
  seq        INTEGER PRIMARY KEY,
  kind       INTEGER NOT NULL,
  id         TEXT    NOT NULL,
  version    INTEGER NOT NULL,
  op         INTEGER NOT NULL,     -- wk::ChangeOp
  actor      TEXT    NOT NULL DEFAULT '',
  lease_only INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_by_entity ON change_log(kind, id, version);

CREATE TABLE clients (
  client_id        TEXT PRIMARY KEY,
  supervisor_id    TEXT NOT NULL,
  name             TEXT NOT NULL DEFAULT '',
  created_at_ms    INTEGER NOT NULL,
  last_command_seq INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Idempotency: a command id and the result it got, replayed on a retry.
CREATE TABLE commands (
  command_id    TEXT PRIMARY KEY,
  client_id     TEXT NOT NULL,
  supervisor_id TEXT NOT NULL,
  type          TEXT NOT NULL,
  target        TEXT NOT NULL,
  content_hash  TEXT NOT NULL,     -- sha256 over type, target, base_version and the payload
  outcome       TEXT NOT NULL,
  result        BLOB NOT NULL,     -- the CommandResult's wire JSON
  at_ms         INTEGER NOT NULL
) WITHOUT ROWID;

-- Review claims: one lease per item.
CREATE TABLE leases (
  item_id       TEXT PRIMARY KEY,
  supervisor_id TEXT NOT NULL,
  expires_at_ms INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE notes (
  id            INTEGER PRIMARY KEY,
  kind          INTEGER NOT NULL,
  entity_id     TEXT    NOT NULL,
  supervisor_id TEXT    NOT NULL,
  label         TEXT    NOT NULL DEFAULT 'note',
  text          TEXT    NOT NULL,
  at_ms         INTEGER NOT NULL
);
CREATE INDEX notes_by_entity ON notes(kind, entity_id);

CREATE TABLE refunds (
  id            INTEGER PRIMARY KEY,
  order_id      TEXT    NOT NULL,
  amount_minor  INTEGER NOT NULL,
  currency      TEXT    NOT NULL,
  reason        TEXT    NOT NULL,
  full_refund   INTEGER NOT NULL,
  supervisor_id TEXT    NOT NULL,
  at_ms         INTEGER NOT NULL
);
CREATE INDEX refunds_by_order ON refunds(order_id);
