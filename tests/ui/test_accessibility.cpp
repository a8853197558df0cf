// Accessibility of the whole console, walked generically: the real MainWindow with every standard
// desk (createStandardDesks: whatever desks exist), shown without and with a workspace, and the
// dialogs. Fails on an interactive control without an accessible name and on one that Tab skips;
// each failure names the widget by object name, class and parent chain (AccessibilityAudit.h).
#include "AccessibilityAudit.h"

#include "common/AboutDialog.h"
#include "common/MainWindow.h"
#include "common/SettingsDialog.h"
#include "common/ShortcutsDialog.h"
#include "common/StandardDesks.h"
#include "common/WelcomeDialog.h"
#include "storage/CacheDatabase.h"
#include "sync/Workspace.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void auditCatchesProblems();
    void mainWindow_data();
    void mainWindow();
    void dialogs_data();
    void dialogs();

private:
    static std::unique_ptr<wk::MainWindow> makeWindow();
    static void audit(QWidget &top, const QString &where);
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_accessibility"));
    QAccessible::setActive(true); // the interfaces a screen reader would get
}

// The audit itself can fail: an unnamed edit, an unnamed icon button and a button Tab skips are found.
void TestAccessibility::auditCatchesProblems()
{
    QWidget top;
    top.setObjectName(QStringLiteral("top"));
    auto *edit = new QLineEdit(&top);
    edit->setObjectName(QStringLiteral("anonymousEdit"));
    edit->setText(QStringLiteral("a value is not a name"));
    auto *iconOnly = new QPushButton(&top);
    iconOnly->setObjectName(QStringLiteral("iconOnly"));
    auto *skipped = new QCheckBox(QStringLiteral("Skipped"), &top);
    skipped->setObjectName(QStringLiteral("skipped"));
    skipped->setFocusPolicy(Qt::ClickFocus);
    auto *fine = new QPushButton(QStringLiteral("Fine"), &top);
    fine->setObjectName(QStringLiteral("fine"));
    top.show();
    QVERIFY(QTest::qWaitForWindowExposed(&top));

    const QString unnamed = wk::test::unnamedControls(top).join(QLatin1Char('\n'));
    QVERIFY2(unnamed.contains(QStringLiteral("QLineEdit 'anonymousEdit' in QWidget 'top'")), qPrintable(unnamed));
    QVERIFY2(unnamed.contains(QStringLiteral("QPushButton 'iconOnly'")), qPrintable(unnamed));
    QVERIFY2(!unnamed.contains(QStringLiteral("'fine'")), qPrintable(unnamed));
    const QString gaps = wk::test::focusChainGaps(top).join(QLatin1Char('\n'));
    QVERIFY2(gaps.contains(QStringLiteral("QCheckBox 'skipped'")), qPrintable(gaps));
    QVERIFY2(!gaps.contains(QStringLiteral("'fine'")), qPrintable(gaps));

    edit->setAccessibleName(QStringLiteral("Address"));
    iconOnly->setAccessibleName(QStringLiteral("Refresh"));
    skipped->setFocusPolicy(Qt::StrongFocus);
    QVERIFY2(wk::test::unnamedControls(top).isEmpty(), qPrintable(wk::test::unnamedControls(top).join(u'\n')));
    QVERIFY2(wk::test::focusChainGaps(top).isEmpty(), qPrintable(wk::test::focusChainGaps(top).join(u'\n')));
}

void TestAccessibility::mainWindow_data()
{
    QTest::addColumn<bool>("withWorkspace");
    QTest::newRow("empty states") << false;
    QTest::newRow("with a workspace") << true;
}

// Every desk, made current in turn, so that what only the visible desk builds is walked too.
void TestAccessibility::mainWindow()
{
    QFETCH(bool, withWorkspace);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<wk::Workspace> workspace;
    auto window = makeWindow();
    if (withWorkspace) {
        const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
        wk::openCache(cache); // creates it with the current schema
        workspace = std::make_unique<wk::Workspace>(cache, nullptr);
        window->setWorkspace(workspace.get());
    }
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->deskCount() > 0);
    for (int i = 0; i < window->deskCount(); ++i) {
        window->setCurrentDesk(i);
        QTest::qWait(50); // let desks that build lazily on show do so
        audit(*window, QStringLiteral("desk '%1'").arg(window->desk(i)->key()));
    }
    window.reset(); // before the workspace the desks point to
}

void TestAccessibility::dialogs_data()
{
    QTest::addColumn<QString>("which");
    for (const char *which : {"settings", "about", "shortcuts", "welcome"})
        QTest::newRow(which) << QString::fromLatin1(which);
}

void TestAccessibility::dialogs()
{
    QFETCH(QString, which);
    auto window = makeWindow();
    std::unique_ptr<QWidget> dialog;
    if (which == QStringLiteral("settings"))
        dialog = std::make_unique<wk::SettingsDialog>(wk::ConnectionSettings{}, window.get());
    else if (which == QStringLiteral("about"))
        dialog = std::make_unique<wk::AboutDialog>(window.get());
    else if (which == QStringLiteral("shortcuts"))
        dialog = std::make_unique<wk::ShortcutsDialog>(window->shortcutActions(), window.get());
    else
        dialog = std::make_unique<wk::WelcomeDialog>(window.get());
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    audit(*dialog, which);
}

std::unique_ptr<wk::MainWindow> TestAccessibility::makeWindow()
{
    auto window = std::make_unique<wk::MainWindow>();
    for (auto &desk : wk::createStandardDesks())
        window->addDesk(std::move(desk));
    window->resize(1280, 800);
    return window;
}

void TestAccessibility::audit(QWidget &top, const QString &where)
{
    QStringList problems = wk::test::unnamedControls(top);
    problems += wk::test::focusChainGaps(top);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1: %2 problem(s)\n  ").arg(where).arg(problems.size())
                        + problems.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
