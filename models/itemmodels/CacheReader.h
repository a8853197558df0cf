#pragma once
// A worker thread with its own read-only connection to the cache, for models that read in the
// background (SESSION2: item models read on a worker thread; answers carry a token so stale ones
// are dropped). run() queues a job; the job gets the connection, or the sentence why there is none.
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace wk {

class Database;

class CacheReader : public QObject
{
    Q_OBJECT
public:
    explicit CacheReader(QString cachePath, QObject *parent = nullptr);
    ~CacheReader() override;

    const QString &cachePath() const { return m_path; }

    // Runs `job` on the reader's thread. `db` is null when the cache cannot be opened; `error` then
    // says why. The job posts its answer back itself (QMetaObject::invokeMethod on a receiver).
    using Job = std::function<void(Database *db, const QString &error)>;
    void run(Job job);

private:
    class Worker;
    QString m_path;
    QThread m_thread;
    Worker *m_worker;   // lives on m_thread, deleted when it finishes
};

} // namespace wk
