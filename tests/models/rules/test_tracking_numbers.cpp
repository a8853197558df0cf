// Tracking numbers: published examples (UPU, UPS, USPS Pub. 199 and the examples collected by the
// public tracking_number_data project) and our own numbers whose check digits were computed with an
// independent script, each with the scheme, carrier or reason it must produce.
#include "rules/TrackingNumber.h"
#include "rules/TrackingNumberRegistry.h"

#include <QSet>
#include <QTest>
#include <array>

using namespace wk;

namespace {
struct Case
{
    const char *name;
    const char16_t *input;
    const char *scheme;    // expected scheme code
    const char *carrier;   // expected carrier code
    const char *problem;   // "none" when valid
};

// clang-format off
constexpr Case kCases[] = {
    // --- UPU S10: published -------------------------------------------------------------------
    {"s10 wikipedia GB",          u"AA473124829GB", "upu_s10", "royal_mail", "none"},
    {"s10 tnd GB",                u"RB123456785GB", "upu_s10", "royal_mail", "none"},
    {"s10 tnd US",                u"RB123456785US", "upu_s10", "usps", "none"},
    {"s10 tnd CV",                u"RB123456785CV", "upu_s10", "other_post", "none"},
    {"s10 tnd spaced CF",         u" R B 1 2 3 4 5 6 7 8 5 C F ", "upu_s10", "other_post", "none"},
    {"s10 tnd bad check",         u"RB123456786US", "upu_s10", "usps", "check_digit_mismatch"},
    {"s10 tnd XX country",        u"RB123456785XX", "upu_s10", "unknown", "unknown_country"},
    // --- UPU S10: generated ---------------------------------------------------------------------
    {"s10 royal mail",            u"RR123456785GB", "upu_s10", "royal_mail", "none"},
    {"s10 australia post",        u"CP876543216AU", "upu_s10", "australia_post", "none"},
    {"s10 china post LP",         u"LP000123455CN", "upu_s10", "china_post", "none"},
    {"s10 EMS US",                u"EE314159268US", "upu_s10", "usps", "none"},
    {"s10 canada post",           u"CX271828189CA", "upu_s10", "canada_post", "none"},
    {"s10 deutsche post",         u"RX555555555DE", "upu_s10", "other_post", "none"},
    {"s10 check 11 becomes 5",    u"UA000000005CH", "upu_s10", "other_post", "none"},
    {"s10 check 11 becomes 5 b",  u"RA010000075JP", "upu_s10", "other_post", "none"},
    {"s10 check 10 becomes 0",    u"RA010000040FR", "upu_s10", "other_post", "none"},
    {"s10 10 is not 1",           u"RA010000041FR", "upu_s10", "other_post", "check_digit_mismatch"},
    {"s10 lower case, dashes",    u" rr-123-456-785-gb ", "upu_s10", "royal_mail", "none"},
    {"s10 full-width",            u"ＲＲ１２３４５６７８５ＧＢ", "upu_s10", "royal_mail", "none"},
    {"s10 UK is not ISO",         u"RR123456785UK", "upu_s10", "unknown", "unknown_country"},
    {"s10 EU is not ISO",         u"RR123456785EU", "upu_s10", "unknown", "unknown_country"},
    {"s10 user-assigned XK",      u"RR123456785XK", "upu_s10", "unknown", "unknown_country"},
    {"s10 swapped digits",        u"RR123456875GB", "upu_s10", "royal_mail", "check_digit_mismatch"},
    {"s10 one digit short",       u"RR12345678GB", "upu_s10", "unknown", "wrong_length"},
    {"s10 one digit long",        u"RR1234567855GB", "upu_s10", "unknown", "wrong_length"},
    {"s10 letter in serial",      u"RR12345O785GB", "upu_s10", "royal_mail", "digit_expected"},
    // --- UPS 1Z: published -----------------------------------------------------------------------
    {"ups developer example",     u"1Z999AA10123456784", "ups_1z", "ups", "none"},
    {"ups tnd 1",                 u"1Z5R89390357567127", "ups_1z", "ups", "none"},
    {"ups tnd 2",                 u"1Z879E930346834440", "ups_1z", "ups", "none"},
    {"ups tnd 3",                 u"1Z410E7W0392751591", "ups_1z", "ups", "none"},
    {"ups tnd 4",                 u"1Z8V92A70367203024", "ups_1z", "ups", "none"},
    {"ups tnd all ones",          u"1Z1111111111111111", "ups_1z", "ups", "check_digit_mismatch"},
    {"ups tnd 2Z",                u"2Z5R89390357567127", "unknown", "unknown", "unknown_format"},
    {"ups tnd 1A",                u"1A5R89390357567127", "unknown", "unknown", "unknown_format"},
    // --- UPS 1Z: generated and typed -------------------------------------------------------------
    {"ups letters in shipper",    u"1ZA1B2C30312345673", "ups_1z", "ups", "none"},
    {"ups shipper WK0042",        u"1ZWK00420176543212", "ups_1z", "ups", "none"},
    {"ups shipper HX7Q2L",        u"1ZHX7Q2L0200000015", "ups_1z", "ups", "none"},
    {"ups all nines",             u"1Z9999996699999991", "ups_1z", "ups", "none"},
    {"ups service A8",            u"1Z999AA1A812345678", "ups_1z", "ups", "none"},
    {"ups typed lower case",      u"1z 999 aa1 01 2345 678 4", "ups_1z", "ups", "none"},
    {"ups typed en dashes",       u"1Z999AA1\u201301\u20132345678\u20134", "ups_1z", "ups", "none"},
    {"ups wrong check",           u"1Z999AA10123456785", "ups_1z", "ups", "check_digit_mismatch"},
    {"ups 15 after 1Z",           u"1Z999AA1012345678", "ups_1z", "ups", "wrong_length"},
    {"ups 17 after 1Z",           u"1Z999AA101234567845", "ups_1z", "ups", "wrong_length"},
    {"ups letter in package",     u"1Z999AA101234S6784", "ups_1z", "ups", "digit_expected"},
    {"ups letter as check",       u"1Z999AA1012345678X", "ups_1z", "ups", "digit_expected"},
    // --- USPS: published -------------------------------------------------------------------------
    {"usps 20 certified",         u"0307 1790 0005 2348 3741", "usps_impb", "usps", "none"},
    {"usps 20 tnd",               u"7112 3456 7891 2345 6787", "usps_impb", "usps", "none"},
    {"usps 20 without 91",        u"7196 9010 7560 0307 7385", "usps_impb", "usps", "none"},
    {"usps 20 bad check",         u"0307 1790 0005 2348 3742", "usps_impb", "usps", "check_digit_mismatch"},
    {"usps 22 9505",              u"9505 5110 6960 5048 6006 24", "usps_impb", "usps", "none"},
    {"usps 22 9101",              u"9101 1234 5678 9000 0000 13", "usps_impb", "usps", "none"},
    {"usps 22 9400",              u"9400 1112 0108 0805 4830 16", "usps_impb", "usps", "none"},
    {"usps 22 9361",              u"9361 2898 7870 0317 6337 95", "usps_impb", "usps", "none"},
    {"usps 22 9405",              u"9405803699300124287899", "usps_impb", "usps", "none"},
    {"usps 22 smartpost 92",      u"9261292700768711948021", "usps_impb", "usps", "none"},
    {"usps 22 smartpost bad",     u"9261292700768711948020", "usps_impb", "usps", "check_digit_mismatch"},
    {"usps 22 zeros bad",         u"9200000000000000000000", "usps_impb", "usps", "check_digit_mismatch"},
    {"usps 26",                   u"92748931507708513018050063", "usps_impb", "usps", "none"},
    {"usps 420 zip5 + 22",        u"420 22153 9101026837331000039521", "usps_impb", "usps", "none"},
    {"usps 420 zip9 + 22",        u"4201002334249200190132607600833457", "usps_impb", "usps", "none"},
    {"usps 420 zip9 + 22 b",      u"4201028200009261290113185417468510", "usps_impb", "usps", "none"},
    {"usps 420 bad check",        u"4201028200009261290113185417468511", "usps_impb", "usps", "check_digit_mismatch"},
    // --- USPS: generated -------------------------------------------------------------------------
    {"usps 22 own",               u"9400111899223855450815", "usps_impb", "usps", "none"},
    {"usps 22 own 9300",          u"9300100000000000000007", "usps_impb", "usps", "none"},
    {"usps 26 own",               u"92055901755477000000000114", "usps_impb", "usps", "none"},
    {"usps 20 own",               u"04071790000523483740", "usps_impb", "usps", "none"},
    {"usps 420 zip5 own",         u"420902109400111899223855450815", "usps_impb", "usps", "none"},
    {"usps 420 zip9 + 26 own",    u"42090210123492055901755477000000000114", "usps_impb", "usps", "none"},
    {"usps 420 zip5 + 26 own",    u"4201000192055901755477000000000114", "usps_impb", "usps", "none"},
    {"usps 22 one digit off",     u"9400111899223855450825", "usps_impb", "usps", "check_digit_mismatch"},
    {"usps 420 short",            u"42022153910102683733100003952", "usps_impb", "usps", "wrong_length"},
    {"digits 23",                 u"94001118992238554508155", "unknown", "unknown", "unknown_format"},
    {"digits 5",                  u"12345", "unknown", "unknown", "unknown_format"},
    // --- FedEx: published ------------------------------------------------------------------------
    {"fedex express 1",           u"986578788855", "fedex_express", "fedex", "none"},
    {"fedex express 2",           u"477179081230", "fedex_express", "fedex", "none"},
    {"fedex express 3",           u"799531274483", "fedex_express", "fedex", "none"},
    {"fedex express 4",           u"790535312317", "fedex_express", "fedex", "none"},
    {"fedex express spaced",      u" 7 9 0 5 3 5 3 1 2 3 1 7 ", "fedex_express", "fedex", "none"},
    {"fedex express 5",           u"974367662710", "fedex_express", "fedex", "none"},
    {"fedex express bad",         u"996578788855", "fedex_express", "fedex", "check_digit_mismatch"},
    {"fedex ground 1",            u"0414 4176 0228 964", "fedex_ground", "fedex", "none"},
    {"fedex ground 2",            u"5682 8361 0012 000", "fedex_ground", "fedex", "none"},
    {"fedex ground 3",            u"5682 8361 0012 734", "fedex_ground", "fedex", "none"},
    {"fedex ground bad",          u"5682 8361 0012 732", "fedex_ground", "fedex", "check_digit_mismatch"},
    {"fedex ground 96",           u"9611020987654312345672", "fedex_ground", "fedex", "none"},
    {"fedex ground 96 bad",       u"9600000000000000000001", "fedex_ground", "fedex", "check_digit_mismatch"},
    // --- FedEx: generated ------------------------------------------------------------------------
    {"fedex express own 1",       u"123456789012", "fedex_express", "fedex", "none"},
    {"fedex express own 2",       u"400000000001", "fedex_express", "fedex", "none"},
    {"fedex express own 3",       u"999999999993", "fedex_express", "fedex", "none"},
    {"fedex express own bad",     u"123456789013", "fedex_express", "fedex", "check_digit_mismatch"},
    {"fedex ground own 1",        u"123456789012343", "fedex_ground", "fedex", "none"},
    {"fedex ground own 2",        u"000000000000017", "fedex_ground", "fedex", "none"},
    // --- DHL Express: published and generated ----------------------------------------------------
    {"dhl tnd 1",                 u"3318810025", "dhl_express", "dhl_express", "none"},
    {"dhl tnd 2",                 u"8487135506", "dhl_express", "dhl_express", "none"},
    {"dhl tnd 3",                 u"1099255990", "dhl_express", "dhl_express", "none"},
    {"dhl tnd 4",                 u"3821724944", "dhl_express", "dhl_express", "none"},
    {"dhl tnd 5",                 u"3318810036", "dhl_express", "dhl_express", "none"},
    {"dhl tnd 6",                 u"3318810014", "dhl_express", "dhl_express", "none"},
    {"dhl tnd bad 1",             u"3318810010", "dhl_express", "dhl_express", "check_digit_mismatch"},
    {"dhl tnd bad 2",             u"3318810034", "dhl_express", "dhl_express", "check_digit_mismatch"},
    {"dhl tnd bad 3",             u"3318810011", "dhl_express", "dhl_express", "check_digit_mismatch"},
    {"dhl own 1",                 u"1234567891", "dhl_express", "dhl_express", "none"},
    {"dhl own 2",                 u"9876543213", "dhl_express", "dhl_express", "none"},
    {"dhl own 3",                 u"555-000-777-2", "dhl_express", "dhl_express", "none"},
    {"dhl check 7 impossible",    u"1234567897", "dhl_express", "dhl_express", "check_digit_mismatch"},
    // --- Format-only carriers --------------------------------------------------------------------
    {"yunexpress tnd 1",          u"YT2229521272164446", "yunexpress", "yunexpress", "none"},
    {"yunexpress tnd 2",          u"YT2229521272164447", "yunexpress", "yunexpress", "none"},
    {"yunexpress tnd spaced",     u" Y T 2 2 2 9 5 2 1 2 7 2 1 6 4 4 4 7 ", "yunexpress", "yunexpress", "none"},
    {"yunexpress tnd 15 digits",  u"YT123456789012345", "yunexpress", "yunexpress", "wrong_length"},
    {"yunexpress 17 digits",      u"YT22295212721644461", "yunexpress", "yunexpress", "wrong_length"},
    {"yunexpress letter",         u"YT22295212721644A6", "yunexpress", "yunexpress", "digit_expected"},
    {"cainiao",                   u"LP00123456789012", "cainiao", "cainiao", "none"},
    {"cainiao lower case",        u"lp 0012 3456 7890 12", "cainiao", "cainiao", "none"},
    {"cainiao 13 digits",         u"LP0012345678901", "cainiao", "cainiao", "wrong_length"},
    {"cainiao letter",            u"LP0012345678901X", "cainiao", "cainiao", "digit_expected"},
    {"4px",                       u"4PX3000716825427CN", "4px", "4px", "none"},
    {"4px 16 digits",             u"4PX3000716825427123CN", "4px", "4px", "none"},
    {"4px without CN",            u"4PX3000716825427", "4px", "4px", "wrong_length"},
    {"4px 8 digits",              u"4PX30007168CN", "4px", "4px", "wrong_length"},
    {"4px letter",                u"4PX300071682542ZCN", "4px", "4px", "digit_expected"},
    // --- Anything else ---------------------------------------------------------------------------
    {"empty",                     u"", "unknown", "unknown", "empty"},
    {"blank",                     u"   \t ", "unknown", "unknown", "empty"},
    {"only dashes",               u" - \u2014 ", "unknown", "unknown", "empty"},
    {"hash",                      u"RB123456785GB#", "unknown", "unknown", "invalid_character"},
    {"chinese text",              u"顺丰123456", "unknown", "unknown", "invalid_character"},
    {"emoji",                     u"1Z999AA10123456784\U0001F4E6", "unknown", "unknown", "invalid_character"},
    {"slash",                     u"1Z999AA1/0123456784", "unknown", "unknown", "invalid_character"},
    {"word",                      u"HELLO", "unknown", "unknown", "unknown_format"},
    {"mixed",                     u"ABC123", "unknown", "unknown", "unknown_format"},
    {"order id pasted",           u"ORD-2026-000123", "unknown", "unknown", "unknown_format"},
};
// clang-format on
} // namespace

