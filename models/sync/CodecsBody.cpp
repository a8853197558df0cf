// decodeChangesPageBody: a changes page decoded as decodeChangesPage does, plus each upsert's `data`
// as the text the body holds. The body has been parsed successfully (QJsonDocument) before the
// scanner below runs, so it walks valid JSON; still, anything it does not expect (a duplicate key,
// an id that does not match, a count that differs) leaves the whole page without texts, and the
// stores then serialise the objects as before. Never a wrong text, at worst a slower page.
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

struct RawChange {
    QByteArrayView id;
    QByteArrayView data;
    bool idEscaped = false;
};

// One element of "changes": its id and its data, each found once.
bool scanChange(Scanner &s, RawChange *out)
{
    if (!s.expect('{'))
        return false;
    bool sawId = false;
    if (s.peek('}'))
        return s.expect('}');
    do {
        QByteArrayView key;
        bool escaped = false;
        if (!s.string(&key, &escaped) || escaped || !s.expect(':'))
            return false;
        if (key == "id") {
            if (sawId || !s.string(&out->id, &out->idEscaped))
                return false;
            sawId = true;
        } else {
            QByteArrayView span;
            if (!s.value(&span))
                return false;
            if (key == "data") {
                if (!out->data.isNull())
                    return false;
                out->data = span;
            }
        }
    } while (s.expect(','));
    return s.expect('}') && sawId;
}

// The elements of the top-level "changes" array, or nothing.
QList<RawChange> scanChanges(const QByteArray &body)
{
    Scanner s(body);
    QList<RawChange> changes;
    bool sawChanges = false;
    if (!s.expect('{') || s.peek('}'))
        return {};
    do {
        QByteArrayView key;
        bool escaped = false;
        if (!s.string(&key, &escaped) || escaped || !s.expect(':'))
            return {};
        if (key != "changes") {
            QByteArrayView ignored;
            if (!s.value(&ignored))
                return {};
            continue;
        }
        if (sawChanges || !s.expect('['))
            return {};
        sawChanges = true;
        if (!s.peek(']')) {
            do {
                RawChange c;
                if (!scanChange(s, &c))
                    return {};
                changes.append(c);
            } while (s.expect(','));
        }
        if (!s.expect(']'))
            return {};
    } while (s.expect(','));
    return s.expect('}') ? changes : QList<RawChange>();
}

} // namespace

std::optional<QString> peekNextCursor(const QByteArray &body)
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
    if (!s.expect('}') || hasMore != "true" || cursor.isEmpty() || cursorEscaped)
        return std::nullopt;
    return QString::fromUtf8(cursor);
}

ChangesPage decodeChangesPageBody(const QByteArray &body)
{
    ChangesPage page = decodeChangesPage(parseObject(body));
    const QList<RawChange> raw = scanChanges(body);
    if (raw.size() != page.changes.size())
        return page;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const Change &c = page.changes.at(i);
        const RawChange &r = raw.at(i);
        if (r.idEscaped || r.id != QByteArrayView(c.id.toUtf8())
            || (c.op == ChangeOp::Upsert) == r.data.isNull())
            return page;
    }
    for (qsizetype i = 0; i < raw.size(); ++i)
        if (!raw.at(i).data.isNull())
            page.changes[i].dataText = raw.at(i).data.toByteArray();
    return page;
}

} // namespace wk::codec
