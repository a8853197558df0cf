#include "JournalChain.h"

#include "JournalStore.h"
#include "StoreSupport.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJournalChain, "wk.storage.journal")

namespace wk {

using namespace storage;

namespace {
void field(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += '\n';
}

const QString kAllRows =
    QStringLiteral("SELECT ") + JournalStore::rowColumns() + QStringLiteral(" FROM journal ORDER BY seq");
} // namespace

QByteArray JournalChain::canonical(const JournalEntry &e)
{
    QByteArray out("wk-journal-v1\n");
    field(out, QByteArray::number(e.seq));
    field(out, e.at.isValid() ? QByteArray::number(e.at.toMSecsSinceEpoch()) : QByteArray());
    for (const QString *s : {&e.event, &e.commandId, &e.type, &e.target, &e.detail, &e.actor, &e.suggestion,
                             &e.payload, &e.prevHash})
        field(out, s->toUtf8());
    return out;
}

QString JournalChain::hashOf(const JournalEntry &entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

int JournalChain::sealLegacyRows(Database &db)
{
    {
        Statement head(db, QStringLiteral("SELECT legacy_sealed FROM journal_head WHERE id = 1"));
        if (head.step() && head.columnInt(0) == 1)
            return 0;
    }
    WriteScope scope(db);
    // Re-read inside the write lock: another connection may have sealed meanwhile.
    Statement head(db, QStringLiteral("SELECT legacy_sealed FROM journal_head WHERE id = 1"));
    if (head.step() && head.columnInt(0) == 1)
        return 0;
    Statement rows(db, kAllRows);
    Statement seal(db, QStringLiteral("UPDATE journal SET prev_hash = ?2, hash = ?3 WHERE seq = ?1"));
    QString prev = QStringLiteral("");
    qint64 lastSeq = 0;
    int sealed = 0;
    while (rows.step()) {
        JournalEntry e = JournalStore::entryAt(rows);
        if (e.hash.isEmpty()) {
            e.prevHash = prev;
            e.hash = hashOf(e);
            seal.bind(1, e.seq).bind(2, e.prevHash).bind(3, e.hash);
            seal.run();
            ++sealed;
        }
        prev = e.hash;
        lastSeq = e.seq;
    }
    Statement setHead(db, QStringLiteral("UPDATE journal_head SET seq = ?1, hash = ?2, legacy_sealed = 1 WHERE id = 1"));
    setHead.bind(1, lastSeq).bind(2, prev);
    setHead.run();
    scope.commit();
    if (sealed > 0)
        qCInfo(lcJournalChain) << db.path() << "chained" << sealed << "journal rows written before schema 6";
    return sealed;
}

JournalVerification JournalChain::verify(Database &db)
{
    JournalVerification result;
    // One snapshot for the rows and the head: a row appended meanwhile must not look like a break.
    Transaction read(db, Transaction::Kind::Deferred);
    Statement rows(db, kAllRows);
    QString prev = QStringLiteral("");
    qint64 lastSeq = 0;
    bool sealedAll = true;
    while (rows.step()) {
        const JournalEntry e = JournalStore::entryAt(rows);
        ++result.rows;
        if (e.hash.isEmpty()) {
            // Rows of an older schema that were never opened read-write are not chained yet; any
            // other unsealed row is a break. Decided by the head below.
            sealedAll = false;
            if (result.ok()) {
                result.problem = JournalVerification::Problem::Unsealed;
                result.brokenAt = e.seq;
            }
            continue;
        }
        if (result.ok() && e.prevHash != prev) {
            result.problem = JournalVerification::Problem::Unlinked;
            result.brokenAt = e.seq;
        } else if (result.ok() && hashOf(e) != e.hash) {
            result.problem = JournalVerification::Problem::Edited;
            result.brokenAt = e.seq;
        }
        prev = e.hash;
        lastSeq = e.seq;
    }
    result.headHash = prev;
    Statement head(db, QStringLiteral("SELECT seq, hash, legacy_sealed FROM journal_head WHERE id = 1"));
    const bool hasHead = head.step();
    if (hasHead && head.columnInt(2) == 0 && !sealedAll && result.problem == JournalVerification::Problem::Unsealed) {
        // Never opened since the migration: nothing to accuse yet; the first read-write open chains it.
        result.problem = JournalVerification::Problem::None;
        result.brokenAt = 0;
        return result;
    }
    if (result.ok() && hasHead && head.columnInt(2) == 1
        && (head.columnInt64(0) != lastSeq || head.columnText(1) != prev)) {
        result.problem = JournalVerification::Problem::HeadMismatch;
        result.brokenAt = head.columnInt64(0);
    }
    return result;
}

QString JournalVerification::message() const
{
    switch (problem) {
    case Problem::None:
        return JournalChain::tr("The decision journal verifies: %n entries, unbroken.", nullptr, int(rows));
    case Problem::Edited:
        return JournalChain::tr("The decision journal was changed: entry %1 no longer matches its hash. Keep "
                                "this cache file as evidence and tell your lead.").arg(brokenAt);
    case Problem::Unlinked:
        return JournalChain::tr("The decision journal is broken before entry %1: an entry was removed or moved. "
                                "Keep this cache file as evidence and tell your lead.").arg(brokenAt);
    case Problem::Unsealed:
        return JournalChain::tr("The decision journal has an entry without a hash (entry %1), added outside "
                                "Watchkeeper. Keep this cache file as evidence and tell your lead.").arg(brokenAt);
    case Problem::HeadMismatch:
        return JournalChain::tr("The newest entries of the decision journal are missing: it should reach entry "
                                "%1. Keep this cache file as evidence and tell your lead.").arg(brokenAt);
    }
    return {};
}

} // namespace wk
