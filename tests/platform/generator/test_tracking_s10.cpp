// S10 tracking numbers: the check digit the generator writes must be the one the UPU rule gives.
#include "Tracking.h"

#include <QTest>

using namespace wk::platform;

class TestTrackingS10 : public QObject
{
    Q_OBJECT
private slots:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<int>("check");
        QTest::newRow("upu example") << QStringLiteral("47312482") << 9;   // RR473124829GB, the S10 spec's example
        QTest::newRow("plain") << QStringLiteral("00000001") << 4;             // 11 - 7
        QTest::newRow("10 becomes 0") << QStringLiteral("70000000") << 0;      // 56 mod 11 = 1
        QTest::newRow("sum 0 gives 5") << QStringLiteral("00000000") << 5;
    }
    void checkDigit()
    {
        QFETCH(QString, digits);
        QFETCH(int, check);
        QCOMPARE(s10CheckDigit(digits), check);
    }
    void validation()
    {
        QVERIFY(isValidS10(QStringLiteral("RR473124829GB")));
        QVERIFY(!isValidS10(QStringLiteral("RR473124828GB")));
        QVERIFY(!isValidS10(QStringLiteral("RR47312482GB")));
        QVERIFY(isValidS10(makeS10(QStringLiteral("LX"), 12345678, QStringLiteral("CN"))));
    }
};

QTEST_GUILESS_MAIN(TestTrackingS10)
#include "test_tracking_s10.moc"
