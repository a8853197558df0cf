// The console's frame: it opens, every desk shows its empty state, the keyboard switches desks,
// and the last desk survives a restart.
#include "common/Desk.h"
#include "common/DeskSwitcher.h"
#include "common/EmptyStateWidget.h"
#include "common/MainWindow.h"
#include "common/ShortcutsDialog.h"
#include "common/StandardDesks.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using wk::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensWithEveryDesk();
    void eachDeskShowsItsEmptyState_data();
    void eachDeskShowsItsEmptyState();
    void ctrlNumberSwitchesDesk_data();
    void ctrlNumberSwitchesDesk();
    void ctrlPageKeysCycle();
    void switcherButtonSwitchesDesk();
    void lastDeskIsRemembered();
    void statusShowsPlatformMode();
    void shortcutsAreListed();

private:
    std::unique_ptr<MainWindow> makeWindow();
};

void TestMainWindow::initTestCase()
{
    // QSettings must not touch the user's configuration; this has to happen before the first QSettings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    for (auto &desk : wk::createStandardDesks())
        window->addDesk(std::move(desk));
    window->restoreSettings();
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active; shortcuts may not reach it");
    return window;
}

void TestMainWindow::opensWithEveryDesk()
{
    auto window = makeWindow();
    QVERIFY(window->isVisible());
    QCOMPARE(window->deskCount(), 6);
    QCOMPARE(window->currentDeskIndex(), 0);
    const QStringList keys = {QStringLiteral("overview"),  QStringLiteral("review"), QStringLiteral("fulfilment"),
                              QStringLiteral("suppliers"), QStringLiteral("sync"),   QStringLiteral("journal")};
    for (int i = 0; i < keys.size(); ++i) {
        QCOMPARE(window->desk(i)->key(), keys.at(i));
        QVERIFY(!window->desk(i)->title().isEmpty());
        // The SVG icons are compiled in and the SVG plugin is present.
        QVERIFY2(!window->desk(i)->icon().pixmap(QSize(32, 32)).isNull(), qPrintable(keys.at(i)));
    }
    auto *switcher = window->findChild<wk::DeskSwitcher *>();
    QVERIFY(switcher);
    QCOMPARE(switcher->count(), 6);
    QVERIFY(!window->windowIcon().isNull());
}

void TestMainWindow::eachDeskShowsItsEmptyState_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("overview") << 0 << QStringLiteral("Queue depths, SLA clocks");
    QTest::newRow("review") << 1 << QStringLiteral("Flagged images, videos and copy will appear here");
    QTest::newRow("fulfilment") << 2 << QStringLiteral("Orders that need a person");
    QTest::newRow("suppliers") << 3 << QStringLiteral("Pallet traders, direct factories and the 1688 long tail");
    QTest::newRow("sync") << 4 << QStringLiteral("Decisions waiting to be sent");
    QTest::newRow("journal") << 5 << QStringLiteral("Every decision, command outcome");
}

void TestMainWindow::eachDeskShowsItsEmptyState()
{
    QFETCH(int, index);
    QFETCH(QString, expectedWords);
    auto window = makeWindow();
    window->setCurrentDesk(index);
    wk::Desk *desk = window->currentDesk();
    QVERIFY(desk);
    auto *empty = desk->findChild<wk::EmptyStateWidget *>();
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!empty->title().isEmpty());
    QVERIFY2(empty->message().startsWith(expectedWords), qPrintable(empty->message()));
    QVERIFY(empty->hint().contains(QStringLiteral("Settings")));
    // Only the current desk is on screen.
    for (int i = 0; i < window->deskCount(); ++i)
        QCOMPARE(window->desk(i)->isVisible(), i == index);
}

void TestMainWindow::ctrlNumberSwitchesDesk_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expected");
    // Starting from the last desk so that every row is a real change.
    QTest::newRow("Ctrl+1") << int(Qt::Key_1) << 0;
    QTest::newRow("Ctrl+2") << int(Qt::Key_2) << 1;
    QTest::newRow("Ctrl+3") << int(Qt::Key_3) << 2;
}

