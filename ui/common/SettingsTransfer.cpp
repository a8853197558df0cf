#include "common/SettingsTransfer.h"

#include "common/SettingsSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

namespace wk {

namespace {
struct SettingsTransfer
{
    Q_DECLARE_TR_FUNCTIONS(wk::SettingsTransfer)
};

const QString formatName = QStringLiteral("watchkeeper-settings");

// Values a JSON file can carry faithfully; anything else (binary geometry) stays on this machine.
bool isPortable(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::QStringList:
        return true;
    default:
        return false;
    }
}
} // namespace

bool isPrivateSettingsKey(const QString &key)
{
    return key.startsWith(QStringLiteral("window/")) || key.contains(QStringLiteral("token"), Qt::CaseInsensitive)
        || key.contains(QStringLiteral("secret"), Qt::CaseInsensitive) || key == settingsKeys::version;
}

QString exportSettings(const QSettings &settings, const QString &path)
{
    QJsonObject values;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        if (!isPrivateSettingsKey(key) && isPortable(value))
            values.insert(key, QJsonValue::fromVariant(value));
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), currentSettingsVersion},
                           {QStringLiteral("settings"), values}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return SettingsTransfer::tr("The settings could not be saved to %1: %2.").arg(path, file.errorString());
    return {};
}

QString importSettings(QSettings &settings, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SettingsTransfer::tr("%1 could not be read: %2.").arg(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != formatName
        || !root.value(QStringLiteral("settings")).isObject())
        return SettingsTransfer::tr("%1 is not a Watchkeeper settings file: choose a file made with File → Export "
                                    "settings…").arg(path);
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1)
        return SettingsTransfer::tr("%1 has no valid settings version: it was not made by Watchkeeper.").arg(path);
    if (version > currentSettingsVersion)
        return SettingsTransfer::tr("%1 was exported by a newer Watchkeeper (settings version %2; this one knows up "
                                    "to %3): update Watchkeeper first.")
            .arg(path)
            .arg(version)
            .arg(currentSettingsVersion);

    QVariantMap values;
    const QJsonObject stored = root.value(QStringLiteral("settings")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (!isPrivateSettingsKey(it.key()) && !it.value().isObject() && !it.value().isNull())
            values.insert(it.key(), it.value().toVariant());
    }
    upgradeSettingsMap(values, version);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return SettingsTransfer::tr("The imported settings could not be stored in %1.").arg(settings.fileName());
    return {};
}

} // namespace wk
