// Typed amounts become integer minor units, never a float; anything ambiguous is refused.
#include "rules/MoneyText.h"

#include <QTest>

using namespace wk;

class TestMoneyText : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<qint64>("minor");   // -1: refused
        QTest::newRow("whole") << QStringLiteral("12") << 2 << qint64(1200);
        QTest::newRow("cents") << QStringLiteral("12.34") << 2 << qint64(1234);
        QTest::newRow("comma") << QStringLiteral("12,3") << 2 << qint64(1230);
        QTest::newRow("grouping") << QStringLiteral("1 234.50") << 2 << qint64(123450);
        QTest::newRow("leading dot") << QStringLiteral(".5") << 2 << qint64(50);
        QTest::newRow("0.1 exactly, no float") << QStringLiteral("0.10") << 2 << qint64(10);
        QTest::newRow("yen") << QStringLiteral("1500") << 0 << qint64(1500);
        QTest::newRow("yen decimals") << QStringLiteral("15.5") << 0 << qint64(-1);
        QTest::newRow("too many decimals") << QStringLiteral("1.234") << 2 << qint64(-1);
        QTest::newRow("two separators") << QStringLiteral("1.234,5") << 2 << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << 2 << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("12 USD") << 2 << qint64(-1);
        QTest::newRow("empty") << QString() << 2 << qint64(-1);
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << 2 << qint64(-1);
        QTest::newRow("largest") << QStringLiteral("92233720368547758.07") << 2 << qint64(9223372036854775807LL);
        QTest::newRow("just over") << QStringLiteral("92233720368547758.08") << 2 << qint64(-1);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, exponent);
        QFETCH(qint64, minor);
        const auto parsed = parseMinorUnits(text, exponent);
        QCOMPARE(parsed.value_or(-1), minor);
    }
};

QTEST_GUILESS_MAIN(TestMoneyText)
#include "test_money_text.moc"
