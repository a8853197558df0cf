#pragma once
// File → Export settings… / Import settings…: the console's settings as a JSON file, to move them to
// another computer or keep them across a reinstall. What belongs to this machine (window geometry)
// and every secret (tokens) stay out.
//   { "format": "watchkeeper-settings", "version": 2, "settings": { "platform/url": "https://…", … } }
#include <QString>

class QSettings;

namespace wk {

// Writes the file; returns an empty string or the sentence that says what went wrong.
QString exportSettings(const QSettings &settings, const QString &path);

// Reads the file, upgrades what an older release exported, and writes it into `settings` (keys not
// in the file are kept). Returns an empty string or the sentence; on error nothing is changed.
QString importSettings(QSettings &settings, const QString &path);

// True for the keys that are never exported nor imported.
bool isPrivateSettingsKey(const QString &key);

} // namespace wk
