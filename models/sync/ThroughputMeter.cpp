#include "ThroughputMeter.h"

namespace wk {

void ThroughputMeter::add(qint64 atMs, const SyncProgress &progress)
{
    if (!m_samples.isEmpty() && (progress.changes < m_samples.constLast().changes
                                 || progress.pushed < m_samples.constLast().pushed))
        m_samples.clear();   // totals went back: another engine
    m_samples.append({atMs, progress.changes, progress.pushed});
    // Keep one sample older than the window, so that the window's start has a base.
    while (m_samples.size() > 2 && m_samples.at(1).atMs < atMs - m_windowMs)
        m_samples.removeFirst();
}

double ThroughputMeter::rate(qint64 nowMs, qint64 Sample::*field) const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &last = m_samples.constLast();
    if (last.atMs < nowMs - m_windowMs)
        return 0;   // nothing reported lately: not moving
    const Sample &first = m_samples.constFirst();
    const qint64 span = std::max<qint64>(nowMs, last.atMs) - first.atMs;
    if (span <= 0)
        return 0;
    return double(last.*field - first.*field) * 1000.0 / double(span);
}

double ThroughputMeter::changesPerSecond(qint64 nowMs) const { return rate(nowMs, &Sample::changes); }
double ThroughputMeter::commandsPerSecond(qint64 nowMs) const { return rate(nowMs, &Sample::pushed); }

} // namespace wk
