#include "RemoteSync.h"

#include "common/MainWindow.h"

#include <QLoggingCategory>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcRemote, "wk.console.remote")

namespace wk::console {

RemoteSync::RemoteSync(MainWindow &window) : QObject(&window), m_window(window), m_sync(window)
{
    m_tokenNote = new QLabel(&window);
    m_tokenNote->setObjectName(QStringLiteral("tokenNote"));
    m_tokenNote->setTextFormat(Qt::PlainText);
    m_tokenNote->setContentsMargins(6, 2, 6, 2);
    m_tokenNote->hide();
    window.statusBar()->addPermanentWidget(m_tokenNote);
    connect(&m_tokens, &TokenStore::tokenRead, this, &RemoteSync::onTokenRead);
    connect(&m_tokens, &TokenStore::tokenWritten, this, &RemoteSync::onTokenWritten);
    connect(&window, &MainWindow::connectionSettingsEdited, this, &RemoteSync::onEdited);
}

void RemoteSync::begin()
{
    const QUrl url = m_window.connectionSettings().platformUrl;
    if (url.isEmpty())
        return;
    m_tokens.read(url);
}

void RemoteSync::onTokenRead(const QUrl &server, const TokenResult &result)
{
    ConnectionSettings connection = m_window.connectionSettings();
    if (TokenStore::accountFor(server) != TokenStore::accountFor(connection.platformUrl))
        return;   // the platform changed while the keychain was answering
    if (!result.error.isEmpty())
        qCWarning(lcRemote).noquote() << result.error;
    connection.token = result.token;
    connection.tokenWarning = result.warning.isEmpty() ? result.error : result.warning;
    m_window.setConnectionSettings(connection);
    apply(connection);
}

void RemoteSync::onTokenWritten(const QUrl &server, const TokenResult &result)
{
    ConnectionSettings connection = m_window.connectionSettings();
    if (TokenStore::accountFor(server) != TokenStore::accountFor(connection.platformUrl))
        return;
    connection.tokenWarning = result.error.isEmpty() ? result.warning
                                                     : tr("The token could not be stored, so it will be asked for "
                                                          "again after a restart: %1").arg(result.error);
    m_window.setConnectionSettings(connection);
    apply(connection);
}

void RemoteSync::onEdited(const ConnectionSettings &settings)
{
    if (settings.platformUrl.isEmpty()) {
        apply(settings);
        return;
    }
    // The sync goes on at once; the keychain answers when it can (it may ask to be unlocked).
    apply(settings);
    m_tokens.write(settings.platformUrl, settings.token);
}

void RemoteSync::apply(const ConnectionSettings &settings)
{
    if (settings.platformUrl.isEmpty()) {
        m_sync.stop();
        m_account.clear();
        showTokenNote({}, {});
        return;
    }
    if (settings.token.isEmpty()) {
        m_sync.stop();
        m_account.clear();
        showTokenNote(tr("No token for %1: enter it under File → Settings…").arg(settings.platformUrl.host()),
                      tr("The platform needs your supervisor token before the console can sync."));
        return;
    }
    if (!settings.tokenWarning.isEmpty())
        showTokenNote(tr("Warning: token stored in a file"), settings.tokenWarning);
    else
        showTokenNote({}, {});
    const QString account = TokenStore::accountFor(settings.platformUrl);
    if (account == m_account && m_sync.isRunning()) {
        m_sync.updateCredentials(settings);
        return;
    }
    m_account = account;
    qCInfo(lcRemote) << "syncing" << settings.platformUrl.toDisplayString() << "into" << remoteCachePath(settings.platformUrl);
    m_sync.start(settings, remoteCachePath(settings.platformUrl));
}

void RemoteSync::showTokenNote(const QString &text, const QString &detail)
{
    if (!m_tokenNote)
        return;
    m_tokenNote->setText(text);
    m_tokenNote->setToolTip(detail);
    m_tokenNote->setAccessibleName(text);
    m_tokenNote->setAccessibleDescription(detail);
    m_tokenNote->setVisible(!text.isEmpty());
}

} // namespace wk::console
