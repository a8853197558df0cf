#include "CommandQueue.h"

#include "storage/CacheDatabase.h"
#include "storage/Database.h"
#include "storage/JournalStore.h"
#include "storage/OutboxStore.h"
#include "storage/SyncStateStore.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>
#include <optional>

Q_LOGGING_CATEGORY(lcCommands, "wk.sync.commands")

namespace wk {

namespace {
const QString kSupervisorIdKey = QStringLiteral("supervisor_id");
const QString kSupervisorNameKey = QStringLiteral("supervisor_name");
const QString kLeaseSecondsKey = QStringLiteral("lease_seconds");

QString newCommandId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
} // namespace

// Lives on the queue's thread and owns that thread's cache connection, opened on first use so
// that a cache that cannot be opened turns into a `failed` sentence rather than a crash.
class CommandWriter : public QObject
{
public:
    explicit CommandWriter(QString path) : m_path(std::move(path)) {}

    Database &db()
    {
        if (!m_db) {
            // No quick_check here: the sync engine's connection checks the file once per start. A
            // second full read of a multi-GB cache on this thread competed with every desk's reads
            // for the first minute (watchkeeper-bench fulfilment: 64% of the CPU samples during
            // the filter changes). A file that is not ours, too new or unreadable still throws.
            CacheOpenOptions options;
            options.verify = false;
            m_db.emplace(openCache(m_path, options));
        }
        return *m_db;
    }

