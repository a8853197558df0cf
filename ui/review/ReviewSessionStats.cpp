#include "review/ReviewSessionStats.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace wk {

void ReviewSessionStats::itemShown()
{
    if (!m_session.isValid())
        m_session.start();
    m_item.start();
}

void ReviewSessionStats::decided(int count)
{
    if (!m_session.isValid())
        m_session.start();
    if (m_item.isValid())
        m_seconds << double(m_item.elapsed()) / 1000.0;
    m_item.invalidate();
    m_decided += count;
}

void ReviewSessionStats::withdrawn(int count)
{
    if (count <= 0)
        return;
    m_decided = std::max(0, m_decided - count);
    if (!m_seconds.isEmpty())
        m_seconds.removeLast();
}

double ReviewSessionStats::perHour() const
{
    if (!m_session.isValid() || m_decided == 0)
        return 0;
    // At least a minute, so that the first quick decisions do not claim thousands an hour.
    const double hours = qMax<double>(double(m_session.elapsed()), 60000.0) / 3600000.0;
    return m_decided / hours;
}

double ReviewSessionStats::medianSeconds() const
{
    if (m_seconds.isEmpty())
        return 0;
    QList<double> s = m_seconds;
    std::sort(s.begin(), s.end());
    const qsizetype n = s.size();
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

QString ReviewSessionStats::summary() const
{
    const QLocale locale;
    return QCoreApplication::translate("wk::ReviewSessionStats", "%1 decided · %2/h · median %3 s")
        .arg(locale.toString(m_decided), locale.toString(perHour(), 'f', 0), locale.toString(medianSeconds(), 'f', 1));
}

} // namespace wk
