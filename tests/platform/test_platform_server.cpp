// The reference platform over a real loopback socket: every answer is decoded with the strict codecs.
#include "PlatformTestSupport.h"

#include "ChangeFeed.h"
#include "generator/MediaLibrary.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include "storage/Statement.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wk;
using namespace wk::platform;
using namespace wk::platformtest;

class TestPlatformServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<TestClient> m_client;
    int m_entities = 0;

    void start(PlatformServer::Options options = {})
    {
        options.sizePercent = 0;
        m_client.reset();
        m_server = std::make_unique<PlatformServer>(options);
        m_entities = feedSampleData(m_server->store());
        QVERIFY(m_server->start(QHostAddress::LocalHost, 0) != 0);
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), QStringLiteral("demo-1"));
    }

    // Pulls everything from `cursor` with `limit`; returns the final page's cursor.
    QString pullAll(TestClient &client, QString cursor, int limit, QList<Change> *changes = nullptr)
    {
        for (int guard = 0; guard < 1000; ++guard) {
            QUrlQuery q;
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), cursor);
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            const HttpResult r = client.get(QStringLiteral("/v1/changes"), q);
            if (r.status != 200)
                return QStringLiteral("<status %1>").arg(r.status);
            const ChangesPage page = codec::decodeChangesPage(r.json());
            if (changes)
                changes->append(page.changes);
            cursor = page.cursor;
            if (!page.hasMore)
                return cursor;
        }
        return {};
    }

    CommandResults postCommands(TestClient &client, const QJsonObject &body)
    {
        const HttpResult r = client.post(QStringLiteral("/v1/commands"), body);
        if (r.status != 200)
            qWarning() << "commands answered" << r.status << r.body;
        return codec::decodeCommandResults(r.json());
    }

    qint64 versionOf(EntityKind kind, const QString &id) { return m_server->store().find(kind, id)->version; }

