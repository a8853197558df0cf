#pragma once
// Rolls back unless committed. IMMEDIATE by default: a writer takes the lock up front, so two
// writers never deadlock on an upgrade from a read lock.
#include <QString>

namespace wk {

class Database;

class Transaction
{
public:
    enum class Kind { Deferred, Immediate };
    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace wk
