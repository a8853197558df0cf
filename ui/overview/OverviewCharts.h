#pragma once
// The Overview's charts (Qt Charts). Each chart is also clickable where it shows a breakdown: a
// bar opens what it counts, the same as the line buttons under it (which the keyboard reaches).
#include "itemmodels/OverviewSnapshot.h"

#include <QCoreApplication>
#include <QWidget>

#include <functional>

namespace wk {

class OverviewCharts
{
    Q_DECLARE_TR_FUNCTIONS(wk::OverviewCharts)
public:
    struct Bar {
        QString label;
        qint64 value = 0;
    };
    // Horizontal bars; onClicked gets the bar's index.
    static QWidget *bars(const QString &accessibleName, const QList<Bar> &bars, std::function<void(int)> onClicked);
    // Observed against the top of the expected band, per kind, in percent.
    // `judged`: drifts are marked (not while a first sync is still bringing the data in).
    static QWidget *errorRates(const QList<ErrorRate> &rates, bool judged, std::function<void(int)> onClicked);
    // Decisions per hour over the shift, one line per supervisor.
    static QWidget *throughput(const QList<SupervisorThroughput> &throughput);
};

} // namespace wk
