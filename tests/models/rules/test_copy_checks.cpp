// The copy checks, data-driven over several locales (en, de, fr, es, zh), and against every copy
// defect the demo's generator writes (app/platform/generator/CopyTemplates.cpp): each defect is
// found, and the clean previous version has no finding at all.
#include "generator/CopyTemplates.h"
#include "generator/NameBank.h"
#include "rules/CopyChecks.h"

#include <QTest>

using namespace wk;
using Kind = CopyFinding::Kind;

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::UnbackedMaterial: return QStringLiteral("unbacked");
    case Kind::Certification: return QStringLiteral("certification");
    case Kind::Medical: return QStringLiteral("medical");
    case Kind::Absolute: return QStringLiteral("absolute");
    case Kind::Environmental: return QStringLiteral("environmental");
    case Kind::Trademark: return QStringLiteral("trademark");
    case Kind::NumberMismatch: return QStringLiteral("number");
    case Kind::MissingField: return QStringLiteral("missing");
    }
    return {};
}

// "material=ceramic;size_cm=10" → attributes.
QMap<QString, QString> attrs(const QString &spec)
{
    QMap<QString, QString> out;
    for (const QString &pair : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        out.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return out;
}

// Findings as "kind:found" (absences as "missing:<field>"), in order.
QStringList summary(const QList<CopyFinding> &findings, const QString &text)
{
    QStringList out;
    for (const CopyFinding &f : findings) {
        if (f.kind == Kind::MissingField) {
            out << QStringLiteral("missing:") + f.field;
            continue;
        }
        out << kindName(f.kind) + QLatin1Char(':') + f.found;
        // The span points at what was found.
        if (text.mid(f.start, f.length) != f.found)
            out << QStringLiteral("BAD SPAN");
    }
    return out;
}

QString s(const char16_t *text) { return QString::fromUtf16(text); }

QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

const char *kMug = "material=ceramic;size_cm=10;weight_g=350;colour=white;certifications=;origin=CN";

} // namespace

