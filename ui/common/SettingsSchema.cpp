#include "common/SettingsSchema.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSettingsSchema, "wk.ui.settings")

namespace wk {

namespace {
struct SettingsSchema
{
    Q_DECLARE_TR_FUNCTIONS(wk::SettingsSchema)
};

const QString platformUrlKey = QStringLiteral("platform/url");

// 1 → 2: the welcome dialog shows only when the console has never been set up. Someone who
// entered a platform address with version 1 has been set up: remember that as remote mode.
void upgrade1to2(QVariantMap &values)
{
    if (!values.value(platformUrlKey).toString().isEmpty() && !values.contains(settingsKeys::sessionMode))
        values.insert(settingsKeys::sessionMode, QStringLiteral("remote"));
}
} // namespace

int settingsVersion(const QSettings &settings)
{
    if (settings.contains(settingsKeys::version))
        return settings.value(settingsKeys::version).toInt();
    return settings.allKeys().isEmpty() ? 0 : 1;
}

void upgradeSettingsMap(QVariantMap &values, int fromVersion)
{
    if (fromVersion < 2)
        upgrade1to2(values);
    values.insert(settingsKeys::version, currentSettingsVersion);
}

bool upgradeSettings(QSettings &settings, QString *error)
{
    const int version = settingsVersion(settings);
    if (version > currentSettingsVersion) {
        const QString sentence = SettingsSchema::tr("The settings in %1 were written by a newer Watchkeeper "
                                                    "(settings version %2; this one knows up to %3). They are left "
                                                    "unchanged: update Watchkeeper, or start it with other settings.")
                                     .arg(settings.fileName())
                                     .arg(version)
                                     .arg(currentSettingsVersion);
        qCWarning(lcSettingsSchema).noquote() << sentence;
        if (error)
            *error = sentence;
        return false;
    }
    if (version == currentSettingsVersion)
        return true;
    QVariantMap values;
    for (const QString &key : settings.allKeys())
        values.insert(key, settings.value(key));
    upgradeSettingsMap(values, version);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
    qCInfo(lcSettingsSchema) << "settings upgraded from version" << version << "to" << currentSettingsVersion;
    return true;
}

} // namespace wk