void TestMainWindow::ctrlNumberSwitchesDesk()
{
    QFETCH(int, key);
    QFETCH(int, expected);
    auto window = makeWindow();
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentDeskIndex(), 3);
    QTest::keyClick(window.get(), Qt::Key(key), Qt::ControlModifier);
    QCOMPARE(window->currentDeskIndex(), expected);
    auto *switcher = window->findChild<wk::DeskSwitcher *>();
    QCOMPARE(switcher->currentIndex(), expected);
    QVERIFY(switcher->button(expected)->isChecked());
}

void TestMainWindow::ctrlPageKeysCycle()
{
    auto window = makeWindow();
    QCOMPARE(window->currentDeskIndex(), 0);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window->currentDeskIndex(), 1);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window->currentDeskIndex(), 3);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window->currentDeskIndex(), 5);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window->currentDeskIndex(), 0); // wraps around
    QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(window->currentDeskIndex(), 5);
}

void TestMainWindow::switcherButtonSwitchesDesk()
{
    auto window = makeWindow();
    auto *switcher = window->findChild<wk::DeskSwitcher *>();
    QTest::mouseClick(switcher->button(3), Qt::LeftButton);
    QCOMPARE(window->currentDeskIndex(), 3);
    QCOMPARE(window->currentDesk()->key(), QStringLiteral("suppliers"));
    const auto deskAction = window->findChild<QAction *>(QStringLiteral("actionDesk_suppliers"));
    QVERIFY(deskAction);
    QVERIFY(deskAction->isChecked());
}

void TestMainWindow::lastDeskIsRemembered()
{
    {
        auto window = makeWindow();
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window->currentDeskIndex(), 3);
        window->resize(1000, 700);
        QVERIFY(window->close()); // closing saves
    }
    QCOMPARE(QSettings().value(QStringLiteral("window/lastDesk")).toString(), QStringLiteral("suppliers"));
    auto window = makeWindow();
    QCOMPARE(window->currentDesk()->key(), QStringLiteral("suppliers"));
    QCOMPARE(window->size(), QSize(1000, 700));
}

void TestMainWindow::statusShowsPlatformMode()
{
    auto window = makeWindow();
    auto *label = window->findChild<QLabel *>(QStringLiteral("connectionStatus"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Not connected"));
    QVERIFY(!window->windowTitle().contains(QStringLiteral("Demo")));

    window->setPlatformMode(MainWindow::PlatformMode::Demo);
    QCOMPARE(label->text(), QStringLiteral("Demo platform"));
    QVERIFY(window->windowTitle().contains(QStringLiteral("Demo platform")));

    window->setPlatformMode(MainWindow::PlatformMode::NotConnected);
    wk::ConnectionSettings remote;
    remote.platformUrl = QUrl(QStringLiteral("https://platform.example.com"));
    window->setConnectionSettings(remote);
    QCOMPARE(window->platformMode(), MainWindow::PlatformMode::Remote);
    QVERIFY(label->text().contains(QStringLiteral("platform.example.com")));
}

void TestMainWindow::shortcutsAreListed()
{
    auto window = makeWindow();
    QStringList keys;
    for (const QAction *a : window->shortcutActions())
        keys << a->shortcut().toString(QKeySequence::PortableText);
    for (const char *expected : {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+Q"})
        QVERIFY2(keys.contains(QString::fromLatin1(expected)), expected);

    // The Help dialog lists exactly these, readable: no mnemonic ampersands or ellipses.
    wk::ShortcutsDialog dialog(window->shortcutActions());
    QCOMPARE(dialog.rowCount(), int(window->shortcutActions().size()));
    QCOMPARE(dialog.actionText(0), window->desk(0)->title());
    for (int row = 0; row < dialog.rowCount(); ++row) {
        QVERIFY2(!dialog.actionText(row).contains(QLatin1Char('&')), qPrintable(dialog.actionText(row)));
        QVERIFY(!dialog.shortcutText(row).isEmpty());
    }
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
