#pragma once
// Products in the cache (table products). Writes run inside the caller's Transaction.
#include "WireJson.h"
#include "domain/Entities.h"

#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace wk {

class Database;

class ProductStore
{
public:
    explicit ProductStore(Database &db);
    ~ProductStore();
    ProductStore(const ProductStore &) = delete;
    ProductStore &operator=(const ProductStore &) = delete;

    // Ignores (returns false for) a version older than the stored one.
    bool upsert(const Product &product);
    bool upsert(const Product &product, const WireJson &wire);
    bool remove(const QString &id);

    std::optional<Product> get(const QString &id);
    std::optional<qint64> version(const QString &id);
    // A supplier's catalogue, by SKU.
    QList<Product> ofSupplier(const QString &supplierId);
    qint64 count();

private:
    struct Statements;
    Database &m_db;
    std::unique_ptr<Statements> m;
};

} // namespace wk
