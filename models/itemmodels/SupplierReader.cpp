#include "itemmodels/SupplierReader.h"

#include "storage/Database.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <memory>

Q_LOGGING_CATEGORY(lcSupplierReader, "wk.suppliers.reader")

namespace wk {

// Lives on the reader thread; opens its connection lazily there (a Database belongs to one thread).
class SupplierReadWorker : public QObject
{
public:
    SupplierReadWorker(QString path, SupplierReader *owner) : m_path(std::move(path)), m_owner(owner) {}

    // Runs `work` against the connection; a StorageError becomes `failed(token, sentence)`.
    template <typename Work> void run(quint64 token, Work work)
    {
        try {
            if (!m_db)
                m_db = std::make_unique<Database>(m_path, Database::Mode::ReadOnly);
            work(*m_db);
        } catch (const std::exception &e) {
            qCWarning(lcSupplierReader) << "read failed:" << e.what();
            const QString sentence = SupplierReader::tr("The supplier data could not be read from the cache: %1")
                                         .arg(QString::fromUtf8(e.what()));
            QMetaObject::invokeMethod(m_owner, [owner = m_owner, token, sentence] { emit owner->failed(token, sentence); },
                                      Qt::QueuedConnection);
            m_db.reset();   // a fresh connection next time (e.g. after the file was replaced)
        }
    }

private:
    QString m_path;
    SupplierReader *m_owner;
    std::unique_ptr<Database> m_db;
};

SupplierReader::SupplierReader(const QString &cachePath, QObject *parent)
    : QObject(parent), m_worker(new SupplierReadWorker(cachePath, this))
{
    qRegisterMetaType<QList<wk::SupplierListRow>>();
    qRegisterMetaType<wk::SupplierDetail>();
    qRegisterMetaType<wk::SupplierImpact>();
    m_thread.setObjectName(QStringLiteral("SupplierReader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SupplierReader::~SupplierReader()
{
    m_thread.quit();
    m_thread.wait();
}

// The answers are emitted from the reader thread; signals to the owner's thread are queued.
quint64 SupplierReader::requestPage(const TierQuery &query, int offset, int limit, bool withCount)
{
    const quint64 token = next();
    QMetaObject::invokeMethod(m_worker, [this, token, query, offset, limit, withCount] {
        m_worker->run(token, [&](Database &db) {
            const qint64 count = withCount ? countTier(db, query) : -1;
            emit pageReady(token, offset, tierPage(db, query, offset, limit), count);
        });
    });
    return token;
}

quint64 SupplierReader::requestCounts(const QString &search, const QString &supplierId)
{
    const quint64 token = next();
    QMetaObject::invokeMethod(m_worker, [this, token, search, supplierId] {
        m_worker->run(token, [&](Database &db) {
            const auto counts = tierCounts(db, search, supplierId);
            emit countsReady(token, QList<qint64>(counts.begin(), counts.end()));
        });
    });
    return token;
}

quint64 SupplierReader::requestDetail(const QString &supplierId)
{
    const quint64 token = next();
    QMetaObject::invokeMethod(m_worker, [this, token, supplierId] {
        m_worker->run(token, [&](Database &db) { emit detailReady(token, loadSupplierDetail(db, supplierId)); });
    });
    return token;
}

quint64 SupplierReader::requestImpact(const QString &supplierId)
{
    const quint64 token = next();
    QMetaObject::invokeMethod(m_worker, [this, token, supplierId] {
        m_worker->run(token, [&](Database &db) { emit impactReady(token, loadImpact(db, supplierId)); });
    });
    return token;
}

quint64 SupplierReader::requestScatter()
{
    const quint64 token = next();
    QMetaObject::invokeMethod(m_worker, [this, token] {
        m_worker->run(token, [&](Database &db) {
            QList<QList<ScatterPoint>> byTier;
            for (int t = 0; t < 3; ++t)
                byTier << scatterPoints(db, SupplierTier(t));
            emit scatterReady(token, byTier);
        });
    });
    return token;
}

} // namespace wk
