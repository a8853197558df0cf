#include "common/Desk.h"

namespace wk {

// Out of line so that the vtable has one home.
Desk::~Desk() = default;

QString Desk::connectHint()
{
    return tr("Enter the platform's address in File → Settings…, or start Watchkeeper with --demo to try it "
              "on generated data.");
}

} // namespace wk
