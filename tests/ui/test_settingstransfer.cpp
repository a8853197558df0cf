// Settings survive upgrades (versioned, with upgrade steps) and move between computers as a JSON
// file (File → Export/Import Settings…) without tokens or this machine's window geometry.
#include "common/MainWindow.h"
#include "common/SettingsSchema.h"
#include "common/SettingsTransfer.h"
#include "common/StandardDesks.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void upgradeFromVersion1_data();
    void upgradeFromVersion1();
    void newerSettingsAreLeftAlone();
    void exportImportRoundTrip();
    void importUpgradesAnOlderExport();
    void importRefuses_data();
    void importRefuses();
    void fileMenuHasExportAndImport();

private:
    QSettings *fresh(const QString &name);
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QSettings>> m_settings;
};

void TestSettingsTransfer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WatchkeeperTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_settingstransfer"));
    QVERIFY(m_dir.isValid());
}

void TestSettingsTransfer::init() { m_settings.clear(); }

QSettings *TestSettingsTransfer::fresh(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".ini"));
    QFile::remove(path);
    m_settings.push_back(std::make_unique<QSettings>(path, QSettings::IniFormat));
    return m_settings.back().get();
}

void TestSettingsTransfer::upgradeFromVersion1_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mode");
    QTest::newRow("set up with a platform") << "https://platform.example.com" << "remote";
    QTest::newRow("never set up") << "" << "";
}

void TestSettingsTransfer::upgradeFromVersion1()
{
    QFETCH(QString, url);
    QFETCH(QString, mode);
    QSettings *s = fresh(QStringLiteral("v1"));
    // What version 1 wrote: no version key.
    s->setValue(QStringLiteral("window/lastDesk"), QStringLiteral("suppliers"));
    if (!url.isEmpty())
        s->setValue(QStringLiteral("platform/url"), url);
    QCOMPARE(wk::settingsVersion(*s), 1);
    QVERIFY(wk::upgradeSettings(*s));
    QCOMPARE(wk::settingsVersion(*s), wk::currentSettingsVersion);
    QCOMPARE(s->value(wk::settingsKeys::sessionMode).toString(), mode);
    QCOMPARE(s->value(QStringLiteral("window/lastDesk")).toString(), QStringLiteral("suppliers"));
    // Upgrading again changes nothing.
    const QStringList keys = s->allKeys();
    QVERIFY(wk::upgradeSettings(*s));
    QCOMPARE(s->allKeys(), keys);
}

void TestSettingsTransfer::newerSettingsAreLeftAlone()
{
    QSettings *s = fresh(QStringLiteral("newer"));
    s->setValue(wk::settingsKeys::version, wk::currentSettingsVersion + 1);
    s->setValue(QStringLiteral("platform/url"), QStringLiteral("https://a.example"));
    QString error;
    QVERIFY(!wk::upgradeSettings(*s, &error));
    QVERIFY2(error.contains(QStringLiteral("newer Watchkeeper")), qPrintable(error));
    QCOMPARE(s->value(wk::settingsKeys::version).toInt(), wk::currentSettingsVersion + 1);
    QVERIFY(!s->contains(wk::settingsKeys::sessionMode));
}

