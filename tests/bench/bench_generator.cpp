// Generator throughput: the default data set and N review items into a sink that only counts, so
// that the figure is the generator's own cost (no storage, no encoding).
//   bench_generator [reviewItems=1000000]
#include "generator/DataGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <cstdio>

using namespace wk;
using namespace wk::platform;

namespace {

class CountingSink final : public GenerationSink
{
public:
    qint64 suppliers = 0, metrics = 0, products = 0, reviewItems = 0, orders = 0, events = 0, exceptions = 0;
    qint64 checksum = 0;   // keeps the optimiser from dropping the work
    void supplier(const Supplier &e) override { ++suppliers; checksum += e.name.size(); }
    void supplierMetrics(const SupplierMetrics &e) override { ++metrics; checksum += e.orders; }
    void product(const Product &e) override { ++products; checksum += e.title.size(); }
    void reviewItem(const ReviewItem &e) override { ++reviewItems; checksum += e.title.size() + e.copyText.size(); }
    void order(const Order &e) override { ++orders; checksum += e.fee.minorUnits(); }
    void shipmentEvent(const ShipmentEvent &e) override { ++events; checksum += e.carrierStatus.size(); }
    void orderException(const OrderException &e) override { ++exceptions; checksum += e.aiRationale.size(); }
    qint64 total() const { return suppliers + metrics + products + reviewItems + orders + events + exceptions; }
};

struct Row {
    QString name;
    qint64 reviewItems, entities, ms;
};

Row run(const QString &name, int reviewItems)
{
    GeneratorOptions options;
    options.reviewItems = reviewItems;
    CountingSink sink;
    QElapsedTimer clock;
    clock.start();
    DataGenerator(options).generate(sink);
    const qint64 ms = clock.elapsed();
    if (sink.checksum == 42)
        std::puts("");
    return {name, sink.reviewItems, sink.total(), ms};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int big = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QTextStream out(stdout);
    out << "bench_generator: default options (2,000 suppliers x 24 weeks, 20,000 products, 50,000 orders), counting sink\n";
    const QList<Row> rows{run(QStringLiteral("world only (reviewItems=0)"), 0),
                          run(QStringLiteral("default (review items from rates)"), -1),
                          run(QStringLiteral("reviewItems=%1").arg(big), big)};
    out << QStringLiteral("%1 %2 %3 %4\n").arg(QStringLiteral("run"), -38).arg(QStringLiteral("review items"), 13)
               .arg(QStringLiteral("entities"), 10).arg(QStringLiteral("ms"), 8);
    for (const Row &r : rows)
        out << QStringLiteral("%1 %2 %3 %4\n").arg(r.name, -38).arg(r.reviewItems, 13).arg(r.entities, 10).arg(r.ms, 8);
    const Row &world = rows.at(0), &last = rows.at(2);
    if (last.reviewItems > 0)
        out << QStringLiteral("review items per second (beyond the world): %1\n")
                   .arg(qint64(double(last.reviewItems) * 1000.0 / std::max<qint64>(1, last.ms - world.ms)));
    return 0;
}
