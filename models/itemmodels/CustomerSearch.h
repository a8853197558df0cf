#pragma once
// The board's search box, read as a customer: an FTS5 MATCH expression over order_customer_fts
// (cache migration 007), which holds index terms only, never a readable name or email.
#include <QString>

namespace wk::fulfilment {

// Whether a search term is worth looking up as a customer name or email: an '@', or at least two
// letters among letters, digits, spaces and the punctuation of names. (An order id or a tracking
// number passes too; the index answers those at once, with nothing.)
bool looksLikeCustomer(const QString &term);

// The MATCH expression for a term: an email is a phrase of its exact terms ("ada.9@example.com"
// matches that address only); a name is every word as a prefix, in any order ("smi ada" finds
// "Ada Smith"). Empty when the term has no letters or digits. Words are split as FTS5's unicode61
// tokenizer splits them, so each quoted word is one term.
QString customerMatch(const QString &term);

} // namespace wk::fulfilment
