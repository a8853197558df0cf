#include "JsonPath.h"

namespace wk {

DecodeError::DecodeError(QString path, QString reason)
    : std::runtime_error((path + QStringLiteral(": ") + reason).toStdString())
    , m_path(std::move(path))
    , m_reason(std::move(reason))
{
}

namespace codec::detail {

namespace {

// Keys are quoted in a path up to this length, so that a hostile body cannot bloat the log.
constexpr qsizetype kMaxQuotedKey = 60;

bool isIdentifier(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const bool ok = c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (i > 0 && c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString childPath(const QString &parent, QStringView key)
{
    if (isIdentifier(key))
        return parent + QLatin1Char('.') + key.toString();
    QString escaped = key.left(kMaxQuotedKey).toString();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    if (key.size() > kMaxQuotedKey)
        escaped += QStringLiteral("...");
    return parent + QStringLiteral("[\"") + escaped + QStringLiteral("\"]");
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString Path::toString() const
{
    if (!m_parent)
        return m_root ? *m_root : QStringLiteral("$");
    const QString parent = m_parent->toString();
    return m_index >= 0 ? indexPath(parent, m_index) : childPath(parent, m_key);
}

void fail(const QString &path, const QString &reason)
{
    throw DecodeError(path, reason);
}

void fail(const Path &path, const QString &reason)
{
    throw DecodeError(path.toString(), reason);
}

} // namespace codec::detail
} // namespace wk
