#include "CopyTemplates.h"

#include "NameBank.h"

namespace wk::platform {

namespace {

QString s(const char16_t *text) { return QString::fromUtf16(text); }

// One language's sentences. %1.. are filled by composeCopy; every template is a whole sentence.
struct Language {
    QStringList openers;     // %1 noun, %2 colour, %3 material
    QString body;            // %1 material, %2 size cm, %3 weight g
    QString bodyNoSize;      // %1 material, %2 weight g  (the "missing field" variant)
    QString closer;
    QString unbacked;        // %1 claimed material
    QString certified;       // %1 certificate
    QString forbidden;
    QString trademark;
};

const Language &language(int index)
{
    static const Language en{
        {s(u"Meet the %2 %1 you'll reach for every day."), s(u"A %3 %1 in %2 that fits right in."),
         s(u"Our best-selling %1, now in %2.")},
        s(u"Made of %1. Size: %2 cm. Weight: %3 g."),
        s(u"Made of %1. Weight: %2 g."),
        s(u"Ships in recycled packaging."),
        s(u"Crafted from %1 for a truly premium feel."),
        s(u"%1 certified for your peace of mind."),
        s(u"Cures back pain and helps you sleep through the night."),
        s(u"The Louis Vuitton look for a fraction of the price."),
    };
    static const Language de{
        {s(u"%1 in %2 – für jeden Tag gemacht."), s(u"Schlicht und schön: %1 aus %3 in %2."),
         s(u"Unser Bestseller: %1 in %2.")},
        s(u"Material: %1. Größe: %2 cm. Gewicht: %3 g."),
        s(u"Material: %1. Gewicht: %2 g."),
        s(u"Versand in recycelter Verpackung."),
        s(u"Aus %1 gefertigt, für ein echtes Premium-Gefühl."),
        s(u"%1-zertifiziert für Ihre Sicherheit."),
        s(u"Heilt Rückenschmerzen und sorgt für erholsamen Schlaf."),
        s(u"Der Louis-Vuitton-Look zum kleinen Preis."),
    };
    static const Language fr{
        {s(u"Découvrez notre %1, coloris %2, pour tous les jours."), s(u"Simple et élégant : %1 en %3, coloris %2."),
         s(u"Notre best-seller : %1, désormais en %2.")},
        s(u"Matière : %1. Dimensions : %2 cm. Poids : %3 g."),
        s(u"Matière : %1. Poids : %2 g."),
        s(u"Expédié dans un emballage recyclé."),
        s(u"Fabriqué en %1 pour un toucher haut de gamme."),
        s(u"Certifié %1 pour votre tranquillité."),
        s(u"Guérit le mal de dos et améliore le sommeil."),
        s(u"Le style Louis Vuitton à petit prix."),
    };
    static const Language es{
        {s(u"Para cada día: %1 en color %2."), s(u"Sencillo y bonito: %1 de %3 en color %2."),
         s(u"Nuestro éxito de ventas: %1, ahora en %2.")},
        s(u"Material: %1. Tamaño: %2 cm. Peso: %3 g."),
        s(u"Material: %1. Peso: %2 g."),
        s(u"Se envía en embalaje reciclado."),
        s(u"Fabricado en %1 para un tacto de lujo."),
        s(u"Con certificación %1 para su tranquilidad."),
        s(u"Cura el dolor de espalda y mejora el sueño."),
        s(u"El estilo Louis Vuitton a una fracción del precio."),
    };
    switch (index) {
    case 1: return de;
    case 2: return fr;
    case 3: return es;
    default: return en;
    }
}

template <typename List> const auto &pick(const List &list, QRandomGenerator64 &rng)
{
    return list.at(qsizetype(rng.bounded(quint64(list.size()))));
}

// A material the product is not made of, and that sounds like a selling point.
QString unbackedMaterial(const QString &actual, QRandomGenerator64 &rng)
{
    static const QStringList premium{s(u"merino wool"), s(u"pure silk"), s(u"solid oak"), s(u"organic cotton"),
                                     s(u"leather")};
    QString claimed = pick(premium, rng);
    if (claimed == actual)
        claimed = premium.at((premium.indexOf(claimed) + 1) % premium.size());
    return claimed;
}

} // namespace

const QList<CopyLocale> &copyLocales()
{
    static const QList<CopyLocale> list{
        {s(u"en-US"), s(u"US"), 0}, {s(u"en-GB"), s(u"GB"), 0}, {s(u"de-DE"), s(u"DE"), 1},
        {s(u"fr-FR"), s(u"FR"), 2}, {s(u"es-ES"), s(u"ES"), 3}, {s(u"en-AU"), s(u"AU"), 0},
    };
    return list;
}

const QList<FlagReason> &copyDefects()
{
    static const QList<FlagReason> list{FlagReason::UnbackedClaim, FlagReason::CertificationClaim,
                                        FlagReason::NumberMismatch, FlagReason::ForbiddenClaim,
                                        FlagReason::MissingField, FlagReason::TrademarkRisk};
    return list;
}

Copy composeCopy(const CopyLocale &locale, const CopyFacts &facts, FlagReason defect, QRandomGenerator64 &rng)
{
    const Language &lang = language(locale.language);
    const names::ProductKind &kind = names::productKinds().at(facts.productKind);
    const QString noun = kind.noun[locale.language];
    const QString colour = names::colourWord(facts.colour, locale.language);
    const QString material = names::materialWord(facts.material, locale.language);
    // Not arg(): an opener uses only some of the three.
    const auto opener = [&](qsizetype i) {
        QString text = lang.openers.at(i);
        return text.replace(QLatin1String("%1"), noun).replace(QLatin1String("%2"), colour).replace(QLatin1String("%3"), material);
    };
    const qsizetype first = qsizetype(rng.bounded(quint64(lang.openers.size())));
    const qsizetype second = (first + 1) % lang.openers.size();
    const QString body = lang.body.arg(material).arg(facts.sizeCm).arg(facts.weightG);

    Copy copy;
    copy.defect = defect;
    copy.previous = opener(second) + QLatin1Char(' ') + body + QLatin1Char(' ') + lang.closer;

    // A certificate the product does not have: CE first (what the markets check), else the
    // market's own mark; a product with all three cannot carry this defect.
    QString claimedCert;
    if (defect == FlagReason::CertificationClaim) {
        for (const QString &mark : {s(u"CE"), locale.market == QLatin1String("GB") ? s(u"UKCA") : s(u"FCC")})
            if (!facts.certifications.split(QLatin1Char(',')).contains(mark)) {
                claimedCert = mark;
                break;
            }
        if (claimedCert.isEmpty())
            copy.defect = FlagReason::ForbiddenClaim;
    }

    QString text = opener(first) + QLatin1Char(' ');
    switch (copy.defect) {
    case FlagReason::MissingField:
        text += lang.bodyNoSize.arg(material).arg(facts.weightG);
        break;
    case FlagReason::NumberMismatch: {
        // Off by 30-80%, up or down: a size a buyer would notice on arrival.
        const int percent = 30 + int(rng.bounded(51));
        const int wrong = rng.bounded(2) ? facts.sizeCm * (100 + percent) / 100
                                         : std::max(1, facts.sizeCm * (100 - percent) / 100);
        text += lang.body.arg(material).arg(wrong == facts.sizeCm ? wrong + 5 : wrong).arg(facts.weightG);
        break;
    }
    default:
        text += body;
        break;
    }
    switch (copy.defect) {
    case FlagReason::UnbackedClaim:
        text += QLatin1Char(' ') + lang.unbacked.arg(names::materialWord(unbackedMaterial(facts.material, rng), locale.language));
        break;
    case FlagReason::CertificationClaim:
        text += QLatin1Char(' ') + lang.certified.arg(claimedCert);
        break;
    case FlagReason::ForbiddenClaim:
        text += QLatin1Char(' ') + lang.forbidden;
        break;
    case FlagReason::TrademarkRisk:
        text += QLatin1Char(' ') + lang.trademark;
        break;
    default:
        break;
    }
    copy.text = text + QLatin1Char(' ') + lang.closer;
    return copy;
}

} // namespace wk::platform
