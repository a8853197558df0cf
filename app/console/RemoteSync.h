#pragma once
// A real platform (--server URL, or the address saved in the settings): reads the supervisor's
// token from the keychain (or its owner-only file), starts the sync into that platform's own cache,
// stores a token entered in the settings dialog and follows a change of platform. The demo does
// not use this (its token is fixed and never stored).
#include "ConsoleSync.h"

#include "sync/TokenStore.h"

#include <QLabel>
#include <QPointer>

namespace wk::console {

class RemoteSync : public QObject
{
    Q_OBJECT
public:
    explicit RemoteSync(MainWindow &window);

    // Reads the token for the window's platform, then starts the sync.
    void begin();

private:
    void onTokenRead(const QUrl &server, const TokenResult &result);
    void onTokenWritten(const QUrl &server, const TokenResult &result);
    void onEdited(const ConnectionSettings &settings);
    void apply(const ConnectionSettings &settings);
    void showTokenNote(const QString &text, const QString &detail);

    MainWindow &m_window;
    TokenStore m_tokens;
    ConsoleSync m_sync;
    QString m_account;            // the platform being synced (TokenStore::accountFor)
    QPointer<QLabel> m_tokenNote; // "token stored in a file" / "no token" in the status bar
};

} // namespace wk::console
