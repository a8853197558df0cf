// The decision journal's hash chain (issue 7): it verifies as written, and an edited, deleted,
// reordered or smuggled-in row breaks it; rows from before the chain get sealed once; the context
// (who, the AI's suggestion, the payload) is filled in; CSV and JSON exports round-trip and verify
// on their own.
#include "CodecSamples.h"
#include "storage/CacheDatabase.h"
#include "sync/CommandQueue.h"
#include "storage/JournalChain.h"
#include "storage/JournalExport.h"
#include "storage/JournalStore.h"
#include "storage/OrderStore.h"
#include "storage/OutboxStore.h"
#include "storage/ReviewStore.h"
#include "storage/Statement.h"
#include "storage/SyncStateStore.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

using namespace wk;
using ChainProblem = JournalVerification::Problem;
Q_DECLARE_METATYPE(wk::JournalVerification::Problem)

namespace {
const QDateTime kNow = samples::at(22, 9, 0);

// What someone with write access to the file would have to do first.
void dropGuards(Database &db)
{
    db.exec(QStringLiteral("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;"));
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    int m_counter = 0;

    QString path() const { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_counter)); }

    // Ten entries of every kind the console writes.
    void fill(Database &db)
    {
        Transaction tx(db);
        SyncStateStore(db).setValue(QStringLiteral("supervisor_id"), QStringLiteral("sup-ana"));
        ReviewItem item = samples::reviewItem();
        ReviewStore(db).upsert(item);
        OrderStore(db).upsert(samples::orderException());
        OutboxStore outbox(db);
        Command decide = samples::decideCommand();
        decide.target = item.id;
        outbox.enqueue(decide, kNow, std::chrono::minutes(1));
        JournalStore journal(db);
        journal.appendReveal(samples::order().id, {QStringLiteral("customer_name")}, QStringLiteral("carrier call"),
                             {}, kNow.addSecs(5));
        for (int i = 0; i < 7; ++i)
            journal.append({0, kNow.addSecs(10 + i), QStringLiteral("test"), {}, {}, {},
                            QStringLiteral("entry, \"%1\"\nwith 中文").arg(i)});
        QVERIFY(outbox.undo(decide.id, kNow.addSecs(30)));
        tx.commit();
    }