class TestTrackingNumbers : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("problem");
        for (const Case &c : kCases)
            QTest::newRow(c.name) << QString::fromUtf16(c.input) << QString::fromLatin1(c.scheme)
                                  << QString::fromLatin1(c.carrier) << QString::fromLatin1(c.problem);
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(QString, scheme);
        QFETCH(QString, carrier);
        QFETCH(QString, problem);
        const TrackingCheck r = TrackingNumberValidator::check(input);
        QCOMPARE(trackingProblemCode(r.problem), problem);
        QCOMPARE(r.valid, problem == u"none");
        QCOMPARE(trackingSchemeCode(r.scheme), scheme);
        QCOMPARE(carrierCode(r.carrier), carrier);
        // Every invalid answer says why, a valid one says nothing.
        QCOMPARE(r.message.isEmpty(), r.valid);
        QVERIFY2(!r.message.contains(u'%'), qPrintable(r.message));   // no placeholder left unfilled
    }

    // The data above exercises every reason, so each reason's sentence is seen at least once.
    void everyProblemIsCovered()
    {
        QSet<QString> seen;
        for (const Case &c : kCases)
            seen.insert(QString::fromLatin1(c.problem));
        const QStringList all = allTrackingProblemCodes();
        QCOMPARE(seen, QSet<QString>(all.begin(), all.end()));
    }

    void messageNamesTheDetail_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("s10 check") << QStringLiteral("RB123456786US") << QStringLiteral("should be 5, not 6");
        QTest::newRow("ups check") << QStringLiteral("1Z999AA10123456785") << QStringLiteral("should be 4, not 5");
        QTest::newRow("dhl check") << QStringLiteral("3318810010") << QStringLiteral("should be 4, not 0");
        QTest::newRow("check names the scheme") << QStringLiteral("996578788855") << QStringLiteral("FedEx Express");
        QTest::newRow("country") << QStringLiteral("RB123456785XX") << QStringLiteral("RB is fine");
        QTest::newRow("country quoted") << QStringLiteral("RB123456785XX") << QStringLiteral("'XX' is not an ISO");
        QTest::newRow("ups length") << QStringLiteral("1Z999AA1012345678")
                                    << QStringLiteral("UPS numbers are 1Z + 16 characters; this one has 15");
        QTest::newRow("ups digit") << QStringLiteral("1Z999AA101234S6784") << QStringLiteral("'S' (character 14)");
        QTest::newRow("s10 length") << QStringLiteral("RR12345678GB") << QStringLiteral("has 8 digits");
        QTest::newRow("yt length") << QStringLiteral("YT123456789012345")
                                   << QStringLiteral("YT + 16 digits; this one has 15 after YT");
        QTest::newRow("yt digit") << QStringLiteral("YT22295212721644A6")
                                  << QStringLiteral("'A' (character 17) must be a digit: YunExpress numbers are "
                                                    "YT followed by digits only.");
        QTest::newRow("s10 digit") << QStringLiteral("RR12345O785GB") << QStringLiteral("'O' (character 8)");
        QTest::newRow("digits only") << QStringLiteral("12345") << QStringLiteral("this one has 5");
        QTest::newRow("character") << QStringLiteral("RB123456785GB#") << QStringLiteral("'#'");
        QTest::newRow("emoji") << QStringLiteral("RB123456785GB\U0001F4E6") << QStringLiteral("'\U0001F4E6'");
        QTest::newRow("4px cn") << QStringLiteral("4PX3000716825427") << QStringLiteral("does not end with CN");
        QTest::newRow("usps routed") << QStringLiteral("42022153910102683733100003952")
                                     << QStringLiteral("this one has 29 digits");
    }

    void messageNamesTheDetail()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const TrackingCheck r = TrackingNumberValidator::check(input);
        QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    }

    void normalisation_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("country");
        QTest::newRow("trim and case") << QStringLiteral("  1z999aa10123456784\n") << QStringLiteral("1Z999AA10123456784")
                                       << QString() << QString();
        QTest::newRow("s10 country") << QStringLiteral("rb 123 456 785 gb") << QStringLiteral("RB123456785GB")
                                     << QString() << QStringLiteral("GB");
        QTest::newRow("non-breaking space") << QStringLiteral("3318\u00A0810\u00A0025") << QStringLiteral("3318810025")
                                            << QString() << QString();
        QTest::newRow("zip5 stripped") << QStringLiteral("420 22153 9101026837331000039521")
                                       << QStringLiteral("9101026837331000039521") << QStringLiteral("22153")
                                       << QString();
        QTest::newRow("zip9 stripped") << QStringLiteral("4201002334249200190132607600833457")
                                       << QStringLiteral("9200190132607600833457") << QStringLiteral("100233424")
                                       << QString();
        // 34 digits read as ZIP+4 + 22 fail the check; read as ZIP + 26 they pass.
        QTest::newRow("zip5 + 26") << QStringLiteral("4201000192055901755477000000000114")
                                   << QStringLiteral("92055901755477000000000114") << QStringLiteral("10001")
                                   << QString();
    }

    void normalisation()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        QFETCH(QString, zip);
        QFETCH(QString, country);
        const TrackingCheck r = TrackingNumberValidator::check(input);
        QVERIFY2(r.valid, qPrintable(r.message));
        QCOMPARE(r.normalised, normalised);
        QCOMPARE(r.routingZip, zip);
        QCOMPARE(r.country, country);
    }

    void checkDigitRules()
    {
        using namespace wk::tracking;
        QCOMPARE(s10CheckDigit(u"47312482"), 9);
        QCOMPARE(s10CheckDigit(u"01000004"), 0);   // 11 - 10 -> 0
        QCOMPARE(s10CheckDigit(u"01000007"), 5);   // 11 - 0 -> 5
        QCOMPARE(s10CheckDigit(u"1234567"), -1);
        QCOMPARE(s10CheckDigit(u"1234567A"), -1);
        QCOMPARE(upsCheckDigit(u"999AA1012345678"), 4);
        QCOMPARE(upsCheckDigit(u"999AA101234567"), -1);
        QCOMPARE(upsCheckDigit(u"999AA10123456#8"), -1);
        QCOMPARE(gs1Mod10CheckDigit(u"0307179000052348374"), 1);
        QCOMPARE(gs1Mod10CheckDigit(u""), -1);
        QCOMPARE(fedExExpressCheckDigit(u"98657878885"), 5);
        QCOMPARE(fedExExpressCheckDigit(u"9865787888"), -1);
        QCOMPARE(dhlMod7CheckDigit(u"331881002"), 5);
        QCOMPARE(dhlMod7CheckDigit(u"999999999"), 999999999 % 7);
        QCOMPARE(dhlMod7CheckDigit(u"33188100"), -1);
    }

    // A..Z map to (ASCII - 63) mod 10: A=2 ... H=9, I=0, J=1 ... Z=7.
    void upsLetterValues()
    {
        for (char16_t letter = u'A'; letter <= u'Z'; ++letter) {
            const int value = (letter - 63) % 10;
            QString withLetter = QStringLiteral("999AA1012345678");
            QString withDigit = withLetter;
            withLetter[0] = QChar(letter);
            withDigit[0] = QChar(u'0' + value);
            QCOMPARE(tracking::upsCheckDigit(withLetter), tracking::upsCheckDigit(withDigit));
        }
        QCOMPARE((u'A' - 63) % 10, 2);
        QCOMPARE((u'I' - 63) % 10, 0);
    }

    void isoCountries()
    {
        using tracking::isIsoCountryCode;
        for (const auto code : {u"GB", u"CN", u"AU", u"US", u"CA", u"DE", u"AD", u"ZW", u"AX", u"SS", u"BQ"})
            QVERIFY2(isIsoCountryCode(code), qPrintable(QString::fromUtf16(code)));
        for (const auto code : {u"XX", u"UK", u"EU", u"QQ", u"XK", u"ZZ", u"AA", u"gb", u"G", u"GBR", u""})
            QVERIFY2(!isIsoCountryCode(code), qPrintable(QString::fromUtf16(code)));
        int count = 0;   // the table holds exactly the 249 assigned codes, and search finds each
        for (char16_t a = u'A'; a <= u'Z'; ++a)
            for (char16_t b = u'A'; b <= u'Z'; ++b) {
                const char16_t code[] = {a, b};
                count += isIsoCountryCode(QStringView(code, 2)) ? 1 : 0;
            }
        QCOMPARE(count, 249);
    }

    void codesAreStableAndRoundTrip()
    {
        QCOMPARE(trackingSchemeCode(TrackingScheme::UpuS10), QStringLiteral("upu_s10"));
        QCOMPARE(trackingSchemeCode(TrackingScheme::Ups1Z), QStringLiteral("ups_1z"));
        QCOMPARE(carrierCode(Carrier::RoyalMail), QStringLiteral("royal_mail"));
        QCOMPARE(trackingProblemCode(TrackingProblem::CheckDigitMismatch), QStringLiteral("check_digit_mismatch"));
        for (const QString &code : allTrackingSchemeCodes())
            QCOMPARE(trackingSchemeCode(*trackingSchemeFromCode(code)), code);
        for (const QString &code : allCarrierCodes())
            QCOMPARE(carrierCode(*carrierFromCode(code)), code);
        for (const QString &code : allTrackingProblemCodes())
            QCOMPARE(trackingProblemCode(*trackingProblemFromCode(code)), code);
        QCOMPARE(allTrackingSchemeCodes().removeDuplicates(), 0);
        QCOMPARE(allCarrierCodes().removeDuplicates(), 0);
        QCOMPARE(allTrackingProblemCodes().removeDuplicates(), 0);
        QVERIFY(!trackingSchemeFromCode(u"UPS"));
        QVERIFY(!carrierFromCode(u""));
    }

    void displayNames()
    {
        for (const QString &code : allTrackingSchemeCodes())
            QVERIFY(!TrackingNumberValidator::schemeDisplayName(*trackingSchemeFromCode(code)).isEmpty());
        for (const QString &code : allCarrierCodes())
            QVERIFY(!TrackingNumberValidator::carrierDisplayName(*carrierFromCode(code)).isEmpty());
    }

    void reuse()
    {
        const QList<TrackingAssignment> pairs{
            {QStringLiteral("o-1"), QStringLiteral("1Z999AA10123456784")},
            {QStringLiteral("o-2"), QStringLiteral("1z 999 aa1 0123456784")},   // the same, typed differently
            {QStringLiteral("o-3"), QStringLiteral("RB123456785GB")},
            {QStringLiteral("o-3"), QStringLiteral("RB 123 456 785 GB")},       // one order seen twice: no reuse
            {QStringLiteral("o-4"), QString()},                                  // no number yet
            {QStringLiteral("o-5"), QStringLiteral("  ")},
            {QStringLiteral("o-6"), QStringLiteral("3318810025")},
            {QStringLiteral("o-7"), QStringLiteral("3318-810-025")},
            {QStringLiteral("o-8"), QStringLiteral("3318810025")},
        };
        const QList<ReusedTrackingNumber> expected{
            {QStringLiteral("1Z999AA10123456784"), {QStringLiteral("o-1"), QStringLiteral("o-2")}},
            {QStringLiteral("3318810025"), {QStringLiteral("o-6"), QStringLiteral("o-7"), QStringLiteral("o-8")}},
        };
        // Sorted by number: "1Z..." < "33..."
        QCOMPARE(findReusedTrackingNumbers(pairs), expected);

        TrackingNumberRegistry registry;
        registry.add(pairs);
        QCOMPARE(registry.otherOrdersUsing(QStringLiteral("1Z999AA10123456784"), QStringLiteral("o-1")),
                 QStringList{QStringLiteral("o-2")});
        // The inline check for a fix typed on a new order: every holder is "another order".
        QCOMPARE(registry.otherOrdersUsing(QStringLiteral("3318 8100 25"), QStringLiteral("o-9")),
                 (QStringList{QStringLiteral("o-6"), QStringLiteral("o-7"), QStringLiteral("o-8")}));
        QVERIFY(registry.otherOrdersUsing(QStringLiteral("RB123456785GB"), QStringLiteral("o-3")).isEmpty());
        QVERIFY(registry.otherOrdersUsing(QStringLiteral("EE314159268US"), QStringLiteral("o-1")).isEmpty());
        QVERIFY(findReusedTrackingNumbers({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrackingNumbers)
#include "test_tracking_numbers.moc"
