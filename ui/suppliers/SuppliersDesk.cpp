#include "suppliers/SuppliersDesk.h"

#include "common/EmptyStateWidget.h"

#include <QVBoxLayout>

namespace wk {

SuppliersDesk::SuppliersDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("suppliersDesk"));
    m_emptyState = new EmptyStateWidget(icon(), tr("No suppliers yet"),
                                        tr("Pallet traders, direct factories and the 1688 long tail will "
                                           "appear here with their scorecards once the console has synced "
                                           "with the platform."),
                                        connectHint(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
}

QString SuppliersDesk::key() const { return QStringLiteral("suppliers"); }

QString SuppliersDesk::title() const { return tr("Suppliers"); }

QString SuppliersDesk::summary() const
{
    return tr("Pallet traders, direct factories and the 1688 long tail, with their scorecards.");
}

QIcon SuppliersDesk::icon() const { return QIcon(QStringLiteral(":/icons/suppliers.svg")); }

EmptyStateWidget *SuppliersDesk::emptyState() const { return m_emptyState; }

} // namespace wk
