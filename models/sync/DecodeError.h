#pragma once
// The one error every wire decoder throws: where in the body (a JSON path such as
// "$.changes[3].data.gmv_at_risk.currency") and what was wrong there.
#include <QString>
#include <stdexcept>

namespace wk {

class DecodeError : public std::runtime_error
{
public:
    DecodeError(QString path, QString reason);
    const QString &path() const { return m_path; }
    const QString &reason() const { return m_reason; }
    QString toString() const { return m_path + QStringLiteral(": ") + m_reason; }

private:
    QString m_path;
    QString m_reason;
};

} // namespace wk
