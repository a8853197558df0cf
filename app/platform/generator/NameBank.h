#pragma once
// Word lists the generator composes names from: supplier cities and trading names (English and
// Chinese), the product kinds of the catalogue with their plausible attributes, customers by market.
// Fixed, ordered tables: the generator indexes them with its seeded random numbers, so the same
// seed always composes the same names.
#include <QList>
#include <QString>
#include <QStringList>

namespace wk::platform::names {

struct City {
    QString en, zh, region;
    int weight;    // how many suppliers sit there, relatively (Yiwu and Guangdong dominate)
};
const QList<City> &cities();

struct Bilingual {
    QString en, zh;
};
const QList<Bilingual> &brandWords();     // "Sunrise" / "晨光"
const QList<Bilingual> &tradeWords();     // "Home Products" / "家居用品"

// One kind of product in the catalogue. `mediaKey` names the demo media made for it ("mug"); the
// kinds without demo media have an empty key. Nouns in en, de, fr, es for the copy locales.
struct ProductKind {
    QString mediaKey;
    QString category;          // "home/kitchen", "fashion/bags", ...
    QString noun[4];           // en, de, fr, es
    QStringList materials;     // English material words, see materialWord()
    int sizeMinCm, sizeMaxCm;
    int weightMinG, weightMaxG;
    int priceMinCents, priceMaxCents;   // USD
    bool electrical;           // likely CE / UKCA / FCC certified
};
const QList<ProductKind> &productKinds();

// Translations of the English material and colour words (index 0 en, 1 de, 2 fr, 3 es).
QString materialWord(const QString &en, int language);
QStringList colours();
QString colourWord(const QString &en, int language);
const QStringList &titleAdjectives();

// Customers: first and last names for a market, e.g. "DE" -> German names.
const QStringList &firstNames(const QString &market);
const QStringList &lastNames(const QString &market);

// Places a parcel passes, for shipment event locations.
const QStringList &originHubs();
QString destinationHub(const QString &country);

} // namespace wk::platform::names
