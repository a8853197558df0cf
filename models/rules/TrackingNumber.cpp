#include "TrackingNumber.h"

#include "domain/EnumCodes.h"

#include <algorithm>

namespace wk {
namespace {
using TS = TrackingScheme;
constexpr EnumCodeTable<TS, 10> kSchemes{{{TS::Unknown, "unknown"}, {TS::UpuS10, "upu_s10"},
    {TS::Ups1Z, "ups_1z"}, {TS::UspsImpb, "usps_impb"}, {TS::FedExExpress, "fedex_express"},
    {TS::FedExGround, "fedex_ground"}, {TS::DhlExpress, "dhl_express"}, {TS::YunExpress, "yunexpress"},
    {TS::FourPx, "4px"}, {TS::Cainiao, "cainiao"}}};

using CA = Carrier;
constexpr EnumCodeTable<CA, 13> kCarriers{{{CA::Unknown, "unknown"}, {CA::Ups, "ups"}, {CA::Usps, "usps"},
    {CA::FedEx, "fedex"}, {CA::DhlExpress, "dhl_express"}, {CA::RoyalMail, "royal_mail"},
    {CA::AustraliaPost, "australia_post"}, {CA::CanadaPost, "canada_post"}, {CA::ChinaPost, "china_post"},
    {CA::OtherPost, "other_post"}, {CA::YunExpress, "yunexpress"}, {CA::FourPx, "4px"},
    {CA::Cainiao, "cainiao"}}};

using TP = TrackingProblem;
constexpr EnumCodeTable<TP, 8> kProblems{{{TP::None, "none"}, {TP::Empty, "empty"},
    {TP::InvalidCharacter, "invalid_character"}, {TP::UnknownFormat, "unknown_format"},
    {TP::WrongLength, "wrong_length"}, {TP::DigitExpected, "digit_expected"},
    {TP::CheckDigitMismatch, "check_digit_mismatch"}, {TP::UnknownCountry, "unknown_country"}}};

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isLetter(QChar c) { return c >= u'A' && c <= u'Z'; }
bool allDigits(QStringView s) { return std::all_of(s.begin(), s.end(), isDigit); }
bool allLetters(QStringView s) { return std::all_of(s.begin(), s.end(), isLetter); }
qsizetype firstNonDigit(QStringView s)
{
    const auto it = std::find_if_not(s.begin(), s.end(), isDigit);
    return it == s.end() ? -1 : qsizetype(it - s.begin());
}

// A dash of any kind: ASCII, the typographic ones a PDF or a word processor produces, and the
// full-width one of CJK input methods (which NFKC folds to ASCII anyway).
bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE63 || u == 0xFF0D;
}

// Builds the results; the sentences live here so that each problem has exactly one wording per
// situation, and the tests can check that none is empty.
struct Verdict
{
    TrackingCheck r;

