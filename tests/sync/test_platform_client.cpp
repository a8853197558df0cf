// PlatformClient on its own thread against the real platform: typed errors, strict decoding,
// the TLS policy, timeouts; and the backoff curve.
#include "SyncTestSupport.h"

#include <QThread>

using namespace wk;
using namespace wk::synctest;

class TestPlatformClient : public QObject
{
    Q_OBJECT
private slots:
    void problemMapping_data();
    void problemMapping();
    void transportPolicy_data();
    void transportPolicy();
    void backoffStaysInBounds();
    void answersArriveWithTheirToken();
    void errorsAreTyped_data();
    void errorsAreTyped();
    void insecureIsRefusedWithoutARequest();
    void streamingPullGetsThePagesItAsksFor();
};

void TestPlatformClient::problemMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("retryAfterSeconds");
    const auto problem = [](int status, const char *code) {
        return QByteArray(R"({"type":"about:blank","title":"t","status":)") + QByteArray::number(status)
            + R"(,"detail":"d","code":")" + code + "\"}";
    };
    QTest::newRow("401") << 401 << problem(401, "unauthorized") << QByteArray() << int(ApiError::Kind::Unauthorized) << -1;
    QTest::newRow("429") << 429 << problem(429, "rate_limited") << QByteArray("7") << int(ApiError::Kind::RateLimited) << 7;
    QTest::newRow("503") << 503 << problem(503, "unavailable") << QByteArray("2") << int(ApiError::Kind::Unavailable) << 2;
    QTest::newRow("410") << 410 << problem(410, "cursor_expired") << QByteArray() << int(ApiError::Kind::CursorExpired) << -1;
    QTest::newRow("404 unknown client") << 404 << problem(404, "unknown_client") << QByteArray()
                                        << int(ApiError::Kind::UnknownClient) << -1;
    QTest::newRow("422 reused") << 422 << problem(422, "idempotency_key_reused") << QByteArray()
                                << int(ApiError::Kind::IdempotencyKeyReused) << -1;
    QTest::newRow("400") << 400 << problem(400, "invalid_body") << QByteArray() << int(ApiError::Kind::BadRequest) << -1;
    QTest::newRow("413") << 413 << problem(413, "batch_too_large") << QByteArray() << int(ApiError::Kind::BadRequest) << -1;
    QTest::newRow("redirect") << 302 << QByteArray() << QByteArray() << int(ApiError::Kind::BadRequest) << -1;
    QTest::newRow("500 garbled body") << 500 << QByteArray("<html>oops") << QByteArray() << int(ApiError::Kind::Server) << -1;
    QTest::newRow("bad Retry-After") << 503 << QByteArray() << QByteArray("soon") << int(ApiError::Kind::Unavailable) << -1;
}

void TestPlatformClient::problemMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, kind);
    QFETCH(int, retryAfterSeconds);
    const ApiError e = apiErrorFromHttp(status, body, retryAfter);
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.retryAfterSeconds, retryAfterSeconds);
    QVERIFY(!e.sentence().isEmpty());
}

void TestPlatformClient::transportPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://platform.example") << false << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8470") << false << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8470") << false << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8470") << false << true;
    QTest::newRow("http remote") << QStringLiteral("http://platform.example") << false << false;
    QTest::newRow("http remote, allowed") << QStringLiteral("http://platform.example") << true << true;
    QTest::newRow("http private address") << QStringLiteral("http://192.168.1.5") << false << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://platform.example") << true << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false << false;
}

void TestPlatformClient::transportPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, allowed);
    QCOMPARE(PlatformClient::transportProblem(QUrl(url), allowInsecure).isEmpty(), allowed);
}

void TestPlatformClient::backoffStaysInBounds()
{
    for (int failures = 0; failures < 30; ++failures) {
        for (int i = 0; i < 50; ++i) {
            const qint64 d = SyncEngine::backoffDelayMs(failures, -1, 500, 300000);
            QVERIFY(d >= 0);
            QVERIFY(d <= std::min<qint64>(300000, qint64(500) << std::min(failures, 20)));
        }
    }
    // Retry-After is a floor, the cap still holds.
    QVERIFY(SyncEngine::backoffDelayMs(1, 30, 500, 300000) >= 30000);
    QCOMPARE(SyncEngine::backoffDelayMs(1, 100000, 500, 300000), qint64(300000));
}

