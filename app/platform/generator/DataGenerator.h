#pragma once
// Deterministic data for the reference platform: the same seed gives the same data, byte for byte.
#include "GenerationSink.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator64>

namespace wk::platform {

struct GeneratorOptions {
    quint64 seed = 7;
    int suppliers = 2000;
    int products = 20000;
    int orders = 50000;
    int reviewItems = -1;            // -1: derived from products at CONTEXT.md's rates; --scale sets it
    int metricPeriods = 24;          // weeks of supplier metrics
    QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
};

class DataGenerator
{
public:
    explicit DataGenerator(GeneratorOptions options);

    // Emits everything into the sink: suppliers, their metrics, products, orders with shipment
    // events and exceptions (1-3%), review items for images, videos and copy.
    void generate(GenerationSink &sink);

    // Live mode: one more tick of activity at `now` (new flagged items, shipment events,
    // occasionally an exception). Deterministic given the seed and the number of calls.
    void generateLiveTick(GenerationSink &sink, const QDateTime &now, int items);

    const GeneratorOptions &options() const { return m_options; }

private:
    void generateSuppliers(GenerationSink &sink);
    QList<Product> generateProducts(GenerationSink &sink);
    void generateOrders(GenerationSink &sink, const QList<Product> &products);
    void generateReviewItems(GenerationSink &sink, const QList<Product> &products);
    void emitOrderHistory(GenerationSink &sink, const Order &order, int steps, const QString &lastStatus);
    static QString trackingFor(quint64 random, bool invalid, QString *carrier);

    GeneratorOptions m_options;
    QRandomGenerator64 m_rng;
    qint64 m_liveCounter = 0;
    QList<Product> m_products;   // kept for the live ticks
};

} // namespace wk::platform
