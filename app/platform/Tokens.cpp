#include "Tokens.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <stdexcept>

namespace wk::platform {

TokenTable TokenTable::demo()
{
    return TokenTable({{QStringLiteral("demo-1"), QStringLiteral("sup-1"), QStringLiteral("Mei Lin")},
                       {QStringLiteral("demo-2"), QStringLiteral("sup-2"), QStringLiteral("Jonas Weber")},
                       {QStringLiteral("demo-3"), QStringLiteral("sup-3"), QStringLiteral("Priya Nair")}});
}

TokenTable TokenTable::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw std::invalid_argument(
            QStringLiteral("Cannot read the tokens file %1: %2.").arg(path, file.errorString()).toStdString());
    return fromText(QString::fromUtf8(file.readAll()), path);
}

TokenTable TokenTable::fromText(const QString &text, const QString &origin)
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    QList<SupervisorToken> tokens;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(ws);
        if (parts.size() < 3)
            throw std::invalid_argument(QStringLiteral("%1, line %2: expected \"token supervisor_id display name\".")
                                            .arg(origin).arg(i + 1).toStdString());
        tokens.append({parts.at(0), parts.at(1), parts.mid(2).join(QLatin1Char(' '))});
    }
    if (tokens.isEmpty())
        throw std::invalid_argument(QStringLiteral("%1 holds no tokens.").arg(origin).toStdString());
    return TokenTable(std::move(tokens));
}

std::optional<SupervisorToken> TokenTable::find(const QString &token) const
{
    for (const auto &t : m_tokens)
        if (t.token == token)
            return t;
    return std::nullopt;
}

QString TokenTable::displayName(const QString &supervisorId) const
{
    for (const auto &t : m_tokens)
        if (t.supervisorId == supervisorId)
            return t.displayName;
    return supervisorId;
}

} // namespace wk::platform
