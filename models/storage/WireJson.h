#pragma once
// An entity's wire JSON as a store keeps it in its `data` column. A pulled change brings the text the
// platform sent along with the parsed object (Change::dataText): writing that text as it is spares
// serialising the object again, which cost more than all of a row's SQL (Qt's JSON writer: about
// 200,000 instructions for one review item).
#include <QByteArray>
#include <QJsonObject>

namespace wk {

class WireJson
{
public:
    // Implicit, so that a caller with only the object passes it as it is.
    WireJson(const QJsonObject &object) : m_object(object) {}
    // `text` is `object` as JSON text; empty: made from the object when needed.
    WireJson(const QJsonObject &object, const QByteArray &text) : m_object(object), m_text(text) {}

    const QJsonObject &object() const { return m_object; }
    // Compact UTF-8 JSON text.
    QByteArray utf8() const;

private:
    QJsonObject m_object;
    QByteArray m_text;
};

} // namespace wk
