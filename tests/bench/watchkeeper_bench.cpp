// watchkeeper-bench <area> [options]: dispatches to the benchmark areas registered in this
// executable (BenchRegistry.h). `watchkeeper-bench --help` lists them.
#include "BenchRegistry.h"

#include <QApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    // A QApplication, not a QCoreApplication: the desks' benchmarks paint real widgets (offscreen).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    const auto &areas = wk::bench::areas();
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        std::printf("usage: watchkeeper-bench <area> [options] [--json]\n\nareas:\n");
        for (const auto &area : areas)
            std::printf("  %-12s %s\n", qPrintable(area.name), qPrintable(area.summary));
        return arguments.isEmpty() ? 2 : 0;
    }
    const QString name = arguments.takeFirst();
    for (const auto &area : areas) {
        if (area.name == name)
            return area.run(arguments);
    }
    std::fprintf(stderr, "watchkeeper-bench: no area \"%s\" (try --help)\n", qPrintable(name));
    return 2;
}