namespace {
// A client on its own thread, as the sync service runs it.
struct ThreadedClient {
    QThread thread;
    PlatformClient *client = new PlatformClient;
    ThreadedClient(const QUrl &url, const QString &token, int timeoutMs = 10000)
    {
        PlatformClientSettings s;
        s.baseUrl = url;
        s.token = token;
        s.timeoutMs = timeoutMs;
        client->setSettings(s);
        client->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, client, &QObject::deleteLater);
        thread.start();
    }
    ~ThreadedClient()
    {
        client->cancelAll();
        thread.quit();
        thread.wait();
    }
};
} // namespace

void TestPlatformClient::answersArriveWithTheirToken()
{
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    ThreadedClient c(server->baseUrl(), QStringLiteral("demo-2"));
    QSignalSpy me(c.client, &PlatformClient::meReceived);
    QSignalSpy page(c.client, &PlatformClient::changesReceived);
    QSignalSpy registered(c.client, &PlatformClient::clientRegistered);
    QSignalSpy failed(c.client, &PlatformClient::failed);
    const quint64 meToken = c.client->me();
    const quint64 pageToken = c.client->changes({}, 5, 0);
    const quint64 registerToken = c.client->registerClient(QStringLiteral("test"));
    QVERIFY(meToken != pageToken && pageToken != registerToken);
    QTRY_COMPARE_WITH_TIMEOUT(me.size() + page.size() + registered.size(), 3, 30000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(me.at(0).at(0).toULongLong(), meToken);
    QCOMPARE(me.at(0).at(1).value<Me>().supervisorId, QStringLiteral("sup-2"));
    QCOMPARE(page.at(0).at(0).toULongLong(), pageToken);
    QCOMPARE(page.at(0).at(1).value<ChangesPage>().changes.size(), 5);
    QCOMPARE(registered.at(0).at(0).toULongLong(), registerToken);
    QVERIFY(!registered.at(0).at(1).toString().isEmpty());
}

void TestPlatformClient::errorsAreTyped_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("kind");
    QTest::newRow("malformed body") << QStringLiteral("malformed=every1") << QStringLiteral("demo-1") << 10000
                                    << int(ApiError::Kind::Malformed);
    QTest::newRow("truncated body") << QStringLiteral("truncate=every1") << QStringLiteral("demo-1") << 10000
                                    << int(ApiError::Kind::Network);
    QTest::newRow("dropped") << QStringLiteral("drop=every1") << QStringLiteral("demo-1") << 10000
                             << int(ApiError::Kind::Network);
    QTest::newRow("503") << QStringLiteral("5xx=every1:3") << QStringLiteral("demo-1") << 10000
                         << int(ApiError::Kind::Unavailable);
    QTest::newRow("429") << QStringLiteral("429=every1:4") << QStringLiteral("demo-1") << 10000
                         << int(ApiError::Kind::RateLimited);
    QTest::newRow("timeout") << QStringLiteral("latency=1.0:3000") << QStringLiteral("demo-1") << 300
                             << int(ApiError::Kind::Timeout);
    QTest::newRow("bad token") << QString() << QStringLiteral("wrong") << 10000 << int(ApiError::Kind::Unauthorized);
}

