#pragma once
// Fixing an order's tracking number: the typed number is checked inline (TrackingNumberValidator)
// before anything can be queued, and a number already on another order is flagged. The result is
// an order.fix_tracking payload.
#include "sync/CommandPayloads.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wk {

class TrackingFixDialog : public QDialog
{
    Q_OBJECT
public:
    TrackingFixDialog(const QString &orderId, const QString &currentNumber, QWidget *parent = nullptr);

    FixTrackingPayload payload() const;
    QLineEdit *numberEdit() const { return m_number; }
    QString verdict() const;

    // The answer to reuseCheckRequested: the other orders that already carry `normalised`.
    void setOtherOrders(const QString &normalised, const QStringList &orderIds);

signals:
    void reuseCheckRequested(const QString &normalised);

private:
    void recheck();

    QString m_orderId;
    QLineEdit *m_number;
    QComboBox *m_carrier;
    QLabel *m_verdict;
    QLabel *m_reuse;
    QDialogButtonBox *m_buttons;
    QString m_checkedCarrier;
    QString m_normalised;
};

} // namespace wk
