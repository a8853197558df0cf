#pragma once

#include "common/Desk.h"

namespace wk {

class EmptyStateWidget;

class FulfilmentDesk : public Desk
{
    Q_OBJECT

public:
    explicit FulfilmentDesk(QWidget *parent = nullptr);

    QString key() const override;
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;

    EmptyStateWidget *emptyState() const;

private:
    EmptyStateWidget *m_emptyState = nullptr;
};

} // namespace wk
