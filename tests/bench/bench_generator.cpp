// Times the data generator: the default data set, and 1,000,000 review items into a counting sink.
// Prints a table; no assertions (DESIGN.md: benchmarks are separate executables).
#include "DataGenerator.h"
#include "MediaLibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace wk;
using namespace wk::platform;

namespace {
class CountingSink : public GenerationSink
{
public:
    qint64 suppliers = 0, metrics = 0, products = 0, items = 0, orders = 0, events = 0, exceptions = 0;
    void supplier(const Supplier &) override { ++suppliers; }
    void supplierMetrics(const SupplierMetrics &) override { ++metrics; }
    void product(const Product &) override { ++products; }
    void reviewItem(const ReviewItem &) override { ++items; }
    void order(const Order &) override { ++orders; }
    void shipmentEvent(const ShipmentEvent &) override { ++events; }
    void orderException(const OrderException &) override { ++exceptions; }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QElapsedTimer t;
    t.start();
    const auto &media = MediaLibrary::instance();
    qint64 mediaBytes = 0;
    for (const MediaEntry &e : media.entries())
        mediaBytes += e.asset.size;
    out << "media library: " << media.entries().size() << " files, " << mediaBytes << " bytes, loaded and hashed in "
        << t.elapsed() << " ms\n";

    CountingSink def;
    t.restart();
    DataGenerator(GeneratorOptions{}).generate(def);
    out << "default data set: " << t.elapsed() << " ms  (suppliers " << def.suppliers << ", metrics " << def.metrics
        << ", products " << def.products << ", orders " << def.orders << ", events " << def.events << ", exceptions "
        << def.exceptions << ", review items " << def.items << ")\n";

    GeneratorOptions big;
    big.reviewItems = 1000000;
    CountingSink million;
    t.restart();
    DataGenerator(big).generate(million);
    out << "default + 1,000,000 review items: " << t.elapsed() << " ms  (review items " << million.items << ")\n";
    return 0;
}
