#pragma once
// The generated world the review items, live ticks and tests refer to: suppliers, products and a
// compact summary of every order. Built once per DataGenerator from its seeded random numbers, in a
// fixed order, emitting into a sink as it goes (or into none, when a live-mode generator only needs
// to know what the store already holds).
#include "DataGenerator.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator64>
#include <QString>
#include <QStringList>

namespace wk::platform {

// Thin helpers over the one seeded generator: every draw goes through it, in program order.
class Dice
{
public:
    explicit Dice(QRandomGenerator64 &rng) : m_rng(rng) {}
    int between(int low, int high) { return low + int(m_rng.bounded(quint64(high - low + 1))); }   // inclusive
    qint64 between64(qint64 low, qint64 high) { return low + qint64(m_rng.bounded(quint64(high - low + 1))); }
    double unit() { return m_rng.generateDouble(); }
    bool chance(double p) { return unit() < p; }
    template <typename List> const auto &pick(const List &list) { return list.at(between(0, int(list.size()) - 1)); }
    // Index by weight: weights need not sum to anything in particular.
    int weighted(const QList<int> &weights);
    QRandomGenerator64 &rng() { return m_rng; }

private:
    QRandomGenerator64 &m_rng;
};

struct ProductInfo {
    QString id, sku, title, supplierId;
    int kind = 0;                 // index into names::productKinds()
    QString material, colour, certifications;
    int sizeCm = 0, weightG = 0;
    qint64 priceCents = 0;        // USD
};

struct OrderInfo {
    QString id;
    OrderStage stage = OrderStage::Placed;
    QString shipCountry;
    QString currency;
    qint64 refundMinor = 0;       // goods + shipping + fee: what the guarantee would pay
    bool shipped = false;         // has a carrier and events
    bool hasException = false;
    QDateTime lastEventAt;
};

class GeneratorWorld
{
public:
    GeneratorWorld(const GeneratorOptions &options, QRandomGenerator64 &rng);

    // Suppliers with their metrics, products and orders (with events and exceptions), in that
    // order. `sink` may be null: the same draws are made, nothing is emitted.
    void build(GenerationSink *sink);

    const QStringList &supplierIds() const { return m_supplierIds; }
    const QList<ProductInfo> &products() const { return m_products; }
    // Indexes into products() of each kind (names::productKinds() order).
    const QList<QList<int>> &productsByKind() const { return m_productsByKind; }
    QList<OrderInfo> &orders() { return m_orders; }

    // Ids continue across generate() and live ticks, so that nothing is emitted twice.
    QString nextEventId() { return QStringLiteral("evt-%1").arg(++m_eventSeq, 8, 10, QLatin1Char('0')); }
    QString nextExceptionId() { return QStringLiteral("exc-%1").arg(++m_exceptionSeq, 6, 10, QLatin1Char('0')); }
    QString nextReviewId() { return QStringLiteral("rvw-%1").arg(++m_reviewSeq, 7, 10, QLatin1Char('0')); }

    void continueIdsFrom(qint64 review, qint64 event, qint64 exception)
    {
        m_reviewSeq = review;
        m_eventSeq = event;
        m_exceptionSeq = exception;
    }

    // One exception of `code` on `order` at `at` (also used by live ticks).
    OrderException makeException(const OrderInfo &order, ExceptionCode code, const QDateTime &at, bool open);
    // One carrier event (also used by live ticks).
    ShipmentEvent makeEvent(const OrderInfo &order, const QString &status, const QDateTime &at);

private:
    void buildSuppliers(GenerationSink *sink);
    void buildProducts(GenerationSink *sink);
    void buildOrders(GenerationSink *sink);   // OrderFactory.cpp

    GeneratorOptions m_options;
    Dice m_dice;
    QStringList m_supplierIds;
    QList<SupplierTier> m_supplierTiers;
    QList<ProductInfo> m_products;
    QList<QList<int>> m_productsByKind;
    QList<OrderInfo> m_orders;
    qint64 m_eventSeq = 0;
    qint64 m_exceptionSeq = 0;
    qint64 m_reviewSeq = 0;
};

} // namespace wk::platform
