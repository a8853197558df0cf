#include "ExceptionQueueModel.h"

#include "FulfilmentQueries.h"
#include "FulfilmentText.h"
#include "ReadThread.h"
#include "rules/SlaClocks.h"

#include <QDateTime>

namespace wk {

namespace {
struct QueuePending {
    QHash<QString, QStringList> pending;
};
struct QueueCount {
    qint64 total = 0;
};
constexpr int kCountDelayMs = 120;
} // namespace

ExceptionQueueModel::ExceptionQueueModel(const QString &cachePath, QObject *parent)
    : QAbstractTableModel(parent), m_reader(new ReadThread(cachePath, this))
{
    connect(m_reader, &ReadThread::done, this, &ExceptionQueueModel::onDone);
    m_countDelay.setSingleShot(true);
    m_countDelay.setInterval(kCountDelayMs);
    connect(&m_countDelay, &QTimer::timeout, this, &ExceptionQueueModel::startCount);
    connect(m_reader, &ReadThread::failed, this, [this](quint64 ticket, const QString &sentence) {
        if (ticket == m_firstTicket || ticket == m_pageTicket)
            m_loading = false;
        emit failed(sentence);
    });
}

ExceptionQueueModel::~ExceptionQueueModel() = default;

qint64 ExceptionQueueModel::now() const { return m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch(); }

void ExceptionQueueModel::setFilter(const FulfilmentFilter &filter)
{
    m_filter = filter;
    m_totalOfOtherFilter = true;
    reload();
}

void ExceptionQueueModel::reload()
{
    const FulfilmentFilter filter = m_filter;
    const qint64 nowMs = now();
    m_loading = true;
    m_pageTicket = 0;
    m_firstTicket = m_reader->post(QStringLiteral("first"), [filter, nowMs](Database &db) -> std::any {
        return fulfilment::readExceptions(db, filter, std::nullopt, nowMs);
    });
    // The count comes after the first page (see onDone); a count of the previous filter, due,
    // running or queued, is not wanted any more.
    m_countDelay.stop();
    m_countTicket = 0;
    m_reader->cancel(QStringLiteral("count"));
}

void ExceptionQueueModel::startCount()
{
    const FulfilmentFilter filter = m_filter;
    const qint64 nowMs = now();
    m_countTicket = m_reader->post(QStringLiteral("count"), [filter, nowMs](Database &db) -> std::any {
        return QueueCount{fulfilment::countExceptions(db, filter, nowMs)};
    });
}

void ExceptionQueueModel::setTotal(qint64 total)
{
    m_totalOfOtherFilter = false;
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(m_total);
    }
    emit counted();
}

void ExceptionQueueModel::refreshPending()
{
    QStringList targets;
    for (const auto &r : m_rows)
        targets << r.exceptionId << r.orderId;
    m_pendingTicket = m_reader->post(QStringLiteral("pending"), [targets](Database &db) -> std::any {
        return QueuePending{fulfilment::readPendingTypes(db, targets)};
    });
}

void ExceptionQueueModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DueColumn), index(int(m_rows.size()) - 1, DueColumn));
}

const ExceptionRow *ExceptionQueueModel::row(int r) const
{
    return r >= 0 && r < m_rows.size() ? &m_rows[r] : nullptr;
}

int ExceptionQueueModel::rowOf(const QString &exceptionId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].exceptionId == exceptionId)
            return r;
    return -1;
}

int ExceptionQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ExceptionQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ExceptionQueueModel::commandLabel(const QString &code)
{
    const auto type = fromCode<CommandType>(code);
    if (!type)
        return code;
    switch (*type) {
    case CommandType::OrderFixTracking: return tr("fix tracking");
    case CommandType::OrderRefund: return tr("refund");
    case CommandType::OrderReship: return tr("reship");
    case CommandType::OrderHold: return tr("hold");
    case CommandType::OrderRelease: return tr("release");
    case CommandType::OrderNote: return tr("note");
    case CommandType::ExceptionResolve: return tr("resolve");
    case CommandType::ExceptionEscalate: return tr("escalate");
    case CommandType::ExceptionNote: return tr("note");
    default: return code;
    }
}