    void closeDatabase() { m_db.reset(); }

private:
    QString m_path;
    std::optional<Database> m_db;
};

CommandQueue::CommandQueue(const QString &cachePath, QObject *parent)
    : QObject(parent), m_writer(new CommandWriter(cachePath))
{
    qRegisterMetaType<wk::Me>();
    m_thread.setObjectName(QStringLiteral("wk-command-writer"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, [writer = m_writer] {
        writer->closeDatabase();
        delete writer;
    });
    m_thread.start();
}

CommandQueue::~CommandQueue()
{
    // Writes already queued still run: a decision the supervisor made is not dropped on exit. The
    // blocking no-op returns once everything queued before it has run (quit() alone would drop it).
    QMetaObject::invokeMethod(m_writer, [] {}, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CommandQueue::setGracePeriod(std::chrono::milliseconds grace) { m_grace = grace; }

QString CommandQueue::submit(CommandType type, const QString &target, qint64 baseVersion, const QJsonObject &payload)
{
    Command draft;
    draft.type = type;
    draft.target = target;
    draft.baseVersion = baseVersion;
    draft.payload = payload;
    return submitAll({draft}).constFirst();
}

QStringList CommandQueue::submitAll(const QList<Command> &drafts)
{
    QList<Command> commands = drafts;
    QStringList ids;
    for (auto &command : commands) {
        command.id = newCommandId();
        ids.append(command.id);
    }
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, commands, ids, grace = m_grace] {
        try {
            Database &db = writer->db();
            Transaction tx(db);
            OutboxStore outbox(db);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const auto &command : commands)
                outbox.enqueue(command, now, grace);
            tx.commit();
        } catch (const StorageError &error) {
            qCWarning(lcCommands) << "could not queue" << ids << error.message();
            QMetaObject::invokeMethod(this, [this, ids, message = error.message()] {
                emit failed(ids, tr("The decision could not be saved, so nothing was queued: %1").arg(message));
            }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(this, [this, ids] {
            emit submitted(ids);
            emit outboxChanged();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return ids;
}

void CommandQueue::undo(const QString &commandId)
{
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, commandId] {
        bool withdrawn = false;
        try {
            Database &db = writer->db();
            Transaction tx(db);
            withdrawn = OutboxStore(db).undo(commandId, QDateTime::currentDateTimeUtc());
            tx.commit();
        } catch (const StorageError &error) {
            qCWarning(lcCommands) << "undo failed" << commandId << error.message();
        }
        QMetaObject::invokeMethod(this, [this, commandId, withdrawn] {
            emit undone(commandId, withdrawn);
            if (withdrawn)
                emit outboxChanged();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CommandQueue::resubmit(const QString &commandId, qint64 baseVersion)
{
    const QString newId = newCommandId();
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, commandId, newId, baseVersion, grace = m_grace] {
        try {
            Database &db = writer->db();
            Transaction tx(db);
            OutboxStore outbox(db);
            const auto old = outbox.entry(commandId);
            if (!old)
                throw StorageError(StorageError::Kind::Other,
                                   tr("The command %1 is no longer in the outbox.").arg(commandId));
            Command again = old->command;
            again.id = newId;
            again.baseVersion = baseVersion;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // Both lines reach the journal: the old command "dismissed: resubmitted as <new id>", the new
            // one "enqueued" — the history of the decision stays connected.
            if (!outbox.dismiss(commandId, now, QStringLiteral("resubmitted as %1").arg(newId)))
                throw StorageError(StorageError::Kind::Other,
                                   tr("The command %1 is not waiting for a decision any more.").arg(commandId));
            outbox.enqueue(again, now, grace);
            tx.commit();
        } catch (const StorageError &error) {
            QMetaObject::invokeMethod(this, [this, commandId, message = error.message()] {
                emit failed({commandId}, tr("The command could not be sent again: %1").arg(message));
            }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(this, [this, commandId, newId] {
            emit resubmitted(commandId, newId);
            emit outboxChanged();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CommandQueue::dismiss(const QString &commandId, const QString &how)
{
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, commandId, how] {
        try {
            Database &db = writer->db();
            Transaction tx(db);
            OutboxStore(db).dismiss(commandId, QDateTime::currentDateTimeUtc(), how);
            tx.commit();
        } catch (const StorageError &error) {
            QMetaObject::invokeMethod(this, [this, commandId, message = error.message()] {
                emit failed({commandId}, tr("The command could not be dismissed: %1").arg(message));
            }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(this, [this, commandId] {
            emit dismissed(commandId);
            emit outboxChanged();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CommandQueue::rememberSupervisor(const Me &me)
{
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, me] {
        try {
            Database &db = writer->db();
            Transaction tx(db);
            SyncStateStore state(db);
            state.setValue(kSupervisorIdKey, me.supervisorId);
            state.setValue(kSupervisorNameKey, me.displayName);
            state.setValue(kLeaseSecondsKey, QString::number(me.leaseSeconds));
            tx.commit();
        } catch (const StorageError &error) {
            qCWarning(lcCommands) << "could not remember the supervisor" << error.message();
        }
    }, Qt::QueuedConnection);
}

void CommandQueue::loadSupervisor()
{
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer] {
        Me me;
        try {
            SyncStateStore state(writer->db());
            me.supervisorId = state.value(kSupervisorIdKey).value_or(QString());
            me.displayName = state.value(kSupervisorNameKey).value_or(QString());
            me.leaseSeconds = state.value(kLeaseSecondsKey).value_or(QString()).toInt();
        } catch (const StorageError &error) {
            qCWarning(lcCommands) << "could not read the supervisor" << error.message();
        }
        if (me.supervisorId.isEmpty())
            return;
        QMetaObject::invokeMethod(this, [this, me] { emit supervisorLoaded(me); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void CommandQueue::recordReveal(const QString &orderId, const QStringList &fields, const QString &reason)
{
    QMetaObject::invokeMethod(m_writer, [this, writer = m_writer, orderId, fields, reason] {
        try {
            JournalStore(writer->db()).appendReveal(orderId, fields, reason);
        } catch (const StorageError &error) {
            qCWarning(lcCommands) << "could not journal a reveal of" << orderId << error.message();
            QMetaObject::invokeMethod(this, [this, message = error.message()] {
                emit failed({}, tr("The reveal could not be written to the journal: %1").arg(message));
            }, Qt::QueuedConnection);
        }
    }, Qt::QueuedConnection);
}

} // namespace wk
