#pragma once
// The Fulfilment desk: the order board (a column per stage), the exception queue (keyboard first:
// the next exception is always the selected row), and the detail of the selected order, over the
// workspace's cache. Actions go through the workspace's command queue (FulfilmentActions).
//
// applyFilter keys: "exception_code" (ExceptionCode code), "stage" (OrderStage code, narrows the
// queue), "sla" ("breached"), "market" (ISO 3166 alpha-2), "supplier_id".
#include "common/Desk.h"
#include "itemmodels/FulfilmentTypes.h"

#include <QTimer>

class QLabel;
class QStackedWidget;
class QTableView;

namespace wk {

class BoardView;
class EmptyStateWidget;
class ExceptionQueueModel;
class FulfilmentActions;
class FulfilmentFilterBar;
class OrderBoardModel;
class OrderDetailLoader;
class OrderDetailPane;
struct ActionTarget;

class FulfilmentDesk : public Desk
{
    Q_OBJECT

public:
    explicit FulfilmentDesk(QWidget *parent = nullptr);
    ~FulfilmentDesk() override;

    QString key() const override;
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    void applyFilter(const DeskFilter &filter) override;

    EmptyStateWidget *emptyState() const;
    FulfilmentFilterBar *filterBar() const { return m_filterBar; }
    BoardView *board() const { return m_board; }
    QTableView *queueView() const { return m_queueView; }
    OrderDetailPane *detailPane() const { return m_detail; }
    OrderBoardModel *boardModel() const { return m_boardModel; }
    ExceptionQueueModel *queueModel() const { return m_queueModel; }
    FulfilmentActions *actions() const { return m_actions; }
    QString statusMessage() const;
    // Tests and the benchmark pin "now" for the SLA filter and countdowns; 0 = the clock.
    void setNow(qint64 nowMs);

protected:
    void workspaceChanged() override;

private:
    void buildContent();
    void addShortcuts();
    void setFilter(const FulfilmentFilter &filter);
    void onCurrentRowChanged();
    void openCurrentOrder();
    void openOrder(const QString &orderId, const QString &exceptionId);
    QList<ActionTarget> selectedTargets() const;
    void afterAction();

    EmptyStateWidget *m_emptyState = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    FulfilmentFilterBar *m_filterBar = nullptr;
    BoardView *m_board = nullptr;
    QTableView *m_queueView = nullptr;
    QLabel *m_queueTitle = nullptr;
    OrderDetailPane *m_detail = nullptr;
    QLabel *m_status = nullptr;
    FulfilmentActions *m_actions = nullptr;
    OrderBoardModel *m_boardModel = nullptr;
    ExceptionQueueModel *m_queueModel = nullptr;
    OrderDetailLoader *m_loader = nullptr;
    QString m_selectedExceptionId;
    qint64 m_nowMs = 0;
    QTimer m_reloadTimer;
    QTimer m_detailDelay;                 // opens the order of a row selected by a re-read
    bool m_selectingAfterRead = false;
};

} // namespace wk
