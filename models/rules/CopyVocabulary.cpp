#include "rules/CopyVocabulary.h"

#include <QMutex>
#include <algorithm>

namespace wk::copyvocab {

namespace {

QString s(const char16_t *text) { return QString::fromUtf16(text); }

const QStringList &languages()
{
    static const QStringList list{s(u"en"), s(u"de"), s(u"fr"), s(u"es"), s(u"zh")};
    return list;
}

// canonical material → words per language (en, de, fr, es, zh), synonyms separated by '|'.
// The generator's vocabulary (app/platform/generator/NameBank.cpp) plus the usual alternatives.
struct MaterialWords {
    const char16_t *canonical;
    const char16_t *parent;   // the more general material it implies, or nullptr
    const char16_t *words[5];
};
const MaterialWords kMaterials[] = {
    {u"ceramic", nullptr, {u"ceramic", u"Keramik", u"céramique", u"cerámica", u"陶瓷"}},
    {u"stoneware", u"ceramic", {u"stoneware", u"Steinzeug", u"grès", u"gres", u"炻器"}},
    {u"porcelain", u"ceramic", {u"porcelain|bone china", u"Porzellan", u"porcelaine", u"porcelana", u"瓷|骨瓷"}},
    {u"terracotta", u"ceramic", {u"terracotta", u"Terrakotta", u"terre cuite", u"terracota", u"赤陶"}},
    {u"cotton", nullptr, {u"cotton", u"Baumwolle", u"coton", u"algodón", u"棉|纯棉"}},
    {u"organic cotton", u"cotton", {u"organic cotton", u"Bio-Baumwolle|Biobaumwolle", u"coton bio|coton biologique", u"algodón orgánico", u"有机棉"}},
    {u"cotton rope", u"cotton", {u"cotton rope", u"Baumwollseil", u"corde de coton", u"cuerda de algodón", u"棉绳"}},
    {u"polyester", nullptr, {u"polyester", u"Polyester", u"polyester", u"poliéster", u"涤纶|聚酯纤维"}},
    {u"nylon", nullptr, {u"nylon", u"Nylon", u"nylon", u"nailon|nylon", u"尼龙"}},
    {u"acrylic", nullptr, {u"acrylic", u"Acryl", u"acrylique", u"acrílico", u"腈纶|亚克力"}},
    {u"viscose", nullptr, {u"viscose|rayon", u"Viskose", u"viscose", u"viscosa", u"粘胶|人造丝"}},
    {u"linen", nullptr, {u"linen", u"Leinen", u"lin", u"lino", u"亚麻"}},
    {u"velvet", nullptr, {u"velvet", u"Samt", u"velours", u"terciopelo", u"天鹅绒"}},
    {u"canvas", nullptr, {u"canvas", u"Canvas|Segeltuch", u"toile", u"lona", u"帆布"}},
    {u"jute", nullptr, {u"jute", u"Jute", u"jute", u"yute", u"黄麻"}},
    {u"wool", nullptr, {u"wool", u"Wolle", u"laine", u"lana", u"羊毛"}},
    {u"merino wool", u"wool", {u"merino wool|merino", u"Merinowolle|Merino", u"laine mérinos|mérinos", u"lana merino|merino", u"美利奴羊毛|美利奴"}},
    {u"cashmere", u"wool", {u"cashmere", u"Kaschmir", u"cachemire", u"cachemira", u"羊绒|山羊绒"}},
    {u"silk", nullptr, {u"silk", u"Seide", u"soie", u"seda", u"丝绸|真丝"}},
    {u"pure silk", u"silk", {u"pure mulberry silk|mulberry silk|pure silk", u"reiner Maulbeerseide|Maulbeerseide|reine Seide", u"pure soie de mûrier|soie de mûrier|pure soie", u"pura seda de morera|seda de morera|pura seda", u"桑蚕丝"}},
    {u"leather", nullptr, {u"genuine leather|real leather|leather", u"Echtleder|Leder", u"cuir véritable|cuir", u"piel auténtica|cuero", u"真皮|皮革"}},
    {u"vegan leather", nullptr, {u"vegan leather|faux leather|PU leather", u"veganes Leder|Kunstleder", u"cuir végan|similicuir", u"piel vegana|cuero sintético", u"人造革|PU皮"}},
    {u"wood", nullptr, {u"wood|wooden", u"Holz", u"bois", u"madera", u"木|实木"}},
    {u"solid oak", u"wood", {u"solid oak|oak", u"massiver Eiche|Massiveiche|Eiche", u"chêne massif|chêne", u"roble macizo|roble", u"橡木|实木橡木"}},
    {u"bamboo", nullptr, {u"bamboo", u"Bambus", u"bambou", u"bambú", u"竹"}},
    {u"rattan", nullptr, {u"rattan", u"Rattan", u"rotin", u"ratán", u"藤"}},
    {u"seagrass", nullptr, {u"seagrass", u"Seegras", u"jonc de mer", u"junco marino", u"海草"}},
    {u"metal", nullptr, {u"metal", u"Metall", u"métal", u"metal", u"金属"}},
    {u"stainless steel", u"metal", {u"stainless steel", u"Edelstahl", u"acier inoxydable", u"acero inoxidable", u"不锈钢"}},
    {u"brass", u"metal", {u"brass", u"Messing", u"laiton", u"latón", u"黄铜"}},
    {u"alloy", u"metal", {u"alloy", u"Legierung", u"alliage", u"aleación", u"合金"}},
    {u"copper wire", u"metal", {u"copper wire", u"Kupferdraht", u"fil de cuivre", u"alambre de cobre", u"铜线"}},
    {u"gold", u"metal", {u"solid gold|18k gold|gold", u"Massivgold|Gold", u"or massif", u"oro macizo", u"纯金|黄金"}},
    {u"glass", nullptr, {u"glass", u"Glas", u"verre", u"vidrio", u"玻璃"}},
    {u"acetate", nullptr, {u"acetate", u"Acetat", u"acétate", u"acetato", u"醋酸纤维"}},
    {u"concrete", nullptr, {u"concrete", u"Beton", u"béton", u"hormigón", u"混凝土"}},
    {u"plastic", nullptr, {u"plastic", u"Kunststoff|Plastik", u"plastique", u"plástico", u"塑料"}},
};

// Matches `alternatives` as whole words (Latin scripts) or as they stand (Chinese, no spaces).
QRegularExpression wordsRegex(QStringList alternatives, bool chinese, bool caseSensitive = false)
{
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });   // longest first
    for (QString &a : alternatives)
        a = QRegularExpression::escape(a).replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    QString pattern = QLatin1Char('(') + alternatives.join(QLatin1Char('|')) + QLatin1Char(')');
    if (!chinese)
        pattern = QLatin1String("(?<![\\p{L}\\p{N}])") + pattern + QLatin1String("(?![\\p{L}\\p{N}])");
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!caseSensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    QRegularExpression regex(pattern, options);
    regex.optimize();
    return regex;
}

