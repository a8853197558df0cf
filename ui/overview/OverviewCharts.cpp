#include "overview/OverviewCharts.h"

#include "itemmodels/OverviewQuery.h"
#include "overview/OverviewTexts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QBarSeries>
#include <QLineSeries>
#include <QPalette>
#include <QValueAxis>

namespace wk {

namespace {
constexpr int kChartHeight = 170;

QChartView *viewOf(QChart *chart, const QString &accessibleName)
{
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    const QPalette palette = QApplication::palette();
    chart->setTitleBrush(palette.text());
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    if (chart->legend()->alignment() != Qt::AlignRight)
        chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    for (QAbstractAxis *axis : chart->axes()) {
        // Category names are the point of the chart: never "...".
        axis->setTruncateLabels(false);
        axis->setLabelsFont(small);
        axis->setLabelsBrush(palette.text());
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(kChartHeight);
    view->setAccessibleName(accessibleName);
    view->setFocusPolicy(Qt::NoFocus);   // the buttons under each chart are the keyboard's way in
    view->setStyleSheet(QStringLiteral("background: transparent"));
    return view;
}
} // namespace

QWidget *OverviewCharts::bars(const QString &accessibleName, const QList<Bar> &bars, std::function<void(int)> onClicked)
{
    auto *set = new QBarSet(accessibleName);
    set->setColor(QColor(0x4f, 0x6d, 0x8a));
    QStringList labels;
    qint64 top = 1;
    // Qt Charts draws the first category at the bottom: reverse, so the biggest is on top.
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        *set << double(bars.at(i).value);
        labels << bars.at(i).label;
        top = std::max(top, bars.at(i).value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    const qsizetype count = bars.size();
    QObject::connect(set, &QBarSet::clicked, set, [onClicked, count](int index) {
        if (onClicked)
            onClicked(int(count - 1 - index));
    });
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, double(top) * 1.1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(3);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    return viewOf(chart, accessibleName);
}

QWidget *OverviewCharts::errorRates(const QList<ErrorRate> &rates, bool judged, std::function<void(int)> onClicked)
{
    auto *observed = new QBarSet(tr("Observed"));
    observed->setColor(QColor(0x4f, 0x6d, 0x8a));
    auto *expected = new QBarSet(tr("Expected at most"));
    expected->setColor(QColor(0xb8, 0xc4, 0xd0));
    QStringList labels;
    double top = 1;
    for (const ErrorRate &r : rates) {
        *observed << r.observed() * 100.0;
        *expected << r.expectedHigh * 100.0;
        labels << (judged && r.drifting() ? QStringLiteral("⚠ ") : QString()) + OverviewTexts::kind(r.kind);
        top = std::max({top, r.observed() * 100.0, r.expectedHigh * 100.0});
    }
    auto *series = new QBarSeries;
    series->append(observed);
    series->append(expected);
    // No value labels: the lines under the chart say the figures in words.
    for (QBarSet *set : {observed, expected})
        QObject::connect(set, &QBarSet::clicked, set, [onClicked](int index) {
            if (onClicked)
                onClicked(index);
        });
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.15);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    y->setTickCount(3);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return viewOf(chart, tr("AI error rate per kind, observed and expected, in percent"));
}

QWidget *OverviewCharts::throughput(const QList<SupervisorThroughput> &throughput)
{
    auto *chart = new QChart;
    auto *x = new QValueAxis;
    x->setRange(-OverviewQuery::kThroughputHours, 0);
    x->setTickCount(OverviewQuery::kThroughputHours / 2 + 1);
    x->setLabelFormat(QStringLiteral("%d h"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(3);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 top = 1;
    // Each line carries its supervisor in the legend; the buttons under the chart say it in words.
    for (const SupervisorThroughput &t : throughput) {
        auto *line = new QLineSeries;
        line->setName(t.supervisor);
        line->setPointsVisible(true);
        for (qsizetype h = 0; h < t.hourly.size(); ++h) {
            line->append(double(h - t.hourly.size()) + 0.5, double(t.hourly.at(h)));
            top = std::max(top, t.hourly.at(h));
        }
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    y->setRange(0, double(top) * 1.15);
    chart->legend()->setAlignment(Qt::AlignRight);
    return viewOf(chart, tr("Decisions per hour over the last %n hours, per supervisor", nullptr,
                            OverviewQuery::kThroughputHours));
}

} // namespace wk
