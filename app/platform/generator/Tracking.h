#pragma once
// Tracking numbers the generator hands out: UPU S10 (e.g. "LX123456785CN") with its mod-11 check
// digit, and UPS "1Z" numbers. Invalid ones are made on purpose for TRACKING_INVALID exceptions.
#include <QString>

namespace wk::platform {

// The S10 check digit for 8 serial digits: weights 8 6 4 2 3 5 9 7, 11 - sum mod 11, 10 -> 0, 11 -> 5.
int s10CheckDigit(const QString &eightDigits);
QString makeS10(const QString &servicePrefix, quint32 serial, const QString &country);
// True if the string is a well-formed S10 number whose check digit is right.
bool isValidS10(const QString &number);
QString makeUps(quint64 value);

} // namespace wk::platform