    Verdict(QString normalised, TrackingScheme scheme, Carrier carrier)
    {
        r.normalised = std::move(normalised);
        r.scheme = scheme;
        r.carrier = carrier;
    }
    TrackingCheck valid()
    {
        r.valid = true;
        r.problem = TP::None;
        r.message.clear();
        return r;
    }
    TrackingCheck invalid(TrackingProblem problem, QString message)
    {
        r.valid = false;
        r.problem = problem;
        r.message = std::move(message);
        return r;
    }
    TrackingCheck checkDigit(int expected, QChar found)
    {
        if (expected < 0)   // cannot happen once the shape was checked; never report "valid" then
            return invalid(TP::UnknownFormat, TrackingNumberValidator::tr("This number cannot be checked."));
        if (found == QChar(u'0' + expected))
            return valid();
        return invalid(TP::CheckDigitMismatch,
                       TrackingNumberValidator::tr("This looks like a %1 number, but its check digit should "
                                                   "be %2, not %3. Compare it with the label again.")
                           .arg(TrackingNumberValidator::schemeDisplayName(r.scheme))
                           .arg(expected)
                           .arg(found));
    }
    // `sentence` has %1 for the character and %2 for its position (1-based, in the cleaned number).
    TrackingCheck digitExpected(qsizetype position, const QString &sentence)
    {
        return invalid(TP::DigitExpected, QString(sentence).arg(r.normalised.at(position)).arg(position + 1));
    }
};

TrackingCheck checkS10(const QString &n)
{
    // Called with 2 letters + 9 characters + 2 letters (13 in all).
    const QString country = n.right(2);
    Verdict v(n, TS::UpuS10, tracking::carrierForPostCountry(country));
    v.r.country = country;
    const QStringView serial = QStringView(n).mid(2, 9);
    if (const qsizetype bad = firstNonDigit(serial); bad >= 0)
        return v.digitExpected(2 + bad, TrackingNumberValidator::tr(
                                            "'%1' (character %2) must be a digit: a UPU postal number has 9 "
                                            "digits between its letters."));
    if (!tracking::isIsoCountryCode(country)) {
        v.r.carrier = Carrier::Unknown;
        return v.invalid(TP::UnknownCountry,
                         TrackingNumberValidator::tr("%1 is fine as a service code, but '%2' is not an ISO "
                                                     "country code: a UPU postal number ends with the code "
                                                     "of the sending country, such as CN or GB.")
                             .arg(n.left(2), country));
    }
    return v.checkDigit(tracking::s10CheckDigit(serial.left(8)), serial.at(8));
}

TrackingCheck checkUps(const QString &n)
{
    Verdict v(n, TS::Ups1Z, Carrier::Ups);
    if (n.size() != 18)
        return v.invalid(TP::WrongLength,
                         TrackingNumberValidator::tr("UPS numbers are 1Z + 16 characters; this one has %n "
                                                     "after 1Z.", nullptr, int(n.size() - 2)));
    // 1Z, 6 shipper characters, 2 service characters (letters occur in both: service codes such as
    // A8 exist), then 7 package digits and the check digit, which are digits only.
    if (const qsizetype bad = firstNonDigit(QStringView(n).mid(10)); bad >= 0)
        return v.digitExpected(10 + bad, TrackingNumberValidator::tr(
                                             "'%1' (character %2) must be a digit: the last 8 characters of a "
                                             "UPS number (package number and check digit) are digits."));
    return v.checkDigit(tracking::upsCheckDigit(QStringView(n).mid(2, 15)), n.back());
}

TrackingCheck checkUspsDigits(const QString &n, const QString &zip)
{
    Verdict v(n, TS::UspsImpb, Carrier::Usps);
    v.r.routingZip = zip;
    const QStringView payload = QStringView(n).chopped(1);
    // A 20-digit number is either a legacy USPS number with its own check digit or an IMpb number
    // printed without its "91" application identifier, whose check digit still covers the "91"
    // (e.g. the published 7196 9010 7560 0307 7385).
    if (n.size() == 20
        && tracking::gs1Mod10CheckDigit(QStringLiteral("91") + payload.toString()) == n.back().digitValue())
        return v.valid();
    return v.checkDigit(tracking::gs1Mod10CheckDigit(payload), n.back());
}

// "420" + ZIP (5 or 9 digits) routes the parcel; the tracking number follows it.
TrackingCheck checkUspsRouted(const QString &n)
{
    TrackingCheck firstFit;
    bool fitted = false;
    for (const int zipLength : {9, 5}) {   // ZIP+4 first: 34 digits is far more often 9 + 22 than 5 + 26
        const qsizetype rest = n.size() - 3 - zipLength;
        if (rest != 20 && rest != 22 && rest != 26)
            continue;
        TrackingCheck c = checkUspsDigits(n.mid(3 + zipLength), n.mid(3, zipLength));
        if (c.valid)
            return c;
        if (!fitted)
            firstFit = c;
        fitted = true;
    }
    if (fitted)
        return firstFit;
    Verdict v(n, TS::UspsImpb, Carrier::Usps);
    return v.invalid(TP::WrongLength,
                     TrackingNumberValidator::tr("This starts like a USPS routing code (420 and a ZIP code), "
                                                 "but after 420 and a 5- or 9-digit ZIP code a USPS number has "
                                                 "20, 22 or 26 digits; this one has %n digits in all.",
                                                 nullptr, int(n.size())));
}

TrackingCheck checkAllDigits(const QString &n)
{
    switch (n.size()) {
    case 10: {
        Verdict v(n, TS::DhlExpress, Carrier::DhlExpress);
        return v.checkDigit(tracking::dhlMod7CheckDigit(QStringView(n).left(9)), n.back());
    }
    case 12: {
        Verdict v(n, TS::FedExExpress, Carrier::FedEx);
        return v.checkDigit(tracking::fedExExpressCheckDigit(QStringView(n).left(11)), n.back());
    }
    case 15: {
        Verdict v(n, TS::FedExGround, Carrier::FedEx);
        return v.checkDigit(tracking::gs1Mod10CheckDigit(QStringView(n).left(14)), n.back());
    }
    case 22:
        // "96" + 2 + 3 + the 15-digit FedEx Ground number: its check digit covers only those 15
        // (FedEx Ground label specification). USPS IMpb numbers start with 91..95 instead.
        if (n.startsWith(u"96")) {
            Verdict v(n, TS::FedExGround, Carrier::FedEx);
            return v.checkDigit(tracking::gs1Mod10CheckDigit(QStringView(n).mid(7, 14)), n.back());
        }
        return checkUspsDigits(n, QString());
    case 20:
    case 26:
        return checkUspsDigits(n, QString());
    default:
        break;
    }
    if (n.startsWith(u"420") && n.size() >= 3 + 5 + 20)
        return checkUspsRouted(n);
    Verdict v(n, TS::Unknown, Carrier::Unknown);
    return v.invalid(TP::UnknownFormat,
                     TrackingNumberValidator::tr("A number of digits alone has 10 (DHL Express), 12 or 15 "
                                                 "(FedEx), or 20, 22 or 26 digits (USPS); this one has %n.",
                                                 nullptr, int(n.size())));
}

// Prefix + a fixed count of digits, for carriers that publish no check digit. Format only.
TrackingCheck checkPrefixedDigits(const QString &n, TrackingScheme scheme, Carrier carrier, int digits)
{
    Verdict v(n, scheme, carrier);
    if (const qsizetype bad = firstNonDigit(QStringView(n).mid(2)); bad >= 0)
        return v.digitExpected(2 + bad, TrackingNumberValidator::tr("'%1' (character %2) must be a digit: %3 "
                                                                    "numbers are %4 followed by digits only.")
                                            .arg(QStringLiteral("%1"), QStringLiteral("%2"),
                                                 TrackingNumberValidator::schemeDisplayName(scheme), n.left(2)));
    if (n.size() - 2 != digits)
        return v.invalid(TP::WrongLength,
                         TrackingNumberValidator::tr("%1 numbers are %2 + %3 digits; this one has %4 after %2.")
                             .arg(TrackingNumberValidator::schemeDisplayName(scheme), n.left(2))
                             .arg(digits)
                             .arg(n.size() - 2));
    return v.valid();
}

// 4PX: "4PX" + 13 to 16 digits + "CN", as seen on its labels. 4PX publishes no format or check
// digit, so this is a format check only and deliberately lenient on the digit count.
TrackingCheck checkFourPx(const QString &n)
{
    Verdict v(n, TS::FourPx, Carrier::FourPx);
    const QStringView body = QStringView(n).mid(3);
    const bool endsWithCn = body.endsWith(u"CN");
    const QStringView digits = endsWithCn ? body.chopped(2) : body;
    if (const qsizetype bad = firstNonDigit(digits); bad >= 0)
        return v.digitExpected(3 + bad, TrackingNumberValidator::tr(
                                            "'%1' (character %2) must be a digit: 4PX numbers are 4PX, 13 to "
                                            "16 digits and CN."));
    if (!endsWithCn)
        return v.invalid(TP::WrongLength, TrackingNumberValidator::tr(
                                              "4PX numbers are 4PX, 13 to 16 digits and CN; this one does "
                                              "not end with CN."));
    if (digits.size() < 13 || digits.size() > 16)
        return v.invalid(TP::WrongLength,
                         TrackingNumberValidator::tr("4PX numbers are 4PX, 13 to 16 digits and CN; this one "
                                                     "has %n digits.", nullptr, int(digits.size())));
    return v.valid();
}

bool looksLikeS10(const QString &n, bool exactLength)
{
    if (n.size() < 4 || !allLetters(QStringView(n).left(2)) || !allLetters(QStringView(n).right(2)))
        return false;
    if (exactLength)
        return n.size() == 13;
    return allDigits(QStringView(n).mid(2, n.size() - 4));
}

} // namespace

