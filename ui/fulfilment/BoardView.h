#pragma once
// The board: one column per stage with its count from SQL and its windowed list of orders.
// Activating a card (Enter, double click) opens that order in the detail.
#include <QWidget>

class QLabel;
class QListView;

namespace wk {

class OrderBoardModel;

class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(QWidget *parent = nullptr);

    void setModel(OrderBoardModel *model);
    QListView *columnView(int index) const { return m_views.value(index); }
    QLabel *columnHeader(int index) const { return m_headers.value(index); }

signals:
    void orderActivated(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeaders();

    OrderBoardModel *m_model = nullptr;
    QList<QLabel *> m_headers;
    QList<QListView *> m_views;
};

} // namespace wk
