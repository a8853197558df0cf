#pragma once
// A worker thread with its own read-only connection to the cache, for the item models (DESIGN.md:
// nothing blocks the UI thread). Jobs run in the order posted; each answer comes back on the
// owner's thread as done(ticket, result), so a model keeps the ticket of its latest request and
// drops every other answer (a stale one). A job posted under a key supersedes the jobs still
// waiting under the same key: they are skipped, not run, so typing in a search box does not queue
// up a query per keystroke.
#include <QObject>
#include <QString>
#include <QThread>
#include <any>
#include <atomic>
#include <functional>
#include <memory>

namespace wk {

class Database;
class ReadWorker;

class ReadThread : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<std::any(Database &db)>;

    explicit ReadThread(const QString &cachePath, QObject *parent = nullptr);
    ~ReadThread() override;

    // Returns the job's ticket (never 0). Answers: done or failed with this ticket.
    quint64 post(const QString &key, Job job);
    // Drops the jobs of `key` still waiting and interrupts the one running: their answers are
    // stale (a new filter makes every page of the old one useless).
    void cancel(const QString &key);

signals:
    void done(quint64 ticket, const std::any &result);
    // A StorageError's sentence (the cache is damaged, locked, missing ...).
    void failed(quint64 ticket, const QString &sentence);

private:
    QThread m_thread;
    ReadWorker *m_worker;   // lives on m_thread
    std::atomic<quint64> m_lastTicket{0};
};

} // namespace wk
