#pragma once
// Changes received and commands answered per second, over the last few seconds of SyncProgress
// reports (the Sync desk's throughput line). Times are passed in, so tests choose the clock.
#include "SyncTypes.h"

#include <QList>

namespace wk {

class ThroughputMeter
{
public:
    explicit ThroughputMeter(qint64 windowMs = 5000) : m_windowMs(windowMs) {}

    void add(qint64 atMs, const SyncProgress &progress);
    // A resync or a new workspace: the totals start again.
    void clear() { m_samples.clear(); }

    // Rates over the window ending at `nowMs`: 0 until two reports span some time; 0 again when
    // nothing arrived in the window.
    double changesPerSecond(qint64 nowMs) const;
    double commandsPerSecond(qint64 nowMs) const;

private:
    struct Sample {
        qint64 atMs;
        qint64 changes;
        qint64 pushed;
    };
    double rate(qint64 nowMs, qint64 Sample::*field) const;

    qint64 m_windowMs;
    QList<Sample> m_samples;
};

} // namespace wk
