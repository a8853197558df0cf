#pragma once
// Tracking numbers as a supervisor types them: which carrier they belong to, or exactly why they
// cannot be right. Pure logic: the fulfilment desk checks a typed number inline before a
// `order.fix_tracking` command is queued, and the same answer explains TRACKING_INVALID exceptions.
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace wk {

// Numbering schemes (how a number is built and checked). Codes are stable: stored and logged.
enum class TrackingScheme {
    Unknown,
    UpuS10,       // 2 letters + 8 digits + check digit + ISO country: most posts, incl. Royal Mail
    Ups1Z,        // 1Z + 6 shipper + 2 service + 7 package digits + check digit
    UspsImpb,     // Intelligent Mail package barcode: 20, 22 or 26 digits, mod 10
    FedExExpress, // 12 digits, weights 1,3,7, mod 11 then mod 10
    FedExGround,  // 15 digits, GS1 mod 10; also inside the 22-digit "96" barcode
    DhlExpress,   // 10 digits, mod 7
    YunExpress,   // YT + 16 digits (format only)
    FourPx,       // 4PX + 13..16 digits + CN (format only)
    Cainiao,      // LP + 14 digits (format only)
};

// Who carries the parcel. S10 numbers name the post through their country code.
enum class Carrier {
    Unknown,
    Ups,
    Usps,
    FedEx,
    DhlExpress,
    RoyalMail,
    AustraliaPost,   // S10 numbers ending in AU; domestic eParcel article ids are not recognised
    CanadaPost,
    ChinaPost,
    OtherPost,   // an S10 number from a post not listed above (see TrackingCheck::country)
    YunExpress,
    FourPx,
    Cainiao,
};

// Why a number is invalid. Codes are stable.
enum class TrackingProblem {
    None,
    Empty,
    InvalidCharacter,   // not a letter A-Z or digit after cleaning
    UnknownFormat,      // matches no scheme the platform uses
    WrongLength,        // recognised by its prefix/shape, but too short or too long
    DigitExpected,      // a letter where the scheme wants a digit
    CheckDigitMismatch,
    UnknownCountry,     // S10 with a suffix that is not an ISO 3166-1 alpha-2 code
};

QString trackingSchemeCode(TrackingScheme scheme);
std::optional<TrackingScheme> trackingSchemeFromCode(QStringView code);
QStringList allTrackingSchemeCodes();
QString carrierCode(Carrier carrier);
std::optional<Carrier> carrierFromCode(QStringView code);
QStringList allCarrierCodes();
QString trackingProblemCode(TrackingProblem problem);
std::optional<TrackingProblem> trackingProblemFromCode(QStringView code);
QStringList allTrackingProblemCodes();

struct TrackingCheck
{
    bool valid = false;
    // Set whenever the shape was recognised, also for an invalid number ("a UPS number with a wrong
    // check digit" helps more than "invalid").
    TrackingScheme scheme = TrackingScheme::Unknown;
    Carrier carrier = Carrier::Unknown;
    QString normalised;   // trimmed, upper case, no spaces or dashes; USPS without the 420+ZIP prefix
    QString routingZip;   // USPS: the ZIP (5 or 9 digits) of a stripped 420 prefix
    QString country;      // S10: the ISO 3166-1 alpha-2 code at the end
    TrackingProblem problem = TrackingProblem::None;
    QString message;      // translated sentence saying why, empty when valid
};

class TrackingNumberValidator
{
    Q_DECLARE_TR_FUNCTIONS(wk::TrackingNumberValidator)
public:
    static TrackingCheck check(QStringView typed);
    // Trim, upper case, drop spaces and dashes (also full-width and typographic ones from CJK input
    // methods or a PDF). Invalid characters are kept so that check() can name them.
    static QString normalise(QStringView typed);

    static QString schemeDisplayName(TrackingScheme scheme);
    static QString carrierDisplayName(Carrier carrier);
};

// The pure check-digit rules, exposed for tests and for the reference platform's generator.
// Each takes the characters before the check digit and returns the expected check digit, or -1 if
// the input does not have the scheme's shape.
namespace tracking {
int s10CheckDigit(QStringView eightDigits);
int upsCheckDigit(QStringView fifteenCharsAfter1Z);
int gs1Mod10CheckDigit(QStringView digits);     // USPS IMpb, FedEx Ground: weights 3,1 from the right
int fedExExpressCheckDigit(QStringView elevenDigits);
int dhlMod7CheckDigit(QStringView nineDigits);
bool isIsoCountryCode(QStringView alpha2);
Carrier carrierForPostCountry(QStringView alpha2);
} // namespace tracking

} // namespace wk
