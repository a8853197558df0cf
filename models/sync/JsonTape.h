#pragma once
// A strict RFC 8259 parser of a UTF-8 body into a flat tape, and views into it.
//
// Why not QJsonDocument: a first sync decodes a million items, and QJsonDocument builds a tree of
// QCborValues (a QString per key and per string, a container per object) that the decoders then
// look up by QString and copy out of again. The tape is one vector of nodes over the body's bytes:
// strings are views (a QString is made only when a decoder asks for one), numbers stay text until
// read, and a container knows where its last descendant ends, so that skipping a sibling is O(1).
//
// At least as strict as QJsonDocument: every object or array the tape accepts, QJsonDocument
// accepts with the same values (test_json_tape and the fuzzer check it). A lone scalar at the top
// is JSON too (RFC 8259): the tape reads it, QJsonDocument reads only documents. Beyond it, the
// tape also rejects duplicate keys (QJsonDocument keeps the last one: which one the platform meant
// is not ours to guess), lone UTF-16 surrogates in \u escapes,
// unescaped control characters, unknown escapes, a byte order mark and numbers outside RFC 8259's
// grammar (".5", "1."). Errors are DecodeErrors at "$" naming the byte offset; a duplicate key's
// names the key's JSON path.
#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <vector>

namespace wk::json {

enum class Type : quint8 { Undefined, Null, False, True, Number, String, Array, Object };

struct Node {
    quint32 begin = 0;    // strings: the first byte after the opening quote; others: the first byte
    quint32 length = 0;   // strings: the bytes between the quotes; others: the whole value's text
    quint32 next = 0;     // the index of the node after this value and all its descendants
    quint32 count = 0;    // arrays: elements; objects: members; an object's keys: a hash of the key
    Type type = Type::Undefined;
    bool escaped = false; // strings: the bytes hold a backslash escape
};

class JsonView;
struct JsonMember;
template <typename Item, bool IsObject> class JsonRange;

class JsonTape
{
public:
    // Deeper nesting is refused (QJsonDocument stops at 1024).
    static constexpr int kMaxDepth = 512;

    JsonTape() = default;
    // Parses `body` (kept, implicitly shared); throws DecodeError when it is not valid JSON.
    explicit JsonTape(const QByteArray &body);
    // A value of Qt's JSON types as a tape over its compact text, so that decoders called with a
    // QJsonValue run the same code as those called with a body. An undefined value gives an empty
    // tape whose root() is undefined.
    static JsonTape fromJsonValue(const QJsonValue &value);

    JsonView root() const;
    const QByteArray &body() const { return m_body; }
    const Node &node(quint32 index) const { return m_nodes[index]; }
    quint32 nodeCount() const { return quint32(m_nodes.size()); }

private:
    QByteArray m_body;
    std::vector<Node> m_nodes;
};

// One value in a tape: a pointer and an index, passed by value. A default-constructed view is
// "undefined" (an absent member). The tape must outlive its views.
class JsonView
{
public:
    JsonView() = default;
    JsonView(const JsonTape *tape, quint32 index) : m_tape(tape), m_index(index) {}

    Type type() const { return m_tape ? node().type : Type::Undefined; }
    bool isUndefined() const { return !m_tape; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::True || type() == Type::False; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const { return type() == Type::True; }
    // The number as QJsonValue::toDouble() has it (correctly rounded); 0 for anything else.
    double toDouble() const;
    // The string, unescaped; empty for anything else.
    QString toString() const;
    // A string's bytes between the quotes, escapes as they are written.
    QByteArrayView rawString() const;
    bool isEscaped() const { return m_tape && node().escaped; }
    // The value's JSON text as the body holds it (a string with its quotes).
    QByteArrayView text() const;
    // As Qt's JSON types (for payloads kept as QJsonObjects).
    QJsonValue toJsonValue() const;

    // Elements of an array, members of an object; 0 for anything else.
    qsizetype size() const { return isArray() || isObject() ? qsizetype(node().count) : 0; }
    // The member's value, or an undefined view (also when this is not an object). Linear in the
    // object's members, comparing lengths first: objects on the wire have a few dozen keys.
    JsonView member(QStringView key) const;

    // Range-for over an array's elements, or an object's members as (key, value).
    JsonRange<JsonView, false> elements() const;
    JsonRange<JsonMember, true> members() const;

    const JsonTape *tape() const { return m_tape; }
    quint32 index() const { return m_index; }

private:
    const Node &node() const { return m_tape->node(m_index); }

    const JsonTape *m_tape = nullptr;
    quint32 m_index = 0;
};

struct JsonMember {
    JsonView key;
    JsonView value;
};

template <typename Item, bool IsObject>
class JsonIterator
{
public:
    JsonIterator(const JsonTape *tape, quint32 index) : m_tape(tape), m_index(index) {}
    Item operator*() const
    {
        if constexpr (IsObject)
            return Item{JsonView(m_tape, m_index), JsonView(m_tape, m_index + 1)};
        else
            return JsonView(m_tape, m_index);
    }
    JsonIterator &operator++()
    {
        m_index = m_tape->node(IsObject ? m_index + 1 : m_index).next;
        return *this;
    }
    bool operator!=(const JsonIterator &other) const { return m_index != other.m_index; }

private:
    const JsonTape *m_tape;
    quint32 m_index;
};

template <typename Item, bool IsObject>
class JsonRange
{
public:
    JsonRange(const JsonTape *tape, quint32 first, quint32 end) : m_tape(tape), m_first(first), m_end(end) {}
    JsonIterator<Item, IsObject> begin() const { return {m_tape, m_first}; }
    JsonIterator<Item, IsObject> end() const { return {m_tape, m_end}; }

private:
    const JsonTape *m_tape;
    quint32 m_first;
    quint32 m_end;
};

inline JsonRange<JsonView, false> JsonView::elements() const
{
    if (!isArray())
        return {m_tape, 0, 0};
    return {m_tape, m_index + 1, node().next};
}

inline JsonRange<JsonMember, true> JsonView::members() const
{
    if (!isObject())
        return {m_tape, 0, 0};
    return {m_tape, m_index + 1, node().next};
}

} // namespace wk::json
