#include "rules/CopyChecks.h"

#include "rules/CopyVocabulary.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace wk {

namespace {

using Kind = CopyFinding::Kind;

// How far a stated number may be from the attribute before it is a disagreement: rounding in
// the copy ("about 30 cm" for 31) is fine, the generator's 30-80 % errors are not.
constexpr double kTolerance = 0.10;

double parseNumber(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? value : std::nan("");
}

QString formatNumber(double value)
{
    return value == std::floor(value) ? QString::number(qint64(value)) : QString::number(value, 'f', 1);
}

bool near(double stated, double actual)
{
    return std::abs(stated - actual) <= std::max(0.5, std::abs(actual) * kTolerance);
}

void addMatches(QList<CopyFinding> &out, const QString &text, const QRegularExpression &regex, Kind kind,
                const QString &field, const QString &expected = {})
{
    for (auto it = regex.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({kind, m.capturedStart(1), m.capturedLength(1), m.captured(1), expected, field});
    }
}

} // namespace

FlagReason CopyFinding::reason() const
{
    switch (kind) {
    case Kind::UnbackedMaterial: return FlagReason::UnbackedClaim;
    case Kind::Certification: return FlagReason::CertificationClaim;
    case Kind::Medical:
    case Kind::Absolute:
    case Kind::Environmental: return FlagReason::ForbiddenClaim;
    case Kind::Trademark: return FlagReason::TrademarkRisk;
    case Kind::NumberMismatch: return FlagReason::NumberMismatch;
    case Kind::MissingField: return FlagReason::MissingField;
    }
    return FlagReason::LowConfidence;
}

bool CopyFinding::isError() const
{
    return kind != Kind::Absolute && kind != Kind::Environmental;
}

QStringList CopyChecks::defaultRequiredFields()
{
    return {QStringLiteral("material"), QStringLiteral("size_cm"), QStringLiteral("weight_g")};
}

QString CopyChecks::languageOf(const QString &locale)
{
    const QString language = locale.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    static const QStringList known{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                   QStringLiteral("es"), QStringLiteral("zh")};
    return known.contains(language) ? language : QStringLiteral("en");
}

QList<CopyFinding> CopyChecks::check(const QString &text, const QString &locale,
                                     const QMap<QString, QString> &attributes, const QStringList &requiredFields)
{
    const QString language = languageOf(locale);
    QList<CopyFinding> findings;

    // Materials: every one named must be what the product is made of (or more general).
    bool materialNamed = false;
    const QString material = attributes.value(QStringLiteral("material")).trimmed().toLower();
    const QString colour = attributes.value(QStringLiteral("colour")).trimmed().toLower();
    const copyvocab::MaterialMatcher &matcher = copyvocab::materials(language);
    for (auto it = matcher.regex.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString mentioned = matcher.canonical.value(m.captured(1).toLower().simplified());
        if (mentioned.isEmpty())
            continue;
        const bool backed = material.isEmpty() || copyvocab::materialBacks(material, mentioned);
        if (!backed && mentioned == colour)   // "a mug in terracotta" names a colour
            continue;
        materialNamed = true;
        if (!backed)
            findings.append({Kind::UnbackedMaterial, m.capturedStart(1), m.capturedLength(1), m.captured(1),
                             attributes.value(QStringLiteral("material")), QStringLiteral("material")});
    }

    // Certification marks the product does not hold.
    QStringList held;
    for (const QString &mark : attributes.value(QStringLiteral("certifications")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        held << mark.trimmed().toUpper();
    for (auto it = copyvocab::certificationMarks().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString mark = m.captured(1).toUpper();
        mark.remove(QLatin1Char(' '));
        if (!held.contains(mark))
            findings.append({Kind::Certification, m.capturedStart(1), m.capturedLength(1), m.captured(1),
                             held.join(QLatin1String(", ")), QStringLiteral("certifications")});
    }

    for (const copyvocab::ClaimPattern &claim : copyvocab::claims(language))
        addMatches(findings, text, claim.regex, claim.kind, {});
    addMatches(findings, text, copyvocab::brandNames(), Kind::Trademark, {});

    // Numbers: lengths against size_cm, masses against weight_g.
    bool sizeStated = false, weightStated = false;
    const double size = parseNumber(attributes.value(QStringLiteral("size_cm")));
    const double weight = parseNumber(attributes.value(QStringLiteral("weight_g")));
    for (auto it = copyvocab::measurements().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double value = parseNumber(m.captured(1));
        const QString unit = m.captured(2);
        double inCm = std::nan(""), inG = std::nan("");
        if (unit == QLatin1String("cm") || unit == QStringView(u"厘米") || unit == QStringView(u"公分"))
            inCm = value;
        else if (unit == QLatin1String("mm") || unit == QStringView(u"毫米"))
            inCm = value / 10;
        else if (unit == QLatin1String("m") || unit == QStringView(u"米"))
            inCm = value * 100;
        else if (unit == QLatin1String("g") || unit == QStringView(u"克"))
            inG = value;
        else
            inG = value * 1000;   // kg, 公斤, 千克
        if (!std::isnan(inCm)) {
            sizeStated = true;
            if (!std::isnan(size) && !near(inCm, size))
                findings.append({Kind::NumberMismatch, m.capturedStart(0), m.capturedLength(0), m.captured(0),
                                 formatNumber(size) + QLatin1String(" cm"), QStringLiteral("size_cm")});
        } else if (!std::isnan(inG)) {
            weightStated = true;
            if (!std::isnan(weight) && !near(inG, weight))
                findings.append({Kind::NumberMismatch, m.capturedStart(0), m.capturedLength(0), m.captured(0),
                                 formatNumber(weight) + QLatin1String(" g"), QStringLiteral("weight_g")});
        }
    }

    // Overlaps: a longer finding wins ("100% merino wool" is one claim); ties keep the first.
    std::stable_sort(findings.begin(), findings.end(), [](const CopyFinding &a, const CopyFinding &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<CopyFinding> kept;
    qsizetype end = -1;
    for (const CopyFinding &f : std::as_const(findings)) {
        if (f.start < end && f.kind == kept.constLast().kind)
            continue;
        kept.append(f);
        end = std::max(end, f.start + f.length);
    }

    // What a listing must state and this one leaves out.
    const auto missing = [&](const QString &field, bool stated, const QString &expected) {
        if (requiredFields.contains(field) && !stated && !attributes.value(field).trimmed().isEmpty())
            kept.append({Kind::MissingField, -1, 0, {}, expected, field});
    };
    missing(QStringLiteral("material"), materialNamed, attributes.value(QStringLiteral("material")));
    missing(QStringLiteral("size_cm"), sizeStated, attributes.value(QStringLiteral("size_cm")) + QLatin1String(" cm"));
    missing(QStringLiteral("weight_g"), weightStated, attributes.value(QStringLiteral("weight_g")) + QLatin1String(" g"));
    return kept;
}

} // namespace wk
