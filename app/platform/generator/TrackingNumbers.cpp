#include "TrackingNumbers.h"

#include "rules/TrackingNumber.h"

namespace wk::platform {

namespace {

QString digits(int count, QRandomGenerator64 &rng)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(char('0' + rng.bounded(10))));
    return out;
}

// A digit other than `right`: what a typo does.
int wrongDigit(int right, QRandomGenerator64 &rng) { return (right + 1 + int(rng.bounded(9))) % 10; }

QString s10(const QString &country, bool valid, QRandomGenerator64 &rng)
{
    static const char *const prefixes[] = {"LX", "RR", "UA", "EA", "CP", "RB"};
    const QString serial = digits(8, rng);
    int check = tracking::s10CheckDigit(serial);
    if (!valid)
        check = wrongDigit(check, rng);
    return QLatin1String(prefixes[rng.bounded(6)]) + serial + QString::number(check) + country;
}

QString ups(bool valid, QRandomGenerator64 &rng)
{
    static const char *const shippers[] = {"A1B2C3", "W4K7X9", "R8E2Y5", "0V4F82"};
    static const char *const services[] = {"01", "02", "03", "12", "YW"};
    const QString body = QLatin1String(shippers[rng.bounded(4)]) + QLatin1String(services[rng.bounded(5)])
                         + digits(7, rng);
    int check = tracking::upsCheckDigit(body);
    if (!valid)
        check = wrongDigit(check, rng);
    return QStringLiteral("1Z") + body + QString::number(check);
}

} // namespace

IssuedTracking issueTracking(const QString &market, bool valid, QRandomGenerator64 &rng)
{
    // The national post of the market carries S10 numbers with its own country code; China Post's
    // ePacket numbers end in CN; YunExpress and UPS serve the big lanes.
    const quint64 roll = rng.bounded(100);
    if (market == QLatin1String("US")) {
        if (roll < 45)
            return {carrierCode(Carrier::Ups), ups(valid, rng)};
    } else if (market == QLatin1String("GB") || market == QLatin1String("AU") || market == QLatin1String("CA")) {
        if (roll < 40) {
            const Carrier post = tracking::carrierForPostCountry(market);
            return {carrierCode(post), s10(market, valid, rng)};
        }
    }
    if (roll < 70) {
        // YunExpress has no check digit: an invalid number is one with a digit missing.
        return {carrierCode(Carrier::YunExpress), QStringLiteral("YT") + digits(valid ? 16 : 15, rng)};
    }
    return {carrierCode(Carrier::ChinaPost), s10(QStringLiteral("CN"), valid, rng)};
}

} // namespace wk::platform
