#pragma once
// Product descriptions in the copy locales, written the way a generator writes them, with the
// defect a flag describes built in: a material the attributes don't back, a certificate the product
// doesn't have, a size that disagrees with size_cm, a medical claim, a missing size, a brand name.
#include "domain/Enums.h"

#include <QList>
#include <QRandomGenerator64>
#include <QString>

namespace wk::platform {

struct CopyLocale {
    QString locale;     // BCP 47
    QString market;     // ISO 3166 alpha-2
    int language;       // index into the NameBank translations: 0 en, 1 de, 2 fr, 3 es
};
const QList<CopyLocale> &copyLocales();

struct CopyFacts {
    int productKind = 0;        // index into names::productKinds()
    QString material;           // English, as in the attributes
    QString colour;             // English
    int sizeCm = 0;
    int weightG = 0;
    QString certifications;     // "CE,UKCA" or empty
};

struct Copy {
    QString text;               // the flagged description
    QString previous;           // the version before this regeneration (without the defect)
    FlagReason defect = FlagReason::LowConfidence;   // may differ from the asked one if it cannot apply
};

// The defects copy can carry (FlagReason codes of CONTEXT.md's compliance and claims checks).
const QList<FlagReason> &copyDefects();

Copy composeCopy(const CopyLocale &locale, const CopyFacts &facts, FlagReason defect, QRandomGenerator64 &rng);

} // namespace wk::platform
