#pragma once
// Reads an OverviewSnapshot from a cache connection: plain SQL over the server rows, aggregated
// with the indexes 001 already has (status/kind/sla, exceptions by status/code). Synchronous: the
// OverviewLoader runs it on its own thread with its own read-only connection.
#include "OverviewSnapshot.h"

#include <chrono>

namespace wk {

class Database;

class OverviewQuery
{
public:
    static constexpr std::chrono::minutes kDueSoon{60};
    static constexpr std::chrono::minutes kImminent{15};
    static constexpr int kThroughputHours = 8;     // one shift
    static constexpr qint64 kMinPopulation = 200;  // fewer items say nothing about a rate
    static constexpr int kAlertIds = 200;
    // What CONTEXT.md's queue arithmetic assumes each product gets (and the reference platform makes).
    static constexpr int kImagesPerProduct = 5;
    static constexpr int kVideosPerProduct = 1;
    static constexpr int kCopiesPerProduct = 6;

    // Exception codes whose orders the delivery or quality guarantee will probably refund, so a new
    // one is worth an interruption.
    static bool isUrgent(const QString &exceptionCode);
    static QDateTime weekStartOf(const QDateTime &now);

    static OverviewSnapshot read(Database &db, const QDateTime &now);
};

} // namespace wk
