#pragma once
// The word lists behind CopyChecks, per language (en, de, fr, es, zh): materials (with what a
// material implies: merino wool is wool, stoneware is ceramic), certification marks, brand names,
// and risky or forbidden claims. Compiled once into one regular expression per list and language.
#include "rules/CopyChecks.h"

#include <QHash>
#include <QRegularExpression>

namespace wk::copyvocab {

struct ClaimPattern {
    CopyFinding::Kind kind;
    QRegularExpression regex;
};

// Materials: one regex (longest words first) and the canonical material of each lowercased match.
struct MaterialMatcher {
    QRegularExpression regex;
    QHash<QString, QString> canonical;
};
const MaterialMatcher &materials(const QString &language);
// True if a mention of `mentioned` is backed by a product made of `actual` (the same material, or
// a more general one: "wool" is backed by "merino wool", not the other way round).
bool materialBacks(const QString &actual, const QString &mentioned);

const QRegularExpression &certificationMarks();
const QRegularExpression &brandNames();
const QList<ClaimPattern> &claims(const QString &language);
// "45 cm", "1,2 kg", "300 g", "45厘米": value and unit.
const QRegularExpression &measurements();

} // namespace wk::copyvocab
