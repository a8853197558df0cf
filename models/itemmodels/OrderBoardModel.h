#pragma once
// The Fulfilment board: one BoardColumnModel per stage (placed … delivered, returned, refunded),
// their counts from SQL, under one FulfilmentFilter. Reads on its own ReadThread; every answer
// carries the ticket of its request and stale ones (an older filter, a superseded page) are
// dropped.
#include "FulfilmentTypes.h"

#include <QHash>
#include <QObject>
#include <any>
#include <array>

namespace wk {

class BoardColumnModel;
class ReadThread;

class OrderBoardModel : public QObject
{
    Q_OBJECT
public:
    explicit OrderBoardModel(const QString &cachePath, QObject *parent = nullptr);
    ~OrderBoardModel() override;

    const FulfilmentFilter &filter() const { return m_filter; }
    // Replaces the filter and reads counts and first pages again.
    void setFilter(const FulfilmentFilter &filter);
    // Reads again under the same filter (new server data).
    void reload();
    // Re-reads the pending-intent overlay of the rows held (the outbox changed).
    void refreshPending();

    int columnCount() const { return int(m_columns.size()); }
    BoardColumnModel *column(int index) const;
    BoardColumnModel *column(OrderStage stage) const;
    qint64 totalCount() const;
    bool isLoading() const { return m_boardTicket != 0; }

    // Tests and the benchmark pin "now" (ms since the epoch) for the SLA filter; 0 = the clock.
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

signals:
    // Counts and every column's first page arrived for the current filter.
    void loaded();
    void failed(const QString &sentence);

private:
    friend class BoardColumnModel;
    void requestPage(BoardColumnModel *column);
    void onDone(quint64 ticket, const std::any &result);
    qint64 now() const;

    ReadThread *m_reader;
    FulfilmentFilter m_filter;
    std::array<BoardColumnModel *, 9> m_columns{};
    quint64 m_boardTicket = 0;
    quint64 m_pendingTicket = 0;
    QHash<quint64, BoardColumnModel *> m_pageTickets;
    qint64 m_nowMs = 0;
};

} // namespace wk
