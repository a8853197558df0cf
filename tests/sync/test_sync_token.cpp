// The supervisor token between sessions: the keychain or an owner-only file, never QSettings, never
// the cache; and a platform that refuses the token stops the sync with a sentence instead of
// retrying forever.
#include "SyncTestSupport.h"

#include "sync/TokenFile.h"
#include "sync/TokenStore.h"

#include <QSettings>
#include <QStandardPaths>

using namespace wk;
using namespace wk::synctest;

class TestSyncToken : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileIsOwnerOnly();
    void widenedFileIsNarrowedWithAWarning();
    void fileFallbackRoundTrip();
    void emptyTokenRemovesIt();
    void keychainUnavailableFallsBackToTheFile();
    void accountIgnoresPathAndCase();
    void tokenNeverInSettingsOrCache();
    void rejectedTokenStopsRetrying();
};

namespace {

const QString kDistinctToken = QStringLiteral("tk-9f3c2e71-never-in-a-file-but-its-own");

TokenResult waitFor(QSignalSpy &spy)
{
    if (!spy.wait(30000) && spy.isEmpty())
        return {};
    return spy.constLast().at(1).value<TokenResult>();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestSyncToken::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_sync_token"));
}

void TestSyncToken::fileIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tokens/one.token"));
    QCOMPARE(tokenfile::write(path, kDistinctToken), QString());
    QVERIFY(tokenfile::isPrivate(path));
#ifndef Q_OS_WIN
    QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                           | QFileDevice::WriteUser);
    QVERIFY(!(QFile::permissions(dir.filePath(QStringLiteral("tokens")))
              & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
#endif
    QString token, warning;
    QCOMPARE(tokenfile::read(path, &token, &warning), QString());
    QCOMPARE(token, kDistinctToken);
    QVERIFY(warning.isEmpty());
    // A second write replaces it and keeps it private.
    QCOMPARE(tokenfile::write(path, QStringLiteral("second")), QString());
    QVERIFY(tokenfile::isPrivate(path));
    QCOMPARE(tokenfile::read(path, &token, &warning), QString());
    QCOMPARE(token, QStringLiteral("second"));
}

void TestSyncToken::widenedFileIsNarrowedWithAWarning()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.token"));
    QCOMPARE(tokenfile::write(path, kDistinctToken), QString());
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    QVERIFY(!tokenfile::isPrivate(path));
    QString token, warning;
    QCOMPARE(tokenfile::read(path, &token, &warning), QString());
    QCOMPARE(token, kDistinctToken);
    QVERIFY2(warning.contains(path), qPrintable(warning));
    QVERIFY(tokenfile::isPrivate(path));
}

void TestSyncToken::fileFallbackRoundTrip()
{
    QTemporaryDir dir;
    TokenStore store;
    store.setKeychainEnabled(false);
    store.setFallbackDirectory(dir.filePath(QStringLiteral("tokens")));
    const QUrl server(QStringLiteral("https://platform.example.com"));
    QSignalSpy written(&store, &TokenStore::tokenWritten);
    store.write(server, kDistinctToken);
    const TokenResult w = waitFor(written);
    QCOMPARE(int(w.where), int(TokenResult::Where::File));
    QVERIFY(w.error.isEmpty());
    QVERIFY2(w.warning.contains(QDir::toNativeSeparators(store.fallbackPath(server))), qPrintable(w.warning));
    QVERIFY(tokenfile::isPrivate(store.fallbackPath(server)));
    // The file is named by a hash, never by the server's name.
    QVERIFY(!store.fallbackPath(server).contains(QStringLiteral("example")));

    QSignalSpy read(&store, &TokenStore::tokenRead);
    store.read(server);
    const TokenResult r = waitFor(read);
    QCOMPARE(r.token, kDistinctToken);
    QCOMPARE(int(r.where), int(TokenResult::Where::File));
    QVERIFY(!r.warning.isEmpty());

    // Another platform has no token.
    store.read(QUrl(QStringLiteral("https://other.example.com")));
    const TokenResult none = waitFor(read);
    QVERIFY(none.token.isEmpty());
    QCOMPARE(int(none.where), int(TokenResult::Where::Nowhere));
}

void TestSyncToken::emptyTokenRemovesIt()
{
    QTemporaryDir dir;
    TokenStore store;
    store.setKeychainEnabled(false);
    store.setFallbackDirectory(dir.path());
    const QUrl server(QStringLiteral("https://platform.example.com"));
    QSignalSpy written(&store, &TokenStore::tokenWritten);
    store.write(server, kDistinctToken);
    waitFor(written);
    QVERIFY(QFile::exists(store.fallbackPath(server)));
    store.write(server, QString());
    const TokenResult removed = waitFor(written);
    QVERIFY(removed.error.isEmpty());
    QVERIFY(!QFile::exists(store.fallbackPath(server)));
}

