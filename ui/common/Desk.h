#pragma once

#include <QIcon>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QWidget>

namespace wk {

class Workspace;

// A desk opened from elsewhere (an Overview tile, a drill-down from a score) with a filter. The keys
// are the target desk's own facet names ("kind", "flag_reason", "exception_code", "supplier_id",
// "sla" ...), the values their stable codes; each desk documents the keys it understands.
using DeskFilter = QVariantMap;

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

    // The cache, the command queue and the sync's news (models/sync/Workspace.h); null until the
    // console has a platform (then the desk shows its empty state). May be called again with
    // another workspace; the desk drops everything it read from the old one.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const;

    // Shows what `filter` selects (replacing the desk's current filter); keys it does not know are
    // ignored. The default ignores everything.
    virtual void applyFilter(const DeskFilter &filter);

signals:
    // Asks the window to switch to the desk `key` filtered by `filter` (MainWindow::openDesk).
    void openDeskRequested(const QString &key, const wk::DeskFilter &filter);

protected:
    // Called after the workspace changed (it may be null): build or tear down the desk's models.
    virtual void workspaceChanged() {}

    // The sentence every empty desk ends with until the console has a platform to sync with.
    static QString connectHint();

private:
    QPointer<Workspace> m_workspace;
};

} // namespace wk
