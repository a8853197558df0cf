#pragma once
// A ReviewQueueReader on a thread of its own: jobs run there in the order posted, answers go back to
// the caller as queued calls. The reader (and its connection) is opened on the thread by the first
// job, so the UI thread never waits for SQLite.
#include <QObject>
#include <QThread>
#include <functional>

namespace wk {

class ReviewQueueReader;
class ReviewReaderWorker;

class ReviewReaderThread : public QObject
{
    Q_OBJECT
public:
    ReviewReaderThread(const QString &cachePath, const QString &name, QObject *parent = nullptr);
    ~ReviewReaderThread() override;

    using Job = std::function<void(ReviewQueueReader &)>;
    // Runs `job` on the reader's thread. A StorageError it throws becomes `failed`.
    void post(Job job);
    // The same for a job that can go stale (its query was left): skipped if `stale` says so by the
    // time it would run, and its statements stop as soon as it does (silently, not `failed`).
    void post(Job job, std::function<bool()> stale);

signals:
    void failed(const QString &sentence);

private:
    void report(const QString &sentence);   // from the reader's thread
    QThread m_thread;
    ReviewReaderWorker *m_worker;
};

} // namespace wk