class TestCopyChecks : public QObject
{
    Q_OBJECT

private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("attributes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QString mug = QString::fromLatin1(kMug);
        const QString body = s(u"Made of ceramic. Size: 10 cm. Weight: 350 g.");

        QTest::newRow("en clean") << QStringLiteral("en-US") << mug
            << s(u"Meet the white mug you'll reach for every day. ") + body + s(u" Ships in recycled packaging.") << QStringList();
        QTest::newRow("en unbacked material") << QStringLiteral("en-US") << mug
            << body + s(u" Crafted from 100% merino wool for a truly premium feel.") << L({"unbacked:merino wool"});
        QTest::newRow("en certification not held") << QStringLiteral("en-GB") << mug
            << body + s(u" CE certified for your peace of mind.") << L({"certification:CE"});
        QTest::newRow("en certification held") << QStringLiteral("en-GB")
            << QString(mug).replace(QLatin1String("certifications="), QLatin1String("certifications=CE,UKCA"))
            << body + s(u" CE and UKCA certified.") << QStringList();
        QTest::newRow("en medical") << QStringLiteral("en-AU") << QString::fromLatin1(kMug)
            << body + s(u" Cures back pain and helps you sleep through the night.") << L({"medical:Cures"});
        QTest::newRow("en size disagrees") << QStringLiteral("en-US") << QString::fromLatin1(kMug)
            << s(u"Made of ceramic. Size: 16 cm. Weight: 350 g.") << L({"number:16 cm"});
        QTest::newRow("en weight in kg agrees") << QStringLiteral("en-US") << QString::fromLatin1(kMug)
            << s(u"Made of ceramic. Size: 100 mm. Weight: 0.35 kg.") << QStringList();
        QTest::newRow("en size missing") << QStringLiteral("en-US") << QString::fromLatin1(kMug)
            << s(u"Made of ceramic. Weight: 350 g.") << L({"missing:size_cm"});
        QTest::newRow("en everything missing") << QStringLiteral("en-US") << QString::fromLatin1(kMug)
            << s(u"A lovely mug.") << L({"missing:material", "missing:size_cm", "missing:weight_g"});
        QTest::newRow("en trademark") << QStringLiteral("en-US") << QString::fromLatin1(kMug)
            << body + s(u" The Louis Vuitton look for a fraction of the price.") << L({"trademark:Louis Vuitton"});
        QTest::newRow("en colour is not a material") << QStringLiteral("en-US")
            << s(u"material=ceramic;size_cm=10;weight_g=350;colour=terracotta")
            << s(u"A ceramic mug in terracotta that fits right in. ") + body << QStringList();
        QTest::newRow("en more general material is backed") << QStringLiteral("en-US")
            << s(u"material=stoneware;size_cm=10;weight_g=350")
            << s(u"Made of stoneware, a dense ceramic. Size: 10 cm. Weight: 350 g.") << QStringList();
        QTest::newRow("en more specific material is not") << QStringLiteral("en-US") << QString::fromLatin1(kMug)
            << body + s(u" Fine porcelain.") << L({"unbacked:porcelain"});
        QTest::newRow("en absolute and eco") << QStringLiteral("en-US") << QString::fromLatin1(kMug)
            << body + s(u" 100% waterproof and eco-friendly.") << L({"absolute:100% waterproof", "environmental:eco-friendly"});
        QTest::newRow("en without attributes: only claims") << QStringLiteral("en-US") << QString()
            << s(u"Made of silk. Heals everything. Size: 3 m.") << L({"medical:Heals"});

        const QString deBody = s(u"Material: Keramik. Größe: 10 cm. Gewicht: 350 g.");
        QTest::newRow("de clean") << QStringLiteral("de-DE") << QString::fromLatin1(kMug)
            << s(u"Tasse in Weiß – für jeden Tag gemacht. ") + deBody + s(u" Versand in recycelter Verpackung.") << QStringList();
        QTest::newRow("de unbacked material") << QStringLiteral("de-DE") << QString::fromLatin1(kMug)
            << deBody + s(u" Aus 100 % Merinowolle gefertigt, für ein echtes Premium-Gefühl.") << L({"unbacked:Merinowolle"});
        QTest::newRow("de medical") << QStringLiteral("de-DE") << QString::fromLatin1(kMug)
            << deBody + s(u" Heilt Rückenschmerzen und sorgt für erholsamen Schlaf.") << L({"medical:Heilt"});
        QTest::newRow("de certification") << QStringLiteral("de-DE") << QString::fromLatin1(kMug)
            << deBody + s(u" CE-zertifiziert für Ihre Sicherheit.") << L({"certification:CE"});
        QTest::newRow("de weight disagrees") << QStringLiteral("de-DE") << QString::fromLatin1(kMug)
            << s(u"Material: Keramik. Größe: 10 cm. Gewicht: 1,2 kg.") << L({"number:1,2 kg"});
        QTest::newRow("de organic cotton on cotton") << QStringLiteral("de-DE") << s(u"material=cotton;size_cm=70;weight_g=180")
            << s(u"Material: Baumwolle. Größe: 70 cm. Gewicht: 180 g. Aus Bio-Baumwolle.") << L({"unbacked:Bio-Baumwolle"});
        QTest::newRow("de organic cotton backed") << QStringLiteral("de-DE") << s(u"material=organic cotton;size_cm=70;weight_g=180")
            << s(u"Material: Bio-Baumwolle. Größe: 70 cm. Gewicht: 180 g. Weiche Baumwolle.") << QStringList();
        QTest::newRow("de eco") << QStringLiteral("de-DE") << QString::fromLatin1(kMug)
            << deBody + s(u" Umweltfreundlich und 100 % wasserdicht.") << L({"environmental:Umweltfreundlich", "absolute:100 % wasserdicht"});

        const QString frBody = s(u"Matière : céramique. Dimensions : 10 cm. Poids : 350 g.");
        QTest::newRow("fr clean") << QStringLiteral("fr-FR") << QString::fromLatin1(kMug)
            << s(u"Notre best-seller : tasse, désormais en blanc. ") + frBody + s(u" Expédié dans un emballage recyclé.") << QStringList();
        QTest::newRow("fr medical") << QStringLiteral("fr-FR") << QString::fromLatin1(kMug)
            << frBody + s(u" Guérit le mal de dos et améliore le sommeil.") << L({"medical:Guérit"});
        QTest::newRow("fr certification") << QStringLiteral("fr-FR") << QString::fromLatin1(kMug)
            << frBody + s(u" Certifié CE pour votre tranquillité.") << L({"certification:CE"});
        QTest::newRow("fr unbacked silk") << QStringLiteral("fr-FR") << QString::fromLatin1(kMug)
            << frBody + s(u" Fabriqué en pure soie de mûrier pour un toucher haut de gamme.") << L({"unbacked:pure soie de mûrier"});

        const QString esBody = s(u"Material: cerámica. Tamaño: 10 cm. Peso: 350 g.");
        QTest::newRow("es medical") << QStringLiteral("es-ES") << QString::fromLatin1(kMug)
            << esBody + s(u" Cura el dolor de espalda y mejora el sueño.") << L({"medical:Cura"});
        QTest::newRow("es size disagrees") << QStringLiteral("es-ES") << QString::fromLatin1(kMug)
            << s(u"Material: cerámica. Tamaño: 45 cm. Peso: 350 g.") << L({"number:45 cm"});
        QTest::newRow("es trademark") << QStringLiteral("es-ES") << QString::fromLatin1(kMug)
            << esBody + s(u" El estilo Louis Vuitton a una fracción del precio.") << L({"trademark:Louis Vuitton"});

        QTest::newRow("zh several") << QStringLiteral("zh-CN") << s(u"material=polyester;size_cm=30;weight_g=200;certifications=")
            << s(u"本产品采用100%纯棉，可治愈失眠，CE认证。尺寸：30厘米。重量：200克。")
            << L({"unbacked:纯棉", "medical:治愈", "certification:CE"});
        QTest::newRow("zh size disagrees") << QStringLiteral("zh-CN") << s(u"material=polyester;size_cm=30;weight_g=200")
            << s(u"涤纶材质。尺寸：45厘米。重量：200克。") << L({"number:45厘米"});
        QTest::newRow("zh absolute and eco") << QStringLiteral("zh-CN") << s(u"material=polyester;size_cm=30;weight_g=200")
            << s(u"涤纶材质，最佳选择，环保。尺寸：30厘米。重量：0.2公斤。") << L({"absolute:最佳", "environmental:环保"});
        QTest::newRow("unknown language uses English lists") << QStringLiteral("it-IT") << QString::fromLatin1(kMug)
            << body + s(u" Cures everything.") << L({"medical:Cures"});
    }
    void findings()
    {
        QFETCH(QString, locale);
        QFETCH(QString, attributes);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(summary(CopyChecks::check(text, locale, attrs(attributes)), text), expected);
    }

