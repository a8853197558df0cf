#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTime>
#include <cmath>

namespace wk::codec {
namespace detail {
namespace {

constexpr qsizetype kMaxQuoted = 60;

// Reads `count` ASCII digits at `pos`; -1 if any is not a digit.
int digits(QStringView s, qsizetype pos, qsizetype count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const QChar c = s.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

bool charAt(QStringView s, qsizetype pos, char expected)
{
    return pos < s.size() && s.at(pos) == QLatin1Char(expected);
}

// "YYYY-MM-DD" at the start of s, or an invalid date.
QDate parseDatePart(QStringView s)
{
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !charAt(s, 4, '-') || !charAt(s, 7, '-'))
        return {};
    return QDate(year, month, day);   // invalid for year 0, month 13, Feb 30, ...
}

// RFC 3339: YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM). Written by hand rather than with QDateTime's
// ISO parser, which also accepts forms the contract does not (no seconds, no zone, local time).
QDateTime parseRfc3339(QStringView s)
{
    const QDate date = parseDatePart(s);
    if (!date.isValid() || !charAt(s, 10, 'T') || !charAt(s, 13, ':') || !charAt(s, 16, ':'))
        return {};
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    const int second = digits(s, 17, 2);
    if (hour < 0 || minute < 0 || second < 0)
        return {};
    qsizetype pos = 19;
    int ms = 0;
    if (charAt(s, pos, '.')) {
        ++pos;
        const qsizetype start = pos;
        while (pos < s.size() && pos - start < 9 && s.at(pos) >= QLatin1Char('0')
               && s.at(pos) <= QLatin1Char('9'))
            ++pos;
        const qsizetype n = pos - start;
        if (n == 0)
            return {};
        // Milliseconds are the precision of QDateTime: finer digits are dropped.
        ms = digits(s, start, qMin<qsizetype>(n, 3));
        for (qsizetype i = n; i < 3; ++i)
            ms *= 10;
    }
    int offsetSeconds = 0;
    if (charAt(s, pos, 'Z')) {
        ++pos;
    } else if (charAt(s, pos, '+') || charAt(s, pos, '-')) {
        const int sign = charAt(s, pos, '-') ? -1 : 1;
        const int oh = digits(s, pos + 1, 2);
        const int om = digits(s, pos + 4, 2);
        if (oh < 0 || om < 0 || !charAt(s, pos + 3, ':') || oh > 23 || om > 59)
            return {};
        offsetSeconds = sign * (oh * 3600 + om * 60);
        pos += 6;
    } else {
        return {};
    }
    if (pos != s.size())
        return {};
    const QTime time(hour, minute, second, ms);
    if (!time.isValid())   // also rejects the leap second :60, which QDateTime cannot hold
        return {};
    if (offsetSeconds == 0)   // the wire's own form: no arithmetic, and the year is 1..9999 already
        return QDateTime(date, time, Qt::UTC);
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    // An offset can carry 0001-01-01 or 9999-12-31 across the edge of what RFC 3339 can write.
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

[[noreturn]] void wrongType(JsonView value, const Path &path, const char *expected)
{
    fail(path, QStringLiteral("expected %1, got %2").arg(QLatin1StringView(expected), describeType(value)));
}

} // namespace

QString describeType(JsonView value)
{
    switch (value.type()) {
    case json::Type::Null: return QStringLiteral("null");
    case json::Type::False:
    case json::Type::True: return QStringLiteral("a boolean");
    case json::Type::Number: return QStringLiteral("a number");
    case json::Type::String: return QStringLiteral("a string");
    case json::Type::Array: return QStringLiteral("an array");
    case json::Type::Object: return QStringLiteral("an object");
    case json::Type::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString quoted(const QString &text)
{
    if (text.size() <= kMaxQuoted)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QLatin1Char('"') + text.left(kMaxQuoted) + QStringLiteral("...\"");
}

JsonView readObject(JsonView value, const Path &path)
{
    if (!value.isObject())
        wrongType(value, path, "an object");
    return value;
}

JsonView readArray(JsonView value, const Path &path)
{
    if (!value.isArray())
        wrongType(value, path, "an array");
    return value;
}

QString readString(JsonView value, const Path &path)
{
    if (!value.isString())
        wrongType(value, path, "a string");
    return value.toString();
}

QString readNonEmptyString(JsonView value, const Path &path)
{
    QString s = readString(value, path);
    if (s.isEmpty())
        fail(path, QStringLiteral("must not be empty"));
    return s;
}

bool readBool(JsonView value, const Path &path)
{
    if (!value.isBool())
        wrongType(value, path, "a boolean (true or false)");
    return value.toBool();
}

qint64 readInteger(JsonView value, const Path &path, qint64 min, qint64 max)
{
    if (!value.isNumber())
        wrongType(value, path, "an integer");
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d)
        fail(path, QStringLiteral("expected an integer, got %1").arg(d));
    // At 2^53 and beyond a double no longer tells neighbouring integers apart: the value the
    // sender meant may not be the one that arrived.
    if (std::fabs(d) > double(kMaxSafeInteger))
        fail(path, QStringLiteral("integer out of range (beyond 2^53): %1").arg(d, 0, 'g', 17));
    const auto n = qint64(d);
    if (n < min || n > max) {
        if (min == 0 && n < 0)
            fail(path, QStringLiteral("must not be negative, got %1").arg(n));
        fail(path, QStringLiteral("must be between %1 and %2, got %3").arg(min).arg(max).arg(n));
    }
    return n;
}

double readNumber(JsonView value, const Path &path, double min, double max)
{
    if (!value.isNumber())
        wrongType(value, path, "a number");
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < min || d > max)
        fail(path, QStringLiteral("must be between %1 and %2, got %3").arg(min).arg(max).arg(d));
    return d;
}

QDate readDate(JsonView value, const Path &path)
{
    const QString s = readString(value, path);
    const QDate date = s.size() == 10 ? parseDatePart(s) : QDate();
    if (!date.isValid())
        fail(path, QStringLiteral("expected a date as YYYY-MM-DD, got %1").arg(quoted(s)));
    return date;
}

QDateTime readTimestamp(JsonView value, const Path &path)
{
    // The common case without a QString: a timestamp is ASCII and short.
    char16_t buffer[40];
    if (value.isString())
        if (const std::optional<QStringView> text = shortString(value, buffer))
            if (QDateTime dt = parseRfc3339(*text); dt.isValid())
                return dt;
    const QString s = readString(value, path);
    const QDateTime dt = parseRfc3339(s);
    if (!dt.isValid())
        fail(path, QStringLiteral("expected an RFC 3339 timestamp such as "
                                  "\"2026-11-22T08:15:00.000Z\", got %1")
                       .arg(quoted(s)));
    return dt;
}

QMap<QString, QString> readStringMap(JsonView value, const Path &path)
{
    readObject(value, path);
    QMap<QString, QString> out;
    for (const json::JsonMember m : value.members()) {
        const QString key = m.key.toString();
        if (!m.value.isString())
            wrongType(m.value, Path(path, key), "a string");
        out.insert(key, m.value.toString());
    }
    return out;
}

QJsonObject readJsonObject(JsonView value, const Path &path)
{
    return readObject(value, path).toJsonValue().toObject();
}

JsonReader::JsonReader(JsonView value, const Path &path)
    : m_object(readObject(value, path))
    , m_path(path)
{
}

void JsonReader::fail(QStringView key, const QString &reason) const
{
    detail::fail(pathOf(key), reason);
}

void JsonReader::missing(QStringView key, JsonView value) const
{
    fail(key, value.isNull() ? QStringLiteral("required field is null") : QStringLiteral("missing required field"));
}

void putOptionalTimestamp(QJsonObject &o, QStringView key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(key, encodeTimestamp(value));
}

QJsonObject encodeStringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace detail

QJsonObject parseObject(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        detail::fail(QStringLiteral("$"), QStringLiteral("not valid JSON: %1 at offset %2")
                                             .arg(error.errorString())
                                             .arg(error.offset));
    if (!doc.isObject())
        detail::fail(QStringLiteral("$"), QStringLiteral("expected a JSON object, got %1")
                                             .arg(doc.isArray() ? QStringLiteral("an array")
                                                                : QStringLiteral("nothing")));
    return doc.object();
}

QString encodeTimestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime decodeTimestamp(const QJsonValue &value, const QString &path)
{
    return detail::decodeValue(value, path, detail::readTimestamp);
}

} // namespace wk::codec
