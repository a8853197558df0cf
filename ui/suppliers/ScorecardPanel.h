#pragma once
// Explains one supplier's score: each criterion with its weight, its sample, the supplier's own
// rate, the tier's mean, how much of the supplier's own record counts (credibility) and the points
// it gives; then the orders and review items behind it, and the supplier's actions.
#include "itemmodels/SupplierQueries.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace wk {

class ScorecardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScorecardPanel(QWidget *parent = nullptr);

    void setDetail(const SupplierDetail &detail);
    void setLoading(const QString &supplierId);
    void clear();
    const SupplierDetail &detail() const { return m_detail; }

    QTableWidget *criteriaTable() const { return m_criteria; }
    QTreeWidget *feedbackList() const { return m_feedback; }
    QPushButton *moveTierButton() const { return m_moveTier; }
    QPushButton *suspendButton() const { return m_suspend; }
    QLabel *scoreLabel() const { return m_score; }

signals:
    void drillDownRequested(const QString &deskKey, const QString &supplierId);
    void moveTierRequested();
    void suspendOrReinstateRequested();

private:
    void fillCriteria();
    void fillFeedback();
    void updateButtons();

    SupplierDetail m_detail;
    QLabel *m_title;
    QLabel *m_score;
    QLabel *m_explanation;
    QTableWidget *m_criteria;
    QTreeWidget *m_feedback;
    QPushButton *m_showOrders;
    QPushButton *m_showReview;
    QPushButton *m_moveTier;
    QPushButton *m_suspend;
};

} // namespace wk
