#include "CustomerPrivacy.h"

#include <QStringList>

namespace wk {

namespace {
const QString kDots = QStringLiteral("\u2022\u2022\u2022");

QString maskWord(const QString &word)
{
    if (word.isEmpty())
        return word;
    // A surrogate pair is one character to a reader: keep it whole.
    const int first = word.at(0).isHighSurrogate() && word.size() > 1 ? 2 : 1;
    return word.left(first) + kDots;
}
} // namespace

QString CustomerPrivacy::maskName(const QString &name)
{
    QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w = maskWord(w);
    return words.join(QLatin1Char(' '));
}

QString CustomerPrivacy::maskEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return maskWord(email.trimmed());
    const QString local = email.left(at).trimmed();
    const QString domain = email.mid(at + 1).trimmed();
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    const QString host = dot < 0 ? domain : domain.left(dot);
    const QString tld = dot < 0 ? QString() : domain.mid(dot);
    return maskWord(local) + QLatin1Char('@') + maskWord(host) + tld;
}

} // namespace wk
