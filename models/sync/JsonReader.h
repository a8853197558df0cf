#pragma once
// The strict, path-tracking field reader behind every decoder in Codecs.h, over a JsonTape.
//
// Every read either returns a value that satisfies the contract or throws DecodeError naming the
// exact JSON path ("$.changes[3].data.gmv_at_risk.currency") and what was wrong, so that a bad body
// from the platform (or a bad command from a console) can be pinned down from one log line.
// The path of a field is only built when something fails (JsonPath.h): a page of 1,000 changes is
// read without building a string per field.
#include "Codecs.h"
#include "JsonPath.h"
#include "JsonTape.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>
#include <cmath>
#include <optional>

namespace wk::codec::detail {

using json::JsonView;

// JSON numbers are doubles: integers are exact only below 2^53 (JavaScript's MAX_SAFE_INTEGER + 1).
inline constexpr qint64 kMaxSafeInteger = (qint64(1) << 53) - 1;

// The JSON type of a value as a user reads it: "null", "a boolean", "a number", ...
QString describeType(JsonView value);
// A value quoted for an error message, shortened so that a hostile body cannot bloat the log.
QString quoted(const QString &text);

// Value-level readers: used for array elements and by JsonReader for fields.
JsonView readObject(JsonView value, const Path &path);
JsonView readArray(JsonView value, const Path &path);
QString readString(JsonView value, const Path &path);
QString readNonEmptyString(JsonView value, const Path &path);
bool readBool(JsonView value, const Path &path);
qint64 readInteger(JsonView value, const Path &path, qint64 min = -kMaxSafeInteger, qint64 max = kMaxSafeInteger);
double readNumber(JsonView value, const Path &path, double min, double max);
QDate readDate(JsonView value, const Path &path);
QDateTime readTimestamp(JsonView value, const Path &path);
QMap<QString, QString> readStringMap(JsonView value, const Path &path);
// An object as Qt's type (command payloads, a conflict's current entity are kept as QJsonObjects).
QJsonObject readJsonObject(JsonView value, const Path &path);

// A string of ASCII bytes without escapes widened into `buffer` (no allocation), for codes and
// timestamps; nothing when the string is longer than the buffer or escaped.
template <qsizetype N>
std::optional<QStringView> shortString(JsonView value, char16_t (&buffer)[N])
{
    const QByteArrayView raw = value.rawString();
    if (value.isEscaped() || raw.size() > N)
        return std::nullopt;
    for (qsizetype i = 0; i < raw.size(); ++i)
        buffer[i] = char16_t(quint8(raw[i]));
    return QStringView(buffer, raw.size());
}

// The enum a string value names, or nothing.
template <typename E>
std::optional<E> enumOf(JsonView value)
{
    char16_t buffer[48];
    if (const std::optional<QStringView> code = shortString(value, buffer))
        return fromCode<E>(*code);
    return fromCode<E>(value.toString());
}

template <typename E>
E readEnum(JsonView value, const Path &path)
{
    if (value.isString())
        if (const std::optional<E> e = enumOf<E>(value))
            return *e;
    const QString code = readString(value, path);
    fail(path, QStringLiteral("unknown code %1 (expected one of: %2)")
                   .arg(quoted(code), allCodes<E>().join(QStringLiteral(", "))));
}

// Decodes every element of an array with `decode(element, path[i])`.
template <typename T, typename Decode>
QList<T> readList(JsonView value, const Path &path, Decode decode)
{
    readArray(value, path);
    QList<T> out;
    out.reserve(value.size());
    qsizetype i = 0;
    for (const JsonView element : value.elements()) {
        const Path elementPath(path, i++);
        out.append(decode(element, elementPath));
    }
    return out;
}

// Reads the fields of one JSON object. Required fields throw when absent or null; optional ones
// accept absence and null alike. Unknown fields are ignored (the platform may add fields).
class JsonReader
{
public:
    // Throws unless `value` is an object. `path` must outlive the reader.
    JsonReader(JsonView value, const Path &path);

