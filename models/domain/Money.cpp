#include "Money.h"

#include <array>
#include <cstdlib>
#include <limits>

namespace wk {
namespace {
struct CurrencyInfo { const char *code; int exponent; };
// The markets' currencies, the suppliers' CNY, and a zero-exponent one so that rule is exercised.
constexpr std::array<CurrencyInfo, 7> kCurrencies{{
    {"USD", 2}, {"EUR", 2}, {"GBP", 2}, {"AUD", 2}, {"CAD", 2}, {"CNY", 2}, {"JPY", 0}}};
} // namespace

int Money::exponent(const QString &code)
{
    for (const auto &c : kCurrencies)
        if (code == QLatin1StringView(c.code))
            return c.exponent;
    return -1;
}

bool Money::isKnownCurrency(const QString &code) { return exponent(code) >= 0; }

std::optional<Money> Money::plus(const Money &other) const
{
    qint64 sum = 0;
    if (m_currency != other.m_currency || qAddOverflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::minus(const Money &other) const
{
    qint64 diff = 0;
    if (m_currency != other.m_currency || qSubOverflow(m_minor, other.m_minor, &diff))
        return std::nullopt;
    return Money(diff, m_currency);
}

std::optional<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator <= 0)
        return std::nullopt;
    qint64 product = 0;
    if (qMulOverflow(m_minor, numerator, &product))
        return std::nullopt;
    const qint64 quotient = product / denominator;
    const qint64 remainder = product % denominator;
    // Half away from zero: |remainder| >= denominator / 2, written so that nothing is doubled
    // (twice a remainder close to a huge denominator would overflow).
    qint64 rounded = quotient;
    const qint64 magnitude = std::llabs(remainder);   // < denominator, so never INT64_MIN
    if (magnitude >= denominator - magnitude)
        rounded += (product < 0) ? -1 : 1;
    return Money(rounded, m_currency);
}

QString Money::toPlainString() const
{
    const int exp = qMax(0, exponent(m_currency));
    if (exp == 0)
        return QString::number(m_minor);
    qint64 scale = 1;
    for (int i = 0; i < exp; ++i)
        scale *= 10;
    const bool negative = m_minor < 0;
    // Avoid negating INT64_MIN: work on the unsigned magnitude.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const QString whole = QString::number(magnitude / quint64(scale));
    const QString frac = QString::number(magnitude % quint64(scale)).rightJustified(exp, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') + frac;
}

} // namespace wk
