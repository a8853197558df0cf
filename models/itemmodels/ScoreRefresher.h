#pragma once
// Keeps supplier_scores current: recomputes every scorecard (SupplierScoring) on its own thread
// with its own cache connection when asked, at most one run at a time; requests that arrive during
// a run, or sooner than the minimum interval after the last one, are folded into one later run
// (the sync reports new data up to 4 times a second; a full recompute at 50,000 suppliers costs
// about a second of CPU).
#include "domain/Enums.h"

#include <QDate>
#include <QElapsedTimer>
#include <QTimer>
#include <QObject>
#include <QThread>

namespace wk {

class ScoreRefreshWorker;

class ScoreRefresher : public QObject
{
    Q_OBJECT
public:
    explicit ScoreRefresher(const QString &cachePath, QObject *parent = nullptr);
    ~ScoreRefresher() override;

    void refresh();
    bool isRunning() const { return m_running; }
    // Default 5 s; 0 runs every request at once (tests).
    void setMinimumInterval(int ms) { m_minimumIntervalMs = ms; }

signals:
    // The scores were rewritten: windowed models re-read.
    void refreshed(const QDate &asOf, int suppliers, qint64 elapsedMs);
    void failed(const QString &sentence);

private:
    void start();
    void onFinished();
    QThread m_thread;
    ScoreRefreshWorker *m_worker;
    bool m_running = false;
    bool m_again = false;
    int m_minimumIntervalMs = 5000;
    QElapsedTimer m_sinceLastRun;
    QTimer m_delay;
};

} // namespace wk
