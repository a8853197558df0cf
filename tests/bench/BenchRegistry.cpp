#include "BenchRegistry.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>

namespace wk::bench {

namespace {
std::vector<BenchArea> &registry()
{
    static std::vector<BenchArea> list;   // filled during static initialisation
    return list;
}

QString formatNumber(double v)
{
    return std::abs(v) >= 100 ? QString::number(v, 'f', 0) : QString::number(v, 'f', 2);
}
} // namespace

bool registerArea(BenchArea area)
{
    registry().push_back(std::move(area));
    return true;
}

const std::vector<BenchArea> &areas() { return registry(); }

bool BenchFigure::meetsTarget() const
{
    if (!target)
        return true;
    return lowerIsBetter ? value <= *target : value >= *target;
}

void BenchReport::setContext(const QString &key, const QString &value) { m_context.append({key, value}); }

void BenchReport::add(BenchFigure figure) { m_figures.push_back(std::move(figure)); }

int BenchReport::print(bool json) const
{
    bool allMet = true;
    for (const auto &f : m_figures)
        allMet = allMet && f.meetsTarget();

    if (json) {
        QJsonObject o;
        o.insert(QStringLiteral("area"), m_area);
        for (const auto &[k, v] : m_context)
            o.insert(k, v);
        for (const auto &f : m_figures) {
            QJsonObject figure{{QStringLiteral("value"), f.value}, {QStringLiteral("unit"), f.unit}};
            if (f.target) {
                figure.insert(QStringLiteral("target"), *f.target);
                figure.insert(QStringLiteral("met"), f.meetsTarget());
            }
            if (f.baseline) {
                figure.insert(QStringLiteral("baseline"), *f.baseline);
                figure.insert(QStringLiteral("baseline_is"), f.baselineLabel);
            }
            o.insert(f.key, figure);
        }
        o.insert(QStringLiteral("all_targets_met"), allMet);
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return allMet ? 0 : 1;
    }

    std::printf("watchkeeper-bench %s", qPrintable(m_area));
    for (const auto &[k, v] : m_context)
        std::printf("  %s=%s", qPrintable(k), qPrintable(v));
    // Labels are ASCII (printf pads by bytes); values get the width of "1234567 changes/s".
    std::printf("\n\n| %-46s | %18s | %12s | %-8s | %-40s |\n", "figure", "measured", "target", "verdict",
                "baseline (same run)");
    std::printf("|%s|%s|%s|%s|%s|\n", QByteArray(48, '-').constData(), QByteArray(20, '-').constData(),
                QByteArray(14, '-').constData(), QByteArray(10, '-').constData(), QByteArray(42, '-').constData());
    for (const auto &f : m_figures) {
        const QString measured = formatNumber(f.value) + QLatin1Char(' ') + f.unit;
        const QString target = f.target ? QString(QLatin1String(f.lowerIsBetter ? "<= " : ">= ") + formatNumber(*f.target))
                                        : QStringLiteral("—");
        const QString verdict = f.target ? (f.meetsTarget() ? QStringLiteral("met") : QStringLiteral("MISSED"))
                                         : QString();
        const QString baseline = f.baseline ? formatNumber(*f.baseline) + QLatin1Char(' ') + f.unit + QStringLiteral(" (")
                                                  + f.baselineLabel + QLatin1Char(')')
                                            : QString();
        std::printf("| %-46s | %18s | %12s | %-8s | %-40s |\n", qUtf8Printable(f.label), qUtf8Printable(measured),
                    qUtf8Printable(target), qUtf8Printable(verdict), qUtf8Printable(baseline));
    }
    std::printf("\n%s\n", allMet ? "every target met" : "some targets MISSED");
    return allMet ? 0 : 1;
}

namespace {
// A "Vm…: N kB" line of /proc/self/status, in MB.
double procStatusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression re(QString::fromLatin1(field) + QStringLiteral(":\\s+(\\d+) kB"));
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}
} // namespace

double peakRssMb() { return procStatusMb("VmHWM"); }
double currentRssMb() { return procStatusMb("VmRSS"); }

} // namespace wk::bench
