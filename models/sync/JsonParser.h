#pragma once
// The parser behind JsonTape, and the string decoding the views share with it. Internal to
// models/sync (JsonTape.h is the interface).
#include "JsonTape.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace wk::json::detail {

// Fills `nodes` with the tape of `body`; throws DecodeError (naming the byte offset) unless it is
// valid JSON as JsonTape.h defines it.
void parse(const QByteArray &body, std::vector<Node> &nodes);
// A string's text; `p` holds what the parser accepted (escapes and surrogate pairs checked).
QString decodeString(const char *p, quint32 length, bool escaped);

} // namespace wk::json::detail
