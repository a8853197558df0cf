// Every string is translated into German and Simplified Chinese: the .ts sources are complete, and
// the compiled .qm files embedded in watchkeeper_ui translate what the console shows.
#include "common/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void qmTranslatesKnownStrings_data();
    void qmTranslatesKnownStrings();
    void installFollowsLocale_data();
    void installFollowsLocale();
};

namespace {
QString sourceDir()
{
    const QByteArray dir = qgetenv("WK_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(".") : QString::fromLocal8Bit(dir);
}
} // namespace

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : wk::availableTranslations())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, language);
    QFile file(sourceDir() + QStringLiteral("/translations/watchkeeper_") + language + QStringLiteral(".ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));

    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList problems;
    int messages = 0;
    // A lost %1 drops a value from the sentence; a lost & drops a menu's Alt key.
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+"));
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        // A numerus translation holds one form per plural (German: two), each with the same
        // placeholders as the source.
        found.removeDuplicates();
        return found;
    };
    const auto hasMnemonic = [](QString text) { return text.remove(QStringLiteral("&&")).contains(QLatin1Char('&')); };
    QString tsLanguage;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            tsLanguage = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                problems << QStringLiteral("%1 / %2: %3").arg(context, source, type);
            else if (text.trimmed().isEmpty())
                problems << QStringLiteral("%1 / %2: empty").arg(context, source);
            else if (placeholders(text) != placeholders(source))
                problems << QStringLiteral("%1 / %2: placeholders differ in \"%3\"").arg(context, source, text);
            else if (hasMnemonic(text) != hasMnemonic(source))
                problems << QStringLiteral("%1 / %2: mnemonic (&) missing or extra in \"%3\"").arg(context, source, text);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(tsLanguage, language);
    QVERIFY2(messages > 20, "the .ts file looks empty; run the watchkeeper_ui_lupdate target");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::qmTranslatesKnownStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("de desk") << QStringLiteral("de") << QStringLiteral("wk::ReviewDesk") << QStringLiteral("Review")
                             << QStringLiteral("Prüfung");
    QTest::newRow("de status") << QStringLiteral("de") << QStringLiteral("wk::MainWindow")
                               << QStringLiteral("Not connected") << QStringLiteral("Nicht verbunden");
    QTest::newRow("de storage") << QStringLiteral("de") << QStringLiteral("wk::Migrator")
                                << QStringLiteral("Cannot read the migration %1.")
                                << QStringLiteral("Die Migration %1 kann nicht gelesen werden.");
    QTest::newRow("zh desk") << QStringLiteral("zh_CN") << QStringLiteral("wk::ReviewDesk")
                             << QStringLiteral("Review") << QStringLiteral("审核");
    QTest::newRow("zh status") << QStringLiteral("zh_CN") << QStringLiteral("wk::MainWindow")
                               << QStringLiteral("Not connected") << QStringLiteral("未连接");
    QTest::newRow("zh storage") << QStringLiteral("zh_CN") << QStringLiteral("wk::Migrator")
                                << QStringLiteral("Cannot read the migration %1.")
                                << QStringLiteral("无法读取迁移文件 %1。");
}

void TestTranslations::qmTranslatesKnownStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);

    QTranslator translator;
    QVERIFY2(translator.load(wk::translationResource(language)), qPrintable(wk::translationResource(language)));
    QCOMPARE(translator.language(), language);
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TestTranslations::installFollowsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("de");
    QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("en");
}

void TestTranslations::installFollowsLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCoreApplication &app = *QCoreApplication::instance();
    QCOMPARE(wk::installTranslators(app, QLocale(locale)), expected);
    // Undo, so that each row starts from English.
    const auto translators = app.findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(QCoreApplication::translate("wk::MainWindow", "Not connected"), QStringLiteral("Not connected"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
