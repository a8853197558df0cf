// Legible at 200 % scaling (run with QT_SCALE_FACTOR=2): the window with every desk and the dialogs
// show no clipped text, also at the size a 1920×1080 screen has at 200 % (960×540), and render
// at twice the pixels. Set WK_UI_DUMP_DIR to keep the screenshots.
#include "LayoutAudit.h"

#include "common/AboutDialog.h"
#include "common/LayoutFit.h"
#include "common/MainWindow.h"
#include "common/SettingsDialog.h"
#include "common/ShortcutsDialog.h"
#include "common/StandardDesks.h"
#include "common/WelcomeDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStandardPaths>
#include <QTest>

#include <memory>

class TestHighDpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void window_data();
    void window();
    void dialogs_data();
    void dialogs();

private:
    static void dump(QWidget &widget, const QString &name);
};

void TestHighDpi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("2"));
    QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0);
}

void TestHighDpi::window_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1080p at 200%") << QSize(960, 540);
}

void TestHighDpi::window()
{
    QFETCH(QSize, size);
    wk::MainWindow window;
    for (auto &desk : wk::createStandardDesks())
        window.addDesk(std::move(desk));
    const QSize minimum = window.minimumSizeHint();
    QVERIFY2(minimum.width() <= size.width() && minimum.height() <= size.height(),
             qPrintable(QStringLiteral("the window needs at least %1×%2").arg(minimum.width()).arg(minimum.height())));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    for (int i = 0; i < window.deskCount(); ++i) {
        window.setCurrentDesk(i);
        QCoreApplication::processEvents();
        problems += wk::test::clippedWidgets(window);
        const QPixmap shot = window.grab();
        QCOMPARE(shot.devicePixelRatio(), 2.0);
        QCOMPARE(shot.size(), window.size() * 2);
        dump(window, QStringLiteral("200-%1-%2").arg(QString::fromLatin1(QTest::currentDataTag()).section(u' ', 0, 0),
                                                     window.desk(i)->key()));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestHighDpi::dialogs_data()
{
    QTest::addColumn<QString>("which");
    for (const char *which : {"settings", "settings-error", "about", "shortcuts", "welcome", "welcome-result"})
        QTest::newRow(which) << QString::fromLatin1(which);
}

void TestHighDpi::dialogs()
{
    QFETCH(QString, which);
    wk::MainWindow window;
    std::unique_ptr<QWidget> dialog;
    if (which.startsWith(QStringLiteral("settings"))) {
        auto settings = std::make_unique<wk::SettingsDialog>(wk::ConnectionSettings{}, &window);
        if (which == QStringLiteral("settings-error"))
            settings->findChild<QLineEdit *>(QStringLiteral("platformUrl"))->setText(QStringLiteral("http://10.1.2.3"));
        dialog = std::move(settings);
    } else if (which == QStringLiteral("about")) {
        dialog = std::make_unique<wk::AboutDialog>(&window);
    } else if (which == QStringLiteral("shortcuts")) {
        dialog = std::make_unique<wk::ShortcutsDialog>(window.shortcutActions(), &window);
    } else {
        dialog = std::make_unique<wk::WelcomeDialog>(&window);
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    if (which == QStringLiteral("welcome-result")) {
        // The longest sentence the test can show, as it appears after a failed test.
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
        result->setText(QStringLiteral("✗ The secure connection (TLS) to platform.example.com:8443 failed: SSL "
                                       "handshake failed: The certificate is self-signed, and untrusted. Check that "
                                       "the address is right and that the platform's certificate is valid."));
        result->show();
        wk::growToFitHeight(*dialog);
    }
    const QStringList problems = wk::test::clippedWidgets(*dialog);
    dump(*dialog, QStringLiteral("200-%1").arg(which));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestHighDpi::dump(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WK_UI_DUMP_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QTEST_MAIN(TestHighDpi)
#include "test_highdpi.moc"