private slots:
    void init()
    {
        ++m_counter;
        m_db.emplace(openCache(path()));
        fill(*m_db);
    }
    void cleanup() { m_db.reset(); }

    void theChainVerifies()
    {
        const JournalVerification v = JournalChain::verify(*m_db);
        QVERIFY2(v.ok(), qPrintable(v.message()));
        QCOMPARE(v.rows, 10);
        const QList<JournalEntry> all = JournalStore(*m_db).all();
        QCOMPARE(v.headHash, all.constLast().hash);
        QCOMPARE(all.constFirst().prevHash, QString());
        for (qsizetype i = 1; i < all.size(); ++i)
            QCOMPARE(all.at(i).prevHash, all.at(i - 1).hash);
        // Still so after reopening (as the start-up check does).
        m_db.reset();
        m_db.emplace(openCache(path()));
        QVERIFY(JournalChain::verify(*m_db).ok());
    }

    void contextIsFilledIn()
    {
        const QList<JournalEntry> all = JournalStore(*m_db).all();
        const JournalEntry &enqueued = all.at(0);
        QCOMPARE(enqueued.event, QStringLiteral("enqueued"));
        QCOMPARE(enqueued.actor, QStringLiteral("sup-ana"));
        const QJsonObject suggestion = QJsonDocument::fromJson(enqueued.suggestion.toUtf8()).object();
        QVERIFY2(suggestion.contains(QStringLiteral("flags")), qPrintable(enqueued.suggestion));
        QCOMPARE(suggestion.value(QStringLiteral("confidence")).toDouble(), samples::reviewItem().aiConfidence);
        QCOMPARE(QJsonDocument::fromJson(enqueued.payload.toUtf8()).object(), samples::decideCommand().payload);

        const JournalEntry &reveal = all.at(1);
        QCOMPARE(reveal.event, QLatin1String(JournalStore::kRevealEvent));
        QCOMPARE(reveal.target, samples::order().id);
        QCOMPARE(reveal.actor, QStringLiteral("sup-ana"));
        // The order's exception carries the AI's proposal.
        QVERIFY2(reveal.suggestion.contains(QStringLiteral("proposal")), qPrintable(reveal.suggestion));
        QVERIFY(reveal.detail.contains(QStringLiteral("customer_name")));
        QCOMPARE(all.constLast().event, QStringLiteral("undone"));
    }

    void tamperingBreaksTheChain_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<ChainProblem>("problem");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("edited detail") << QStringLiteral("UPDATE journal SET detail = 'nothing happened' WHERE seq = 4")
                                       << ChainProblem::Edited << qint64(4);
        QTest::newRow("edited actor") << QStringLiteral("UPDATE journal SET actor = 'sup-bob' WHERE seq = 1")
                                      << ChainProblem::Edited << qint64(1);
        QTest::newRow("edited time") << QStringLiteral("UPDATE journal SET at = at + 1 WHERE seq = 7")
                                     << ChainProblem::Edited << qint64(7);
        QTest::newRow("edited suggestion") << QStringLiteral("UPDATE journal SET suggestion = '' WHERE seq = 2")
                                           << ChainProblem::Edited << qint64(2);
        QTest::newRow("deleted in the middle") << QStringLiteral("DELETE FROM journal WHERE seq = 5")
                                               << ChainProblem::Unlinked << qint64(6);
        QTest::newRow("deleted the first") << QStringLiteral("DELETE FROM journal WHERE seq = 1")
                                           << ChainProblem::Unlinked << qint64(2);
        QTest::newRow("deleted the newest") << QStringLiteral("DELETE FROM journal WHERE seq >= 9")
                                            << ChainProblem::HeadMismatch << qint64(10);
        // Two rows swap places: their seqs are exchanged (through a free number).
        QTest::newRow("reordered") << QStringLiteral("UPDATE journal SET seq = 100 WHERE seq = 3; "
                                                     "UPDATE journal SET seq = 3 WHERE seq = 4; "
                                                     "UPDATE journal SET seq = 4 WHERE seq = 100;")
                                   << ChainProblem::Unlinked << qint64(3);
        // The same, moving the contents and keeping the seqs (and hashes) in place.
        QTest::newRow("contents swapped") << QStringLiteral(
            "CREATE TEMP TABLE t AS SELECT * FROM journal WHERE seq IN (5, 6); "
            "UPDATE journal SET detail = (SELECT detail FROM t WHERE seq = 11 - journal.seq), "
            "at = (SELECT at FROM t WHERE seq = 11 - journal.seq) WHERE seq IN (5, 6);")
                                          << ChainProblem::Edited << qint64(5);
        QTest::newRow("row smuggled in") << QStringLiteral(
            "INSERT INTO journal (seq, at, event, detail) VALUES (11, 0, 'applied', 'forged')")
                                         << ChainProblem::Unsealed << qint64(11);
        QTest::newRow("hash nulled") << QStringLiteral("UPDATE journal SET hash = NULL WHERE seq = 2")
                                     << ChainProblem::Unsealed << qint64(2);
    }

    void tamperingBreaksTheChain()
    {
        QFETCH(QString, sql);
        QFETCH(ChainProblem, problem);
        QFETCH(qint64, brokenAt);
        dropGuards(*m_db);
        m_db->exec(sql);
        const JournalVerification v = JournalChain::verify(*m_db);
        QVERIFY2(!v.ok(), "tampering went unnoticed");
        QCOMPARE(v.problem, problem);
        QCOMPARE(v.brokenAt, brokenAt);
        QVERIFY(!v.message().isEmpty());
        // Reopening does not launder it (sealing happens once, at the migration).
        m_db.reset();
        m_db.emplace(openCache(path()));
        QCOMPARE(JournalChain::verify(*m_db).problem, problem);
    }

    void theSchemaStillRefusesEditsAndSealedRowsStaySealed()
    {
        for (const char *sql : {"UPDATE journal SET detail = 'x' WHERE seq = 1", "DELETE FROM journal WHERE seq = 1",
                                "UPDATE journal SET hash = 'x' WHERE seq = 1"}) {
            QVERIFY_THROWS_EXCEPTION(StorageError, m_db->exec(QString::fromLatin1(sql)));
        }
        QVERIFY(JournalChain::verify(*m_db).ok());
    }

    void rowsFromBeforeTheChainAreSealedOnce()
    {
        // As a cache migrated from schema 5 looks: rows without hashes, head not yet sealed.
        dropGuards(*m_db);
        m_db->exec(QStringLiteral("UPDATE journal SET hash = NULL, prev_hash = NULL; "
                                  "UPDATE journal_head SET seq = 0, hash = '', legacy_sealed = 0;"));
        QVERIFY2(JournalChain::verify(*m_db).ok(), "an unsealed legacy journal is not a break");
        m_db.reset();
        m_db.emplace(openCache(path()));
        const JournalVerification v = JournalChain::verify(*m_db);
        QVERIFY2(v.ok(), qPrintable(v.message()));
        QCOMPARE(v.rows, 10);
        QCOMPARE(JournalChain::sealLegacyRows(*m_db), 0);
        JournalStore(*m_db).append({0, kNow, QStringLiteral("after"), {}, {}, {}, {}});
        QVERIFY(JournalChain::verify(*m_db).ok());
    }

    void twoConnectionsAppendingKeepOneChain()
    {
        const auto writer = [this](int n) {
            Database db = openCache(path());
            for (int i = 0; i < n; ++i)
                JournalStore(db).append({0, kNow, QStringLiteral("concurrent"), {}, {}, {}, QString::number(i)});
        };
        std::unique_ptr<QThread> a(QThread::create(writer, 100));
        std::unique_ptr<QThread> b(QThread::create(writer, 100));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        const JournalVerification v = JournalChain::verify(*m_db);
        QVERIFY2(v.ok(), qPrintable(v.message()));
        QCOMPARE(v.rows, 210);
    }

    void searchFilters()
    {
        JournalStore journal(*m_db);
        JournalQuery q;
        q.text = QStringLiteral("中文");
        QCOMPARE(journal.search(q).size(), 7);
        q.text = QStringLiteral("\"3\"");
        QCOMPARE(journal.search(q).size(), 1);
        q = {};
        q.event = QLatin1String(JournalStore::kRevealEvent);
        QCOMPARE(journal.search(q).size(), 1);
        q = {};
        q.text = QStringLiteral("%");   // literally, not a wildcard
        QCOMPARE(journal.search(q).size(), 0);
        q = {};
        q.from = kNow.addSecs(10);
        q.to = kNow.addSecs(12);
        QCOMPARE(journal.search(q).size(), 2);
        QCOMPARE(journal.actors(), QStringList{QStringLiteral("sup-ana")});
        QCOMPARE(journal.search({}).constFirst().seq, 10);   // newest first
    }

    void theFulfilmentDeskRecordsARevealThroughTheQueue()
    {
        CommandQueue queue(path());
        queue.recordReveal(QStringLiteral("ord-9"), {QStringLiteral("customer_email")}, QStringLiteral("bounce"));
        QTRY_COMPARE(JournalStore(*m_db).recent(1).constFirst().target, QStringLiteral("ord-9"));
        const JournalEntry last = JournalStore(*m_db).recent(1).constFirst();
        QCOMPARE(last.event, QLatin1String(JournalStore::kRevealEvent));
        QCOMPARE(last.target, QStringLiteral("ord-9"));
        QCOMPARE(last.actor, QStringLiteral("sup-ana"));
        QVERIFY(last.detail.contains(QStringLiteral("customer_email")));
        QVERIFY(JournalChain::verify(*m_db).ok());
    }

    void exportRoundTrips_data()
    {
        QTest::addColumn<bool>("csv");
        QTest::newRow("csv") << true;
        QTest::newRow("json") << false;
    }

    void exportRoundTrips()
    {
        QFETCH(bool, csv);
        const QList<JournalEntry> all = JournalStore(*m_db).all();
        const QByteArray bytes = csv ? journalexport::toCsv(all) : journalexport::toJson(all);
        QString error;
        const auto back = csv ? journalexport::fromCsv(bytes, &error) : journalexport::fromJson(bytes, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(back->at(i), all.at(i));
        QCOMPARE(journalexport::firstBrokenEntry(*back), 0);
        // An edit in the exported file shows as well.
        QList<JournalEntry> edited = *back;
        edited[3].detail = QStringLiteral("edited");
        QCOMPARE(journalexport::firstBrokenEntry(edited), edited.at(3).seq);
        QVERIFY(!(csv ? journalexport::fromCsv("seq,at\r\n1,2\r\n") : journalexport::fromJson("{}")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "test_journal.moc"
