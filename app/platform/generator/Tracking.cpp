#include "Tracking.h"

#include <array>

namespace wk::platform {

int s10CheckDigit(const QString &eightDigits)
{
    static constexpr std::array<int, 8> kWeights{8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (eightDigits.at(i).unicode() - u'0') * kWeights[size_t(i)];
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
}

QString makeS10(const QString &servicePrefix, quint32 serial, const QString &country)
{
    const QString digits = QString::number(serial % 100000000u).rightJustified(8, QLatin1Char('0'));
    return servicePrefix + digits + QString::number(s10CheckDigit(digits)) + country;
}

bool isValidS10(const QString &number)
{
    if (number.size() != 13)
        return false;
    for (int i : {0, 1, 11, 12})
        if (!number.at(i).isUpper() || number.at(i).unicode() > 'Z')
            return false;
    for (int i = 2; i < 11; ++i)
        if (!number.at(i).isDigit() || number.at(i).unicode() > '9')
            return false;
    return s10CheckDigit(number.mid(2, 8)) == number.at(10).unicode() - u'0';
}

QString makeUps(quint64 value)
{
    // 1Z + 6-character shipper number + 2-digit service + 8 digits (the check digit is not modelled).
    static const char kAlnum[] = "0123456789ABCDEFGHJKLMNPRSTUVWXY";
    QString shipper;
    for (int i = 0; i < 6; ++i) {
        shipper += QLatin1Char(kAlnum[value % 32]);
        value /= 32;
    }
    return QStringLiteral("1Z") + shipper + QStringLiteral("03")
        + QString::number(value % 100000000u).rightJustified(8, QLatin1Char('0'));
}

} // namespace wk::platform
