#include "DemoLauncher.h"

#include <QCoreApplication>

namespace wk::console {

std::optional<ConnectionSettings> startDemoPlatform(QObject *owner, QString *whyNot)
{
    Q_UNUSED(owner)
    // See the header: the in-process wk::platform::PlatformServer is started here once it is merged.
    if (whyNot) {
        *whyNot = QCoreApplication::translate("wk::console::DemoLauncher",
                                              "The demo platform is not part of this build yet; the "
                                              "console opens without data.");
    }
    return std::nullopt;
}

} // namespace wk::console
