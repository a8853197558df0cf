#pragma once
// Money as integer minor units with an ISO 4217 code: never a float (DESIGN.md).
#include <QString>
#include <QtGlobal>
#include <optional>

namespace wk {

class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency) : m_minor(minorUnits), m_currency(std::move(currency)) {}

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return isKnownCurrency(m_currency); }

    // Sum and difference are only defined within one currency; nullopt otherwise or on overflow.
    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;
    // Multiplies by numerator/denominator, rounding half away from zero (the rule for fees and refunds).
    std::optional<Money> scaled(qint64 numerator, qint64 denominator) const;

    // "12.34" in the currency's exponent, without locale formatting (for logs and tests).
    QString toPlainString() const;

    static bool isKnownCurrency(const QString &code);
    // Digits after the decimal point for a known currency (JPY 0, most 2), -1 if unknown.
    static int exponent(const QString &code);

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace wk
