#include "FulfilmentFilterBar.h"
#include "common/ClearButton.h"

#include "itemmodels/FulfilmentText.h"
#include "rules/TrackingNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include "itemmodels/FulfilmentText.h"

namespace wk {

FulfilmentFilterBar::FulfilmentFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fulfilmentFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    QList<QPair<QString, QString>> markets;
    for (const char *m : {"US", "CA", "GB", "DE", "FR", "NL", "IT", "ES", "AU"})
        markets << qMakePair(QString::fromLatin1(m), QString::fromLatin1(m));
    QList<QPair<QString, QString>> currencies;
    for (const char *c : {"USD", "EUR", "GBP", "AUD", "CAD"})
        currencies << qMakePair(QString::fromLatin1(c), QString::fromLatin1(c));
    QList<QPair<QString, QString>> tiers;
    for (const QString &code : allCodes<SupplierTier>())
        tiers << qMakePair(code, FulfilmentText::tierName(code));
    QList<QPair<QString, QString>> carriers;
    for (const QString &code : allCarrierCodes()) {
        if (const auto c = carrierFromCode(code); c && *c != Carrier::Unknown)
            carriers << qMakePair(code, TrackingNumberValidator::carrierDisplayName(*c));
    }
    QList<QPair<QString, QString>> codes;
    for (const QString &code : allCodes<ExceptionCode>())
        codes << qMakePair(code, FulfilmentText::exceptionName(code));

    m_market = addCombo(tr("Market"), tr("All markets"), markets);
    m_currency = addCombo(tr("Currency"), tr("All currencies"), currencies);
    m_tier = addCombo(tr("Supplier tier"), tr("All tiers"), tiers);
    m_carrier = addCombo(tr("Carrier"), tr("All carriers"), carriers);
    m_code = addCombo(tr("Exception"), tr("All exceptions"), codes);
    for (QComboBox *combo : {m_market, m_currency, m_tier, m_carrier, m_code})
        layout->addWidget(combo);
    m_sla = new QCheckBox(tr("SLA &breached"), this);
    m_sla->setObjectName(QStringLiteral("slaBreachedFilter"));
    m_sla->setAccessibleName(tr("Only orders past an SLA"));
    layout->addWidget(m_sla);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fulfilmentSearch"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setPlaceholderText(tr("Order id, tracking number or customer (Ctrl+F)"));
    enableClearButton(*m_search);
    layout->addWidget(m_search, 1);
    m_drillDown = new QToolButton(this);
    m_drillDown->setObjectName(QStringLiteral("drillDownFilter"));
    m_drillDown->setAutoRaise(true);
    layout->addWidget(m_drillDown);
    connect(m_drillDown, &QToolButton::clicked, this, [this] {
        m_supplierId.clear();
        m_stage.clear();
        updateDrillDown();
        emit filterChanged(filter());
    });
    updateDrillDown();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    const auto changed = [this] {
        if (!m_silent)
            emit filterChanged(filter());
    };
    for (QComboBox *combo : {m_market, m_currency, m_tier, m_carrier, m_code})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_sla, &QCheckBox::toggled, this, changed);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, changed] {
        m_searchDelay.stop();
        changed();
    });
    connect(&m_searchDelay, &QTimer::timeout, this, changed);
}

QComboBox *FulfilmentFilterBar::addCombo(const QString &accessibleName, const QString &anyText,
                                         const QList<QPair<QString, QString>> &items)
{
    auto *combo = new QComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->addItem(anyText, QString());
    for (const auto &[code, text] : items)
        combo->addItem(text, code);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void FulfilmentFilterBar::select(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void FulfilmentFilterBar::updateDrillDown()
{
    QStringList parts;
    if (!m_supplierId.isEmpty())
        parts << tr("supplier %1").arg(m_supplierId);
    if (!m_stage.isEmpty())
        parts << tr("stage: %1").arg(FulfilmentText::stageName(m_stage));
    m_drillDown->setVisible(!parts.isEmpty());
    m_drillDown->setText(tr("Only %1 \u2716").arg(parts.join(QStringLiteral(", "))));
    m_drillDown->setAccessibleName(tr("Clear the drill-down filter (%1)").arg(parts.join(QStringLiteral(", "))));
    m_drillDown->setToolTip(m_drillDown->accessibleName());
}

FulfilmentFilter FulfilmentFilterBar::filter() const
{
    FulfilmentFilter f;
    f.market = m_market->currentData().toString();
    f.currency = m_currency->currentData().toString();
    f.supplierTier = m_tier->currentData().toString();
    f.carrier = m_carrier->currentData().toString();
    f.exceptionCode = m_code->currentData().toString();
    f.slaBreached = m_sla->isChecked();
    f.search = m_search->text().trimmed();
    f.supplierId = m_supplierId;
    f.stage = m_stage;
    return f;
}

void FulfilmentFilterBar::setFilter(const FulfilmentFilter &f)
{
    m_silent = true;
    select(m_market, f.market);
    select(m_currency, f.currency);
    select(m_tier, f.supplierTier);
    select(m_carrier, f.carrier);
    select(m_code, f.exceptionCode);
    m_sla->setChecked(f.slaBreached);
    m_search->setText(f.search);
    m_searchDelay.stop();
    m_supplierId = f.supplierId;
    m_stage = f.stage;
    updateDrillDown();
    m_silent = false;
}

} // namespace wk