int languageIndex(const QString &language)
{
    const qsizetype i = languages().indexOf(language);
    return i < 0 ? 0 : int(i);
}

} // namespace

const MaterialMatcher &materials(const QString &language)
{
    static QMutex mutex;
    static QHash<int, MaterialMatcher> cache;
    const int index = languageIndex(language);
    const QMutexLocker lock(&mutex);
    auto it = cache.find(index);
    if (it == cache.end()) {
        MaterialMatcher matcher;
        QStringList all;
        for (const MaterialWords &m : kMaterials) {
            // English material words are common in other languages' copy too ("Canvas", "Nylon").
            QStringList words = QString::fromUtf16(m.words[index]).split(QLatin1Char('|'));
            if (index != 0 && index != 4)
                words += QString::fromUtf16(m.words[0]).split(QLatin1Char('|'));
            for (const QString &w : std::as_const(words)) {
                const QString key = w.toLower();
                if (!matcher.canonical.contains(key)) {
                    matcher.canonical.insert(key, QString::fromUtf16(m.canonical));
                    all << w;
                }
            }
        }
        matcher.regex = wordsRegex(all, index == 4);
        it = cache.insert(index, matcher);
    }
    return *it;
}

bool materialBacks(const QString &actual, const QString &mentioned)
{
    // Walk up from what the product is made of: each step is implied by the one before.
    QString current = actual.trimmed().toLower();
    for (int guard = 0; guard < 4 && !current.isEmpty(); ++guard) {
        if (current == mentioned)
            return true;
        QString parent;
        for (const MaterialWords &m : kMaterials)
            if (current == QString::fromUtf16(m.canonical) && m.parent)
                parent = QString::fromUtf16(m.parent);
        current = parent;
    }
    return false;
}

