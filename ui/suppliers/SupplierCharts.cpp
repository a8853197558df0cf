#include "suppliers/SupplierCharts.h"

#include "suppliers/SupplierTexts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QValueAxis>
#include <QVBoxLayout>

namespace wk {

namespace {
QChartView *makeView(const QString &accessibleName, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    view->setAccessibleName(accessibleName);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

bool isDark(const QPalette &p) { return p.color(QPalette::Window).lightness() < 128; }
} // namespace

SupplierCharts::SupplierCharts(QWidget *parent)
    : QWidget(parent),
      m_trend(makeView(tr("Score trend chart"), this)),
      m_scatter(makeView(tr("Defect rate against on-time rate chart"), this)),
      m_exceptions(makeView(tr("Exceptions by code chart"), this))
{
    // The scatter gets the most room (thousands of points); trend and exceptions stack beside it.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto addChart = [&](QChartView *view, const QString &button, const QString &fileName, int row, int column,
                              int rowSpan) {
        auto *cell = new QVBoxLayout;
        cell->addWidget(view, 1);
        auto *exportButton = new QPushButton(button, this);
        exportButton->setAccessibleName(button);
        exportButton->setToolTip(tr("Save this chart as a PNG image."));
        connect(exportButton, &QPushButton::clicked, this, [this, view, fileName] { exportChart(view, fileName); });
        cell->addWidget(exportButton, 0, Qt::AlignRight);
        layout->addLayout(cell, row, column, rowSpan, 1);
    };
    addChart(m_scatter, tr("Export tiers as PNG…"), QStringLiteral("tiers-defects-on-time.png"), 0, 0, 2);
    addChart(m_trend, tr("Export trend as PNG…"), QStringLiteral("score-trend.png"), 0, 1, 1);
    addChart(m_exceptions, tr("Export exceptions as PNG…"), QStringLiteral("exceptions-by-code.png"), 1, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    applyTheme();
    clear();
}

void SupplierCharts::clear()
{
    m_detail = {};
    rebuildTrend();
    rebuildExceptions();
}

void SupplierCharts::setDetail(const SupplierDetail &detail)
{
    m_detail = detail;
    rebuildTrend();
    rebuildExceptions();
    updateSelectedPoint();   // the tiers' points stay; only the star moves
}

void SupplierCharts::setScatter(const QList<QList<ScatterPoint>> &byTier)
{
    m_scatterPoints = byTier;
    rebuildScatter();
}

void SupplierCharts::rebuildTrend()
{
    QChart *chart = m_trend->chart();
    resetChart(chart);
    chart->setTitle(m_detail.found ? tr("Score over the last 12 periods") : tr("Score trend: select a supplier"));
    auto *line = new QLineSeries;
    line->setName(tr("Score"));
    line->setPointsVisible(true);
    QStringList categories;
    for (int i = 0; i < m_detail.trend.size(); ++i) {
        const QDate start = m_detail.trendPeriods.value(i);
        // Short labels that fit twelve across a narrow chart: week numbers, or month names.
        categories << (m_detail.spec.periodKind == PeriodKind::Week ? tr("W%1").arg(start.weekNumber())
                                                                    : QLocale().toString(start, QStringLiteral("MMM")));
        if (m_detail.trend.at(i))
            line->append(i, *m_detail.trend.at(i));
    }
    chart->addSeries(line);
    // Every other period labelled, on its point: twelve labels do not fit a narrow chart.
    auto *x = new QCategoryAxis;
    x->setRange(-0.5, std::max(0.5, double(categories.size()) - 0.5));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = int(categories.size() + 1) % 2; i < categories.size(); i += 2)   // the newest always labelled
        x->append(categories.at(i), i);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Score"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    chart->legend()->setVisible(false);
}

void SupplierCharts::rebuildScatter()
{
    QChart *chart = m_scatter->chart();
    resetChart(chart);
    m_selected = nullptr;
    chart->setTitle(tr("Defects against on time, per tier"));
    // Each tier a marker shape as well as a colour.
    const QScatterSeries::MarkerShape shapes[] = {QScatterSeries::MarkerShapeRectangle,
                                                  QScatterSeries::MarkerShapeTriangle,
                                                  QScatterSeries::MarkerShapeCircle};
    double maxDefects = 0.02;
    double minOnTime = 0.95;
    for (int t = 2; t >= 0; --t) {   // the long tail's thousands first, the few pallet traders on top
        auto *series = new QScatterSeries;
        series->setName(SupplierTexts::tierPlural(SupplierTier(t)));
        series->setMarkerShape(shapes[t]);
        series->setMarkerSize(6);
        series->setBorderColor(Qt::transparent);
        for (const ScatterPoint &p : m_scatterPoints.value(t)) {
            series->append(p.onTimeRate * 100.0, p.defectRate * 100.0);
            maxDefects = std::max(maxDefects, p.defectRate);
            minOnTime = std::min(minOnTime, p.onTimeRate);
        }
        chart->addSeries(series);
    }
    m_selected = new QScatterSeries;
    m_selected->setName(tr("Selected supplier"));
    m_selected->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_selected->setMarkerSize(18);
    chart->addSeries(m_selected);
    auto *x = new QValueAxis;
    const double from = std::floor(minOnTime * 20.0) * 5.0;   // a multiple of 5, so the ticks are too
    x->setRange(from, 100);
    x->setTickCount(std::min(int((100 - from) / 5) + 1, 9));
    x->setTitleText(tr("On time (%)"));
    x->setLabelFormat(QStringLiteral("%d"));
    auto *y = new QValueAxis;
    y->setRange(0, std::ceil(maxDefects * 100.0 + 0.5));
    y->applyNiceNumbers();
    y->setTitleText(tr("Defects (%)"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QFont legendFont = font();
    if (legendFont.pointSizeF() > 0)
        legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    chart->legend()->setFont(legendFont);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);   // the tier's shape, not only its colour
    chart->legend()->setVisible(true);
    updateSelectedPoint();
}

void SupplierCharts::updateSelectedPoint()
{
    if (!m_selected)
        return;
    m_selected->clear();
    if (!m_detail.found)
        return;
    std::optional<double> onTime, defects;
    for (const CriterionScore &s : m_detail.card.criteria) {
        if (s.criterion == Criterion::OnTime)
            onTime = s.rawValue;
        else if (s.criterion == Criterion::Defects)
            defects = s.rawValue;
    }
    if (!onTime || !defects)
        return;
    m_selected->append(*onTime * 100.0, *defects * 100.0);
    // Keep the star inside the axes.
    const auto axes = m_scatter->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        auto *value = qobject_cast<QValueAxis *>(axis);
        if (!value)
            continue;
        const double v = axis->orientation() == Qt::Horizontal ? *onTime * 100.0 : *defects * 100.0;
        if (v < value->min())
            value->setMin(std::floor(v / 5.0) * 5.0);
        if (v > value->max())
            value->setMax(std::ceil(v));
    }
}

void SupplierCharts::rebuildExceptions()
{
    QChart *chart = m_exceptions->chart();
    resetChart(chart);
    chart->setTitle(m_detail.found ? tr("Exceptions by code") : tr("Exceptions: select a supplier"));
    auto *set = new QBarSet(tr("Exceptions"));
    QStringList categories;
    int maxCount = 1;
    // Fewest first: a horizontal bar chart draws its first category at the bottom.
    for (auto it = m_detail.exceptionsByCode.crbegin(); it != m_detail.exceptionsByCode.crend(); ++it) {
        categories << SupplierTexts::exceptionCode(it->first);
        *set << it->second;
        maxCount = std::max(maxCount, it->second);
    }
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);   // the numbers are written on the bars
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories.isEmpty() ? QStringList{tr("None")} : categories);
    auto *x = new QValueAxis;
    x->setRange(0, maxCount + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(std::min(maxCount + 2, 6));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

void SupplierCharts::applyTheme()
{
    const bool dark = isDark(palette());
    for (QChartView *view : {m_trend, m_scatter, m_exceptions}) {
        view->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        view->chart()->setBackgroundRoundness(0);
    }
    // A theme change restyles the series: rebuild them so the markers and labels stay as set.
    rebuildTrend();
    rebuildScatter();
    rebuildExceptions();
}

void SupplierCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

QImage SupplierCharts::render(QChartView *view, const QSize &size)
{
    // A chart lays itself out on posted events (after a theme change, new series): settle that first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSize target = size.isValid() ? size : view->size();
    QImage image(target * view->devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view->devicePixelRatioF());
    image.fill(view->palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), QSizeF(target)));
    return image;
}

QString SupplierCharts::exportPng(QChartView *view, const QString &path)
{
    if (!render(view).save(path, "PNG"))
        return tr("The chart could not be saved as %1. Choose a folder you can write to.").arg(path);
    return {};
}

void SupplierCharts::exportChart(QChartView *view, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), folder + QLatin1Char('/') + suggestedName,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString error = exportPng(view, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export chart"), error);
}

} // namespace wk
