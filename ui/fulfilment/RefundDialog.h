#pragma once
// A refund under the guarantee: full (goods + shipping + fee) or partial with a reason. Amounts
// are typed as text and parsed into integer minor units (parseMinorUnits); the bounds come from
// Guarantee::partialRefundBounds. The result is an order.refund payload.
#include "rules/Guarantee.h"
#include "sync/CommandPayloads.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace wk {

class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(const QString &orderId, const GuaranteeBreakdown &order, QWidget *parent = nullptr);

    RefundPayload payload() const { return m_payload; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QRadioButton *partialButton() const { return m_partial; }
    QString verdict() const;

private:
    void recheck();

    GuaranteeBreakdown m_order;
    QRadioButton *m_full;
    QRadioButton *m_partial;
    QLineEdit *m_amount;
    QLineEdit *m_reason;
    QLabel *m_verdict;
    QDialogButtonBox *m_buttons;
    RefundPayload m_payload;
};

} // namespace wk
