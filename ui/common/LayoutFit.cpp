#include "common/LayoutFit.h"

#include <QLayout>
#include <QWidget>

namespace wk {

void growToFitHeight(QWidget &window)
{
    QLayout *layout = window.layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window.width())
                                                   : layout->totalSizeHint().height();
    window.setMinimumHeight(needed);
    if (window.height() < needed)
        window.resize(window.width(), needed);
}

} // namespace wk
