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

    // Called from the owner's thread: remembers that `ticket` is now the newest job for `key`, and
    // interrupts the job of that key that is running now (sqlite3_interrupt), since its answer
    // would be dropped anyway: a slow read of the previous filter must not hold up the next one.
    void supersede(const QString &key, quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        m_latest.insert(key, ticket);
        if (m_runningKey == key && m_runningTicket != ticket && m_dbReady)
            m_db->interrupt();
    }
    bool superseded(const QString &key, quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        return m_latest.value(key, ticket) != ticket;
    }

    void run(const QString &key, quint64 ticket, const ReadThread::Job &job)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (superseded(key, ticket))
                return;
            try {
                if (!m_db) {
                    m_db.emplace(m_path, Database::Mode::ReadOnly);
                    // The desks' reads are index ranges of a page or two: 8 MB per reader is
                    // plenty, and a desk has several readers (Database's 64 MB suits the writer).
                    m_db->exec(QStringLiteral("PRAGMA cache_size = -8192"));
                    m_dbReady = true;
                }
                setRunning(key, ticket);
                std::any result = job(*m_db);
                setRunning({}, 0);
                emit done(ticket, result);
                return;
            } catch (const StorageError &e) {
                setRunning({}, 0);
                // Interrupted because a newer job of the same key came: dropped. An interrupt meant
                // for the job before this one (it finished just then) gets one more attempt.
                if (e.kind() == StorageError::Kind::Interrupted)
                    continue;
                qCWarning(lcReadThread) << "read failed:" << e.message();
                emit failed(ticket, e.message());
                return;
            }
        }
    }

signals:
    void done(quint64 ticket, const std::any &result);
    void failed(quint64 ticket, const QString &sentence);

private:
    void setRunning(const QString &key, quint64 ticket)
    {
        QMutexLocker lock(&m_mutex);
        m_runningKey = key;
        m_runningTicket = ticket;
    }

    QString m_path;
    std::optional<Database> m_db;
    std::atomic<bool> m_dbReady{false};
    QMutex m_mutex;
    QHash<QString, quint64> m_latest;
    QString m_runningKey;        // guarded by m_mutex
    quint64 m_runningTicket = 0; // guarded by m_mutex
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

void ReadThread::cancel(const QString &key) { m_worker->supersede(key, ++m_lastTicket); }

} // namespace wk

#include "ReadThread.moc"
