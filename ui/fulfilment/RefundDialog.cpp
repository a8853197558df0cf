#include "RefundDialog.h"

#include "rules/MoneyText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace wk {

namespace {
QString money(const Money &m) { return m.toPlainString() + QLatin1Char(' ') + m.currency(); }
} // namespace

RefundDialog::RefundDialog(const QString &orderId, const GuaranteeBreakdown &order, QWidget *parent)
    : QDialog(parent), m_order(order), m_full(new QRadioButton(this)), m_partial(new QRadioButton(this)),
      m_amount(new QLineEdit(this)), m_reason(new QLineEdit(this)), m_verdict(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund order %1").arg(orderId));
    m_full->setText(tr("&Full refund: %1 (goods %2 + shipping %3 + fee %4)")
                        .arg(money(order.fullRefund), money(order.goods), money(order.shipping), money(order.fee)));
    m_full->setAccessibleName(tr("Full refund"));
    m_partial->setText(tr("&Partial refund"));
    m_partial->setAccessibleName(tr("Partial refund"));
    m_full->setChecked(true);
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_amount->setAccessibleName(tr("Refund amount in %1").arg(order.fullRefund.currency()));
    m_amount->setPlaceholderText(tr("e.g. %1").arg(Money(order.fullRefund.minorUnits() / 2, order.fullRefund.currency()).toPlainString()));
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setAccessibleName(tr("Reason for the refund"));
    m_reason->setPlaceholderText(tr("What the customer is told, e.g. \"parcel lost by the carrier\""));
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Refund check"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue the refund"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Queue the refund"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(m_full);
    form->addRow(m_partial);
    form->addRow(tr("Amount (%1):").arg(order.fullRefund.currency()), m_amount);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);

    connect(m_full, &QRadioButton::toggled, this, &RefundDialog::recheck);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::recheck);
    connect(m_reason, &QLineEdit::textChanged, this, &RefundDialog::recheck);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
    recheck();
}

QString RefundDialog::verdict() const { return m_verdict->text(); }

void RefundDialog::recheck()
{
    const bool full = m_full->isChecked();
    m_amount->setEnabled(!full);
    QString problem;
    m_payload = {};
    m_payload.full = full;
    m_payload.reason = m_reason->text().trimmed();
    if (full) {
        m_payload.amount = m_order.fullRefund;
    } else {
        const QString currency = m_order.fullRefund.currency();
        const auto minor = parseMinorUnits(m_amount->text(), Money::exponent(currency));
        if (!minor) {
            problem = tr("Type the amount in %1 with at most %n decimal(s), e.g. 12.50.", nullptr,
                         Money::exponent(currency)).arg(currency);
        } else {
            const auto checked = Guarantee::checkPartialRefund(m_order, Money(0, currency), Money(*minor, currency));
            if (!checked)
                problem = checked.message();
            else
                m_payload.amount = checked.value();
        }
    }
    if (problem.isEmpty() && m_payload.reason.isEmpty())
        problem = tr("Say why: the reason goes to the customer and into the supplier's scorecard.");
    m_verdict->setText(problem.isEmpty() ? tr("\u2714 Refund %1.").arg(money(m_payload.amount))
                                         : tr("\u2716 %1").arg(problem));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace wk
