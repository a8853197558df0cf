#include "suppliers/SupplierActionDialog.h"

#include "itemmodels/SupplierReader.h"
#include "suppliers/SupplierTexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wk {

SupplierActionDialog::SupplierActionDialog(Action action, const Supplier &supplier, SupplierReader *reader,
                                           QWidget *parent)
    : QDialog(parent), m_action(action), m_supplier(supplier), m_impact(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("supplierActionDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    switch (action) {
    case Action::MoveTier: {
        setWindowTitle(tr("Move to another tier"));
        intro->setText(tr("Move %1 out of the %2 tier.").arg(supplier.name, SupplierTexts::tier(supplier.tier)));
        m_tier = new QComboBox(this);
        m_tier->setAccessibleName(tr("New tier"));
        for (int t = 0; t < 3; ++t)
            if (SupplierTier(t) != supplier.tier)
                m_tier->addItem(SupplierTexts::tier(SupplierTier(t)), toCode(SupplierTier(t)));
        form->addRow(tr("&New tier:"), m_tier);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
        break;
    }
    case Action::Suspend:
        setWindowTitle(tr("Suspend supplier"));
        intro->setText(tr("Suspend %1: the platform stops buying from it until it is reinstated.").arg(supplier.name));
        break;
    case Action::Reinstate:
        setWindowTitle(tr("Reinstate supplier"));
        intro->setText(tr("Reinstate %1 (suspended: %2).").arg(supplier.name, supplier.statusReason));
        break;
    }
    if (action != Action::MoveTier) {
        m_reason = new QLineEdit(this);
        m_reason->setAccessibleName(tr("Reason"));
        m_reason->setPlaceholderText(action == Action::Suspend ? tr("Required: why, for the supplier's record")
                                                               : tr("Optional"));
        form->addRow(tr("&Reason:"), m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &SupplierActionDialog::updateConfirm);
        m_buttons->button(QDialogButtonBox::Ok)->setText(action == Action::Suspend ? tr("Suspend") : tr("Reinstate"));
    }
    layout->addWidget(intro);
    m_impact->setObjectName(QStringLiteral("impactPreview"));
    m_impact->setAccessibleName(tr("Impact"));
    m_impact->setWordWrap(true);
    m_impact->setText(tr("Checking what this would touch…"));
    layout->addWidget(m_impact);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    for (QAbstractButton *b : m_buttons->buttons())
        b->setAccessibleName(b->text());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reader, &SupplierReader::impactReady, this, &SupplierActionDialog::onImpact);
    connect(reader, &SupplierReader::failed, this, [this](quint64 token, const QString &sentence) {
        if (token == m_token)
            m_impact->setText(sentence);
    });
    m_token = reader->requestImpact(supplier.id);
    updateConfirm();
}

QPushButton *SupplierActionDialog::confirmButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void SupplierActionDialog::onImpact(quint64 token, const SupplierImpact &impact)
{
    if (token != m_token)
        return;
    m_impactLoaded = true;
    const QLocale locale;
    QString text = tr("This touches:") + QStringLiteral("<ul><li>")
                   + (impact.openOrders == 1 ? tr("1 open order") : tr("%n open orders", nullptr, int(impact.openOrders))) + QStringLiteral("</li><li>")
                   + (impact.soleSourceSkus == 1 ? tr("1 SKU that no other active supplier offers")
                                                : tr("%n SKUs that no other active supplier offers", nullptr, int(impact.soleSourceSkus)))
                   + QStringLiteral("</li><li>")
                   + (impact.liveReviewItems == 1 ? tr("1 live review item")
                                                 : tr("%n live review items", nullptr, int(impact.liveReviewItems))) + QStringLiteral("</li></ul>");
    if (m_action == Action::Suspend && impact.soleSourceSkus > 0)
        text += tr("Those SKUs cannot be sold while the supplier is suspended.");
    m_impact->setText(text);
    m_impact->setAccessibleDescription(m_impact->text());
    updateConfirm();
}

void SupplierActionDialog::updateConfirm()
{
    bool ok = m_impactLoaded;
    if (m_action == Action::Suspend)
        ok = ok && !m_reason->text().trimmed().isEmpty();
    confirmButton()->setEnabled(ok);
}

CommandType SupplierActionDialog::commandType() const
{
    switch (m_action) {
    case Action::MoveTier: return CommandType::SupplierSetTier;
    case Action::Suspend: return CommandType::SupplierSuspend;
    case Action::Reinstate: return CommandType::SupplierReinstate;
    }
    return CommandType::SupplierNote;
}

QJsonObject SupplierActionDialog::payload() const
{
    switch (m_action) {
    case Action::MoveTier: return {{QStringLiteral("tier"), m_tier->currentData().toString()}};
    case Action::Suspend: return {{QStringLiteral("reason"), m_reason->text().trimmed()}};
    case Action::Reinstate:
        if (m_reason->text().trimmed().isEmpty())
            return {};
        return {{QStringLiteral("reason"), m_reason->text().trimmed()}};
    }
    return {};
}

} // namespace wk
