#pragma once
// One order in detail: its SLA clocks with countdowns, the AI's proposal and rationale beside the
// supervisor's decision, what the guarantee costs (goods + shipping + fee; refund against reship,
// in the order's currency and in CNY), and the timeline of tracking events and actions. The
// customer is masked until "Reveal customer", which the desk journals before showing anything.
#include "itemmodels/FulfilmentTypes.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace wk {

class OrderDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailPane(QWidget *parent = nullptr);

    void clear();
    // `exceptionId`: the exception the supervisor is triaging (its proposal is shown), may be empty.
    void setDetail(const OrderDetail &detail, const QString &exceptionId);
    void setRevealed(const QString &orderId, const QString &name, const QString &email);
    void setNow(qint64 nowMs) { m_nowMs = nowMs; }

    const OrderDetail &detail() const { return m_detail; }
    const OrderException *currentException() const;
    QString customerText() const;
    QString clocksText() const;
    QString costText() const;
    QString proposalText() const;
    QString decisionText() const;
    QTreeWidget *timeline() const { return m_timeline; }

signals:
    void revealRequested(const QString &orderId);

private:
    void updateClocks();
    void updateCosts();
    void updateDecision();
    void updateTimeline();
    qint64 now() const;

    OrderDetail m_detail;
    QString m_exceptionId;
    qint64 m_nowMs = 0;
    QLabel *m_title;
    QLabel *m_customer;
    QPushButton *m_reveal;
    QLabel *m_clocks;
    QLabel *m_proposal;
    QLabel *m_decision;
    QLabel *m_costs;
    QTreeWidget *m_timeline;
    QTimer m_tick;
};

} // namespace wk
