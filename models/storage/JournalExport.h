#pragma once
// The journal as CSV (RFC 4180, UTF-8, one header line) and as JSON, and back. Both carry every
// column including prev_hash and hash, so an exported journal can be checked on its own
// (JournalChain::hashOf over the parsed entries).
#include "JournalStore.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace wk::journalexport {

QByteArray toCsv(const QList<JournalEntry> &entries);
QByteArray toJson(const QList<JournalEntry> &entries);

// nullopt (and *error set to a sentence) when the text is not an export of this format.
std::optional<QList<JournalEntry>> fromCsv(const QByteArray &csv, QString *error = nullptr);
std::optional<QList<JournalEntry>> fromJson(const QByteArray &json, QString *error = nullptr);

// Checks a list of entries (oldest first) the way JournalChain::verify checks the table; returns
// the seq of the first entry that does not verify, 0 if all do.
qint64 firstBrokenEntry(const QList<JournalEntry> &entries);

} // namespace wk::journalexport