void TestSettingsTransfer::exportImportRoundTrip()
{
    QSettings *from = fresh(QStringLiteral("from"));
    from->setValue(QStringLiteral("platform/url"), QStringLiteral("https://platform.example.com"));
    from->setValue(QStringLiteral("platform/allowUnencrypted"), true);
    from->setValue(QStringLiteral("platform/token"), QStringLiteral("s3cret")); // must never travel
    from->setValue(QStringLiteral("window/geometry"), QByteArray("\x01\x02", 2));
    from->setValue(QStringLiteral("window/lastDesk"), QStringLiteral("sync"));
    from->setValue(QStringLiteral("review/columns"), QStringList{QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(wk::upgradeSettings(*from));
    const QString file = m_dir.filePath(QStringLiteral("export.json"));
    QCOMPARE(wk::exportSettings(*from, file), QString());

    QFile json(file);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray bytes = json.readAll();
    QVERIFY(!bytes.contains("s3cret"));
    QVERIFY(!bytes.contains("geometry"));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("watchkeeper-settings"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), wk::currentSettingsVersion);

    QSettings *to = fresh(QStringLiteral("to"));
    to->setValue(QStringLiteral("suppliers/sort"), QStringLiteral("score")); // kept: not in the file
    QCOMPARE(wk::importSettings(*to, file), QString());
    QCOMPARE(to->value(QStringLiteral("platform/url")).toString(), QStringLiteral("https://platform.example.com"));
    QCOMPARE(to->value(QStringLiteral("platform/allowUnencrypted")).toBool(), true);
    QCOMPARE(to->value(QStringLiteral("review/columns")).toStringList(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(to->value(QStringLiteral("suppliers/sort")).toString(), QStringLiteral("score"));
    QVERIFY(!to->contains(QStringLiteral("platform/token")));
    QVERIFY(!to->contains(QStringLiteral("window/geometry")));
    QVERIFY(!to->contains(QStringLiteral("window/lastDesk")));
    QCOMPARE(wk::settingsVersion(*to), wk::currentSettingsVersion);
}

void TestSettingsTransfer::importUpgradesAnOlderExport()
{
    const QString file = m_dir.filePath(QStringLiteral("v1.json"));
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"format":"watchkeeper-settings","version":1,"settings":{"platform/url":"https://old.example"}})");
    json.close();
    QSettings *to = fresh(QStringLiteral("upgraded"));
    QCOMPARE(wk::importSettings(*to, file), QString());
    QCOMPARE(to->value(wk::settingsKeys::sessionMode).toString(), QStringLiteral("remote"));
}

void TestSettingsTransfer::importRefuses_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("says");
    QTest::newRow("not json") << QByteArray("hello") << "is not a Watchkeeper settings file";
    QTest::newRow("another format") << QByteArray(R"({"format":"x","version":1,"settings":{}})")
                                    << "is not a Watchkeeper settings file";
    QTest::newRow("no version") << QByteArray(R"({"format":"watchkeeper-settings","settings":{}})")
                                << "has no valid settings version";
    QTest::newRow("newer") << QByteArray(R"({"format":"watchkeeper-settings","version":99,"settings":{}})")
                           << "was exported by a newer Watchkeeper";
}

void TestSettingsTransfer::importRefuses()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(content);
    json.close();
    QSettings *to = fresh(QStringLiteral("untouched"));
    to->setValue(QStringLiteral("platform/url"), QStringLiteral("https://keep.example"));
    const QString error = wk::importSettings(*to, file);
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(to->allKeys(), QStringList{QStringLiteral("platform/url")});
    QVERIFY(!wk::importSettings(*to, m_dir.filePath(QStringLiteral("missing.json"))).isEmpty());
}

void TestSettingsTransfer::fileMenuHasExportAndImport()
{
    QSettings().clear();
    wk::MainWindow window;
    for (auto &desk : wk::createStandardDesks())
        window.addDesk(std::move(desk));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionExportSettings")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionImportSettings")));
    window.setCurrentDesk(window.deskCount() - 1);
    const QString file = m_dir.filePath(QStringLiteral("window.json"));
    QCOMPARE(window.exportSettingsTo(file), QString());

    // Import brings the platform address into the running window.
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(R"({"format":"watchkeeper-settings","version":2,"settings":{"platform/url":"https://imported.example"}})");
    json.close();
    QCOMPARE(window.importSettingsFrom(file), QString());
    QCOMPARE(window.connectionSettings().platformUrl, QUrl(QStringLiteral("https://imported.example")));
    QSettings().clear();
}

QTEST_MAIN(TestSettingsTransfer)
#include "test_settingstransfer.moc"
