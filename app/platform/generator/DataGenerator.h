#pragma once
// Deterministic data for the reference platform: the same seed gives the same data, byte for byte.
#include "GenerationSink.h"

#include <QDateTime>
#include <QRandomGenerator64>
#include <memory>

namespace wk::platform {

class GeneratorWorld;

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
    ~DataGenerator();
    // The world keeps references into the generator (its random numbers): neither copied nor moved.
    DataGenerator(const DataGenerator &) = delete;
    DataGenerator &operator=(const DataGenerator &) = delete;

    // Emits everything into the sink: suppliers, their metrics, products, orders with shipment
    // events and exceptions (1-3%), review items for images, videos and copy.
    void generate(GenerationSink &sink);

    // Live mode: one more tick of activity at `now` (new flagged items, shipment events,
    // occasionally an exception). Deterministic given the seed and the number of calls.
    void generateLiveTick(GenerationSink &sink, const QDateTime &now, int items);

    const GeneratorOptions &options() const { return m_options; }

private:
    GeneratorOptions m_options;
    QRandomGenerator64 m_rng;
    qint64 m_liveCounter = 0;
    std::unique_ptr<GeneratorWorld> m_world;   // what generate() made, or what a live tick rebuilt
};

} // namespace wk::platform
