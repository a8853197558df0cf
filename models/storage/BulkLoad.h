#pragma once
// The bulk mode of a first sync (a pull from an empty cursor: a new cache, or after a 410 resync).
//
// Keeping review_items' secondary indexes and its full-text index up to date row by row is
// most of what a first sync costs, and at a million items the indexes no longer fit in the page
// cache, so every row becomes a handful of random reads. Building an index once over the finished
// table is a sort instead. So while a first sync streams in, the engine drops those indexes (not the
// UNIQUE ones: they enforce the data) and does not feed the FTS index; finish() builds both back
// when the pull has caught up, or when it stops streaming (a failure), so that the desks are never
// left without them for longer than the stream lasts. Meanwhile readers get the same answers, only
// slower, and text search finds nothing new.
//
// The CREATE INDEX statements are saved in sync_state in the same transaction that drops the
// indexes, so the state is durable: after a crash the next engine start sees active() and carries
// on in bulk mode from the saved cursor; openCache() builds the indexes back before a migration
// (which may refer to them). Internal to models/storage and the sync engine.
namespace wk {

class Database;

namespace BulkLoad {

// Inside the caller's transaction.
bool active(Database &db);
// Drops the secondary indexes of the bulk tables and remembers them. A no-op if already active.
void begin(Database &db);
// One step of building them back: one remembered index, or last the search index, which ends bulk
// mode. True while there is more to do. Each step in a transaction of its own keeps the write
// lock from being held for the whole build (at a million items, half a minute).
bool finishStep(Database &db);
// How many steps finishStep() has left (the search index counts as one); 0 unless active.
int stepsLeft(Database &db);
// Every step in the caller's transaction. A no-op unless active.
void finish(Database &db);

} // namespace BulkLoad
} // namespace wk
