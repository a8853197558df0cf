#include "rules/WordDiff.h"

#include <QRegularExpression>
#include <vector>

namespace wk {

QStringList WordDiff::tokens(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("\\p{Han}|[\\p{L}\\p{N}\\p{M}'’_-]+|\\s+|."),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = token.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

QList<DiffSpan> WordDiff::diff(const QString &before, const QString &after, int maxTokens)
{
    const QStringList a = tokens(before), b = tokens(after);
    QList<DiffSpan> spans;
    const auto push = [&spans](DiffSpan::Op op, const QString &text) {
        if (text.isEmpty())
            return;
        if (!spans.isEmpty() && spans.last().op == op)
            spans.last().text += text;
        else
            spans.append({op, text});
    };
    if (a.size() > maxTokens || b.size() > maxTokens) {
        if (before == after)
            push(DiffSpan::Op::Same, before);
        else {
            push(DiffSpan::Op::Removed, before);
            push(DiffSpan::Op::Added, after);
        }
        return spans;
    }
    // Longest common subsequence over tokens, then walked from the start.
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(i) == b.at(j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            push(DiffSpan::Op::Same, a.at(i));
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            push(DiffSpan::Op::Removed, a.at(i++));
        } else {
            push(DiffSpan::Op::Added, b.at(j++));
        }
    }
    while (i < n)
        push(DiffSpan::Op::Removed, a.at(i++));
    while (j < m)
        push(DiffSpan::Op::Added, b.at(j++));
    return spans;
}

} // namespace wk
