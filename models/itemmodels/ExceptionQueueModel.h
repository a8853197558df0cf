#pragma once
// The exception queue: open order exceptions under a FulfilmentFilter, the soonest SLA first (so
// the next item to decide is always the top row). Windowed with keyset paging on (sla_due_at, id)
// through canFetchMore / fetchMore; the total is counted in SQL. Pending intents from the outbox
// are shown on top of the server rows (sync rule 3) in the Status column.
#include "FulfilmentTypes.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <any>

namespace wk {

class ReadThread;

class ExceptionQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DueColumn, CodeColumn, OrderColumn, StageColumn, MarketColumn, ValueColumn, ProposalColumn,
                  StatusColumn, ColumnCount };
    enum Role {
        ExceptionIdRole = Qt::UserRole + 1,
        OrderIdRole,
        BreachedRole,   // bool: the response time is over
        PendingRole,    // QStringList of CommandType codes
    };

    explicit ExceptionQueueModel(const QString &cachePath, QObject *parent = nullptr);
    ~ExceptionQueueModel() override;

    const FulfilmentFilter &filter() const { return m_filter; }
    void setFilter(const FulfilmentFilter &filter);
    void reload();
    void refreshPending();
    // Re-evaluates the countdowns (a view calls it every minute).
    void tick();

    // The open exceptions under the filter; counted after the first page (see counted()), -1 until then.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_exhausted; }
    const ExceptionRow *row(int row) const;
    int rowOf(const QString &exceptionId) const;
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The first page is in (the count follows: counted, totalCountChanged).
    void loaded();
    void counted();
    void totalCountChanged(qint64 total);
    void failed(const QString &sentence);

private:
    void onDone(quint64 ticket, const std::any &result);
    void setTotal(qint64 total);
    void startCount();
    qint64 now() const;
    static QString commandLabel(const QString &typeCode);

    ReadThread *m_reader;
    FulfilmentFilter m_filter;
    QList<ExceptionRow> m_rows;
    qint64 m_total = 0;
    QTimer m_countDelay;     // see onDone
    bool m_totalOfOtherFilter = true;   // m_total was counted under an earlier filter
    bool m_exhausted = true;
    bool m_loading = false;
    quint64 m_firstTicket = 0;
    quint64 m_pageTicket = 0;
    quint64 m_countTicket = 0;
    quint64 m_pendingTicket = 0;
    qint64 m_nowMs = 0;
};

} // namespace wk
