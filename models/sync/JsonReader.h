#pragma once
// The strict, path-tracking field reader behind every decoder in Codecs.h.
//
// Every read either returns a value that satisfies the contract or throws DecodeError naming the
// exact JSON path ("$.changes[3].data.gmv_at_risk.currency") and what was wrong, so that a bad body
// from the platform (or a bad command from a console) can be pinned down from one log line.
// The path of a field is only built when something fails: a page of 5,000 changes is read without
// building a string per field.
#include "Codecs.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>
#include <cmath>
#include <optional>

namespace wk::codec::detail {

// JSON numbers are doubles: integers are exact only below 2^53 (JavaScript's MAX_SAFE_INTEGER + 1).
inline constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

// "$.a" + "b" → "$.a.b"; keys that are not identifiers are quoted: "$.attributes[\"size (cm)\"]".
QString childPath(const QString &parent, QStringView key);
QString indexPath(const QString &parent, qsizetype index);

// The JSON type of a value as a user reads it: "null", "a boolean", "a number", ...
QString describeType(const QJsonValue &value);
// A value quoted for an error message, shortened so that a hostile body cannot bloat the log.
QString quoted(const QString &text);

[[noreturn]] void fail(const QString &path, const QString &reason);

// Value-level readers: used for array elements and by JsonReader for fields.
QJsonObject readObject(const QJsonValue &value, const QString &path);
QJsonArray readArray(const QJsonValue &value, const QString &path);
QString readString(const QJsonValue &value, const QString &path);
QString readNonEmptyString(const QJsonValue &value, const QString &path);
bool readBool(const QJsonValue &value, const QString &path);
qint64 readInteger(const QJsonValue &value, const QString &path, qint64 min = -kMaxSafeInteger,
                   qint64 max = kMaxSafeInteger);
double readNumber(const QJsonValue &value, const QString &path, double min, double max);
QDate readDate(const QJsonValue &value, const QString &path);
QMap<QString, QString> readStringMap(const QJsonValue &value, const QString &path);

template <typename E>
E readEnum(const QJsonValue &value, const QString &path)
{
    const QString code = readString(value, path);
    if (const std::optional<E> e = fromCode<E>(code))
        return *e;
    fail(path, QStringLiteral("unknown code %1 (expected one of: %2)")
                   .arg(quoted(code), allCodes<E>().join(QStringLiteral(", "))));
}

// Decodes every element of an array with `decode(element, "$.path[i]")`.
template <typename T, typename Decode>
QList<T> readList(const QJsonValue &value, const QString &path, Decode decode)
{
    const QJsonArray array = readArray(value, path);
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(decode(array.at(i), indexPath(path, i)));
    return out;
}

// Reads the fields of one JSON object. Required fields throw when absent or null; optional ones
// accept absence and null alike. Unknown fields are ignored (the platform may add fields).
class JsonReader
{
public:
    // Throws unless `value` is an object.
    JsonReader(const QJsonValue &value, const QString &path);

    const QString &path() const { return m_path; }
    const QJsonObject &object() const { return m_object; }
    QString pathOf(QStringView key) const { return childPath(m_path, key); }
    [[noreturn]] void fail(QStringView key, const QString &reason) const;

    // Present and not null.
    bool has(QStringView key) const;
    // The raw value; throws "missing required field" if absent or null.
    QJsonValue required(QStringView key) const;

    // The accessors check the common, valid case first and build the field's JSON path (a string per
    // field: a sixth of a first sync's decoding time) only when they have an error to report with it.
    QString string(QStringView key) const
    {
        const QJsonValue v = required(key);
        return v.isString() ? v.toString() : readString(v, pathOf(key));
    }
    // Identifiers and references: a string that is not empty.
    QString id(QStringView key) const
    {
        const QJsonValue v = required(key);
        if (v.isString()) {
            QString s = v.toString();
            if (!s.isEmpty())
                return s;
        }
        return readNonEmptyString(v, pathOf(key));
    }
    QString optionalString(QStringView key) const;
    bool boolean(QStringView key) const
    {
        const QJsonValue v = required(key);
        return v.isBool() ? v.toBool() : readBool(v, pathOf(key));
    }
    qint64 integer(QStringView key, qint64 min = -kMaxSafeInteger, qint64 max = kMaxSafeInteger) const
    {
        const QJsonValue v = required(key);
        if (v.isDouble()) {
            const double d = v.toDouble();
            // The same checks as readInteger, which words the error when one fails.
            if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= double(kMaxSafeInteger)
                && qint64(d) >= min && qint64(d) <= max)
                return qint64(d);
        }
        return readInteger(v, pathOf(key), min, max);
    }
    // A count, a size or a version: 0 .. 2^53-1.
    qint64 count(QStringView key) const { return integer(key, 0, kMaxSafeInteger); }
    int smallCount(QStringView key) const { return int(integer(key, 0, 0x7fffffff)); }
    double number(QStringView key, double min, double max) const
    {
        return readNumber(required(key), pathOf(key), min, max);
    }
    QDateTime timestamp(QStringView key) const;
    QDateTime optionalTimestamp(QStringView key) const;
    QDate date(QStringView key) const { return readDate(required(key), pathOf(key)); }
    QJsonObject objectField(QStringView key) const { return readObject(required(key), pathOf(key)); }
    QMap<QString, QString> stringMap(QStringView key) const
    {
        return readStringMap(required(key), pathOf(key));
    }
    template <typename E> E enumCode(QStringView key) const
    {
        const QJsonValue v = required(key);
        if (v.isString())
            if (const std::optional<E> e = fromCode<E>(v.toString()))
                return *e;
        return readEnum<E>(v, pathOf(key));
    }
    template <typename T, typename Decode> QList<T> list(QStringView key, Decode decode) const
    {
        return readList<T>(required(key), pathOf(key), decode);
    }
    // Decodes a nested value with one of the Codecs.h decoders, e.g. sub(u"price", decodeMoney).
    template <typename Decode> auto sub(QStringView key, Decode decode) const
    {
        return decode(required(key), pathOf(key));
    }
    template <typename Decode> auto optionalSub(QStringView key, Decode decode) const
    {
        using T = decltype(decode(QJsonValue(), QString()));
        if (!has(key))
            return std::optional<T>();
        return std::optional<T>(decode(m_object.value(key), pathOf(key)));
    }

private:
    QJsonObject m_object;
    QString m_path;
};

// Encoding side: optional fields are left out when empty, so that absent and empty mean the same.
inline void putOptional(QJsonObject &o, QStringView key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
void putOptionalTimestamp(QJsonObject &o, QStringView key, const QDateTime &value);
QJsonObject encodeStringMap(const QMap<QString, QString> &map);

template <typename T, typename Encode>
QJsonArray encodeList(const QList<T> &list, Encode encode)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(encode(item));
    return out;
}

} // namespace wk::codec::detail