void TestPlatformClient::errorsAreTyped()
{
    QFETCH(QString, faults);
    QFETCH(QString, token);
    QFETCH(int, timeoutMs);
    QFETCH(int, kind);
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")), faults);
    QVERIFY(server->start() != 0);
    ThreadedClient c(server->baseUrl(), token, timeoutMs);
    QSignalSpy page(c.client, &PlatformClient::changesReceived);
    QSignalSpy failed(c.client, &PlatformClient::failed);
    const quint64 t = c.client->changes({}, 5, 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QCOMPARE(page.size(), 0);   // never a partial page
    QCOMPARE(failed.at(0).at(0).toULongLong(), t);
    const ApiError e = failed.at(0).at(1).value<ApiError>();
    QCOMPARE(int(e.kind), kind);
    if (e.kind == ApiError::Kind::Unavailable)
        QCOMPARE(e.retryAfterSeconds, 3);
    if (e.kind == ApiError::Kind::RateLimited)
        QCOMPARE(e.retryAfterSeconds, 4);
    QVERIFY(!e.sentence().isEmpty());
}

void TestPlatformClient::insecureIsRefusedWithoutARequest()
{
    ThreadedClient c(QUrl(QStringLiteral("http://platform.example:8470")), QStringLiteral("demo-1"));
    QSignalSpy failed(c.client, &PlatformClient::failed);
    c.client->health();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Insecure);
}

void TestPlatformClient::streamingPullGetsThePagesItAsksFor()
{
    // The client asks for the next page before its caller does (one ahead) and decodes pages on
    // two threads: the caller must still get exactly the page it asks for, in order, each change once.
    QTemporaryDir dir;
    auto server = makeServer(dir.filePath(QStringLiteral("platform.sqlite")));
    QVERIFY(server->start() != 0);
    const int limit = 7;
    QStringList expected;   // every change id, from a plain scan over HTTP
    {
        platformtest::TestClient http(server->baseUrl(), QStringLiteral("demo-1"));
        QString cursor;
        for (bool more = true; more;) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            if (!cursor.isEmpty())
                query.addQueryItem(QStringLiteral("cursor"), cursor);
            const auto reply = http.get(QStringLiteral("/v1/changes"), query);
            QCOMPARE(reply.status, 200);
            const ChangesPage page = codec::decodeChangesPage(reply.json());
            for (const Change &c : page.changes)
                expected << c.id;
            cursor = page.cursor;
            more = page.hasMore;
        }
    }
    QCOMPARE(expected.size(), DataSize().total());

    ThreadedClient c(server->baseUrl(), QStringLiteral("demo-1"));
    QSignalSpy pages(c.client, &PlatformClient::changesReceived);
    QSignalSpy failed(c.client, &PlatformClient::failed);
    const auto ask = [&](const QString &cursor) -> std::optional<ChangesPage> {
        const qsizetype before = pages.size();
        const quint64 token = c.client->changes(cursor, limit, 0);
        if (!QTest::qWaitFor([&] { return pages.size() > before || !failed.isEmpty(); }, 30000) || !failed.isEmpty())
            return std::nullopt;
        if (pages.size() != before + 1 || pages.constLast().at(0).toULongLong() != token)
            return std::nullopt;
        return pages.constLast().at(1).value<ChangesPage>();
    };

    // From the start, page after page.
    QStringList got;
    QString cursor;
    for (bool more = true; more;) {
        const auto page = ask(cursor);
        QVERIFY(page);
        for (const Change &ch : page->changes)
            got << ch.id;
        cursor = page->cursor;
        more = page->hasMore;
    }
    QCOMPARE(got, expected);
    QVERIFY(failed.isEmpty());

    // A first page again (the page after it is being fetched meanwhile), then not its follower
    // but the start once more: the answer is the start, not what was fetched ahead.
    const auto first = ask({});
    QVERIFY(first);
    const auto again = ask({});
    QVERIFY(again);
    QCOMPARE(again->changes.size(), qsizetype(limit));
    QCOMPARE(again->changes.constFirst().id, expected.constFirst());
    // A page cancelled while its follower is fetched ahead: asked again, it is still that page.
    const quint64 dropped = c.client->changes(again->cursor, limit, 0);
    c.client->cancel(dropped);
    const auto second = ask(again->cursor);
    QVERIFY(second);
    QCOMPARE(second->changes.constFirst().id, expected.at(limit));
    QTest::qWait(100);
    QVERIFY(failed.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(pages))
        QVERIFY(signal.at(0).toULongLong() != dropped);
}

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "test_platform_client.moc"
