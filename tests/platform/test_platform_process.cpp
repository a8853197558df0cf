// The real watchkeeper-platform executable, started with QProcess, over a real socket.
#include "PlatformTestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace wk;
using namespace wk::platformtest;

class TestPlatformProcess : public QObject
{
    Q_OBJECT

private:
    QString executable() const
    {
        return qEnvironmentVariable("WK_BINARY_DIR") + QStringLiteral("/app/platform/watchkeeper-platform");
    }

private slots:
    void helpNamesEveryFlag()
    {
        QProcess p;
        p.start(executable(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(30000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *flag : {"--seed", "--scale", "--db", "--port", "--host", "--live", "--tokens", "--faults",
                                 "--retain", "every", "truncate", "malformed", "lost"})
            QVERIFY2(help.contains(QLatin1StringView(flag)), flag);
    }

    void badFlagsAreSentences()
    {
        QProcess p;
        p.start(executable(), {QStringLiteral("--faults"), QStringLiteral("explode=1"), QStringLiteral("--scale"),
                               QStringLiteral("0")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("Unknown fault")));
    }

    void servesOverARealSocket()
    {
        QTemporaryDir dir;
        QFile tokens(dir.filePath(QStringLiteral("tokens.txt")));
        QVERIFY(tokens.open(QIODevice::WriteOnly));
        tokens.write("secret-token sup-9 Test Supervisor\n");
        tokens.close();

        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(executable(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"), QStringLiteral("0"),
                               QStringLiteral("--db"), dir.filePath(QStringLiteral("p.sqlite")),
                               QStringLiteral("--tokens"), tokens.fileName()});
        QVERIFY(p.waitForStarted(30000));
        QString out;
        static const QRegularExpression listening(QStringLiteral("Listening on (http://\\S+)"));
        QRegularExpressionMatch m;
        for (int i = 0; i < 300 && !(m = listening.match(out)).hasMatch(); ++i) {
            p.waitForReadyRead(100);
            out += QString::fromUtf8(p.readAllStandardOutput());
        }
        QVERIFY2(m.hasMatch(), qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY(!out.contains(QStringLiteral("secret-token")));   // tokens are never printed
        const QUrl base(m.captured(1));

        TestClient client(base, QStringLiteral("secret-token"));
        QCOMPARE(codec::decodeHealth(client.get(QStringLiteral("/v1/health")).json()).status, QStringLiteral("ok"));
        const HttpResult me = client.get(QStringLiteral("/v1/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(codec::decodeMe(me.json()).displayName, QStringLiteral("Test Supervisor"));
        client.setToken(QStringLiteral("demo-1"));   // a tokens file replaces the demo tokens
        QCOMPARE(client.get(QStringLiteral("/v1/me")).status, 401);
        const HttpResult page = client.get(QStringLiteral("/v1/changes"));
        QCOMPARE(page.status, 401);

        p.terminate();
        QVERIFY(p.waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestPlatformProcess)
#include "test_platform_process.moc"
