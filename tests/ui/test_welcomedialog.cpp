// The first-run dialog against a real watchkeeper-platform on loopback (in-process, empty store):
// typed in and clicked as a person would, "Test connection" names exactly what failed — DNS, refused,
// TLS, 401, not a Watchkeeper platform — and Connect / Open the demo close it with that choice.
// Set WK_UI_DUMP_DIR to keep screenshots of each outcome.
#include "PlatformServer.h"
#include "common/WelcomeDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Outcome = wk::ConnectionTester::Outcome;

namespace {
// Answers every request with a web page: a server, but not a Watchkeeper platform.
class WebsiteServer : public QTcpServer
{
public:
    WebsiteServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 27\r\n"
                                  "Connection: close\r\n\r\n<html><h1>Shop</h1></html>\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};
} // namespace

class TestWelcomeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testConnection_data();
    void testConnection();
    void connectAcceptsOnlyAWorkingPlatform();
    void demoButtonChoosesTheDemo();

private:
    static void fill(wk::WelcomeDialog &dialog, const QString &url, const QString &token);
    static void dump(QWidget &widget, const QString &name);
    std::unique_ptr<wk::platform::PlatformServer> m_platform;
    WebsiteServer m_website;
    QSslServer m_untrusted; // TLS with a self-signed certificate (tests/ui/tls, made with openssl req -x509)
    QUrl m_platformUrl;
    quint16 m_closedPort = 0;
};

void TestWelcomeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    wk::platform::PlatformServer::Options options;
    options.sizePercent = 0; // an empty store: health and me are all this needs
    m_platform = std::make_unique<wk::platform::PlatformServer>(options);
    QVERIFY(m_platform->start(QHostAddress::LocalHost, 0) != 0);
    m_platformUrl = m_platform->baseUrl();
    QVERIFY(m_website.listen(QHostAddress::LocalHost, 0));
    const QString tls = qEnvironmentVariable("WK_SOURCE_DIR") + QStringLiteral("/tests/ui/tls/selfsigned.");
    QFile certFile(tls + QStringLiteral("crt"));
    QFile keyFile(tls + QStringLiteral("key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    ssl.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    m_untrusted.setSslConfiguration(ssl);
    QVERIFY(m_untrusted.listen(QHostAddress::LocalHost, 0));
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_closedPort = probe.serverPort();
    probe.close();
}

void TestWelcomeDialog::testConnection_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("token");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("says");

    const QString platform = m_platformUrl.toString();
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_platformUrl.port());
    QTest::newRow("connected") << platform << "demo-1" << Outcome::Connected
                               << QStringLiteral("Connected to %1 as").arg(hostPort);
    QTest::newRow("wrong token") << platform << "not-a-token" << Outcome::Unauthorized
                                 << QStringLiteral("%1 refused the token (401)").arg(hostPort);
    QTest::newRow("refused") << QStringLiteral("http://127.0.0.1:%1").arg(m_closedPort) << "demo-1" << Outcome::Refused
                             << QStringLiteral("127.0.0.1:%1 refused the connection").arg(m_closedPort);
    QTest::newRow("dns") << "https://no-such-platform.invalid" << "demo-1" << Outcome::NameNotFound
                         << "The name no-such-platform.invalid was not found (DNS)";
    // https to a server that speaks plain http: the TLS handshake fails.
    QTest::newRow("tls to plain http") << QStringLiteral("https://127.0.0.1:%1").arg(m_platformUrl.port()) << "demo-1"
                         << Outcome::Tls << QStringLiteral("The secure connection (TLS) to %1 failed").arg(hostPort);
    QTest::newRow("tls untrusted certificate")
        << QStringLiteral("https://127.0.0.1:%1").arg(m_untrusted.serverPort()) << "demo-1" << Outcome::Tls
        << QStringLiteral("The secure connection (TLS) to 127.0.0.1:%1 failed").arg(m_untrusted.serverPort());
    QTest::newRow("not a platform") << QStringLiteral("http://127.0.0.1:%1").arg(m_website.serverPort()) << "demo-1"
                                    << Outcome::NotAPlatform << "answers, but not like a Watchkeeper platform";
    QTest::newRow("plain http elsewhere") << "http://10.1.2.3" << "demo-1" << Outcome::InvalidAddress
                                          << "sends your token unencrypted to 10.1.2.3";
}

void TestWelcomeDialog::testConnection()
{
    QFETCH(QString, url);
    QFETCH(QString, token);
    QFETCH(Outcome, outcome);
    QFETCH(QString, says);

    wk::WelcomeDialog dialog;
    dialog.setTestTimeoutMs(20000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(dialog, url, token);
    QSignalSpy finished(&dialog, &wk::WelcomeDialog::testFinished);
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
    QVERIFY(test && test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<Outcome>(), outcome);
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text();
    QVERIFY2(shown.contains(says), qPrintable(shown));
    // The mark tells success from failure without colour.
    QVERIFY(shown.startsWith(outcome == Outcome::Connected ? QStringLiteral("✓") : QStringLiteral("✗")));
    QVERIFY(dialog.isVisible()); // testing never closes the dialog
    QVERIFY(test->isEnabled());
    dump(dialog, QStringLiteral("welcome-%1").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
}

void TestWelcomeDialog::connectAcceptsOnlyAWorkingPlatform()
{
    wk::WelcomeDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *connectButton = dialog.findChild<QPushButton *>(QStringLiteral("connect"));
    QVERIFY(!connectButton->isEnabled()); // nothing entered yet
    QSignalSpy finished(&dialog, &wk::WelcomeDialog::testFinished);

    fill(dialog, m_platformUrl.toString(), QStringLiteral("wrong"));
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.choice(), wk::WelcomeDialog::Choice::NotNow);

    // Enter in the token field is the default button: Connect.
    auto *token = dialog.findChild<QLineEdit *>(QStringLiteral("token"));
    token->clear();
    QTest::keyClicks(token, QStringLiteral("demo-2"));
    QTest::keyClick(token, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), wk::WelcomeDialog::Choice::Platform);
    QCOMPARE(dialog.settings().platformUrl, m_platformUrl);
    QCOMPARE(dialog.settings().token, QStringLiteral("demo-2"));
}

void TestWelcomeDialog::demoButtonChoosesTheDemo()
{
    wk::WelcomeDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dump(dialog, QStringLiteral("welcome-empty"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openDemo")), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), wk::WelcomeDialog::Choice::Demo);
}

void TestWelcomeDialog::fill(wk::WelcomeDialog &dialog, const QString &url, const QString &token)
{
    auto *urlEdit = dialog.findChild<QLineEdit *>(QStringLiteral("platformUrl"));
    auto *tokenEdit = dialog.findChild<QLineEdit *>(QStringLiteral("token"));
    QVERIFY(urlEdit && tokenEdit);
    urlEdit->setFocus();
    QTest::keyClicks(urlEdit, url);
    QTest::keyClick(urlEdit, Qt::Key_Tab);
    QVERIFY(tokenEdit->hasFocus()); // Tab goes from the address to the token
    QTest::keyClicks(tokenEdit, token);
}

void TestWelcomeDialog::dump(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WK_UI_DUMP_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QTEST_MAIN(TestWelcomeDialog)
#include "test_welcomedialog.moc"
