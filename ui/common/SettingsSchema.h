#pragma once
// The console's settings are versioned so that they survive upgrades: each release that changes
// what is stored adds an upgrade step here, and settings written by an older release are brought
// forward once, at start-up (and when an older export is imported).
#include <QString>
#include <QVariantMap>

class QSettings;

namespace wk {

namespace settingsKeys {
inline const QString version = QStringLiteral("settings/version");
// "demo", "remote" or absent: how the console started last time (the welcome dialog's choice).
inline const QString sessionMode = QStringLiteral("session/mode");
} // namespace settingsKeys

// Version 1: what the first releases wrote (no version key). Version 2: session/mode.
constexpr int currentSettingsVersion = 2;

// The version the stored settings have (1 for unversioned ones, 0 when there are none at all).
int settingsVersion(const QSettings &settings);

// Brings `settings` to currentSettingsVersion. Returns false (and changes nothing) when they were
// written by a newer release; `error` then holds the sentence.
bool upgradeSettings(QSettings &settings, QString *error = nullptr);

// The same steps on a plain map of key → value (an imported file), from `fromVersion`.
void upgradeSettingsMap(QVariantMap &values, int fromVersion);

} // namespace wk
