#pragma once
// The row above the Review queue: one drop-down per facet (kind, flag reason, supplier tier, market,
// locale, claim, SLA), the order, the search field and the saved views. It owns the ReviewQuery the
// desk shows and says when it changed.
#include "itemmodels/ReviewQuery.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace wk {

class ReviewFacetBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewFacetBar(QWidget *parent = nullptr);

    const ReviewQuery &query() const { return m_query; }
    // Shows `query` in the controls (without emitting queryChanged).
    void setQuery(const ReviewQuery &query);
    QLineEdit *searchField() const { return m_search; }
    QComboBox *sortBox() const { return m_sort; }

signals:
    void queryChanged(const wk::ReviewQuery &query);

private:
    QComboBox *addCombo(const QString &accessibleName, const QList<QPair<QString, QString>> &entries);
    void fromControls();
    void fillViewsMenu();
    void saveView();

    ReviewQuery m_query;
    QComboBox *m_kind;
    QComboBox *m_reason;
    QComboBox *m_tier;
    QComboBox *m_market;
    QComboBox *m_locale;
    QComboBox *m_claimed;
    QComboBox *m_sla;
    QComboBox *m_sort;
    QLineEdit *m_search;
    QToolButton *m_views;
    QTimer m_searchDelay;
    bool m_updating = false;
};

} // namespace wk
