// The settings dialog refuses plain http to another computer unless the user opts in, and never
// persists the token.
#include "common/ConnectionSettings.h"
#include "common/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validation_data();
    void validation();
    void dialogRefusesPlainHttpUntilTicked();
    void tokenIsNotPersisted();
    void loopback_data();
    void loopback();
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_settingsdialog"));
}

void TestSettingsDialog::validation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("allowUnencrypted");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("https") << QStringLiteral("https://platform.example.com") << false << true;
    QTest::newRow("bare host means https") << QStringLiteral("platform.example.com") << false << true;
    QTest::newRow("https with port and path") << QStringLiteral("https://10.0.0.5:8443/api") << false << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << false << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << false << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << false << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << false << true;
    QTest::newRow("http remote") << QStringLiteral("http://platform.example.com") << false << false;
    QTest::newRow("http remote ip") << QStringLiteral("http://192.168.1.20:8080") << false << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://localhost.example.com") << false << false;
    QTest::newRow("http remote, ticked") << QStringLiteral("http://platform.example.com") << true << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://platform.example.com") << true << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false << false;
    QTest::newRow("empty is allowed") << QString() << false << true;
}

void TestSettingsDialog::validation()
{
    QFETCH(QString, input);
    QFETCH(bool, allowUnencrypted);
    QFETCH(bool, accepted);

    wk::SettingsDialog dialog{wk::ConnectionSettings{}};
    dialog.findChild<QLineEdit *>(QStringLiteral("platformUrl"))->setText(input);
    dialog.findChild<QCheckBox *>(QStringLiteral("allowUnencrypted"))->setChecked(allowUnencrypted);

    QCOMPARE(dialog.validationError().isEmpty(), accepted);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), accepted);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("validationError"));
    QCOMPARE(error->text().isEmpty(), accepted);
}

void TestSettingsDialog::dialogRefusesPlainHttpUntilTicked()
{
    wk::SettingsDialog dialog{wk::ConnectionSettings{}};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("platformUrl"));
    auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowUnencrypted"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("unencryptedWarning"));
    url->setFocus();
    QTest::keyClicks(url, QStringLiteral("http://platform.example.com"));

    // Enter in the field must not get past the check that the disabled OK button makes.
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.validationError().contains(QStringLiteral("platform.example.com")));
    QVERIFY(!warning->isVisible());
    dialog.accept(); // nor may a direct accept()
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    allow->setChecked(true);
    QVERIFY(warning->isVisible()); // ticking it says what it costs
    QVERIFY(dialog.validationError().isEmpty());
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const wk::ConnectionSettings s = dialog.settings();
    QCOMPARE(s.platformUrl, QUrl(QStringLiteral("http://platform.example.com")));
    QVERIFY(s.allowUnencrypted);
}

void TestSettingsDialog::tokenIsNotPersisted()
{
    wk::ConnectionSettings s;
    s.platformUrl = QUrl(QStringLiteral("https://platform.example.com"));
    s.token = QStringLiteral("secret-token-123");
    {
        QSettings settings;
        settings.clear();
        s.save(settings);
        settings.sync();
    }
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("secret-token-123")), qPrintable(key));
    wk::ConnectionSettings loaded;
    loaded.load(settings);
    QCOMPARE(loaded.platformUrl, s.platformUrl);
    QVERIFY(loaded.token.isEmpty());

    // The dialog shows the session's token masked.
    wk::SettingsDialog dialog(s);
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("token"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.settings().token, s.token);
}

void TestSettingsDialog::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsDialog::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(wk::isLoopbackHost(host), loopback);
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
