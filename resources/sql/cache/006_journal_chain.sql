-- The decision journal becomes tamper-evident (issue 7): every row carries the SHA-256 of its
-- canonical content and of the previous row's hash (models/storage/JournalChain.h says exactly
-- what is hashed). Also who did it (actor), the AI's suggestion beside it and the command payload.
--
-- SQLite cannot compute SHA-256, so rows written before this migration are chained ("sealed") by
-- the console the first time it opens the cache (JournalChain::sealLegacyRows, from openCache), in
-- seq order, in one transaction. journal_head.legacy_sealed records that this happened once: after
-- it, an unsealed row is a break, never sealed again (else nulling a hash would launder an edit).
ALTER TABLE journal ADD COLUMN actor      TEXT NOT NULL DEFAULT '';  -- supervisor id; '' unknown
ALTER TABLE journal ADD COLUMN suggestion TEXT NOT NULL DEFAULT '';  -- what the AI proposed
ALTER TABLE journal ADD COLUMN payload    TEXT NOT NULL DEFAULT '';  -- the command's JSON payload
ALTER TABLE journal ADD COLUMN prev_hash  TEXT;                      -- hex; '' for the first row
ALTER TABLE journal ADD COLUMN hash       TEXT;                      -- hex; NULL until sealed

CREATE INDEX journal_unsealed ON journal (seq) WHERE hash IS NULL;
CREATE INDEX journal_actor    ON journal (actor, seq) WHERE actor <> '';
CREATE INDEX journal_event    ON journal (event, seq);

-- The chain's head, kept apart from the rows: deleting the newest rows leaves no gap in the chain
-- itself, but the head then points past the end. One row.
CREATE TABLE journal_head (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    seq           INTEGER NOT NULL,
    hash          TEXT NOT NULL,
    legacy_sealed INTEGER NOT NULL CHECK (legacy_sealed IN (0, 1))
) STRICT;
INSERT INTO journal_head (id, seq, hash, legacy_sealed) VALUES (1, 0, '', 0);

-- Still append-only; the one update allowed is sealing a legacy row: setting its hash once, every
-- other column unchanged.
DROP TRIGGER journal_no_update;
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL
          AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at AND NEW.event IS OLD.event
          AND NEW.command_id IS OLD.command_id AND NEW.type IS OLD.type AND NEW.target IS OLD.target
          AND NEW.detail IS OLD.detail AND NEW.actor IS OLD.actor AND NEW.suggestion IS OLD.suggestion
          AND NEW.payload IS OLD.payload)
BEGIN
    SELECT RAISE(ABORT, 'the journal is append-only');
END;
