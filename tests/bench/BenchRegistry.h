#pragma once
// `watchkeeper-bench <area> [options] [--json]`: one executable, one subcommand per desk's
// benchmark. Each area lives in its own file and registers itself with WK_REGISTER_BENCH, so that
// adding a benchmark touches no shared code. A benchmark measures, prints a BenchReport (a table,
// or with --json one JSON object) and compares each figure against its target and against a
// baseline measured in the same run — never a timed assertion (DESIGN.md).
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace wk::bench {

// The arguments after the area's name (QCoreApplication already exists); returns the exit code.
using BenchMain = std::function<int(const QStringList &arguments)>;

struct BenchArea {
    QString name;       // "review", "fulfilment", "suppliers", ...
    QString summary;    // one line for `watchkeeper-bench --help`
    BenchMain run;
};

bool registerArea(BenchArea area);
const std::vector<BenchArea> &areas();

// One figure of a benchmark. `target` and `baseline` are in the same unit as `value`;
// lowerIsBetter says which way the comparison goes.
struct BenchFigure {
    QString key;                  // stable, for --json: "first_paint_ms"
    QString label;                // for the table, ASCII: "open -> first rows painted"
    double value = 0;
    QString unit;                 // "ms", "MB", "items/s"
    std::optional<double> target;
    std::optional<double> baseline;
    QString baselineLabel;        // what the baseline is: "naive OFFSET paging"
    bool lowerIsBetter = true;

    bool meetsTarget() const;
};

class BenchReport
{
public:
    explicit BenchReport(QString area) : m_area(std::move(area)) {}
    void setContext(const QString &key, const QString &value);   // "items": "1000000"
    void add(BenchFigure figure);
    // Prints the table (stdout), or one JSON object when json is true. Returns 0 when every figure
    // with a target meets it, else 1 — so a script can tell, while nothing asserts on time in tests.
    int print(bool json) const;

private:
    QString m_area;
    QList<QPair<QString, QString>> m_context;
    std::vector<BenchFigure> m_figures;
};

// Peak resident set of this process in MB (VmHWM on Linux; -1 where unknown).
double peakRssMb();
// The resident set now (VmRSS), in MB; -1 without /proc.
double currentRssMb();

} // namespace wk::bench

#define WK_BENCH_CONCAT2(a, b) a##b
#define WK_BENCH_CONCAT(a, b) WK_BENCH_CONCAT2(a, b)
#define WK_REGISTER_BENCH(name, summary, function)                                                  \
    static const bool WK_BENCH_CONCAT(wkBenchRegistered, __LINE__) =                                \
        ::wk::bench::registerArea({QStringLiteral(name), QStringLiteral(summary), function})
