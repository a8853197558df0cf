#include "MoneyText.h"

#include <QString>
#include <limits>

namespace wk {

std::optional<qint64> parseMinorUnits(QStringView text, int exponent)
{
    if (exponent < 0)
        return std::nullopt;
    QString cleaned;
    for (QChar c : text.trimmed()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('\'') || c == QChar(0x2009) || c == QChar(0x00A0))
            continue;
        cleaned += c;
    }
    if (cleaned.isEmpty())
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    int decimals = -1;   // -1 until the separator
    constexpr qint64 kMax = std::numeric_limits<qint64>::max() / 10;
    for (QChar c : cleaned) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',')) {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        const int digit = c.unicode() - '0';
        if (decimals >= 0) {
            if (++decimals > exponent)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        } else {
            if (whole > kMax)
                return std::nullopt;
            whole = whole * 10 + digit;
        }
    }
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    for (int i = std::max(decimals, 0); i < exponent; ++i)
        fraction *= 10;
    if (whole > (std::numeric_limits<qint64>::max() - fraction) / scale)
        return std::nullopt;
    return whole * scale + fraction;
}

} // namespace wk
