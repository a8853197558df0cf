// wk::Money: arithmetic stays in one currency, never overflows silently, and rounds half away
// from zero (the rule for fees and partial refunds).
#include "domain/Money.h"

#include <QTest>
#include <limits>

using wk::Money;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
Money eur(qint64 minor) { return Money(minor, QStringLiteral("EUR")); }
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void currencies()
    {
        QVERIFY(Money::isKnownCurrency(QStringLiteral("EUR")));
        QVERIFY(Money::isKnownCurrency(QStringLiteral("JPY")));
        QVERIFY(Money::isKnownCurrency(QStringLiteral("CNY")));
        QVERIFY(!Money::isKnownCurrency(QStringLiteral("eur")));
        QVERIFY(!Money::isKnownCurrency(QStringLiteral("XXX")));
        QVERIFY(!Money::isKnownCurrency(QString()));
        QCOMPARE(Money::exponent(QStringLiteral("USD")), 2);
        QCOMPARE(Money::exponent(QStringLiteral("JPY")), 0);
        QCOMPARE(Money::exponent(QStringLiteral("BTC")), -1);
        QVERIFY(eur(1).isValid());
        QVERIFY(!Money().isValid());
        QVERIFY(!Money(5, QStringLiteral("XBT")).isValid());
    }

    void plusAndMinus()
    {
        QCOMPARE(eur(1050).plus(eur(-2000)), std::optional<Money>(eur(-950)));
        QCOMPARE(eur(1050).minus(eur(2000)), std::optional<Money>(eur(-950)));
        QCOMPARE(eur(kMax - 1).plus(eur(1)), std::optional<Money>(eur(kMax)));
        QCOMPARE(eur(kMin + 1).minus(eur(1)), std::optional<Money>(eur(kMin)));
    }

    void overflowIsNullopt()
    {
        QVERIFY(!eur(kMax).plus(eur(1)));
        QVERIFY(!eur(kMin).plus(eur(-1)));
        QVERIFY(!eur(kMin).minus(eur(1)));
        QVERIFY(!eur(kMax).minus(eur(-1)));
        QVERIFY(!eur(kMax).scaled(2, 1));
        QVERIFY(!eur(kMin).scaled(-1, 1));
    }

    void currencyMismatchIsNullopt()
    {
        const Money usd(100, QStringLiteral("USD"));
        QVERIFY(!eur(100).plus(usd));
        QVERIFY(!eur(100).minus(usd));
        QVERIFY(!eur(0).plus(Money()));
    }

    void scaled_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("exact") << qint64(1000) << qint64(1) << qint64(10) << qint64(100);
        QTest::newRow("10% rounds down") << qint64(1234) << qint64(1) << qint64(10) << qint64(123);
        QTest::newRow("10% half rounds up") << qint64(1235) << qint64(1) << qint64(10) << qint64(124);
        QTest::newRow("negative half away from zero") << qint64(-1235) << qint64(1) << qint64(10) << qint64(-124);
        QTest::newRow("negative numerator") << qint64(5) << qint64(-1) << qint64(2) << qint64(-3);
        QTest::newRow("half") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
        QTest::newRow("third") << qint64(100) << qint64(1) << qint64(3) << qint64(33);
        QTest::newRow("two thirds") << qint64(100) << qint64(2) << qint64(3) << qint64(67);
        QTest::newRow("below half") << qint64(-4) << qint64(1) << qint64(3) << qint64(-1);
        QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(3) << qint64(0);
        QTest::newRow("identity at max") << kMax << qint64(1) << qint64(1) << kMax;
        // Remainders near the denominator must not overflow when doubled.
        QTest::newRow("huge denominator, above half") << kMax - 1 << qint64(1) << kMax << qint64(1);
        QTest::newRow("huge denominator, below half") << kMax / 2 - 1 << qint64(1) << kMax << qint64(0);
        QTest::newRow("huge denominator, negative") << kMin + 2 << qint64(1) << kMax << qint64(-1);
    }

    void scaled()
    {
        QFETCH(qint64, minor);
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(qint64, expected);
        const std::optional<Money> result = eur(minor).scaled(numerator, denominator);
        QVERIFY(result);
        QCOMPARE(result->minorUnits(), expected);
        QCOMPARE(result->currency(), QStringLiteral("EUR"));
    }

    void scaledRejectsBadDenominators()
    {
        QVERIFY(!eur(100).scaled(1, 0));
        QVERIFY(!eur(100).scaled(1, -2));
    }

    void toPlainString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("eur") << qint64(1234) << QStringLiteral("EUR") << QStringLiteral("12.34");
        QTest::newRow("cents only") << qint64(5) << QStringLiteral("EUR") << QStringLiteral("0.05");
        QTest::newRow("negative cents") << qint64(-5) << QStringLiteral("USD") << QStringLiteral("-0.05");
        QTest::newRow("negative") << qint64(-123456) << QStringLiteral("GBP") << QStringLiteral("-1234.56");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("CNY") << QStringLiteral("0.00");
        QTest::newRow("jpy") << qint64(1234) << QStringLiteral("JPY") << QStringLiteral("1234");
        QTest::newRow("negative jpy") << qint64(-7) << QStringLiteral("JPY") << QStringLiteral("-7");
        QTest::newRow("min") << kMin << QStringLiteral("EUR") << QStringLiteral("-92233720368547758.08");
        QTest::newRow("max") << kMax << QStringLiteral("EUR") << QStringLiteral("92233720368547758.07");
        QTest::newRow("unknown currency") << qint64(1234) << QStringLiteral("XXX") << QStringLiteral("1234");
    }

    void toPlainString()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor, currency).toPlainString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
