#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

namespace wk {

// One page of the console (Review, Fulfilment, Suppliers, Sync). MainWindow only knows this
// interface: each desk owns its content, its models and its own actions.
class Desk : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    ~Desk() override;

    // Stable, untranslated identifier: stored in the settings (last desk) and used by tests,
    // so it must not change when desks are reordered or renamed.
    virtual QString key() const = 0;
    // The desk's name in the switcher and in the View menu (translated).
    virtual QString title() const = 0;
    // One sentence for tooltips and the status tip (translated).
    virtual QString summary() const = 0;
    virtual QIcon icon() const = 0;

protected:
    // The sentence every empty desk ends with until the console has a platform to sync with.
    static QString connectHint();
};

} // namespace wk
