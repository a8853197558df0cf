#pragma once

#include "common/Desk.h"

namespace wk {

class EmptyStateWidget;

class SuppliersDesk : public Desk
{
    Q_OBJECT

public:
    explicit SuppliersDesk(QWidget *parent = nullptr);

    QString key() const override;
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;

    EmptyStateWidget *emptyState() const;

private:
    EmptyStateWidget *m_emptyState = nullptr;
};

} // namespace wk