QString trackingSchemeCode(TrackingScheme scheme) { return codeFromTable(kSchemes, scheme); }
std::optional<TrackingScheme> trackingSchemeFromCode(QStringView code) { return enumFromTable(kSchemes, code); }
QStringList allTrackingSchemeCodes() { return allCodesFromTable(kSchemes); }
QString carrierCode(Carrier carrier) { return codeFromTable(kCarriers, carrier); }
std::optional<Carrier> carrierFromCode(QStringView code) { return enumFromTable(kCarriers, code); }
QStringList allCarrierCodes() { return allCodesFromTable(kCarriers); }
QString trackingProblemCode(TrackingProblem problem) { return codeFromTable(kProblems, problem); }
std::optional<TrackingProblem> trackingProblemFromCode(QStringView code) { return enumFromTable(kProblems, code); }
QStringList allTrackingProblemCodes() { return allCodesFromTable(kProblems); }

QString TrackingNumberValidator::normalise(QStringView typed)
{
    // NFKC folds full-width letters and digits (CJK input methods) to ASCII.
    const QString folded = typed.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded)
        if (!c.isSpace() && !isDash(c))
            out.append(c.toUpper());
    return out;
}

TrackingCheck TrackingNumberValidator::check(QStringView typed)
{
    const QString n = normalise(typed);
    if (n.isEmpty()) {
        Verdict v(n, TS::Unknown, Carrier::Unknown);
        return v.invalid(TP::Empty, tr("Type a tracking number: the field is empty."));
    }
    const auto bad = std::find_if_not(n.begin(), n.end(), [](QChar c) { return isDigit(c) || isLetter(c); });
    if (bad != n.end()) {
        Verdict v(n, TS::Unknown, Carrier::Unknown);
        // Name the whole character: an emoji or a rare CJK character is a surrogate pair.
        const qsizetype at = bad - n.begin();
        const QString character = n.mid(at, bad->isHighSurrogate() && at + 1 < n.size() ? 2 : 1);
        return v.invalid(TP::InvalidCharacter,
                         tr("'%1' cannot be part of a tracking number: only the letters A to Z and digits can.")
                             .arg(character));
    }
    if (n.startsWith(u"1Z"))
        return checkUps(n);
    if (allDigits(n))
        return checkAllDigits(n);
    if (looksLikeS10(n, true))
        return checkS10(n);
    if (n.startsWith(u"YT"))
        return checkPrefixedDigits(n, TS::YunExpress, Carrier::YunExpress, 16);
    if (n.startsWith(u"LP"))
        return checkPrefixedDigits(n, TS::Cainiao, Carrier::Cainiao, 14);
    if (n.startsWith(u"4PX"))
        return checkFourPx(n);
    if (looksLikeS10(n, false)) {
        Verdict v(n, TS::UpuS10, Carrier::Unknown);
        return v.invalid(TP::WrongLength,
                         tr("A UPU postal number is 2 letters, 9 digits and a 2-letter country code; this one "
                            "has %n digits.", nullptr, int(n.size() - 4)));
    }
    Verdict v(n, TS::Unknown, Carrier::Unknown);
    return v.invalid(TP::UnknownFormat,
                     tr("%1 matches none of the carriers the platform uses (UPU postal S10, UPS, USPS, FedEx, "
                        "DHL Express, YunExpress, 4PX, Cainiao). Check for a missing or extra character.")
                         .arg(n));
}

