// Migrations and the files a supervisor may point Watchkeeper at: fresh, damaged, foreign, newer,
// empty and read-only ones. Every failure must be a StorageError of the right kind that names the
// file, and must leave the file's bytes as they were.
#include "storage/CacheDatabase.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QMutex>
#include <atomic>
#include <functional>
#include <thread>

using namespace wk;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

void writeFile(const QString &path, const QByteArray &bytes, qint64 offset = -1)
{
    QFile f(path);
    QVERIFY(f.open(offset < 0 ? QIODevice::WriteOnly : QIODevice::ReadWrite));
    if (offset >= 0)
        QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator gen(20261122);
    for (char &c : out)
        c = char(gen.bounded(256));
    return out;
}

QStringList tables(Database &db)
{
    Statement st(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

SchemaSpec testSchema(const QString &folder)
{
    return {QStringLiteral(":/test-sql/") + folder, 0x54455354, QStringLiteral("test store")};
}

// A cache with enough rows to span many pages.
void makeCache(const QString &path)
{
    Database db = openCache(path);
    Transaction tx(db);
    Statement insert(db, QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?1, ?2)"));
    for (int i = 0; i < 2000; ++i) {
        insert.bind(1, QStringLiteral("key %1").arg(i)).bind(2, QString(200, QLatin1Char('v')));
        insert.run();
    }
    tx.commit();
}
} // namespace

using FilePreparer = std::function<void(const QString &path)>;
Q_DECLARE_METATYPE(FilePreparer)
Q_DECLARE_METATYPE(StorageError::Kind)

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("file%1.db").arg(++m_n)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Q_INIT_RESOURCE(test_migrations);
    }

    void freshFileReachesTheLatestSchema()
    {
        const QString path = freshPath();
        Database db = openCache(path);
        const int latest = Migrator(cacheSchema()).latestVersion();
        QVERIFY(latest >= 1);
        QCOMPARE(db.userVersion(), latest);
        QCOMPARE(db.applicationId(), cacheSchema().applicationId);
        const QStringList t = tables(db);
        for (const char *name : {"review_items", "review_items_fts", "media_assets", "products", "suppliers",
                                 "supplier_metrics", "orders", "shipment_events", "order_exceptions", "outbox",
                                 "sync_state", "journal", "flag_reasons"})
            QVERIFY2(t.contains(QLatin1StringView(name)), name);
        Statement mode(db, QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.step());
        QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }

    void reopeningChangesNothing()
    {
        const QString path = freshPath();
        openCache(path);
        const QByteArray before = fileHash(path);
        {
            Database db = openCache(path);
            QCOMPARE(db.userVersion(), Migrator(cacheSchema()).latestVersion());
        }
        QCOMPARE(fileHash(path), before);
    }

    void aFailingMigrationRollsBack()
    {
        const QString path = freshPath();
        {
            Database db = openMigrated(path, testSchema(QStringLiteral("base")));
            QCOMPARE(db.userVersion(), 1);
        }
        const QByteArray before = fileHash(path);
        try {
            openMigrated(path, testSchema(QStringLiteral("failing")));
            QFAIL("the migration must fail");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Migration);
            QVERIFY(e.message().contains(path));
            QVERIFY2(e.message().contains(QStringLiteral("no_such_table")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
        Database db(path);
        QCOMPARE(db.userVersion(), 1);
        QCOMPARE(tables(db), QStringList{QStringLiteral("a")});
        Statement st(db, QStringLiteral("SELECT group_concat(v, ',') FROM a"));
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), QStringLiteral("one,two"));
        Statement cols(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('a')"));
        QVERIFY(cols.step());
        QCOMPARE(cols.columnInt(0), 2);
    }

    void aFailingFirstMigrationLeavesANewFileEmpty()
    {
        // 001 succeeds and 002 fails: the file keeps 001 only, even when both ran in one go.
        const QString path = freshPath();
        QVERIFY_THROWS_EXCEPTION(StorageError, openMigrated(path, testSchema(QStringLiteral("failing"))));
        Database db(path);
        QCOMPARE(db.userVersion(), 1);
        QCOMPARE(tables(db), QStringList{QStringLiteral("a")});
    }

    void migrationsMustBeNumberedWithoutGaps()
    {
        const QString path = freshPath();
        try {
            openMigrated(path, testSchema(QStringLiteral("gap")));
            QFAIL("a gap in the numbering must be refused");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Migration);
            QVERIFY2(e.message().contains(QStringLiteral("003_skips_two.sql")), qPrintable(e.message()));
        }
        Database db(path);
        QCOMPARE(db.userVersion(), 0);
        QVERIFY(tables(db).isEmpty());
    }

    void twoConsolesOpeningANewCacheAtOnce()
    {
        // Both read "version 0" before either has migrated; the second must not run 001 again once it
        // gets the write lock.
        for (int round = 0; round < 10; ++round) {
            const QString path = freshPath();
            QStringList errors;
            QMutex mutex;
            std::atomic<int> ready = 0;
            const auto open = [&] {
                ++ready;
                while (ready < 2) {
                }
                try {
                    Database db = openCache(path, CacheOpenOptions{false, 20000});
                } catch (const StorageError &e) {
                    QMutexLocker lock(&mutex);
                    errors << e.message();
                }
            };
            std::thread a(open);
            std::thread b(open);
            a.join();
            b.join();
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            Database db(path);
            QCOMPARE(db.userVersion(), Migrator(cacheSchema()).latestVersion());
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<FilePreparer>("prepare");
        QTest::addColumn<StorageError::Kind>("kind");
        QTest::addColumn<QString>("advice"); // a word of what to do, in the message

        QTest::newRow("random bytes") << FilePreparer([](const QString &p) { writeFile(p, randomBytes(16384)); })
                                      << StorageError::Kind::Corrupt << QStringLiteral("Move it aside");
        QTest::newRow("text file") << FilePreparer([](const QString &p) {
            writeFile(p, QByteArray("order_id,sku\n1,ABC\n").repeated(200));
        }) << StorageError::Kind::Corrupt << QStringLiteral("Move it aside");
        QTest::newRow("page overwritten") << FilePreparer([](const QString &p) {
            makeCache(p);
            writeFile(p, randomBytes(4096), 4096 * 8);
        }) << StorageError::Kind::Corrupt << QStringLiteral("Move it aside");
        QTest::newRow("schema page overwritten") << FilePreparer([](const QString &p) {
            makeCache(p);
            writeFile(p, randomBytes(4000), 100); // keeps the 100-byte header, ruins sqlite_schema
        }) << StorageError::Kind::Corrupt << QStringLiteral("Move it aside");
        QTest::newRow("truncated") << FilePreparer([](const QString &p) {
            makeCache(p);
            QFile f(p);
            QVERIFY(f.resize(f.size() / 2));
        }) << StorageError::Kind::Corrupt << QStringLiteral("Move it aside");
        QTest::newRow("newer version") << FilePreparer([](const QString &p) {
            makeCache(p);
            Database db(p);
            db.setUserVersion(Migrator(cacheSchema()).latestVersion() + 1);
        }) << StorageError::Kind::TooNew << QStringLiteral("Update Watchkeeper");
        QTest::newRow("other application id") << FilePreparer([](const QString &p) {
            Database db(p);
            db.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
            db.setApplicationId(0x0f055112);
            db.setUserVersion(3);
        }) << StorageError::Kind::NotOurs << QStringLiteral("choose another file");
        QTest::newRow("someone else's tables") << FilePreparer([](const QString &p) {
            Database db(p);
            db.exec(QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                                   "INSERT INTO moz_places (url) VALUES ('https://example.invalid')"));
        }) << StorageError::Kind::NotOurs << QStringLiteral("choose another file");
        QTest::newRow("the platform's store") << FilePreparer([](const QString &p) {
            Database db(p);
            db.exec(QStringLiteral("CREATE TABLE x (id INTEGER)"));
            db.setApplicationId(platformSchema().applicationId);
            db.setUserVersion(1);
        }) << StorageError::Kind::NotOurs << QStringLiteral("Watchkeeper cache");
    }

    void badFiles()
    {
        QFETCH(FilePreparer, prepare);
        QFETCH(StorageError::Kind, kind);
        QFETCH(QString, advice);
        const QString path = freshPath();
        prepare(path);
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        for (int attempt = 0; attempt < 2; ++attempt) { // and again: the first try changed nothing
            try {
                Database db = openCache(path);
                QFAIL("opening must fail");
            } catch (const StorageError &e) {
                QCOMPARE(e.kind(), kind);
                QVERIFY2(e.message().contains(path), qPrintable(e.message()));
                QVERIFY2(e.message().contains(advice), qPrintable(e.message()));
            }
        }
        QCOMPARE(fileHash(path), before);
    }

    void anEmptyFileBecomesANewCache()
    {
        const QString path = freshPath();
        writeFile(path, QByteArray());
        Database db = openCache(path);
        QCOMPARE(db.userVersion(), Migrator(cacheSchema()).latestVersion());
        QCOMPARE(db.applicationId(), cacheSchema().applicationId);
    }

    void aReadOnlyFileIsRefused()
    {
        const QString path = freshPath();
        makeCache(path);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
            QSKIP("running as root: permissions do not stop writes (the read-only path is covered by "
                  "readOnlyModeCannotMigrate)");
        const QByteArray before = fileHash(path);
        try {
            Database db = openCache(path);
            QFAIL("opening must fail");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Io);
            QVERIFY(e.message().contains(path));
            QVERIFY2(e.message().contains(QStringLiteral("read-only")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyModeCannotMigrate()
    {
        const QString path = freshPath();
        {
            Database db = openMigrated(path, testSchema(QStringLiteral("base")));
            db.setApplicationId(cacheSchema().applicationId);
            db.setUserVersion(0); // looks like ours, but needs every migration
        }
        const QByteArray before = fileHash(path);
        Database db(path, Database::Mode::ReadOnly);
        QVERIFY(db.isReadOnly());
        try {
            Migrator(cacheSchema()).migrate(db);
            QFAIL("must fail");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Io);
            QVERIFY(e.message().contains(path));
        }
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyModeReadsAnUpToDateFile()
    {
        const QString path = freshPath();
        makeCache(path);
        Database db(path, Database::Mode::ReadOnly);
        Migrator(cacheSchema()).migrate(db); // nothing to do: no error
        Statement st(db, QStringLiteral("SELECT count(*) FROM sync_state"));
        QVERIFY(st.step());
        QCOMPARE(st.columnInt(0), 2000);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "test_migrator.moc"
