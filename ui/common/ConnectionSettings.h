#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QSettings;

namespace wk {

// Where the console syncs from and as whom. The URL and the "allow unencrypted" choice persist in
// QSettings; the token never does: it goes to the system keychain, or where there is none to a file
// readable only by the user (models/sync/TokenStore.h; the console's RemoteSync stores it).
struct ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(wk::ConnectionSettings)

public:
    QUrl platformUrl;
    QString token;
    bool allowUnencrypted = false;
    // Not persisted: a sentence when the token is kept in a file rather than the system keychain
    // (shown in the settings dialog and the status bar).
    QString tokenWarning;

    void load(const QSettings &settings);
    void save(QSettings &settings) const; // never writes the token
};

// True for localhost and every loopback address (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

// An empty string when the URL may be used, otherwise a sentence telling the user what to change.
// Plain http is only accepted for loopback unless allowUnencrypted is set: a bearer token over
// http to another host can be read by anyone on the path.
QString validatePlatformUrl(const QUrl &url, bool allowUnencrypted);

} // namespace wk
