#include "TrackingFixDialog.h"

#include "rules/TrackingNumber.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wk {

TrackingFixDialog::TrackingFixDialog(const QString &orderId, const QString &currentNumber, QWidget *parent)
    : QDialog(parent), m_orderId(orderId), m_number(new QLineEdit(this)), m_carrier(new QComboBox(this)),
      m_verdict(new QLabel(this)), m_reuse(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("trackingFixDialog"));
    setWindowTitle(tr("Fix the tracking number of %1").arg(orderId));
    m_number->setObjectName(QStringLiteral("trackingNumberEdit"));
    m_number->setAccessibleName(tr("New tracking number"));
    m_number->setPlaceholderText(currentNumber.isEmpty() ? tr("The number on the parcel's label") : currentNumber);
    m_carrier->setAccessibleName(tr("Carrier"));
    m_carrier->addItem(tr("As the number says"), QString());
    for (const QString &code : allCarrierCodes()) {
        if (const auto carrier = carrierFromCode(code); carrier && *carrier != Carrier::Unknown)
            m_carrier->addItem(TrackingNumberValidator::carrierDisplayName(*carrier), code);
    }
    m_verdict->setObjectName(QStringLiteral("trackingVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setAccessibleName(tr("Tracking number check"));
    m_reuse->setWordWrap(true);
    m_reuse->setAccessibleName(tr("Other orders with this number"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Queue the fix"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Queue the fix"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Tracking number:"), m_number);
    form->addRow(tr("Carrier:"), m_carrier);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_reuse);
    layout->addWidget(m_buttons);

    connect(m_number, &QLineEdit::textChanged, this, &TrackingFixDialog::recheck);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recheck();
}

QString TrackingFixDialog::verdict() const { return m_verdict->text(); }

void TrackingFixDialog::recheck()
{
    const QString typed = m_number->text();
    m_reuse->clear();
    if (typed.trimmed().isEmpty()) {
        m_verdict->setText(tr("Type the number exactly as it is printed on the label."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const TrackingCheck check = TrackingNumberValidator::check(typed);
    m_normalised = check.normalised;
    if (!check.valid) {
        // The validator's sentence says what is wrong (check digit, length, country ...); the mark
        // in front makes the verdict readable without colour.
        m_verdict->setText(tr("\u2716 Not queued: %1").arg(check.message));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_checkedCarrier = carrierCode(check.carrier);
    m_verdict->setText(tr("\u2714 A valid %1 number (%2).")
                           .arg(TrackingNumberValidator::carrierDisplayName(check.carrier),
                                TrackingNumberValidator::schemeDisplayName(check.scheme)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    emit reuseCheckRequested(check.normalised);
}

void TrackingFixDialog::setOtherOrders(const QString &normalised, const QStringList &orderIds)
{
    if (normalised != m_normalised)
        return;   // an answer for a number the supervisor has since changed
    QStringList others = orderIds;
    others.removeAll(m_orderId);
    m_reuse->setText(others.isEmpty()
                         ? QString()
                         : tr("\u26a0 This number is already on %n other order(s): %1. A parcel cannot reach two "
                              "customers; queue it only if the label really was reused.", nullptr, int(others.size()))
                               .arg(others.join(QStringLiteral(", "))));
}

FixTrackingPayload TrackingFixDialog::payload() const
{
    const QString chosen = m_carrier->currentData().toString();
    return {m_normalised, chosen.isEmpty() ? m_checkedCarrier : chosen};
}

} // namespace wk
