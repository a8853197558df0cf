// peekNextCursor: the next page's cursor read from a changes page's raw body, before (and without)
// decoding it, so that the client can ask for that page while this one decodes. A lenient scanner:
// anything it does not expect gives nothing, and the decoded page stays the authority.
#include "Codecs.h"

#include <QByteArrayView>
#include <optional>

namespace wk::codec {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &body) : m_p(body.constData()), m_end(body.constData() + body.size()) {}

    bool expect(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    // A string's raw bytes between the quotes; `escaped` if they hold a backslash escape.
    bool string(QByteArrayView *raw, bool *escaped)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char *start = ++m_p;
        *escaped = false;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                *escaped = true;
                ++m_p;
            }
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        *raw = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    // Any value; its text.
    bool value(QByteArrayView *span)
    {
        skipSpace();
        const char *start = m_p;
        if (m_p >= m_end)
            return false;
        QByteArrayView ignored;
        bool escaped = false;
        if (*m_p == '"') {
            if (!string(&ignored, &escaped))
                return false;
        } else if (*m_p == '{' || *m_p == '[') {
            int depth = 0;
            while (m_p < m_end) {
                const char c = *m_p;
                if (c == '"') {
                    if (!string(&ignored, &escaped))
                        return false;
                    continue;
                }
                ++m_p;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    break;
            }
            if (depth != 0)
                return false;
        } else {   // number, true, false, null
            while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && !isSpace(*m_p))
                ++m_p;
        }
        *span = QByteArrayView(start, m_p - start);
        return !span->isEmpty();
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }
    const char *m_p;
    const char *m_end;
};

} // namespace

namespace {
// The cursor of an object's top level, if has_more is true; `whole`: nothing may follow the object.
std::optional<QString> topLevelCursor(const QByteArray &body, bool whole)
{
    Scanner s(body);
    if (!s.expect('{') || s.peek('}'))
        return std::nullopt;
    QByteArrayView cursor, hasMore;
    bool cursorEscaped = false;
    do {
        QByteArrayView key;
        bool escaped = false;
        if (!s.string(&key, &escaped) || escaped || !s.expect(':'))
            return std::nullopt;
        QByteArrayView value;
        if (key == "cursor") {
            if (!cursor.isNull() || !s.string(&value, &cursorEscaped))
                return std::nullopt;
            cursor = value;
        } else {
            if (!s.value(&value))
                return std::nullopt;
            if (key == "has_more") {
                if (!hasMore.isNull())
                    return std::nullopt;
                hasMore = value;
            }
        }
    } while (s.expect(','));
    if (!s.expect('}') || (whole && !s.atEnd()) || hasMore != "true" || cursor.isEmpty() || cursorEscaped)
        return std::nullopt;
    return QString::fromUtf8(cursor);
}
} // namespace

std::optional<QString> peekNextCursor(const QByteArray &body)
{
    // The platform writes its keys sorted (QJsonDocument): "changes" first, then "cursor" and
    // "has_more" in the last few bytes of a body of a megabyte. Scanning the whole body for them
    // cost as much as decoding it. So first the tail from the last "cursor" key, read as an object
    // of its own that must end where the body ends (a "cursor" inside an entity does not: the
    // changes array still closes after it); only a body laid out otherwise is scanned whole.
    if (const qsizetype at = body.lastIndexOf("\"cursor\""); at > 0) {
        const QByteArray tail = '{' + body.sliced(at);
        if (auto cursor = topLevelCursor(tail, true))
            return cursor;
    }
    return topLevelCursor(body, false);
}

} // namespace wk::codec
