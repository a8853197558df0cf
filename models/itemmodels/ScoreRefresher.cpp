#include "itemmodels/ScoreRefresher.h"

#include "itemmodels/ScoreRecompute.h"
#include "itemmodels/SupplierScoring.h"
#include "storage/CacheDatabase.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <memory>

Q_LOGGING_CATEGORY(lcScores, "wk.suppliers.scores", QtInfoMsg)

namespace wk {

class ScoreRefreshWorker : public QObject
{
public:
    explicit ScoreRefreshWorker(QString path) : m_path(std::move(path)) {}
    // On the worker thread. Returns an empty sentence on success.
    QString run(PeriodKind kind, QDate &asOf, int &suppliers)
    {
        try {
            if (!m_db) {
                m_db = std::make_unique<Database>(openCache(m_path, CacheOpenOptions{false, 5000}));
                tuneForScoring(*m_db);
            }
            const RecomputeStats r = recomputeAllScores(*m_db, kind);
            asOf = r.asOf;
            suppliers = r.suppliers;
            return {};
        } catch (const std::exception &e) {
            m_db.reset();
            return ScoreRefresher::tr("The scorecards could not be recomputed: %1").arg(QString::fromUtf8(e.what()));
        }
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

ScoreRefresher::ScoreRefresher(const QString &cachePath, QObject *parent)
    : QObject(parent), m_worker(new ScoreRefreshWorker(cachePath))
{
    m_delay.setSingleShot(true);
    m_delay.setTimerType(Qt::PreciseTimer);   // a coarse timer may fire 5% early
    connect(&m_delay, &QTimer::timeout, this, &ScoreRefresher::start);
    m_thread.setObjectName(QStringLiteral("ScoreRefresher"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ScoreRefresher::~ScoreRefresher()
{
    m_thread.quit();
    m_thread.wait();
}

void ScoreRefresher::setPeriodKind(PeriodKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_sinceLastRun.invalidate();   // the supervisor asked: no waiting for the interval
    m_delay.stop();
    refresh();
}

void ScoreRefresher::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_delay.isActive())
        return;   // already scheduled
    const qint64 wait = m_sinceLastRun.isValid() ? m_minimumIntervalMs - m_sinceLastRun.elapsed() : 0;
    if (wait > 0)
        m_delay.start(int(wait));
    else
        start();
}

void ScoreRefresher::start()
{
    m_running = true;
    m_again = false;
    QMetaObject::invokeMethod(m_worker, [this, kind = m_kind] {
        QElapsedTimer timer;
        timer.start();
        QDate asOf;
        int suppliers = 0;
        const QString error = m_worker->run(kind, asOf, suppliers);
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(this, [this, error, asOf, suppliers, ms] {
            if (error.isEmpty()) {
                qCDebug(lcScores) << suppliers << "scorecards in" << ms << "ms";
                emit refreshed(asOf, suppliers, ms);
            } else {
                qCWarning(lcScores) << error;
                emit failed(error);
            }
            onFinished();
        }, Qt::QueuedConnection);
    });
}

void ScoreRefresher::onFinished()
{
    m_running = false;
    m_sinceLastRun.start();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace wk
