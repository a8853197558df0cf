#pragma once
// This session's pace, for the status line: items decided, per hour, median seconds per item
// (from the item being shown to its decision).
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace wk {

class ReviewSessionStats
{
public:
    // An item is on screen now.
    void itemShown();
    // `count` items decided at once (a bulk decision counts every item, its time once).
    void decided(int count);
    // The last decision, on `count` items, was undone: it no longer counts, nor does its time.
    void withdrawn(int count);
    int decidedCount() const { return m_decided; }
    double perHour() const;
    double medianSeconds() const;   // 0 before the first decision
    QString summary() const;        // "12 decided · 140/h · median 7.9 s"

private:
    QElapsedTimer m_session;
    QElapsedTimer m_item;
    QList<double> m_seconds;
    int m_decided = 0;
};

} // namespace wk
