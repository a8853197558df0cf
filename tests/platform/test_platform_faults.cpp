// The --faults grammar and the injector's decisions (the wire-level behaviour is in test_platform_server).
#include "FaultInjector.h"

#include <QtTest>
#include <stdexcept>

using namespace wk::platform;

class TestPlatformFaults : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("empty") << "" << "seed=1";
        QTest::newRow("probability") << "drop=0.25" << "drop=0.25,seed=1";
        QTest::newRow("percent") << "5xx=5%" << "5xx=0.05,seed=1";
        QTest::newRow("every with arg") << "429=every3:7s" << "429=every3:7,seed=1";
        QTest::newRow("latency ms") << "latency=1:300ms" << "latency=1:300,seed=1";
        QTest::newRow("several and seed") << " lost=every2 , expire=0.5,seed=42"
                                          << "expire=0.5,lost=every2,seed=42";
    }

    void parsesValidSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(QString, normalised);
        QCOMPARE(FaultSpec::parse(spec).toString(), normalised);
    }

    void rejectsBadSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("no equals") << "drop";
        QTest::newRow("unknown kind") << "explode=0.1";
        QTest::newRow("probability above 1") << "drop=1.5";
        QTest::newRow("every zero") << "drop=every0";
        QTest::newRow("bad arg") << "latency=0.1:soon";
        QTest::newRow("bad seed") << "seed=x";
    }

    void rejectsBadSpecs()
    {
        QFETCH(QString, spec);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FaultSpec::parse(spec));
    }

    void everyNthCountsEligibleRequestsPerKind()
    {
        FaultInjector injector(FaultSpec::parse(QStringLiteral("drop=every3,expire=every2")));
        QList<int> drops, expiries;
        for (int i = 1; i <= 9; ++i) {
            // Only pulls with a cursor count for expire; every request counts for drop.
            const bool pull = i % 2 == 1;
            const auto d = injector.decide({pull, pull, false});
            if (d.fault == FaultKind::Drop)
                drops << i;
            if (d.fault == FaultKind::ExpireCursor)
                expiries << i;
        }
        QCOMPARE(drops, (QList<int>{3, 6, 9}));
        // Pulls are requests 1,3,5,7,9: every 2nd of them is 3 and 7; 3 was already dropped.
        QCOMPARE(expiries, (QList<int>{7}));
    }

    void lostOnlyHitsCommandPosts()
    {
        FaultInjector injector(FaultSpec::parse(QStringLiteral("lost=every1")));
        QVERIFY(!injector.decide({true, true, false}).fault);
        QCOMPARE(injector.decide({false, false, true}).fault, FaultKind::LostResponse);
    }

    void probabilitiesAreReproducibleFromTheSeed()
    {
        const auto run = [](const QString &spec) {
            FaultInjector injector(FaultSpec::parse(spec));
            QList<bool> hits;
            for (int i = 0; i < 200; ++i)
                hits << bool(injector.decide({}).fault);
            return hits;
        };
        const auto a = run(QStringLiteral("5xx=0.3,seed=9"));
        QCOMPARE(run(QStringLiteral("5xx=0.3,seed=9")), a);
        QVERIFY(run(QStringLiteral("5xx=0.3,seed=10")) != a);
        const auto hits = a.count(true);
        QVERIFY2(hits > 20 && hits < 110, qPrintable(QString::number(hits)));   // 60 expected
        QVERIFY(!run(QStringLiteral("5xx=0")).contains(true));
        QVERIFY(!run(QStringLiteral("5xx=1")).contains(false));
    }

    void latencyCombinesWithAFault()
    {
        FaultInjector injector(FaultSpec::parse(QStringLiteral("latency=every1:250,429=every1:3")));
        const auto d = injector.decide({});
        QCOMPARE(d.latencyMs, 250);
        QCOMPARE(d.fault, FaultKind::RateLimited);
        QCOMPARE(d.retryAfterSeconds, 3);
        QVERIFY(!FaultInjector().decide({}).fault);
    }
};

QTEST_GUILESS_MAIN(TestPlatformFaults)
#include "test_platform_faults.moc"
