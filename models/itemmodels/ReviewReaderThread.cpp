#include "ReviewReaderThread.h"

#include "ReviewQueueReader.h"

#include <QLoggingCategory>
#include <memory>

Q_LOGGING_CATEGORY(lcReviewReader, "wk.review.reader")

namespace wk {

class ReviewReaderWorker : public QObject
{
public:
    explicit ReviewReaderWorker(QString cachePath) : m_cachePath(std::move(cachePath)) {}
    // On the reader's thread.
    ReviewQueueReader &reader()
    {
        if (!m_reader)
            m_reader = std::make_unique<ReviewQueueReader>(m_cachePath);
        return *m_reader;
    }

private:
    QString m_cachePath;
    std::unique_ptr<ReviewQueueReader> m_reader;
};

ReviewReaderThread::ReviewReaderThread(const QString &cachePath, const QString &name, QObject *parent)
    : QObject(parent), m_worker(new ReviewReaderWorker(cachePath))
{
    m_thread.setObjectName(name);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

ReviewReaderThread::~ReviewReaderThread()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker;   // the thread is gone: nothing else uses its connection
}

void ReviewReaderThread::report(const QString &sentence)
{
    qCWarning(lcReviewReader) << sentence;
    QMetaObject::invokeMethod(this, [this, sentence] { emit failed(sentence); }, Qt::QueuedConnection);
}

void ReviewReaderThread::post(Job job, std::function<bool()> stale)
{
    post([job = std::move(job), stale = std::move(stale)](ReviewQueueReader &reader) {
        if (stale())
            return;
        reader.setStaleCheck(stale);
        try {
            job(reader);
        } catch (const StorageError &e) {
            reader.setStaleCheck({});
            if (e.kind() == StorageError::Kind::Interrupted && stale())
                return;
            throw;
        }
        reader.setStaleCheck({});
    });
}

void ReviewReaderThread::post(Job job)
{
    // `this` outlives every running job: the destructor waits for the thread. An answer queued to
    // `this` after it is gone is dropped by Qt.
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, job = std::move(job)] {
        try {
            job(worker->reader());
        } catch (const StorageError &e) {
            report(e.message());
        } catch (const std::exception &e) {
            // A row the codecs refuse (DecodeError) must not take the console down with it.
            report(tr("A review item in the cache could not be read (%1). Syncing again usually repairs it.")
                       .arg(QString::fromUtf8(e.what())));
        }
    }, Qt::QueuedConnection);
}

} // namespace wk
