#pragma once
// One column of the Fulfilment board: the orders in one stage under the board's filter, oldest in
// the stage first. Windowed: it holds the rows read so far and asks its OrderBoardModel for the
// next page (keyset) when a view scrolls near the end (canFetchMore / fetchMore). The stage's
// total comes from SQL (totalCount), not from the rows held.
#include "FulfilmentTypes.h"

#include <QAbstractListModel>

namespace wk {

class OrderBoardModel;

class BoardColumnModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        ExceptionCodeRole,   // QString, empty if none
        OnHoldRole,          // bool
        PendingRole,         // QStringList of CommandType codes
        VersionRole,         // qint64
        StageEnteredAtRole,  // QDateTime (invalid if unknown)
        CardRole,            // the whole BoardCard as a QVariant
    };

    BoardColumnModel(OrderStage stage, OrderBoardModel *board);

    OrderStage stage() const { return m_stage; }
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    // More rows after the ones held (whether or not a page is on its way).
    bool hasMore() const { return !m_exhausted; }
    const BoardCard *card(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalCountChanged(qint64 total);

private:
    friend class OrderBoardModel;
    void setTotal(qint64 total);
    void replaceRows(const BoardPage &page);
    void appendRows(const BoardPage &page);
    void setPending(const QHash<QString, QStringList> &pending);
    std::optional<BoardKey> lastKey() const;

    OrderStage m_stage;
    OrderBoardModel *m_board;
    QList<BoardCard> m_cards;
    qint64 m_total = 0;
    bool m_exhausted = true;
    bool m_loading = false;
};

} // namespace wk

Q_DECLARE_METATYPE(wk::BoardCard)
