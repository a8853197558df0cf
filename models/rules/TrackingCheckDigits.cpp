// The check-digit rules of the schemes in TrackingNumber.h, and the ISO country list that S10 needs.
// Sources: UPU S10 (weights 8,6,4,2,3,5,9,7; 11 - sum mod 11, 10 -> 0, 11 -> 5); UPS "1Z" (letters
// A..Z become (ASCII - 63) mod 10, odd positions once, even positions twice, verified against the
// published 1Z999AA10123456784); USPS Publication 199 (GS1 mod 10); FedEx Express (weights 1,3,7
// from the right, sum mod 11 mod 10); DHL Express (the serial mod 7).
#include "TrackingNumber.h"

#include <algorithm>
#include <array>

namespace wk::tracking {
namespace {
bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
int digit(QChar c) { return c.unicode() - u'0'; }

// ISO 3166-1 alpha-2, all 249 officially assigned codes, sorted (binary search). User-assigned
// codes such as XK are left out on purpose: the UPU does not issue S10 numbers under them.
constexpr std::array<char16_t[3], 249> kIsoAlpha2{{
    u"AD", u"AE", u"AF", u"AG", u"AI", u"AL", u"AM", u"AO", u"AQ", u"AR", u"AS", u"AT", u"AU", u"AW",
    u"AX", u"AZ", u"BA", u"BB", u"BD", u"BE", u"BF", u"BG", u"BH", u"BI", u"BJ", u"BL", u"BM", u"BN",
    u"BO", u"BQ", u"BR", u"BS", u"BT", u"BV", u"BW", u"BY", u"BZ", u"CA", u"CC", u"CD", u"CF", u"CG",
    u"CH", u"CI", u"CK", u"CL", u"CM", u"CN", u"CO", u"CR", u"CU", u"CV", u"CW", u"CX", u"CY", u"CZ",
    u"DE", u"DJ", u"DK", u"DM", u"DO", u"DZ", u"EC", u"EE", u"EG", u"EH", u"ER", u"ES", u"ET", u"FI",
    u"FJ", u"FK", u"FM", u"FO", u"FR", u"GA", u"GB", u"GD", u"GE", u"GF", u"GG", u"GH", u"GI", u"GL",
    u"GM", u"GN", u"GP", u"GQ", u"GR", u"GS", u"GT", u"GU", u"GW", u"GY", u"HK", u"HM", u"HN", u"HR",
    u"HT", u"HU", u"ID", u"IE", u"IL", u"IM", u"IN", u"IO", u"IQ", u"IR", u"IS", u"IT", u"JE", u"JM",
    u"JO", u"JP", u"KE", u"KG", u"KH", u"KI", u"KM", u"KN", u"KP", u"KR", u"KW", u"KY", u"KZ", u"LA",
    u"LB", u"LC", u"LI", u"LK", u"LR", u"LS", u"LT", u"LU", u"LV", u"LY", u"MA", u"MC", u"MD", u"ME",
    u"MF", u"MG", u"MH", u"MK", u"ML", u"MM", u"MN", u"MO", u"MP", u"MQ", u"MR", u"MS", u"MT", u"MU",
    u"MV", u"MW", u"MX", u"MY", u"MZ", u"NA", u"NC", u"NE", u"NF", u"NG", u"NI", u"NL", u"NO", u"NP",
    u"NR", u"NU", u"NZ", u"OM", u"PA", u"PE", u"PF", u"PG", u"PH", u"PK", u"PL", u"PM", u"PN", u"PR",
    u"PS", u"PT", u"PW", u"PY", u"QA", u"RE", u"RO", u"RS", u"RU", u"RW", u"SA", u"SB", u"SC", u"SD",
    u"SE", u"SG", u"SH", u"SI", u"SJ", u"SK", u"SL", u"SM", u"SN", u"SO", u"SR", u"SS", u"ST", u"SV",
    u"SX", u"SY", u"SZ", u"TC", u"TD", u"TF", u"TG", u"TH", u"TJ", u"TK", u"TL", u"TM", u"TN", u"TO",
    u"TR", u"TT", u"TV", u"TW", u"TZ", u"UA", u"UG", u"UM", u"US", u"UY", u"UZ", u"VA", u"VC", u"VE",
    u"VG", u"VI", u"VN", u"VU", u"WF", u"WS", u"YE", u"YT", u"ZA", u"ZM", u"ZW",
}};
} // namespace

int s10CheckDigit(QStringView eightDigits)
{
    if (eightDigits.size() != 8 || !allDigits(eightDigits))
        return -1;
    static constexpr std::array<int, 8> kWeights{8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digit(eightDigits[i]) * kWeights[std::size_t(i)];
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
}

int upsCheckDigit(QStringView fifteenCharsAfter1Z)
{
    if (fifteenCharsAfter1Z.size() != 15)
        return -1;
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = fifteenCharsAfter1Z[i];
        int value = 0;
        if (c >= u'0' && c <= u'9')
            value = digit(c);
        else if (c >= u'A' && c <= u'Z')
            value = (c.unicode() - 63) % 10;   // A=2, B=3, ..., H=9, I=0, J=1, ...
        else
            return -1;
        sum += (i % 2 == 1) ? 2 * value : value;   // i is 0-based: odd index = even position
    }
    return (10 - sum % 10) % 10;
}

int gs1Mod10CheckDigit(QStringView digits)
{
    if (digits.isEmpty() || !allDigits(digits))
        return -1;
    int sum = 0;
    int weight = 3;   // the digit next to the check digit weighs 3
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += digit(digits[i]) * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

int fedExExpressCheckDigit(QStringView elevenDigits)
{
    if (elevenDigits.size() != 11 || !allDigits(elevenDigits))
        return -1;
    static constexpr std::array<int, 3> kWeights{1, 3, 7};
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += digit(elevenDigits[10 - i]) * kWeights[std::size_t(i % 3)];
    return sum % 11 % 10;
}

int dhlMod7CheckDigit(QStringView nineDigits)
{
    if (nineDigits.size() != 9 || !allDigits(nineDigits))
        return -1;
    int remainder = 0;   // digit by digit: no integer parsing, no overflow
    for (QChar c : nineDigits)
        remainder = (remainder * 10 + digit(c)) % 7;
    return remainder;
}

bool isIsoCountryCode(QStringView alpha2)
{
    if (alpha2.size() != 2)
        return false;
    const auto it = std::lower_bound(kIsoAlpha2.begin(), kIsoAlpha2.end(), alpha2,
                                     [](const char16_t(&code)[3], QStringView v) {
                                         return QStringView(code, 2) < v;
                                     });
    return it != kIsoAlpha2.end() && QStringView(*it, 2) == alpha2;
}

Carrier carrierForPostCountry(QStringView alpha2)
{
    if (alpha2 == u"GB")
        return Carrier::RoyalMail;
    if (alpha2 == u"AU")
        return Carrier::AustraliaPost;
    if (alpha2 == u"US")
        return Carrier::Usps;
    if (alpha2 == u"CA")
        return Carrier::CanadaPost;
    if (alpha2 == u"CN")
        return Carrier::ChinaPost;
    return Carrier::OtherPost;
}

} // namespace wk::tracking
