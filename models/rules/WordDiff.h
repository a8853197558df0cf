#pragma once
// A word-level diff of two texts (the copy's previous version against the current one): words,
// runs of spaces and punctuation are the units; Chinese is compared character by character.
#include <QList>
#include <QString>

namespace wk {

struct DiffSpan {
    enum class Op { Same, Removed, Added };
    Op op = Op::Same;
    QString text;
    friend bool operator==(const DiffSpan &, const DiffSpan &) = default;
};

class WordDiff
{
public:
    static QStringList tokens(const QString &text);
    // Spans in reading order; consecutive spans of the same kind are merged. Texts longer than
    // `maxTokens` tokens are compared as a whole (removed, then added) to bound the work.
    static QList<DiffSpan> diff(const QString &before, const QString &after, int maxTokens = 4000);
};

} // namespace wk
