#pragma once
// Where the data generator puts what it makes. The platform store implements it; tests can count.
#include "domain/Entities.h"

namespace wk::platform {

class GenerationSink
{
public:
    virtual ~GenerationSink() = default;
    virtual void supplier(const Supplier &) = 0;
    virtual void supplierMetrics(const SupplierMetrics &) = 0;
    virtual void product(const Product &) = 0;
    virtual void reviewItem(const ReviewItem &) = 0;
    virtual void order(const Order &) = 0;
    virtual void shipmentEvent(const ShipmentEvent &) = 0;
    virtual void orderException(const OrderException &) = 0;
};

} // namespace wk::platform
