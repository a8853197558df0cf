#include "OverviewLoader.h"

#include "CacheReader.h"
#include "OverviewQuery.h"
#include "storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOverview, "wk.itemmodels.overview")

namespace wk {

OverviewLoader::OverviewLoader(const QString &cachePath, QObject *parent)
    : QObject(parent), m_reader(std::make_unique<CacheReader>(cachePath)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<wk::OverviewSnapshot>();
    qRegisterMetaType<wk::JournalVerification>();
}

OverviewLoader::~OverviewLoader() { m_reader.reset(); }

void OverviewLoader::setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

void OverviewLoader::refresh()
{
    // A sync pours pages in: one read at a time, and one more afterwards if anything asked meanwhile.
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void OverviewLoader::start()
{
    m_running = true;
    m_again = false;
    const quint64 token = ++m_token;
    const QDateTime now = m_clock();
    m_reader->run([this, token, now](Database *db, const QString &error) {
        OverviewSnapshot snapshot;
        QString problem = error;
        if (db) {
            try {
                snapshot = OverviewQuery::read(*db, now);
            } catch (const StorageError &e) {
                problem = e.message();
            }
        }
        QMetaObject::invokeMethod(this, [this, token, snapshot, problem] {
            m_running = false;
            if (token == m_token) {
                if (problem.isEmpty())
                    emit loaded(snapshot);
                else
                    emit failed(problem);
            }
            if (m_again)
                start();
        }, Qt::QueuedConnection);
    });
}

void OverviewLoader::verifyJournal()
{
    m_reader->run([this](Database *db, const QString &error) {
        if (!db) {
            qCWarning(lcOverview) << "journal not verified:" << error;
            return;
        }
        const JournalVerification result = JournalChain::verify(*db);
        if (!result.ok())
            qCWarning(lcOverview) << "journal broken:" << result.message();
        QMetaObject::invokeMethod(this, [this, result] { emit journalVerified(result); }, Qt::QueuedConnection);
    });
}

} // namespace wk
