#include "OrderBoardModel.h"

#include "BoardColumnModel.h"
#include "FulfilmentQueries.h"
#include "ReadThread.h"

#include <QDateTime>

namespace wk {

namespace {
struct PendingAnswer {
    QHash<QString, QStringList> pending;
};
} // namespace

OrderBoardModel::OrderBoardModel(const QString &cachePath, QObject *parent)
    : QObject(parent), m_reader(new ReadThread(cachePath, this))
{
    for (size_t i = 0; i < kBoardStages.size(); ++i)
        m_columns[i] = new BoardColumnModel(kBoardStages[i], this);
    connect(m_reader, &ReadThread::done, this, &OrderBoardModel::onDone);
    connect(m_reader, &ReadThread::failed, this, [this](quint64 ticket, const QString &sentence) {
        if (ticket == m_boardTicket)
            m_boardTicket = 0;
        if (auto *column = m_pageTickets.take(ticket))
            column->m_loading = false;
        emit failed(sentence);
    });
}

OrderBoardModel::~OrderBoardModel() = default;

BoardColumnModel *OrderBoardModel::column(int index) const
{
    return index >= 0 && index < int(m_columns.size()) ? m_columns[size_t(index)] : nullptr;
}

BoardColumnModel *OrderBoardModel::column(OrderStage stage) const
{
    for (auto *c : m_columns)
        if (c->stage() == stage)
            return c;
    return nullptr;
}

qint64 OrderBoardModel::totalCount() const
{
    qint64 total = 0;
    for (auto *c : m_columns)
        total += c->totalCount();
    return total;
}

qint64 OrderBoardModel::now() const { return m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch(); }

void OrderBoardModel::setFilter(const FulfilmentFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrderBoardModel::reload()
{
    // Pages of the previous read are stale now: neither their answers nor their reads are wanted
    // (a column scrolled under the old filter must not hold up the new board).
    m_pageTickets.clear();
    for (const OrderStage stage : kBoardStages)
        m_reader->cancel(QStringLiteral("page:") + toCode(stage));
    const FulfilmentFilter filter = m_filter;
    const qint64 nowMs = now();
    m_boardTicket = m_reader->post(QStringLiteral("board"), [filter, nowMs](Database &db) -> std::any {
        return fulfilment::readBoard(db, filter, nowMs);
    });
}

void OrderBoardModel::refreshPending()
{
    QStringList ids;
    for (auto *c : m_columns)
        for (const auto &card : c->m_cards)
            ids << card.orderId;
    m_pendingTicket = m_reader->post(QStringLiteral("pending"), [ids](Database &db) -> std::any {
        return PendingAnswer{fulfilment::readPendingTypes(db, ids)};
    });
}

void OrderBoardModel::requestPage(BoardColumnModel *column)
{
    const FulfilmentFilter filter = m_filter;
    const qint64 nowMs = now();
    const OrderStage stage = column->stage();
    const auto after = column->lastKey();
    const quint64 ticket = m_reader->post(QStringLiteral("page:") + toCode(stage), [=](Database &db) -> std::any {
        return fulfilment::readBoardPage(db, filter, stage, after, nowMs);
    });
    m_pageTickets.insert(ticket, column);
}

void OrderBoardModel::onDone(quint64 ticket, const std::any &result)
{
    if (ticket == m_boardTicket) {
        m_boardTicket = 0;
        const auto &snapshot = std::any_cast<const BoardSnapshot &>(result);
        for (size_t i = 0; i < m_columns.size(); ++i) {
            m_columns[i]->setTotal(snapshot.counts[i]);
            m_columns[i]->replaceRows(snapshot.firstPages.value(qsizetype(i)));
        }
        emit loaded();
        return;
    }
    if (ticket == m_pendingTicket) {
        m_pendingTicket = 0;
        const auto &answer = std::any_cast<const PendingAnswer &>(result);
        for (auto *c : m_columns)
            c->setPending(answer.pending);
        return;
    }
    if (auto *column = m_pageTickets.take(ticket))
        column->appendRows(std::any_cast<const BoardPage &>(result));
    // Anything else is a stale answer: dropped.
}

} // namespace wk
