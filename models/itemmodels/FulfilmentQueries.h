#pragma once
// The Fulfilment desk's SQL over the cache (003_fulfilment_board.sql has the summary table and the
// indexes these rely on). Run on a ReadThread's connection; each call is one short read.
// The board's reads are in FulfilmentQueries.cpp, the queue's in ExceptionQueries.cpp, an order's
// detail in OrderDetailQueries.cpp; the SQL they share in FulfilmentSql.h.
#include "FulfilmentTypes.h"

#include <limits>

namespace wk {

class Database;

namespace fulfilment {

inline constexpr int kPageSize = 60;
// A board column's first page: a column shows about 15 one-line cards at 1080p; the view asks for
// more (kPageSize at a time) when it is scrolled or taller. Every card is an order row read, and a
// filter change reads nine first pages.
inline constexpr int kBoardFirstPageSize = 24;
// The keyset value of an exception without an SLA due time.
inline constexpr qint64 kNoSla = std::numeric_limits<qint64>::min();

// Counts per stage and the first page of every column: what the board paints first.
BoardSnapshot readBoard(Database &db, const FulfilmentFilter &filter, qint64 nowMs, int pageSize = kBoardFirstPageSize);
std::array<qint64, 9> readBoardCounts(Database &db, const FulfilmentFilter &filter, qint64 nowMs);
// The rows of one column after `after` (none: from the start), oldest in the stage first.
BoardPage readBoardPage(Database &db, const FulfilmentFilter &filter, OrderStage stage,
                        const std::optional<BoardKey> &after, qint64 nowMs, int pageSize = kPageSize);

// Open exceptions, soonest SLA first (`total` stays -1: countExceptions counts them).
ExceptionPage readExceptions(Database &db, const FulfilmentFilter &filter, const std::optional<QPair<qint64, QString>> &after,
                             qint64 nowMs, int pageSize = kPageSize);

qint64 countExceptions(Database &db, const FulfilmentFilter &filter, qint64 nowMs);

// Pending intents (outbox rows not yet acknowledged) per target, for the overlay.
QHash<QString, QStringList> readPendingTypes(Database &db, const QStringList &targets);

OrderDetail readOrderDetail(Database &db, const QString &orderId);

// The clear customer name and email of one order (after the reveal was journalled).
QPair<QString, QString> readCustomer(Database &db, const QString &orderId);

} // namespace fulfilment
} // namespace wk
