#include "BoardColumnModel.h"

#include "FulfilmentText.h"
#include "OrderBoardModel.h"
#include "domain/Money.h"
#include "rules/SlaClocks.h"

#include <QDateTime>
#include <algorithm>

namespace wk {

BoardColumnModel::BoardColumnModel(OrderStage stage, OrderBoardModel *board)
    : QAbstractListModel(board), m_stage(stage), m_board(board)
{
}

const BoardCard *BoardColumnModel::card(int row) const
{
    return row >= 0 && row < m_cards.size() ? &m_cards[row] : nullptr;
}

int BoardColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant BoardColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardCard &c = m_cards[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        // Two lines in a column a fifth of a screen wide: what the order is and is worth, then
        // what is wrong with it. The words carry the meaning (exception, hold, pending).
        const QString first = c.orderId + QStringLiteral(" \u00b7 ") + Money(c.totalMinor, c.currency).toPlainString()
            + QLatin1Char(' ') + c.currency;
        QStringList second{c.market};
        if (!c.exceptionCode.isEmpty())
            second << QStringLiteral("\u26a0 ") + FulfilmentText::exceptionName(c.exceptionCode);
        if (c.onHold)
            second << tr("on hold");
        if (!c.pending.isEmpty()) {
            QStringList names;
            for (const QString &type : c.pending)
                names << FulfilmentText::commandName(type);
            second << tr("pending: %1").arg(names.join(QStringLiteral(", ")));
        }
        if (c.stageEnteredAtMs)
            second << tr("%1 in stage").arg(SlaClocks::duration(std::max<qint64>(0, m_board->now() - *c.stageEnteredAtMs)));
        return QString(first + QLatin1Char('\n') + second.join(QStringLiteral(" \u00b7 ")));
    }
    case Qt::ToolTipRole: {
        QStringList lines{tr("Order %1, %2 in %3, customer %4, tracking %5")
                              .arg(c.orderId, c.carrier.isEmpty() ? tr("no carrier") : c.carrier, c.market, c.customerMasked,
                                   c.trackingNumber.isEmpty() ? tr("none") : c.trackingNumber)};
        // The second line may be cut short in a narrow column: the tooltip has it whole.
        lines << data(index, Qt::DisplayRole).toString().section(QLatin1Char('\n'), 1);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: return data(index, Qt::DisplayRole);
    case OrderIdRole: return c.orderId;
    case ExceptionCodeRole: return c.exceptionCode;
    case OnHoldRole: return c.onHold;
    case PendingRole: return c.pending;
    case VersionRole: return c.version;
    case StageEnteredAtRole:
        return c.stageEnteredAtMs ? QDateTime::fromMSecsSinceEpoch(*c.stageEnteredAtMs, Qt::UTC) : QDateTime();
    case CardRole: return QVariant::fromValue(c);
    default: return {};
    }
}

QHash<int, QByteArray> BoardColumnModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(OrderIdRole, "orderId");
    names.insert(ExceptionCodeRole, "exceptionCode");
    names.insert(OnHoldRole, "onHold");
    names.insert(PendingRole, "pending");
    names.insert(VersionRole, "version");
    names.insert(StageEnteredAtRole, "stageEnteredAt");
    names.insert(CardRole, "card");
    return names;
}

bool BoardColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading;
}

void BoardColumnModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    m_board->requestPage(this);
}

void BoardColumnModel::setTotal(qint64 total)
{
    if (total == m_total)
        return;
    m_total = total;
    emit totalCountChanged(total);
}

void BoardColumnModel::replaceRows(const BoardPage &page)
{
    m_loading = true;   // see appendRows
    beginResetModel();
    m_cards = page.cards;
    endResetModel();
    m_exhausted = page.exhausted;
    m_loading = false;
}

void BoardColumnModel::appendRows(const BoardPage &page)
{
    // Still "loading" while the rows go in: a view that reacts to rowsInserted with fetchMore must
    // see the new last row as its key, not ask for the same page again.
    if (!page.cards.isEmpty()) {
        beginInsertRows({}, int(m_cards.size()), int(m_cards.size() + page.cards.size() - 1));
        m_cards += page.cards;
        endInsertRows();
    }
    m_exhausted = page.exhausted;
    m_loading = false;
}

void BoardColumnModel::setPending(const QHash<QString, QStringList> &pending)
{
    for (int row = 0; row < m_cards.size(); ++row) {
        QStringList now = pending.value(m_cards[row].orderId);
        if (now != m_cards[row].pending) {
            m_cards[row].pending = std::move(now);
            emit dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::AccessibleTextRole, PendingRole});
        }
    }
}

std::optional<BoardKey> BoardColumnModel::lastKey() const
{
    if (m_cards.isEmpty())
        return std::nullopt;
    return BoardKey{m_cards.last().stageEnteredAtMs, m_cards.last().orderId};
}

} // namespace wk
