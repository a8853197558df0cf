#pragma once
// Builds the Fulfilment benchmark's cache: N orders across the stages and markets, M shipment
// events, 2% exceptions, 2,000 suppliers in three tiers. Prepared statements in big transactions
// straight into the migrated schema (the summary table's triggers run as they would in a sync).
#include <QString>
#include <QtGlobal>

namespace wk::bench {

struct FulfilmentDataSpec {
    qint64 orders = 2'000'000;
    qint64 events = 10'000'000;
    qint64 nowMs = 0;         // the data's "now": stage times are set relative to it
};

// Creates `path` (replacing it). Prints progress to stderr.
void buildFulfilmentCache(const QString &path, const FulfilmentDataSpec &spec);

} // namespace wk::bench
