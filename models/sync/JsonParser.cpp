// The parser behind JsonTape (JsonTape.h): one pass over the body, one node per value.
#include "JsonParser.h"

#include "JsonPath.h"

#include <QHash>
#include <QVarLengthArray>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace wk::json {

namespace {
using detail::decodeString;

constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighs = 0x8080808080808080ULL;

// Whether any of the 8 bytes in `w` ends the fast path of a string: a quote, a backslash, a control
// character (< 0x20) or a byte of a multi-byte UTF-8 sequence (>= 0x80).
inline bool hasSpecialByte(quint64 w)
{
    const auto hasZero = [](quint64 v) { return (v - kOnes) & ~v & kHighs; };
    const quint64 quote = hasZero(w ^ (kOnes * '"'));
    const quint64 backslash = hasZero(w ^ (kOnes * '\\'));
    const quint64 control = (w - kOnes * 0x20) & ~w & kHighs;
    return (quote | backslash | control | (w & kHighs)) != 0;
}

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits at p (the caller has checked that they are there); -1 if one is not hex.
int hex4(const char *p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

inline bool isHighSurrogate(int u) { return u >= 0xD800 && u <= 0xDBFF; }
inline bool isLowSurrogate(int u) { return u >= 0xDC00 && u <= 0xDFFF; }


quint32 hashKey(const char *p, quint32 n)
{
    quint32 h = 2166136261u;   // FNV-1a
    for (quint32 i = 0; i < n; ++i)
        h = (h ^ quint8(p[i])) * 16777619u;
    return h;
}

class Parser
{
public:
    Parser(const QByteArray &body, std::vector<Node> &nodes)
        : m_begin(body.constData())
        , m_p(m_begin)
        , m_end(m_begin + body.size())
        , m_nodes(nodes)
    {
    }

    void run()
    {
        skipSpace();
        for (;;) {
            if (!value())
                continue;   // a container was opened: its first element or member follows
            if (afterValue())
                return;
        }
    }

private:
    [[noreturn]] void syntaxError(const char *what, const char *at) const
    {
        throw DecodeError(QStringLiteral("$"), QStringLiteral("not valid JSON: %1 at byte offset %2")
                                                   .arg(QLatin1StringView(what))
                                                   .arg(at - m_begin));
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    quint32 offset(const char *p) const { return quint32(p - m_begin); }

    // One value at m_p. True when it is complete; false when it opened a container that has
    // elements or members (with an object's first key already read).
    bool value()
    {
        if (m_p >= m_end)
            syntaxError("the text ends where a value should be", m_p);
        switch (*m_p) {
        case '{':
        case '[': {
            const bool isObject = *m_p == '{';
            open(isObject ? Type::Object : Type::Array);
            skipSpace();
            if (m_p < m_end && *m_p == (isObject ? '}' : ']')) {   // empty
                ++m_p;
                close();
                return true;
            }
            if (isObject)
                key();
            return false;
        }
        case '"': string(false); return true;
        case 't': literal("true", Type::True); return true;
        case 'f': literal("false", Type::False); return true;
        case 'n': literal("null", Type::Null); return true;
        default:
            if (*m_p == '-' || isDigit(*m_p)) {
                number();
                return true;
            }
            syntaxError("expected a value", m_p);
        }
    }

    // After a complete value: closes the containers it completes. True at the end of the text.
    bool afterValue()
    {
        for (;;) {
            if (m_stack.empty()) {
                skipSpace();
                if (m_p != m_end)
                    syntaxError("unexpected text after the value", m_p);
                return true;
            }
            const quint32 top = m_stack.back();
            const bool isObject = m_nodes[top].type == Type::Object;
            ++m_nodes[top].count;
            skipSpace();
            if (m_p >= m_end)
                syntaxError(isObject ? "unterminated object" : "unterminated array", m_p);
            if (*m_p == ',') {
                ++m_p;
                skipSpace();
                if (isObject)
                    key();
                return false;
            }
            if (*m_p != (isObject ? '}' : ']'))
                syntaxError(isObject ? "expected ',' or '}' after a member" : "expected ',' or ']' after an element",
                            m_p);
            ++m_p;
            close();
        }
    }

    // A member's key and its colon; leaves m_p at the value.
    void key()
    {
        if (m_p >= m_end || *m_p != '"')
            syntaxError("expected a string as the member's name", m_p);
        string(true);
        skipSpace();
        if (m_p >= m_end || *m_p != ':')
            syntaxError("expected ':' after the member's name", m_p);
        ++m_p;
        skipSpace();
    }

    void push(Type type, quint32 begin, quint32 length, bool escaped = false)
    {
        Node n;
        n.begin = begin;
        n.length = length;
        n.next = quint32(m_nodes.size() + 1);
        n.type = type;
        n.escaped = escaped;
        m_nodes.push_back(n);
    }

    void open(Type type)
    {
        if (m_stack.size() >= std::size_t(JsonTape::kMaxDepth))
            syntaxError("nested more deeply than 512 levels", m_p);
        m_stack.push_back(quint32(m_nodes.size()));
        push(type, offset(m_p), 0);
        ++m_p;
    }

    void close()
    {
        const quint32 index = m_stack.back();
        Node &n = m_nodes[index];
        n.length = offset(m_p) - n.begin;
        n.next = quint32(m_nodes.size());
        if (n.type == Type::Object && n.count > 1)
            checkDuplicateKeys(index);
        m_stack.pop_back();
    }

    void literal(const char *word, Type type)
    {
        const auto n = qsizetype(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, std::size_t(n)) != 0)
            syntaxError("expected a value", m_p);
        push(type, offset(m_p), quint32(n));
        m_p += n;
    }

    void number()
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            syntaxError("invalid number", start);
        if (*m_p == '0') {
            ++m_p;
            if (m_p < m_end && isDigit(*m_p))
                syntaxError("invalid number (a leading zero)", start);
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                syntaxError("invalid number (no digit after the decimal point)", start);
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        bool exponent = false;
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            exponent = true;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                syntaxError("invalid number (no digit in the exponent)", start);
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        // Without an exponent, fewer than 20 characters cannot leave a double's range; anything
        // else is converted once here, because QJsonDocument refuses what overflows or underflows.
        if (exponent || m_p - start >= 20) {
            double ignored = 0;
            if (std::from_chars(start, m_p, ignored).ec != std::errc())
                syntaxError("number out of range", start);
        }
        push(Type::Number, offset(start), quint32(m_p - start));
    }

    void string(bool isKey)
    {
        const char *open = m_p;
        const char *start = ++m_p;
        bool escaped = false;
        for (;;) {
            while (m_end - m_p >= 8) {
                quint64 w;
                std::memcpy(&w, m_p, 8);
                if (hasSpecialByte(w))
                    break;
                m_p += 8;
            }
            if (m_p >= m_end)
                syntaxError("unterminated string", open);
            const auto c = quint8(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                escape();
            } else if (c < 0x20) {
                syntaxError("a control character in a string (it must be escaped)", m_p);
            } else if (c >= 0x80) {
                utf8();
            } else {
                ++m_p;
            }
        }
        const quint32 length = quint32(m_p - start);
        push(Type::String, offset(start), length, escaped);
        if (isKey)
            m_nodes.back().count = hashKey(start, length);
        ++m_p;   // the closing quote
    }

    void escape()
    {
        const char *at = m_p++;
        if (m_p >= m_end)
            syntaxError("unterminated string", at);
        switch (*m_p) {
        case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
            ++m_p;
            return;
        case 'u': break;
        default: syntaxError("invalid escape sequence", at);
        }
        const int unit = m_end - m_p >= 5 ? hex4(m_p + 1) : -1;
        if (unit < 0)
            syntaxError("invalid \\u escape (four hex digits expected)", at);
        m_p += 5;
        if (isLowSurrogate(unit))
            syntaxError("a lone UTF-16 surrogate in a \\u escape", at);
        if (!isHighSurrogate(unit))
            return;
        const int low = m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u' ? hex4(m_p + 2) : -1;
        if (!isLowSurrogate(low))
            syntaxError("a lone UTF-16 surrogate in a \\u escape", at);
        m_p += 6;
    }

    // One multi-byte UTF-8 sequence, checked as Unicode's table 3-7 has it: no overlong forms, no
    // surrogates, nothing beyond U+10FFFF.
    void utf8()
    {
        const auto *p = reinterpret_cast<const quint8 *>(m_p);
        const auto *end = reinterpret_cast<const quint8 *>(m_end);
        const quint8 lead = p[0];
        int continuation = 0;
        quint8 low = 0x80, high = 0xBF;   // the range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            syntaxError("invalid UTF-8", m_p);
        }
        if (end - p <= continuation || p[1] < low || p[1] > high)
            syntaxError("invalid UTF-8", m_p);
        for (int i = 2; i <= continuation; ++i)
            if (p[i] < 0x80 || p[i] > 0xBF)
                syntaxError("invalid UTF-8", m_p);
        m_p += continuation + 1;
    }

    QByteArrayView keyBytes(quint32 key) const
    {
        return QByteArrayView(m_begin + m_nodes[key].begin, m_nodes[key].length);
    }

    // Duplicate keys would make the decoders' answer depend on which one a lookup meets first.
    void checkDuplicateKeys(quint32 object)
    {
        QVarLengthArray<quint32, 64> keys;   // on the stack for the wire's objects
        keys.reserve(m_nodes[object].count);
        bool anyEscaped = false;
        for (quint32 k = object + 1; k < m_nodes[object].next; k = m_nodes[k + 1].next) {
            keys.push_back(k);
            anyEscaped = anyEscaped || m_nodes[k].escaped;
        }
        const auto same = [this](quint32 a, quint32 b) {
            return m_nodes[a].count == m_nodes[b].count && keyBytes(a) == keyBytes(b);
        };
        if (anyEscaped) {
            // Rare: "a" and "\u0061" are one key, so compare the keys as text.
            QHash<QString, quint32> seen;
            for (quint32 k : keys) {
                const QString text = decodedKey(k);
                if (const auto it = seen.constFind(text); it != seen.constEnd())
                    duplicate(it.value(), k);
                seen.insert(text, k);
            }
            return;
        }
        if (keys.size() <= 64) {
            // A bit per hash value seen: only a key whose bit is already set is compared, with
            // the keys before it. Objects on the wire have a few dozen keys.
            quint64 seen = 0;
            for (qsizetype i = 0; i < keys.size(); ++i) {
                const quint64 bit = quint64(1) << (m_nodes[keys[i]].count & 63);
                if (seen & bit) {
                    for (qsizetype j = 0; j < i; ++j)
                        if (same(keys[i], keys[j]))
                            duplicate(keys[j], keys[i]);
                }
                seen |= bit;
            }
            return;
        }
        std::sort(keys.begin(), keys.end(), [this](quint32 a, quint32 b) {
            if (m_nodes[a].count != m_nodes[b].count)
                return m_nodes[a].count < m_nodes[b].count;
            const int order = keyBytes(a).compare(keyBytes(b));
            return order != 0 ? order < 0 : a < b;
        });
        for (qsizetype i = 1; i < keys.size(); ++i)
            if (same(keys[i - 1], keys[i]))
                duplicate(keys[i - 1], keys[i]);
    }

    QString decodedKey(quint32 key) const
    {
        return decodeString(m_begin + m_nodes[key].begin, m_nodes[key].length, m_nodes[key].escaped);
    }

    [[noreturn]] void duplicate(quint32 first, quint32 second) const
    {
        // The path of the open object, from the containers still open around it.
        QString path = QStringLiteral("$");
        for (std::size_t i = 1; i < m_stack.size(); ++i) {
            const Node &parent = m_nodes[m_stack[i - 1]];
            if (parent.type == Type::Array)
                path = codec::detail::indexPath(path, parent.count);
            else
                path = codec::detail::childPath(path, decodedKey(m_stack[i] - 1));
        }
        const quint32 a = std::min(first, second), b = std::max(first, second);
        throw DecodeError(codec::detail::childPath(path, decodedKey(b)),
                          QStringLiteral("duplicate key: the object has it more than once (at byte offsets %1 and %2)")
                              .arg(m_nodes[a].begin - 1)
                              .arg(m_nodes[b].begin - 1));
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    std::vector<Node> &m_nodes;
    std::vector<quint32> m_stack;   // the containers open at m_p
};

} // namespace

QString detail::decodeString(const char *p, quint32 length, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(p, qsizetype(length));
    QString out;
    out.reserve(qsizetype(length));
    const char *end = p + length;
    const char *run = p;
    while (p < end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        if (p > run)
            out += QString::fromUtf8(run, p - run);
        const char c = p[1];
        p += 2;
        switch (c) {
        case 'b': out += QLatin1Char('\b'); break;
        case 'f': out += QLatin1Char('\f'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'u': {
            out += QChar(char16_t(hex4(p)));
            p += 4;
            break;
        }
        default: out += QLatin1Char(c); break;   // " \ /
        }
        run = p;
    }
    if (p > run)
        out += QString::fromUtf8(run, p - run);
    return out;
}

void detail::parse(const QByteArray &body, std::vector<Node> &nodes)
{
    Parser(body, nodes).run();
}

} // namespace wk::json
