// Guarantee maths: the 10% fee (rounded half away from zero, once, on goods + shipping), full and
// partial refunds, refund against reship in the order currency and in CNY; every error is a code
// with a sentence, never a wrong number.
#include "rules/Guarantee.h"

#include <QSet>
#include <QTest>
#include <limits>

using namespace wk;

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
Money m(qint64 minor, const char *currency) { return Money(minor, QString::fromLatin1(currency)); }
CnyRate rate(const char *currency, qint64 num, qint64 den) { return CnyRate{QString::fromLatin1(currency), num, den}; }
GuaranteeBreakdown order(qint64 goods, qint64 shipping, const char *currency)
{
    const auto b = Guarantee::breakdown(m(goods, currency), m(shipping, currency));
    Q_ASSERT(b.ok());
    return b.value();
}
} // namespace

Q_DECLARE_METATYPE(wk::Money)
Q_DECLARE_METATYPE(wk::CnyRate)

class TestGuarantee : public QObject
{
    Q_OBJECT

    QSet<QString> m_errorsSeen;   // every error code must be produced (and explained) somewhere

    template <typename T>
    void expectError(const GuaranteeResult<T> &r, GuaranteeError expected)
    {
        QVERIFY2(!r.ok(), "expected an error");
        QCOMPARE(guaranteeErrorCode(*r.error()), guaranteeErrorCode(expected));
        QVERIFY(!r.message().isEmpty());
        m_errorsSeen.insert(guaranteeErrorCode(expected));
    }

private slots:
    void fee_data()
    {
        QTest::addColumn<Money>("goods");
        QTest::addColumn<Money>("shipping");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<qint64>("fullRefund");
        QTest::newRow("zero") << m(0, "EUR") << m(0, "EUR") << qint64(0) << qint64(0);
        QTest::newRow("round") << m(10000, "USD") << m(1500, "USD") << qint64(1150) << qint64(12650);
        QTest::newRow("0.4 cent down") << m(4, "EUR") << m(0, "EUR") << qint64(0) << qint64(4);
        QTest::newRow("0.5 cent up") << m(1, "EUR") << m(4, "EUR") << qint64(1) << qint64(6);
        QTest::newRow("1.4 down") << m(14, "GBP") << m(0, "GBP") << qint64(1) << qint64(15);
        QTest::newRow("1.5 up") << m(10, "GBP") << m(5, "GBP") << qint64(2) << qint64(17);
        // Half away from zero, not to even: 2.5 -> 3 (banker's rounding would give 2).
        QTest::newRow("2.5 up, not even") << m(20, "AUD") << m(5, "AUD") << qint64(3) << qint64(28);
        QTest::newRow("3.5 up") << m(30, "CAD") << m(5, "CAD") << qint64(4) << qint64(39);
        QTest::newRow("249.8") << m(1999, "USD") << m(499, "USD") << qint64(250) << qint64(2748);
        // The sum is rounded once: per part it would be 0 + 0 = 0 (0.4 + 0.4), on the sum 0.8 -> 1.
        QTest::newRow("rounded on the sum") << m(4, "EUR") << m(4, "EUR") << qint64(1) << qint64(9);
        QTest::newRow("free shipping") << m(12345, "EUR") << m(0, "EUR") << qint64(1235) << qint64(13580);
        QTest::newRow("JPY has no minor unit") << m(1234, "JPY") << m(0, "JPY") << qint64(123) << qint64(1357);
        QTest::newRow("very large") << m(8'000'000'000'000'000'000, "USD") << m(0, "USD")
                                    << qint64(800'000'000'000'000'000) << qint64(8'800'000'000'000'000'000);
    }

    void fee()
    {
        QFETCH(Money, goods);
        QFETCH(Money, shipping);
        QFETCH(qint64, fee);
        QFETCH(qint64, fullRefund);
        const auto f = Guarantee::serviceFee(goods, shipping);
        QVERIFY2(f.ok(), qPrintable(f.message()));
        QCOMPARE(f.value(), Money(fee, goods.currency()));
        const auto b = Guarantee::breakdown(goods, shipping);
        QVERIFY(b.ok());
        QCOMPARE(b->goods, goods);
        QCOMPARE(b->shipping, shipping);
        QCOMPARE(b->fee, Money(fee, goods.currency()));
        QCOMPARE(b->fullRefund, Money(fullRefund, goods.currency()));
    }

    void feeErrors_data()
    {
        QTest::addColumn<Money>("goods");
        QTest::addColumn<Money>("shipping");
        QTest::addColumn<QString>("error");
        QTest::newRow("currency mismatch") << m(1000, "EUR") << m(500, "USD") << QStringLiteral("currency_mismatch");
        QTest::newRow("unknown goods currency") << m(1000, "XBT") << m(500, "XBT") << QStringLiteral("unknown_currency");
        QTest::newRow("unknown shipping currency") << m(1000, "EUR") << m(500, "eur") << QStringLiteral("unknown_currency");
        QTest::newRow("no currency") << Money() << Money() << QStringLiteral("unknown_currency");
        QTest::newRow("negative goods") << m(-1, "EUR") << m(500, "EUR") << QStringLiteral("negative_amount");
        QTest::newRow("negative shipping") << m(1, "EUR") << m(-500, "EUR") << QStringLiteral("negative_amount");
        QTest::newRow("sum overflows") << m(kMax, "USD") << m(1, "USD") << QStringLiteral("overflow");
        QTest::newRow("full refund overflows") << m(8'500'000'000'000'000'000, "USD") << m(0, "USD")
                                               << QStringLiteral("overflow");
    }

    void feeErrors()
    {
        QFETCH(Money, goods);
        QFETCH(Money, shipping);
        QFETCH(QString, error);
        const auto b = Guarantee::breakdown(goods, shipping);
        QVERIFY(!b.ok());
        QCOMPARE(guaranteeErrorCode(*b.error()), error);
        QVERIFY(!b.message().isEmpty());
        m_errorsSeen.insert(error);
        const auto f = Guarantee::serviceFee(goods, shipping);
        QVERIFY(!f.ok());
        QCOMPARE(guaranteeErrorCode(*f.error()), error);
        QCOMPARE(f.message(), b.message());
    }

    void partialRefund_data()
    {
        QTest::addColumn<Money>("already");
        QTest::addColumn<Money>("requested");
        QTest::addColumn<QString>("error");   // empty: accepted
        // The order: goods 100.00 + shipping 15.00 + fee 11.50 = 126.50 EUR.
        QTest::newRow("one cent") << m(0, "EUR") << m(1, "EUR") << QString();
        QTest::newRow("full") << m(0, "EUR") << m(12650, "EUR") << QString();
        QTest::newRow("the rest") << m(2650, "EUR") << m(10000, "EUR") << QString();
        QTest::newRow("zero") << m(0, "EUR") << m(0, "EUR") << QStringLiteral("refund_not_positive");
        QTest::newRow("negative") << m(0, "EUR") << m(-100, "EUR") << QStringLiteral("refund_not_positive");
        QTest::newRow("one cent too much") << m(0, "EUR") << m(12651, "EUR") << QStringLiteral("refund_too_large");
        QTest::newRow("more than the rest") << m(2650, "EUR") << m(10001, "EUR") << QStringLiteral("refund_too_large");
        QTest::newRow("nothing left") << m(12650, "EUR") << m(1, "EUR") << QStringLiteral("refund_too_large");
        QTest::newRow("refund in USD") << m(0, "EUR") << m(100, "USD") << QStringLiteral("currency_mismatch");
        QTest::newRow("refund unknown currency") << m(0, "EUR") << m(100, "ABC") << QStringLiteral("unknown_currency");
        QTest::newRow("already in USD") << m(100, "USD") << m(100, "EUR") << QStringLiteral("currency_mismatch");
        QTest::newRow("already negative") << m(-100, "EUR") << m(100, "EUR") << QStringLiteral("negative_amount");
        QTest::newRow("huge request") << m(0, "EUR") << m(kMax, "EUR") << QStringLiteral("refund_too_large");
    }

    void partialRefund()
    {
        QFETCH(Money, already);
        QFETCH(Money, requested);
        QFETCH(QString, error);
        const GuaranteeBreakdown o = order(10000, 1500, "EUR");
        QCOMPARE(o.fullRefund, m(12650, "EUR"));
        const auto r = Guarantee::checkPartialRefund(o, already, requested);
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.message()));
            QCOMPARE(r.value(), requested);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(guaranteeErrorCode(*r.error()), error);
            QVERIFY(!r.message().isEmpty());
            m_errorsSeen.insert(error);
        }
    }

    void refundBounds()
    {
        const GuaranteeBreakdown o = order(10000, 1500, "EUR");
        const auto fresh = Guarantee::partialRefundBounds(o, m(0, "EUR"));
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->minimum, m(1, "EUR"));
        QCOMPARE(fresh->maximum, m(12650, "EUR"));
        const auto later = Guarantee::partialRefundBounds(o, m(650, "EUR"));
        QVERIFY(later.ok());
        QCOMPARE(later->maximum, m(12000, "EUR"));
        const auto none = Guarantee::partialRefundBounds(o, m(12650, "EUR"));
        QVERIFY(!none.ok());
        QVERIFY2(none.message().contains(QStringLiteral("126.50 EUR")), qPrintable(none.message()));
        // A zero-value order has nothing to refund (and says so instead of offering [1, 0]).
        QVERIFY(!Guarantee::partialRefundBounds(order(0, 0, "EUR"), m(0, "EUR")).ok());
        const auto tooLarge = Guarantee::checkPartialRefund(o, m(2650, "EUR"), m(10001, "EUR"));
        QVERIFY2(tooLarge.message().contains(QStringLiteral("100.01 EUR"))
                     && tooLarge.message().contains(QStringLiteral("100.00 EUR")),
                 qPrintable(tooLarge.message()));
    }

    void conversion_data()
    {
        QTest::addColumn<Money>("amount");
        QTest::addColumn<CnyRate>("rate");
        QTest::addColumn<qint64>("cny");
        QTest::addColumn<qint64>("back");   // cny converted back to the amount's currency
        // 126.50 USD * 7.2345 = 915.16425 CNY -> 915.16; back: 915.16 / 7.2345 = 126.4994 -> 126.50
        QTest::newRow("usd") << m(12650, "USD") << rate("USD", 72345, 10000) << qint64(91516) << qint64(12650);
        QTest::newRow("zero") << m(0, "EUR") << rate("EUR", 78000, 10000) << qint64(0) << qint64(0);
        // 10000 JPY * 0.0478 = 478.00 CNY: exponents 0 and 2 are accounted for.
        QTest::newRow("jpy") << m(10000, "JPY") << rate("JPY", 478, 10000) << qint64(47800) << qint64(10000);
        // Half a minor unit rounds away from zero both ways.
        QTest::newRow("half up") << m(1, "GBP") << rate("GBP", 1, 2) << qint64(1) << qint64(2);
        QTest::newRow("1.5 up") << m(3, "GBP") << rate("GBP", 1, 2) << qint64(2) << qint64(4);
        QTest::newRow("1.4 down") << m(7, "AUD") << rate("AUD", 1, 5) << qint64(1) << qint64(5);
        QTest::newRow("large") << m(1'000'000'000'000, "CAD") << rate("CAD", 52, 10) << qint64(5'200'000'000'000)
                               << qint64(1'000'000'000'000);
    }

    void conversion()
    {
        QFETCH(Money, amount);
        QFETCH(CnyRate, rate);
        QFETCH(qint64, cny);
        QFETCH(qint64, back);
        const auto c = Guarantee::toCny(amount, rate);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c.value(), m(cny, "CNY"));
        const auto b = Guarantee::fromCny(c.value(), rate);
        QVERIFY2(b.ok(), qPrintable(b.message()));
        QCOMPARE(b.value(), Money(back, amount.currency()));
    }

    void conversionErrors()
    {
        expectError(Guarantee::toCny(m(100, "USD"), rate("USD", 0, 1)), GuaranteeError::InvalidRate);
        expectError(Guarantee::toCny(m(100, "USD"), rate("USD", 1, 0)), GuaranteeError::InvalidRate);
        expectError(Guarantee::toCny(m(100, "USD"), rate("USD", -7, 1)), GuaranteeError::InvalidRate);
        expectError(Guarantee::toCny(m(100, "USD"), rate("EUR", 78, 10)), GuaranteeError::InvalidRate);
        expectError(Guarantee::toCny(m(100, "XBT"), rate("XBT", 78, 10)), GuaranteeError::UnknownCurrency);
        expectError(Guarantee::fromCny(m(100, "USD"), rate("USD", 72, 10)), GuaranteeError::CurrencyMismatch);
        expectError(Guarantee::fromCny(m(100, "CNY"), rate("XBT", 72, 10)), GuaranteeError::UnknownCurrency);
        expectError(Guarantee::toCny(m(kMax / 2, "USD"), rate("USD", 72345, 10000)), GuaranteeError::Overflow);
        expectError(Guarantee::toCny(m(1, "JPY"), rate("JPY", kMax / 10, 1)), GuaranteeError::Overflow);
    }

    void remedy_data()
    {
        QTest::addColumn<qint64>("supplierCny");
        QTest::addColumn<qint64>("shippingCny");
        QTest::addColumn<QString>("cheaper");
        QTest::addColumn<qint64>("reshipInOrderCurrency");
        QTest::addColumn<qint64>("savingCny");
        // The order: 20.00 + 5.00 + fee 2.50 = 27.50 EUR; at 7.80 that is 214.50 CNY.
        QTest::newRow("reship cheaper") << qint64(6000) << qint64(4500) << QStringLiteral("reship") << qint64(1346)
                                        << qint64(10950);
        QTest::newRow("refund cheaper") << qint64(20000) << qint64(15000) << QStringLiteral("refund") << qint64(4487)
                                        << qint64(13550);
        // On a tie the parcel is sent again: delivery is what the guarantee promises first.
        QTest::newRow("tie") << qint64(11450) << qint64(10000) << QStringLiteral("reship") << qint64(2750)
                             << qint64(0);
        QTest::newRow("one fen more") << qint64(11450) << qint64(10001) << QStringLiteral("refund") << qint64(2750)
                                      << qint64(1);
        QTest::newRow("free reship") << qint64(0) << qint64(0) << QStringLiteral("reship") << qint64(0)
                                     << qint64(21450);
    }

    void remedy()
    {
        QFETCH(qint64, supplierCny);
        QFETCH(qint64, shippingCny);
        QFETCH(QString, cheaper);
        QFETCH(qint64, reshipInOrderCurrency);
        QFETCH(qint64, savingCny);
        const auto c = Guarantee::compareRefundAndReship(order(2000, 500, "EUR"), m(supplierCny, "CNY"),
                                                         m(shippingCny, "CNY"), rate("EUR", 78, 10));
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c->refundInOrderCurrency, m(2750, "EUR"));
        QCOMPARE(c->refundInCny, m(21450, "CNY"));
        QCOMPARE(c->reshipInCny, m(supplierCny + shippingCny, "CNY"));
        QCOMPARE(c->reshipInOrderCurrency, m(reshipInOrderCurrency, "EUR"));
        QCOMPARE(remedyCode(c->cheaper), cheaper);
        QCOMPARE(c->savingInCny, m(savingCny, "CNY"));
    }

    void remedyErrors()
    {
        const GuaranteeBreakdown o = order(2000, 500, "EUR");
        const CnyRate eur = rate("EUR", 78, 10);
        expectError(Guarantee::compareRefundAndReship(o, m(100, "USD"), m(100, "CNY"), eur),
                    GuaranteeError::CurrencyMismatch);
        expectError(Guarantee::compareRefundAndReship(o, m(100, "CNY"), m(100, "EUR"), eur),
                    GuaranteeError::CurrencyMismatch);
        expectError(Guarantee::compareRefundAndReship(o, m(100, "CNY"), m(-1, "CNY"), eur),
                    GuaranteeError::NegativeAmount);
        expectError(Guarantee::compareRefundAndReship(o, m(100, "CNY"), m(100, "BTC"), eur),
                    GuaranteeError::UnknownCurrency);
        expectError(Guarantee::compareRefundAndReship(o, m(100, "CNY"), m(100, "CNY"), rate("USD", 72, 10)),
                    GuaranteeError::InvalidRate);
        expectError(Guarantee::compareRefundAndReship(o, m(kMax, "CNY"), m(1, "CNY"), eur), GuaranteeError::Overflow);
        // The reship cost is fine in CNY but too large to express in EUR at this rate.
        expectError(Guarantee::compareRefundAndReship(o, m(kMax / 2, "CNY"), m(0, "CNY"), rate("EUR", 1, 1000)),
                    GuaranteeError::Overflow);
    }

    void codes()
    {
        QCOMPARE(remedyCode(Remedy::Refund), QStringLiteral("refund"));
        QCOMPARE(remedyCode(Remedy::Reship), QStringLiteral("reship"));
        QCOMPARE(guaranteeErrorCode(GuaranteeError::RefundTooLarge), QStringLiteral("refund_too_large"));
    }

    // Runs last (Qt Test runs slots in declaration order, so run the whole executable): each error
    // code was produced, with a sentence, by one of the tests above.
    void everyErrorWasExplained()
    {
        const QSet<QString> all{guaranteeErrorCode(GuaranteeError::UnknownCurrency),
                                guaranteeErrorCode(GuaranteeError::CurrencyMismatch),
                                guaranteeErrorCode(GuaranteeError::NegativeAmount),
                                guaranteeErrorCode(GuaranteeError::Overflow),
                                guaranteeErrorCode(GuaranteeError::InvalidRate),
                                guaranteeErrorCode(GuaranteeError::RefundNotPositive),
                                guaranteeErrorCode(GuaranteeError::RefundTooLarge)};
        QCOMPARE(m_errorsSeen, all);
    }
};

QTEST_GUILESS_MAIN(TestGuarantee)
#include "test_guarantee.moc"