// The machine running the tests has no Secret Service (no session bus): the keychain fails at
// runtime and the token still lands somewhere safe, with a warning naming the file. On a desktop
// that has a keychain, the token goes there and nothing is left in the file.
void TestSyncToken::keychainUnavailableFallsBackToTheFile()
{
    if (!TokenStore::keychainCompiled())
        QSKIP("built without QtKeychain");
    QTemporaryDir dir;
    TokenStore store;
    store.setService(QStringLiteral("Watchkeeper test %1").arg(QCoreApplication::applicationPid()));
    store.setFallbackDirectory(dir.path());
    QVERIFY(store.keychainEnabled());
    const QUrl server(QStringLiteral("https://platform.example.com"));
    QSignalSpy written(&store, &TokenStore::tokenWritten);
    store.write(server, kDistinctToken);
    const TokenResult w = waitFor(written);
    QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    if (w.where == TokenResult::Where::File) {
        QVERIFY2(w.warning.contains(QStringLiteral("keychain")), qPrintable(w.warning));
        QVERIFY(tokenfile::isPrivate(store.fallbackPath(server)));
    } else {
        QCOMPARE(int(w.where), int(TokenResult::Where::Keychain));
        QVERIFY(w.warning.isEmpty());
        QVERIFY(!QFile::exists(store.fallbackPath(server)));
    }
    QSignalSpy read(&store, &TokenStore::tokenRead);
    store.read(server);
    const TokenResult r = waitFor(read);
    QCOMPARE(r.token, kDistinctToken);
    QCOMPARE(int(r.where), int(w.where));
    store.write(server, QString());   // leave no test token behind
    QVERIFY(waitFor(written).error.isEmpty());
}

void TestSyncToken::accountIgnoresPathAndCase()
{
    QCOMPARE(TokenStore::accountFor(QUrl(QStringLiteral("https://Platform.Example.com/api/"))),
             QStringLiteral("https://platform.example.com:443"));
    QCOMPARE(TokenStore::accountFor(QUrl(QStringLiteral("http://127.0.0.1:8080"))),
             QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(TokenStore::accountFor(QUrl(QStringLiteral("http://127.0.0.1:8080")))
            != TokenStore::accountFor(QUrl(QStringLiteral("http://127.0.0.1:8081"))));
}

// A whole session's worth of token handling — stored, the settings saved, a sync run with it — and
// the token's bytes appear in neither the settings file nor the cache (nor its WAL).
void TestSyncToken::tokenNeverInSettingsOrCache()
{
    QTemporaryDir dir;
    platform::PlatformServer::Options o;
    o.dbPath = dir.filePath(QStringLiteral("platform.sqlite"));
    o.sizePercent = 0;
    o.tokens = {{kDistinctToken, QStringLiteral("sup-token"), QStringLiteral("Token Tester")}};
    platform::PlatformServer server(o);
    feed(server.store(), DataSize{});
    QVERIFY(server.start() != 0);

    TokenStore store;
    store.setKeychainEnabled(false);
    store.setFallbackDirectory(dir.filePath(QStringLiteral("tokens")));
    QSignalSpy written(&store, &TokenStore::tokenWritten);
    store.write(server.baseUrl(), kDistinctToken);
    QVERIFY(waitFor(written).error.isEmpty());

    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(QStringLiteral("platform/url"), server.baseUrl().toString());
        settings.sync();
    }

    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        Database db = openCache(cache);
        enqueue(db, decideCommand(QStringLiteral("rv-1"), 1));
    }
    QSignalSpy read(&store, &TokenStore::tokenRead);
    store.read(server.baseUrl());
    const TokenResult r = waitFor(read);
    QCOMPARE(r.token, kDistinctToken);
    {
        Console console(cache, server.baseUrl(), r.token, true);
        QVERIFY2(console.runOnce(), qPrintable(console.error()));
        QCOMPARE(console.progress.applied, qint64(1));
    }
    const QByteArray needle = kDistinctToken.toUtf8();
    QVERIFY(!fileBytes(settingsPath).isEmpty());
    QVERIFY(!fileBytes(settingsPath).contains(needle));
    QVERIFY(!fileBytes(cache).isEmpty());
    QVERIFY(!fileBytes(cache).contains(needle));
    QVERIFY(!fileBytes(cache + QStringLiteral("-wal")).contains(needle));
    QVERIFY(fileBytes(store.fallbackPath(server.baseUrl())).contains(needle));   // the needle can be found
}

// 401 is not transient: the continuous sync stops at once with the sentence instead of backing off
// forever, and starts again when it gets a new token.
void TestSyncToken::rejectedTokenStopsRetrying()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
    Console console(cache, server->baseUrl(), QStringLiteral("revoked-token"), /*once=*/false);
    console.service->start();
    QVERIFY(console.finished->wait(30000));
    QCOMPARE(console.finished->constLast().at(0).toBool(), false);
    const QString sentence = console.finished->constLast().at(1).toString();
    QVERIFY2(sentence.contains(QStringLiteral("token")), qPrintable(sentence));
    QTRY_COMPARE(console.status.lastError, sentence);
    QCOMPARE(console.status.connection, SyncStatus::Connection::Offline);
    const qint64 retries = console.progress.retries;
    QVERIFY(retries >= 1);
    QVERIFY(retries <= 3);   // the pull, the registration and the me call may each have met the 401 once

    // A new token: the sync starts again by itself.
    PlatformClientSettings settings;
    settings.baseUrl = server->baseUrl();
    settings.token = QStringLiteral("demo-1");
    settings.timeoutMs = 10000;
    console.service->setClientSettings(settings);
    QTRY_VERIFY_WITH_TIMEOUT(console.status.caughtUp, 30000);
    QCOMPARE(console.status.lastError, QString());
}

QTEST_GUILESS_MAIN(TestSyncToken)
#include "test_sync_token.moc"
