#pragma once
// Where the console keeps a platform's supervisor token between sessions: the system keychain
// through QtKeychain when the build has it and the keychain answers; otherwise a file readable only
// by the user (TokenFile.h), with a warning sentence for the settings dialog and the status bar.
// Never in QSettings (QtKeychain's "insecure fallback" to QSettings stays off), never in the cache,
// never in a log. One token per platform, keyed by scheme://host:port.
//
// Keychain calls are asynchronous (they may ask the user to unlock it): every call returns at once
// and answers with a signal on the caller's thread.
#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QUrl>

namespace wk {

struct TokenResult {
    enum class Where { Nowhere, Keychain, File };
    Where where = Where::Nowhere;
    QString token;      // read: empty when none is stored
    QString warning;    // a sentence when the token is (or would be) kept in a file, not the keychain
    QString error;      // a sentence when it could not be stored or read at all
};

class TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // Tests use their own service name and folder so that they never touch the user's tokens.
    void setService(const QString &service) { m_service = service; }
    void setFallbackDirectory(const QString &directory) { m_fallbackDirectory = directory; }
    // Off: the file only (also the case when the build has no QtKeychain).
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled && keychainCompiled(); }
    bool keychainEnabled() const { return m_keychainEnabled; }
    static bool keychainCompiled();

    // The key for a platform: scheme://host:port (the path and any user info do not count).
    static QString accountFor(const QUrl &server);
    // The fallback file for a platform: a hash of its account as the name, never a server string.
    QString fallbackPath(const QUrl &server) const;
    static QString defaultFallbackDirectory();

    void read(const QUrl &server);
    // An empty token removes the stored one.
    void write(const QUrl &server, const QString &token);

signals:
    void tokenRead(const QUrl &server, const wk::TokenResult &result);
    void tokenWritten(const QUrl &server, const wk::TokenResult &result);

private:
    TokenResult readFile(const QUrl &server, const QString &keychainProblem) const;
    TokenResult writeFile(const QUrl &server, const QString &token, const QString &keychainProblem) const;
    QString fileWarning(const QUrl &server, const QString &keychainProblem) const;

    QString m_service = QStringLiteral("Watchkeeper");
    QString m_fallbackDirectory;
    bool m_keychainEnabled = keychainCompiled();
};

} // namespace wk

Q_DECLARE_METATYPE(wk::TokenResult)
