#pragma once
// The journal's hash chain. Each row stores prev_hash (the previous row's hash, '' for the first)
// and hash = lowercase hex SHA-256 of canonical(row), where canonical is the UTF-8 of
//     "wk-journal-v1\n" followed by, for each of seq, at (ms since the epoch), event, command_id,
//     type, target, detail, actor, suggestion, payload, prev_hash: "<byte length>:<bytes>\n"
// (NULL as the empty string). Length prefixes keep field boundaries unambiguous; seq inside the hash
// makes moving a row detectable, prev_hash deleting one, and journal_head (the newest seq and hash,
// kept apart from the rows) deleting the newest ones.
//
// What it does not stop: someone who can write the file may recompute every hash after an edit. The
// chain makes tampering evident to anyone who kept an earlier head (the verify output prints it);
// it is not a signature.
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace wk {

class Database;
struct JournalEntry;

struct JournalVerification {
    enum class Problem { None, Edited, Unlinked, Unsealed, HeadMismatch };
    Problem problem = Problem::None;
    qint64 rows = 0;        // rows checked
    qint64 brokenAt = 0;    // the first row that does not verify (0: none, or the head)
    QString headHash;       // the newest row's stored hash
    bool ok() const { return problem == Problem::None; }
    // A sentence for people (translated), e.g. for the console and the start-up warning.
    QString message() const;
};

class JournalChain
{
    Q_DECLARE_TR_FUNCTIONS(wk::JournalChain)
public:
    static QByteArray canonical(const JournalEntry &entry);
    // hash of entry with entry.prevHash as the link.
    static QString hashOf(const JournalEntry &entry);

    // Chains the rows written before schema 6, once (see 006_journal_chain.sql). Returns how many
    // rows it sealed. Joins the caller's transaction or runs in its own.
    static int sealLegacyRows(Database &db);

    // Walks the whole journal in seq order.
    static JournalVerification verify(Database &db);
};

} // namespace wk

Q_DECLARE_METATYPE(wk::JournalVerification)
