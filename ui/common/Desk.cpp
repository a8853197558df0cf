#include "common/Desk.h"

#include "sync/Workspace.h"

namespace wk {

// Out of line so that the vtable has one home.
Desk::~Desk() = default;

void Desk::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    m_workspace = workspace;
    workspaceChanged();
}

Workspace *Desk::workspace() const { return m_workspace; }

void Desk::applyFilter(const DeskFilter &filter) { Q_UNUSED(filter) }

QString Desk::connectHint()
{
    return tr("Enter the platform's address in File → Settings…, or start Watchkeeper with --demo to try it "
              "on generated data.");
}

} // namespace wk
