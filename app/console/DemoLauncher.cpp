#include "DemoLauncher.h"

#include "PlatformServer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <stdexcept>

Q_LOGGING_CATEGORY(lcDemo, "wk.console.demo")

namespace wk::console {

DemoPlatform::DemoPlatform(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("demo-platform"));
}

DemoPlatform::~DemoPlatform()
{
    if (!m_thread.isRunning())
        return;
    // The server and its sockets belong to the platform thread: delete them there, then stop it.
    QMetaObject::invokeMethod(m_host, [host = m_host] { delete host; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString DemoPlatform::defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo-platform.sqlite"));
}

void DemoPlatform::start(const QString &storePath, double liveRate)
{
    Q_ASSERT(!m_thread.isRunning());
    m_host = new QObject;   // deleted on m_thread by the destructor
    m_host->moveToThread(&m_thread);
    m_thread.start();

    QMetaObject::invokeMethod(m_host, [this, host = m_host, storePath, liveRate] {
        const auto fail = [this](const QString &reason) {
            qCWarning(lcDemo).noquote() << reason;
            emit failed(reason);   // queued to the receivers' threads
        };
        if (!QDir().mkpath(QFileInfo(storePath).absolutePath())) {
            fail(QCoreApplication::translate("wk::console::DemoPlatform",
                                             "Cannot create the folder for the demo platform's data: %1")
                     .arg(QFileInfo(storePath).absolutePath()));
            return;
        }
        platform::PlatformServer::Options options;
        options.dbPath = storePath;
        options.liveRate = liveRate;
        // Data as of the top of this hour: ages and SLA clocks as a shift would see them, where the
        // generator's fixed date would put every item weeks past its SLA. A demo started in a later
        // hour generates a new store (a new generation: the console resyncs from the start).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        options.generatedAt = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        try {
            auto *server = new platform::PlatformServer(options, host);
            if (server->start(QHostAddress::LocalHost, 0) == 0) {
                fail(QCoreApplication::translate("wk::console::DemoPlatform",
                                                 "The demo platform could not listen on this computer: %1")
                         .arg(server->errorString()));
                return;
            }
            qCInfo(lcDemo).noquote() << "demo platform on" << server->baseUrl().toString()
                                     << (server->reusedStore() ? QStringLiteral("(store reused)")
                                                               : QStringLiteral("(generated in %1 ms)")
                                                                     .arg(server->generationMs()));
            ConnectionSettings connection;
            connection.platformUrl = server->baseUrl();
            connection.token = QStringLiteral("demo-1");
            emit ready(connection);
        } catch (const StorageError &e) {
            fail(e.message());
        } catch (const std::exception &e) {
            fail(QCoreApplication::translate("wk::console::DemoPlatform", "The demo platform did not start: %1")
                     .arg(QString::fromLocal8Bit(e.what())));
        }
    });
}

} // namespace wk::console
