#pragma once
// The scorecard's three charts (Qt Charts): the score over the last 12 periods, defect rate against
// on-time rate per tier (each tier its own marker shape, so the tiers differ without colour), and
// the supplier's exceptions by code. They follow the palette (light or dark) and export as PNG.
#include "itemmodels/SupplierQueries.h"

#include <QWidget>

class QChart;
class QScatterSeries;
class QChartView;
class QPushButton;

namespace wk {

class SupplierCharts : public QWidget
{
    Q_OBJECT
public:
    explicit SupplierCharts(QWidget *parent = nullptr);

    void setDetail(const SupplierDetail &detail);
    void setScatter(const QList<QList<ScatterPoint>> &byTier);
    void clear();

    QChartView *trendView() const { return m_trend; }
    QChartView *scatterView() const { return m_scatter; }
    QChartView *exceptionsView() const { return m_exceptions; }

    // Renders a chart view into an image of its size (what "Export as PNG" writes).
    static QImage render(QChartView *view, const QSize &size = {});
    // Writes the chart as PNG; returns a sentence when it could not.
    static QString exportPng(QChartView *view, const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildTrend();
    void rebuildScatter();
    void rebuildExceptions();
    void applyTheme();
    void updateSelectedPoint();
    void exportChart(QChartView *view, const QString &suggestedName);

    QChartView *m_trend;
    QChartView *m_scatter;
    QChartView *m_exceptions;
    SupplierDetail m_detail;
    QList<QList<ScatterPoint>> m_scatterPoints;
    QScatterSeries *m_selected = nullptr;   // owned by the scatter chart
};

} // namespace wk
