#pragma once
// The Fulfilment desk's filters: market, currency, supplier tier, carrier, exception code, SLA
// breached, and a search box (order id, tracking number or customer). Emits filterChanged once
// per change (the search after a short pause in typing).
#include "itemmodels/FulfilmentTypes.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace wk {

class FulfilmentFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FulfilmentFilterBar(QWidget *parent = nullptr);

    FulfilmentFilter filter() const;
    // Shows `filter` in the controls without emitting filterChanged.
    void setFilter(const FulfilmentFilter &filter);
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void filterChanged(const wk::FulfilmentFilter &filter);

private:
    QComboBox *addCombo(const QString &accessibleName, const QString &anyText,
                        const QList<QPair<QString, QString>> &items);
    static void select(QComboBox *combo, const QString &code);
    void updateDrillDown();

    QComboBox *m_market;
    QComboBox *m_currency;
    QComboBox *m_tier;
    QComboBox *m_carrier;
    QComboBox *m_code;
    QCheckBox *m_sla;
    QLineEdit *m_search;
    QToolButton *m_drillDown;   // shows a drill-down's supplier / stage; a click clears them
    QTimer m_searchDelay;
    QString m_supplierId;   // from a drill-down (Desk::applyFilter), shown in the search's placeholder
    QString m_stage;
    bool m_silent = false;
};

} // namespace wk
