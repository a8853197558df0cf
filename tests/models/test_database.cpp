// The RAII layer over sqlite: binds and columns of every type, NULLs, transactions, interrupt, backup,
// and errors that name the file.
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <limits>
#include <thread>

using namespace wk;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static int openFileDescriptors() { return int(QDir(QStringLiteral("/proc/self/fd")).count()); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void integers_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << qint64(0);
        QTest::newRow("negative") << qint64(-42);
        QTest::newRow("beyond 32 bits") << (qint64(1) << 40);
        QTest::newRow("max") << std::numeric_limits<qint64>::max();
        QTest::newRow("min") << std::numeric_limits<qint64>::min();
    }
    void integers()
    {
        QFETCH(qint64, value);
        Database db(path(QStringLiteral("ints.db")));
        Statement st(db, QStringLiteral("SELECT ?1, typeof(?1)"));
        st.bind(1, value);
        QVERIFY(st.step());
        QCOMPARE(st.columnInt64(0), value);
        QCOMPARE(st.columnText(1), QStringLiteral("integer"));
        QVERIFY(!st.columnIsNull(0));
        QVERIFY(!st.step());
    }

    void intAndBool()
    {
        Database db(path(QStringLiteral("ib.db")));
        Statement st(db, QStringLiteral("SELECT ?1, ?2, ?3"));
        st.bind(1, 7).bind(2, true).bind(3, false);
        QVERIFY(st.step());
        QCOMPARE(st.columnInt(0), 7);
        QCOMPARE(st.columnInt(1), 1);
        QCOMPARE(st.columnInt(2), 0);
    }

    void doubles_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("fraction") << 0.125;
        QTest::newRow("negative") << -1e300;
        QTest::newRow("tiny") << 5e-324;
    }
    void doubles()
    {
        QFETCH(double, value);
        Database db(path(QStringLiteral("doubles.db")));
        Statement st(db, QStringLiteral("SELECT ?1, typeof(?1)"));
        st.bind(1, value);
        QVERIFY(st.step());
        QCOMPARE(st.columnDouble(0), value);
        QCOMPARE(st.columnText(1), QStringLiteral("real"));
    }

    void texts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("ascii") << QStringLiteral("hello");
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("german") << QStringLiteral("Größenangabe überprüfen");
        QTest::newRow("chinese") << QStringLiteral("义乌市小商品有限公司");
        QTest::newRow("emoji") << QString::fromUtf8("\xF0\x9F\x93\xA6 box");
        QTest::newRow("embedded nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    }
    void texts()
    {
        QFETCH(QString, value);
        Database db(path(QStringLiteral("texts.db")));
        Statement st(db, QStringLiteral("SELECT ?1, typeof(?1)"));
        st.bind(1, value);
        QVERIFY(st.step());
        QCOMPARE(st.columnText(0), value);
        QVERIFY(!st.columnText(0).isNull()); // '' is not NULL
        QCOMPARE(st.columnText(1), QStringLiteral("text"));
    }

    void blobs_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\x00", 4);
        QTest::newRow("large") << QByteArray(1 << 20, 'x');
        QTest::newRow("zero length") << QByteArray("");
    }
    void blobs()
    {
        QFETCH(QByteArray, value);
        Database db(path(QStringLiteral("blobs.db")));
        Statement st(db, QStringLiteral("SELECT ?1, typeof(?1)"));
        st.bind(1, value);
        QVERIFY(st.step());
        QCOMPARE(st.columnBlob(0), value);
        QVERIFY(!st.columnBlob(0).isNull()); // a zero-length blob is not NULL
        QCOMPARE(st.columnText(1), QStringLiteral("blob"));
    }

    void nulls()
    {
        Database db(path(QStringLiteral("nulls.db")));
        Statement st(db, QStringLiteral("SELECT ?1, ?2, ?3, ?4, ?5, typeof(?1), typeof(?2), typeof(?3)"));
        st.bind(1, QString()).bind(2, QByteArray()).bindNull(3);
        st.bind(4, std::optional<qint64>()).bind(5, std::optional<qint64>(5));
        QVERIFY(st.step());
        for (int col : {0, 1, 2, 3}) {
            QVERIFY2(st.columnIsNull(col), qPrintable(QString::number(col)));
        }
        QVERIFY(st.columnText(0).isNull());
        QVERIFY(st.columnBlob(1).isNull());
        QCOMPARE(st.columnInt64(4), 5);
        QCOMPARE(st.columnText(5), QStringLiteral("null"));
        QCOMPARE(st.columnText(6), QStringLiteral("null"));
        QCOMPARE(st.columnText(7), QStringLiteral("null"));
    }

    void resetKeepsTheStatementAndClearsBinds()
    {
        Database db(path(QStringLiteral("reset.db")));
        db.exec(QStringLiteral("CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT)"));
        Statement insert(db, QStringLiteral("INSERT INTO t (k, v) VALUES (?1, ?2)"));
        for (int i = 0; i < 3; ++i) {
            insert.bind(1, i).bind(2, QString::number(i));
            insert.run();
        }
        insert.bind(1, 3); // ?2 left unbound after run()'s reset: NULL, not the previous value
        insert.run();
        Statement st(db, QStringLiteral("SELECT count(*), count(v) FROM t"));
        QVERIFY(st.step());
        QCOMPARE(st.columnInt(0), 4);
        QCOMPARE(st.columnInt(1), 3);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db(path(QStringLiteral("tx.db")));
        db.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        const auto count = [&db] {
            Statement st(db, QStringLiteral("SELECT count(*) FROM t"));
            st.step();
            return st.columnInt(0);
        };
        {
            Transaction tx(db);
            QVERIFY(db.inTransaction());
            db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        }
        QVERIFY(!db.inTransaction());
        QCOMPARE(count(), 0);
        {
            Transaction tx(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            tx.rollback();
            QVERIFY(!tx.isActive());
        }
        QCOMPARE(count(), 0);
        {
            Transaction tx(db, Transaction::Kind::Deferred);
            db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            tx.commit();
            QVERIFY(!tx.isActive());
        }
        QCOMPARE(count(), 1);
        try {
            Transaction tx(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
            throw std::runtime_error("the caller failed");
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(count(), 1);
    }

    void errorsNameTheFileAndKind()
    {
        Database db(path(QStringLiteral("errors.db")));
        db.exec(QStringLiteral("CREATE TABLE t (v INTEGER NOT NULL UNIQUE)"));
        try {
            Statement st(db, QStringLiteral("SELEC nonsense"));
            QFAIL("a syntax error must throw");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Other);
            QVERIFY(e.message().contains(db.path()));
        }
        db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        Statement insert(db, QStringLiteral("INSERT INTO t VALUES (?1)"));
        insert.bind(1, 1);
        try {
            insert.run();
            QFAIL("a duplicate must throw");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Constraint);
        }
        // The statement is usable again after the failure.
        insert.bind(1, 2);
        insert.run();
        QCOMPARE(db.changes(), 1);
    }

    void openingAMissingFolderIsAnIoError()
    {
        const QString where = path(QStringLiteral("no/such/folder/cache.db"));
        try {
            Database db(where);
            QFAIL("must throw");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Io);
            QVERIFY(e.message().contains(where));
        }
    }

    void aFailedOpenLeaksNoHandle()
    {
        // Before the fix, a file that failed after sqlite3_open_v2 kept its handle (and lock) open.
        const QString junk = path(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'J'));
        f.close();
        // Counting open descriptors needs Linux's /proc; elsewhere the check would pass vacuously.
        if (!QDir(QStringLiteral("/proc/self/fd")).exists())
            QSKIP("no /proc/self/fd on this system: cannot count open files");
        const int before = openFileDescriptors();
        for (int i = 0; i < 20; ++i) {
            try {
                Database db(junk);
                QFAIL("must throw");
            } catch (const StorageError &e) {
                QCOMPARE(e.kind(), StorageError::Kind::Corrupt);
            }
        }
        QCOMPARE(openFileDescriptors(), before);
    }

    void interruptCancelsARunningQuery()
    {
        Database db(path(QStringLiteral("interrupt.db")));
        std::atomic<bool> done = false;
        // Keep interrupting until the query has ended: no assumption about when it starts.
        std::thread interrupter([&] {
            while (!done) {
                db.interrupt();
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        StorageError::Kind kind = StorageError::Kind::Other;
        try {
            Statement st(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                            "SELECT count(*) FROM n"));
            st.step();
        } catch (const StorageError &e) {
            kind = e.kind();
        }
        done = true;
        interrupter.join();
        QCOMPARE(kind, StorageError::Kind::Interrupted);
        // The connection still works afterwards.
        Statement st(db, QStringLiteral("SELECT 1"));
        QVERIFY(st.step());
    }

    void anInterruptedWriteRollsBackCleanly()
    {
        // sqlite rolls the whole transaction back by itself on an interrupt; Transaction must not then
        // fail with "no transaction is active".
        Database db(path(QStringLiteral("interrupt-tx.db")));
        db.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        std::atomic<bool> done = false;
        std::atomic<bool> writing = false;
        std::thread interrupter([&] {
            while (!done) {
                if (writing)
                    db.interrupt();
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        StorageError::Kind kind = StorageError::Kind::Other;
        {
            Transaction tx(db);
            db.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
            writing = true;
            try {
                db.exec(QStringLiteral("INSERT INTO t WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                       "FROM n) SELECT i FROM n"));
            } catch (const StorageError &e) {
                kind = e.kind();
            }
            writing = false;
            QVERIFY(!db.inTransaction());
            tx.rollback(); // must not throw
        }
        done = true;
        interrupter.join();
        QCOMPARE(kind, StorageError::Kind::Interrupted);
        Statement st(db, QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(st.step());
        QCOMPARE(st.columnInt(0), 0);
    }

    void backupCopiesEverything()
    {
        const QString target = path(QStringLiteral("backup-target.db"));
        {
            Database db(path(QStringLiteral("backup-source.db")));
            db.enableWal();
            db.exec(QStringLiteral("CREATE TABLE t (v TEXT)"));
            Transaction tx(db);
            Statement insert(db, QStringLiteral("INSERT INTO t VALUES (?1)"));
            for (int i = 0; i < 5000; ++i) {
                insert.bind(1, QStringLiteral("row %1").arg(i));
                insert.run();
            }
            tx.commit();
            db.setUserVersion(7);
            db.backupTo(target);
        }
        Database copy(target);
        QCOMPARE(copy.userVersion(), 7);
        QCOMPARE(copy.integrityCheck(), QStringLiteral("ok"));
        Statement st(copy, QStringLiteral("SELECT count(*), max(v) FROM t"));
        QVERIFY(st.step());
        QCOMPARE(st.columnInt(0), 5000);
        QCOMPARE(st.columnText(1), QStringLiteral("row 999")); // text order
    }

    void moveKeepsTheConnection()
    {
        Database a(path(QStringLiteral("move.db")));
        a.exec(QStringLiteral("CREATE TABLE t (v INTEGER)"));
        Database b(std::move(a));
        QVERIFY(!a.handle());
        b.exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        QCOMPARE(b.changes(), 1);
        QCOMPARE(b.path(), path(QStringLiteral("move.db")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
