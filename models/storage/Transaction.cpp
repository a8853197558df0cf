#include "Transaction.h"

#include "Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTransaction, "wk.storage.transaction")

namespace wk {

Transaction::Transaction(Database &db, Kind kind) : m_db(db)
{
    m_db.exec(kind == Kind::Immediate ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    try {
        rollback();
    } catch (const StorageError &e) {
        // A destructor must not throw; sqlite rolls back by itself when the connection closes.
        qCWarning(lcTransaction) << "rollback failed:" << e.message();
    }
}

void Transaction::commit()
{
    m_db.exec(QStringLiteral("COMMIT"));
    m_active = false;
}

void Transaction::rollback()
{
    m_active = false;
    // Some errors (SQLITE_FULL, IOERR, NOMEM, an interrupt) make sqlite roll back by itself; a second
    // ROLLBACK would then fail with "no transaction is active" and hide the original error.
    if (m_db.inTransaction())
        m_db.exec(QStringLiteral("ROLLBACK"));
}

} // namespace wk
