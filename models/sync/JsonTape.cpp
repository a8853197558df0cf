#include "JsonTape.h"

#include "DecodeError.h"
#include "JsonParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cmath>

namespace wk::json {

using detail::decodeString;

JsonTape::JsonTape(const QByteArray &body) : m_body(body)
{
    // Offsets are 32-bit: a page is a few megabytes; anything near 4 GiB is not a page.
    if (quint64(body.size()) >= 0xFFFFFFF0ULL)
        throw DecodeError(QStringLiteral("$"), QStringLiteral("not valid JSON: the text is too large (%1 bytes)")
                                                   .arg(body.size()));
    // About one node per 16 bytes on the wire's bodies: one allocation for most pages.
    m_nodes.reserve(std::size_t(body.size() / 16 + 16));
    detail::parse(m_body, m_nodes);
}

JsonTape JsonTape::fromJsonValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    // QJsonDocument writes only arrays and objects: a value of any type is written as the single
    // element of an array, and the brackets are cut off.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return JsonTape(text.mid(1, text.size() - 2));
}

JsonView JsonTape::root() const
{
    return m_nodes.empty() ? JsonView() : JsonView(this, 0);
}

double JsonView::toDouble() const
{
    if (!isNumber())
        return 0;
    const QByteArrayView t = text();
    double d = 0;
    std::from_chars(t.data(), t.data() + t.size(), d);   // the parser has checked grammar and range
    // QJsonDocument reads "-0" as the integer 0: no sign (as "-0.0" and "-0e0" keep theirs).
    if (d == 0 && std::signbit(d) && !t.contains('.') && !t.contains('e') && !t.contains('E'))
        return 0.0;
    return d;
}

QString JsonView::toString() const
{
    if (!isString())
        return {};
    const Node &n = node();
    return decodeString(m_tape->body().constData() + n.begin, n.length, n.escaped);
}

QByteArrayView JsonView::rawString() const
{
    if (!isString())
        return {};
    return QByteArrayView(m_tape->body().constData() + node().begin, node().length);
}

QByteArrayView JsonView::text() const
{
    if (!m_tape)
        return {};
    const Node &n = node();
    const bool quoted = n.type == Type::String;
    return QByteArrayView(m_tape->body().constData() + n.begin - (quoted ? 1 : 0), n.length + (quoted ? 2 : 0));
}

QJsonValue JsonView::toJsonValue() const
{
    if (!m_tape)
        return QJsonValue(QJsonValue::Undefined);
    // Qt's own parser, so that numbers and strings are exactly the values QJsonDocument makes of
    // the same text (every text the tape accepts, it accepts).
    if (isObject())
        return QJsonDocument::fromJson(text().toByteArray()).object();
    const QByteArray wrapped = '[' + text().toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

JsonView JsonView::member(QStringView key) const
{
    if (!isObject())
        return {};
    bool keyIsAscii = true;
    for (const QChar c : key)
        keyIsAscii = keyIsAscii && c.unicode() < 0x80;
    const char *body = m_tape->body().constData();
    const quint32 end = node().next;
    // Called ~30 times per item, over ~25 keys each: the common miss costs a length compare.
    for (quint32 k = m_index + 1; k < end; k = m_tape->node(k + 1).next) {
        const Node &n = m_tape->node(k);
        if (n.escaped || !keyIsAscii) {
            // Rare: compare as text ("\u0061" is "a").
            if (JsonView(m_tape, k).toString() == key)
                return JsonView(m_tape, k + 1);
            continue;
        }
        // An unescaped key of other bytes than ASCII has more bytes than UTF-16 units, so a length
        // that matches is all ASCII or no match.
        if (n.length != quint32(key.size()))
            continue;
        const char *p = body + n.begin;
        qsizetype i = 0;
        while (i < key.size() && char16_t(quint8(p[i])) == key.utf16()[i])
            ++i;
        if (i == key.size())
            return JsonView(m_tape, k + 1);
    }
    return {};
}

} // namespace wk::json
