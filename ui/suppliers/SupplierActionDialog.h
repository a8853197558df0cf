#pragma once
// Move a supplier to another tier, suspend it or reinstate it — after seeing what it touches: open
// orders, SKUs no other active supplier offers and live review items (read off the UI thread by
// SupplierReader). The confirm button stays disabled until the preview is there.
#include "domain/Entities.h"
#include "itemmodels/SupplierQueries.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wk {

class SupplierReader;

class SupplierActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { MoveTier, Suspend, Reinstate };

    SupplierActionDialog(Action action, const Supplier &supplier, SupplierReader *reader, QWidget *parent = nullptr);

    Action action() const { return m_action; }
    CommandType commandType() const;
    QJsonObject payload() const;
    bool impactLoaded() const { return m_impactLoaded; }
    QComboBox *tierBox() const { return m_tier; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const;

private:
    void onImpact(quint64 token, const SupplierImpact &impact);
    void updateConfirm();

    Action m_action;
    Supplier m_supplier;
    quint64 m_token = 0;
    bool m_impactLoaded = false;
    QLabel *m_impact;
    QComboBox *m_tier = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace wk
