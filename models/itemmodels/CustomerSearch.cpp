#include "CustomerSearch.h"

#include <QStringList>
#include <algorithm>

namespace wk::fulfilment {

namespace {
QStringList words(const QString &term)
{
    QStringList out;
    QString current;
    for (const QChar c : term) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}
} // namespace

bool looksLikeCustomer(const QString &term)
{
    const QString t = term.trimmed();
    if (t.contains(QLatin1Char('@')))
        return t.size() >= 3;
    const auto letters = std::count_if(t.begin(), t.end(), [](QChar c) { return c.isLetter(); });
    const bool nameCharacters = std::all_of(t.begin(), t.end(), [](QChar c) {
        return c.isLetterOrNumber() || c.isMark() || c.isSpace() || c == QLatin1Char('\'') || c == QChar(0x2019)
            || c == QLatin1Char('-') || c == QLatin1Char('.');
    });
    return nameCharacters && letters >= 2;
}

QString customerMatch(const QString &term)
{
    const QStringList parts = words(term);
    if (parts.isEmpty())
        return {};
    // Words hold letters, digits and marks only: quoting cannot be broken out of.
    if (term.contains(QLatin1Char('@')))
        return QLatin1Char('"') + parts.join(QLatin1Char(' ')) + QLatin1Char('"');
    QStringList prefixes;
    for (const QString &w : parts)
        prefixes << QLatin1Char('"') + w + QStringLiteral("\"*");
    return prefixes.join(QLatin1Char(' '));
}

} // namespace wk::fulfilment
