#pragma once
// Automatic checks of a product's copy in one locale against the product's source attributes
// (Product::attributes: material, size_cm, weight_g, colour, certifications): claims the
// attributes don't back (materials, certification marks), risky or forbidden claims (medical,
// absolute, environmental; per-locale word lists for en, de, fr, es, zh), brand names, numbers
// that disagree with the attributes, and required fields the text leaves out. Pure logic: the
// findings carry spans and values; the UI turns them into sentences.
#include "domain/Enums.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wk {

struct CopyFinding {
    enum class Kind {
        UnbackedMaterial,   // FlagReason::UnbackedClaim
        Certification,      // FlagReason::CertificationClaim
        Medical,            // FlagReason::ForbiddenClaim: not allowed at all
        Absolute,           // FlagReason::ForbiddenClaim: "100% waterproof", "unbreakable"
        Environmental,      // FlagReason::ForbiddenClaim: "eco-friendly" without evidence
        Trademark,          // FlagReason::TrademarkRisk
        NumberMismatch,     // FlagReason::NumberMismatch
        MissingField,       // FlagReason::MissingField
    };
    Kind kind = Kind::UnbackedMaterial;
    qsizetype start = -1;   // span in the text; -1 (and length 0) when the finding is an absence
    qsizetype length = 0;
    QString found;          // as written in the text ("merino wool", "CE", "45 cm")
    QString expected;       // what the attributes say ("cotton", "CE, UKCA", "30 cm"); empty if nothing
    QString field;          // the attribute concerned: material, certifications, size_cm, weight_g

    FlagReason reason() const;
    bool isError() const;   // must be fixed before approval (else: a supervisor's judgement)
    friend bool operator==(const CopyFinding &, const CopyFinding &) = default;
};

class CopyChecks
{
public:
    // The fields a listing must state when the attributes have them.
    static QStringList defaultRequiredFields();
    // The language the checks use for a BCP 47 locale: "de-DE" → "de"; unknown languages use "en".
    static QString languageOf(const QString &locale);

    // Findings in text order (absences last).
    static QList<CopyFinding> check(const QString &text, const QString &locale,
                                    const QMap<QString, QString> &attributes,
                                    const QStringList &requiredFields = defaultRequiredFields());
};

} // namespace wk
