// German is long and Chinese needs CJK glyphs: in every language, no label or button of the window
// and the dialogs is narrower than its text. Set WK_UI_DUMP_DIR to also save what was checked as PNGs.
#include "common/AboutDialog.h"
#include "common/MainWindow.h"
#include "common/SettingsDialog.h"
#include "common/ShortcutsDialog.h"
#include "common/StandardDesks.h"
#include "common/Translations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

class TestTranslatedLayouts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void nothingIsClipped_data();
    void nothingIsClipped();
    void cjkGlyphsAreAvailable();

private:
    static QStringList clippedWidgets(const QWidget &top);
    static void dump(QWidget &widget, const QString &name);
    std::unique_ptr<QTranslator> m_translator;
};

void TestTranslatedLayouts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_translatedlayouts"));
}

void TestTranslatedLayouts::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestTranslatedLayouts::nothingIsClipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("what");
    for (const char *language : {"en", "de", "zh_CN"}) {
        for (const char *what : {"window", "settings", "settings-error", "settings-insecure", "about", "shortcuts"})
            QTest::addRow("%s %s", language, what) << QString::fromLatin1(language) << QString::fromLatin1(what);
    }
}

void TestTranslatedLayouts::nothingIsClipped()
{
    QFETCH(QString, language);
    QFETCH(QString, what);
    if (language != QStringLiteral("en")) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(wk::translationResource(language)));
        QCoreApplication::installTranslator(m_translator.get());
    }

    wk::MainWindow window;
    for (auto &desk : wk::createStandardDesks())
        window.addDesk(std::move(desk));
    std::unique_ptr<QWidget> top;
    if (what == QStringLiteral("window")) {
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        for (int i = 0; i < window.deskCount(); ++i) {
            window.setCurrentDesk(i);
            problems += clippedWidgets(window);
            dump(window, QStringLiteral("%1-window-%2").arg(language).arg(i));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        return;
    }
    if (what.startsWith(QStringLiteral("settings"))) {
        auto dialog = std::make_unique<wk::SettingsDialog>(wk::ConnectionSettings{}, &window);
        // With the error sentence, and with the warning that ticking the box brings up.
        if (what != QStringLiteral("settings"))
            dialog->findChild<QLineEdit *>(QStringLiteral("platformUrl"))->setText(QStringLiteral("http://10.1.2.3"));
        if (what == QStringLiteral("settings-insecure"))
            dialog->findChild<QCheckBox *>(QStringLiteral("allowUnencrypted"))->setChecked(true);
        top = std::move(dialog);
    } else if (what == QStringLiteral("about")) {
        top = std::make_unique<wk::AboutDialog>(&window);
    } else {
        top = std::make_unique<wk::ShortcutsDialog>(window.shortcutActions(), &window);
    }
    top->show();
    QVERIFY(QTest::qWaitForWindowExposed(top.get()));
    const QStringList problems = clippedWidgets(*top);
    dump(*top, QStringLiteral("%1-%2").arg(language, what));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslatedLayouts::cjkGlyphsAreAvailable()
{
    // Without a CJK font the Chinese UI would be boxes; the screenshots and CI need one installed.
    QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
             "no font with Simplified Chinese glyphs is installed (fonts-noto-cjk)");
    QFontMetrics metrics(QFont(QFontDatabase::families(QFontDatabase::SimplifiedChinese).constFirst()));
    for (const QChar c : QStringLiteral("审核履约供应商同步"))
        QVERIFY(metrics.inFont(c));
}

QStringList TestTranslatedLayouts::clippedWidgets(const QWidget &top)
{
    QStringList problems;
    const auto describe = [](const QWidget *w, const QString &text) {
        return QStringLiteral("%1 \"%2\" (%3)").arg(QString::fromLatin1(w->metaObject()->className()), text,
                                                   w->objectName());
    };
    for (const QLabel *label : top.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&top) || label->text().isEmpty())
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                problems << describe(label, label->text()) + QStringLiteral(": %1 px high, needs %2")
                                                                 .arg(label->height())
                                                                 .arg(needed);
        } else if (label->width() < label->minimumSizeHint().width()) {
            problems << describe(label, label->text()) + QStringLiteral(": %1 px wide, needs %2")
                                                             .arg(label->width())
                                                             .arg(label->minimumSizeHint().width());
        }
    }
    for (const QAbstractButton *button : top.findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(&top) || button->text().isEmpty())
            continue;
        // An icon-only tool button (a line edit's clear button) keeps its text for screen readers only.
        if (const auto *tool = qobject_cast<const QToolButton *>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        if (button->width() < button->sizeHint().width() - 1)
            problems << describe(button, button->text()) + QStringLiteral(": %1 px wide, needs %2")
                                                               .arg(button->width())
                                                               .arg(button->sizeHint().width());
    }
    return problems;
}

void TestTranslatedLayouts::dump(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WK_UI_DUMP_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QTEST_MAIN(TestTranslatedLayouts)
#include "test_translatedlayouts.moc"
