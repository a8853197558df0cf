#include "fulfilment/FulfilmentDesk.h"

#include "common/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace wk {

FulfilmentDesk::FulfilmentDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("fulfilmentDesk"));
    m_emptyState = new EmptyStateWidget(icon(), tr("No order exceptions yet"),
                                        tr("Orders that need a person — a wrong tracking number, a stalled "
                                           "parcel, a customs hold, a quality complaint — will appear here "
                                           "with their SLA clocks once the console has synced."),
                                        connectHint(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
}

QString FulfilmentDesk::key() const { return QStringLiteral("fulfilment"); }

QString FulfilmentDesk::title() const { return tr("Fulfilment"); }

QString FulfilmentDesk::summary() const
{
    return tr("Orders that left the happy path, with their SLA clocks and guarantee costs.");
}

QIcon FulfilmentDesk::icon() const { return QIcon(QStringLiteral(":/icons/fulfilment.svg")); }

EmptyStateWidget *FulfilmentDesk::emptyState() const { return m_emptyState; }

} // namespace wk
