#pragma once
// The first run: the welcome dialog asks for a platform or the demo, once. Later runs go straight
// to the last desk, the way the console was set up (the demo again, or the saved platform).
#include "CommandLine.h"
#include "common/ConnectionSettings.h"

#include <optional>

class QSettings;
class QWidget;

namespace wk::console {

// Never under --demo, --server or --screenshot, nor when WK_NO_WELCOME is set (tests, kiosks), nor
// once the console has been set up (settings' session/mode).
bool shouldOfferWelcome(const ConsoleOptions &options, const QSettings &settings);

struct WelcomeOutcome
{
    bool demo = false;                            // open the demo platform
    std::optional<ConnectionSettings> platform;   // connect here (tested); the token is in memory only
};

// Shows the dialog (modal) and remembers the choice in `settings`. "Not now" returns neither, and
// the dialog comes again at the next start.
WelcomeOutcome runWelcome(QSettings &settings, QWidget *parent);

// A later run without --demo or --server: true when the demo was chosen the last time.
bool demoChosenBefore(const QSettings &settings);

} // namespace wk::console
