#pragma once
// Suppliers and their per-period metrics in the cache (tables suppliers, supplier_metrics). Writes
// run inside the caller's Transaction.
#include "WireJson.h"
#include "domain/Entities.h"

#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace wk {

class Database;

class SupplierStore
{
public:
    explicit SupplierStore(Database &db);
    ~SupplierStore();
    SupplierStore(const SupplierStore &) = delete;
    SupplierStore &operator=(const SupplierStore &) = delete;

    // Each upsert ignores (returns false for) a version older than the stored one.
    bool upsert(const Supplier &supplier);
    bool upsert(const Supplier &supplier, const WireJson &wire);
    bool upsert(const SupplierMetrics &metrics);
    bool upsert(const SupplierMetrics &metrics, const WireJson &wire);

    bool removeSupplier(const QString &id);
    bool removeMetrics(const QString &id);

    std::optional<Supplier> supplier(const QString &id);
    std::optional<qint64> supplierVersion(const QString &id);
    std::optional<SupplierMetrics> metricsById(const QString &id);
    // One supplier's periods of one kind, oldest first (a scorecard's time series).
    QList<SupplierMetrics> metrics(const QString &supplierId, PeriodKind kind);

    qint64 supplierCount();

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m;
};

} // namespace wk
