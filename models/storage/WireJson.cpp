#include "WireJson.h"

#include <QJsonDocument>

namespace wk {

QByteArray WireJson::utf8() const
{
    return m_text.isEmpty() ? QJsonDocument(m_object).toJson(QJsonDocument::Compact) : m_text;
}

} // namespace wk