    const Path &path() const { return m_path; }
    Path pathOf(QStringView key) const { return Path(m_path, key); }
    [[noreturn]] void fail(QStringView key, const QString &reason) const;

    // The member as it is: undefined when absent.
    JsonView value(QStringView key) const { return m_object.member(key); }
    // Present and not null.
    bool has(QStringView key) const
    {
        const JsonView v = value(key);
        return !v.isUndefined() && !v.isNull();
    }
    // Throws "missing required field" if absent or null.
    JsonView required(QStringView key) const
    {
        const JsonView v = value(key);
        if (v.isUndefined() || v.isNull())
            missing(key, v);
        return v;
    }

    // The accessors check the common, valid case first and build the field's JSON path only when
    // they have an error to report with it.
    QString string(QStringView key) const
    {
        const JsonView v = required(key);
        return v.isString() ? v.toString() : readString(v, pathOf(key));
    }
    // Identifiers and references: a string that is not empty.
    QString id(QStringView key) const
    {
        const JsonView v = required(key);
        if (v.isString() && !v.rawString().isEmpty())
            return v.toString();
        return readNonEmptyString(v, pathOf(key));
    }
    QString optionalString(QStringView key) const
    {
        const JsonView v = value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        return v.isString() ? v.toString() : readString(v, pathOf(key));
    }
    bool boolean(QStringView key) const
    {
        const JsonView v = required(key);
        return v.isBool() ? v.toBool() : readBool(v, pathOf(key));
    }
    qint64 integer(QStringView key, qint64 min = -kMaxSafeInteger, qint64 max = kMaxSafeInteger) const
    {
        const JsonView v = required(key);
        if (v.isNumber()) {
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
        const JsonView v = required(key);
        if (v.isNumber()) {
            const double d = v.toDouble();
            if (d >= min && d <= max)
                return d;
        }
        return readNumber(v, pathOf(key), min, max);
    }
    QDateTime timestamp(QStringView key) const { return readTimestamp(required(key), pathOf(key)); }
    QDateTime optionalTimestamp(QStringView key) const
    {
        return has(key) ? readTimestamp(value(key), pathOf(key)) : QDateTime();
    }
    QDate date(QStringView key) const { return readDate(required(key), pathOf(key)); }
    QJsonObject objectField(QStringView key) const { return readJsonObject(required(key), pathOf(key)); }
    QMap<QString, QString> stringMap(QStringView key) const { return readStringMap(required(key), pathOf(key)); }
    template <typename E> E enumCode(QStringView key) const
    {
        const JsonView v = required(key);
        if (v.isString())
            if (const std::optional<E> e = enumOf<E>(v))
                return *e;
        return readEnum<E>(v, pathOf(key));
    }
    template <typename T, typename Decode> QList<T> list(QStringView key, Decode decode) const
    {
        return readList<T>(required(key), pathOf(key), decode);
    }
    // Decodes a nested value with one of the TapeDecoders.h decoders, e.g. sub(u"price", decodeMoney).
    template <typename Decode> auto sub(QStringView key, Decode decode) const
    {
        return decode(required(key), pathOf(key));
    }
    template <typename Decode> auto optionalSub(QStringView key, Decode decode) const
    {
        using T = decltype(decode(JsonView(), m_path));
        if (!has(key))
            return std::optional<T>();
        return std::optional<T>(decode(value(key), pathOf(key)));
    }

private:
    [[noreturn]] void missing(QStringView key, JsonView value) const;

    JsonView m_object;
    const Path &m_path;
};

// Runs a JsonView decoder on a value of Qt's JSON types (the public decoders of Codecs.h): the
// value becomes a tape first, so there is one decoder per type.
template <typename Decode>
auto decodeValue(const QJsonValue &value, const QString &path, Decode decode)
{
    const json::JsonTape tape = json::JsonTape::fromJsonValue(value);
    const Path root(path);
    return decode(tape.root(), root);
}

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
