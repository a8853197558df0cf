#pragma once

#include "common/ConnectionSettings.h"

#include <optional>

class QObject;

namespace wk::console {

// `watchkeeper --demo`: the reference platform (wk::platform::PlatformServer, library
// watchkeeper_platform) started in-process on a loopback port, so a new user sees a living console
// at once. Returns the connection to use, or std::nullopt with the reason in *whyNot.
//
// NOT WIRED YET: the platform library is built on another branch and joined later. Until then
// this returns std::nullopt and the window opens in "Demo platform" mode without a server. Wiring
// it means: create the server as a child of `owner` (so it stops with the application), seed it
// deterministically, listen on 127.0.0.1 port 0, and return its URL and a supervisor token.
std::optional<ConnectionSettings> startDemoPlatform(QObject *owner, QString *whyNot);

} // namespace wk::console
