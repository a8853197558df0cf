// Helper for test_sync_kill: a console that syncs with the platform, makes one decision the way the
// desks do (CommandQueue: the outbox row committed on the writer thread), and is killed with
// SIGKILL the moment that commit is reported, before the grace period lets any push leave.
//   sync_enqueue_and_die <server-url> <token> <cache> <item-id> <base-version>
#include "sync/CommandQueue.h"
#include "sync/SyncService.h"
#include "sync/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <unistd.h>
#endif

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6) {
        std::fputs("usage: sync_enqueue_and_die <server-url> <token> <cache> <item-id> <base-version>\n", stderr);
        return 2;
    }
    wk::PlatformClientSettings client;
    client.baseUrl = QUrl(args.at(1));
    client.token = args.at(2);
    wk::SyncEngineOptions engine;
    engine.databasePath = args.at(3);
    wk::SyncService sync(client, engine);
    wk::Workspace workspace(args.at(3), &sync);
    workspace.commands()->setGracePeriod(std::chrono::seconds(2));
    QObject::connect(workspace.commands(), &wk::CommandQueue::submitted, &app, [](const QStringList &ids) {
        std::printf("committed %s\n", qPrintable(ids.constFirst()));
        std::fflush(stdout);
#ifdef Q_OS_WIN
        TerminateProcess(GetCurrentProcess(), 9);
#else
        ::kill(::getpid(), SIGKILL);
#endif
    });
    QObject::connect(workspace.commands(), &wk::CommandQueue::failed, &app, [](const QStringList &, const QString &why) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        QCoreApplication::exit(1);
    });
    sync.start();
    workspace.commands()->submit(wk::CommandType::ReviewDecide, args.at(4), args.at(5).toLongLong(),
                                 QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")},
                                             {QStringLiteral("note"), QStringLiteral("decided, then killed")}});
    return QCoreApplication::exec();
}