    void reasonsAndSeverity()
    {
        const QList<CopyFinding> f = CopyChecks::check(s(u"Cures all. Eco-friendly."), QStringLiteral("en"), {});
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.at(0).reason(), FlagReason::ForbiddenClaim);
        QVERIFY(f.at(0).isError());
        QCOMPARE(f.at(1).reason(), FlagReason::ForbiddenClaim);
        QVERIFY(!f.at(1).isError());
        const QList<CopyFinding> n = CopyChecks::check(s(u"Size: 20 cm."), QStringLiteral("en"), attrs(QStringLiteral("size_cm=10")));
        QCOMPARE(n.size(), 1);
        QCOMPARE(n.at(0).reason(), FlagReason::NumberMismatch);
        QCOMPARE(n.at(0).expected, QStringLiteral("10 cm"));
    }

    // Every product kind and material the generator knows, in every copy locale, with every
    // defect it writes: the defect is found, and the clean previous text has no finding.
    void findsEveryDefectTheGeneratorWrites()
    {
        using namespace wk::platform;
        QRandomGenerator64 rng(20261122);
        int checked = 0;
        const QList<names::ProductKind> &kinds = names::productKinds();
        for (int k = 0; k < kinds.size(); ++k) {
            for (const QString &material : kinds.at(k).materials) {
                for (const CopyLocale &locale : copyLocales()) {
                    for (FlagReason defect : copyDefects()) {
                        CopyFacts facts;
                        facts.productKind = k;
                        facts.material = material;
                        facts.colour = names::colours().at(int(rng.bounded(quint64(names::colours().size()))));
                        facts.sizeCm = kinds.at(k).sizeMinCm + int(rng.bounded(quint64(kinds.at(k).sizeMaxCm - kinds.at(k).sizeMinCm + 1)));
                        facts.weightG = kinds.at(k).weightMinG / 5 * 5;
                        facts.certifications = kinds.at(k).electrical ? QStringLiteral("CE") : QString();
                        const Copy copy = composeCopy(locale, facts, defect, rng);
                        const QMap<QString, QString> attributes{
                            {QStringLiteral("material"), facts.material}, {QStringLiteral("size_cm"), QString::number(facts.sizeCm)},
                            {QStringLiteral("weight_g"), QString::number(facts.weightG)}, {QStringLiteral("colour"), facts.colour},
                            {QStringLiteral("certifications"), facts.certifications}};
                        const QList<CopyFinding> clean = CopyChecks::check(copy.previous, locale.locale, attributes);
                        QVERIFY2(clean.isEmpty(), qPrintable(QStringLiteral("false finding in %1 [%2]: %3")
                                                                 .arg(copy.previous, locale.locale,
                                                                      summary(clean, copy.previous).join(QLatin1Char(' ')))));
                        const QList<CopyFinding> found = CopyChecks::check(copy.text, locale.locale, attributes);
                        const bool hit = std::any_of(found.cbegin(), found.cend(),
                                                     [&copy](const CopyFinding &f) { return f.reason() == copy.defect; });
                        QVERIFY2(hit, qPrintable(QStringLiteral("%1 not found in %2 [%3, %4]")
                                                     .arg(toCode(copy.defect), copy.text, locale.locale, material)));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 500);
    }
};

QTEST_GUILESS_MAIN(TestCopyChecks)
#include "test_copy_checks.moc"