QVariant ExceptionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExceptionRow &r = m_rows[index.row()];
    const bool breached = r.slaDueAtMs && *r.slaDueAtMs < now();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case DueColumn: {
            if (!r.slaDueAtMs)
                return tr("no SLA");
            const qint64 left = *r.slaDueAtMs - now();
            return left < 0 ? tr("overdue by %1").arg(SlaClocks::duration(left))
                            : tr("%1 left").arg(SlaClocks::duration(left));
        }
        case CodeColumn: return FulfilmentText::exceptionName(r.code);
        case OrderColumn: return r.orderId;
        case StageColumn: return FulfilmentText::stageName(r.stage);
        case MarketColumn: return r.market;
        case ValueColumn: return Money(r.totalMinor, r.currency).toPlainString() + QLatin1Char(' ') + r.currency;
        case ProposalColumn: return r.aiProposal.isEmpty() ? QString() : tr("AI: %1").arg(commandLabel(r.aiProposal));
        case StatusColumn: {
            QStringList parts;
            for (const QString &p : r.pending)
                parts << tr("%1 pending").arg(commandLabel(p));
            if (r.onHold)
                parts << tr("on hold");
            return parts.join(QStringLiteral(", "));
        }
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ExceptionIdRole: return r.exceptionId;
    case OrderIdRole: return r.orderId;
    case BreachedRole: return breached;
    case PendingRole: return r.pending;
    default: return {};
    }
}

QVariant ExceptionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DueColumn: return tr("SLA");
    case CodeColumn: return tr("Exception");
    case OrderColumn: return tr("Order");
    case StageColumn: return tr("Stage");
    case MarketColumn: return tr("Market");
    case ValueColumn: return tr("Order value");
    case ProposalColumn: return tr("AI proposal");
    case StatusColumn: return tr("Status");   // pending commands and holds
    case ColumnCount: break;
    }
    return {};
}

bool ExceptionQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading;
}

void ExceptionQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    m_loading = true;
    const FulfilmentFilter filter = m_filter;
    const qint64 nowMs = now();
    const QPair<qint64, QString> after{m_rows.last().slaDueAtMs.value_or(fulfilment::kNoSla), m_rows.last().exceptionId};
    m_pageTicket = m_reader->post(QStringLiteral("page"), [=](Database &db) -> std::any {
        return fulfilment::readExceptions(db, filter, after, nowMs);
    });
}

void ExceptionQueueModel::onDone(quint64 ticket, const std::any &result)
{
    if (ticket == m_firstTicket) {
        m_firstTicket = 0;
        const auto &page = std::any_cast<const ExceptionPage &>(result);
        beginResetModel();
        m_rows = page.rows;
        endResetModel();
        m_exhausted = page.exhausted;
        m_loading = false;
        emit loaded();
        if (m_exhausted) {
            // The whole queue is on this page: its size is the count.
            setTotal(m_rows.size());
        } else {
            // Counting under an order filter reads an order per open exception (20 ms of CPU on
            // 2,000,000 orders): not while the desk lays out and paints the new board and queue on
            // a two-core laptop, and not at all for a filter the supervisor only passes through.
            // The total reads "counting" meanwhile, never the previous filter's number (a re-read
            // under the same filter, as during a sync, keeps the last count until the new one).
            if (m_totalOfOtherFilter && m_total != -1) {
                m_total = -1;
                emit totalCountChanged(m_total);
            }
            m_countDelay.start();
        }
    } else if (ticket == m_countTicket) {
        m_countTicket = 0;
        setTotal(std::any_cast<const QueueCount &>(result).total);
    } else if (ticket == m_pageTicket) {
        m_pageTicket = 0;
        const auto &page = std::any_cast<const ExceptionPage &>(result);
        // Still "loading" while the rows go in: a view that reacts to rowsInserted with fetchMore
        // must see the new last row as its key, not ask for the same page again.
        if (!page.rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            m_rows += page.rows;
            endInsertRows();
        }
        m_exhausted = page.exhausted;
        m_loading = false;
    } else if (ticket == m_pendingTicket) {
        m_pendingTicket = 0;
        const auto &answer = std::any_cast<const QueuePending &>(result);
        for (int r = 0; r < m_rows.size(); ++r) {
            QStringList now = answer.pending.value(m_rows[r].exceptionId) + answer.pending.value(m_rows[r].orderId);
            if (now != m_rows[r].pending) {
                m_rows[r].pending = std::move(now);
                emit dataChanged(index(r, StatusColumn), index(r, StatusColumn));
            }
        }
    }
    // Anything else is stale: dropped.
}

} // namespace wk
