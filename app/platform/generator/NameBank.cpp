#include "NameBank.h"

#include <QHash>

namespace wk::platform::names {

namespace {
QString s(const char16_t *text) { return QString::fromUtf16(text); }
}

const QList<City> &cities()
{
    static const QList<City> list{
        {s(u"Yiwu"), s(u"义乌市"), s(u"Zhejiang"), 22},      {s(u"Shenzhen"), s(u"深圳市"), s(u"Guangdong"), 14},
        {s(u"Guangzhou"), s(u"广州市"), s(u"Guangdong"), 14}, {s(u"Dongguan"), s(u"东莞市"), s(u"Guangdong"), 9},
        {s(u"Ningbo"), s(u"宁波市"), s(u"Zhejiang"), 7},      {s(u"Shantou"), s(u"汕头市"), s(u"Guangdong"), 5},
        {s(u"Quanzhou"), s(u"泉州市"), s(u"Fujian"), 6},      {s(u"Hangzhou"), s(u"杭州市"), s(u"Zhejiang"), 6},
        {s(u"Foshan"), s(u"佛山市"), s(u"Guangdong"), 6},     {s(u"Suzhou"), s(u"苏州市"), s(u"Jiangsu"), 5},
        {s(u"Xiamen"), s(u"厦门市"), s(u"Fujian"), 3},        {s(u"Wenzhou"), s(u"温州市"), s(u"Zhejiang"), 3},
        {s(u"Qingdao"), s(u"青岛市"), s(u"Shandong"), 2},     {s(u"Jinhua"), s(u"金华市"), s(u"Zhejiang"), 2},
    };
    return list;
}

const QList<Bilingual> &brandWords()
{
    static const QList<Bilingual> list{
        {s(u"Sunrise"), s(u"晨光")},      {s(u"Golden Bridge"), s(u"金桥")}, {s(u"Evergreen"), s(u"常青")},
        {s(u"Harmony"), s(u"和谐")},      {s(u"Rising Star"), s(u"新星")},   {s(u"Oriental"), s(u"东方")},
        {s(u"Bright Moon"), s(u"明月")},  {s(u"Jade"), s(u"翡翠")},          {s(u"Auspicious"), s(u"吉祥")},
        {s(u"Prosperity"), s(u"兴盛")},   {s(u"Fortune"), s(u"鸿运")},       {s(u"Blue Ocean"), s(u"蓝海")},
        {s(u"Silver Crane"), s(u"银鹤")}, {s(u"Red Lotus"), s(u"红莲")},     {s(u"Green Pine"), s(u"青松")},
        {s(u"Spring Breeze"), s(u"春风")}, {s(u"Great Wall"), s(u"长城")},   {s(u"Phoenix"), s(u"凤凰")},
        {s(u"Dragon Gate"), s(u"龙门")},  {s(u"Morning Star"), s(u"启明")},  {s(u"Tianyi"), s(u"天一")},
        {s(u"Huamei"), s(u"华美")},       {s(u"Xinyuan"), s(u"鑫源")},       {s(u"Hengda"), s(u"恒达")},
        {s(u"Jiahe"), s(u"嘉禾")},        {s(u"Ruifeng"), s(u"瑞丰")},       {s(u"Baisheng"), s(u"百盛")},
        {s(u"Yongxin"), s(u"永信")},      {s(u"Haotian"), s(u"昊天")},       {s(u"Mingrui"), s(u"明瑞")},
        {s(u"Hongtai"), s(u"宏泰")},      {s(u"Jinyu"), s(u"金玉")},         {s(u"Lianfa"), s(u"联发")},
        {s(u"Shengshi"), s(u"盛世")},     {s(u"Yuanda"), s(u"远大")},        {s(u"Kaixuan"), s(u"凯旋")},
    };
    return list;
}

const QList<Bilingual> &tradeWords()
{
    static const QList<Bilingual> list{
        {s(u"Trading"), s(u"贸易")},          {s(u"Import & Export"), s(u"进出口")}, {s(u"Textile"), s(u"纺织")},
        {s(u"Home Products"), s(u"家居用品")}, {s(u"Crafts"), s(u"工艺品")},         {s(u"Garment"), s(u"服饰")},
        {s(u"Houseware"), s(u"日用品")},      {s(u"Lighting"), s(u"照明")},          {s(u"Ceramics"), s(u"陶瓷")},
        {s(u"Bags & Luggage"), s(u"箱包")},   {s(u"Daily Necessities"), s(u"日用百货")}, {s(u"Accessories"), s(u"饰品")},
    };
    return list;
}

const QList<ProductKind> &productKinds()
{
    const QStringList ceramic{s(u"ceramic"), s(u"stoneware"), s(u"porcelain")};
    static const QList<ProductKind> list{
        // The eight kinds with demo media come first and are the most common, so that image and
        // video items always have products that look like their media.
        {s(u"mug"), s(u"home/kitchen"), {s(u"mug"), s(u"Tasse"), s(u"tasse"), s(u"taza")}, ceramic, 8, 12, 280, 420, 499, 1899, false},
        {s(u"tshirt"), s(u"fashion/tops"), {s(u"T-shirt"), s(u"T-Shirt"), s(u"t-shirt"), s(u"camiseta")}, {s(u"cotton"), s(u"organic cotton"), s(u"polyester")}, 60, 80, 140, 220, 699, 2999, false},
        {s(u"lamp"), s(u"home/lighting"), {s(u"table lamp"), s(u"Tischlampe"), s(u"lampe de table"), s(u"lámpara de mesa")}, {s(u"metal"), s(u"glass"), s(u"rattan")}, 25, 55, 900, 2600, 1999, 8999, true},
        {s(u"vase"), s(u"home/decor"), {s(u"vase"), s(u"Vase"), s(u"vase"), s(u"jarrón")}, {s(u"glass"), s(u"ceramic"), s(u"stoneware")}, 15, 40, 400, 1800, 899, 4999, false},
        {s(u"backpack"), s(u"fashion/bags"), {s(u"backpack"), s(u"Rucksack"), s(u"sac à dos"), s(u"mochila")}, {s(u"polyester"), s(u"canvas"), s(u"nylon")}, 38, 48, 450, 1100, 1499, 5999, false},
        {s(u"cushion"), s(u"home/textiles"), {s(u"cushion cover"), s(u"Kissenbezug"), s(u"housse de coussin"), s(u"funda de cojín")}, {s(u"linen"), s(u"velvet"), s(u"cotton")}, 40, 60, 120, 350, 599, 2499, false},
        {s(u"clock"), s(u"home/decor"), {s(u"wall clock"), s(u"Wanduhr"), s(u"horloge murale"), s(u"reloj de pared")}, {s(u"wood"), s(u"metal"), s(u"bamboo")}, 25, 50, 600, 1900, 1299, 5999, true},
        {s(u"tote"), s(u"fashion/bags"), {s(u"tote bag"), s(u"Tragetasche"), s(u"sac cabas"), s(u"bolso tote")}, {s(u"canvas"), s(u"cotton"), s(u"jute")}, 35, 45, 150, 400, 599, 2999, false},
        {QString(), s(u"fashion/accessories"), {s(u"scarf"), s(u"Schal"), s(u"écharpe"), s(u"bufanda")}, {s(u"wool"), s(u"silk"), s(u"acrylic")}, 150, 200, 90, 250, 799, 3999, false},
        {QString(), s(u"fashion/dresses"), {s(u"summer dress"), s(u"Sommerkleid"), s(u"robe d'été"), s(u"vestido de verano")}, {s(u"cotton"), s(u"linen"), s(u"viscose")}, 90, 120, 180, 400, 1499, 5999, false},
        {QString(), s(u"fashion/knitwear"), {s(u"sweater"), s(u"Pullover"), s(u"pull"), s(u"jersey")}, {s(u"wool"), s(u"acrylic"), s(u"cotton")}, 60, 75, 300, 650, 1999, 6999, false},
        {QString(), s(u"fashion/accessories"), {s(u"bucket hat"), s(u"Fischerhut"), s(u"bob"), s(u"sombrero de pescador")}, {s(u"cotton"), s(u"polyester")}, 30, 35, 60, 140, 599, 1999, false},
        {QString(), s(u"fashion/jewellery"), {s(u"pendant necklace"), s(u"Halskette"), s(u"collier"), s(u"collar")}, {s(u"stainless steel"), s(u"brass"), s(u"alloy")}, 40, 50, 10, 40, 399, 2999, false},
        {QString(), s(u"fashion/accessories"), {s(u"sunglasses"), s(u"Sonnenbrille"), s(u"lunettes de soleil"), s(u"gafas de sol")}, {s(u"acetate"), s(u"metal")}, 14, 15, 25, 45, 699, 3499, false},
        {QString(), s(u"fashion/bags"), {s(u"wallet"), s(u"Geldbörse"), s(u"portefeuille"), s(u"cartera")}, {s(u"leather"), s(u"vegan leather")}, 10, 20, 60, 160, 799, 3999, false},
        {QString(), s(u"home/decor"), {s(u"candle holder"), s(u"Kerzenhalter"), s(u"bougeoir"), s(u"candelabro")}, {s(u"glass"), s(u"brass"), s(u"ceramic")}, 8, 25, 150, 900, 499, 2999, false},
        {QString(), s(u"home/garden"), {s(u"planter"), s(u"Pflanztopf"), s(u"cache-pot"), s(u"maceta")}, {s(u"ceramic"), s(u"terracotta"), s(u"concrete")}, 12, 35, 400, 3000, 699, 3999, false},
        {QString(), s(u"home/textiles"), {s(u"throw blanket"), s(u"Kuscheldecke"), s(u"plaid"), s(u"manta")}, {s(u"cotton"), s(u"acrylic"), s(u"wool")}, 125, 180, 600, 1600, 1499, 5999, false},
        {QString(), s(u"home/kitchen"), {s(u"serving bowl"), s(u"Servierschüssel"), s(u"saladier"), s(u"ensaladera")}, ceramic, 18, 30, 500, 1400, 799, 3499, false},
        {QString(), s(u"home/kitchen"), {s(u"cutting board"), s(u"Schneidebrett"), s(u"planche à découper"), s(u"tabla de cortar")}, {s(u"bamboo"), s(u"wood")}, 30, 45, 500, 1500, 699, 2999, false},
        {QString(), s(u"home/lighting"), {s(u"string lights"), s(u"Lichterkette"), s(u"guirlande lumineuse"), s(u"guirnalda de luces")}, {s(u"copper wire"), s(u"plastic")}, 300, 1000, 100, 400, 599, 2499, true},
        {QString(), s(u"home/storage"), {s(u"storage basket"), s(u"Aufbewahrungskorb"), s(u"panier de rangement"), s(u"cesta de almacenaje")}, {s(u"seagrass"), s(u"cotton rope"), s(u"rattan")}, 25, 45, 300, 1200, 899, 3999, false},
        {QString(), s(u"home/decor"), {s(u"wall mirror"), s(u"Wandspiegel"), s(u"miroir mural"), s(u"espejo de pared")}, {s(u"glass"), s(u"metal"), s(u"rattan")}, 30, 80, 1200, 5000, 1999, 8999, false},
    };
    return list;
}

QString materialWord(const QString &en, int language)
{
    // en, de, fr, es
    static const QHash<QString, QStringList> table{
        {s(u"ceramic"), {s(u"ceramic"), s(u"Keramik"), s(u"céramique"), s(u"cerámica")}},
        {s(u"stoneware"), {s(u"stoneware"), s(u"Steinzeug"), s(u"grès"), s(u"gres")}},
        {s(u"porcelain"), {s(u"porcelain"), s(u"Porzellan"), s(u"porcelaine"), s(u"porcelana")}},
        {s(u"cotton"), {s(u"cotton"), s(u"Baumwolle"), s(u"coton"), s(u"algodón")}},
        {s(u"organic cotton"), {s(u"organic cotton"), s(u"Bio-Baumwolle"), s(u"coton bio"), s(u"algodón orgánico")}},
        {s(u"polyester"), {s(u"polyester"), s(u"Polyester"), s(u"polyester"), s(u"poliéster")}},
        {s(u"metal"), {s(u"metal"), s(u"Metall"), s(u"métal"), s(u"metal")}},
        {s(u"glass"), {s(u"glass"), s(u"Glas"), s(u"verre"), s(u"vidrio")}},
        {s(u"rattan"), {s(u"rattan"), s(u"Rattan"), s(u"rotin"), s(u"ratán")}},
        {s(u"canvas"), {s(u"canvas"), s(u"Canvas"), s(u"toile"), s(u"lona")}},
        {s(u"nylon"), {s(u"nylon"), s(u"Nylon"), s(u"nylon"), s(u"nailon")}},
        {s(u"linen"), {s(u"linen"), s(u"Leinen"), s(u"lin"), s(u"lino")}},
        {s(u"velvet"), {s(u"velvet"), s(u"Samt"), s(u"velours"), s(u"terciopelo")}},
        {s(u"wood"), {s(u"wood"), s(u"Holz"), s(u"bois"), s(u"madera")}},
        {s(u"bamboo"), {s(u"bamboo"), s(u"Bambus"), s(u"bambou"), s(u"bambú")}},
        {s(u"jute"), {s(u"jute"), s(u"Jute"), s(u"jute"), s(u"yute")}},
        {s(u"wool"), {s(u"wool"), s(u"Wolle"), s(u"laine"), s(u"lana")}},
        {s(u"silk"), {s(u"silk"), s(u"Seide"), s(u"soie"), s(u"seda")}},
        {s(u"acrylic"), {s(u"acrylic"), s(u"Acryl"), s(u"acrylique"), s(u"acrílico")}},
        {s(u"viscose"), {s(u"viscose"), s(u"Viskose"), s(u"viscose"), s(u"viscosa")}},
        {s(u"stainless steel"), {s(u"stainless steel"), s(u"Edelstahl"), s(u"acier inoxydable"), s(u"acero inoxidable")}},
        {s(u"brass"), {s(u"brass"), s(u"Messing"), s(u"laiton"), s(u"latón")}},
        {s(u"alloy"), {s(u"alloy"), s(u"Legierung"), s(u"alliage"), s(u"aleación")}},
        {s(u"acetate"), {s(u"acetate"), s(u"Acetat"), s(u"acétate"), s(u"acetato")}},
        {s(u"leather"), {s(u"genuine leather"), s(u"Echtleder"), s(u"cuir véritable"), s(u"piel auténtica")}},
        {s(u"vegan leather"), {s(u"vegan leather"), s(u"veganes Leder"), s(u"cuir végan"), s(u"piel vegana")}},
        {s(u"terracotta"), {s(u"terracotta"), s(u"Terrakotta"), s(u"terre cuite"), s(u"terracota")}},
        {s(u"concrete"), {s(u"concrete"), s(u"Beton"), s(u"béton"), s(u"hormigón")}},
        {s(u"copper wire"), {s(u"copper wire"), s(u"Kupferdraht"), s(u"fil de cuivre"), s(u"alambre de cobre")}},
        {s(u"plastic"), {s(u"plastic"), s(u"Kunststoff"), s(u"plastique"), s(u"plástico")}},
        {s(u"seagrass"), {s(u"seagrass"), s(u"Seegras"), s(u"jonc de mer"), s(u"junco marino")}},
        {s(u"cotton rope"), {s(u"cotton rope"), s(u"Baumwollseil"), s(u"corde de coton"), s(u"cuerda de algodón")}},
        {s(u"merino wool"), {s(u"100% merino wool"), s(u"100 % Merinowolle"), s(u"100 % laine mérinos"), s(u"100 % lana merino")}},
        {s(u"pure silk"), {s(u"pure mulberry silk"), s(u"reiner Maulbeerseide"), s(u"pure soie de mûrier"), s(u"pura seda de morera")}},
        {s(u"solid oak"), {s(u"solid oak"), s(u"massiver Eiche"), s(u"chêne massif"), s(u"roble macizo")}},
    };
    const auto it = table.constFind(en);
    return it == table.constEnd() ? en : it->value(language, en);
}

QStringList colours()
{
    return {s(u"white"), s(u"black"), s(u"sage green"), s(u"terracotta"), s(u"navy"), s(u"cream"), s(u"mustard"),
            s(u"dusty pink"), s(u"charcoal"), s(u"sky blue"), s(u"olive"), s(u"sand")};
}

QString colourWord(const QString &en, int language)
{
    static const QHash<QString, QStringList> table{
        {s(u"white"), {s(u"white"), s(u"Weiß"), s(u"blanc"), s(u"blanco")}},
        {s(u"black"), {s(u"black"), s(u"Schwarz"), s(u"noir"), s(u"negro")}},
        {s(u"sage green"), {s(u"sage green"), s(u"Salbeigrün"), s(u"vert sauge"), s(u"verde salvia")}},
        {s(u"terracotta"), {s(u"terracotta"), s(u"Terrakotta"), s(u"terracotta"), s(u"terracota")}},
        {s(u"navy"), {s(u"navy"), s(u"Marineblau"), s(u"bleu marine"), s(u"azul marino")}},
        {s(u"cream"), {s(u"cream"), s(u"Creme"), s(u"crème"), s(u"crema")}},
        {s(u"mustard"), {s(u"mustard"), s(u"Senfgelb"), s(u"moutarde"), s(u"mostaza")}},
        {s(u"dusty pink"), {s(u"dusty pink"), s(u"Altrosa"), s(u"vieux rose"), s(u"rosa palo")}},
        {s(u"charcoal"), {s(u"charcoal"), s(u"Anthrazit"), s(u"anthracite"), s(u"antracita")}},
        {s(u"sky blue"), {s(u"sky blue"), s(u"Himmelblau"), s(u"bleu ciel"), s(u"azul cielo")}},
        {s(u"olive"), {s(u"olive"), s(u"Olivgrün"), s(u"olive"), s(u"oliva")}},
        {s(u"sand"), {s(u"sand"), s(u"Sand"), s(u"sable"), s(u"arena")}},
    };
    const auto it = table.constFind(en);
    return it == table.constEnd() ? en : it->value(language, en);
}

const QStringList &titleAdjectives()
{
    static const QStringList list{s(u"Minimalist"), s(u"Vintage"), s(u"Nordic"), s(u"Boho"), s(u"Classic"),
                                  s(u"Handmade"), s(u"Modern"), s(u"Retro"), s(u"Rustic"), s(u"Essential"),
                                  s(u"Oversized"), s(u"Compact"), s(u"Scandi"), s(u"Coastal")};
    return list;
}

const QStringList &firstNames(const QString &market)
{
    static const QStringList en{s(u"Emma"), s(u"Olivia"), s(u"Liam"), s(u"Noah"), s(u"Ava"), s(u"Sophia"), s(u"James"),
                                s(u"Mia"), s(u"Lucas"), s(u"Charlotte"), s(u"Jack"), s(u"Amelia"), s(u"Ethan"), s(u"Grace")};
    static const QStringList de{s(u"Lena"), s(u"Jonas"), s(u"Lea"), s(u"Felix"), s(u"Hannah"), s(u"Lukas"), s(u"Marie"), s(u"Jürgen")};
    static const QStringList fr{s(u"Camille"), s(u"Louis"), s(u"Chloé"), s(u"Hugo"), s(u"Léa"), s(u"Jules"), s(u"Manon")};
    static const QStringList es{s(u"Lucía"), s(u"Hugo"), s(u"Martina"), s(u"Mateo"), s(u"Sofía"), s(u"Pablo"), s(u"Álvaro")};
    static const QStringList it{s(u"Giulia"), s(u"Lorenzo"), s(u"Sofia"), s(u"Matteo"), s(u"Aurora"), s(u"Leonardo")};
    static const QStringList nl{s(u"Sanne"), s(u"Daan"), s(u"Emma"), s(u"Sem"), s(u"Julia"), s(u"Bram")};
    if (market == QLatin1String("DE")) return de;
    if (market == QLatin1String("FR")) return fr;
    if (market == QLatin1String("ES")) return es;
    if (market == QLatin1String("IT")) return it;
    if (market == QLatin1String("NL")) return nl;
    return en;
}

const QStringList &lastNames(const QString &market)
{
    static const QStringList en{s(u"Smith"), s(u"Johnson"), s(u"Brown"), s(u"Taylor"), s(u"Wilson"), s(u"Martin"),
                                s(u"Thompson"), s(u"White"), s(u"Walker"), s(u"Nguyen"), s(u"Patel"), s(u"O'Brien"), s(u"Chen")};
    static const QStringList de{s(u"Müller"), s(u"Schmidt"), s(u"Schneider"), s(u"Fischer"), s(u"Weber"), s(u"Becker"), s(u"Schäfer")};
    static const QStringList fr{s(u"Martin"), s(u"Bernard"), s(u"Dubois"), s(u"Lefèvre"), s(u"Moreau"), s(u"Girard")};
    static const QStringList es{s(u"García"), s(u"Fernández"), s(u"López"), s(u"Martínez"), s(u"Sánchez"), s(u"Pérez")};
    static const QStringList it{s(u"Rossi"), s(u"Russo"), s(u"Ferrari"), s(u"Esposito"), s(u"Bianchi"), s(u"Romano")};
    static const QStringList nl{s(u"de Jong"), s(u"Jansen"), s(u"de Vries"), s(u"van den Berg"), s(u"Bakker"), s(u"Visser")};
    if (market == QLatin1String("DE")) return de;
    if (market == QLatin1String("FR")) return fr;
    if (market == QLatin1String("ES")) return es;
    if (market == QLatin1String("IT")) return it;
    if (market == QLatin1String("NL")) return nl;
    return en;
}

const QStringList &originHubs()
{
    static const QStringList list{s(u"Yiwu, CN"), s(u"Shenzhen, CN"), s(u"Guangzhou, CN"), s(u"Hong Kong, HK"),
                                  s(u"Ningbo, CN")};
    return list;
}

QString destinationHub(const QString &country)
{
    static const QHash<QString, QString> hubs{
        {s(u"US"), s(u"Los Angeles, US")}, {s(u"CA"), s(u"Vancouver, CA")},  {s(u"GB"), s(u"London Heathrow, GB")},
        {s(u"DE"), s(u"Frankfurt, DE")},   {s(u"FR"), s(u"Paris CDG, FR")},  {s(u"NL"), s(u"Amsterdam, NL")},
        {s(u"IT"), s(u"Milan, IT")},       {s(u"ES"), s(u"Madrid, ES")},     {s(u"AU"), s(u"Sydney, AU")},
    };
    return hubs.value(country, country);
}

} // namespace wk::platform::names
