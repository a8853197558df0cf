#include "GeneratorText.h"

#include <array>

namespace wk::platform::text {
namespace {
constexpr std::array<City, 12> kCities{{
    {"Zhejiang", "Yiwu", u"义乌市"}, {"Guangdong", "Shenzhen", u"深圳市"}, {"Guangdong", "Guangzhou", u"广州市"},
    {"Guangdong", "Dongguan", u"东莞市"}, {"Zhejiang", "Ningbo", u"宁波市"}, {"Guangdong", "Shantou", u"汕头市"},
    {"Fujian", "Quanzhou", u"泉州市"}, {"Zhejiang", "Hangzhou", u"杭州市"}, {"Guangdong", "Foshan", u"佛山市"},
    {"Jiangsu", "Suzhou", u"苏州市"}, {"Zhejiang", "Wenzhou", u"温州市"}, {"Fujian", "Xiamen", u"厦门市"}}};

struct Word { const char *en; const char16_t *zh; };
constexpr std::array<Word, 20> kBrandWords{{
    {"Sunrise", u"晨光"}, {"Golden Bridge", u"金桥"}, {"Evergreen", u"常青"}, {"Harmony", u"和谐"},
    {"Bright Star", u"明星"}, {"Silver Lake", u"银湖"}, {"Jade River", u"玉河"}, {"Peak", u"峰顶"},
    {"Oriental Pearl", u"东方明珠"}, {"Lucky Cloud", u"祥云"}, {"Red Maple", u"红枫"}, {"Blue Ocean", u"蓝海"},
    {"Prosper", u"兴旺"}, {"Hengda", u"恒达"}, {"Xinyuan", u"鑫源"}, {"Huamei", u"华美"},
    {"Tianyi", u"天益"}, {"Jiahe", u"嘉禾"}, {"Longsheng", u"隆盛"}, {"Yongfeng", u"永丰"}}};
constexpr std::array<Word, 6> kTrades{{
    {"Home Goods", u"家居用品"}, {"Textile", u"纺织"}, {"Garment", u"服饰"}, {"Crafts", u"工艺品"},
    {"Lighting", u"照明"}, {"Houseware", u"日用品"}}};

constexpr std::array<ProductKind, 12> kKinds{{
    {"home/kitchen", "Mug", "mug", "ceramic", 9, 14, 280, 450, 499, 1899},
    {"fashion/tops", "T-Shirt", "tshirt", "cotton", 60, 80, 140, 260, 699, 2499},
    {"home/lighting", "Table Lamp", "lamp", "metal and linen", 30, 55, 900, 2400, 1999, 6999},
    {"home/decor", "Vase", "vase", "glazed ceramic", 18, 40, 500, 1800, 1299, 4999},
    {"fashion/bags", "Backpack", "backpack", "polyester", 38, 48, 500, 1100, 1999, 5999},
    {"home/textiles", "Cushion Cover", "cushion", "linen", 40, 50, 120, 300, 599, 1999},
    {"home/decor", "Wall Clock", "clock", "wood", 25, 40, 400, 1200, 1499, 4499},
    {"fashion/bags", "Tote Bag", "tote", "canvas", 35, 45, 150, 400, 799, 2499},
    {"fashion/dresses", "Summer Dress", "tshirt", "viscose", 90, 120, 180, 350, 1999, 5999},
    {"fashion/accessories", "Scarf", "tote", "silk blend", 150, 180, 60, 140, 999, 2999},
    {"home/kitchen", "Serving Bowl", "vase", "stoneware", 20, 30, 600, 1300, 1299, 3999},
    {"home/storage", "Storage Basket", "tote", "seagrass", 25, 40, 300, 800, 1199, 3499}}};

constexpr std::array<const char *, 12> kAdjectives{{"Classic", "Nordic", "Vintage", "Minimalist", "Boho", "Handmade",
    "Soft", "Modern", "Rustic", "Elegant", "Everyday", "Premium"}};
constexpr std::array<const char *, 10> kColours{{"red", "navy", "olive", "teal", "mustard", "cream", "black",
    "white", "blush pink", "charcoal"}};

QString L(const char *s) { return QString::fromUtf8(s); }

// Per-locale templates: %1 title, %2 material, %3 size in cm, %4 colour.
struct LocaleText { const char *locale; std::array<const char *, 3> templates;
                    const char *unbacked; const char *ce; const char *forbidden; const char *sizeWord; };
constexpr std::array<LocaleText, 6> kLocales{{
    {"en-US", {"%1 made from %2 in %4. Measures %3 cm. Easy care, ships in gift-ready packaging.",
               "Meet the %1: %2, %4, %3 cm. Designed for everyday use at home.",
               "Our %1 in %4 %2 brings calm to any room. Size: %3 cm."},
     "Crafted from 100% organic bamboo fibre.", "CE certified for your peace of mind.",
     "Clinically proven to cure back pain.", "Measures %1 cm."},
    {"en-GB", {"%1 in %4 %2. Measures %3 cm. Lovely as a gift, arrives beautifully wrapped.",
               "The %1 in %4: %2, %3 cm, made to last.", "Bring colour home with our %4 %1 (%2, %3 cm)."},
     "Made from genuine Italian leather.", "UKCA and CE certified.", "Guaranteed to cure insomnia.", "Measures %1 cm."},
    {"de-DE", {"%1 aus %2 in %4. Maße: %3 cm. Pflegeleicht und schön verpackt.",
               "Unser %1 in %4 – %2, %3 cm, für jeden Tag gemacht.", "%1 aus %2, Farbe %4, Größe %3 cm."},
     "Aus 100 % Bio-Baumwolle gefertigt.", "CE-zertifiziert.", "Heilt nachweislich Rückenschmerzen.", "Maße: %1 cm."},
    {"fr-FR", {"%1 en %2, coloris %4. Dimensions : %3 cm. Livré dans un emballage cadeau.",
               "Notre %1 %4 en %2 (%3 cm) apporte du calme à votre intérieur.", "%1 en %2, %4, %3 cm."},
     "Fabriqué en cuir véritable.", "Certifié CE.", "Guérit le mal de dos.", "Dimensions : %1 cm."},
    {"es-ES", {"%1 de %2 en color %4. Mide %3 cm. Llega en un envoltorio de regalo.",
               "Nuestro %1 %4 de %2, %3 cm, pensado para el día a día.", "%1 de %2, %4, %3 cm."},
     "Hecho de seda natural 100 %.", "Con certificación CE.", "Cura el dolor de espalda.", "Mide %1 cm."},
    {"en-AU", {"%1 in %4 %2. Measures %3 cm. Ships Australia-wide in gift-ready packaging.",
               "G'day to the %1: %2, %4, %3 cm.", "Our %4 %1 in %2 (%3 cm) suits every home."},
     "Made from 100% merino wool.", "CE and RCM certified.", "Cures arthritis and joint pain.", "Measures %1 cm."}}};
} // namespace

const City &city(int index) { return kCities[size_t(index) % kCities.size()]; }
int cityCount() { return int(kCities.size()); }
const ProductKind &productKind(int index) { return kKinds[size_t(index) % kKinds.size()]; }
int productKindCount() { return int(kKinds.size()); }
QString adjective(QRandomGenerator64 &rng) { return L(kAdjectives[rng.bounded(quint64(kAdjectives.size()))]); }
QString colour(QRandomGenerator64 &rng) { return L(kColours[rng.bounded(quint64(kColours.size()))]); }

void supplierNames(QRandomGenerator64 &rng, const City &c, SupplierTier tier, QString *en, QString *zh)
{
    const Word &brand = kBrandWords[rng.bounded(quint64(kBrandWords.size()))];
    const Word &trade = kTrades[rng.bounded(quint64(kTrades.size()))];
    const QString cityEn = L(c.city);
    const QString cityZh = QString::fromUtf16(c.cityZh);
    switch (tier) {
    case SupplierTier::PalletTrader:
        *en = cityEn + QLatin1Char(' ') + L(brand.en) + QStringLiteral(" Import & Export Co., Ltd.");
        *zh = cityZh + QString::fromUtf16(brand.zh) + QString::fromUtf16(u"进出口有限公司");
        break;
    case SupplierTier::DirectFactory:
        *en = cityEn + QLatin1Char(' ') + L(brand.en) + QLatin1Char(' ') + L(trade.en) + QStringLiteral(" Factory");
        *zh = cityZh + QString::fromUtf16(brand.zh) + QString::fromUtf16(trade.zh) + QString::fromUtf16(u"厂");
        break;
    case SupplierTier::LongTail1688:
        *en = cityEn + QLatin1Char(' ') + L(brand.en) + QStringLiteral(" Trading Co.");
        *zh = cityZh + QString::fromUtf16(brand.zh) + QString::fromUtf16(u"贸易有限公司");
        break;
    }
}

QString productCopy(QRandomGenerator64 &rng, const Product &product, const QString &locale,
                    std::optional<FlagReason> defect)
{
    const LocaleText *lt = &kLocales[0];
    for (const LocaleText &l : kLocales)
        if (locale == QLatin1StringView(l.locale))
            lt = &l;
    const QString size = product.attributes.value(QStringLiteral("size_cm"));
    QString material = product.attributes.value(QStringLiteral("material"));
    QString shownSize = size;
    if (defect == FlagReason::NumberMismatch)
        shownSize = QString::number(size.toInt() * 2 + 7);
    if (defect == FlagReason::MissingField)
        shownSize.clear();
    QString copy = L(lt->templates[rng.bounded(quint64(3))])
                       .arg(product.title, material, shownSize.isEmpty() ? QStringLiteral("?") : shownSize,
                            product.attributes.value(QStringLiteral("colour")));
    if (defect == FlagReason::MissingField) // the size sentence lost its number: a required field is missing
        copy.replace(QStringLiteral("? cm"), QString());
    if (defect == FlagReason::UnbackedClaim)
        copy += QLatin1Char(' ') + L(lt->unbacked);
    if (defect == FlagReason::CertificationClaim)
        copy += QLatin1Char(' ') + L(lt->ce);
    if (defect == FlagReason::ForbiddenClaim)
        copy += QLatin1Char(' ') + L(lt->forbidden);
    if (defect == FlagReason::TrademarkRisk)
        copy += QStringLiteral(" Inspired by IKEA® and Le Creuset®.");
    return copy;
}

} // namespace wk::platform::text
