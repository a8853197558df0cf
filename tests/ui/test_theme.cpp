// Light and dark follow the OS through the palette: colours that carry meaning keep their contrast
// on both, and the window and dialogs follow a palette switch while open (as when the OS switches).
// Set WK_UI_DUMP_DIR to keep screenshots of the dark window and dialog.
#include "common/MainWindow.h"
#include "common/StandardDesks.h"
#include "common/Theme.h"
#include "common/ToneLabel.h"
#include "common/WelcomeDialog.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_light = QApplication::style()->standardPalette();
    }
    void cleanup() { QApplication::setPalette(m_light); }

    void tonesAreLegible_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("tone");
        for (const bool dark : {false, true}) {
            for (const wk::Tone tone : {wk::Tone::Neutral, wk::Tone::Good, wk::Tone::Warning, wk::Tone::Danger,
                                        wk::Tone::Info})
                QTest::addRow("%s tone %d", dark ? "dark" : "light", int(tone)) << dark << int(tone);
        }
    }
    void tonesAreLegible()
    {
        QFETCH(bool, dark);
        QFETCH(int, tone);
        const QPalette palette = dark ? darkPalette() : m_light;
        QCOMPARE(wk::isDark(palette), dark);
        const QColor colour = wk::toneColor(wk::Tone(tone), palette);
        for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            const double ratio = wk::contrastRatio(colour, palette.color(role));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: contrast %3, needs 4.5")
                                                  .arg(colour.name(), palette.color(role).name())
                                                  .arg(ratio)));
        }
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(wk::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(wk::contrastRatio(Qt::red, Qt::red), 1.0);
    }

    // The OS switches to dark while the window and a dialog are open.
    void followsAPaletteSwitch()
    {
        wk::MainWindow window;
        for (auto &desk : wk::createStandardDesks())
            window.addDesk(std::move(desk));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        wk::WelcomeDialog dialog(&window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *switcher = window.findChild<QWidget *>(QStringLiteral("deskSwitcher"));
        QVERIFY(switcher);
        QVERIFY(switcher->styleSheet().contains(m_light.color(QPalette::Window).name()));

        wk::ToneLabel label(&dialog);
        label.setTone(wk::Tone::Danger);
        QCOMPARE(label.palette().color(QPalette::WindowText), wk::toneColor(wk::Tone::Danger, m_light));

        QApplication::setPalette(darkPalette());
        // Restyling waits until every widget has heard of the new palette.
        QTRY_VERIFY2(switcher->styleSheet().contains(darkPalette().color(QPalette::Window).name()),
                     qPrintable(switcher->styleSheet()));
        QCOMPARE(label.palette().color(QPalette::WindowText), wk::toneColor(wk::Tone::Danger, darkPalette()));
        QVERIFY(wk::isDark(window.palette()));
        QVERIFY(wk::isDark(dialog.palette()));
        dump(window, QStringLiteral("dark-window"));
        dump(dialog, QStringLiteral("dark-welcome"));
    }

private:
    static void dump(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("WK_UI_DUMP_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    QPalette m_light;
};

QTEST_MAIN(TestTheme)
#include "test_theme.moc"