QString TrackingNumberValidator::schemeDisplayName(TrackingScheme scheme)
{
    switch (scheme) {
    case TS::Unknown: return tr("Unknown");
    case TS::UpuS10: return tr("UPU postal (S10)");
    case TS::Ups1Z: return tr("UPS");
    case TS::UspsImpb: return tr("USPS");
    case TS::FedExExpress: return tr("FedEx Express");
    case TS::FedExGround: return tr("FedEx Ground");
    case TS::DhlExpress: return tr("DHL Express");
    case TS::YunExpress: return tr("YunExpress");
    case TS::FourPx: return tr("4PX");
    case TS::Cainiao: return tr("Cainiao");
    }
    return {};
}

QString TrackingNumberValidator::carrierDisplayName(Carrier carrier)
{
    switch (carrier) {
    case CA::Unknown: return tr("Unknown carrier");
    case CA::Ups: return tr("UPS");
    case CA::Usps: return tr("USPS");
    case CA::FedEx: return tr("FedEx");
    case CA::DhlExpress: return tr("DHL Express");
    case CA::RoyalMail: return tr("Royal Mail");
    case CA::AustraliaPost: return tr("Australia Post");
    case CA::CanadaPost: return tr("Canada Post");
    case CA::ChinaPost: return tr("China Post");
    case CA::OtherPost: return tr("National post");
    case CA::YunExpress: return tr("YunExpress");
    case CA::FourPx: return tr("4PX");
    case CA::Cainiao: return tr("Cainiao");
    }
    return {};
}

} // namespace wk
