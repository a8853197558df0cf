#pragma once
// What the Overview desk shows, read from the cache in one go (OverviewQuery). Plain data; every
// count says exactly what it counts, so that a tile can open the desk filtered to the same rows.
#include "domain/Money.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace wk {

struct CodeCount {
    QString code;   // a stable code: MediaKind, FlagReason, ExceptionCode, a supervisor id ...
    qint64 count = 0;
    friend bool operator==(const CodeCount &, const CodeCount &) = default;
};

struct SlaCounts {
    qint64 breached = 0;   // due before now
    qint64 dueSoon = 0;    // due within OverviewQuery::kDueSoon from now
    friend bool operator==(const SlaCounts &, const SlaCounts &) = default;
};

// The AI's error rate for one kind of work, observed against the band the business expects
// (CONTEXT.md: copy rare, images single-digit %, videos ~30%, logistics 1-3%).
struct ErrorRate {
    QString kind;           // image | video | copy | logistics
    qint64 errors = 0;      // review: flagged items not approved as fine; logistics: orders with an exception
    qint64 population = 0;  // review: products x media per product; logistics: orders
    double expectedLow = 0;
    double expectedHigh = 0;
    double observed() const { return population > 0 ? double(errors) / double(population) : 0.0; }
    // Outside the band, on enough data to mean something (OverviewQuery::kMinPopulation).
    bool drifting() const;
    friend bool operator==(const ErrorRate &, const ErrorRate &) = default;
};

struct SupervisorThroughput {
    QString supervisor;     // decided_by
    qint64 decisions = 0;   // in the window
    QList<qint64> hourly;   // OverviewQuery::kThroughputHours buckets, oldest first
    double perHour() const;
    friend bool operator==(const SupervisorThroughput &, const SupervisorThroughput &) = default;
};

struct OverviewSnapshot {
    QDateTime at;                         // "now" for every time-based figure
    QList<CodeCount> queueByKind;         // open + claimed review items
    QList<CodeCount> queueByReason;       // the same, per flag reason (an item counts once per reason)
    qint64 queueTotal = 0;
    SlaCounts reviewSla;                  // open + claimed review items
    SlaCounts exceptionSla;               // open exceptions
    QList<ErrorRate> errorRates;          // image, video, copy, logistics
    QList<SupervisorThroughput> throughput;
    QList<CodeCount> exceptionsByCode;    // open exceptions
    qint64 openExceptions = 0;
    QDateTime weekStart;                  // Monday 00:00 UTC
    QList<Money> guaranteeCostThisWeek;   // full refunds of orders refunded since weekStart, per currency
    qint64 refundedThisWeek = 0;
    QList<Money> guaranteeAtRisk;         // full refunds of orders with an exception opened since weekStart
    qint64 atRiskOrders = 0;
    // For notifications: open exceptions that are urgent (OverviewQuery::isUrgent) and items whose
    // SLA runs out within kImminent, newest data first, at most kAlertIds each.
    QStringList urgentExceptionIds;
    QStringList urgentExceptionCodes;     // the code of each of urgentExceptionIds, same order
    QStringList imminentReviewIds;
    QStringList imminentExceptionIds;
    // Set by the desk, not the query: a first sync is still bringing the data in, so a rate is
    // products that arrived before their review items, not the AI drifting.
    bool catchingUp = false;
    bool empty() const { return queueTotal == 0 && openExceptions == 0 && errorRates.isEmpty(); }
};

} // namespace wk

Q_DECLARE_METATYPE(wk::OverviewSnapshot)