private slots:
    void healthMeAndUnauthorized()
    {
        start();
        TestClient anonymous(m_server->baseUrl(), QString());
        const HttpResult health = anonymous.get(QStringLiteral("/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(codec::decodeHealth(health.json()).status, QStringLiteral("ok"));

        const HttpResult me = m_client->get(QStringLiteral("/v1/me"));
        QCOMPARE(me.status, 200);
        const Me decoded = codec::decodeMe(me.json());
        QCOMPARE(decoded.supervisorId, QStringLiteral("sup-1"));
        QCOMPARE(decoded.displayName, QStringLiteral("Mei Lin"));
        QCOMPARE(decoded.leaseSeconds, 300);

        for (const QString &token : {QString(), QStringLiteral("not-a-token")}) {
            TestClient stranger(m_server->baseUrl(), token);
            const HttpResult r = stranger.get(QStringLiteral("/v1/me"));
            QCOMPARE(r.status, 401);
            QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
            QCOMPARE(codec::decodeProblem(r.json()).code, QStringLiteral("unauthorized"));
        }
        const HttpResult missing = m_client->get(QStringLiteral("/v1/nothing-here"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(codec::decodeProblem(missing.json()).code, QStringLiteral("not_found"));
    }

    void pagingVisitsEveryEntityOnce_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("7") << 7;
        QTest::newRow("5000") << 5000;
    }

    void pagingVisitsEveryEntityOnce()
    {
        QFETCH(int, limit);
        start();
        QString cursor;
        QSet<QString> seen;
        int pages = 0;
        bool hasMore = true;
        while (hasMore) {
            QUrlQuery q;
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"), cursor);
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            const HttpResult r = m_client->get(QStringLiteral("/v1/changes"), q);
            QCOMPARE(r.status, 200);
            const ChangesPage page = codec::decodeChangesPage(r.json());
            QVERIFY(page.changes.size() <= limit);
            QVERIFY(!page.changes.isEmpty());
            QVERIFY(page.cursor != cursor);
            for (const Change &c : page.changes) {
                const QString key = toCode(c.entity) + QLatin1Char('/') + c.id;
                QVERIFY2(!seen.contains(key), qPrintable(key));
                seen.insert(key);
                QCOMPARE(c.op, ChangeOp::Upsert);
                QCOMPARE(c.version, 1);
                QCOMPARE(c.dataObject().value(QStringLiteral("version")).toInteger(), 1);
            }
            cursor = page.cursor;
            hasMore = page.hasMore;
            ++pages;
        }
        QCOMPARE(seen.size(), m_entities);
        QCOMPARE(pages, (m_entities + limit - 1) / limit);

        // At the end: an empty page that keeps the cursor.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), cursor);
        const ChangesPage tail = codec::decodeChangesPage(m_client->get(QStringLiteral("/v1/changes"), q).json());
        QVERIFY(tail.changes.isEmpty());
        QCOMPARE(tail.cursor, cursor);
        QVERIFY(!tail.hasMore);

        // An entity changed twice after the cursor appears once, at its latest version; a delete is a delete.
        {
            Transaction tx(m_server->store().database());
            m_server->store().upsert(EntityKind::Supplier, QStringLiteral("sup-0"), codec::encode(sampleSupplier(0)));
            m_server->store().upsert(EntityKind::Supplier, QStringLiteral("sup-0"), codec::encode(sampleSupplier(0)));
            m_server->store().remove(EntityKind::ReviewItem, QStringLiteral("rv-3"));
            tx.commit();
        }
        QList<Change> changes;
        pullAll(*m_client, cursor, limit, &changes);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).id, QStringLiteral("sup-0"));
        QCOMPARE(changes.at(0).version, 3);
        QCOMPARE(changes.at(1).op, ChangeOp::Delete);
        QCOMPARE(changes.at(1).id, QStringLiteral("rv-3"));
        QVERIFY(changes.at(1).dataText.isEmpty());
    }

    void badQueriesAreProblems_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("limit 0") << "limit=0" << 400 << "invalid_query";
        QTest::newRow("limit 5001") << "limit=5001" << 400 << "invalid_query";
        QTest::newRow("wait 61") << "wait=61" << 400 << "invalid_query";
        QTest::newRow("garbage cursor") << "cursor=%25%25%25" << 400 << "invalid_query";
        QTest::newRow("other generation")
            << QStringLiteral("cursor=") + encodeCursor(QStringLiteral("another-store"), 1) << 410 << "cursor_expired";
    }

    void badQueriesAreProblems()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        start();
        const HttpResult r = m_client->get(QStringLiteral("/v1/changes"), QUrlQuery(query));
        QCOMPARE(r.status, status);
        QCOMPARE(codec::decodeProblem(r.json()).code, code);
    }

    void longPollWakesOnNewChange()
    {
        start();
        const QString cursor = pullAll(*m_client, {}, 500);

        // Answered when a command of another supervisor commits, not before.
        TestClient other(m_server->baseUrl(), QStringLiteral("demo-2"));
        const QString clientId = other.registerClient();
        QTimer::singleShot(300, this, [&] {
            postCommands(other, batch(clientId, {command(QStringLiteral("review.claim"), QStringLiteral("rv-5"), 1, {})}));
        });
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), cursor);
        q.addQueryItem(QStringLiteral("wait"), QStringLiteral("30"));
        const HttpResult r = m_client->get(QStringLiteral("/v1/changes"), q);
        QCOMPARE(r.status, 200);
        const ChangesPage page = codec::decodeChangesPage(r.json());
        QCOMPARE(page.changes.size(), 1);
        QCOMPARE(page.changes.at(0).id, QStringLiteral("rv-5"));
        QCOMPARE(codec::decodeReviewItem(page.changes.at(0).dataObject()).claimedBy, QStringLiteral("sup-2"));

        // Also when the platform itself writes (live mode does this).
        QTimer::singleShot(300, this, [&] {
            Transaction tx(m_server->store().database());
            m_server->store().upsert(EntityKind::ReviewItem, QStringLiteral("rv-100"), codec::encode(sampleReviewItem(100)));
            tx.commit();
            m_server->notifyChanged();
        });
        q.removeAllQueryItems(QStringLiteral("cursor"));
        q.addQueryItem(QStringLiteral("cursor"), page.cursor);
        const ChangesPage next = codec::decodeChangesPage(m_client->get(QStringLiteral("/v1/changes"), q).json());
        QCOMPARE(next.changes.size(), 1);
        QCOMPARE(next.changes.at(0).id, QStringLiteral("rv-100"));

        // Nothing happens: the wait runs out with an empty page and the same cursor.
        QUrlQuery idle;
        idle.addQueryItem(QStringLiteral("cursor"), next.cursor);
        idle.addQueryItem(QStringLiteral("wait"), QStringLiteral("1"));
        const ChangesPage empty = codec::decodeChangesPage(m_client->get(QStringLiteral("/v1/changes"), idle).json());
        QVERIFY(empty.changes.isEmpty());
        QCOMPARE(empty.cursor, next.cursor);
    }

    void liveTickWakesLongPoll()
    {
        start();
        const QString cursor = pullAll(*m_client, {}, 500);
        QTimer::singleShot(300, this, [&] { m_server->liveTick(3); });
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), cursor);
        q.addQueryItem(QStringLiteral("wait"), QStringLiteral("30"));
        const HttpResult r = m_client->get(QStringLiteral("/v1/changes"), q);
        QCOMPARE(r.status, 200);
        QVERIFY(!codec::decodeChangesPage(r.json()).changes.isEmpty());
    }

    void liveIdsContinueAfterARestart()
    {
        // A restart on a reused store must not hand out the live ids of the last run again: the new
        // item would overwrite one a supervisor may already have decided.
        QTemporaryDir dir;
        PlatformServer::Options options;
        options.dbPath = dir.filePath(QStringLiteral("live.sqlite"));
        options.sizePercent = 0;
        const auto liveItems = [](PlatformServer &server) {
            Statement st(server.store().database(),
                         QStringLiteral("SELECT count(*) FROM entities WHERE kind = ? AND id > 'rvw-9000000'"));
            st.bind(1, int(EntityKind::ReviewItem));
            st.step();
            return st.columnInt(0);
        };
        {
            PlatformServer first(options);
            first.liveTick(5);
            QCOMPARE(liveItems(first), 5);
        }
        PlatformServer again(options);
        QVERIFY(again.reusedStore());
        again.liveTick(5);
        QCOMPARE(liveItems(again), 10);
    }

    void storeIsReusedForTheSameSeedAndScale()
    {
        QTemporaryDir dir;
        PlatformServer::Options options;
        options.dbPath = dir.filePath(QStringLiteral("reuse.sqlite"));
        options.sizePercent = 0;
        QString generation;
        {
            PlatformServer first(options);
            QVERIFY(!first.reusedStore());
            generation = first.store().generation();
        }
        {
            PlatformServer again(options);
            QVERIFY(again.reusedStore());
            QCOMPARE(again.store().generation(), generation);   // cursors survive a restart
        }
        options.seed = 8;
        PlatformServer other(options);
        QVERIFY(!other.reusedStore());
        QVERIFY(other.store().generation() != generation);     // and expire with new data
    }

    void generatedDataIsAsOfTheGivenTime()
    {
        // The demo generates its data as of the current hour, so SLA clocks mean something on any
        // day; ages are measured back from that moment, and a store of another moment is not reused.
        QTemporaryDir dir;
        PlatformServer::Options options;
        options.dbPath = dir.filePath(QStringLiteral("as-of.sqlite"));
        options.sizePercent = 1;
        options.generatedAt = QDateTime(QDate(2031, 3, 4), QTime(10, 0), Qt::UTC);
        QString generation;
        {
            PlatformServer server(options);
            QVERIFY(!server.reusedStore());
            generation = server.store().generation();
            int items = 0;
            qint64 after = 0;
            for (bool more = true; more;) {
                const ChangeSlice slice = server.store().changesAfter(after, 5000);
                for (const StoredEntity &e : slice.entities) {
                    if (e.kind != EntityKind::ReviewItem)
                        continue;
                    const QDateTime created = codec::decodeTimestamp(e.object().value(QStringLiteral("created_at")),
                                                                     QStringLiteral("created_at"));
                    QVERIFY2(created <= options.generatedAt && created >= options.generatedAt.addDays(-2),
                             qPrintable(created.toString(Qt::ISODate)));
                    ++items;
                }
                after = slice.lastSeq;
                more = slice.hasMore;
            }
            QVERIFY(items > 0);
        }
        options.generatedAt = options.generatedAt.addSecs(3600);
        PlatformServer later(options);
        QVERIFY(!later.reusedStore());
        QVERIFY(later.store().generation() != generation);
    }

    void abandonedLongPollIsForgotten()
    {
        start();
        const QString cursor = pullAll(*m_client, {}, 500);
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/v1/changes"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), cursor);
        q.addQueryItem(QStringLiteral("wait"), QStringLiteral("60"));
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer demo-1");
        QNetworkReply *reply = m_client->nam().get(request);
        QTRY_COMPARE(m_server->waitingPulls(), 1);
        reply->abort();
        reply->deleteLater();
        QTRY_COMPARE(m_server->waitingPulls(), 0);
        // A change after the client left must not write to a closed connection.
        Transaction tx(m_server->store().database());
        m_server->store().upsert(EntityKind::ReviewItem, QStringLiteral("rv-1"), codec::encode(sampleReviewItem(1)));
        tx.commit();
        m_server->notifyChanged();
        QCOMPARE(m_client->get(QStringLiteral("/v1/me")).status, 200);
    }

    void idempotentReplay()
    {
        start();
        const QString clientId = m_client->registerClient();
        QVERIFY(!clientId.isEmpty());
        const QJsonObject body = batch(clientId, {command(QStringLiteral("review.claim"), QStringLiteral("rv-1"), 1, {}, 7),
                                                  command(QStringLiteral("supplier.suspend"), QStringLiteral("sup-9"), 1,
                                                          {{QStringLiteral("reason"), QStringLiteral("fraud")}}, 8)});
        const CommandResults first = postCommands(*m_client, body);
        QCOMPARE(first.results.size(), 2);
        QCOMPARE(first.results.at(0).outcome, CommandOutcome::Applied);
        QCOMPARE(first.results.at(0).version, 2);
        QCOMPARE(first.results.at(1).outcome, CommandOutcome::Rejected);
        QCOMPARE(first.results.at(1).problem.code, QStringLiteral("not_found"));

        const CommandResults again = postCommands(*m_client, body);
        QCOMPARE(again.results.size(), 2);
        QCOMPARE(again.results.at(0).outcome, CommandOutcome::Duplicate);
        QCOMPARE(again.results.at(0).version, 2);
        QCOMPARE(again.results.at(0).id, first.results.at(0).id);
        QCOMPARE(again.results.at(1), first.results.at(1));   // a rejection is replayed as it was
        QCOMPARE(versionOf(EntityKind::ReviewItem, QStringLiteral("rv-1")), 2);

        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), clientId);
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        QCOMPARE(codec::decodeChangesPage(m_client->get(QStringLiteral("/v1/changes"), q).json()).lastCommandSeq, 8);
    }

    void sameIdOtherContentIsRejectedWhole()
    {
        start();
        const QString clientId = m_client->registerClient();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        postCommands(*m_client, batch(clientId, {command(QStringLiteral("review.note"), QStringLiteral("rv-1"), 1,
                                                         {{QStringLiteral("text"), QStringLiteral("a")}}, 1, id)}));
        const HttpResult r = m_client->post(
            QStringLiteral("/v1/commands"),
            batch(clientId, {command(QStringLiteral("review.claim"), QStringLiteral("rv-2"), 1, {}, 2),
                             command(QStringLiteral("review.note"), QStringLiteral("rv-1"), 1,
                                     {{QStringLiteral("text"), QStringLiteral("b")}}, 3, id)}));
        QCOMPARE(r.status, 422);
        const Problem p = codec::decodeProblem(r.json());
        QCOMPARE(p.code, QStringLiteral("idempotency_key_reused"));
        QVERIFY(p.detail.contains(id));
        QCOMPARE(versionOf(EntityKind::ReviewItem, QStringLiteral("rv-2")), 1);   // nothing of the batch applied
    }

    void batchLevelProblems()
    {
        start();
        const QString clientId = m_client->registerClient();
        HttpResult r = m_client->post(QStringLiteral("/v1/commands"),
                                      batch(QStringLiteral("no-such-client"),
                                            {command(QStringLiteral("review.claim"), QStringLiteral("rv-1"), 1, {})}));
        QCOMPARE(r.status, 404);
        QCOMPARE(codec::decodeProblem(r.json()).code, QStringLiteral("unknown_client"));

        r = m_client->postRaw(QStringLiteral("/v1/commands"), QByteArrayLiteral("{\"client_id\": 5}"));
        QCOMPARE(r.status, 400);
        const Problem invalid = codec::decodeProblem(r.json());
        QCOMPARE(invalid.code, QStringLiteral("invalid_body"));
        QVERIFY(invalid.detail.contains(QStringLiteral("client_id")));

        QList<QJsonObject> many;
        for (int i = 0; i < 501; ++i)
            many << command(QStringLiteral("review.note"), QStringLiteral("rv-1"), 1, {{QStringLiteral("text"), QStringLiteral("x")}}, i + 1);
        r = m_client->post(QStringLiteral("/v1/commands"), batch(clientId, many));
        QCOMPARE(r.status, 413);
        QCOMPARE(codec::decodeProblem(r.json()).code, QStringLiteral("batch_too_large"));
    }

    void leaseConflictNamesTheHolder()
    {
        start();
        TestClient jonas(m_server->baseUrl(), QStringLiteral("demo-2"));
        const QString mei = m_client->registerClient();
        const QString jonasClient = jonas.registerClient();

        auto r = postCommands(*m_client, batch(mei, {command(QStringLiteral("review.claim"), QStringLiteral("rv-1"), 1,
                                                             {{QStringLiteral("lease_seconds"), 600}})}));
        QCOMPARE(r.results.at(0).outcome, CommandOutcome::Applied);

        for (const QString &type : {QStringLiteral("review.claim"), QStringLiteral("review.decide")}) {
            const QJsonObject payload = type == QLatin1StringView("review.decide")
                ? QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}}
                : QJsonObject{};
            const auto other = postCommands(jonas, batch(jonasClient, {command(type, QStringLiteral("rv-1"), 2, payload)}));
            const CommandResult &c = other.results.at(0);
            QCOMPARE(c.outcome, CommandOutcome::Conflict);
            QCOMPARE(c.problem.code, QStringLiteral("lease_held"));
            QVERIFY2(c.problem.detail.contains(QStringLiteral("Mei Lin")), qPrintable(c.problem.detail));
            const Change current = codec::decodeChange(c.current);
            QCOMPARE(current.version, 2);
            QCOMPARE(codec::decodeReviewItem(current.dataObject()).claimedBy, QStringLiteral("sup-1"));
        }

        // The holder's own claim does not count against her decision on what she saw before it.
        r = postCommands(*m_client, batch(mei, {command(QStringLiteral("review.decide"), QStringLiteral("rv-1"), 1,
                                                        {{QStringLiteral("decision"), QStringLiteral("reject")},
                                                         {QStringLiteral("reject_reason"), QStringLiteral("claims CE")}})}));
        QCOMPARE(r.results.at(0).outcome, CommandOutcome::Applied);
        const ReviewItem decided = codec::decodeReviewItem(m_server->store().find(EntityKind::ReviewItem, QStringLiteral("rv-1"))->object());
        QCOMPARE(decided.status, ReviewStatus::Decided);
        QCOMPARE(decided.decision->kind, DecisionKind::Reject);
        QCOMPARE(decided.decision->decidedBy, QStringLiteral("sup-1"));
        QVERIFY(decided.claimedBy.isEmpty());
    }

    void versionConflictCarriesTheCurrentEntity()
    {
        start();
        TestClient jonas(m_server->baseUrl(), QStringLiteral("demo-2"));
        const QString mei = m_client->registerClient();
        const QString jonasClient = jonas.registerClient();

        auto r = postCommands(*m_client, batch(mei, {command(QStringLiteral("supplier.suspend"), QStringLiteral("sup-0"), 1,
                                                             {{QStringLiteral("reason"), QStringLiteral("late")}})}));
        QCOMPARE(r.results.at(0).outcome, CommandOutcome::Applied);
        r = postCommands(jonas, batch(jonasClient, {command(QStringLiteral("supplier.set_tier"), QStringLiteral("sup-0"), 1,
                                                            {{QStringLiteral("tier"), toCode(SupplierTier::DirectFactory)}})}));
        QCOMPARE(r.results.at(0).outcome, CommandOutcome::Conflict);
        QCOMPARE(r.results.at(0).problem.code, QStringLiteral("version_conflict"));
        const Change current = codec::decodeChange(r.results.at(0).current);
        QCOMPARE(current.entity, EntityKind::Supplier);
        QCOMPARE(current.version, 2);
        QCOMPARE(codec::decodeSupplier(current.dataObject()).status, SupplierStatus::Suspended);

        // Two deciders without claims: the second one saw a version that is gone.
        r = postCommands(*m_client, batch(mei, {command(QStringLiteral("review.decide"), QStringLiteral("rv-4"), 1,
                                                        {{QStringLiteral("decision"), QStringLiteral("approve")}})}));
        QCOMPARE(r.results.at(0).outcome, CommandOutcome::Applied);
        r = postCommands(jonas, batch(jonasClient, {command(QStringLiteral("review.decide"), QStringLiteral("rv-4"), 1,
                                                            {{QStringLiteral("decision"), QStringLiteral("escalate")}})}));
        QCOMPARE(r.results.at(0).outcome, CommandOutcome::Conflict);
        QCOMPARE(r.results.at(0).problem.code, QStringLiteral("version_conflict"));
    }

    void commandEffects()
    {
        start();
        const QString client = m_client->registerClient();
        const auto one = [&](const QString &type, const QString &target, qint64 base, const QJsonObject &payload) {
            return postCommands(*m_client, batch(client, {command(type, target, base, payload)})).results.value(0);
        };
        const auto money = [](qint64 minor, const QString &currency) {
            return codec::encode(Money(minor, currency));
        };

        CommandResult r = one(QStringLiteral("order.fix_tracking"), QStringLiteral("ord-1"), 1,
                              {{QStringLiteral("tracking_number"), QStringLiteral("RR123456784CN")}});
        QCOMPARE(r.outcome, CommandOutcome::Rejected);
        QCOMPARE(r.problem.code, QStringLiteral("invalid_tracking_number"));
        r = one(QStringLiteral("order.fix_tracking"), QStringLiteral("ord-1"), 1,
                {{QStringLiteral("tracking_number"), QStringLiteral("rr 123456785 cn")}, {QStringLiteral("carrier"), QStringLiteral("China Post")}});
        QCOMPARE(r.outcome, CommandOutcome::Applied);
        Order order = codec::decodeOrder(m_server->store().find(EntityKind::Order, QStringLiteral("ord-1"))->object());
        QCOMPARE(order.trackingNumber, QStringLiteral("RR123456785CN"));
        QCOMPARE(order.carrier, QStringLiteral("China Post"));
        OrderException exc = codec::decodeOrderException(m_server->store().find(EntityKind::OrderException, QStringLiteral("exc-1"))->object());
        QCOMPARE(exc.status, ExceptionStatus::Resolved);

        r = one(QStringLiteral("order.refund"), QStringLiteral("ord-2"), 1,
                {{QStringLiteral("amount"), money(500, QStringLiteral("USD"))}, {QStringLiteral("reason"), QStringLiteral("late")}, {QStringLiteral("full"), false}});
        QCOMPARE(r.problem.code, QStringLiteral("currency_mismatch"));
        r = one(QStringLiteral("order.refund"), QStringLiteral("ord-2"), 1,
                {{QStringLiteral("amount"), money(12101, QStringLiteral("EUR"))}, {QStringLiteral("reason"), QStringLiteral("late")}, {QStringLiteral("full"), true}});
        QCOMPARE(r.problem.code, QStringLiteral("refund_exceeds_total"));
        r = one(QStringLiteral("order.refund"), QStringLiteral("ord-2"), 1,
                {{QStringLiteral("amount"), money(12100, QStringLiteral("EUR"))}, {QStringLiteral("reason"), QStringLiteral("lost")}, {QStringLiteral("full"), true}});
        QCOMPARE(r.outcome, CommandOutcome::Applied);
        QCOMPARE(codec::decodeOrder(m_server->store().find(EntityKind::Order, QStringLiteral("ord-2"))->object()).stage, OrderStage::Refunded);

        r = one(QStringLiteral("order.hold"), QStringLiteral("ord-3"), 1, {{QStringLiteral("reason"), QStringLiteral("check")}});
        QCOMPARE(r.outcome, CommandOutcome::Applied);
        r = one(QStringLiteral("order.hold"), QStringLiteral("ord-3"), 2, {{QStringLiteral("reason"), QStringLiteral("again")}});
        QCOMPARE(r.problem.code, QStringLiteral("invalid_state"));
        r = one(QStringLiteral("order.release"), QStringLiteral("ord-3"), 2, {});
        QCOMPARE(r.outcome, CommandOutcome::Applied);
        QVERIFY(!codec::decodeOrder(m_server->store().find(EntityKind::Order, QStringLiteral("ord-3"))->object()).onHold);

        r = one(QStringLiteral("exception.resolve"), QStringLiteral("exc-0"), 1, {{QStringLiteral("resolution"), QStringLiteral("carrier confirmed")}});
        QCOMPARE(r.outcome, CommandOutcome::Applied);
        exc = codec::decodeOrderException(m_server->store().find(EntityKind::OrderException, QStringLiteral("exc-0"))->object());
        QCOMPARE(exc.resolution, QStringLiteral("carrier confirmed"));

        r = one(QStringLiteral("supplier.reinstate"), QStringLiteral("sup-1"), 1, {});
        QCOMPARE(r.problem.code, QStringLiteral("invalid_state"));
        r = one(QStringLiteral("supplier.note"), QStringLiteral("sup-1"), 1, {{QStringLiteral("text"), QStringLiteral("called them")}});
        QCOMPARE(r.outcome, CommandOutcome::Applied);
        QCOMPARE(r.version, 1);
        QCOMPARE(m_server->store().noteCount(EntityKind::Supplier, QStringLiteral("sup-1")), 1);

        r = one(QStringLiteral("review.decide"), QStringLiteral("rv-2"), 1, {{QStringLiteral("decision"), QStringLiteral("correct")}});
        QCOMPARE(r.outcome, CommandOutcome::Rejected);
        QCOMPARE(r.problem.code, QStringLiteral("invalid_payload"));   // corrected_text is required
        r = one(QStringLiteral("review.decide"), QStringLiteral("rv-2"), 1,
                {{QStringLiteral("decision"), QStringLiteral("correct")}, {QStringLiteral("corrected_text"), QStringLiteral("Aus Leinen.")}});
        QCOMPARE(r.outcome, CommandOutcome::Applied);
        const ReviewItem item = codec::decodeReviewItem(m_server->store().find(EntityKind::ReviewItem, QStringLiteral("rv-2"))->object());
        QCOMPARE(item.copyText, QStringLiteral("Aus Leinen."));
        QCOMPARE(item.previousCopyText, QStringLiteral("Wasserdicht und CE-zertifiziert."));
    }

    void expiredCursorIsGone()
    {
        PlatformServer::Options options;
        options.retain = 5;
        start(options);
        QUrlQuery first;
        first.addQueryItem(QStringLiteral("limit"), QStringLiteral("2"));
        const HttpResult r = m_client->get(QStringLiteral("/v1/changes"), first);
        QCOMPARE(r.status, 200);   // no cursor: from the start is always possible
        const ChangesPage page = codec::decodeChangesPage(r.json());
        QCOMPARE(page.changes.size(), 2);

        // The log moves on and is compacted beyond the cursor.
        const QString client = m_client->registerClient();
        for (int i = 0; i < 6; ++i)
            postCommands(*m_client, batch(client, {command(QStringLiteral("review.claim"), QStringLiteral("rv-%1").arg(i), 1, {}, i + 1)}));
        QUrlQuery stale;
        stale.addQueryItem(QStringLiteral("cursor"), page.cursor);
        const HttpResult gone = m_client->get(QStringLiteral("/v1/changes"), stale);
        QCOMPARE(gone.status, 410);
        QCOMPARE(codec::decodeProblem(gone.json()).code, QStringLiteral("cursor_expired"));

        // A resync from scratch sees every live entity once.
        QList<Change> all;
        pullAll(*m_client, {}, 4, &all);
        QCOMPARE(all.size(), m_entities);
    }

    void faultsSeenFromTheClient_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("expect");
        QTest::newRow("5xx") << "5xx=every1:2" << "503";
        QTest::newRow("429") << "429=100%:7" << "429";
        QTest::newRow("drop") << "drop=every1" << "network error";
        QTest::newRow("truncate") << "truncate=every1" << "truncated";
        QTest::newRow("malformed") << "malformed=every1" << "malformed";
        QTest::newRow("latency") << "latency=every1:200" << "ok";
    }

    void faultsSeenFromTheClient()
    {
        QFETCH(QString, spec);
        QFETCH(QString, expect);
        PlatformServer::Options options;
        options.faults = spec;
        start(options);

        const HttpResult health = m_client->get(QStringLiteral("/v1/health"));
        QCOMPARE(health.status, 200);   // never faulted: clients use it to see the platform is up

        const HttpResult r = m_client->get(QStringLiteral("/v1/me"));
        if (expect == QLatin1StringView("503") || expect == QLatin1StringView("429")) {
            QCOMPARE(r.status, expect.toInt());
            QCOMPARE(r.header("Retry-After"), expect == QLatin1StringView("503") ? QByteArray("2") : QByteArray("7"));
            QCOMPARE(codec::decodeProblem(r.json()).code,
                     expect == QLatin1StringView("503") ? QStringLiteral("unavailable") : QStringLiteral("rate_limited"));
        } else if (expect == QLatin1StringView("network error")) {
            QCOMPARE(r.status, 0);
            QVERIFY(r.error != QNetworkReply::NoError);
        } else if (expect == QLatin1StringView("truncated")) {
            // Either the transport notices the short body or the JSON does not parse.
            bool decoded = false;
            try {
                codec::decodeMe(r.json());
                decoded = true;
            } catch (const DecodeError &) {
            }
            QVERIFY(r.error != QNetworkReply::NoError || !decoded);
        } else if (expect == QLatin1StringView("malformed")) {
            QCOMPARE(r.status, 200);
            QVERIFY_THROWS_EXCEPTION(DecodeError, codec::decodeMe(r.json()));
        } else {
            QCOMPARE(r.status, 200);
            QCOMPARE(codec::decodeMe(r.json()).supervisorId, QStringLiteral("sup-1"));
        }
    }

    void everyNthRequestFails()
    {
        PlatformServer::Options options;
        options.faults = QStringLiteral("5xx=every5");
        start(options);
        QList<int> failed;
        for (int i = 1; i <= 12; ++i)
            if (m_client->get(QStringLiteral("/v1/me")).status == 503)
                failed << i;
        QCOMPARE(failed, (QList<int>{5, 10}));
    }

    void expireFaultAnswers410ToCursorPulls()
    {
        PlatformServer::Options options;
        options.faults = QStringLiteral("expire=every1");
        start(options);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
        const HttpResult first = m_client->get(QStringLiteral("/v1/changes"), q);
        QCOMPARE(first.status, 200);   // no cursor: nothing to expire
        q.addQueryItem(QStringLiteral("cursor"), codec::decodeChangesPage(first.json()).cursor);
        const HttpResult second = m_client->get(QStringLiteral("/v1/changes"), q);
        QCOMPARE(second.status, 410);
        QCOMPARE(codec::decodeProblem(second.json()).code, QStringLiteral("cursor_expired"));
    }

    void lostResponseStillApplies()
    {
        PlatformServer::Options options;
        options.faults = QStringLiteral("lost=every1");
        start(options);
        const QString client = m_client->registerClient();
        const HttpResult r = m_client->post(QStringLiteral("/v1/commands"),
                                            batch(client, {command(QStringLiteral("review.claim"), QStringLiteral("rv-7"), 1, {}, 1)}));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        // The effect happened: the pull shows the claim.
        QList<Change> all;
        pullAll(*m_client, {}, 500, &all);
        bool claimed = false;
        for (const Change &c : all)
            if (c.id == QLatin1StringView("rv-7"))
                claimed = codec::decodeReviewItem(c.dataObject()).claimedBy == QLatin1StringView("sup-1");
        QVERIFY(claimed);
    }

    void retryAfterALostResponseIsADuplicate()
    {
        // The answer to the first post is lost; the client retries the same command against the
        // restarted platform (same store) and learns it had been applied.
        QTemporaryDir dir;
        PlatformServer::Options options;
        options.dbPath = dir.filePath(QStringLiteral("lost.sqlite"));
        options.faults = QStringLiteral("lost=every1");
        start(options);
        const QString client = m_client->registerClient();
        const QJsonObject body = batch(client, {command(QStringLiteral("order.hold"), QStringLiteral("ord-1"), 1,
                                                        {{QStringLiteral("reason"), QStringLiteral("check")}}, 1)});
        QCOMPARE(m_client->post(QStringLiteral("/v1/commands"), body).status, 0);

        m_client.reset();
        m_server.reset();
        options.faults.clear();
        options.sizePercent = 0;
        m_server = std::make_unique<PlatformServer>(options);
        QVERIFY(m_server->reusedStore());
        QVERIFY(m_server->start(QHostAddress::LocalHost, 0) != 0);
        m_client = std::make_unique<TestClient>(m_server->baseUrl(), QStringLiteral("demo-1"));
        const CommandResults retry = postCommands(*m_client, body);
        QCOMPARE(retry.results.at(0).outcome, CommandOutcome::Duplicate);
        QCOMPARE(retry.results.at(0).version, 2);
        QVERIFY(codec::decodeOrder(m_server->store().find(EntityKind::Order, QStringLiteral("ord-1"))->object()).onHold);
    }

    void mediaEtagAndRange_data()
    {
        QTest::addColumn<bool>("library");
        QTest::newRow("test asset") << false;
        QTest::newRow("media library") << true;
    }

    void mediaEtagAndRange()
    {
        QFETCH(bool, library);
        MediaEntry fake;
        const QByteArray fakeBytes = QByteArray(4096, 'v') + QByteArrayLiteral("tail");
        fake.asset.id = QStringLiteral("test-asset");
        fake.asset.mimeType = QStringLiteral("video/mp4");
        fake.asset.size = fakeBytes.size();
        fake.asset.sha256 = QString::fromLatin1(QCryptographicHash::hash(fakeBytes, QCryptographicHash::Sha256).toHex());
        PlatformServer::Options options;
        if (!library) {
            options.findMedia = [&](const QString &id) { return id == fake.asset.id ? &fake : nullptr; };
            options.mediaBytes = [&](const QString &id) { return id == fake.asset.id ? fakeBytes : QByteArray(); };
        } else {
            // The demo media are compiled in: an empty library is a broken build, not a skip.
            QVERIFY(!MediaLibrary::instance().entries().isEmpty());
        }
        start(options);
        const MediaEntry &entry = library ? MediaLibrary::instance().entries().constFirst() : fake;
        const QString path = QStringLiteral("/v1/media/") + entry.asset.id;

        const HttpResult full = m_client->get(path);
        QCOMPARE(full.status, 200);
        QCOMPARE(full.header("Content-Type"), entry.asset.mimeType.toLatin1());
        QCOMPARE(full.body.size(), entry.asset.size);
        const QByteArray sha = QCryptographicHash::hash(full.body, QCryptographicHash::Sha256).toHex();
        QCOMPARE(QString::fromLatin1(sha), entry.asset.sha256);
        QCOMPARE(full.header("ETag"), '"' + sha + '"');

        const HttpResult cached = m_client->get(path, {}, {{QByteArrayLiteral("If-None-Match"), full.header("ETag")}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.isEmpty());
        const HttpResult stale = m_client->get(path, {}, {{QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("\"other\"")}});
        QCOMPARE(stale.status, 200);

        const HttpResult part = m_client->get(path, {}, {{QByteArrayLiteral("Range"), QByteArrayLiteral("bytes=10-")}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, full.body.mid(10));
        QCOMPARE(part.header("Content-Range"),
                 "bytes 10-" + QByteArray::number(full.body.size() - 1) + '/' + QByteArray::number(full.body.size()));
        const HttpResult beyond = m_client->get(
            path, {}, {{QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(full.body.size()) + '-'}});
        QCOMPARE(beyond.status, 416);

        const HttpResult missing = m_client->get(QStringLiteral("/v1/media/no-such-asset"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(codec::decodeProblem(missing.json()).code, QStringLiteral("not_found"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformServer)
#include "test_platform_server.moc"
