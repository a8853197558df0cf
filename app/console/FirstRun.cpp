#include "FirstRun.h"

#include "common/SettingsSchema.h"
#include "common/WelcomeDialog.h"

#include <QSettings>

namespace wk::console {

namespace {
const QString demoMode = QStringLiteral("demo");
const QString remoteMode = QStringLiteral("remote");
} // namespace

bool shouldOfferWelcome(const ConsoleOptions &options, const QSettings &settings)
{
    if (options.demo || options.server.isValid() || !options.screenshotPath.isEmpty())
        return false;
    if (qEnvironmentVariableIsSet("WK_NO_WELCOME"))
        return false;
    const QString mode = settings.value(settingsKeys::sessionMode).toString();
    return mode != demoMode && mode != remoteMode;
}

WelcomeOutcome runWelcome(QSettings &settings, QWidget *parent)
{
    WelcomeDialog dialog(parent);
    WelcomeOutcome outcome;
    if (dialog.exec() != QDialog::Accepted)
        return outcome;
    switch (dialog.choice()) {
    case WelcomeDialog::Choice::Demo:
        outcome.demo = true;
        settings.setValue(settingsKeys::sessionMode, demoMode);
        break;
    case WelcomeDialog::Choice::Platform:
        outcome.platform = dialog.settings();
        outcome.platform->save(settings); // never the token
        settings.setValue(settingsKeys::sessionMode, remoteMode);
        break;
    case WelcomeDialog::Choice::NotNow:
        break;
    }
    return outcome;
}

bool demoChosenBefore(const QSettings &settings)
{
    return settings.value(settingsKeys::sessionMode).toString() == demoMode;
}

} // namespace wk::console
