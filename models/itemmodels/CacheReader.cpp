#include "CacheReader.h"

#include "storage/Database.h"

#include <optional>

namespace wk {

class CacheReader::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    void run(const Job &job)
    {
        if (!m_db) {
            try {
                // Read-only: the overview and the journal view never write, and must not migrate.
                m_db.emplace(m_path, Database::Mode::ReadOnly);
            } catch (const StorageError &error) {
                job(nullptr, error.message());
                return;
            }
        }
        try {
            job(&*m_db, QString());
        } catch (const StorageError &error) {
            // A file replaced under us (a resync from scratch, a restore): open it again next time.
            m_db.reset();
            job(nullptr, error.message());
        }
    }
    void close() { m_db.reset(); }

private:
    QString m_path;
    std::optional<Database> m_db;
};

CacheReader::CacheReader(QString cachePath, QObject *parent)
    : QObject(parent), m_path(std::move(cachePath)), m_worker(new Worker(m_path))
{
    m_thread.setObjectName(QStringLiteral("wk-cache-reader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [worker = m_worker] {
        worker->close();
        delete worker;
    });
    m_thread.start();
}

CacheReader::~CacheReader()
{
    m_thread.quit();
    m_thread.wait();
}

void CacheReader::run(Job job)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); },
                              Qt::QueuedConnection);
}

} // namespace wk
