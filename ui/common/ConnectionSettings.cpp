#include "common/ConnectionSettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>

namespace wk {

namespace {
const QString urlKey = QStringLiteral("platform/url");
const QString allowUnencryptedKey = QStringLiteral("platform/allowUnencrypted");
} // namespace

void ConnectionSettings::load(const QSettings &settings)
{
    platformUrl = QUrl(settings.value(urlKey).toString());
    allowUnencrypted = settings.value(allowUnencryptedKey, false).toBool();
}

void ConnectionSettings::save(QSettings &settings) const
{
    if (platformUrl.isEmpty())
        settings.remove(urlKey);
    else
        settings.setValue(urlKey, platformUrl.toString());
    settings.setValue(allowUnencryptedKey, allowUnencrypted);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString validatePlatformUrl(const QUrl &url, bool allowUnencrypted)
{
    if (url.isEmpty())
        return ConnectionSettings::tr("Enter the address of the platform, for example https://platform.example.com.");
    if (!url.isValid())
        return ConnectionSettings::tr("This is not a valid address: %1").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))
        return ConnectionSettings::tr(
            "The address must start with https:// (or http:// for a platform on this computer).");
    if (url.host().isEmpty())
        return ConnectionSettings::tr("The address has no host name. Write it as https://platform.example.com.");
    if (scheme == QStringLiteral("http") && !isLoopbackHost(url.host()) && !allowUnencrypted)
        return ConnectionSettings::tr("http:// sends your token unencrypted to %1. Use https://, or tick "
                                      "\"Allow an unencrypted connection\" if you trust every network in "
                                      "between.")
            .arg(url.host());
    return {};
}

} // namespace wk
