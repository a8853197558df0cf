#include "TokenStore.h"

#include "TokenFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#ifdef WK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

// Logs say where a token went, never what it is.
Q_LOGGING_CATEGORY(lcTokens, "wk.sync.tokens")

namespace wk {

#ifdef WK_HAVE_QTKEYCHAIN
namespace {
// QtKeychain's own texts are often just "Unknown error": say what that means in practice.
QString keychainProblem(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenStore::tr("access to it was refused");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        if (job.errorString().isEmpty() || job.errorString() == QLatin1String("Unknown error"))
            return TokenStore::tr("no keychain service answered; on Linux that is the Secret Service of "
                                  "GNOME Keyring or KWallet");
        break;
    default:
        break;
    }
    return job.errorString();
}
} // namespace
#endif

TokenStore::TokenStore(QObject *parent) : QObject(parent), m_fallbackDirectory(defaultFallbackDirectory())
{
    qRegisterMetaType<wk::TokenResult>();
}

TokenStore::~TokenStore() = default;

bool TokenStore::keychainCompiled()
{
#ifdef WK_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString TokenStore::accountFor(const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    const int port = server.port(scheme == QStringLiteral("http") ? 80 : 443);
    return QStringLiteral("%1://%2:%3").arg(scheme, server.host().toLower()).arg(port);
}

QString TokenStore::defaultFallbackDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("tokens"));
}

QString TokenStore::fallbackPath(const QUrl &server) const
{
    const QByteArray hash = QCryptographicHash::hash(accountFor(server).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_fallbackDirectory).filePath(QString::fromLatin1(hash.left(32)) + QStringLiteral(".token"));
}

QString TokenStore::fileWarning(const QUrl &server, const QString &keychainProblem) const
{
    const QString where = tokenfile::Tr::tr("Your token is kept in the file %1, readable only by you.")
                              .arg(QDir::toNativeSeparators(fallbackPath(server)));
    if (!keychainCompiled())
        return tokenfile::Tr::tr("This build of Watchkeeper has no system keychain support. %1").arg(where);
    return tokenfile::Tr::tr("The system keychain could not be used (%1). %2").arg(keychainProblem, where);
}

TokenResult TokenStore::readFile(const QUrl &server, const QString &keychainProblem) const
{
    TokenResult result;
    QString permissionWarning;
    result.error = tokenfile::read(fallbackPath(server), &result.token, &permissionWarning);
    if (!result.token.isEmpty()) {
        result.where = TokenResult::Where::File;
        result.warning = fileWarning(server, keychainProblem);
        if (!permissionWarning.isEmpty())
            result.warning += QLatin1Char(' ') + permissionWarning;
    }
    return result;
}

TokenResult TokenStore::writeFile(const QUrl &server, const QString &token, const QString &keychainProblem) const
{
    TokenResult result;
    if (token.isEmpty()) {
        if (!tokenfile::remove(fallbackPath(server)))
            result.error = tokenfile::Tr::tr("Cannot remove the token file %1.").arg(fallbackPath(server));
        return result;
    }
    result.error = tokenfile::write(fallbackPath(server), token);
    if (result.error.isEmpty()) {
        result.where = TokenResult::Where::File;
        result.token = token;
        result.warning = fileWarning(server, keychainProblem);
    }
    return result;
}

void TokenStore::read(const QUrl &server)
{
#ifdef WK_HAVE_QTKEYCHAIN
    if (m_keychainEnabled) {
        auto *job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);   // never QSettings
        job->setKey(accountFor(server));
        connect(job, &QKeychain::Job::finished, this, [this, job, server] {
            TokenResult result;
            if (job->error() == QKeychain::NoError) {
                result.where = TokenResult::Where::Keychain;
                result.token = job->textData();
            } else if (job->error() == QKeychain::EntryNotFound) {
                // Perhaps stored in the file while the keychain was away: still the user's token.
                result = readFile(server, tr("it holds no token for this platform"));
            } else {
                qCInfo(lcTokens) << "keychain unavailable for reading:" << job->error() << job->errorString();
                result = readFile(server, keychainProblem(*job));
            }
            emit tokenRead(server, result);
        });
        job->start();
        return;
    }
#endif
    const TokenResult result = readFile(server, QString());
    QMetaObject::invokeMethod(this, [this, server, result] { emit tokenRead(server, result); }, Qt::QueuedConnection);
}

void TokenStore::write(const QUrl &server, const QString &token)
{
#ifdef WK_HAVE_QTKEYCHAIN
    if (m_keychainEnabled) {
        QKeychain::Job *job = nullptr;
        if (token.isEmpty()) {
            job = new QKeychain::DeletePasswordJob(m_service, this);
        } else {
            auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
            writeJob->setTextData(token);
            job = writeJob;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(accountFor(server));
        connect(job, &QKeychain::Job::finished, this, [this, job, server, token] {
            TokenResult result;
            const bool ok = job->error() == QKeychain::NoError
                || (token.isEmpty() && job->error() == QKeychain::EntryNotFound);
            if (ok) {
                // In the keychain now: a file left from a time without it must not linger.
                tokenfile::remove(fallbackPath(server));
                result.where = token.isEmpty() ? TokenResult::Where::Nowhere : TokenResult::Where::Keychain;
                result.token = token;
            } else {
                qCInfo(lcTokens) << "keychain unavailable for writing:" << job->error() << job->errorString();
                result = writeFile(server, token, keychainProblem(*job));
            }
            emit tokenWritten(server, result);
        });
        job->start();
        return;
    }
#endif
    const TokenResult result = writeFile(server, token, QString());
    QMetaObject::invokeMethod(this, [this, server, result] { emit tokenWritten(server, result); },
                              Qt::QueuedConnection);
}

} // namespace wk
