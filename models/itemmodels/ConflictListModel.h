#pragma once
// The Conflicts view's list: every conflict and rejection waiting for a person
// (OutboxStore::needingAttention), oldest first. Read on a worker thread with its own connection to
// the cache; each answer carries a token so that a stale one is dropped. reload() on
// Workspace::outboxChanged.
#include "storage/OutboxStore.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace wk {

class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, CommandColumn, TargetColumn, SinceColumn, ProblemColumn, ColumnCount };
    enum Role { CommandIdRole = Qt::UserRole + 1 };

    explicit ConflictListModel(QObject *parent = nullptr);
    ~ConflictListModel() override;

    // An empty path empties the list.
    void setCachePath(const QString &path);
    void reload();

    const OutboxEntry *entry(int row) const;
    int rowOf(const QString &commandId) const;
    // The last read's failure as a sentence; empty when it worked.
    const QString &error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After every answer that was applied (also an empty one).
    void loaded();

private:
    struct Answer {
        quint64 token = 0;
        QList<OutboxEntry> entries;
        QString error;
    };
    void onAnswer();

    QString m_cachePath;
    QList<OutboxEntry> m_entries;
    QString m_error;
    quint64 m_token = 0;
    QFutureWatcher<Answer> m_watcher;
    bool m_reloadAgain = false;
};

} // namespace wk
