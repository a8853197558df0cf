#include "ReadThread.h"

#include "storage/Database.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <optional>

Q_LOGGING_CATEGORY(lcReadThread, "wk.itemmodels.read")

namespace wk {

class ReadWorker : public QObject
{
    Q_OBJECT
public:
    explicit ReadWorker(QString path) : m_path(std::move(path)) {}

    // Called from the owner's thread: remembers that `ticket` is now the newest job for `key`.
    void supersede(const QString &key, quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        m_latest.insert(key, ticket);
    }
    bool superseded(const QString &key, quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        return m_latest.value(key, ticket) != ticket;
    }

    void run(const QString &key, quint64 ticket, const ReadThread::Job &job)
    {
        if (superseded(key, ticket))
            return;
        try {
            if (!m_db) {
                m_db.emplace(m_path, Database::Mode::ReadOnly);
                // The desks' reads are index ranges of a page or two: 8 MB per reader is plenty,
                // and a desk has several readers (Database's default of 64 MB suits the writer).
                m_db->exec(QStringLiteral("PRAGMA cache_size = -8192"));
            }
            emit done(ticket, job(*m_db));
        } catch (const StorageError &e) {
            qCWarning(lcReadThread) << "read failed:" << e.message();
            emit failed(ticket, e.message());
        }
    }

signals:
    void done(quint64 ticket, const std::any &result);
    void failed(quint64 ticket, const QString &sentence);

private:
    QString m_path;
    std::optional<Database> m_db;
    QMutex m_mutex;
    QHash<QString, quint64> m_latest;
};

ReadThread::ReadThread(const QString &cachePath, QObject *parent)
    : QObject(parent), m_worker(new ReadWorker(cachePath))
{
    qRegisterMetaType<std::any>("std::any");
    m_thread.setObjectName(QStringLiteral("wk-read"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReadWorker::done, this, &ReadThread::done, Qt::QueuedConnection);
    connect(m_worker, &ReadWorker::failed, this, &ReadThread::failed, Qt::QueuedConnection);
    m_thread.start();
}

ReadThread::~ReadThread()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 ReadThread::post(const QString &key, Job job)
{
    const quint64 ticket = ++m_lastTicket;
    m_worker->supersede(key, ticket);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, key, ticket, job = std::move(job)] {
        worker->run(key, ticket, job);
    }, Qt::QueuedConnection);
    return ticket;
}

} // namespace wk

#include "ReadThread.moc"
