// The first run (app/console/FirstRun): when the welcome dialog shows, and what its choice leaves
// behind for later runs. Tests and --demo/--server/--screenshot never see it.
#include "FirstRun.h"

#include "common/SettingsSchema.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void offered_data();
    void offered();
    void choosingTheDemoIsRemembered();
    void notNowAsksAgain();

private:
    QTemporaryDir m_dir;
};

void TestFirstRun::offered_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("noWelcomeEnv");
    QTest::addColumn<bool>("offered");
    const QStringList none{QStringLiteral("watchkeeper")};
    QTest::newRow("first run") << none << "" << false << true;
    QTest::newRow("--demo") << QStringList{QStringLiteral("watchkeeper"), QStringLiteral("--demo")} << "" << false << false;
    QTest::newRow("--server") << QStringList{QStringLiteral("watchkeeper"), QStringLiteral("--server"),
                                             QStringLiteral("https://p.example")} << "" << false << false;
    QTest::newRow("--screenshot") << QStringList{QStringLiteral("watchkeeper"), QStringLiteral("--screenshot"),
                                                 QStringLiteral("x.png")} << "" << false << false;
    QTest::newRow("WK_NO_WELCOME") << none << "" << true << false;
    QTest::newRow("set up: demo") << none << "demo" << false << false;
    QTest::newRow("set up: remote") << none << "remote" << false << false;
}

void TestFirstRun::offered()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mode);
    QFETCH(bool, noWelcomeEnv);
    QFETCH(bool, offered);
    QSettings settings(m_dir.filePath(QStringLiteral("offered.ini")), QSettings::IniFormat);
    settings.clear();
    if (!mode.isEmpty())
        settings.setValue(wk::settingsKeys::sessionMode, mode);
    if (noWelcomeEnv)
        qputenv("WK_NO_WELCOME", "1");
    else
        qunsetenv("WK_NO_WELCOME");
    const auto options = wk::console::parseCommandLine(arguments);
    QCOMPARE(wk::console::shouldOfferWelcome(options, settings), offered);
    qunsetenv("WK_NO_WELCOME");
}

void TestFirstRun::choosingTheDemoIsRemembered()
{
    QSettings settings(m_dir.filePath(QStringLiteral("demo.ini")), QSettings::IniFormat);
    settings.clear();
    // The user clicks "Open the demo" in the modal dialog.
    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openDemo")), Qt::LeftButton);
    });
    const auto outcome = wk::console::runWelcome(settings, nullptr);
    QVERIFY(outcome.demo);
    QVERIFY(!outcome.platform);
    QVERIFY(wk::console::demoChosenBefore(settings));
    QVERIFY(!wk::console::shouldOfferWelcome(wk::console::ConsoleOptions{}, settings)); // straight in next time
}

void TestFirstRun::notNowAsksAgain()
{
    QSettings settings(m_dir.filePath(QStringLiteral("later.ini")), QSettings::IniFormat);
    settings.clear();
    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("notNow")), Qt::LeftButton);
    });
    const auto outcome = wk::console::runWelcome(settings, nullptr);
    QVERIFY(!outcome.demo);
    QVERIFY(!outcome.platform);
    QVERIFY(wk::console::shouldOfferWelcome(wk::console::ConsoleOptions{}, settings));
}

QTEST_MAIN(TestFirstRun)
#include "test_firstrun.moc"
