#include "ConflictListModel.h"

#include "storage/CacheDatabase.h"
#include "sync/ConflictDiff.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace wk {

ConflictListModel::ConflictListModel(QObject *parent) : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<Answer>::finished, this, &ConflictListModel::onAnswer);
}

ConflictListModel::~ConflictListModel() { m_watcher.waitForFinished(); }

void ConflictListModel::setCachePath(const QString &path)
{
    m_cachePath = path;
    ++m_token;
    beginResetModel();
    m_entries.clear();
    m_error.clear();
    endResetModel();
    reload();
}

void ConflictListModel::reload()
{
    if (m_cachePath.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_reloadAgain = true;   // one read at a time; the newest state is read once this one is in
        return;
    }
    const quint64 token = ++m_token;
    m_watcher.setFuture(QtConcurrent::run([path = m_cachePath, token] {
        Answer a;
        a.token = token;
        try {
            CacheOpenOptions options;
            options.verify = false;   // the sync's own connection checked the file on open
            Database db = openCache(path, options);
            a.entries = OutboxStore(db).needingAttention();
        } catch (const StorageError &e) {
            a.error = e.message();
        }
        return a;
    }));
}

void ConflictListModel::onAnswer()
{
    const Answer a = m_watcher.result();
    if (a.token == m_token) {
        beginResetModel();
        m_entries = a.entries;
        m_error = a.error;
        endResetModel();
        emit loaded();
    }
    if (std::exchange(m_reloadAgain, false))
        reload();
}

const OutboxEntry *ConflictListModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ConflictListModel::rowOf(const QString &commandId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).command.id == commandId)
            return i;
    return -1;
}

int ConflictListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int ConflictListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    const OutboxEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == CommandIdRole)
        return e->command.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case StateColumn: return e->state == OutboxState::Conflict ? tr("Conflict") : tr("Rejected");
    case CommandColumn: return ConflictDiff::commandName(e->command.type);
    case TargetColumn: return e->command.target;
    case SinceColumn: return QLocale().toString(e->updatedAt.toLocalTime(), QLocale::ShortFormat);
    case ProblemColumn: return ConflictDiff::sentence(*e);
    default: return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("Outcome");
    case CommandColumn: return tr("Command");
    case TargetColumn: return tr("Item");
    case SinceColumn: return tr("Since");
    case ProblemColumn: return tr("What to do");
    default: return {};
    }
}

} // namespace wk