const QRegularExpression &certificationMarks()
{
    // Marks are upper case; ASCII letter boundaries so that "CE认证" matches in Chinese too.
    static const QRegularExpression regex(
        s(u"(?<![A-Za-z0-9])(CE|UKCA|FCC|RoHS|REACH|UL|ETL|GS|TÜV|FDA|CCC|OEKO-TEX|FSC|GOTS|EN\\s?71)(?![A-Za-z0-9])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return regex;
}

const QRegularExpression &brandNames()
{
    static const QRegularExpression regex = wordsRegex(
        {s(u"Louis Vuitton"), s(u"Louis-Vuitton"), s(u"Gucci"), s(u"Chanel"), s(u"Hermès"), s(u"Hermes"), s(u"Prada"),
         s(u"Dior"), s(u"Burberry"), s(u"Cartier"), s(u"Rolex"), s(u"Nike"), s(u"Adidas"), s(u"Apple"), s(u"Disney"),
         s(u"IKEA"), s(u"Dyson"), s(u"Ray-Ban"), s(u"LEGO"), s(u"Pokémon"), s(u"Marvel"), s(u"Le Creuset"),
         s(u"路易威登"), s(u"古驰"), s(u"香奈儿"), s(u"爱马仕")},
        false, true);
    return regex;
}

const QList<ClaimPattern> &claims(const QString &language)
{
    using K = CopyFinding::Kind;
    static const QHash<QString, QList<std::pair<K, QStringList>>> words{
        {s(u"en"),
         {{K::Medical, {s(u"cure"), s(u"cures"), s(u"cured"), s(u"heal"), s(u"heals"), s(u"healing"), s(u"treats"),
                        s(u"therapeutic"), s(u"pain relief"), s(u"relieves pain"), s(u"relieves"), s(u"clinically proven"),
                        s(u"clinically tested"), s(u"medical grade"), s(u"medical-grade"), s(u"FDA approved"),
                        s(u"antibacterial"), s(u"anti-bacterial"), s(u"antiviral"), s(u"kills germs"), s(u"detox"),
                        s(u"boosts immunity"), s(u"prevents disease")}},
          {K::Absolute, {s(u"100% waterproof"), s(u"100 % waterproof"), s(u"completely waterproof"), s(u"fireproof"),
                         s(u"bulletproof"), s(u"unbreakable"), s(u"indestructible"), s(u"never fades"),
                         s(u"lifetime guarantee"), s(u"guaranteed results"), s(u"best in the world")}},
          {K::Environmental, {s(u"eco-friendly"), s(u"eco friendly"), s(u"environmentally friendly"), s(u"biodegradable"),
                              s(u"compostable"), s(u"carbon neutral"), s(u"carbon-neutral"), s(u"climate neutral"),
                              s(u"non-toxic"), s(u"non toxic"), s(u"chemical-free"), s(u"100% natural"), s(u"sustainable")}}}},
        {s(u"de"),
         {{K::Medical, {s(u"heilt"), s(u"heilen"), s(u"heilend"), s(u"lindert"), s(u"Linderung"), s(u"therapeutisch"),
                        s(u"klinisch getestet"), s(u"klinisch erwiesen"), s(u"klinisch bewiesen"), s(u"antibakteriell"),
                        s(u"antiviral"), s(u"medizinisch"), s(u"gegen Schmerzen")}},
          {K::Absolute, {s(u"100 % wasserdicht"), s(u"100% wasserdicht"), s(u"vollständig wasserdicht"), s(u"feuerfest"),
                         s(u"unzerbrechlich"), s(u"unkaputtbar"), s(u"lebenslange Garantie"), s(u"garantiert")}},
          {K::Environmental, {s(u"umweltfreundlich"), s(u"biologisch abbaubar"), s(u"kompostierbar"), s(u"klimaneutral"),
                              s(u"CO2-neutral"), s(u"schadstofffrei"), s(u"ungiftig"), s(u"nachhaltig"), s(u"100 % natürlich")}}}},
        {s(u"fr"),
         {{K::Medical, {s(u"guérit"), s(u"guérir"), s(u"soigne"), s(u"soulage"), s(u"thérapeutique"),
                        s(u"cliniquement prouvé"), s(u"cliniquement testé"), s(u"antibactérien"), s(u"antibactérienne"),
                        s(u"antiviral"), s(u"médical")}},
          {K::Absolute, {s(u"100 % étanche"), s(u"100% étanche"), s(u"totalement étanche"), s(u"ignifuge"),
                         s(u"incassable"), s(u"indestructible"), s(u"garantie à vie"), s(u"garanti à vie")}},
          {K::Environmental, {s(u"écologique"), s(u"respectueux de l'environnement"), s(u"biodégradable"),
                              s(u"compostable"), s(u"neutre en carbone"), s(u"non toxique"), s(u"sans produits chimiques"),
                              s(u"100 % naturel")}}}},
        {s(u"es"),
         {{K::Medical, {s(u"cura"), s(u"curar"), s(u"sana"), s(u"alivia"), s(u"terapéutico"), s(u"terapéutica"),
                        s(u"clínicamente probado"), s(u"clínicamente comprobado"), s(u"antibacteriano"), s(u"antiviral")}},
          {K::Absolute, {s(u"100 % impermeable"), s(u"100% impermeable"), s(u"totalmente impermeable"), s(u"ignífugo"),
                         s(u"irrompible"), s(u"indestructible"), s(u"garantía de por vida")}},
          {K::Environmental, {s(u"ecológico"), s(u"ecológica"), s(u"respetuoso con el medio ambiente"), s(u"biodegradable"),
                              s(u"compostable"), s(u"neutro en carbono"), s(u"no tóxico"), s(u"sostenible"),
                              s(u"100 % natural")}}}},
        {s(u"zh"),
         {{K::Medical, {s(u"治愈"), s(u"治疗"), s(u"根治"), s(u"包治"), s(u"疗效"), s(u"缓解疼痛"), s(u"止痛"), s(u"医用"),
                        s(u"医疗级"), s(u"抗菌"), s(u"杀菌"), s(u"消炎"), s(u"排毒")}},
          {K::Absolute, {s(u"100%防水"), s(u"100％防水"), s(u"完全防水"), s(u"防火"), s(u"永不褪色"), s(u"终身保修"),
                         s(u"最好"), s(u"最佳"), s(u"第一"), s(u"顶级"), s(u"国家级")}},
          {K::Environmental, {s(u"环保"), s(u"可降解"), s(u"无毒"), s(u"碳中和"), s(u"纯天然")}}}},
    };
    static QMutex mutex;
    static QHash<QString, QList<ClaimPattern>> cache;
    const QString lang = languages().contains(language) ? language : s(u"en");
    const QMutexLocker lock(&mutex);
    auto it = cache.find(lang);
    if (it == cache.end()) {
        QList<ClaimPattern> patterns;
        for (const auto &[kind, list] : words.value(lang)) {
            // "100% waterproof": the boundary check must not need a letter before the digit.
            patterns.append({kind, wordsRegex(list, lang == QLatin1String("zh"))});
        }
        it = cache.insert(lang, patterns);
    }
    return *it;
}

const QRegularExpression &measurements()
{
    static const QRegularExpression regex(
        s(u"(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)?)\\s?(mm|cm|m|kg|g|毫米|厘米|公分|米|公斤|千克|克)(?![\\p{Latin}])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return regex;
}

} // namespace wk::copyvocab
