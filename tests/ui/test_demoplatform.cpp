// `watchkeeper --demo`: the in-process reference platform starts off the UI thread, answers over a
// real loopback socket, and stops cleanly with its owner.
#include "DemoLauncher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDemoPlatform : public QObject
{
    Q_OBJECT
private slots:
    void startsAnswersAndStops()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString store = dir.filePath(QStringLiteral("nested/demo.sqlite"));
        QUrl url;
        {
            wk::console::DemoPlatform demo;
            QSignalSpy ready(&demo, &wk::console::DemoPlatform::ready);
            QSignalSpy failed(&demo, &wk::console::DemoPlatform::failed);
            demo.start(store, 0);
            // Generation happens on the platform thread; the event loop here stays free.
            QVERIFY2(ready.wait(120000) || !failed.isEmpty(), "the demo platform neither started nor failed");
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
            const auto connection = ready.first().first().value<wk::ConnectionSettings>();
            url = connection.platformUrl;
            QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
            QCOMPARE(connection.token, QStringLiteral("demo-1"));

            QNetworkAccessManager nam;
            QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/v1/me"))));
            request.setRawHeader("Authorization", "Bearer " + connection.token.toUtf8());
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            QVERIFY(finished.wait(30000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QVERIFY(reply->readAll().contains("\"supervisor_id\""));
        }
        QVERIFY(QFile::exists(store));

        // Gone with its owner: the port no longer answers.
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url.resolved(QUrl(QStringLiteral("/v1/health"))))));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    }

    void unwritableFolderIsASentence()
    {
        wk::console::DemoPlatform demo;
        QSignalSpy failed(&demo, &wk::console::DemoPlatform::failed);
        demo.start(QStringLiteral("/proc/wk-no-such-place/demo.sqlite"), 0);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("/proc/wk-no-such-place")),
                 qPrintable(failed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestDemoPlatform)
#include "test_demoplatform.moc"
