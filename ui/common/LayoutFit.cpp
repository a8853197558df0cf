#include "common/LayoutFit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QWidget>

namespace wk {

void growToFitHeight(QWidget &window)
{
    QLayout *layout = window.layout();
    if (!layout)
        return;
    // A label inside a nested widget (a group box) that just changed posted its layout request to
    // that widget; until it is handled the window's layout still sees the old height.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window.width())
                                                   : layout->totalSizeHint().height();
    window.setMinimumHeight(needed);
    if (window.height() < needed)
        window.resize(window.width(), needed);
}

} // namespace wk
